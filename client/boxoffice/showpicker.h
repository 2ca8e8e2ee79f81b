#pragma once

#include "protocol.h"

#include <QtWidgets/QWidget>

class QDateEdit;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QLabel;
class QTimer;
class QTimeZone;

namespace Marquee {

class LocalCache;
class ServerConnection;

// The shows of a day by auditorium and time, with free/held/sold counts that follow the sales
// as they happen; date navigation and search by title. The list follows the programme live
// (watch_shows): a new show appears, a moved one moves, a cancelled one is marked.
class ShowPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowPicker)

public:
    ShowPicker(ServerConnection *connection, LocalCache *cache, QWidget *parent = nullptr);
    ~ShowPicker() override;

    QDate date() const;
    void setDate(QDate date);
    // Today in the venues' time zone (the day the list opens on, and the Today button's).
    QDate today() const;
    // Reads the day's shows again.
    void refresh();
    const Show *show(const QString &showId) const;
    const QList<Show> &shows() const { return m_shows; }
    QString auditoriumName(const QString &auditoriumId) const;
    // The name of the venue an auditorium is in (empty before the venues arrived).
    QString venueName(const QString &auditoriumId) const;
    // A moment as the wall clock of the auditorium's venue (its time zone; the terminal's before
    // the venues arrived or from an older server).
    QDateTime venueTime(const QDateTime &moment, const QString &auditoriumId) const;
    // The time zone whose day the list shows.
    QTimeZone dayZone() const;
    // The venue of an auditorium (from list_venues); empty while unknown.
    QString venueOf(const QString &auditoriumId) const { return m_auditoriumVenues.value(auditoriumId); }
    // The halls by name (from list_venues, or the cache); auditoriumsChanged() follows.
    void setVenues(const QList<VenueSummary> &venues);
    // Counts of a watched show, known better locally than from the last list.
    void setCounts(const QString &showId, qint64 free, qint64 held, qint64 sold);
    // The show was moved onto another layout version (change_show_layout).
    void setLayoutVersion(const QString &showId, qint64 layoutVersion);
    // Shows that changed on the server (shows_changed): those of this day are put in, moved or
    // marked, those moved to another day or removed leave the list.
    void applyChanges(const ShowsChangedPush &changes);
    // How often the counts are read again (list_shows); 0: never, only live changes.
    void setRefreshInterval(int ms);
    void selectShow(const QString &showId);
    QString selectedShow() const { return m_selected; }
    int showCount() const { return int(m_shows.size()); }
    // The list is the one last seen (offline), not the server's current one.
    bool isStale() const { return m_stale; }
    QString statusText() const;

Q_SIGNALS:
    void showSelected(const QString &showId);
    // The list of shows was (re)filled.
    void showsChanged();
    // Enter (in the search box or the list) or a double click: the cashier wants to sell for this
    // show now; showSelected() came first when it was not selected yet.
    void showActivated(const QString &showId);
    // The names of the halls arrived or changed: auditoriumName() may give another answer.
    void auditoriumsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The first show in the list as filtered, or nullptr.
    QTreeWidgetItem *firstShowItem() const;
    // Selects the current show when it is in the filtered list, else the first; then showActivated().
    void activateFromSearch();
    void populate(const QList<Show> &shows, bool stale);
    void loadCached();
    void updateStatus();
    void loadVenues();
    void rememberVenues(const QList<VenueSummary> &venues);
    QString describe(const Show &show) const;

    ServerConnection *m_connection;
    LocalCache *m_cache;
    QDateEdit *m_date;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QTimer *m_refresh;
    QList<Show> m_shows;
    QHash<QString, QString> m_auditoriums; // id -> name
    QHash<QString, QString> m_auditoriumVenues; // id -> venue id
    QHash<QString, QString> m_venueNames; // venue id -> name
    QHash<QString, QString> m_venueZones; // venue id -> IANA time zone
    QString m_selected;
    bool m_populating = false;
    bool m_stale = false;
    QDate m_listDate; // the day m_shows are of
    bool m_followsToday = true; // on today, as the venues' zone says, until a day is chosen
    QByteArray m_listZone; // the time zone of that day, as asked for
    int m_visible = 0;
};

} // namespace Marquee
