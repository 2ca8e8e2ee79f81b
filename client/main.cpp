#include "clientapp.h"

#include <QtWidgets/QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("marquee"));
    QApplication::setApplicationDisplayName(QStringLiteral("Marquee"));
    QApplication::setOrganizationName(QStringLiteral("Marquee"));
    QApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    return Marquee::runClient(app);
}
