#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QJsonValue>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSet>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QJsonObject;

namespace Marquee {

class Database;
class Metrics;

// Group decisions (issue 11, server/db/sql/016_group_decisions.sql). Seat operations (hold,
// hold_typed, hold_more, extend, release, sell: the statements of those names and their
// parameters) queue here. While a transaction of a show is in flight, that show's new requests
// wait; the next group takes everything pending of the shows that are free (up to `maxGroupSize`,
// across shows) and decides it in one transaction with marquee_decide: in arrival order per show,
// each request all or nothing on its own, one version bump per show, one commit. Each request's
// answer is delivered only after that commit, after the group's changes were announced
// (committed()), and without its "version" (the change is announced once per show, not once per
// request).
//
// A request that names a hold of a show this process does not know (a hold made through another
// server process) is a barrier: nothing after it overtakes it, and its group runs alone.
// A group that fails as a whole for a reason other than the database being away is decided again
// one request at a time, so that one broken request never fails the others.
class SeatGroups final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatGroups)

public:
    using Callback = std::function<void(Result<QJsonValue>)>;

    SeatGroups(Database *database, Metrics *metrics, int maxGroupSize, int maxInFlight, QObject *parent = nullptr);
    ~SeatGroups() override;

    // Queues an operation. `show`: its show when the request names it, else 0 (`hold` names it).
    void submit(qint64 show, qint64 hold, const QByteArray &statement, QList<QByteArray> parameters, Callback done);

    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    // A group's committed change of one show: {"show", "version", "changes"}.
    void committed(const QJsonObject &change);

private:
    struct Pending
    {
        qint64 show = 0;
        qint64 hold = 0;
        QByteArray statement;
        QList<QByteArray> parameters;
        Callback done;
        qint64 queuedAtMs = 0;
    };
    using Group = std::vector<Pending>;

    void pump();
    void run(Group group, QSet<qint64> shows, bool exclusive);
    // Announces the group's changes, then answers each request (or fails them all).
    void finished(Group &group, const Result<QJsonValue> &result);
    // Decides the group's requests one by one (after the group failed as a whole).
    void runAlone(std::shared_ptr<Group> group, size_t next, QSet<qint64> shows, bool exclusive);
    void deliver(Pending &pending, QJsonValue answer);
    void release(const QSet<qint64> &shows, bool exclusive);
    qint64 showOf(const Pending &pending) const;
    static QByteArray encode(const Group &group, size_t from, size_t count);

    Database *m_database;
    Metrics *m_metrics;
    int m_maxGroupSize;
    int m_maxInFlight;
    std::deque<Pending> m_queue;
    QSet<qint64> m_busyShows;
    int m_inFlight = 0;
    bool m_exclusive = false;
    QHash<qint64, qint64> m_holdShows; // hold -> its show, as this process's answers named them
};

} // namespace Marquee
