#include "layoutexport.h"

#include <QtCore/QCoreApplication>

// Placeholder until the plan export lands (issue 9, in progress).
namespace Marquee {

bool exportLayoutPdf(const Layout &, const QString &, QString *error)
{
    if (error)
        *error = QCoreApplication::translate("Marquee::LayoutExport", "Export is not available yet.");
    return false;
}

bool exportLayoutSvg(const Layout &layout, const QString &path, QString *error)
{
    return exportLayoutPdf(layout, path, error);
}

} // namespace Marquee
