#include "jsonlimits.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QVarLengthArray>

namespace Marquee {

namespace {

Error malformed(qsizetype offset, const QString &why)
{
    return makeError(ErrorCode::MalformedJson, QStringLiteral("%1 at byte %2").arg(why).arg(offset));
}

// Length of the UTF-8 sequence starting at bytes[i], or 0 when it is not valid UTF-8 (overlong
// forms, surrogates, code points beyond U+10FFFF and truncated sequences are all invalid).
qsizetype utf8SequenceLength(QByteArrayView bytes, qsizetype i)
{
    const auto at = [&bytes](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char c = at(i);
    if (c < 0x80)
        return 1;
    qsizetype length = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        else if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            lo = 0x90; // overlong
        else if (c == 0xF4)
            hi = 0x8F; // beyond U+10FFFF
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        const unsigned char b = at(i + k);
        const unsigned char low = k == 1 ? lo : 0x80;
        const unsigned char high = k == 1 ? hi : 0xBF;
        if (b < low || b > high)
            return 0;
    }
    return length;
}

} // namespace

Status checkJsonLimits(QByteArrayView bytes, const JsonLimits &limits)
{
    if (bytes.size() > limits.maxBytes) {
        return makeError(ErrorCode::FrameTooLarge,
                         QStringLiteral("the frame has %1 bytes; at most %2 are allowed")
                             .arg(bytes.size())
                             .arg(limits.maxBytes));
    }
    // One entry per open container: -1 for an object, else the number of commas seen so far in
    // an array (its element count minus one once it has an element).
    QVarLengthArray<qsizetype, 32> stack;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size();) {
        const char c = bytes[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            const qsizetype length = utf8SequenceLength(bytes, i);
            if (length == 0)
                return malformed(i, QStringLiteral("invalid UTF-8"));
            i += length;
            escaped = false;
            continue;
        }
        ++i;
        if (inString) {
            if (static_cast<unsigned char>(c) < 0x20)
                return malformed(i - 1, QStringLiteral("unescaped control character in a string"));
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (stack.size() >= limits.maxDepth) {
                return makeError(
                    ErrorCode::TooDeep,
                    QStringLiteral("nesting deeper than %1 at byte %2").arg(limits.maxDepth).arg(i - 1));
            }
            stack.append(c == '{' ? -1 : 0);
            break;
        case ']':
        case '}':
            if (stack.isEmpty())
                return malformed(i - 1, QStringLiteral("unbalanced '%1'").arg(QLatin1Char(c)));
            stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && stack.last() >= 0) {
                ++stack.last();
                if (limits.maxArrayItems > 0 && stack.last() >= limits.maxArrayItems) {
                    return makeError(ErrorCode::TooManyItems,
                                     QStringLiteral("an array has more than %1 elements (byte %2)")
                                         .arg(limits.maxArrayItems)
                                         .arg(i - 1));
                }
            }
            break;
        default:
            break;
        }
    }
    return {};
}

Result<QJsonObject> parseJsonObject(QByteArrayView bytes, const JsonLimits &limits)
{
    if (const Status checked = checkJsonLimits(bytes, limits); !checked)
        return checked.error();
    if (bytes.isEmpty())
        return malformed(0, QStringLiteral("empty frame"));
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonDocument accepts only objects and arrays at the top; tell a valid scalar ("x", 1,
        // null) from garbage by parsing it inside an array.
        const QByteArray trimmed = bytes.toByteArray().trimmed();
        if (!trimmed.isEmpty() && trimmed.front() != '{' && trimmed.front() != '[') {
            QJsonParseError wrappedError;
            QJsonDocument::fromJson('[' + trimmed + ']', &wrappedError);
            if (wrappedError.error == QJsonParseError::NoError) {
                return makeError(ErrorCode::NotAnObject,
                                 QStringLiteral("the top level must be a JSON object"));
            }
        }
        return malformed(parseError.offset, parseError.errorString());
    }
    if (!document.isObject()) {
        return makeError(ErrorCode::NotAnObject, QStringLiteral("the top level must be a JSON object"));
    }
    return document.object();
}

} // namespace Marquee
