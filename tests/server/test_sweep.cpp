// Expiry in one pass (issue 11): 100,000 held seats of 100 shows expire at the same instant, with
// terminals subscribed over real WebSockets to a real marquee-server on a real PostgreSQL;
// afterwards every seat is free in the database and in every subscribed map, each show's freed
// seats came in one change (one per sweep that touched the show), the holds are expired and
// audited once each. And the sweeper's promise to sales in flight: a seat that another
// transaction has locked is skipped, its hold stays active, and a later round frees it.
#include "benchseed.h"
#include "serverfixture.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <algorithm>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

constexpr int showCount = 100;
constexpr int rows = 25;
constexpr int perRow = 40; // 1,000 seats a show
constexpr int heldSeats = showCount * rows * perRow;
constexpr int seatsPerHold = 4; // as Bench::seedHeldSeats holds them

// Every held seat and its hold expire now (they were seeded to expire in an hour).
const QString expireNow = QStringLiteral(
    "WITH h AS (UPDATE holds SET expires_at = now() - interval '1 second' WHERE status = 'active' RETURNING id)"
    " UPDATE show_seats_all s SET hold_expires = now() - interval '1 second' FROM h WHERE s.hold_id = h.id");

} // namespace

// The bench's schema and data (Bench::seedDatabase: shows 1..100 of 1,000 seats, users bench1..)
// instead of the demo venue, and a server started by each test with the configuration it needs.
class Sweep : public ServerTest
{
protected:
    void SetUp() override
    {
        PostgresTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        Bench::SeedOptions options;
        options.shows = showCount;
        options.rows = rows;
        options.perRow = perRow;
        options.hotRows = 1;
        options.hotPerRow = 1;
        options.users = 4;
        const Status seeded = Bench::seedDatabase(db(), options);
        ASSERT_TRUE(seeded) << seeded.error().toString().toStdString();
    }

    TestTerminal *signedIn(int user)
    {
        TestTerminal *t = terminal(QString());
        const Status in = t->signIn(Bench::benchUser(user), Bench::benchPassword());
        EXPECT_TRUE(in) << in.error().toString().toStdString();
        return t;
    }

    // Rows of "show:count" for the seat_changes rows written after `versions` (show -> version).
    QString changesAfter(const QHash<QString, qint64> &versions)
    {
        QStringList out;
        for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
            out.append(scalar(QStringLiteral("SELECT count(*) FROM seat_changes WHERE show_id = $1 AND version > $2"),
                              {it.key(), QString::number(it.value())}));
        return out.join(u',');
    }
};

TEST_F(Sweep, HundredThousandHeldSeatsExpireAtOnceAndEveryMapIsFreed)
{
    auto held = Bench::seedHeldSeats(db(), heldSeats, 3600);
    ASSERT_TRUE(held) << held.error().toString().toStdString();
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE status = 'held'")), QString::number(heldSeats));
    const int holdCount = heldSeats / seatsPerHold;
    ASSERT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'active'")), QString::number(holdCount));

    ServerConfig config = baseConfig();
    m_server = startServer(config);
    ASSERT_TRUE(m_server);

    // Four terminals, five shows each spread over the range, and all of them on show 50 too.
    QHash<TestTerminal *, QStringList> watched;
    QHash<QString, qint64> versionsBefore;
    for (int i = 0; i < 4; ++i) {
        TestTerminal *t = signedIn(i);
        QStringList shows;
        for (int k = 0; k < 5; ++k)
            shows.append(QString::number(1 + i + 20 * k + (k == 4 ? 15 : 0)));
        shows.append(QStringLiteral("50"));
        for (const QString &show : shows) {
            auto subscribed = t->call<SubscribeReply>(SubscribeRequest{show, std::nullopt});
            ASSERT_TRUE(subscribed) << subscribed.error().toString().toStdString();
            versionsBefore.insert(show, subscribed->version);
        }
        watched.insert(t, shows);
    }
    const auto countIn = [](TestTerminal *t, const QString &show, SeatStatus status) {
        int n = 0;
        for (const SeatState &seat : t->seats(show))
            n += seat.status == status ? 1 : 0;
        return n;
    };
    QHash<TestTerminal *, int> deltasBefore;
    for (auto it = watched.constBegin(); it != watched.constEnd(); ++it) {
        for (const QString &show : *it)
            ASSERT_TRUE(it.key()->waitFor([&] { return countIn(it.key(), show, SeatStatus::Held) == rows * perRow; }))
                << "the snapshot of show " << show.toStdString() << " shows every seat held";
        deltasBefore.insert(it.key(), it.key()->deltasReceived());
    }

    // They all expire at once.
    auto expired = db().exec(expireNow);
    ASSERT_TRUE(expired) << expired.error().toString().toStdString();
    ASSERT_EQ(expired->affectedRows(), heldSeats);

    // Every subscribed map shows every seat free; the database too.
    const bool allFree = waitUntil([&] {
        for (auto it = watched.constBegin(); it != watched.constEnd(); ++it) {
            for (const QString &show : *it) {
                if (countIn(it.key(), show, SeatStatus::Available) != rows * perRow)
                    return false;
            }
        }
        return true;
    }, 120'000);
    ASSERT_TRUE(allFree);
    ASSERT_TRUE(waitUntil([&] { return scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE status = 'held'")) == u"0"; },
                          60'000));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE status = 'available' AND show_id <= $1"),
                     {QString::number(showCount)}),
              QString::number(heldSeats));

    // A show's freed seats came in one change per sweep that touched it: a sweep frees up to
    // sweepBatch seats in (show, seat) order, so a show is in one sweep or, at a batch's edge, two.
    const int sweeps = (heldSeats + config.sweepBatch - 1) / config.sweepBatch;
    const QString changes = scalar(QStringLiteral(
        "SELECT count(*) || ':' || count(DISTINCT show_id) || ':' || max(n) || ':' || sum(seats) FROM ("
        " SELECT show_id, count(*) AS n, sum(jsonb_array_length(changes)) AS seats FROM seat_changes GROUP BY show_id) c"));
    const QStringList parts = changes.split(u':');
    ASSERT_EQ(parts.size(), 4) << changes.toStdString();
    EXPECT_LE(parts[0].toInt(), showCount + sweeps - 1) << "seat_changes rows";
    EXPECT_EQ(parts[1].toInt(), showCount);
    EXPECT_LE(parts[2].toInt(), std::min(sweeps, 2)) << "changes of one show";
    EXPECT_EQ(parts[3].toInt(), heldSeats) << "seats in the changes";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM shows WHERE id <= $1 AND version = 0"), {QString::number(showCount)}),
              QStringLiteral("0"));

    // Every subscribed terminal converged to the database's version, by those changes alone.
    for (auto it = watched.constBegin(); it != watched.constEnd(); ++it) {
        TestTerminal *t = it.key();
        int bumps = 0;
        for (const QString &show : *it) {
            const qint64 version = scalar(QStringLiteral("SELECT version FROM shows WHERE id = $1"), {show}).toLongLong();
            ASSERT_TRUE(t->waitFor([&] { return t->version(show) == version; }, 10'000))
                << "show " << show.toStdString() << ": terminal at " << t->version(show) << ", database at " << version;
            bumps += int(version - versionsBefore.value(show));
            EXPECT_EQ(countIn(t, show, SeatStatus::Held), 0);
        }
        EXPECT_LE(t->deltasReceived() - deltasBefore.value(t), bumps);
        EXPECT_GE(t->deltasReceived() - deltasBefore.value(t), it->size());
        EXPECT_EQ(t->gapsSeen(), 0);
    }

    // Every hold expired and is audited: one row per hold and sweep that freed its seats (a hold's
    // seats are adjacent in (show, seat) order, so only a batch's edge can split one).
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'expired' AND ended_at IS NOT NULL")),
              QString::number(holdCount));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'active'")), QStringLiteral("0"));
    const QString audited = scalar(QStringLiteral(
        "SELECT count(*) || ':' || count(DISTINCT (details->>'hold')) || ':' || sum(jsonb_array_length(details->'seats'))"
        " FROM audit_log WHERE action = 'hold_expired'"));
    const QStringList audit = audited.split(u':');
    ASSERT_EQ(audit.size(), 3) << audited.toStdString();
    EXPECT_LE(audit[0].toInt(), holdCount + sweeps - 1);
    EXPECT_EQ(audit[1].toInt(), holdCount);
    EXPECT_EQ(audit[2].toInt(), heldSeats);
    // One row as migration 10 wrote it: the hold's seats, labels, show, title and terminal.
    const QJsonObject row = QJsonDocument::fromJson(scalar(QStringLiteral(
        "SELECT a.details::text FROM audit_log a JOIN holds h ON h.id = (a.details->>'hold')::bigint"
        " WHERE a.action = 'hold_expired' ORDER BY h.id LIMIT 1")).toUtf8()).object();
    EXPECT_EQ(row.value(QLatin1String("show")).toInteger(), 1);
    EXPECT_EQ(row.value(QLatin1String("title")).toString(), QStringLiteral("Bench show 1"));
    EXPECT_EQ(row.value(QLatin1String("terminal")).toString(), QStringLiteral("expiring-0"));
    EXPECT_EQ(row.value(QLatin1String("seats")).toArray().size(), seatsPerHold);
    EXPECT_EQ(row.value(QLatin1String("labels")).toArray().first().toString(), QStringLiteral("1/1"));
    EXPECT_GT(row.value(QLatin1String("expiresAt")).toInteger(), row.value(QLatin1String("heldAt")).toInteger());
}

TEST_F(Sweep, ASeatLockedByAnotherTransactionIsSkippedAndFreedOnALaterRound)
{
    // Two holds of 4 seats in show 1, expiring in an hour; a terminal watches the show.
    auto held = Bench::seedHeldSeats(db(), 2 * seatsPerHold, 3600);
    ASSERT_TRUE(held) << held.error().toString().toStdString();
    m_server = startServer(baseConfig());
    ASSERT_TRUE(m_server);
    TestTerminal *watcher = signedIn(0);
    const QString show = QStringLiteral("1");
    ASSERT_TRUE(watcher->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    const QStringList seats = scalar(QStringLiteral(
        "SELECT string_agg(seat_id, ',' ORDER BY seat_id) FROM show_seats WHERE show_id = 1 AND status = 'held'")).split(u',');
    ASSERT_EQ(seats.size(), 2 * seatsPerHold);
    ASSERT_TRUE(watcher->waitFor([&] {
        return std::all_of(seats.cbegin(), seats.cend(), [&](const QString &seat) { return watcher->status(show, seat) == SeatStatus::Held; });
    })) << "the snapshot shows the seats held";
    const QString busySeat = seats[1];
    const QString busyHold = scalar(QStringLiteral("SELECT hold_id FROM show_seats WHERE show_id = 1 AND seat_id = $1"), {busySeat});
    const QString otherHold = scalar(QStringLiteral("SELECT hold_id FROM show_seats WHERE show_id = 1 AND seat_id = $1"), {seats.last()});
    ASSERT_NE(busyHold, otherHold);

    // Another transaction is busy with one of the seats when they expire: it holds the lock that
    // a hold or sale takes when it writes a row referring to the seat (FOR KEY SHARE), which lets
    // the expiry below through but not the sweeper's FOR UPDATE.
    auto locker = PgConnection::connect(databaseUrl());
    ASSERT_TRUE(locker);
    ASSERT_TRUE(locker->execScript(QStringLiteral("BEGIN")));
    auto locked = locker->exec(QStringLiteral("SELECT 1 FROM show_seats_all WHERE show_id = 1 AND seat_id = $1 FOR KEY SHARE"),
                               {busySeat});
    ASSERT_TRUE(locked) << locked.error().toString().toStdString();
    auto expired = db().exec(expireNow);
    ASSERT_TRUE(expired) << expired.error().toString().toStdString();
    ASSERT_EQ(expired->affectedRows(), 2 * seatsPerHold);

    // The sweeper frees every other seat and pushes them.
    ASSERT_TRUE(watcher->waitFor([&] {
        for (const QString &seat : seats) {
            if (seat != busySeat && watcher->status(show, seat) != SeatStatus::Available)
                return false;
        }
        return true;
    }, 30'000));
    // The busy seat is skipped, round after round (one more here, in the test's own hands): it
    // stays held, a sweep that frees nothing records nothing, and its hold stays active (a hold
    // ends only when none of its seats is held by it), while the other hold ended.
    const QString changesBefore = scalar(QStringLiteral("SELECT count(*) FROM seat_changes WHERE show_id = 1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT marquee_sweep(1000)::text")), QStringLiteral("[]"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM seat_changes WHERE show_id = 1")), changesBefore);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status || ':' || hold_id FROM show_seats WHERE show_id = 1 AND seat_id = $1"), {busySeat}),
              QStringLiteral("held:") + busyHold);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), {busyHold}), QStringLiteral("active"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), {otherHold}), QStringLiteral("expired"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT sum(jsonb_array_length(details->'seats')) FROM audit_log"
                                    " WHERE action = 'hold_expired' AND details->>'hold' = $1"), {busyHold}),
              QString::number(seatsPerHold - 1));
    EXPECT_EQ(watcher->status(show, busySeat), SeatStatus::Held);

    // The other transaction ends without changing the seat: a later round of the server's
    // sweeper frees it, pushes it, and the hold ends.
    ASSERT_TRUE(locker->execScript(QStringLiteral("ROLLBACK")));
    ASSERT_TRUE(watcher->waitFor([&] { return watcher->status(show, busySeat) == SeatStatus::Available; }, 30'000));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM show_seats WHERE show_id = 1 AND seat_id = $1"), {busySeat}),
              QStringLiteral("available"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), {busyHold}), QStringLiteral("expired"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) || ':' || sum(jsonb_array_length(details->'seats')) FROM audit_log"
                                    " WHERE action = 'hold_expired' AND details->>'hold' = $1"), {busyHold}),
              QStringLiteral("2:4"));
    ASSERT_TRUE(watcher->waitFor([&] {
        return watcher->version(show) == scalar(QStringLiteral("SELECT version FROM shows WHERE id = 1")).toLongLong();
    }));
}
