#include "serverapp.h"

#include <QtCore/QCoreApplication>

int main(int argc, char *argv[])
{
    // The server needs no GLib integration, and Qt's own event dispatcher serves thousands of
    // sockets for a fraction of the cost (docs/BENCHMARKS.md, push latency).
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marquee-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marquee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    return Marquee::runServer(app);
}
