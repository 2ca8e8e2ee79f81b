// Scale-out (ctest label `scaleout`): three real marquee-server processes behind Debian's HAProxy
// (WebSocket upgrade, health checks on /healthz) on one PostgreSQL, directly and, in the second
// case, through pgbouncer in session mode. 300 box-office terminals on the client's real connection
// code connect through HAProxy and hold and sell; then one process is killed with kill -9 (its
// terminals move through HAProxy to the others, resume their sessions there and catch up), and
// all three are restarted one at a time with SIGTERM under the load. The database is the judge
// (LoadFixture): no seat sold twice, every acknowledged sale in it, every map equal to it.
#include "daemonprocess.h"
#include "loadfixture.h"
#include "pgconnection.h"
#include "serverconnection.h"
#include "testterminal.h"

#include <gtest/gtest.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>
#include <QtNetwork/QTcpSocket>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

constexpr int terminalCount = 300;
constexpr int serverCount = 3;
// 120 rows of 50 seats: 19 seats a terminal, enough for the whole case at one hold every 3 s.
constexpr int hotRows = 120;
// A cashier's pace: a hold (and mostly its sale) every 3 s per terminal, about 170 requests/s in all.
constexpr int pauseMs = 3'000;

// The body of GET `path` on the HTTP port of a server ("" when it does not answer).
QString httpGet(quint16 port, const QString &path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(2'000))
        return {};
    socket.write(QStringLiteral("GET %1 HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").arg(path).toLatin1());
    QByteArray response;
    while (socket.waitForReadyRead(5'000))
        response += socket.readAll();
    response += socket.readAll();
    const qsizetype body = response.indexOf("\r\n\r\n");
    return body < 0 ? QString() : QString::fromUtf8(response.mid(body + 4));
}

// The terminals connected to one server process (its /metrics), -1 when it does not answer.
int connectionsOf(quint16 httpPort)
{
    static const QRegularExpression gauge(QStringLiteral("^marquee_connections (\\d+)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = gauge.match(httpGet(httpPort, QStringLiteral("/metrics")));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

class ScaleOut : public LoadFixture
{
protected:
    ScaleOut() : LoadFixture("scaleout") {}

    void SetUp() override
    {
        ASSERT_TRUE(m_cluster.start()) << "the test's PostgreSQL did not start";
        auto url = m_cluster.createDatabase(QStringLiteral("marquee"));
        ASSERT_TRUE(url) << url.error().message.toStdString();
        ASSERT_NO_FATAL_FAILURE(seed(*url, terminalCount + 2, hotRows));
    }

    void TearDown() override
    {
        LoadFixture::TearDown();
        m_haproxy.reset();
        m_pgbouncer.reset();
    }

    // pgbouncer in session mode (LISTEN needs the session) between the servers and PostgreSQL;
    // returns the URL the servers use.
    QString startPgbouncer()
    {
        const QUrl direct(databaseUrl());
        const quint16 port = DaemonProcess::freePort();
        m_pgbouncer = std::make_unique<DaemonProcess>(QStringLiteral("pgbouncer"));
        const QString ini = m_pgbouncer->writeFile(QStringLiteral("pgbouncer.ini"), QStringLiteral(
            "[databases]\n"
            "marquee = host=127.0.0.1 port=%1 dbname=marquee user=%2 password=%3\n"
            "[pgbouncer]\n"
            "listen_addr = 127.0.0.1\n"
            "listen_port = %4\n"
            "unix_socket_dir =\n"
            "auth_type = any\n"
            "pool_mode = session\n"
            "max_client_conn = 200\n"
            "default_pool_size = 60\n"
            "log_connections = 0\n"
            "log_disconnections = 0\n")
            .arg(direct.port()).arg(direct.userName(), direct.password()).arg(port));
        // pgbouncer refuses to run as root: as root it is told to become postgres.
        QStringList arguments = {ini};
        if (::geteuid() == 0)
            arguments = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), ini};
        EXPECT_TRUE(m_pgbouncer->start(QStringLiteral("pgbouncer"), arguments, port)) << m_pgbouncer->output().toStdString();
        QUrl pooled = direct;
        pooled.setPort(port);
        return pooled.toString();
    }

    // Three server processes on `databaseUrl` and HAProxy in front of them; the terminals' URL.
    QUrl startServersBehindHaproxy(const QString &serversDatabaseUrl)
    {
        for (int i = 0; i < serverCount; ++i) {
            ServerProcess &server = addServer(serversDatabaseUrl);
            const quint16 port = server.start(0, 60'000);
            EXPECT_NE(port, 0) << "marquee-server " << i << " did not start:\n" << server.output().toStdString();
            m_ports.append(port);
        }
        const quint16 port = DaemonProcess::freePort();
        QString backends;
        for (int i = 0; i < serverCount; ++i)
            backends += QStringLiteral("    server m%1 127.0.0.1:%2 check port %3\n").arg(i + 1).arg(m_ports[i]).arg(servers()[size_t(i)]->httpPort());
        m_haproxy = std::make_unique<DaemonProcess>(QStringLiteral("haproxy"));
        // The WebSocket upgrade passes in mode http; `timeout tunnel` governs the upgraded
        // connection (terminals ping every 15 s); a backend whose /healthz fails twice is out
        // within about a second, one that refuses a connection at once (on-error mark-down), and
        // the attempt goes to another server (redispatch) after the turn-around of
        // min(timeout connect, 1 s).
        const QString config = m_haproxy->writeFile(QStringLiteral("haproxy.cfg"), QStringLiteral(
            "global\n"
            "    maxconn 4000\n"
            "defaults\n"
            "    mode http\n"
            "    timeout connect 500ms\n"
            "    timeout client 60s\n"
            "    timeout server 60s\n"
            "    timeout tunnel 1h\n"
            "    option redispatch 1\n"
            "    retries 3\n"
            "frontend terminals\n"
            "    bind 127.0.0.1:%1\n"
            "    default_backend marquee\n"
            "backend marquee\n"
            "    balance leastconn\n"
            "    option httpchk GET /healthz\n"
            "    http-check expect status 200\n"
            "    default-server inter 500 fastinter 250 downinter 250 fall 2 rise 2 observe layer4 error-limit 1 on-error mark-down\n"
            "%2").arg(port).arg(backends));
        EXPECT_TRUE(m_haproxy->start(QStringLiteral("haproxy"), {QStringLiteral("-db"), QStringLiteral("-f"), config}, port))
            << m_haproxy->output().toStdString();
        // Every backend up before the terminals come (else they all go to the first one).
        EXPECT_TRUE(waitUntil([&] {
            for (int i = 0; i < serverCount; ++i) {
                if (!httpGet(servers()[size_t(i)]->httpPort(), QStringLiteral("/healthz")).contains(QLatin1String("\"ok\"")))
                    return false;
            }
            return true;
        }, 30'000));
        waitUntil([] { return false; }, 1'500); // two health checks
        return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    }

    // Terminals per server process, from each one's /metrics.
    QList<int> connectionsPerServer() const
    {
        QList<int> counts;
        for (const auto &server : servers())
            counts.append(server->isRunning() ? connectionsOf(server->httpPort()) : 0);
        return counts;
    }

    QString describeSpread() const
    {
        QStringList parts;
        for (int n : connectionsPerServer())
            parts.append(QString::number(n));
        return parts.join(QStringLiteral(" / "));
    }

    qint64 showVersion()
    {
        PgConnection db = database();
        return scalar(db, QStringLiteral("SELECT version FROM shows WHERE id = $1"), {hotShow()}).toLongLong();
    }

    // Every terminal connected and its map at `version` or later.
    bool allCaughtUp(qint64 version) const
    {
        for (const auto &t : terminals()) {
            const LiveShow *show = t->connection().show(hotShow());
            if (!t->isConnected() || !show || show->version < version)
                return false;
        }
        return true;
    }

    int errorAnswers() const
    {
        int n = 0;
        for (const auto &t : terminals()) {
            for (int count : t->errors())
                n += count;
        }
        return n;
    }

    // The two drills under the load: kill -9 of one process, then a rolling restart of all three.
    void killOneThenRestartAllUnderLoad(const QUrl &url)
    {
        ASSERT_NO_FATAL_FAILURE(openTerminals(url, terminalCount, [](LoadTerminal &t) { t.setPauseMs(pauseMs); }, 120'000));
        const QList<int> spread = connectionsPerServer();
        report("terminals per server process", describeSpread());
        for (int i = 0; i < serverCount; ++i)
            EXPECT_GE(spread.value(i), terminalCount / serverCount / 2) << "HAProxy did not spread the terminals: " << describeSpread().toStdString();
        runLoad();
        ASSERT_TRUE(waitForSales(300, 60'000)) << "the load did not get going";

        // 1. kill -9 of the process with the most terminals.
        const int victim = int(std::max_element(spread.cbegin(), spread.cend()) - spread.cbegin());
        ServerProcess &killed = *servers()[size_t(victim)];
        killed.killHard();
        QElapsedTimer sinceKill;
        sinceKill.start();
        // Everything committed before the kill must reach every terminal, the moved ones too.
        const qint64 versionAtKill = showVersion();
        auto movedTerminals = [&] {
            return int(std::count_if(terminals().cbegin(), terminals().cend(), [](const auto &t) { return t->outages() > 0; }));
        };
        const bool caughtUp = waitUntil([&] { return movedTerminals() >= spread.value(victim) && allCaughtUp(versionAtKill); }, 30'000);
        const qint64 convergedMs = sinceKill.elapsed();
        const int moved = movedTerminals();
        report("terminals moved by the kill -9", QString::number(moved));
        report("longest reconnect of a moved terminal (s)", QString::number(double(longestOutageMs()) / 1000.0, 'f', 2));
        report("every terminal back and caught up with the kill's version after (ms)", QString::number(convergedMs));
        EXPECT_TRUE(caughtUp) << "the terminals did not all come back and catch up";
        EXPECT_EQ(moved, spread.value(victim)) << "only the killed process's terminals move, and all of them";
        EXPECT_LE(convergedMs, 5'000) << "the terminals of the killed process took longer than 5 s to converge";
        EXPECT_EQ(connectionsPerServer().value(victim), 0);
        report("terminals per server process after the kill", describeSpread());
        EXPECT_TRUE(waitForSales(200, 60'000)) << "business did not go on after the kill";

        // The killed process comes back on its ports; HAProxy takes it in again.
        ASSERT_EQ(killed.start(m_ports[victim], 60'000, killed.httpPort()), m_ports[victim]) << killed.output().toStdString();

        // 2. A rolling restart of all three under the load: SIGTERM, wait for it to go, start it
        // again, wait until every terminal is connected, the next one.
        const int errorsBefore = errorAnswers();
        qint64 longestStep = 0;
        for (int i = 0; i < serverCount; ++i) {
            ServerProcess &server = *servers()[size_t(i)];
            const quint16 httpPort = server.httpPort();
            QElapsedTimer step;
            step.start();
            server.terminate();
            ASSERT_TRUE(waitUntil([&] { return !server.isRunning(); }, 30'000)) << "server " << i << " did not stop on SIGTERM";
            EXPECT_EQ(server.exitCode(), 0) << server.output().toStdString();
            ASSERT_EQ(server.start(m_ports[i], 60'000, httpPort), m_ports[i]) << server.output().toStdString();
            EXPECT_TRUE(waitUntil([&] { return allConnected(); }, 30'000)) << "terminals not back after the restart of server " << i;
            longestStep = std::max(longestStep, step.elapsed());
            EXPECT_TRUE(waitForSales(60, 60'000)) << "no sales after the restart of server " << i;
        }
        report("longest restart step, SIGTERM to every terminal connected (ms)", QString::number(longestStep));
        report("terminals per server process after the rolling restart", describeSpread());
        report("error answers to the terminals during the rolling restart", QString::number(errorAnswers() - errorsBefore));
        EXPECT_EQ(errorAnswers() - errorsBefore, 0) << "a request failed during the rolling restart";

        ASSERT_NO_FATAL_FAILURE(finishLoad());
        report("longest reconnect of a terminal, all drills (s)", QString::number(double(longestOutageMs()) / 1000.0, 'f', 2));
        expectDatabaseAgrees();
    }

    TestCluster m_cluster;
    QList<quint16> m_ports;
    std::unique_ptr<DaemonProcess> m_pgbouncer;
    std::unique_ptr<DaemonProcess> m_haproxy;
};

} // namespace

TEST_F(ScaleOut, ThreeServersBehindHaproxyKillMinusNineAndRollingRestart)
{
    const QUrl url = startServersBehindHaproxy(databaseUrl());
    ASSERT_FALSE(HasFailure());
    killOneThenRestartAllUnderLoad(url);
}

TEST_F(ScaleOut, ThroughPgbouncerInSessionMode)
{
    const QString pooled = startPgbouncer();
    ASSERT_FALSE(HasFailure());
    const QUrl url = startServersBehindHaproxy(pooled);
    ASSERT_FALSE(HasFailure());
    killOneThenRestartAllUnderLoad(url);
    // The servers' database was pgbouncer: without it they report the database unreachable.
    m_pgbouncer->stop();
    EXPECT_TRUE(waitUntil([&] {
        for (const auto &server : servers()) {
            if (!httpGet(server->httpPort(), QStringLiteral("/healthz")).contains(QLatin1String("\"down\"")))
                return false;
        }
        return true;
    }, 20'000)) << "the servers did not notice pgbouncer going away";
}
