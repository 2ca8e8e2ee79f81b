// libFuzzer target: an uploaded layout document as the server checks it (upload_layout, then
// save_layout_draft): the JSON limits of an upload, the importer, the validator, and the
// canonical export, which must import again.
#include "jsonlimits.h"
#include "layoutjson.h"
#include "layoutvalidator.h"
#include "protocol/layouts.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace Marquee;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!checkJsonLimits(text, JsonLimits { MaxUploadBytes, 16, LayoutLimits::MaxSeats }))
        return 0;
    const Result<Layout> layout = layoutFromJsonText(text);
    if (!layout)
        return 0;
    (void)validateLayout(*layout);
    const Result<Layout> again = layoutFromJson(layoutToJson(*layout));
    const Result<Layout> fromText = layoutFromJsonText(layoutToJsonText(*layout));
    if (!again || !fromText || *again != *fromText)
        __builtin_trap();
    return 0;
}
