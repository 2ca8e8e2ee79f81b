// Fault injection (ctest label `faults`): the real marquee-server binary on a PostgreSQL that the
// test starts itself, 50 box-office terminals on the client's real connection code holding and
// selling, and then a fault: the server killed with kill -9, PostgreSQL crashed and restarted (and
// down for 30 s), the network cut, delayed and dropping answers, the server stalled with SIGSTOP.
// Afterwards the database is the judge: no seat sold twice, every acknowledged sale and hold in it
// and nothing in it that was not acknowledged, and every terminal's map equal to it.
#include "benchseed.h"
#include "faultproxy.h"
#include "loadfixture.h"
#include "pgconnection.h"
#include "printers.h"
#include "serverconnection.h"
#include "serverprocess.h"
#include "testterminal.h"

#include <gtest/gtest.h>

#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QUrl>

#include <memory>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

constexpr int terminalCount = 50;

class Faults : public LoadFixture
{
protected:
    Faults() : LoadFixture("faults") {}

    void SetUp() override
    {
        ASSERT_TRUE(m_cluster.start()) << "the test's PostgreSQL did not start";
        auto url = m_cluster.createDatabase(QStringLiteral("marquee"));
        ASSERT_TRUE(url) << url.error().message.toStdString();
        ASSERT_NO_FATAL_FAILURE(seed(*url, terminalCount + 2));
    }

    void openTerminals(const QUrl &url, const std::function<void(LoadTerminal &)> &configure = {})
    {
        LoadFixture::openTerminals(url, terminalCount, configure);
    }

    TestCluster m_cluster;
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
    for (const auto &t : terminals())
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
        for (const auto &t : terminals()) {
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
        auto held = elsewhere.call<HoldReply>(holdOf(hotShow(), {seat}), QStringLiteral("elsewhere-hold"), 5'000);
        if (held) {
            otherHold = *held;
        } else {
            EXPECT_EQ(held.error().code, ErrorCode::ServiceDegraded) << held.error().toString().toStdString();
            waitUntil([] { return false; }, 200);
        }
    }
    ASSERT_TRUE(otherHold) << "the other server did not recover";
    addOtherHold(otherHold->holdId);
    report("other server took a hold (ms after PostgreSQL was back)", QString::number(back.elapsed()));
    EXPECT_TRUE(waitUntil([&] {
        for (const auto &t : terminals()) {
            const LiveShow *show = t->connection().show(hotShow());
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
    for (const auto &t : terminals()) {
        const auto holds = t->openHolds();
        openBefore.emplace_back(QSet<QString>(holds.keyBegin(), holds.keyEnd()));
    }
    server.stall();
    QElapsedTimer stalled;
    stalled.start();
    waitUntil([] { return false; }, 10'000);
    int noticed = 0;
    for (const auto &t : terminals())
        noticed += t->isConnected() ? 0 : 1;
    report("terminals that noticed the stall", QString::number(noticed));
    server.resume();
    ASSERT_TRUE(waitUntil([&] { return allConnected(); }, 60'000)) << "the terminals did not all reconnect after the stall";
    report("terminals back (ms after SIGCONT)", QString::number(stalled.elapsed() - 10'000));
    report("longest reconnect of a terminal (s)", QString::number(double(longestOutageMs()) / 1000.0, 'f', 2));
    EXPECT_EQ(noticed, terminalCount) << "terminals that did not notice a server silent for 10 s";

    // The holds come back with the resumed session.
    for (size_t i = 0; i < terminals().size(); ++i) {
        QSet<QString> resumed;
        for (const ActiveHold &h : terminals()[i]->connection().session().holds)
            resumed.insert(h.holdId);
        for (const QString &hold : std::as_const(openBefore[i]))
            EXPECT_TRUE(resumed.contains(hold)) << terminals()[i]->connection().terminalId().toStdString() << ": hold " << hold.toStdString()
                                                << " is not among the resumed session's holds";
    }
    EXPECT_TRUE(waitForSales(50, 30'000)) << "business did not go on after the stall";
    ASSERT_NO_FATAL_FAILURE(finishLoad());
    expectDatabaseAgrees();
}
