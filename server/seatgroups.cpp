#include "seatgroups.h"

#include "database.h"
#include "logging.h"
#include "metrics.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Marquee {

namespace {

constexpr qsizetype holdShowsLimit = 200'000; // forgotten all at once beyond this (they are only a hint)

} // namespace

SeatGroups::SeatGroups(Database *database, Metrics *metrics, int maxGroupSize, int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_metrics(metrics)
    , m_maxGroupSize(std::max(1, maxGroupSize))
    , m_maxInFlight(std::max(1, maxInFlight))
{
}

SeatGroups::~SeatGroups() = default;

void SeatGroups::submit(qint64 show, qint64 hold, const QByteArray &statement, QList<QByteArray> parameters,
                        Callback done)
{
    m_queue.push_back(Pending {show, hold, statement, std::move(parameters), std::move(done),
                               QDateTime::currentMSecsSinceEpoch()});
    pump();
}

qint64 SeatGroups::showOf(const Pending &pending) const
{
    if (pending.show > 0)
        return pending.show;
    return m_holdShows.value(pending.hold, 0);
}

void SeatGroups::pump()
{
    while (!m_exclusive && m_inFlight < m_maxInFlight && !m_queue.empty()) {
        Group group;
        QSet<qint64> shows;
        bool exclusive = false;
        for (auto it = m_queue.begin(); it != m_queue.end() && qsizetype(group.size()) < m_maxGroupSize;) {
            const qint64 show = showOf(*it);
            if (show == 0) {
                // Its show is unknown here: it may be any show, so its group runs alone, and
                // nothing queued after it goes first.
                if (m_inFlight > 0)
                    break;
                exclusive = true;
            } else if (m_busyShows.contains(show)) {
                ++it; // waits for its show's transaction (and so do the show's later requests)
                continue;
            } else {
                shows.insert(show);
            }
            group.push_back(std::move(*it));
            it = m_queue.erase(it);
        }
        if (group.empty())
            return;
        run(std::move(group), std::move(shows), exclusive);
    }
}

QByteArray SeatGroups::encode(const Group &group, size_t from, size_t count)
{
    QJsonArray ops;
    for (size_t i = from; i < from + count; ++i) {
        QJsonArray args;
        for (const QByteArray &p : group[i].parameters)
            args.append(p.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(p)));
        ops.append(QJsonObject {{QStringLiteral("op"), QString::fromLatin1(group[i].statement)},
                                {QStringLiteral("args"), args}});
    }
    return QJsonDocument(ops).toJson(QJsonDocument::Compact);
}

void SeatGroups::run(Group group, QSet<qint64> shows, bool exclusive)
{
    ++m_inFlight;
    m_busyShows.unite(shows);
    m_exclusive = m_exclusive || exclusive;
    m_metrics->histogram(QStringLiteral("marquee_seat_group_size"),
                         QStringLiteral("Seat operations decided together in one transaction."),
                         {1, 2, 5, 10, 20, 50, 100, 200, 500})
        .observe(double(group.size()));
    const QByteArray ops = encode(group, 0, group.size());
    auto shared = std::make_shared<Group>(std::move(group));
    m_database->call("decide", {ops}, [this, shared, shows, exclusive](Result<QJsonValue> result) {
        if (!result && shared->size() > 1 && result.error().code != ErrorCode::ServiceDegraded) {
            // Refused as a whole (a bug or a broken request): decide them one by one instead.
            qCWarning(lcServer).noquote() << "a group of" << shared->size() << "seat operations failed ("
                                          << result.error().message << "); deciding them one by one";
            runAlone(shared, 0, shows, exclusive);
            return;
        }
        finished(*shared, result);
        release(shows, exclusive);
    });
}

void SeatGroups::finished(Group &group, const Result<QJsonValue> &result)
{
    if (!result) {
        for (Pending &pending : group)
            pending.done(result.error());
        return;
    }
    const QJsonObject doc = result->toObject();
    // The changes first (the cache, the other processes, the terminals' deltas), then the answers.
    for (const QJsonValue &change : doc.value(QLatin1String("shows")).toArray())
        Q_EMIT committed(change.toObject());
    const QJsonArray answers = doc.value(QLatin1String("answers")).toArray();
    for (size_t i = 0; i < group.size(); ++i)
        deliver(group[i], answers.at(qsizetype(i)));
}

void SeatGroups::deliver(Pending &pending, QJsonValue answer)
{
    QJsonObject r = answer.toObject();
    if (!r.contains(QLatin1String("error"))) {
        const qint64 hold = r.value(QLatin1String("hold")).toInteger();
        const qint64 show = r.value(QLatin1String("show")).toInteger();
        if (hold > 0 && show > 0) {
            if (m_holdShows.size() >= holdShowsLimit)
                m_holdShows.clear();
            m_holdShows.insert(hold, show);
        }
    }
    r.remove(QLatin1String("version")); // announced once for the group (committed())
    m_metrics->histogram(QStringLiteral("marquee_seat_group_wait_seconds"),
                         QStringLiteral("From a seat operation's arrival to its group's committed answer."),
                         {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5})
        .observe(double(QDateTime::currentMSecsSinceEpoch() - pending.queuedAtMs) / 1000.0);
    pending.done(QJsonValue(r));
}

void SeatGroups::runAlone(std::shared_ptr<Group> group, size_t next, QSet<qint64> shows, bool exclusive)
{
    if (next >= group->size()) {
        release(shows, exclusive);
        return;
    }
    m_database->call("decide", {encode(*group, next, 1)}, [this, group, next, shows, exclusive](Result<QJsonValue> result) {
        Group one;
        one.push_back(std::move((*group)[next]));
        finished(one, result);
        runAlone(group, next + 1, shows, exclusive);
    });
}

void SeatGroups::release(const QSet<qint64> &shows, bool exclusive)
{
    --m_inFlight;
    m_busyShows.subtract(shows);
    if (exclusive)
        m_exclusive = false;
    pump();
}

} // namespace Marquee
