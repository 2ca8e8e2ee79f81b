#pragma once

#include "money.h"
#include "protocol/programme.h"

#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

#include <functional>

class QComboBox;
class QJsonArray;
class QDateEdit;
class QLabel;
class QMenu;

namespace Marquee {

class CancelShowDialog;
class CopyShowsDialog;
class RefundShowDialog;
class ServerConnection;
class ShowDialog;
class VenueSettingsDialog;
class WeekGridScene;
class WeekGridView;
struct ErrorMessage;

// The programme of one venue on a week grid (WeekGridScene): previous/next week, today, a date
// picker; drag a show to move it, its edge to change its end; double-click to schedule or edit;
// a show's menu puts it on sale, closes or reopens sales, copies or cancels it (then Refund all);
// Copy day... and Copy week...; the venue's cleaning gap and time zone. The server judges every
// change: a refusal puts the show back and names the shows in the way.
class ProgrammePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgrammePage)

public:
    explicit ProgrammePage(ServerConnection *connection, QWidget *parent = nullptr);
    ~ProgrammePage() override;

    // Venues and titles, then the week's shows.
    void refresh();
    void loadWeek();
    void setWeek(const QDate &day);
    QDate monday() const;
    bool selectVenue(const QString &venueId);
    QString venueId() const;
    const VenueSummary *venue() const;
    qint64 cleaningGapMinutes() const;
    // The currency of the venue's prices, as its shows have it (the locale's until there is one).
    Currency currency() const;

    WeekGridScene *scene() const { return m_scene; }
    WeekGridView *view() const { return m_view; }
    // The venue's shows of the week, as the server last said.
    const QList<Show> &shows() const { return m_shows; }
    const QList<Title> &titles() const { return m_titles; }
    QString statusText() const;

    // What the grid, its menu and the toolbar do (tests call them too).
    void moveShow(const QString &showId, const QDateTime &start, const QDateTime &end);
    void setShowStatus(const QString &showId, ShowStatus status);
    void newShow(const QString &auditoriumId = {}, const QDateTime &start = {});
    void editShow(const QString &showId);
    void cancelShow(const QString &showId);
    void copyDay();
    void copyWeek();
    void copyShow(const QString &showId);
    void venueSettings();
    // The menu of a show (the grid's context menu).
    QMenu *showMenu(const QString &showId);

    // The dialog of each kind open right now, if any (tests drive them).
    ShowDialog *showDialog() const;
    CancelShowDialog *cancelDialog() const;
    RefundShowDialog *refundDialog() const;
    CopyShowsDialog *copyDialog() const;
    VenueSettingsDialog *venueDialog() const;

Q_SIGNALS:
    // The week's shows arrived.
    void loaded();
    // The server answered a change (ok: it was made).
    void answered(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Show *findShow(const QString &showId) const;
    void showVenue();
    void putShow(const Show &show);
    void refused(const ErrorMessage &error);
    template <typename Request>
    void sendShowDialog(ShowDialog *dialog, const Request &request, const std::function<void(const Show &)> &done);
    QString namesOf(const QJsonArray &showIds) const;
    // The copy dialog of a day or week (its shows in the range of the day or week chosen in it), or
    // of one show (`only`: the show's auditorium and start, fixed).
    struct CopiedShow
    {
        QString auditoriumId;
        QDateTime start;
    };
    void openCopy(int span, const QDate &source, const std::optional<CopiedShow> &only);
    void sendCancel(const Show &show, CancelShowDialog *dialog);
    void openRefunds(const Show &show, const CancelShowReply &reply, const QString &reason);

    ServerConnection *m_connection;
    WeekGridScene *m_scene;
    WeekGridView *m_view;
    QComboBox *m_venues;
    QDateEdit *m_date;
    bool m_followsToday = true; // on the venue's today until a week is chosen
    QLabel *m_status;
    QList<VenueSummary> m_venueList;
    QList<Title> m_titles;
    QList<Show> m_shows;
    QHash<QString, Show> m_seen; // every show loaded, to name the ones in the way
    QHash<QString, bool> m_noOrphans; // venue id -> the no-orphan rule, as update_venue answered
    QHash<QString, qint64> m_gaps; // venue id -> cleaning gap, as update_venue answered since the list
    Currency m_currency; // of the shows listed, for a server that does not list the venue's
    QPointer<ShowDialog> m_showDialog;
    QPointer<CancelShowDialog> m_cancelDialog;
    QPointer<RefundShowDialog> m_refundDialog;
    QPointer<CopyShowsDialog> m_copyDialog;
    QPointer<VenueSettingsDialog> m_venueDialog;
    bool m_loaded = false;
    int m_weekGeneration = 0;
};

} // namespace Marquee
