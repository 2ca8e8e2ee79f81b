#pragma once

#include <QtCore/QObject>

class QSocketNotifier;

namespace Marquee {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the event loop (self-pipe), so that the
// server shuts down gracefully: stop accepting, finish what is in flight, stop PostgreSQL.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Marquee
