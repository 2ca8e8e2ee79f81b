#include "layoutcsv.h"

// Placeholder until the CSV reader lands (issue 9, in progress): refuses every file.
namespace Marquee {

CsvImport layoutFromCsv(QByteArrayView, const QString &)
{
    CsvImport result;
    result.problems.append({0, {}, ErrorCode::Internal, QStringLiteral("CSV import is not available yet")});
    return result;
}

QByteArray layoutToCsv(const Layout &)
{
    return {};
}

} // namespace Marquee
