// Fault injection (ctest label `faults`): the real marquee-server binary on a PostgreSQL that the
// test starts itself, 50 box-office terminals on the client's real connection code holding and
// selling, and then a fault: the server killed with kill -9, PostgreSQL crashed and restarted (and
// down for 30 s), the network cut, delayed and dropping answers, the server stalled with SIGSTOP.
// Afterwards the database is the judge: no seat sold twice, every acknowledged sale and hold in it
// and nothing in it that was not acknowledged, and every terminal's map equal to it.
#include "benchseed.h"
#include "faultproxy.h"
#include "loadterminal.h"
#include "pgconnection.h"
#include "printers.h"
#include "serverconnection.h"
#include "serverprocess.h"
#include "testterminal.h"

#include <gtest/gtest.h>

#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtCore/QUrl>

#include <iostream>
#include <memory>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

constexpr int terminalCount = 50;
// The hot show has 60 rows x 50 seats: 59 seats a terminal, the last row for other clients.
constexpr int seatsPerTerminal = 59;

// The show every terminal sells: the bench seed's on-sale show after its one regular show.
const QString hotShow = QStringLiteral("2");

// One line of the test's measurements, in the test output and in the XML report.
void report(const std::string &key, const QString &value)
{
    std::cout << "[ faults   ] " << key << ": " << value.toStdString() << std::endl;
    ::testing::Test::RecordProperty(key, value.toStdString());
}

QString scalar(PgConnection &db, const QString &sql, const QList<QString> &parameters = {})
{
    auto result = db.exec(sql, parameters);
    if (!result) {
        ADD_FAILURE() << sql.toStdString() << ": " << result.error().message.toStdString();
        return {};
    }
    return result->rowCount() > 0 ? result->value(0, 0) : QString();
}

// "id -> text" of a two-column query.
QHash<QString, QString> pairs(PgConnection &db, const QString &sql, const QList<QString> &parameters = {})
{
    QHash<QString, QString> out;
    auto result = db.exec(sql, parameters);
    if (!result) {
        ADD_FAILURE() << sql.toStdString() << ": " << result.error().message.toStdString();
        return out;
    }
    for (int row = 0; row < result->rowCount(); ++row)
        out.insert(result->value(row, 0), result->value(row, 1));
    return out;
}

QString sortedList(QStringList seats)
{
    seats.sort();
    return seats.join(u',');
}

// One payment of a sale as the database has it.
struct SalePayment
{
    QString saleId;
    QString method;          // cash, card
    qint64 amount = 0;
    QString authorization;   // card: the terminal's authorisation code
};

// Every payment of every sale in the database. The card checks of the kill -9 case compare these
// with what the (simulated) card terminal charged.
QList<SalePayment> salePayments(PgConnection &db)
{
    QList<SalePayment> payments;
    auto result = db.exec(QStringLiteral("SELECT sale_id, method, amount, coalesce(authorization_code, '') FROM payments ORDER BY id"));
    if (!result) {
        ADD_FAILURE() << result.error().message.toStdString();
        return payments;
    }
    for (int row = 0; row < result->rowCount(); ++row)
        payments.append({result->value(row, 0), result->value(row, 1), result->value(row, 2).toLongLong(), result->value(row, 3)});
    return payments;
}

class Faults : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_cluster.start()) << "the test's PostgreSQL did not start";
        auto url = m_cluster.createDatabase(QStringLiteral("marquee"));
        ASSERT_TRUE(url) << url.error().message.toStdString();
        m_databaseUrl = *url;
        auto db = PgConnection::connect(m_databaseUrl);
        ASSERT_TRUE(db) << db.error().message.toStdString();
        Bench::SeedOptions seed;
        seed.shows = 1;
        seed.rows = 2;
        seed.perRow = 2;
        seed.hotRows = 60;
        seed.hotPerRow = 50;
        seed.users = terminalCount + 2;
        const Status seeded = Bench::seedDatabase(*db, seed);
        ASSERT_TRUE(seeded) << seeded.error().message.toStdString();
    }

    void TearDown() override
    {
        m_terminals.clear();
        for (auto &server : m_servers) {
            server->resume();
            server->stopProcess();
        }
        m_servers.clear();
    }

    // A marquee-server process on the test's database; its port, 0 when it did not start.
    ServerProcess &addServer()
    {
        m_servers.push_back(std::make_unique<ServerProcess>(QStringLiteral(MARQUEE_SERVER_BINARY)));
        ServerProcess &server = *m_servers.back();
        server.setDatabaseUrl(m_databaseUrl);
        server.setDemo(false);
        // The simulated card terminal keeps its record where a restarted server finds it; an
        // unfinished card sale is anybody's 4 s after its server stopped working on it.
        server.setExtraArguments({QStringLiteral("--payment-ledger"), m_ledgerDir.filePath(QStringLiteral("card-terminal.jsonl")),
                                  QStringLiteral("--payment-timeout"), QStringLiteral("3000"),
                                  QStringLiteral("--payment-lease"), QStringLiteral("4"),
                                  QStringLiteral("--payment-reconcile-interval"), QStringLiteral("500")});
        return server;
    }

    // A fresh connection to the database (after a crash of PostgreSQL the old one is gone).
    PgConnection database()
    {
        auto db = PgConnection::connect(m_databaseUrl);
        if (!db)
            ADD_FAILURE() << db.error().message.toStdString();
        return std::move(*db);
    }

    // The 50 terminals, connected to `url`, signed in (bench1.., one user each) and watching the
    // show; each has 59 seats of its own.
    void openTerminals(const QUrl &url, const std::function<void(LoadTerminal &)> &configure = {})
    {
        for (int i = 0; i < terminalCount; ++i) {
            QStringList seats;
            for (int k = 0; k < seatsPerTerminal; ++k) {
                const int n = i * seatsPerTerminal + k;
                seats.append(Bench::seatId(n / 50 + 1, n % 50 + 1));
            }
            auto t = std::make_unique<LoadTerminal>(QStringLiteral("till-%1").arg(i), Bench::benchUser(i),
                                                    Bench::benchPassword(), hotShow, seats);
            if (configure)
                configure(*t);
            t->open(url);
            m_terminals.push_back(std::move(t));
        }
        const bool ready = waitUntil([&] {
            for (const auto &t : m_terminals) {
                const LiveShow *show = t->connection().show(hotShow);
                if (!t->isSignedIn() || !show || show->version < 0)
                    return false;
            }
            return true;
        }, 60'000);
        ASSERT_TRUE(ready) << "the terminals did not all sign in and get the show's map";
    }

    void runLoad()
    {
        for (auto &t : m_terminals)
            t->run();
    }

    int salesAcknowledged() const
    {
        int n = 0;
        for (const auto &t : m_terminals)
            n += int(t->sales().size());
        return n;
    }

    // Waits until the terminals sold `more` sales more than now (the load goes on).
    bool waitForSales(int more, int timeoutMs)
    {
        const int target = salesAcknowledged() + more;
        return waitUntil([&] { return salesAcknowledged() >= target; }, timeoutMs);
    }

    bool allConnected() const
    {
        for (const auto &t : m_terminals) {
            if (!t->isConnected())
                return false;
        }
        return true;
    }

    // Stops the load and waits until every request has its decided answer.
    void finishLoad()
    {
        for (auto &t : m_terminals)
            t->stop();
        const bool idle = waitUntil([&] {
            for (const auto &t : m_terminals) {
                if (!t->isIdle())
                    return false;
            }
            return true;
        }, 90'000);
        ASSERT_TRUE(idle) << "requests still without an answer 90 s after the load stopped";
    }

    qint64 longestOutageMs() const
    {
        qint64 longest = 0;
        for (const auto &t : m_terminals)
            longest = std::max(longest, t->longestOutageMs());
        return longest;
    }

    int errorsOf(const QString &code) const
    {
        int n = 0;
        for (const auto &t : m_terminals)
            n += t->errors().value(code);
        return n;
    }

    // The checks every case ends with.
    void expectDatabaseAgrees()
    {
        PgConnection db = database();
        int requests = 0;
        for (const auto &t : m_terminals) {
            requests += t->requestsDone();
            for (const QString &problem : t->unexpected())
                ADD_FAILURE() << t->connection().terminalId().toStdString() << ": " << problem.toStdString();
        }
        report("requests answered", QString::number(requests));
        report("sales acknowledged", QString::number(salesAcknowledged()));

        // No seat sold twice: neither two valid tickets for one seat nor a sold seat whose ticket
        // is not its own valid one.
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets WHERE status = 'valid'"
                                            " GROUP BY show_id, seat_id HAVING count(*) > 1) d")),
                  QStringLiteral("0"))
            << "a seat was sold twice";
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM show_seats s LEFT JOIN tickets t ON t.id = s.ticket_id"
                                            " WHERE s.status = 'sold' AND (t.id IS NULL OR t.status <> 'valid'"
                                            " OR t.seat_id <> s.seat_id OR t.show_id <> s.show_id)")),
                  QStringLiteral("0"));

        // Sales: exactly the acknowledged ones, with their seats (every request ended with one
        // decided answer, so the database holds nothing that was not acknowledged either).
        const QHash<QString, QString> soldInDb = pairs(db, QStringLiteral("SELECT sale_id, string_agg(seat_id, ',' ORDER BY seat_id)"
                                                                          " FROM tickets WHERE status = 'valid' GROUP BY sale_id"));
        QHash<QString, QString> acknowledged;
        QSet<QString> cardSales;
        for (const auto &t : m_terminals) {
            for (auto it = t->sales().cbegin(); it != t->sales().cend(); ++it)
                acknowledged.insert(it.key(), sortedList(it.value()));
            cardSales += t->cardSales();
        }
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
            EXPECT_EQ(soldInDb.value(it.key()), it.value()) << "acknowledged sale " << it.key().toStdString() << " is not in the database as sold";
        for (auto it = soldInDb.cbegin(); it != soldInDb.cend(); ++it)
            EXPECT_TRUE(acknowledged.contains(it.key())) << "sale " << it.key().toStdString() << " of " << it.value().toStdString()
                                                         << " is in the database but no terminal was told";

        // Payments: one per acknowledged sale, card sales with the terminal's authorisation.
        QHash<QString, SalePayment> paymentBySale;
        for (const SalePayment &p : salePayments(db)) {
            EXPECT_FALSE(paymentBySale.contains(p.saleId)) << "sale " << p.saleId.toStdString() << " was paid twice";
            paymentBySale.insert(p.saleId, p);
        }
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
            const SalePayment p = paymentBySale.value(it.key());
            const bool card = cardSales.contains(it.key());
            EXPECT_EQ(p.method, card ? QStringLiteral("card") : QStringLiteral("cash")) << "sale " << it.key().toStdString();
            EXPECT_EQ(card, !p.authorization.isEmpty()) << "sale " << it.key().toStdString();
        }

        // Holds: exactly the acknowledged ones; those left open still active with their seats.
        const QHash<QString, QString> holdsInDb = pairs(db, QStringLiteral("SELECT id, status FROM holds WHERE show_id = $1"), {hotShow});
        QSet<QString> holdsAcknowledged = m_otherHolds;
        for (const auto &t : m_terminals) {
            for (auto it = t->holds().cbegin(); it != t->holds().cend(); ++it)
                holdsAcknowledged.insert(it.key());
            for (auto it = t->openHolds().cbegin(); it != t->openHolds().cend(); ++it) {
                EXPECT_EQ(holdsInDb.value(it.key()), QStringLiteral("active")) << "open hold " << it.key().toStdString();
                EXPECT_EQ(scalar(db, QStringLiteral("SELECT string_agg(seat_id, ',' ORDER BY seat_id) FROM show_seats"
                                                    " WHERE show_id = $1 AND status = 'held' AND hold_id = $2"),
                                 {hotShow, it.key()}),
                          sortedList(it.value()))
                    << "open hold " << it.key().toStdString();
            }
        }
        for (auto it = holdsInDb.cbegin(); it != holdsInDb.cend(); ++it)
            EXPECT_TRUE(holdsAcknowledged.contains(it.key())) << "hold " << it.key().toStdString() << " (" << it.value().toStdString()
                                                              << ") is in the database but no terminal was told: a request done twice";
        EXPECT_EQ(holdsInDb.size(), holdsAcknowledged.size());

        expectMapsEqualDatabase(db);
        expectEveryChargeSoldOrGivenBack(db);
    }

    // Every charge the card terminal approved (its ledger) is in a sale, or was given back once
    // the reconciler had settled what the faults left unfinished; every card sale's charge is one
    // the terminal approved and kept.
    void expectEveryChargeSoldOrGivenBack(PgConnection &db)
    {
        EXPECT_TRUE(waitUntil([&] {
            return scalar(db, QStringLiteral("SELECT count(*) FROM sell_attempts WHERE state IN ('open', 'voiding')")) == QStringLiteral("0");
        }, 30'000)) << "card sales left unfinished: "
                    << scalar(db, QStringLiteral("SELECT string_agg(id || ':' || state, ' ') FROM sell_attempts WHERE state IN ('open', 'voiding')")).toStdString();
        QHash<QString, QString> charged; // reference -> authorization
        QHash<QString, qint64> kept;     // reference -> amount charged minus refunded
        QFile ledger(m_ledgerDir.filePath(QStringLiteral("card-terminal.jsonl")));
        ASSERT_TRUE(ledger.open(QIODevice::ReadOnly));
        while (!ledger.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(ledger.readLine()).object();
            if (line.value(QLatin1String("status")).toString() != QLatin1String("approved"))
                continue;
            const QString reference = line.value(QLatin1String("reference")).toString();
            const qint64 amount = line.value(QLatin1String("amount")).toInteger();
            if (line.value(QLatin1String("op")).toString() == QLatin1String("charge")) {
                charged.insert(reference, line.value(QLatin1String("authorization")).toString());
                kept[reference] += amount;
            } else {
                kept[reference] -= amount;
            }
        }
        QHash<QString, QString> soldByAuthorization; // authorization -> sale
        for (const SalePayment &p : salePayments(db)) {
            if (p.method == QLatin1String("card"))
                soldByAuthorization.insert(p.authorization, p.saleId);
        }
        int sold = 0, givenBack = 0;
        for (auto it = charged.cbegin(); it != charged.cend(); ++it) {
            if (soldByAuthorization.contains(it.value())) {
                ++sold;
                EXPECT_GT(kept.value(it.key()), 0) << "charge " << it.key().toStdString() << " of sale "
                                                   << soldByAuthorization.value(it.value()).toStdString() << " was given back";
            } else {
                ++givenBack;
                EXPECT_EQ(kept.value(it.key()), 0) << "charge " << it.key().toStdString()
                                                   << " is in no sale and was not given back: the customer paid for nothing";
            }
        }
        for (auto it = soldByAuthorization.cbegin(); it != soldByAuthorization.cend(); ++it) {
            EXPECT_TRUE(std::find(charged.cbegin(), charged.cend(), it.key()) != charged.cend())
                << "sale " << it.value().toStdString() << " names a charge the terminal never approved";
        }
        report("card charges in a sale / given back", QStringLiteral("%1 / %2").arg(sold).arg(givenBack));
    }

    // Every terminal's map equals the database once the terminals caught up with its version.
    void expectMapsEqualDatabase(PgConnection &db)
    {
        const qint64 version = scalar(db, QStringLiteral("SELECT version FROM shows WHERE id = $1"), {hotShow}).toLongLong();
        QElapsedTimer converging;
        converging.start();
        const bool caughtUp = waitUntil([&] {
            for (const auto &t : m_terminals) {
                const LiveShow *show = t->connection().show(hotShow);
                if (!show || show->version != version)
                    return false;
            }
            return true;
        }, 30'000);
        report("maps caught up with the database after (ms)", QString::number(converging.elapsed()));
        const QHash<QString, QString> truth = pairs(db, QStringLiteral("SELECT seat_id, CASE WHEN status = 'held' AND hold_expires <= now()"
                                                                       " THEN 'available' ELSE status END FROM show_seats WHERE show_id = $1"),
                                                    {hotShow});
        ASSERT_EQ(truth.size(), 3000);
        for (const auto &t : m_terminals) {
            SCOPED_TRACE(t->connection().terminalId().toStdString());
            const LiveShow *show = t->connection().show(hotShow);
            ASSERT_TRUE(show);
            EXPECT_TRUE(caughtUp) << "at version " << show->version << ", the database at " << version;
            int wrong = 0;
            for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
                const QString mine = seatStatusName(show->seats.value(it.key()).status);
                if (mine != it.value() && ++wrong <= 3)
                    ADD_FAILURE() << it.key().toStdString() << " is " << it.value().toStdString() << " in the database, " << mine.toStdString() << " on the map";
            }
            EXPECT_EQ(wrong, 0);
        }
    }

    TestCluster m_cluster;
    QString m_databaseUrl;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
    QTemporaryDir m_ledgerDir;
    std::vector<std::unique_ptr<LoadTerminal>> m_terminals;
    QSet<QString> m_otherHolds; // holds of the show made by other clients than the terminals
};

} // namespace

TEST_F(Faults, KillMinusNineOfTheServerUnderLoad)
{
    ServerProcess &server = addServer();
    const quint16 port = server.start(0, 60'000);
    ASSERT_NE(port, 0) << "marquee-server did not start:\n" << server.output().toStdString();
    ASSERT_NO_FATAL_FAILURE(openTerminals(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port))));
    runLoad();
    ASSERT_TRUE(waitForSales(150, 30'000)) << "the load did not get going";

    server.killHard();
    QElapsedTimer down;
    down.start();
    ASSERT_EQ(server.start(port, 30'000), port) << "marquee-server did not come back after kill -9:\n" << server.output().toStdString();
    report("server restart after kill -9 (ms)", QString::number(down.elapsed()));
    ASSERT_TRUE(waitUntil([&] { return allConnected(); }, 60'000)) << "the terminals did not all reconnect";
    report("terminals back (ms after the kill)", QString::number(down.elapsed()));
    report("longest reconnect of a terminal (s)", QString::number(double(longestOutageMs()) / 1000.0, 'f', 2));
    EXPECT_TRUE(waitForSales(100, 30'000)) << "business did not go on after the restart";

    ASSERT_NO_FATAL_FAILURE(finishLoad());
    for (const auto &t : m_terminals)
        EXPECT_GE(t->outages(), 1) << t->connection().terminalId().toStdString() << " never noticed the crash";
    expectDatabaseAgrees();
}

TEST_F(Faults, PostgresCrashedAndRestartedUnderLoadThenDownFor30Seconds)
{
    ServerProcess &server = addServer();
    const quint16 port = server.start(0, 60'000);
    ASSERT_NE(port, 0) << "marquee-server did not start:\n" << server.output().toStdString();
    // A second server process on the same database: what is sold through it reaches the first
    // one's terminals only through the change feed (NOTIFY, or the feed's repair after a gap).
    ServerProcess &other = addServer();
    const quint16 otherPort = other.start(0, 60'000);
    ASSERT_NE(otherPort, 0) << "the second marquee-server did not start:\n" << other.output().toStdString();
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    ASSERT_NO_FATAL_FAILURE(openTerminals(url));
    // A terminal speaking the raw protocol, to see each answer while the database is away.
    TestTerminal probe(QStringLiteral("probe"));
    ASSERT_TRUE(probe.open(url));
    ASSERT_TRUE(probe.signIn(Bench::benchUser(terminalCount), Bench::benchPassword()));
    TestTerminal elsewhere(QStringLiteral("elsewhere"));
    ASSERT_TRUE(elsewhere.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(otherPort))));
    ASSERT_TRUE(elsewhere.signIn(Bench::benchUser(terminalCount + 1), Bench::benchPassword()));

    auto everyTerminal = [&](NoticeKind kind, int count) {
        for (const auto &t : m_terminals) {
            if (t->notices(kind) < count)
                return false;
        }
        return true;
    };
    runLoad();
    ASSERT_TRUE(waitForSales(100, 30'000)) << "the load did not get going";

    // 1. PostgreSQL crashes under load and is started again at once.
    ASSERT_TRUE(m_cluster.crash());
    QElapsedTimer outage;
    outage.start();
    EXPECT_TRUE(waitUntil([&] { return everyTerminal(NoticeKind::Degraded, 1); }, 15'000)) << "not every terminal was told `degraded`";
    report("degraded pushed to every terminal after (ms)", QString::number(outage.elapsed()));
    ASSERT_TRUE(m_cluster.start()) << "PostgreSQL did not start again";
    QElapsedTimer back;
    back.start();
    EXPECT_TRUE(waitUntil([&] { return everyTerminal(NoticeKind::Recovered, 1); }, 30'000)) << "not every terminal was told `recovered`";
    report("recovered pushed to every terminal (ms after PostgreSQL was back)", QString::number(back.elapsed()));
    EXPECT_TRUE(waitForSales(100, 30'000)) << "business did not go on after PostgreSQL came back";

    // 2. PostgreSQL down for 30 s: every request gets SERVICE_DEGRADED at once.
    ASSERT_TRUE(m_cluster.crash());
    outage.restart();
    int degradedAnswers = 0;
    QStringList otherAnswers;
    while (outage.elapsed() < 30'000) {
        auto held = probe.call<HoldReply>(holdOf(QStringLiteral("1"), {Bench::seatId(1, 1)}), {}, 5'000);
        if (!held && held.error().code == ErrorCode::ServiceDegraded)
            ++degradedAnswers;
        else
            otherAnswers.append(held ? QStringLiteral("a hold") : held.error().toString());
        waitUntil([] { return false; }, 1'000);
    }
    report("probe answers SERVICE_DEGRADED while PostgreSQL was down for 30 s", QString::number(degradedAnswers));
    EXPECT_GE(degradedAnswers, 20);
    EXPECT_TRUE(otherAnswers.isEmpty()) << "while PostgreSQL was down: " << otherAnswers.join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(everyTerminal(NoticeKind::Degraded, 2)) << "not every terminal was told `degraded` the second time";

    // Back: a change committed through the other server process at once (while this one's
    // listener may still be reconnecting) reaches this server's terminals.
    ASSERT_TRUE(m_cluster.start()) << "PostgreSQL did not start again";
    back.restart();
    const QString seat = Bench::seatId(60, 1);
    // Retried with its id while that server is still degraded, so that it is done once.
    std::optional<HoldReply> otherHold;
    for (QDeadlineTimer deadline(30'000); !otherHold && !deadline.hasExpired();) {
        auto held = elsewhere.call<HoldReply>(holdOf(hotShow, {seat}), QStringLiteral("elsewhere-hold"), 5'000);
        if (held) {
            otherHold = *held;
        } else {
            EXPECT_EQ(held.error().code, ErrorCode::ServiceDegraded) << held.error().toString().toStdString();
            waitUntil([] { return false; }, 200);
        }
    }
    ASSERT_TRUE(otherHold) << "the other server did not recover";
    m_otherHolds.insert(otherHold->holdId);
    report("other server took a hold (ms after PostgreSQL was back)", QString::number(back.elapsed()));
    EXPECT_TRUE(waitUntil([&] {
        for (const auto &t : m_terminals) {
            const LiveShow *show = t->connection().show(hotShow);
            if (!show || show->seats.value(seat).status != SeatStatus::Held)
                return false;
        }
        return true;
    }, 30'000)) << "the other server's hold did not reach this server's terminals";
    report("its hold on every terminal of this server (ms after PostgreSQL was back)", QString::number(back.elapsed()));
    EXPECT_TRUE(everyTerminal(NoticeKind::Recovered, 2)) << "not every terminal was told `recovered` the second time";
    EXPECT_TRUE(waitUntil([&] {
        return bool(probe.call<HoldReply>(holdOf(QStringLiteral("1"), {Bench::seatId(1, 2)}), QStringLiteral("probe-after"), 5'000));
    }, 30'000)) << "the server did not take requests again by itself";
    EXPECT_TRUE(waitForSales(50, 30'000)) << "business did not go on after the long outage";

    ASSERT_NO_FATAL_FAILURE(finishLoad());
    report("SERVICE_DEGRADED answers to the terminals (each retried with its id)", QString::number(errorsOf(QStringLiteral("SERVICE_DEGRADED"))));
    expectDatabaseAgrees();
}

TEST_F(Faults, NetworkCutDelayedAndDroppingAnswers)
{
    ServerProcess &server = addServer();
    const quint16 port = server.start(0, 60'000);
    ASSERT_NE(port, 0) << "marquee-server did not start:\n" << server.output().toStdString();
    FaultProxy proxy;
    ASSERT_TRUE(proxy.listen(port));
    ASSERT_NO_FATAL_FAILURE(openTerminals(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(proxy.port()))));
    runLoad();
    ASSERT_TRUE(waitForSales(100, 30'000)) << "the load did not get going";

    // 200 ms each way.
    proxy.setDelay(200);
    QElapsedTimer phase;
    phase.start();
    EXPECT_TRUE(waitForSales(50, 30'000)) << "no sales through a network with 200 ms of delay";
    report("50 sales with 200 ms of delay each way took (ms)", QString::number(phase.elapsed()));
    proxy.setDelay(0);

    // The cable out for 2 s: every connection cut, new ones refused.
    proxy.setRefusing(true);
    proxy.cutAll();
    waitUntil([] { return false; }, 2'000);
    proxy.setRefusing(false);
    phase.restart();
    ASSERT_TRUE(waitUntil([&] { return allConnected(); }, 60'000)) << "the terminals did not all reconnect after the cut";
    report("terminals back after the cut (ms after the cable was back)", QString::number(phase.elapsed()));
    EXPECT_TRUE(waitForSales(50, 30'000));

    // Answers lost: the requests reach the server, the connections fail before the answers are
    // back; the terminals send them again with the same ids and must get the first answers.
    for (int round = 0; round < 3; ++round) {
        const int before = proxy.answersDropped();
        proxy.setDroppingAnswers(true);
        waitUntil([&] { return proxy.answersDropped() >= before + 20; }, 5'000);
        proxy.setDroppingAnswers(false);
        ASSERT_TRUE(waitUntil([&] { return allConnected(); }, 60'000)) << "the terminals did not all reconnect after dropped answers";
        EXPECT_TRUE(waitForSales(30, 30'000));
    }
    report("answers dropped with their connection", QString::number(proxy.answersDropped()));
    EXPECT_GE(proxy.answersDropped(), 20) << "the drop mode dropped (almost) nothing";
    report("longest reconnect of a terminal (s)", QString::number(double(longestOutageMs()) / 1000.0, 'f', 2));

    ASSERT_NO_FATAL_FAILURE(finishLoad());
    expectDatabaseAgrees();
}

TEST_F(Faults, ServerStalledForTenSecondsWithSigstop)
{
    ServerProcess &server = addServer();
    const quint16 port = server.start(0, 60'000);
    ASSERT_NE(port, 0) << "marquee-server did not start:\n" << server.output().toStdString();
    // A ping after 1 s of silence, the connection given up after 3 s without an answer.
    ASSERT_NO_FATAL_FAILURE(openTerminals(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)),
                                          [](LoadTerminal &t) { t.connection().setKeepAlive(1'000, 3'000); }));
    runLoad();
    ASSERT_TRUE(waitForSales(100, 30'000)) << "the load did not get going";

    std::vector<QSet<QString>> openBefore;
    for (const auto &t : m_terminals) {
        const auto holds = t->openHolds();
        openBefore.emplace_back(QSet<QString>(holds.keyBegin(), holds.keyEnd()));
    }
    server.stall();
    QElapsedTimer stalled;
    stalled.start();
    waitUntil([] { return false; }, 10'000);
    int noticed = 0;
    for (const auto &t : m_terminals)
        noticed += t->isConnected() ? 0 : 1;
    report("terminals that noticed the stall", QString::number(noticed));
    server.resume();
    ASSERT_TRUE(waitUntil([&] { return allConnected(); }, 60'000)) << "the terminals did not all reconnect after the stall";
    report("terminals back (ms after SIGCONT)", QString::number(stalled.elapsed() - 10'000));
    report("longest reconnect of a terminal (s)", QString::number(double(longestOutageMs()) / 1000.0, 'f', 2));
    EXPECT_EQ(noticed, terminalCount) << "terminals that did not notice a server silent for 10 s";

    // The holds come back with the resumed session.
    for (size_t i = 0; i < m_terminals.size(); ++i) {
        QSet<QString> resumed;
        for (const ActiveHold &h : m_terminals[i]->connection().session().holds)
            resumed.insert(h.holdId);
        for (const QString &hold : std::as_const(openBefore[i]))
            EXPECT_TRUE(resumed.contains(hold)) << m_terminals[i]->connection().terminalId().toStdString() << ": hold " << hold.toStdString()
                                                << " is not among the resumed session's holds";
    }
    EXPECT_TRUE(waitForSales(50, 30'000)) << "business did not go on after the stall";
    ASSERT_NO_FATAL_FAILURE(finishLoad());
    expectDatabaseAgrees();
}
