#pragma once

#include "money.h"
#include "protocol/programme.h"

#include <QtWidgets/QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QTimeZone;

namespace Marquee {

class FieldErrors;
class ServerConnection;
class ShowPricesEditor;
struct ErrorMessage;

// Schedule a show (title, auditorium, layout version, start, end, prices per category, status) or
// edit one (its start and end: what update_show changes). The end follows the title's runtime
// until it is edited by hand. It asks the server for the auditorium's layout versions and the
// chosen version's categories itself; OK emits submitted(), the page sends the request and closes
// the dialog or shows the refusal next to its field (showError()).
class ShowDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowDialog)

public:
    // A new show in one of the venue's auditoriums, of one of the titles that are not archived.
    ShowDialog(ServerConnection *connection, const VenueSummary &venue, const QList<Title> &titles,
               const Currency &currency, QWidget *parent = nullptr);
    // Edit `show`.
    ShowDialog(ServerConnection *connection, const VenueSummary &venue, const Show &show, QWidget *parent = nullptr);
    ~ShowDialog() override;

    bool isNew() const { return !m_editing.has_value(); }
    void setAuditorium(const QString &auditoriumId);
    void setTitle(const QString &titleId);
    void setStart(const QDateTime &start);
    void setEnd(const QDateTime &end);
    void setStatus(ShowStatus status);
    ShowPricesEditor *pricesEditor() const { return m_prices; }
    // The venue's price cards (list_pricing): "prices per category" first, then each active card.
    // A new show uses the chosen card instead of per-category prices; an edited show changes to it.
    QComboBox *priceCardBox() const { return m_priceCard; }
    void setPriceCard(const QString &priceCardId);
    // The categories of the chosen layout version are here (a new show can be sent).
    bool isReady() const;
    QDateTime start() const;
    QDateTime end() const;

    ScheduleShowRequest scheduleRequest() const;
    UpdateShowRequest updateRequest() const;
    // Presses OK.
    void submit();
    void showError(const ErrorMessage &error);
    QString errorAt(const QString &path) const;

Q_SIGNALS:
    void submitted();
    // The layout version's categories arrived.
    void ready();

private:
    ShowDialog(ServerConnection *connection, const VenueSummary &venue, QWidget *parent);
    void build();
    void loadVersions();
    void loadCategories();
    void loadPriceCards();
    void priceCardChosen();
    void followRuntime();
    void updateOk();
    // The venue's time zone; a moment as its wall clock in the editors, and back.
    QTimeZone zone() const;
    QDateTime wallClock(const QDateTime &time) const;
    QDateTime moment(const QDateTimeEdit *edit) const;

    ServerConnection *m_connection;
    VenueSummary m_venue;
    QList<Title> m_titles;
    Currency m_currency;
    std::optional<Show> m_editing;
    QComboBox *m_title;
    QComboBox *m_auditorium;
    QComboBox *m_version;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    ShowPricesEditor *m_prices;
    QComboBox *m_priceCard;
    QComboBox *m_status;
    QLabel *m_message;
    QPushButton *m_ok;
    std::unique_ptr<FieldErrors> m_errors;
    bool m_endEdited = false;
    bool m_settingEnd = false;
    bool m_categoriesLoaded = false;
    int m_loadGeneration = 0;
};

} // namespace Marquee
