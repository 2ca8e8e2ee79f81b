// The server's embedded PostgreSQL: created on first start, password kept, data kept across
// restarts, loopback only.
#include "embeddedpostgres.h"
#include "pgconnection.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>

#include <cstdlib>
#include <sys/stat.h>

using namespace Marquee;

namespace {

// A world-enterable temporary directory (PostgreSQL may run as another user when we are root).
class TempBase
{
public:
    TempBase()
    {
        QByteArray pattern = QFile::encodeName(QDir::tempPath() + QStringLiteral("/marquee-embedded-XXXXXX"));
        if (::mkdtemp(pattern.data()) && ::chmod(pattern.constData(), 0755) == 0)
            m_path = QFile::decodeName(pattern);
    }
    ~TempBase()
    {
        if (!m_path.isEmpty())
            QDir(m_path).removeRecursively();
    }
    QString path() const { return m_path; }

private:
    QString m_path;
};

// Stops whatever cluster runs in a data directory when the test ends, passed or not (declared
// after the TempBase it lives in, so it runs first).
class StopAtEnd
{
public:
    explicit StopAtEnd(QString dataDir) : m_dataDir(std::move(dataDir)) {}
    ~StopAtEnd()
    {
        EmbeddedPostgres::Options options;
        options.dataDir = m_dataDir;
        options.stopOnDestruction = false;
        (void)EmbeddedPostgres(options).stop();
    }

private:
    QString m_dataDir;
};

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeAll(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QString keptValue(const EmbeddedPostgres &pg)
{
    auto db = PgConnection::connect(pg.connectionUrl());
    if (!db)
        return QStringLiteral("(no connection: ") + db.error().message + u')';
    auto kept = db->exec(QStringLiteral("SELECT v FROM kept"));
    return kept ? kept->value(0, 0) : QStringLiteral("(query failed: ") + kept.error().message + u')';
}

} // namespace

TEST(EmbeddedPostgres, CreatesStartsRestartsAndKeepsData)
{
    TempBase base;
    ASSERT_FALSE(base.path().isEmpty());
    EmbeddedPostgres::Options options;
    options.dataDir = base.path() + QStringLiteral("/data");
    {
        EmbeddedPostgres pg(options);
        // Everything logged while the cluster is created and started (debug output included).
        static QStringList *lines = nullptr;
        QStringList logged;
        lines = &logged;
        QLoggingCategory::setFilterRules(QStringLiteral("marquee.*.debug=true\ndefault.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            if (lines)
                lines->append(message);
        });
        const Status started = pg.start();
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        lines = nullptr;
        ASSERT_TRUE(started) << started.error().message.toStdString();
        EXPECT_TRUE(pg.isRunning());
        EXPECT_NE(pg.port(), 0);
        EXPECT_TRUE(pg.connectionUrl().startsWith(QStringLiteral("postgresql://marquee:")));
        auto db = PgConnection::connect(pg.connectionUrl());
        ASSERT_TRUE(db) << db.error().message.toStdString();
        ASSERT_TRUE(db->execScript(QStringLiteral("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('sold');")));
        EXPECT_EQ(db->exec(QStringLiteral("SHOW listen_addresses"))->value(0, 0), QStringLiteral("127.0.0.1"));
        EXPECT_EQ(db->exec(QStringLiteral("SHOW unix_socket_directories"))->value(0, 0), QString());
        EXPECT_EQ(db->exec(QStringLiteral("SHOW fsync"))->value(0, 0), QStringLiteral("on"));
        // A wrong password is refused: the cluster is not open to everyone on the machine.
        QString wrong = pg.connectionUrl();
        wrong.replace(QRegularExpression(QStringLiteral(":[^:@/]+@")), QStringLiteral(":wrong@"));
        EXPECT_FALSE(PgConnection::connect(wrong));
        // No password at all is refused too (there is no Unix socket: TCP on loopback only), and
        // every rule of pg_hba.conf asks for the password (docs/SECURITY.md).
        QString none = pg.connectionUrl();
        none.replace(QRegularExpression(QStringLiteral(":[^:@/]+@")), QStringLiteral("@"));
        EXPECT_FALSE(PgConnection::connect(none)) << none.toStdString();
        auto rules = db->exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE auth_method <> 'scram-sha-256')"
                                             " FROM pg_hba_file_rules"));
        ASSERT_TRUE(rules) << rules.error().message.toStdString();
        EXPECT_NE(rules->value(0, 0), QStringLiteral("0"));
        EXPECT_EQ(rules->value(0, 1), QStringLiteral("0")) << "a pg_hba.conf rule without a password";
        // The password file and the cluster are the server's user's alone.
        struct stat info {};
        ASSERT_EQ(::stat(QFile::encodeName(options.dataDir + QStringLiteral("/marquee-password")).constData(), &info), 0);
        EXPECT_EQ(info.st_mode & 07777, mode_t(0600));
        ASSERT_EQ(::stat(QFile::encodeName(options.dataDir).constData(), &info), 0);
        EXPECT_EQ(info.st_mode & 07777, mode_t(0700));
        // The password is in no log line of the start.
        const QString password = readAll(options.dataDir + QStringLiteral("/marquee-password")).trimmed();
        ASSERT_GE(password.size(), 16);
        for (const QString &line : std::as_const(logged))
            EXPECT_FALSE(line.contains(password)) << line.toStdString();
    } // the destructor stops the cluster

    EmbeddedPostgres again(options);
    const Status restarted = again.start();
    ASSERT_TRUE(restarted) << restarted.error().message.toStdString();
    {
        auto db = PgConnection::connect(again.connectionUrl());
        ASSERT_TRUE(db) << db.error().message.toStdString();
        auto kept = db->exec(QStringLiteral("SELECT v FROM kept"));
        ASSERT_TRUE(kept) << kept.error().message.toStdString();
        EXPECT_EQ(kept->value(0, 0), QStringLiteral("sold"));
    }
    const Status stopped = again.stop();
    EXPECT_TRUE(stopped) << stopped.error().message.toStdString();
    EXPECT_FALSE(again.isRunning());
}

TEST(EmbeddedPostgres, ExplainsAMissingInstallation)
{
    TempBase base;
    EmbeddedPostgres::Options options;
    options.dataDir = base.path() + QStringLiteral("/data");
    options.binDir = base.path() + QStringLiteral("/no-such-bin");
    EmbeddedPostgres pg(options);
    const Status started = pg.start();
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, ErrorCode::ServiceDegraded);
    EXPECT_FALSE(pg.isRunning());
}

// marquee-server killed with kill -9 leaves its PostgreSQL running: the next start takes it over.
TEST(EmbeddedPostgres, StartsOverAClusterThatItsKilledOwnerLeftRunning)
{
    TempBase base;
    ASSERT_FALSE(base.path().isEmpty());
    EmbeddedPostgres::Options options;
    options.dataDir = base.path() + QStringLiteral("/data");
    const StopAtEnd cleanUp(options.dataDir);
    const QString pidFile = options.dataDir + QStringLiteral("/pgdata/postmaster.pid");
    {
        EmbeddedPostgres::Options abandoned = options;
        abandoned.stopOnDestruction = false; // what a killed owner does
        EmbeddedPostgres pg(abandoned);
        const Status started = pg.start();
        ASSERT_TRUE(started) << started.error().message.toStdString();
        auto db = PgConnection::connect(pg.connectionUrl());
        ASSERT_TRUE(db) << db.error().message.toStdString();
        ASSERT_TRUE(db->execScript(QStringLiteral("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('sold');")));
    }
    const QString leftPid = readAll(pidFile).section(u'\n', 0, 0);
    ASSERT_FALSE(leftPid.isEmpty()) << "the abandoned cluster should still run";

    EmbeddedPostgres again(options);
    const Status restarted = again.start();
    ASSERT_TRUE(restarted) << restarted.error().message.toStdString();
    EXPECT_EQ(keptValue(again), QStringLiteral("sold"));
    EXPECT_NE(readAll(pidFile).section(u'\n', 0, 0), leftPid) << "the left-over postmaster should have been replaced";

    // While one owner runs the cluster, a second one refuses rather than stopping it under it.
    EmbeddedPostgres intruder(options);
    const Status refused = intruder.start();
    EXPECT_FALSE(refused);
    EXPECT_EQ(keptValue(again), QStringLiteral("sold"));

    const Status stopped = again.stop();
    EXPECT_TRUE(stopped) << stopped.error().message.toStdString();
}

// After a machine crash postmaster.pid stays behind; its pid may be dead, or belong to another
// process by now (here: another cluster's PostgreSQL, as after a reboot), or the file may be empty.
TEST(EmbeddedPostgres, StartsOverAStalePidFile)
{
    TempBase base;
    ASSERT_FALSE(base.path().isEmpty());
    EmbeddedPostgres::Options options;
    options.dataDir = base.path() + QStringLiteral("/data");
    const StopAtEnd cleanUp(options.dataDir);
    const QString pidFile = options.dataDir + QStringLiteral("/pgdata/postmaster.pid");
    {
        EmbeddedPostgres pg(options);
        const Status started = pg.start();
        ASSERT_TRUE(started) << started.error().message.toStdString();
        auto db = PgConnection::connect(pg.connectionUrl());
        ASSERT_TRUE(db) << db.error().message.toStdString();
        ASSERT_TRUE(db->execScript(QStringLiteral("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('sold');")));
    }
    ASSERT_FALSE(QFile::exists(pidFile));

    EmbeddedPostgres::Options otherOptions;
    otherOptions.dataDir = base.path() + QStringLiteral("/other");
    const StopAtEnd cleanUpOther(otherOptions.dataDir);
    EmbeddedPostgres other(otherOptions);
    const Status otherStarted = other.start();
    ASSERT_TRUE(otherStarted) << otherStarted.error().message.toStdString();
    const QByteArray otherPid = readAll(otherOptions.dataDir + QStringLiteral("/pgdata/postmaster.pid")).section(u'\n', 0, 0).toLatin1();
    ASSERT_FALSE(otherPid.isEmpty());

    const QByteArray pgdata = QFile::encodeName(options.dataDir + QStringLiteral("/pgdata"));
    const QList<std::pair<const char *, QByteArray>> leftovers = {
        {"pid of another PostgreSQL", otherPid + '\n' + pgdata + "\n1700000000\n5432\n"},
        {"empty", QByteArray()},
        {"pid of a dead process", "999999999\n" + pgdata + "\n1700000000\n5432\n"},
    };
    for (const auto &[what, content] : leftovers) {
        SCOPED_TRACE(what);
        ASSERT_TRUE(writeAll(pidFile, content));
        EmbeddedPostgres pg(options);
        const QDeadlineTimer deadline(20'000);
        const Status started = pg.start();
        ASSERT_TRUE(started) << started.error().message.toStdString();
        EXPECT_FALSE(deadline.hasExpired()) << "took too long to come up";
        EXPECT_EQ(keptValue(pg), QStringLiteral("sold"));
        EXPECT_TRUE(pg.stop());
    }
    EXPECT_TRUE(other.stop());
}
