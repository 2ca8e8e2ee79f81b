#include "serverprocess.h"

#include "embeddedpostgres.h"
#include "pgconnection.h"
#include "testterminal.h"

#include <gtest/gtest.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtNetwork/QTcpServer>

#include <csignal>
#include <cstdlib>
#include <sys/stat.h>

namespace Marquee::Test {

namespace {

// A new directory under the system's temporary directory, world-enterable: as root, PostgreSQL
// runs as another user that must reach the cluster.
QString makeBaseDir(const QString &prefix)
{
    QByteArray pattern = QFile::encodeName(QDir::tempPath() + u'/' + prefix + QStringLiteral("-XXXXXX"));
    if (::mkdtemp(pattern.data()) && ::chmod(pattern.constData(), 0755) == 0)
        return QFile::decodeName(pattern);
    return {};
}

} // namespace

ServerProcess::ServerProcess(QString binary)
    : m_binary(std::move(binary))
    , m_base(makeBaseDir(QStringLiteral("marquee-server")))
{
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        resume(); // a stalled process cannot stop
    stopProcess();
    if (m_base.isEmpty())
        return;
    if (m_databaseUrl.isEmpty()) {
        EmbeddedPostgres::Options options;
        options.dataDir = dataDir() + QStringLiteral("/postgresql");
        options.stopOnDestruction = false;
        const Status stopped = EmbeddedPostgres(options).stop();
        if (!stopped)
            ADD_FAILURE() << "the server's PostgreSQL did not stop: " << stopped.error().message.toStdString();
    }
    QDir(m_base).removeRecursively();
}

quint16 ServerProcess::start(quint16 port, int timeoutMs, quint16 httpPort)
{
    m_process = std::make_unique<QProcess>();
    m_output.clear();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("MARQUEE_")) && name != QLatin1String("MARQUEE_PG_BINDIR"))
            env.remove(name);
    }
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("marquee.server.info=true"));
    env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                     [this] { m_output += QString::fromLocal8Bit(m_process->readAll()); });
    QStringList arguments = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                             QStringLiteral("--http-port"), QString::number(httpPort), QStringLiteral("--data-dir"), dataDir(),
                             // TestTerminals do not ping; under a sanitizer, signing in 40 of them
                             // outlasts the default 120 s, and the first would be closed as idle.
                             QStringLiteral("--idle-timeout"), QStringLiteral("3600")};
    if (!m_databaseUrl.isEmpty())
        arguments << QStringLiteral("--database-url") << m_databaseUrl;
    if (m_demo)
        arguments << QStringLiteral("--demo");
    m_process->start(m_binary, arguments + m_extraArguments);
    static const QRegularExpression ready(QStringLiteral("marquee-server ready: ws on [0-9.]+:(\\d+).*http://[0-9.]+:(\\d+)"));
    QRegularExpressionMatch match;
    waitUntil([&] {
        match = ready.match(m_output);
        return match.hasMatch() || m_process->state() == QProcess::NotRunning;
    }, timeoutMs);
    m_httpPort = match.hasMatch() ? quint16(match.captured(2).toUInt()) : 0;
    return match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
}

void ServerProcess::killHard()
{
    m_process->kill();
    m_process->waitForFinished(10'000);
}

void ServerProcess::stall()
{
    ::kill(pid_t(m_process->processId()), SIGSTOP);
}

void ServerProcess::resume()
{
    ::kill(pid_t(m_process->processId()), SIGCONT);
}

void ServerProcess::stopProcess()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(30'000)) {
        m_process->kill();
        m_process->waitForFinished(10'000);
    }
    m_output += QString::fromLocal8Bit(m_process->readAll());
}

void ServerProcess::terminate()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->terminate();
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

int ServerProcess::exitCode() const
{
    return m_process ? m_process->exitCode() : -1;
}

int ServerProcess::countInOutput(const QString &text) const
{
    return int(m_output.count(text));
}

TestCluster::TestCluster()
    : m_base(makeBaseDir(QStringLiteral("marquee-cluster")))
{
    // A fixed port, so that the cluster comes back where its clients look for it.
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 0))
        m_port = probe.serverPort();
    EmbeddedPostgres::Options options;
    options.dataDir = m_base + QStringLiteral("/cluster");
    options.port = m_port;
    options.stopOnDestruction = false;
    m_cluster = std::make_unique<EmbeddedPostgres>(options);
}

TestCluster::~TestCluster()
{
    const Status stopped = m_cluster->stop();
    if (!stopped)
        ADD_FAILURE() << "the test's PostgreSQL did not stop: " << stopped.error().message.toStdString();
    m_cluster.reset();
    if (!m_base.isEmpty())
        QDir(m_base).removeRecursively();
}

Status TestCluster::start()
{
    if (m_base.isEmpty() || m_port == 0)
        return makeError(ErrorCode::Internal, QStringLiteral("no directory or no free port for the test's PostgreSQL"));
    return m_cluster->start();
}

Status TestCluster::crash()
{
    return m_cluster->stop(EmbeddedPostgres::StopMode::Immediate);
}

bool TestCluster::isRunning() const
{
    return m_cluster->isRunning();
}

Result<QString> TestCluster::createDatabase(const QString &name)
{
    auto admin = PgConnection::connect(m_cluster->connectionUrl());
    if (!admin)
        return admin.error();
    auto created = admin->exec(QStringLiteral("CREATE DATABASE %1").arg(PgConnection::quoteIdentifier(name)));
    if (!created)
        return created.error();
    return url(name);
}

QString TestCluster::url(const QString &database) const
{
    return m_cluster->connectionUrl(database);
}

} // namespace Marquee::Test
