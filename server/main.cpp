#include "serverapp.h"

#include <QtGui/QGuiApplication>

int main(int argc, char *argv[])
{
    // The server needs no GLib integration, and Qt's own event dispatcher serves thousands of
    // sockets for a fraction of the cost (docs/BENCHMARKS.md, push latency).
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // A QGuiApplication for the e-mailed tickets' PDF (fonts, QPdfWriter), never on a display:
    // the offscreen platform, whatever the environment says (a DISPLAY or WAYLAND_DISPLAY left
    // in a service's environment must not decide whether the server starts).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marquee-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marquee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    return Marquee::runServer(app);
}
