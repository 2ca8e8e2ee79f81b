#pragma once

#include "protocol/catalogue.h"
#include "protocol/pricing.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Marquee {

class ServerConnection;
struct ErrorMessage;

// Ticket types and price cards of a venue (managers, admins). Left: the venue's ticket types (add,
// rename, note, move up and down, archive). Right: a price card, edited as a table of categories
// (rows: the chosen auditorium's current layout's, and the card's own) by ticket types (columns),
// each cell an amount in the venue's currency in major units, empty when the card does not offer
// the type. Problems show in place (the cell's colour and tooltip, a line under the table) and
// Save waits until there are none; the server judges again and its refusals show there too.
class PricesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricesPage)

public:
    explicit PricesPage(ServerConnection *connection, QWidget *parent = nullptr);
    ~PricesPage() override;

    // The venues, then the chosen venue's types and cards.
    void refresh();
    void selectVenue(const QString &venueId);
    QString venueId() const;
    const ListPricingReply &pricing() const { return m_pricing; }

    // Ticket types (what the buttons do, after asking for a name or a note).
    void addTicketType(const QString &name, const QString &note);
    void renameTicketType(const QString &typeId, const QString &name);
    void setTicketTypeNote(const QString &typeId, const QString &note);
    void moveTicketType(const QString &typeId, int delta); // -1: up, 1: down
    void archiveTicketType(const QString &typeId);

    // Price cards. An empty id: a new card (Save creates it).
    void selectCard(const QString &cardId);
    QString cardId() const { return m_cardId; }
    void setCardName(const QString &name);
    // The categories of an auditorium's current layout as rows (get_layout).
    void useCategoriesOf(const QString &auditoriumId);
    // The rows' category ids and the columns' ticket type ids of the matrix.
    QStringList categories() const { return m_categories; }
    QStringList typeColumns() const;
    QStandardItemModel *matrix() const { return m_matrix; }
    // Sets a cell as the cashier types it ("12.50", "" for not offered).
    void setCell(const QString &category, const QString &typeId, const QString &text);
    // What stops the card from being saved; empty when it can be.
    QString problem() const { return m_problem; }
    bool canSave() const;
    void saveCard();
    void deleteCard();
    QString statusText() const;

    // A refusal of a pricing change as people read it.
    static QString errorText(const ErrorMessage &error);

Q_SIGNALS:
    // The venue's types and cards arrived (refresh(), or after a change).
    void loaded();
    // A change was answered (statusText() says what happened); when accepted, loaded() follows.
    void answered(bool accepted);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // list_pricing; `done` is the status to show when it arrived (empty: the counts).
    void loadPricing(const QString &done = {});
    void showPricing();
    void showTypes();
    void showCard();
    void validate();
    QList<CardPrice> cardPrices() const;
    const TicketType *selectedType() const;
    const PriceCard *card(const QString &id) const;
    void setCategoryRows(const QStringList &ids, const QHash<QString, QString> &names);
    // Sends a change and reloads the pricing when it is accepted.
    template<typename Reply, typename Request> void change(const Request &request, const QString &done);
    void askTypeName();
    void askTypeNote();
    void renameSelectedType();

    ServerConnection *m_connection;
    QComboBox *m_venues;
    QListWidget *m_types;
    QPushButton *m_renameType;
    QPushButton *m_noteType;
    QPushButton *m_upType;
    QPushButton *m_downType;
    QPushButton *m_archiveType;
    QComboBox *m_cards;
    QLineEdit *m_cardName;
    QComboBox *m_categorySource;
    QTableView *m_table;
    QStandardItemModel *m_matrix;
    QLabel *m_problemLabel;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_status;
    QList<VenueSummary> m_venueList;
    ListPricingReply m_pricing;
    QString m_cardId;
    QStringList m_categories;
    QHash<QString, QString> m_categoryNames;
    QString m_problem;
    bool m_loaded = false;
    bool m_filling = false;
};

} // namespace Marquee
