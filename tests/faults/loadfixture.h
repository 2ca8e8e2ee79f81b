#pragma once

#include "loadterminal.h"
#include "serverprocess.h"

#include <gtest/gtest.h>

#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>

#include <functional>
#include <memory>
#include <string>
#include <vector>

class QUrl;

namespace Marquee {
class PgConnection;
}

namespace Marquee::Test {

// The first column of the first row ("" when none; a failed query fails the test).
QString scalar(PgConnection &db, const QString &sql, const QList<QString> &parameters = {});

// The base of the tests that put real marquee-server processes under steady load and then break
// something (label `faults`: the server, PostgreSQL, the network; `scaleout`: three servers behind
// HAProxy; `failover`: a PostgreSQL primary lost). The terminals are LoadTerminals on the client's
// real connection code, each with seats of its own of the bench seed's on-sale show (60 rows x 50
// seats). Afterwards the database is the judge: no seat sold twice, every acknowledged sale and
// hold in it and nothing in it that no terminal was told, every card charge in a sale or given
// back, and every terminal's map equal to it.
class LoadFixture : public ::testing::Test
{
protected:
    // `label` prefixes the measurements in the output ("[ faults   ] ...").
    explicit LoadFixture(std::string label) : m_label(std::move(label)) {}
    void TearDown() override;

    // The show every terminal sells: the bench seed's on-sale show after its one regular show.
    static QString hotShow() { return QStringLiteral("2"); }

    // Migrates and seeds `databaseUrl` (one regular show of 2 x 2 seats, the on-sale show of
    // `hotRows` rows of 50 seats, `users` cashiers bench1..), and makes it the database that every
    // check reads.
    void seed(const QString &databaseUrl, int users, int hotRows = 60);
    // Where the checks read (after a failover: the URL that finds the new primary).
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    QString databaseUrl() const { return m_databaseUrl; }
    // A fresh connection to the database (after a crash of PostgreSQL the old one is gone).
    PgConnection database();

    // A marquee-server process on `databaseUrl` (default: the seeded database), not started.
    ServerProcess &addServer(const QString &databaseUrl = {});
    std::vector<std::unique_ptr<ServerProcess>> &servers() { return m_servers; }
    const std::vector<std::unique_ptr<ServerProcess>> &servers() const { return m_servers; }

    // `count` terminals (till-0.., users bench1..), connected to `url`, signed in and watching the
    // show, each with an equal share of its seats but the last row's (for other clients).
    void openTerminals(const QUrl &url, int count, const std::function<void(LoadTerminal &)> &configure = {},
                       int timeoutMs = 60'000);
    // The same, terminal i connected to urls[i % urls.size()] (several server processes).
    void openTerminals(const QList<QUrl> &urls, int count, const std::function<void(LoadTerminal &)> &configure = {},
                       int timeoutMs = 60'000);
    std::vector<std::unique_ptr<LoadTerminal>> &terminals() { return m_terminals; }
    const std::vector<std::unique_ptr<LoadTerminal>> &terminals() const { return m_terminals; }
    void runLoad();
    int salesAcknowledged() const;
    // Waits until the terminals sold `more` sales more than now (the load goes on).
    bool waitForSales(int more, int timeoutMs);
    bool allConnected() const;
    // Stops the load and waits until every request has its decided answer.
    void finishLoad();
    qint64 longestOutageMs() const;
    int errorsOf(const QString &code) const;
    // Holds of the show made by other clients than the terminals.
    void addOtherHold(const QString &holdId) { m_otherHolds.insert(holdId); }

    // One line of the test's measurements, in the test output and in the XML report.
    void report(const std::string &key, const QString &value) const;

    // The checks every case ends with.
    void expectDatabaseAgrees();
    // Every terminal's map equals the database once the terminals caught up with its version;
    // returns the milliseconds that took.
    qint64 expectMapsEqualDatabase(PgConnection &db, int timeoutMs = 30'000);

private:
    void expectEveryChargeSoldOrGivenBack(PgConnection &db);

    std::string m_label;
    QString m_databaseUrl;
    int m_hotRows = 60;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
    QTemporaryDir m_ledgerDir;
    std::vector<std::unique_ptr<LoadTerminal>> m_terminals;
    QSet<QString> m_otherHolds;
};

} // namespace Marquee::Test
