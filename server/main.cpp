#include "serverapp.h"

#include <QtCore/QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marquee-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Marquee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MARQUEE_VERSION));
    return Marquee::runServer(app);
}
