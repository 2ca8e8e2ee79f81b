#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

class QProcess;

namespace Marquee::Test {

// A daemon from Debian's packages that a test starts in the foreground (haproxy -db, pgbouncer),
// with its configuration in a directory of its own; stopped (SIGTERM, then SIGKILL) and its
// directory removed when this object goes. A missing program fails the test: it is never a skip.
class DaemonProcess
{
public:
    explicit DaemonProcess(QString name);
    ~DaemonProcess();
    DaemonProcess(const DaemonProcess &) = delete;
    DaemonProcess &operator=(const DaemonProcess &) = delete;

    // The daemon's directory (world-readable: a daemon that drops root reads its files there).
    QString dir() const { return m_dir; }
    // Writes `text` to dir()/name and returns its path.
    QString writeFile(const QString &name, const QString &text) const;
    // Starts `program` (found on PATH, /usr/sbin included) and waits until it accepts TCP
    // connections on 127.0.0.1:`port`; false with the reason in output() otherwise.
    bool start(const QString &program, const QStringList &arguments, quint16 port, int timeoutMs = 15'000);
    void stop();
    bool isRunning() const;
    QString output() const;

    // A free TCP port of 127.0.0.1 (free when asked).
    static quint16 freePort();

private:
    QString m_name;
    QString m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_failure;
    QString m_log;
};

} // namespace Marquee::Test
