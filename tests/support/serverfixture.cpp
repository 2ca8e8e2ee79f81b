#include "serverfixture.h"

#include <QtCore/QCoreApplication>

namespace Marquee::Test {

void ServerTest::SetUp()
{
    PostgresTest::SetUp();
    if (IsSkipped() || HasFatalFailure())
        return;
    auto migrated = migrate(db());
    ASSERT_TRUE(migrated) << migrated.error().toString().toStdString();
    const Status seeded = seedDemo(db(), 1); // a cheap KDF: tests sign in a lot
    ASSERT_TRUE(seeded) << seeded.error().toString().toStdString();
    m_server = startServer();
    ASSERT_TRUE(m_server);
}

void ServerTest::TearDown()
{
    m_terminals.clear();
    m_server.reset();
    QCoreApplication::processEvents();
    PostgresTest::TearDown();
}

ServerConfig ServerTest::baseConfig() const
{
    ServerConfig config;
    config.listenAddress = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.httpPort = 0;
    config.databaseUrl = databaseUrl();
    config.databaseConnections = 4;
    config.paymentDelayMs = 5;
    config.paymentTimeoutMs = 300;
    config.connectionBurst = 1000;
    config.connectionRatePerSecond = 1000;
    config.userBurst = 100000;
    config.userRatePerSecond = 100000;
    config.passwordIterations = 1; // a cheap KDF for the passwords tests set
    // A TestTerminal does not ping: under a sanitizer, signing in 120 of them takes longer than
    // the default 120 s, and the first ones were closed as idle while waiting for the others.
    // (The idle close has its own test: Server.SilentConnectionsAreClosedAsIdlePingingOnesStay.)
    config.idleTimeoutSeconds = 3600;
    return config;
}

std::unique_ptr<SyncServer> ServerTest::startServer(ServerConfig config)
{
    if (config.databaseUrl.isEmpty())
        config = baseConfig();
    auto server = std::make_unique<SyncServer>(config);
    const Status started = server->start();
    if (!started) {
        ADD_FAILURE() << "server did not start: " << started.error().toString().toStdString();
        return nullptr;
    }
    return server;
}

QUrl ServerTest::url(const SyncServer &server) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
}

TestTerminal *ServerTest::terminal(const QString &user, SyncServer *server)
{
    auto t = std::make_unique<TestTerminal>(QStringLiteral("T%1").arg(++m_terminalCount));
    if (!t->open(url(server ? *server : *m_server))) {
        ADD_FAILURE() << "terminal could not connect";
        return t.release();
    }
    if (!user.isEmpty()) {
        const Status signedIn = t->signIn(user, user == QLatin1String("cashier2") ? QStringLiteral("cashier2") : user);
        if (!signedIn)
            ADD_FAILURE() << "sign-in failed: " << signedIn.error().toString().toStdString();
    }
    m_terminals.push_back(std::move(t));
    return m_terminals.back().get();
}

QString ServerTest::scalar(const QString &sql, const QList<QString> &params)
{
    auto result = db().exec(sql, params);
    if (!result) {
        ADD_FAILURE() << sql.toStdString() << ": " << result.error().message.toStdString();
        return {};
    }
    return result->rowCount() ? result->value(0, 0) : QString();
}

QString ServerTest::showId(const QString &auditorium)
{
    return scalar(QStringLiteral("SELECT s.id FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id"
                                 " WHERE a.name = $1 ORDER BY s.starts_at LIMIT 1"),
                  {auditorium});
}

QTimeZone ServerTest::demoZone()
{
    return QTimeZone("Europe/Berlin");
}

QDate ServerTest::demoToday()
{
    return QDateTime::currentDateTime().toTimeZone(demoZone()).date();
}

QStringList ServerTest::seatIds(const QString &showId)
{
    auto result = db().exec(QStringLiteral("SELECT seat_id FROM show_seats WHERE show_id = $1 AND status = 'available' ORDER BY seat_id"),
                            {showId});
    QStringList ids;
    if (result) {
        for (int i = 0; i < result->rowCount(); ++i)
            ids.append(result->value(i, 0));
    }
    return ids;
}

} // namespace Marquee::Test
