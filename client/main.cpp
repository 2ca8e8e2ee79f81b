#include "clientapp.h"

#include <QtWidgets/QApplication>

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("marquee"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marquee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version work without a display (on a server, over ssh, in an installer).
    if (Marquee::asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        return Marquee::showHelpOrVersion(app);
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Marquee"));
    return Marquee::runClient(app);
}
