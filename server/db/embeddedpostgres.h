#pragma once

#include "result.h"

#include <QtCore/QString>

namespace Marquee {

// A PostgreSQL cluster that Marquee creates and runs itself: the server's embedded default (no
// database URL given) and the test harness. It listens on 127.0.0.1 only (no Unix socket), uses
// password authentication with a generated password kept in the data directory, and keeps fsync
// and synchronous commit on. When the process runs as root, PostgreSQL runs as an unprivileged
// user (by default "postgres") through runuser, as PostgreSQL refuses to run as root.
class EmbeddedPostgres
{
public:
    struct Options
    {
        QString dataDir;         // the cluster's directory (created on first start)
        quint16 port = 0;        // 0: pick a free port at every start
        QString binDir;          // empty: find PostgreSQL's server binaries
        QString runAsUser = QStringLiteral("postgres"); // used only when running as root
        QString superuser = QStringLiteral("marquee");
        int startTimeoutSeconds = 60;
        bool stopOnDestruction = true; // false: leave a started cluster running (test harness)
    };

    explicit EmbeddedPostgres(Options options);
    ~EmbeddedPostgres(); // stops the cluster if this object started it
    EmbeddedPostgres(const EmbeddedPostgres &) = delete;
    EmbeddedPostgres &operator=(const EmbeddedPostgres &) = delete;

    // Creates the cluster if the data directory holds none, then starts it and waits until it
    // accepts connections. Whatever a previous owner left behind is taken over: a cluster of this
    // data directory still running after its owner was killed (kill -9, OOM) is stopped (fast
    // shutdown) and started again; a postmaster.pid whose process is gone or is not a PostgreSQL of
    // this directory (after a machine crash the pid may belong to anyone) is removed. Refuses only
    // while another live process manages the same data directory.
    Status start();
    // How stop() ends the server: fast (open transactions are rolled back, a clean checkpoint) or
    // immediate (every process quits at once, as in a crash: the next start recovers from the WAL;
    // fault tests use it).
    enum class StopMode { Fast, Immediate };
    // Shutdown of the cluster in the data directory, whoever started it; waits until the server
    // is gone. Nothing to do when it is not running.
    Status stop(StopMode mode = StopMode::Fast);
    bool isRunning() const { return m_running; }

    quint16 port() const { return m_port; }
    // postgresql://marquee:secret@127.0.0.1:port/database
    QString connectionUrl(const QString &database = QStringLiteral("postgres")) const;

    // The directory holding pg_ctl/initdb/postgres, or an empty string.
    static QString findServerBinDir();

private:
    Status initCluster();
    Status runTool(const QString &tool, const QStringList &arguments, QString *output = nullptr) const;
    bool runsAsOtherUser() const;
    Status lockDataDir();
    Status takeOverLeftovers(const QString &pgdata);

    Options m_options;
    int m_lockFd = -1; // flock()ed while this object manages the cluster; the kernel drops it on a crash
    QString m_password;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace Marquee
