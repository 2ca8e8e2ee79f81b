#pragma once

// The load scenarios of marquee-bench. Each one drives terminals through the event loop and
// returns its figures as ordered key/value pairs ("RESULT <scenario> key=value ...").

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <utility>

namespace Marquee::Bench {

using Report = QList<std::pair<QString, QString>>;

struct Layout
{
    int firstShow = 1;
    int shows = 2000;
    int rows = 15;
    int perRow = 20;
    int hotShow = 2001;
    int hotRows = 60;
    int hotPerRow = 50;
    int users = 1000;
};

struct Scenario
{
    QUrl url;            // ws://127.0.0.1:PORT
    QString databaseUrl; // for the checks against the database
    Layout layout;
    int terminals = 1;
    double seconds = 10;
    double warmupSeconds = 2;
    int setupConcurrency = 200;
};

// Sales: each terminal holds 2 adjacent seats of a random show and sells them (cash), one request
// in flight, for `seconds`: the sale path (hold, sell with its outbox event) per second.
Report runSales(const Scenario &s);
// The outbox's publisher draining `events` sale.completed events (copies of the latest real one)
// written at once: how long until the consumer `consumer` (webhook:<id>) has them all.
Report runOutboxDrain(const QString &databaseUrl, int events, const QString &consumer);

// Holds of 4 adjacent seats on random shows, each followed by its release, by `terminals`
// terminals with one request in flight each.
Report runThroughput(const Scenario &s);
// Every terminal subscribes to the hot show and buys 1-6 seats at a time until it is sold out.
Report runRush(const Scenario &s);
// `terminals` listeners on one show, spread over `listenerThreads` threads (each polls only its own
// sockets); one more terminal makes `changes` changes one at a time.
Report runPush(const Scenario &s, int changes, int intervalMs, int listenerThreads = 1);
// `count` seats held, expiring together `expireInSeconds` from now; time until terminals saw all free.
// Only shows from `firstShow` on are used (the server must not have them cached).
Report runExpiry(const Scenario &s, int count, int expireInSeconds, int firstShow = 1);
// Server RSS with `terminals` idle subscribed terminals.
Report runIdle(const Scenario &s, qint64 serverPid, int spreadShows, int holdSeconds);
// A bare PostgreSQL NOTIFY -> LISTEN round trip, the floor for the push latency.
Report runNotifyFloor(const QString &databaseUrl, int rounds);

// Percentile (0..100) of durations in ns, in ms.
double percentileMs(std::vector<qint64> values, double percentile);

} // namespace Marquee::Bench
