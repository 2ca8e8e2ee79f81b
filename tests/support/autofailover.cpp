#include "autofailover.h"

#include "embeddedpostgres.h"
#include "pgconnection.h"
#include "testterminal.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QTcpServer>

#include <csignal>
#include <cstdlib>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Marquee::Test {

namespace {

Error failure(const QString &message)
{
    return makeError(ErrorCode::Internal, message);
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// PostgreSQL refuses root: as root, pg_autoctl and its PostgreSQL run as this user.
const QString serviceUser = QStringLiteral("postgres");

QString currentUserName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// Every process whose working directory (PostgreSQL's processes run in their data directory) or
// command line is in `dir`.
QList<pid_t> processesUnder(const QString &dir)
{
    QList<pid_t> found;
    const QString prefix = dir + u'/';
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = pid_t(entry.toInt(&ok));
        if (!ok || pid == ::getpid())
            continue;
        const QString cwd = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget();
        bool ours = cwd == dir || cwd.startsWith(prefix);
        if (!ours) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            if (cmdline.open(QIODevice::ReadOnly))
                ours = QString::fromLocal8Bit(cmdline.readAll().replace('\0', ' ')).contains(prefix);
        }
        if (ours)
            found.append(pid);
    }
    return found;
}

// Throttles a condition that asks PostgreSQL, inside waitUntil()'s 10 ms loop.
std::function<bool()> every(int ms, std::function<bool()> condition)
{
    auto clock = std::make_shared<QElapsedTimer>();
    return [clock, ms, condition = std::move(condition)] {
        if (clock->isValid() && clock->elapsed() < ms)
            return false;
        clock->start();
        return condition();
    };
}

} // namespace

AutoFailoverCluster::AutoFailoverCluster()
    : m_binDir(EmbeddedPostgres::findServerBinDir())
    , m_superuser(runningAsRoot() ? serviceUser : currentUserName())
{
    // World-enterable, and the service user's: pg_autoctl creates the data and XDG directories.
    QByteArray pattern = QFile::encodeName(QDir::tempPath() + QStringLiteral("/marquee-failover-XXXXXX"));
    if (!::mkdtemp(pattern.data()) || ::chmod(pattern.constData(), 0755) != 0)
        return;
    if (runningAsRoot()) {
        const passwd *pw = ::getpwnam(serviceUser.toLocal8Bit().constData());
        if (!pw || ::chown(pattern.constData(), pw->pw_uid, pw->pw_gid) != 0)
            return;
    }
    m_base = QFile::decodeName(pattern);
}

AutoFailoverCluster::~AutoFailoverCluster()
{
    stopAll();
    if (!m_base.isEmpty())
        QDir(m_base).removeRecursively();
}

QString AutoFailoverCluster::pgdata(int node) const
{
    return node == 0 ? m_base + QStringLiteral("/monitor") : m_base + QStringLiteral("/node%1").arg(node);
}

QString AutoFailoverCluster::url() const
{
    // connect_timeout: a primary whose machine is gone without a word (no RST) costs 2 s per try.
    return QStringLiteral("postgresql://marquee@127.0.0.1:%1,127.0.0.1:%2/marquee?target_session_attrs=read-write&connect_timeout=2")
        .arg(m_ports[1])
        .arg(m_ports[2]);
}

QString AutoFailoverCluster::adminUrl(int node, const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?connect_timeout=2").arg(m_superuser).arg(m_ports[std::size_t(node)]).arg(database);
}

QStringList AutoFailoverCluster::command(const QStringList &arguments) const
{
    QStringList cmd;
    if (runningAsRoot())
        cmd << QStringLiteral("runuser") << QStringLiteral("-u") << serviceUser << QStringLiteral("--");
    // Through env: runuser keeps the environment only in part. pg_autoctl finds pg_ctl, initdb and
    // pg_basebackup on PATH, and keeps its configuration and state under the XDG directories.
    const QString path = qEnvironmentVariable("PATH", QStringLiteral("/usr/bin:/bin"));
    cmd << QStringLiteral("env") << QStringLiteral("PATH=%1:%2").arg(m_binDir, path)
        << QStringLiteral("XDG_CONFIG_HOME=%1/xdg/config").arg(m_base) << QStringLiteral("XDG_DATA_HOME=%1/xdg/data").arg(m_base)
        << QStringLiteral("XDG_RUNTIME_DIR=%1/xdg/run").arg(m_base) << QStringLiteral("LC_ALL=C");
    cmd << QStringLiteral("pg_autoctl") << arguments;
    return cmd;
}

namespace {

void prepare(QProcess &process)
{
    process.setWorkingDirectory(QStringLiteral("/"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("PG")))
            env.remove(name);
    }
    process.setProcessEnvironment(env);
}

} // namespace

Status AutoFailoverCluster::runTool(const QStringList &arguments, int timeoutMs, QString *output) const
{
    const QStringList cmd = command(arguments);
    QProcess process;
    prepare(process);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(cmd.first(), cmd.mid(1));
    if (!process.waitForStarted(10'000))
        return failure(QStringLiteral("cannot run %1: %2").arg(cmd.join(u' '), process.errorString()));
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        return failure(QStringLiteral("pg_autoctl %1 did not finish in time").arg(arguments.join(u' ')));
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return failure(QStringLiteral("pg_autoctl %1 failed (exit %2):\n%3").arg(arguments.join(u' ')).arg(process.exitCode()).arg(text.trimmed()));
    return {};
}

std::unique_ptr<QProcess> AutoFailoverCluster::startService(const QStringList &arguments, const QString &logName) const
{
    const QStringList cmd = command(arguments);
    auto process = std::make_unique<QProcess>();
    prepare(*process);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(m_base + u'/' + logName, QIODevice::Append);
    // A process group of its own: stopPrimaryHard() and the clean-up kill the whole tree with
    // one signal (pg_autoctl, its PostgreSQL and the backends stay in the group).
    process->setChildProcessModifier([] { ::setsid(); });
    process->start(cmd.first(), cmd.mid(1));
    process->waitForStarted(10'000);
    return process;
}

Status AutoFailoverCluster::start(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    if (m_base.isEmpty())
        return failure(QStringLiteral("cannot create a directory for pg_auto_failover that user %1 can use").arg(serviceUser));
    if (QStandardPaths::findExecutable(QStringLiteral("pg_autoctl"), {m_binDir}).isEmpty()
        && QStandardPaths::findExecutable(QStringLiteral("pg_autoctl")).isEmpty())
        return failure(QStringLiteral("pg_autoctl not found: install postgresql-15-auto-failover and pg-auto-failover-cli"));
    if (m_binDir.isEmpty() || !QFileInfo::exists(m_binDir + QStringLiteral("/pg_ctl")))
        return failure(QStringLiteral("PostgreSQL's server binaries (pg_ctl) not found"));
    if (m_superuser.isEmpty())
        return failure(QStringLiteral("no name for the current user"));
    {
        // Three free ports, taken at once so that they differ.
        QTcpServer probes[3];
        for (std::size_t i = 0; i < 3; ++i) {
            if (!probes[i].listen(QHostAddress::LocalHost, 0))
                return failure(QStringLiteral("no free port on 127.0.0.1"));
            m_ports[i] = probes[i].serverPort();
        }
    }
    const auto remaining = [&] { return std::max<qint64>(1'000, timeoutMs - clock.elapsed()); };
    const QString pgCtl = m_binDir + QStringLiteral("/pg_ctl");

    // The monitor, on 127.0.0.1 only (it has no --listen; it would listen on every interface).
    Status done = runTool({QStringLiteral("create"), QStringLiteral("monitor"), QStringLiteral("--pgdata"), pgdata(0),
                           QStringLiteral("--pgctl"), pgCtl, QStringLiteral("--pgport"), QString::number(m_ports[0]),
                           QStringLiteral("--hostname"), QStringLiteral("127.0.0.1"), QStringLiteral("--auth"), QStringLiteral("trust"),
                           QStringLiteral("--no-ssl")},
                          int(remaining()));
    if (done)
        done = runTool({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("--pgdata"), pgdata(0),
                        QStringLiteral("postgresql.listen_addresses"), QStringLiteral("127.0.0.1")},
                       30'000);
    if (!done)
        return done;
    m_services[0] = startService({QStringLiteral("run"), QStringLiteral("--pgdata"), pgdata(0)}, QStringLiteral("monitor.log"));

    // Fast failure detection: the defaults take 50 s to fail over from a lost primary, mostly
    // primary_demote_timeout (30 s); these about 8 s.
    QString lastError;
    const bool monitorUp = waitUntil(every(200, [&] {
        auto monitor = PgConnection::connect(adminUrl(0, QStringLiteral("pg_auto_failover")));
        if (!monitor) {
            lastError = monitor.error().message;
            return false;
        }
        const QStringList settings = {QStringLiteral("health_check_period = 1000"), QStringLiteral("health_check_timeout = 1000"),
                                      QStringLiteral("health_check_retry_delay = 500"),
                                      QStringLiteral("node_considered_unhealthy_timeout = 3000"),
                                      QStringLiteral("primary_demote_timeout = 5000")};
        for (const QString &setting : settings) {
            auto set = monitor->exec(QStringLiteral("ALTER SYSTEM SET pgautofailover.") + setting);
            if (!set) {
                lastError = set.error().message;
                return false;
            }
        }
        auto reloaded = monitor->exec(QStringLiteral("SELECT pg_reload_conf()"));
        if (!reloaded)
            lastError = reloaded.error().message;
        return bool(reloaded);
    }), int(remaining()));
    if (!monitorUp)
        return failure(QStringLiteral("the pg_auto_failover monitor did not come up: %1\n%2").arg(lastError, logTail()));

    const QString monitorUrl = QStringLiteral("postgres://autoctl_node@127.0.0.1:%1/pg_auto_failover?sslmode=disable").arg(m_ports[0]);
    const auto createNode = [&](int node) {
        m_services[std::size_t(node)] = startService(
            {QStringLiteral("create"), QStringLiteral("postgres"), QStringLiteral("--pgdata"), pgdata(node), QStringLiteral("--pgctl"), pgCtl,
             QStringLiteral("--pgport"), QString::number(m_ports[std::size_t(node)]), QStringLiteral("--hostname"), QStringLiteral("127.0.0.1"),
             QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--name"), QStringLiteral("node%1").arg(node),
             QStringLiteral("--auth"), QStringLiteral("trust"), QStringLiteral("--no-ssl"), QStringLiteral("--monitor"), monitorUrl,
             QStringLiteral("--run")},
            QStringLiteral("node%1.log").arg(node));
    };
    // Node 1 first, so that it is the primary.
    createNode(1);
    if (!waitUntil(every(200, [&] { return primaryNode() == 1; }), int(remaining())))
        return failure(QStringLiteral("node 1 did not become the primary: %1\n%2").arg(describeState(), logTail()));
    createNode(2);
    // Node 2's base backup waits for a checkpoint on node 1, a spread one (7 s here): an
    // immediate CHECKPOINT finishes it at once.
    // Done when the primary replicates to it synchronously: the monitor may say "secondary" a
    // moment before the primary's synchronous_standby_names names it (sync_state still async).
    const bool secondary = waitUntil(every(300, [&] {
        auto primary = PgConnection::connect(adminUrl(1));
        if (!primary)
            return false;
        static_cast<void>(primary->exec(QStringLiteral("CHECKPOINT")));
        if (primaryNode() != 1 || !describeState().contains(QLatin1String("node 2: secondary -> secondary")))
            return false;
        auto sync = primary->exec(QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE sync_state IN ('sync', 'quorum')"));
        return sync && sync->rowCount() == 1 && sync->value(0, 0) == QLatin1String("1");
    }), int(remaining()));
    if (!secondary)
        return failure(QStringLiteral("node 2 did not become a synchronous secondary: %1\n%2").arg(describeState(), logTail()));

    // The application's role and database (btree_gist needs a superuser).
    auto primary = PgConnection::connect(adminUrl(1));
    if (!primary)
        return primary.error();
    for (const QString &sql : {QStringLiteral("CREATE ROLE marquee LOGIN"), QStringLiteral("CREATE DATABASE marquee OWNER marquee")}) {
        auto created = primary->exec(sql);
        if (!created)
            return created.error();
    }
    auto database = PgConnection::connect(adminUrl(1, QStringLiteral("marquee")));
    if (!database)
        return database.error();
    auto extension = database->exec(QStringLiteral("CREATE EXTENSION btree_gist"));
    if (!extension)
        return extension.error();
    m_setUpMs = clock.elapsed();
    return {};
}

QString AutoFailoverCluster::describeState() const
{
    auto monitor = PgConnection::connect(adminUrl(0, QStringLiteral("pg_auto_failover")));
    if (!monitor)
        return monitor.error().message;
    auto nodes = monitor->exec(QStringLiteral("SELECT nodeid, reportedstate, goalstate FROM pgautofailover.node ORDER BY nodeid"));
    if (!nodes)
        return nodes.error().message;
    QStringList parts;
    for (int row = 0; row < nodes->rowCount(); ++row)
        parts.append(QStringLiteral("node %1: %2 -> %3").arg(nodes->value(row, 0), nodes->value(row, 1), nodes->value(row, 2)));
    return parts.join(QStringLiteral(", "));
}

int AutoFailoverCluster::primaryNode() const
{
    auto monitor = PgConnection::connect(adminUrl(0, QStringLiteral("pg_auto_failover")));
    if (!monitor)
        return 0;
    auto nodes = monitor->exec(QStringLiteral("SELECT nodeid FROM pgautofailover.node WHERE reportedstate = goalstate"
                                              " AND reportedstate IN ('single', 'wait_primary', 'primary')"));
    return nodes && nodes->rowCount() == 1 ? nodes->value(0, 0).toInt() : 0;
}

bool AutoFailoverCluster::waitForPrimary(int node, int timeoutMs)
{
    return waitUntil(every(200, [&] {
        if (primaryNode() != node)
            return false;
        auto db = PgConnection::connect(adminUrl(node));
        if (!db)
            return false;
        auto writable = db->exec(QStringLiteral("SELECT NOT pg_is_in_recovery()"));
        return writable && writable->rowCount() == 1 && writable->value(0, 0) == QLatin1String("t");
    }), timeoutMs);
}

bool AutoFailoverCluster::waitForSecondary(int node, int timeoutMs)
{
    const QString wanted = QStringLiteral("node %1: secondary -> secondary").arg(node);
    return waitUntil(every(300, [&] { return describeState().contains(wanted); }), timeoutMs);
}

Result<int> AutoFailoverCluster::stopPrimaryHard()
{
    const int node = primaryNode();
    if (node == 0)
        return failure(QStringLiteral("no primary to stop: %1").arg(describeState()));
    QProcess *service = m_services[std::size_t(node)].get();
    if (!service || service->state() == QProcess::NotRunning)
        return failure(QStringLiteral("node %1's pg_autoctl is not running").arg(node));
    // The postmaster by its pid file too, in case it ever left pg_autoctl's process group.
    QFile pidFile(pgdata(node) + QStringLiteral("/postmaster.pid"));
    const pid_t postmaster = pidFile.open(QIODevice::ReadOnly) ? pid_t(pidFile.readLine().trimmed().toInt()) : 0;
    ::kill(-pid_t(service->processId()), SIGKILL);
    if (postmaster > 0)
        ::kill(postmaster, SIGKILL);
    for (pid_t pid : processesUnder(pgdata(node)))
        ::kill(pid, SIGKILL);
    service->waitForFinished(5'000);
    return node;
}

Status AutoFailoverCluster::performFailover()
{
    m_failover = startService({QStringLiteral("perform"), QStringLiteral("failover"), QStringLiteral("--pgdata"), pgdata(0)},
                              QStringLiteral("perform-failover.log"));
    if (m_failover->state() == QProcess::NotRunning && m_failover->exitCode() != 0)
        return failure(QStringLiteral("pg_autoctl perform failover did not start: %1").arg(m_failover->errorString()));
    return {};
}

bool AutoFailoverCluster::failoverRefused() const
{
    return m_failover && m_failover->state() == QProcess::NotRunning
           && (m_failover->exitStatus() != QProcess::NormalExit || m_failover->exitCode() != 0);
}

QString AutoFailoverCluster::logTail(int lines) const
{
    QString out;
    for (const QString &name : QDir(m_base).entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name)) {
        QFile file(m_base + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QStringList all = QString::fromLocal8Bit(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        out += QStringLiteral("--- %1\n%2\n").arg(name, all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n'));
    }
    return out;
}

void AutoFailoverCluster::stopAll()
{
    if (m_base.isEmpty())
        return;
    // pg_autoctl stop only signals the service; it stops its PostgreSQL and exits. The data is
    // thrown away: immediate.
    for (int node : {2, 1, 0}) {
        QProcess *service = m_services[std::size_t(node)].get();
        if (service && service->state() != QProcess::NotRunning)
            static_cast<void>(runTool({QStringLiteral("stop"), QStringLiteral("--pgdata"), pgdata(node), QStringLiteral("--immediate")}, 10'000));
    }
    QElapsedTimer clock;
    clock.start();
    for (auto *process : {m_services[0].get(), m_services[1].get(), m_services[2].get(), m_failover.get()}) {
        if (process && process->state() != QProcess::NotRunning && !process->waitForFinished(int(std::max<qint64>(100, 15'000 - clock.elapsed()))))
            ::kill(-pid_t(process->processId()), SIGKILL);
    }
    killLeftovers();
    for (auto *process : {m_services[0].get(), m_services[1].get(), m_services[2].get(), m_failover.get()}) {
        if (process)
            process->waitForFinished(5'000);
    }
}

void AutoFailoverCluster::killLeftovers()
{
    // A PostgreSQL that outlived its pg_autoctl (and anything else still in the directory).
    for (int attempt = 0; attempt < 50; ++attempt) {
        const QList<pid_t> left = processesUnder(m_base);
        if (left.isEmpty())
            return;
        for (pid_t pid : left)
            ::kill(pid, SIGKILL);
        ::usleep(100'000);
    }
}

} // namespace Marquee::Test
