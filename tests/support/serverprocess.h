#pragma once

#include "result.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

class QProcess;

namespace Marquee {
class EmbeddedPostgres;
}

namespace Marquee::Test {

// A marquee-server process started by a test (the real binary, not the library), on a directory of
// its own that it removes at the end together with whatever PostgreSQL still runs in it. With a
// database URL it uses that database; without, its embedded PostgreSQL under the directory.
class ServerProcess
{
public:
    explicit ServerProcess(QString binary);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    bool usable() const { return !m_base.isEmpty(); }
    QString dataDir() const { return m_base + QStringLiteral("/data"); }
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    // Options added to every start (--idle-timeout 5, ...).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    // Seeds the demo venue (--demo) at every start; on by default.
    void setDemo(bool demo) { m_demo = demo; }

    // Starts marquee-server and waits until it says it is ready; returns its WebSocket port
    // (`port` 0: any free one), or 0 when it did not come up in time. `httpPort`: where /healthz
    // and /metrics answer (0: any free one; see httpPort()).
    quint16 start(quint16 port, int timeoutMs, quint16 httpPort = 0);
    // The HTTP port of the running (or last) process.
    quint16 httpPort() const { return m_httpPort; }
    // SIGKILL: no clean-up of any kind.
    void killHard();
    // SIGSTOP and SIGCONT: the process stalls (its sockets stay open) and goes on.
    void stall();
    void resume();
    // Graceful: SIGTERM (the server stops its embedded PostgreSQL); kill after 30 s.
    void stopProcess();
    // SIGTERM without waiting (the caller's event loop goes on; see isRunning()).
    void terminate();
    bool isRunning() const;
    int exitCode() const;
    QString output() const { return m_output; }
    // Lines of the output that contain `text`.
    int countInOutput(const QString &text) const;

private:
    QString m_binary;
    QString m_base;
    QString m_databaseUrl;
    QStringList m_extraArguments;
    bool m_demo = true;
    quint16 m_httpPort = 0;
    std::unique_ptr<QProcess> m_process;
    QString m_output;
};

// A PostgreSQL cluster of a test's own on a fixed port of 127.0.0.1, which the test may crash
// (pg_ctl stop -m immediate) and start again on the same port, under clients that keep their
// connection URL. Not the shared cluster of the ctest fixture `postgres`: other tests use that one.
class TestCluster
{
public:
    TestCluster();
    ~TestCluster(); // stops the cluster and removes it

    Status start();
    // Every PostgreSQL process quits at once, as in a crash; start() recovers from the WAL.
    Status crash();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    // A database of its own on the cluster (CREATE DATABASE), and its URL.
    Result<QString> createDatabase(const QString &name);
    QString url(const QString &database) const;

private:
    QString m_base;
    quint16 m_port = 0;
    std::unique_ptr<EmbeddedPostgres> m_cluster;
};

} // namespace Marquee::Test
