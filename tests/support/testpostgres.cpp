#include "testpostgres.h"

#include <QtCore/QAtomicInteger>
#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QUrl>

namespace Marquee::Test {

namespace {

QString adminUrlOrError(QString *why)
{
    const QString dir = qEnvironmentVariable("MARQUEE_TESTPG_DIR");
    if (dir.isEmpty()) {
        *why = QStringLiteral("MARQUEE_TESTPG_DIR is not set: run the tests through ctest, whose "
                              "fixture 'postgres' starts the test PostgreSQL");
        return {};
    }
    QFile file(dir + QStringLiteral("/conninfo"));
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("%1 is missing: the test PostgreSQL is not running (ctest's "
                              "fixture 'postgres', test postgres.start, starts it)")
                   .arg(file.fileName());
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString withDatabase(const QString &url, const QString &database)
{
    QUrl u(url);
    u.setPath(u'/' + database);
    return u.toString(QUrl::FullyEncoded);
}

} // namespace

Result<std::unique_ptr<TestDatabase>> TestDatabase::create()
{
    QString why;
    const QString adminUrl = adminUrlOrError(&why);
    if (adminUrl.isEmpty())
        return makeError(ErrorCode::ServiceDegraded, why);
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    auto admin = PgConnection::connect(adminUrl);
    if (!admin)
        return admin.error();
    auto created = admin->exec(QStringLiteral("CREATE DATABASE %1").arg(PgConnection::quoteIdentifier(name)));
    if (!created)
        return created.error();
    return std::unique_ptr<TestDatabase>(new TestDatabase(adminUrl, name, withDatabase(adminUrl, name)));
}

TestDatabase::TestDatabase(QString adminUrl, QString name, QString url)
    : m_adminUrl(std::move(adminUrl))
    , m_name(std::move(name))
    , m_url(std::move(url))
{
}

TestDatabase::~TestDatabase()
{
    auto admin = PgConnection::connect(m_adminUrl);
    if (admin) {
        auto dropped = admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                       .arg(PgConnection::quoteIdentifier(m_name)));
        if (!dropped)
            ADD_FAILURE() << "cannot drop test database: " << dropped.error().message.toStdString();
    }
}

void PostgresTest::SetUp()
{
    auto database = TestDatabase::create();
    if (!database) {
        const std::string why = database.error().message.toStdString();
        if (!qEnvironmentVariableIsEmpty("CI"))
            FAIL() << "no test PostgreSQL under CI: " << why;
        GTEST_SKIP() << why;
    }
    m_database = std::move(*database);
    auto connection = PgConnection::connect(m_database->url());
    ASSERT_TRUE(connection) << connection.error().message.toStdString();
    m_connection = std::make_unique<PgConnection>(std::move(*connection));
}

void PostgresTest::TearDown()
{
    m_connection.reset();
    m_database.reset();
}

} // namespace Marquee::Test
