#pragma once

#include "result.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <array>
#include <memory>

class QProcess;

namespace Marquee::Test {

// A pg_auto_failover formation of a test's own on 127.0.0.1 (label `failover`): a monitor and two
// data nodes, node 1 the primary and node 2 its synchronous secondary, each run by `pg_autoctl`
// (as the user postgres through runuser when the test runs as root: PostgreSQL refuses root). The
// monitor detects a lost primary fast (about 8 s instead of 50 s). Clients reach whichever node
// is the primary through a multi-host URL with target_session_attrs=read-write. Everything lives
// in a directory of its own, which the destructor removes after stopping every process started
// here (and killing what did not stop), also when the test failed half-way.
class AutoFailoverCluster
{
public:
    AutoFailoverCluster();
    ~AutoFailoverCluster();
    AutoFailoverCluster(const AutoFailoverCluster &) = delete;
    AutoFailoverCluster &operator=(const AutoFailoverCluster &) = delete;

    // Creates and starts the monitor and both nodes, waits until node 1 is the primary with node 2
    // its synchronous secondary, and creates the role and database `marquee` on the primary.
    // Fails (never skips) when pg_autoctl or PostgreSQL's server binaries are missing.
    Status start(int timeoutMs = 120'000);
    // Milliseconds start() took.
    qint64 setUpMs() const { return m_setUpMs; }

    // postgresql://marquee@127.0.0.1:P1,127.0.0.1:P2/marquee?target_session_attrs=read-write&...
    QString url() const;
    // A superuser's URL of one node (1, 2) or of the monitor (0).
    QString adminUrl(int node, const QString &database = QStringLiteral("postgres")) const;
    quint16 port(int node) const { return m_ports[std::size_t(node)]; }

    // "node 1: primary -> primary, node 2: secondary -> secondary" (reported -> assigned), as the
    // monitor has it; the error when the monitor does not answer.
    QString describeState() const;
    // The node the monitor has as the primary (reported and assigned primary or wait_primary),
    // 0 when none.
    int primaryNode() const;
    // Until `node` is the primary the monitor says it is and accepts writes.
    bool waitForPrimary(int node, int timeoutMs);
    // Until `node` is a secondary in sync again (after a planned failover, the old primary).
    bool waitForSecondary(int node, int timeoutMs);

    // The primary's machine is lost: SIGKILL to its pg_autoctl and every process under it (the
    // postmaster and its backends; no shutdown of any kind). Returns the node that was stopped.
    Result<int> stopPrimaryHard();
    // A controlled switch-over: `pg_autoctl perform failover`, started and not waited for (the
    // test's event loop goes on); waitForPrimary() tells when it is done.
    Status performFailover();
    // The last `perform failover` ended without doing it (the monitor refused: a secondary it did
    // not yet count as ready); the caller may ask again.
    bool failoverRefused() const;

    // The last lines of every log (for a failure message).
    QString logTail(int lines = 15) const;

private:
    Status runTool(const QStringList &arguments, int timeoutMs, QString *output = nullptr) const;
    std::unique_ptr<QProcess> startService(const QStringList &arguments, const QString &logName) const;
    QStringList command(const QStringList &arguments) const;
    QString pgdata(int node) const;
    void stopAll();
    void killLeftovers();

    QString m_base;
    QString m_binDir;
    QString m_superuser;
    std::array<quint16, 3> m_ports{}; // monitor, node 1, node 2
    std::array<std::unique_ptr<QProcess>, 3> m_services; // `pg_autoctl run` / `create postgres --run`
    std::unique_ptr<QProcess> m_failover;
    qint64 m_setUpMs = 0;
};

} // namespace Marquee::Test
