// PostgreSQL failover (ctest label `failover`): a pg_auto_failover formation of the test's own (a
// monitor, a primary and its synchronous secondary on 127.0.0.1), two real marquee-server
// processes on its multi-host URL (target_session_attrs=read-write), 50 box-office terminals
// split over them, holding and selling. Then the primary is lost: its machine stopped hard
// (kill -9 of pg_autoctl, PostgreSQL and every backend), or switched over in a controlled
// `pg_autoctl perform failover`. The servers must notice, tell their terminals `degraded`, find
// the new primary by themselves, LISTEN again, repair what their change feed missed and say
// `recovered`. Afterwards the new primary is the judge: every sale a terminal was told of is in
// it, no seat sold twice, every terminal's map equal to it.
#include "autofailover.h"
#include "benchseed.h"
#include "loadfixture.h"
#include "pgconnection.h"
#include "printers.h"
#include "serverconnection.h"
#include "serverprocess.h"
#include "testterminal.h"

#include <gtest/gtest.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <algorithm>
#include <optional>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

constexpr int terminalCount = 50;

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 2);
}

// Writes through one server while the primary goes away: a hold of a seat of the regular show and
// its release, over and over. A SERVICE_DEGRADED answer (or none in time) leaves the outcome open:
// the request goes again with its id until it is decided, as a terminal would. The longest time
// between two acknowledged holds is the write outage the clients saw.
class WriteProbe
{
public:
    explicit WriteProbe(QString terminalId) : m_terminal(std::move(terminalId)) { m_clock.start(); }

    TestTerminal &terminal() { return m_terminal; }

    // One step: the pending release, else a hold (and its release at once).
    void step()
    {
        if (m_pendingRelease && !release())
            return;
        const QString id = m_pendingHold.value_or(m_terminal.nextId());
        auto held = m_terminal.call<HoldReply>(holdOf(QStringLiteral("1"), {Bench::seatId(1, 1)}), id, 5'000);
        if (!held) {
            undecided(held.error(), QStringLiteral("hold"));
            m_pendingHold = id;
            return;
        }
        m_pendingHold.reset();
        const qint64 now = m_clock.elapsed();
        if (m_lastAckMs)
            m_longestGapMs = std::max(m_longestGapMs, now - *m_lastAckMs);
        m_lastAckMs = now;
        ++m_acknowledged;
        m_pendingRelease = std::make_pair(m_terminal.nextId(), held->holdId);
        release();
    }

    qint64 nowMs() const { return m_clock.elapsed(); }
    std::optional<qint64> lastAcknowledgedMs() const { return m_lastAckMs; }
    qint64 longestGapMs() const { return m_longestGapMs; }
    int acknowledged() const { return m_acknowledged; }
    int degraded() const { return m_degraded; }
    const QStringList &unexpected() const { return m_unexpected; }

private:
    bool release()
    {
        ReleaseHoldRequest request;
        request.holdId = m_pendingRelease->second;
        auto released = m_terminal.call<ReleaseHoldReply>(request, m_pendingRelease->first, 5'000);
        if (!released) {
            undecided(released.error(), QStringLiteral("release"));
            return false;
        }
        m_pendingRelease.reset();
        return true;
    }

    void undecided(const Error &error, const QString &what)
    {
        if (error.code == ErrorCode::ServiceDegraded)
            ++m_degraded;
        else if (!(error.code == ErrorCode::Internal && error.message.contains(QLatin1String("no reply in time"))))
            m_unexpected.append(what + QStringLiteral(": ") + error.toString());
    }

    TestTerminal m_terminal;
    QElapsedTimer m_clock;
    std::optional<QString> m_pendingHold;
    std::optional<std::pair<QString, QString>> m_pendingRelease; // request id, hold id
    std::optional<qint64> m_lastAckMs;
    qint64 m_longestGapMs = 0;
    int m_acknowledged = 0;
    int m_degraded = 0;
    QStringList m_unexpected;
};

// A value of the server's /metrics ("" when it does not answer or has no such line).
QString metric(const ServerProcess &server, const QString &name)
{
    static const QRegularExpression httpPort(QStringLiteral("health and metrics on http://[0-9.]+:(\\d+)"));
    const QRegularExpressionMatch port = httpPort.match(server.output());
    if (!port.hasMatch())
        return {};
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port.captured(1)))));
    waitUntil([&] { return reply->isFinished(); }, 5'000);
    const QString text = reply->isFinished() ? QString::fromUtf8(reply->readAll()) : QString();
    const QRegularExpression line(QStringLiteral("^%1(?:\\{[^}]*\\})? (\\S+)$").arg(QRegularExpression::escape(name)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch value = line.match(text);
    return value.hasMatch() ? value.captured(1) : QString();
}

enum class Event { PrimaryStoppedHard, PlannedFailover };

class Failover : public LoadFixture
{
protected:
    Failover() : LoadFixture("failover") {}

    void SetUp() override
    {
        const Status up = m_cluster.start();
        ASSERT_TRUE(up) << up.error().message.toStdString();
        report("pg_auto_failover monitor + primary + secondary set up (s)", seconds(m_cluster.setUpMs()));
        // The role marquee is no superuser: the seed's VACUUM would warn about every shared catalog.
        ASSERT_NO_FATAL_FAILURE(seed(m_cluster.url() + QStringLiteral("&options=-c%20client_min_messages%3Derror"), terminalCount + 2));
        setDatabaseUrl(m_cluster.url());
    }

    bool everyTerminal(NoticeKind kind, int count)
    {
        return std::all_of(terminals().cbegin(), terminals().cend(), [&](const auto &t) { return t->notices(kind) >= count; });
    }

    void failOverUnderLoad(Event event);

    AutoFailoverCluster m_cluster;
};

void Failover::failOverUnderLoad(Event event)
{
    const int oldPrimary = m_cluster.primaryNode();
    ASSERT_EQ(oldPrimary, 1) << m_cluster.describeState().toStdString();
    const int newPrimary = 2;
    {
        // The secondary is synchronous: a commit is acknowledged once it is on both nodes.
        auto primary = PgConnection::connect(m_cluster.adminUrl(oldPrimary));
        ASSERT_TRUE(primary) << primary.error().message.toStdString();
        const QString sync = scalar(*primary, QStringLiteral("SELECT string_agg(sync_state, ',') FROM pg_stat_replication"));
        report("replication to the secondary", sync);
        EXPECT_TRUE(sync == QLatin1String("sync") || sync == QLatin1String("quorum")) << sync.toStdString();
    }

    // Two server processes: what is sold through one reaches the other's terminals only through
    // its change feed (LISTEN; the 2 s version poll behind it), which the failover cuts too.
    QList<QUrl> urls;
    for (int i = 0; i < 2; ++i) {
        ServerProcess &server = addServer();
        const quint16 port = server.start(0, 60'000);
        ASSERT_NE(port, 0) << "marquee-server did not start:\n" << server.output().toStdString();
        urls.append(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
    }
    ASSERT_NO_FATAL_FAILURE(openTerminals(urls, terminalCount));
    WriteProbe probe(QStringLiteral("probe"));
    ASSERT_TRUE(probe.terminal().open(urls.first()));
    ASSERT_TRUE(probe.terminal().signIn(Bench::benchUser(terminalCount), Bench::benchPassword()));

    runLoad();
    ASSERT_TRUE(waitForSales(100, 30'000)) << "the load did not get going";
    probe.step();
    ASSERT_TRUE(probe.lastAcknowledgedMs()) << "the probe's hold before the failover: " << probe.unexpected().join(u';').toStdString();
    const int salesBefore = salesAcknowledged();

    const qint64 eventMs = probe.nowMs();
    if (event == Event::PrimaryStoppedHard) {
        auto stopped = m_cluster.stopPrimaryHard();
        ASSERT_TRUE(stopped) << stopped.error().message.toStdString();
    } else {
        const Status started = m_cluster.performFailover();
        ASSERT_TRUE(started) << started.error().message.toStdString();
    }

    // Writes go on through the probe until it had a hold acknowledged after the event and every
    // terminal was told `recovered`.
    std::optional<qint64> degradedEverywhereMs, recoveredEverywhereMs;
    QElapsedTimer sinceEvent;
    sinceEvent.start();
    int failoverRetries = 0;
    while (sinceEvent.elapsed() < 90'000) {
        // A switch-over the monitor refused (it happened once in CI: the formation stayed as it
        // was) is asked for again, as an operator would; the retries are reported.
        if (event != Event::PrimaryStoppedHard && m_cluster.failoverRefused() && failoverRetries < 3) {
            ++failoverRetries;
            const Status again = m_cluster.performFailover();
            EXPECT_TRUE(again) << again.error().message.toStdString();
        }
        probe.step();
        if (!degradedEverywhereMs && everyTerminal(NoticeKind::Degraded, 1))
            degradedEverywhereMs = sinceEvent.elapsed();
        if (!recoveredEverywhereMs && everyTerminal(NoticeKind::Recovered, 1))
            recoveredEverywhereMs = sinceEvent.elapsed();
        if (recoveredEverywhereMs && probe.lastAcknowledgedMs().value_or(-1) > eventMs)
            break;
        waitUntil([] { return false; }, 100);
    }
    const qint64 firstWriteMs = probe.lastAcknowledgedMs().value_or(0) - eventMs;
    EXPECT_TRUE(degradedEverywhereMs) << "not every terminal was told `degraded`";
    EXPECT_TRUE(recoveredEverywhereMs) << "not every terminal was told `recovered`";
    ASSERT_GT(probe.lastAcknowledgedMs().value_or(-1), eventMs) << "no write got through after the failover: " << m_cluster.describeState().toStdString();
    EXPECT_TRUE(probe.unexpected().isEmpty()) << probe.unexpected().join(QStringLiteral("; ")).toStdString();
    ASSERT_TRUE(m_cluster.waitForPrimary(newPrimary, 30'000)) << "node 2 is not the primary: " << m_cluster.describeState().toStdString();
    report("formation after the failover", m_cluster.describeState());
    if (event != Event::PrimaryStoppedHard)
        report("perform failover asked again after a refusal", QString::number(failoverRetries));

    report("write outage: longest time between two acknowledged probe holds (s)", seconds(probe.longestGapMs()));
    report("first probe hold acknowledged after the event (s)", seconds(firstWriteMs));
    report("degraded pushed to every terminal after (s)", degradedEverywhereMs ? seconds(*degradedEverywhereMs) : QStringLiteral("never"));
    report("recovered pushed to every terminal after (s)", recoveredEverywhereMs ? seconds(*recoveredEverywhereMs) : QStringLiteral("never"));
    report("probe answers SERVICE_DEGRADED", QString::number(probe.degraded()));

    // Both servers found the new primary for their change feed too (LISTEN again): what one sells
    // reaches the other's terminals at once, not only with the 2 s version poll.
    for (const auto &server : servers()) {
        EXPECT_TRUE(waitUntil([&] { return metric(*server, QStringLiteral("marquee_change_feed_up")).toDouble() == 1.0; }, 10'000))
            << "a server's change feed did not reconnect: " << metric(*server, QStringLiteral("marquee_change_feed_up")).toStdString();
        const QString outages = metric(*server, QStringLiteral("marquee_db_outages_total"));
        EXPECT_GE(outages.toDouble(), 1.0) << "a server did not notice the failover: " << outages.toStdString();
        report("database outages a server went through", outages);
    }
    EXPECT_TRUE(waitForSales(100, 30'000)) << "business did not go on after the failover";
    report("sales acknowledged before / after the event",
           QStringLiteral("%1 / %2").arg(salesBefore).arg(salesAcknowledged() - salesBefore));
    ASSERT_NO_FATAL_FAILURE(finishLoad());
    report("SERVICE_DEGRADED answers to the terminals (each retried with its id)", QString::number(errorsOf(QStringLiteral("SERVICE_DEGRADED"))));
    report("longest reconnect of a terminal (s; 0: its WebSocket never dropped)", seconds(longestOutageMs()));

    // The judge is the new primary, found through the same multi-host URL.
    setDatabaseUrl(m_cluster.url());
    {
        PgConnection db = database();
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT inet_server_port()")), QString::number(m_cluster.port(newPrimary)))
            << "the checks do not read the new primary";
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                                            " WHERE c.relname = 'tickets_one_valid_per_seat' AND i.indisunique AND i.indisvalid")),
                  QStringLiteral("1"))
            << "the partial unique index that keeps a seat from being sold twice is missing";
    }
    expectDatabaseAgrees();
    // For a diagnosis: MARQUEE_FAILOVER_DUMP=/tmp/x writes the servers' output and the formation's logs.
    if (qEnvironmentVariableIsSet("MARQUEE_FAILOVER_DUMP")) {
        const QString prefix = qEnvironmentVariable("MARQUEE_FAILOVER_DUMP") + u'-'
            + QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name());
        for (std::size_t i = 0; i < servers().size(); ++i) {
            QFile f(prefix + QStringLiteral("-server%1.log").arg(i));
            if (f.open(QIODevice::WriteOnly))
                f.write(servers()[i]->output().toUtf8());
        }
        QFile f(prefix + QStringLiteral("-cluster.log"));
        if (f.open(QIODevice::WriteOnly))
            f.write(m_cluster.logTail(400).toUtf8());
    }
}

} // namespace

TEST_F(Failover, PrimaryStoppedHardUnderLoad)
{
    failOverUnderLoad(Event::PrimaryStoppedHard);
}

TEST_F(Failover, PlannedFailoverUnderLoad)
{
    failOverUnderLoad(Event::PlannedFailover);
}
