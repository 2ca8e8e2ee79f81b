#pragma once

#include "protocol.h"

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QTimeZone>

#include <optional>

namespace Marquee {

class ServerConnection;

// What the door admits for, and its live count: today's shows (list_shows, the venue's day), the
// door's show (or any show of the day), and the count of admitted tickets, asked once per show and
// connection (show_admissions) and then kept current by the `admissions` pushes that this brings,
// whichever door admits.
class DoorShows final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoorShows)

public:
    explicit DoorShows(ServerConnection *connection, QObject *parent = nullptr);
    ~DoorShows() override;

    // Lists the venues and today's shows again (after a sign-in, a resume, on request), then
    // watches and counts the door's shows anew.
    void refresh();
    bool isLoaded() const { return m_loaded; }
    // Today's shows that are not cancelled, by start.
    const QList<Show> &shows() const { return m_shows; }
    const Show *show(const QString &showId) const;
    QString auditoriumName(const QString &auditoriumId) const;
    // The venue's time zone (the first venue's: a door admits for one venue) and its today.
    QTimeZone zone() const { return m_zone; }
    QDate today() const;

    // The show the door admits for; nothing: any show of the day.
    void setDoorShow(const std::optional<QString> &showId);
    std::optional<QString> doorShow() const { return m_doorShow; }

    // The count of the door's show, or of all of today's shows together (any show); nothing
    // before the server said.
    std::optional<AdmissionCount> count() const;
    // A count that came with an answer (verify_ticket's admissions).
    void takeCount(const QString &showId, const AdmissionCount &count);

Q_SIGNALS:
    void showsChanged();
    void countChanged();

private:
    void listShows();
    void follow();
    void askCount(const QString &showId);
    QSet<QString> followed() const;

    ServerConnection *m_connection;
    QTimeZone m_zone;
    QHash<QString, QString> m_auditoriums; // id -> name
    QList<Show> m_shows;
    bool m_loaded = false;
    QDate m_listedDay; // the day of m_shows
    std::optional<QString> m_doorShow;
    QSet<QString> m_watched; // the shows whose counts were asked for
    QHash<QString, AdmissionCount> m_counts;
};

} // namespace Marquee
