#pragma once

#include "money.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtWidgets/QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Marquee {

struct CategoryPrice;
struct ListPricingReply;

// A ticket type the show offers, with its price per category (layout category id).
struct BasketTicketType
{
    QString id;
    QString name;
    QString note; // what the cashier must check ("up to 14"); may be empty
    QHash<QString, Money> prices;
};

struct BasketLine
{
    QString seatId;
    QString seatLabel;
    QString category;
    Money price; // the default type's; the line's type's price when the show's types are known
    bool held = false; // part of the hold (else selected, not held yet)
    QString categoryId = {};
    QString ticketTypeId = {}; // empty: the show's default type (the first)
};

// The seats the cashier is selling: lines, total, the hold with its countdown, and the actions.
class BasketWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasketWidget)

public:
    explicit BasketWidget(QWidget *parent = nullptr);
    ~BasketWidget() override;

    void setLines(const QList<BasketLine> &lines);
    const QList<BasketLine> &lines() const { return m_lines; }
    // The types the show offers, the default first; with more than one, each line has a combo.
    void setTicketTypes(const QList<BasketTicketType> &types);
    const QList<BasketTicketType> &ticketTypes() const { return m_types; }
    // The type of a line (picked or the default); nullptr when the show's types are not known.
    const BasketTicketType *ticketTypeOf(const BasketLine &line) const;
    // Picks the n-th type (0-based) for a line, as its combo or the 1-9 keys do.
    void chooseTicketType(qsizetype line, qsizetype typeIndex);
    // The hold's total as the server answered it; it is the total while every line is held.
    void setServerTotal(const std::optional<Money> &total);
    // The types a show offers: its price card's (by the venue's order), or for a show with plain
    // prices the venue's default type at those prices.
    static QList<BasketTicketType> offeredTypes(const ListPricingReply &pricing, const std::optional<QString> &priceCardId,
                                                const QList<CategoryPrice> &plainPrices);
    // The server's total of the hold, or (seats not held yet, or no answer yet) the lines' prices.
    Money total() const;

    void setHold(const QString &holdId, const QDateTime &expiresAt);
    void clearHold();
    QString holdId() const { return m_holdId; }
    bool isHeld() const { return !m_holdId.isEmpty(); }
    QDateTime holdExpiry() const { return m_expiresAt; }
    // Lines selected but not in the hold yet.
    qsizetype unheldCount() const;
    // Seconds left on the hold, 0 when expired or none.
    qint64 secondsLeft() const;
    QString countdownText() const;
    void setBusy(bool busy);
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // While offline with a hold, a reassuring message ("take the payment") gives way to a warning
    // until the connection is back; errors stay.
    void showMessage(const QString &message, bool error);
    QString message() const { return m_messageText; }
    QString displayedMessage() const;

Q_SIGNALS:
    void holdRequested();
    void releaseRequested();
    void extendRequested();
    void payRequested();
    void clearRequested();
    // The hold ran out while the cashier was still at it.
    void holdExpired();
    // The cashier picked a ticket type for a seat (its combo, 1-9 on the line, Alt+1-9).
    void ticketTypeChosen(const QString &seatId, const QString &ticketTypeId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void updateButtons();
    void updateMessage();
    void showTotal();
    // The line that Alt+1-9 applies to: the selected one, else the last.
    qsizetype currentLine() const;

    QTreeWidget *m_list;
    QLabel *m_total;
    QLabel *m_countdown;
    QLabel *m_message;
    QPushButton *m_hold;
    QPushButton *m_extend;
    QPushButton *m_release;
    QPushButton *m_pay;
    QPushButton *m_clear;
    QTimer *m_timer;
    QList<BasketLine> m_lines;
    QList<BasketTicketType> m_types;
    std::optional<Money> m_serverTotal;
    QString m_holdId;
    QDateTime m_expiresAt;
    QString m_messageText;
    bool m_messageIsError = false;
    bool m_busy = false;
    bool m_online = false;
};

} // namespace Marquee
