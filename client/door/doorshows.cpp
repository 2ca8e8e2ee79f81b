#include "doorshows.h"

#include "formatting.h"
#include "serverconnection.h"

#include <QtCore/QTimer>

#include <algorithm>

namespace Marquee {

DoorShows::DoorShows(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_zone(QTimeZone::systemTimeZone())
{
    connect(m_connection, &ServerConnection::admissionsChanged, this, [this](const AdmissionsPush &push) {
        takeCount(push.showId, push.count);
    });
    // Back from a lost connection: the doors went on admitting meanwhile (the pushes of that time
    // are gone), so the counts are asked for again.
    connect(m_connection, &ServerConnection::resumed, this, [this] {
        for (const QString &showId : followed())
            askCount(showId);
    });
    // A door left running past midnight moves on to the new day's shows by itself.
    auto *midnight = new QTimer(this);
    connect(midnight, &QTimer::timeout, this, [this] {
        if (m_loaded && m_listedDay != today() && m_connection->isSignedIn())
            refresh();
    });
    midnight->start(60000);
}

DoorShows::~DoorShows() = default;

QDate DoorShows::today() const
{
    return todayIn(m_zone);
}

void DoorShows::refresh()
{
    m_connection->call<ListVenuesReply>(ListVenuesRequest{}, [this](const Result<ListVenuesReply> &reply) {
        if (reply) {
            m_auditoriums.clear();
            for (const VenueSummary &venue : reply->venues) {
                for (const AuditoriumSummary &a : venue.auditoriums)
                    m_auditoriums.insert(a.id, a.name);
            }
            if (!reply->venues.isEmpty())
                m_zone = venueZone(reply->venues.first().timezone.value_or(QString()));
        }
        listShows();
    });
}

void DoorShows::listShows()
{
    ListShowsRequest request;
    const QDate day = today();
    request.from = QDateTime(day, QTime(0, 0), m_zone).toUTC();
    request.to = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toUTC();
    m_connection->call<ListShowsReply>(request, [this, day](const Result<ListShowsReply> &reply) {
        if (!reply)
            return;
        m_shows.clear();
        m_listedDay = day;
        for (const Show &show : reply->shows) {
            if (show.status != ShowStatus::Cancelled)
                m_shows.append(show);
        }
        std::stable_sort(m_shows.begin(), m_shows.end(), [](const Show &a, const Show &b) { return a.start < b.start; });
        m_loaded = true;
        Q_EMIT showsChanged();
        follow();
    });
}

const Show *DoorShows::show(const QString &showId) const
{
    for (const Show &s : m_shows) {
        if (s.id == showId)
            return &s;
    }
    return nullptr;
}

QString DoorShows::auditoriumName(const QString &auditoriumId) const
{
    return m_auditoriums.value(auditoriumId);
}

void DoorShows::setDoorShow(const std::optional<QString> &showId)
{
    if (showId == m_doorShow && !m_watched.isEmpty())
        return;
    m_doorShow = showId;
    follow();
    Q_EMIT countChanged();
}

QSet<QString> DoorShows::followed() const
{
    QSet<QString> shows;
    if (m_doorShow) {
        shows.insert(*m_doorShow);
    } else {
        for (const Show &show : m_shows)
            shows.insert(show.id);
    }
    return shows;
}

void DoorShows::follow()
{
    const QSet<QString> wanted = followed();
    for (const QString &showId : m_watched - wanted)
        m_counts.remove(showId); // its pushes still come (until the connection ends), unheeded
    // Asked once, the count comes with every admission of the show (`admissions` pushes) for as
    // long as the connection lasts; a new connection asks again (resumed).
    for (const QString &showId : wanted)
        askCount(showId);
    m_watched = wanted;
}

void DoorShows::askCount(const QString &showId)
{
    ShowAdmissionsRequest request;
    request.showId = showId;
    m_connection->call<ShowAdmissionsReply>(request, [this, showId](const Result<ShowAdmissionsReply> &reply) {
        if (reply)
            takeCount(showId, reply->count);
    }, 15000);
}

void DoorShows::takeCount(const QString &showId, const AdmissionCount &count)
{
    if (!followed().contains(showId))
        return;
    const auto it = m_counts.constFind(showId);
    // Answers and pushes may cross; no ticket is ever un-admitted, so a smaller count is older.
    if (it != m_counts.constEnd() && (*it == count || it->admitted > count.admitted))
        return;
    m_counts.insert(showId, count);
    Q_EMIT countChanged();
}

std::optional<AdmissionCount> DoorShows::count() const
{
    if (m_doorShow)
        return m_counts.contains(*m_doorShow) ? std::optional(m_counts.value(*m_doorShow)) : std::nullopt;
    if (m_counts.isEmpty())
        return std::nullopt;
    AdmissionCount total;
    for (const AdmissionCount &c : m_counts) {
        total.admitted += c.admitted;
        total.tickets += c.tickets;
    }
    return total;
}

} // namespace Marquee
