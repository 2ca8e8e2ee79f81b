#include "jsonlimits.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QSet>
#include <QtCore/QVarLengthArray>

#include <deque>
#include <memory>
#include <vector>

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

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the "\uXXXX" escape whose backslash is at bytes[i], or -1.
int unicodeEscape(QByteArrayView bytes, qsizetype i)
{
    if (i + 6 > bytes.size() || bytes[i] != '\\' || bytes[i + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype k = i + 2; k < i + 6; ++k) {
        const int digit = hexDigit(bytes[k]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xD800 && unit <= 0xDBFF;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// The one pass of checkJsonLimits(). Keys are compared as the parser will read them: a key is
// kept as its bytes when it has no escapes, else decoded to UTF-8 (so "a" and "\u0061" are one
// key).
class Scanner
{
public:
    Scanner(QByteArrayView bytes, const JsonLimits &limits)
        : m_bytes(bytes)
        , m_limits(limits)
    {
    }

    Status run();

private:
    struct Level
    {
        bool object = false;
        qsizetype commas = 0; // an array's: the index of its current element
        qsizetype firstKey = 0; // the index in m_keys of an object's first key
    };
    // An object with more keys than this looks them up in a (seeded) hash set.
    static constexpr qsizetype LinearKeys = 16;

    Status string(qsizetype &i, bool key);
    QByteArrayView decodeKey(QByteArrayView raw);
    Status addKey(QByteArrayView key, qsizetype at);
    void closeObject();
    QString pointer() const;

    QByteArrayView m_bytes;
    const JsonLimits &m_limits;
    QVarLengthArray<Level, 32> m_stack;
    QVarLengthArray<QByteArrayView, 64> m_keys; // the keys of the open objects, outermost first
    std::deque<QByteArray> m_decoded; // keys with escapes, decoded (m_keys views them)
    std::vector<std::unique_ptr<QSet<QByteArrayView>>> m_keySets; // per depth, for objects of many keys
};

Status Scanner::run()
{
    const QByteArrayView bytes = m_bytes;
    bool expectKey = false; // after '{' and after an object's ','
    for (qsizetype i = 0; i < bytes.size();) {
        const char c = bytes[i];
        if (static_cast<unsigned char>(c) >= 0x80) {
            const qsizetype length = utf8SequenceLength(bytes, i);
            if (length == 0)
                return malformed(i, QStringLiteral("invalid UTF-8"));
            i += length;
            continue;
        }
        switch (c) {
        case '"': {
            const bool key = expectKey && m_stack.last().object;
            expectKey = false;
            if (Status scanned = string(i, key); !scanned)
                return scanned;
            continue;
        }
        case '[':
        case '{':
            if (m_stack.size() >= m_limits.maxDepth) {
                return makeError(ErrorCode::TooDeep,
                                 QStringLiteral("nesting deeper than %1 at byte %2").arg(m_limits.maxDepth).arg(i));
            }
            m_stack.append(Level { c == '{', 0, m_keys.size() });
            expectKey = c == '{';
            break;
        case ']':
        case '}':
            if (m_stack.isEmpty())
                return malformed(i, QStringLiteral("unbalanced '%1'").arg(QLatin1Char(c)));
            if (m_stack.last().object)
                closeObject();
            m_stack.removeLast();
            expectKey = false;
            break;
        case ',':
            if (m_stack.isEmpty())
                break;
            expectKey = m_stack.last().object;
            if (!expectKey && ++m_stack.last().commas >= m_limits.maxArrayItems && m_limits.maxArrayItems > 0) {
                return makeError(ErrorCode::TooManyItems, QStringLiteral("an array has more than %1 elements (byte %2)")
                                                              .arg(m_limits.maxArrayItems)
                                                              .arg(i));
            }
            break;
        default:
            break;
        }
        ++i;
    }
    return {};
}

// The string whose opening quote is at bytes[i]: leaves i after its closing quote, or at the end
// of an unterminated string (the parser reports that).
Status Scanner::string(qsizetype &i, bool key)
{
    const QByteArrayView bytes = m_bytes;
    const qsizetype quote = i;
    bool escapes = false;
    for (++i; i < bytes.size();) {
        const char c = bytes[i];
        if (c == '"') {
            ++i;
            if (!key)
                return {};
            const QByteArrayView raw = bytes.sliced(quote + 1, i - quote - 2);
            return addKey(escapes ? decodeKey(raw) : raw, quote);
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
            const qsizetype length = utf8SequenceLength(bytes, i);
            if (length == 0)
                return malformed(i, QStringLiteral("invalid UTF-8"));
            i += length;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return malformed(i, QStringLiteral("unescaped control character in a string"));
        if (c != '\\') {
            ++i;
            continue;
        }
        escapes = true;
        if (i + 1 == bytes.size())
            return {};
        switch (bytes[i + 1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            i += 2;
            break;
        case 'u': {
            // A surrogate is only valid as the first of a pair (RFC 8259 section 8.2): a lone one
            // would become a string that no UTF-8 can hold.
            const int unit = unicodeEscape(bytes, i);
            if (unit < 0)
                return malformed(i, QStringLiteral("a \\u escape needs four hex digits"));
            if (isLowSurrogate(unit) || (isHighSurrogate(unit) && !isLowSurrogate(unicodeEscape(bytes, i + 6))))
                return malformed(i, QStringLiteral("a lone surrogate in a \\u escape"));
            i += isHighSurrogate(unit) ? 12 : 6;
            break;
        }
        default:
            return malformed(i, QStringLiteral("an invalid escape in a string"));
        }
    }
    return {};
}

// A key whose escapes string() has checked, as UTF-8.
QByteArrayView Scanner::decodeKey(QByteArrayView raw)
{
    QByteArray &out = m_decoded.emplace_back();
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        if (raw[i] != '\\') {
            out += raw[i++];
            continue;
        }
        const char escape = raw[i + 1];
        i += 2;
        switch (escape) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            const int unit = unicodeEscape(raw, i - 2);
            char32_t codePoint = char32_t(unit);
            i += 4;
            if (isHighSurrogate(unit)) {
                codePoint = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(unicodeEscape(raw, i)) - 0xDC00);
                i += 6;
            }
            appendUtf8(out, codePoint);
            break;
        }
        default: // '"', '\\', '/'
            out += escape;
            break;
        }
    }
    return out;
}

Status Scanner::addKey(QByteArrayView key, qsizetype at)
{
    const Level &level = m_stack.last();
    bool duplicate = false;
    if (m_keys.size() - level.firstKey < LinearKeys) {
        for (qsizetype k = level.firstKey; k < m_keys.size() && !duplicate; ++k)
            duplicate = m_keys[k] == key;
    } else {
        const auto depth = size_t(m_stack.size());
        if (m_keySets.size() < depth)
            m_keySets.resize(depth);
        auto &set = m_keySets[depth - 1];
        if (!set)
            set = std::make_unique<QSet<QByteArrayView>>();
        if (set->isEmpty()) {
            for (qsizetype k = level.firstKey; k < m_keys.size(); ++k)
                set->insert(m_keys[k]);
        }
        duplicate = set->contains(key);
        set->insert(key);
    }
    m_keys.append(key);
    if (!duplicate)
        return {};
    return makeError(ErrorCode::MalformedJson,
                     QStringLiteral("the key '%1' appears twice in one object (byte %2)")
                         .arg(QString::fromUtf8(key.first(std::min<qsizetype>(key.size(), 64))))
                         .arg(at),
                     pointer());
}

void Scanner::closeObject()
{
    const auto depth = size_t(m_stack.size());
    if (m_keySets.size() >= depth && m_keySets[depth - 1])
        m_keySets[depth - 1]->clear();
    m_keys.resize(m_stack.last().firstKey);
}

// A JSON pointer to the current value: the last key of each open object, the current index of
// each open array.
QString Scanner::pointer() const
{
    QString where;
    for (qsizetype d = 0; d < m_stack.size(); ++d) {
        const Level &level = m_stack[d];
        if (!level.object) {
            where += u'/' + QString::number(level.commas);
            continue;
        }
        const qsizetype end = d + 1 < m_stack.size() ? m_stack[d + 1].firstKey : m_keys.size();
        if (end == level.firstKey)
            break;
        const QByteArrayView key = m_keys[end - 1];
        where += u'/' + jsonPointerToken(QString::fromUtf8(key));
    }
    return where;
}

} // namespace

QString jsonPointerToken(QStringView key)
{
    QString token = key.toString();
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
}

Status checkJsonLimits(QByteArrayView bytes, const JsonLimits &limits)
{
    if (bytes.size() > limits.maxBytes) {
        return makeError(ErrorCode::FrameTooLarge,
                         QStringLiteral("the frame has %1 bytes; at most %2 are allowed")
                             .arg(bytes.size())
                             .arg(limits.maxBytes));
    }
    return Scanner(bytes, limits).run();
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
