#pragma once

#include "result.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QJsonObject>

namespace Marquee {

// Limits for decoding untrusted JSON (WebSocket frames, uploaded files).
struct JsonLimits
{
    // Largest accepted input in bytes (FrameTooLarge beyond).
    qsizetype maxBytes = 64 * 1024;
    // Deepest accepted nesting of arrays and objects; the top-level object is depth 1 (TooDeep).
    int maxDepth = 16;
    // Most elements in any one array (TooManyItems); 0 means no limit of its own.
    qsizetype maxArrayItems = 10000;

    friend bool operator==(const JsonLimits &, const JsonLimits &) = default;
};

// Checks size, UTF-8 validity, nesting depth and array lengths with one cheap pass over the bytes
// (strings and escapes respected), without building anything. The same pass refuses what the
// parser would silently accept or change: a key twice in one object at any depth (QJsonDocument
// keeps the last; another parser may read the first), compared after unescaping, and a lone
// surrogate escape ("\ud800": no UTF-8 string holds it). Both are MalformedJson; a duplicate key
// has `where` set to a JSON pointer to its second occurrence ("/body/seatIds"). It does not check
// the JSON grammar fully: that is the parser's job once the input is known to be harmless.
Status checkJsonLimits(QByteArrayView bytes, const JsonLimits &limits);

// Decodes untrusted bytes into a JSON object: checkJsonLimits first, then QJsonDocument.
// Errors: FrameTooLarge, MalformedJson (invalid UTF-8 or JSON, a duplicate key, a lone surrogate;
// the byte offset in the message), TooDeep, TooManyItems, NotAnObject (valid JSON whose top level
// is not an object). `where` stays empty for these frame-level errors but a duplicate key's.
// Never crashes, whatever the input.
Result<QJsonObject> parseJsonObject(QByteArrayView bytes, const JsonLimits &limits = {});

// A JSON-pointer reference token (RFC 6901): '~' as "~0", '/' as "~1".
QString jsonPointerToken(QStringView key);

} // namespace Marquee
