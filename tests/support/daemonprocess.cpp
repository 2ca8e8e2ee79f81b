#include "daemonprocess.h"

#include "testterminal.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <cstdlib>
#include <sys/stat.h>

namespace Marquee::Test {

DaemonProcess::DaemonProcess(QString name)
    : m_name(std::move(name))
{
    QByteArray pattern = QFile::encodeName(QDir::tempPath() + QStringLiteral("/marquee-") + m_name + QStringLiteral("-XXXXXX"));
    if (::mkdtemp(pattern.data()) && ::chmod(pattern.constData(), 0755) == 0)
        m_dir = QFile::decodeName(pattern);
}

DaemonProcess::~DaemonProcess()
{
    stop();
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

QString DaemonProcess::writeFile(const QString &name, const QString &text) const
{
    const QString path = m_dir + u'/' + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(text.toUtf8());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

bool DaemonProcess::start(const QString &program, const QStringList &arguments, quint16 port, int timeoutMs)
{
    const QString path = QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                                                  QStringLiteral("/sbin"), QStringLiteral("/bin")});
    if (path.isEmpty()) {
        m_failure = program + QStringLiteral(" is not installed (installer/bootstrap.sh deps installs it)");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir);
    // Read as it comes (a chatty daemon would block on a full pipe); the last 64 KB are kept.
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(), [this] {
        m_log += QString::fromLocal8Bit(m_process->readAll());
        if (m_log.size() > 65536)
            m_log = m_log.right(65536);
    });
    m_process->start(path, arguments);
    if (!m_process->waitForStarted(5'000)) {
        m_failure = program + QStringLiteral(" did not start: ") + m_process->errorString();
        return false;
    }
    const bool accepting = waitUntil([&] {
        if (m_process->state() == QProcess::NotRunning)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QStringLiteral("127.0.0.1"), port);
        return probe.waitForConnected(200);
    }, timeoutMs);
    if (!accepting)
        m_failure = program + QStringLiteral(" does not accept connections on port ") + QString::number(port);
    return accepting && m_process->state() != QProcess::NotRunning;
}

void DaemonProcess::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(10'000)) {
        m_process->kill();
        m_process->waitForFinished(5'000);
    }
}

bool DaemonProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString DaemonProcess::output() const
{
    return m_failure + u'\n' + m_log;
}

quint16 DaemonProcess::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace Marquee::Test
