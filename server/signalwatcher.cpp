#include "signalwatcher.h"

#include <QtCore/QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Marquee {

namespace {

int signalFds[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = char(number);
    // Only async-signal-safe calls here.
    [[maybe_unused]] const auto written = ::write(signalFds[0], &byte, 1);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (signalFds[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalFds) != 0)
        qFatal("socketpair failed");
    m_notifier = new QSocketNotifier(signalFds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readSignal);
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(number, &action, nullptr);
}

SignalWatcher::~SignalWatcher()
{
    for (const int number : {SIGTERM, SIGINT, SIGHUP})
        std::signal(number, SIG_DFL);
}

void SignalWatcher::readSignal()
{
    char byte = 0;
    if (::read(signalFds[1], &byte, 1) == 1)
        Q_EMIT terminationRequested(int(byte));
}

} // namespace Marquee
