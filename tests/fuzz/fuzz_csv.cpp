// libFuzzer target: a CSV seat list as the studio imports it, with and without known categories;
// a list that imports must export and import again to the same seats, and validate.
#include "layoutcsv.h"
#include "layoutvalidator.h"

#include <cstddef>
#include <cstdint>

using namespace Marquee;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView csv(data, qsizetype(size));
    const CsvImport imported = layoutFromCsv(csv, QStringLiteral("fuzz"));
    static const QList<Category> known { Category { QStringLiteral("std"), QStringLiteral("Standard"),
                                                    QStringLiteral("#3366cc") } };
    (void)layoutFromCsv(csv, QStringLiteral("fuzz"), known);
    if (!imported.layout)
        return 0;
    (void)validateLayout(*imported.layout);
    for (const CsvSeparator separator : { CsvSeparator::Comma, CsvSeparator::Semicolon }) {
        const CsvImport again = layoutFromCsv(layoutToCsv(*imported.layout, separator), QStringLiteral("fuzz"));
        if (!again.layout || again.layout->seatCount() != imported.layout->seatCount())
            __builtin_trap();
    }
    return 0;
}
