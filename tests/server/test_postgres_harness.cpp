// The harness itself: a real PostgreSQL, a database per test, durability left on.
#include "printers.h"
#include "testpostgres.h"

using namespace Marquee;
using Marquee::Test::PostgresTest;

namespace {

QString scalar(PgConnection &db, const QString &sql)
{
    auto result = db.exec(sql);
    if (!result) {
        ADD_FAILURE() << sql.toStdString() << ": " << result.error().message.toStdString();
        return {};
    }
    return result->value(0, 0);
}

} // namespace

class PostgresHarness : public PostgresTest
{
};

TEST_F(PostgresHarness, RunsQueriesOnARealServer)
{
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT 40 + 2")), QStringLiteral("42"));
    EXPECT_GE(db().serverVersion(), 150000);
}

TEST_F(PostgresHarness, KeepsDurabilityOn)
{
    EXPECT_EQ(scalar(db(), QStringLiteral("SHOW fsync")), QStringLiteral("on"));
    EXPECT_EQ(scalar(db(), QStringLiteral("SHOW synchronous_commit")), QStringLiteral("on"));
}

TEST_F(PostgresHarness, GivesEachTestItsOwnEmptyDatabase)
{
    const QString name = scalar(db(), QStringLiteral("SELECT current_database()"));
    EXPECT_TRUE(name.startsWith(QStringLiteral("test_"))) << name.toStdString();
    EXPECT_EQ(scalar(db(), QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
              QStringLiteral("0"));
    // Tables made here vanish with the database.
    ASSERT_TRUE(db().execScript(QStringLiteral("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1);")));
    auto duplicate = db().exec(QStringLiteral("INSERT INTO t VALUES ($1)"), {QStringLiteral("1")});
    ASSERT_FALSE(duplicate);
    EXPECT_NE(duplicate.error().message.indexOf(QStringLiteral("duplicate key")), -1)
        << duplicate.error().message.toStdString();
}

TEST_F(PostgresHarness, PassesParametersAndNulls)
{
    auto result = db().exec(QStringLiteral("SELECT $1::text, $2::int IS NULL, length($1)"),
                            {QStringLiteral("Reihe 7 – Platz 12"), QString()});
    ASSERT_TRUE(result) << result.error().message.toStdString();
    EXPECT_EQ(result->value(0, 0), QStringLiteral("Reihe 7 – Platz 12"));
    EXPECT_EQ(result->value(0, 1), QStringLiteral("t"));
    EXPECT_EQ(result->value(0, 2), QStringLiteral("18"));
}

TEST_F(PostgresHarness, DatabasesOfTwoTestsAreSeparate)
{
    auto other = Marquee::Test::TestDatabase::create();
    ASSERT_TRUE(other) << other.error().message.toStdString();
    EXPECT_NE((*other)->name(), scalar(db(), QStringLiteral("SELECT current_database()")));
    auto connection = PgConnection::connect((*other)->url());
    ASSERT_TRUE(connection) << connection.error().message.toStdString();
    ASSERT_TRUE(db().execScript(QStringLiteral("CREATE TABLE only_here (x int)")));
    auto missing = connection->exec(QStringLiteral("SELECT * FROM only_here"));
    EXPECT_FALSE(missing);
}
