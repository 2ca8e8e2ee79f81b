#include "embeddedpostgres.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include "logging.h"

#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStandardPaths>
#include <QtCore/QUrl>
#include <QtNetwork/QTcpServer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>



namespace Marquee {

namespace {

const QString passwordFileName = QStringLiteral("marquee-password");

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

Status EmbeddedPostgres::stop()
{
    const QString pgdata = m_options.dataDir + QStringLiteral("/pgdata");
    if (!QFileInfo::exists(pgdata + QStringLiteral("/postmaster.pid"))) {
        m_running = false;
        return {};
    }
    const Status stopped = runTool(QStringLiteral("pg_ctl"),
                                   {QStringLiteral("stop"), QStringLiteral("--pgdata=") + pgdata,
                                    QStringLiteral("--mode=fast"), QStringLiteral("--wait")});
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
