#include "embeddedpostgres.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include "dblogging.h"

#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtNetwork/QTcpServer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Marquee {

namespace {

const QString passwordFileName = QStringLiteral("marquee-password");
const QString lockFileName = QStringLiteral("marquee.lock");

Error failure(const QString &message)
{
    return makeError(ErrorCode::ServiceDegraded, message);
}

QString randomPassword()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 32; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return out;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

struct Account
{
    uid_t uid = 0;
    gid_t gid = 0;
};

bool lookupAccount(const QString &name, Account *account)
{
    const QByteArray user = name.toLocal8Bit();
    const passwd *pw = ::getpwnam(user.constData());
    if (!pw)
        return false;
    account->uid = pw->pw_uid;
    account->gid = pw->pw_gid;
    return true;
}

// PostgreSQL started through runuser must be able to walk to its data directory.
QString firstUnreachableParent(const QString &dir)
{
    QString path = QFileInfo(dir).absoluteFilePath();
    for (QDir d(QFileInfo(path).absolutePath()); !d.isRoot(); d.setPath(QFileInfo(d.absolutePath()).absolutePath())) {
        struct stat st {};
        const QByteArray native = QFile::encodeName(d.absolutePath());
        if (::stat(native.constData(), &st) == 0 && (st.st_mode & S_IXOTH) == 0)
            return d.absolutePath();
    }
    return {};
}

// The pid in the first line of a postmaster.pid: -1 when there is no such file, 0 when it holds
// none (a start that crashed while writing it). A standalone backend writes its pid negated.
qint64 postmasterPid(const QString &pidFile)
{
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return file.exists() ? 0 : -1;
    bool ok = false;
    const qint64 pid = QString::fromLatin1(file.readLine()).trimmed().toLongLong(&ok);
    return ok ? qAbs(pid) : 0;
}

bool processExists(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

enum class Owner { Ours, Other, Unknown };

// Whether a process is a PostgreSQL of the data directory `canonicalDir`. PostgreSQL's processes
// run with the data directory as their working directory, which tells this cluster's server from
// another cluster's and from whatever process got the pid of a server that went down with the
// machine. Root without CAP_SYS_PTRACE (a container) may not look at another user's working
// directory; the postmaster's command line (`postgres -D <dir> ...`, readable by anyone) tells too.
Owner ownerOf(qint64 pid, const QString &canonicalDir)
{
    if (!processExists(pid))
        return Owner::Other;
    const QString proc = QStringLiteral("/proc/%1").arg(pid);
    if (!QFileInfo::exists(proc))
        return Owner::Unknown; // no /proc here
    // readlink() itself: QFileInfo::canonicalFilePath() answers a link it may not read with the
    // link's own path.
    char target[4096];
    const QByteArray cwdLink = QFile::encodeName(proc + QStringLiteral("/cwd"));
    const ssize_t length = ::readlink(cwdLink.constData(), target, sizeof target);
    if (length > 0 && size_t(length) < sizeof target) {
        const QString cwd = QFile::decodeName(QByteArray(target, qsizetype(length)));
        return QFileInfo(cwd).canonicalFilePath() == canonicalDir ? Owner::Ours : Owner::Other;
    }
    QFile cmdline(proc + QStringLiteral("/cmdline"));
    if (!cmdline.open(QIODevice::ReadOnly))
        return Owner::Unknown;
    const QList<QByteArray> args = cmdline.readAll().split('\0');
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args[i] == "-D" && QFileInfo(QFile::decodeName(args[i + 1])).canonicalFilePath() == canonicalDir)
            return Owner::Ours;
    }
    return Owner::Other;
}

QList<qint64> processesIn(const QString &canonicalDir)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && ownerOf(pid, canonicalDir) == Owner::Ours)
            found.append(pid);
    }
    return found;
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(Options options)
    : m_options(std::move(options))
{
    m_options.dataDir = QFileInfo(m_options.dataDir).absoluteFilePath();
    if (m_options.binDir.isEmpty())
        m_options.binDir = findServerBinDir();
}

EmbeddedPostgres::~EmbeddedPostgres()
{
    if (m_running && m_options.stopOnDestruction) {
        const Status stopped = stop();
        if (!stopped)
            qCWarning(lcEmbeddedPostgres) << "stopping PostgreSQL failed:" << stopped.error().toString();
    }
    if (m_lockFd >= 0)
        ::close(m_lockFd); // releases the lock
}

QString EmbeddedPostgres::findServerBinDir()
{
    const QByteArray fromEnv = qgetenv("MARQUEE_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return QString::fromLocal8Bit(fromEnv);
    // Debian/Ubuntu keep the server binaries out of PATH, one directory per major version.
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        return a.toInt() > b.toInt();
    });
    for (const QString &v : std::as_const(versions)) {
        const QString bin = lib.filePath(v + QStringLiteral("/bin"));
        if (QFileInfo::exists(bin + QStringLiteral("/pg_ctl")))
            return bin;
    }
    const QString pgCtl = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
    return pgCtl.isEmpty() ? QString() : QFileInfo(pgCtl).absolutePath();
}

bool EmbeddedPostgres::runsAsOtherUser() const
{
    return ::geteuid() == 0;
}

Status EmbeddedPostgres::runTool(const QString &tool, const QStringList &arguments, QString *output) const
{
    const QString program = m_options.binDir + u'/' + tool;
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/"));
    process.setProcessChannelMode(QProcess::MergedChannels);
    // Run PostgreSQL's tools in the C locale so that the cluster never depends on the caller's.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("PGDATA"));
    process.setProcessEnvironment(env);
    if (runsAsOtherUser()) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(QStringList{QStringLiteral("-u"), m_options.runAsUser, QStringLiteral("--"), program} + arguments);
    } else {
        process.setProgram(program);
        process.setArguments(arguments);
    }
    process.start();
    if (!process.waitForStarted(10'000))
        return failure(QStringLiteral("cannot run %1: %2").arg(process.program(), process.errorString()));
    process.closeWriteChannel();
    const int timeoutMs = (m_options.startTimeoutSeconds + 30) * 1000;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return failure(QStringLiteral("%1 did not finish in time").arg(tool));
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return failure(QStringLiteral("%1 %2 failed (exit %3): %4")
                           .arg(tool, arguments.value(0))
                           .arg(process.exitCode())
                           .arg(text.trimmed()));
    }
    return {};
}

Status EmbeddedPostgres::initCluster()
{
    if (m_options.binDir.isEmpty())
        return failure(QStringLiteral("PostgreSQL server binaries not found (install postgresql, or set MARQUEE_PG_BINDIR)"));

    Account account;
    if (runsAsOtherUser()) {
        if (!lookupAccount(m_options.runAsUser, &account)) {
            return failure(QStringLiteral("running as root, PostgreSQL needs an unprivileged user, but user '%1' does not exist")
                               .arg(m_options.runAsUser));
        }
        const QString blocked = firstUnreachableParent(m_options.dataDir);
        if (!blocked.isEmpty()) {
            return failure(QStringLiteral("user '%1' cannot enter %2 on the way to %3; choose a data directory under a world-enterable path (e.g. /var/lib/marquee)")
                               .arg(m_options.runAsUser, blocked, m_options.dataDir));
        }
    }

    const QString parent = QFileInfo(m_options.dataDir).absolutePath();
    if (!QDir().mkpath(parent))
        return failure(QStringLiteral("cannot create %1").arg(parent));
    if (!QDir().mkpath(m_options.dataDir))
        return failure(QStringLiteral("cannot create %1").arg(m_options.dataDir));
    const QByteArray nativeDir = QFile::encodeName(m_options.dataDir);
    if (::chmod(nativeDir.constData(), 0700) != 0)
        return failure(QStringLiteral("cannot set the mode of %1").arg(m_options.dataDir));
    if (runsAsOtherUser() && ::chown(nativeDir.constData(), account.uid, account.gid) != 0)
        return failure(QStringLiteral("cannot hand %1 to user '%2'").arg(m_options.dataDir, m_options.runAsUser));

    // initdb reads the superuser password from a file; keep it beside the cluster, readable only
    // by its owner, so that the next start finds it.
    const QString pgdata = m_options.dataDir + QStringLiteral("/pgdata");
    const QString pwFile = m_options.dataDir + u'/' + passwordFileName;
    m_password = randomPassword();
    {
        QFile file(pwFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failure(QStringLiteral("cannot write %1").arg(pwFile));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(m_password.toUtf8() + '\n');
    }
    if (runsAsOtherUser()) {
        const QByteArray nativePw = QFile::encodeName(pwFile);
        if (::chown(nativePw.constData(), account.uid, account.gid) != 0)
            return failure(QStringLiteral("cannot hand %1 to user '%2'").arg(pwFile, m_options.runAsUser));
    }

    qCInfo(lcEmbeddedPostgres) << "creating a PostgreSQL cluster in" << pgdata;
    const Status created = runTool(QStringLiteral("initdb"),
                                   {QStringLiteral("--pgdata=") + pgdata,
                                    QStringLiteral("--username=") + m_options.superuser,
                                    QStringLiteral("--pwfile=") + pwFile,
                                    QStringLiteral("--auth=scram-sha-256"),
                                    QStringLiteral("--encoding=UTF8"),
                                    QStringLiteral("--locale=C"),
                                    QStringLiteral("--no-instructions")});
    if (!created)
        return created;

    // Settings of our own, appended once: loopback TCP only, no Unix socket (its default
    // directory belongs to the distribution's cluster), durability left at PostgreSQL's defaults.
    QFile conf(pgdata + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append))
        return failure(QStringLiteral("cannot append to %1").arg(conf.fileName()));
    conf.write("\n# Added by Marquee's embedded PostgreSQL\n"
               "listen_addresses = '127.0.0.1'\n"
               "unix_socket_directories = ''\n"
               "fsync = on\n"
               "synchronous_commit = on\n"
               "max_connections = 200\n"
               "shared_buffers = 128MB\n"
               "logging_collector = off\n");
    return {};
}

Status EmbeddedPostgres::start()
{
    if (m_running)
        return {};
    const QString pgdata = m_options.dataDir + QStringLiteral("/pgdata");
    if (!QFileInfo::exists(pgdata + QStringLiteral("/PG_VERSION"))) {
        const Status initialised = initCluster();
        if (!initialised)
            return initialised;
    } else {
        QFile file(m_options.dataDir + u'/' + passwordFileName);
        if (!file.open(QIODevice::ReadOnly))
            return failure(QStringLiteral("cannot read the cluster password from %1").arg(file.fileName()));
        m_password = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (const Status locked = lockDataDir(); !locked)
        return locked;
    if (const Status clear = takeOverLeftovers(pgdata); !clear)
        return clear;

    Status started;
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = m_options.port ? m_options.port : freeLoopbackPort();
        if (m_port == 0)
            return failure(QStringLiteral("no free TCP port on 127.0.0.1"));
        started = runTool(QStringLiteral("pg_ctl"),
                          {QStringLiteral("start"), QStringLiteral("--pgdata=") + pgdata, QStringLiteral("--wait"),
                           QStringLiteral("--timeout=%1").arg(m_options.startTimeoutSeconds),
                           QStringLiteral("--log=") + m_options.dataDir + QStringLiteral("/postgresql.log"),
                           QStringLiteral("-o"), QStringLiteral("-p %1").arg(m_port)});
        if (started || m_options.port)
            break;
        // Someone may have taken the probed port in between: try another one.
        qCWarning(lcEmbeddedPostgres) << "PostgreSQL did not start on port" << m_port << "- retrying";
    }
    if (!started) {
        QFile log(m_options.dataDir + QStringLiteral("/postgresql.log"));
        QString tail;
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromLocal8Bit(log.readAll().right(2000));
        return failure(started.error().message + QStringLiteral("\n") + tail);
    }
    m_running = true;
    qCInfo(lcEmbeddedPostgres) << "PostgreSQL is running on 127.0.0.1 port" << m_port;
    return {};
}

// One owner at a time: a lock that the kernel drops when its process dies, however it dies (a lock
// file with a pid in it can outlive a crash; flock() cannot). Taken with O_CLOEXEC so that
// PostgreSQL, started by us, never inherits it.
Status EmbeddedPostgres::lockDataDir()
{
    if (m_lockFd >= 0)
        return {};
    const QByteArray path = QFile::encodeName(m_options.dataDir + u'/' + lockFileName);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return failure(QStringLiteral("cannot open %1: %2").arg(QFile::decodeName(path), QString::fromLocal8Bit(::strerror(errno))));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return failure(QStringLiteral("another process runs the PostgreSQL of %1 (%2 is locked); stop it first or choose another data directory")
                           .arg(m_options.dataDir, QFile::decodeName(path)));
    }
    m_lockFd = fd;
    return {};
}

// Called with the data directory locked, so whatever runs in it was left by an owner that died
// without stopping it: marquee-server killed (kill -9, OOM killer) or the machine gone down.
//
// A cluster still running is stopped (fast shutdown: open transactions of the dead owner are rolled
// back) and started again by start(), rather than reused: the restart is the same path as any
// start, picks up the settings and binaries of now (a minor upgrade of PostgreSQL, a changed port),
// gives a known state, and costs a second or two. Reusing it would have to trust the port and the
// settings of a previous run.
Status EmbeddedPostgres::takeOverLeftovers(const QString &pgdata)
{
    const QString pidFile = pgdata + QStringLiteral("/postmaster.pid");
    const qint64 pid = postmasterPid(pidFile);
    if (pid < 0)
        return {}; // stopped cleanly
    const QString canonicalPgdata = QFileInfo(pgdata).canonicalFilePath();
    const Owner owner = pid > 0 ? ownerOf(pid, canonicalPgdata) : Owner::Other;
    if (owner != Owner::Other) { // ours, or alive and no way to tell: pg_ctl knows
        qCWarning(lcEmbeddedPostgres).noquote()
            << QStringLiteral("PostgreSQL of a previous run (pid %1) still runs in %2: stopping it to start afresh").arg(pid).arg(pgdata);
        const Status stopped = runTool(QStringLiteral("pg_ctl"),
                                       {QStringLiteral("stop"), QStringLiteral("--pgdata=") + pgdata,
                                        QStringLiteral("--mode=fast"), QStringLiteral("--wait")});
        if (!stopped)
            return failure(QStringLiteral("PostgreSQL of a previous run still runs in %1 and did not stop: %2").arg(pgdata, stopped.error().message));
        return {};
    }
    if (pid > 0 && !processExists(pid))
        return {}; // PostgreSQL removes a stale postmaster.pid of a dead process itself
    // A pid file without a pid, or with the pid of an unrelated process (pids are reused after a
    // reboot): PostgreSQL refuses to start over it. It is ours to remove once nothing runs in the
    // data directory; leftover backends of a killed postmaster go away by themselves, quickly.
    const QList<qint64> leftovers = processesIn(canonicalPgdata);
    if (!leftovers.isEmpty()) {
        QStringList pids;
        for (qint64 p : leftovers)
            pids.append(QString::number(p));
        return failure(QStringLiteral("processes of a previous PostgreSQL (%1) still run in %2; try again in a moment")
                           .arg(pids.join(QStringLiteral(", ")), pgdata));
    }
    qCWarning(lcEmbeddedPostgres).noquote()
        << QStringLiteral("removing a stale postmaster.pid from %1 (pid %2 is no PostgreSQL of this cluster)").arg(pgdata).arg(pid);
    if (!QFile::remove(pidFile) && QFileInfo::exists(pidFile))
        return failure(QStringLiteral("cannot remove the stale %1").arg(pidFile));
    return {};
}

Status EmbeddedPostgres::stop(StopMode mode)
{
    const QString pgdata = m_options.dataDir + QStringLiteral("/pgdata");
    // pg_ctl signals whatever pid postmaster.pid names: after a crash that may be another
    // cluster's server, or any process of the same user. Only ours is stopped.
    const qint64 pid = postmasterPid(pgdata + QStringLiteral("/postmaster.pid"));
    if (pid <= 0 || ownerOf(pid, QFileInfo(pgdata).canonicalFilePath()) == Owner::Other) {
        m_running = false;
        return {};
    }
    const Status stopped = runTool(QStringLiteral("pg_ctl"),
                                   {QStringLiteral("stop"), QStringLiteral("--pgdata=") + pgdata,
                                    mode == StopMode::Immediate ? QStringLiteral("--mode=immediate") : QStringLiteral("--mode=fast"),
                                    QStringLiteral("--wait")});
    if (stopped)
        m_running = false;
    return stopped;
}

QString EmbeddedPostgres::connectionUrl(const QString &database) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_options.superuser);
    url.setPassword(m_password);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(u'/' + database);
    // Loopback only and no certificate: don't make libpq try TLS first.
    url.setQuery(QStringLiteral("sslmode=disable"));
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Marquee
