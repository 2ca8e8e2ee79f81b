#pragma once

#include "pgconnection.h"

#include <gtest/gtest.h>

#include <memory>

namespace Marquee::Test {

// A database of its own on the test run's PostgreSQL (started by the ctest fixture "postgres"),
// dropped when this object goes.
class TestDatabase
{
public:
    static Result<std::unique_ptr<TestDatabase>> create();
    ~TestDatabase();

    QString name() const { return m_name; }
    QString url() const { return m_url; }

private:
    TestDatabase(QString adminUrl, QString name, QString url);

    QString m_adminUrl;
    QString m_name;
    QString m_url;
};

// Base fixture: every test gets a fresh database and a connection to it. Without the harness's
// PostgreSQL the test fails under CI and is skipped, with the reason, elsewhere.
class PostgresTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    QString databaseUrl() const { return m_database->url(); }
    PgConnection &db() { return *m_connection; }

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<PgConnection> m_connection;
};

} // namespace Marquee::Test
