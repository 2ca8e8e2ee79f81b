// The server's embedded PostgreSQL: created on first start, password kept, data kept across
// restarts, loopback only.
#include "embeddedpostgres.h"
#include "pgconnection.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
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

} // namespace

TEST(EmbeddedPostgres, CreatesStartsRestartsAndKeepsData)
{
    TempBase base;
    ASSERT_FALSE(base.path().isEmpty());
    EmbeddedPostgres::Options options;
    options.dataDir = base.path() + QStringLiteral("/data");
    {
        EmbeddedPostgres pg(options);
        const Status started = pg.start();
        ASSERT_TRUE(started) << started.error().message.toStdString();
        EXPECT_TRUE(pg.isRunning());
        EXPECT_NE(pg.port(), 0);
        EXPECT_TRUE(pg.connectionUrl().startsWith(QStringLiteral("postgresql://marquee:")));
        auto db = PgConnection::connect(pg.connectionUrl());
        ASSERT_TRUE(db) << db.error().message.toStdString();
        ASSERT_TRUE(db->execScript(QStringLiteral("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('sold');")));
        EXPECT_EQ(db->exec(QStringLiteral("SHOW listen_addresses"))->value(0, 0), QStringLiteral("127.0.0.1"));
        EXPECT_EQ(db->exec(QStringLiteral("SHOW fsync"))->value(0, 0), QStringLiteral("on"));
        // A wrong password is refused: the cluster is not open to everyone on the machine.
        QString wrong = pg.connectionUrl();
        wrong.replace(QRegularExpression(QStringLiteral(":[^:@/]+@")), QStringLiteral(":wrong@"));
        EXPECT_FALSE(PgConnection::connect(wrong));
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
