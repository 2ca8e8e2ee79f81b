#include "codec.h"

#include "layout.h"

#include <cmath>
#include <utility>

namespace Marquee::Wire {

bool isStrict(MessageType type)
{
    return messageTypeInfo(type).direction == Direction::ClientToServer;
}

QString pointerToken(QStringView key)
{
    return jsonPointerToken(key);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// ---------------------------------------------------------------------------------------------
// Reader.

Reader::Reader(const QJsonObject &object, QString path, bool strict)
    : m_object(object)
    , m_path(std::move(path))
    , m_strict(strict)
{
}

void Reader::fail(ErrorCode code, const QString &message, const QString &where)
{
    if (!m_error)
        m_error = makeError(code, message, where);
}

void Reader::fail(const Error &error)
{
    if (!m_error)
        m_error = error;
}

std::optional<QJsonValue> Reader::take(QLatin1StringView key, bool required)
{
    m_used.append(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(ErrorCode::MissingField, QStringLiteral("'%1' is required").arg(key), path(key));
        return std::nullopt;
    }
    if (!ok())
        return std::nullopt;
    return it.value();
}

Status Reader::finish() const
{
    if (m_strict) {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_used.contains(it.key())) {
                return makeError(ErrorCode::UnknownField, QStringLiteral("unknown field '%1'").arg(it.key()),
                                 path(it.key()));
            }
        }
    }
    if (m_error)
        return *m_error;
    return {};
}

void Reader::absorb(const Reader &child)
{
    if (const Status status = child.finish(); !status)
        fail(status.error());
}

QString Reader::stringValue(const QJsonValue &value, const QString &where, qsizetype maxLength, bool allowEmpty)
{
    if (!value.isString()) {
        fail(ErrorCode::WrongType, QStringLiteral("expected a string, got %1").arg(jsonTypeName(value)), where);
        return {};
    }
    QString text = value.toString();
    if (text.isEmpty() && !allowEmpty)
        fail(ErrorCode::InvalidValue, QStringLiteral("must not be empty"), where);
    else if (text.size() > maxLength)
        fail(ErrorCode::InvalidValue, QStringLiteral("longer than %1 characters").arg(maxLength), where);
    return text;
}

QString Reader::idValue(const QJsonValue &value, const QString &where)
{
    if (!value.isString()) {
        fail(ErrorCode::WrongType, QStringLiteral("expected an id string, got %1").arg(jsonTypeName(value)), where);
        return {};
    }
    QString id = value.toString();
    if (!isValidId(id)) {
        fail(ErrorCode::InvalidValue,
             QStringLiteral("an id has 1 to %1 characters of A-Z a-z 0-9 . _ : -").arg(MaxIdLength), where);
    }
    return id;
}

qint64 Reader::integerValue(const QJsonValue &value, const QString &where, qint64 min, qint64 max)
{
    if (!value.isDouble()) {
        fail(ErrorCode::WrongType, QStringLiteral("expected an integer, got %1").arg(jsonTypeName(value)), where);
        return 0;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d) {
        fail(ErrorCode::InvalidValue, QStringLiteral("expected an integer"), where);
        return 0;
    }
    if (d < double(min) || d > double(max)) {
        fail(ErrorCode::InvalidValue, QStringLiteral("must be between %1 and %2").arg(min).arg(max), where);
        return 0;
    }
    const qint64 i = value.toInteger(qint64(d));
    if (i < min || i > max) {
        fail(ErrorCode::InvalidValue, QStringLiteral("must be between %1 and %2").arg(min).arg(max), where);
        return 0;
    }
    return i;
}

QDateTime Reader::dateTimeValue(const QJsonValue &value, const QString &where)
{
    if (!value.isString()) {
        fail(ErrorCode::WrongType, QStringLiteral("expected an ISO 8601 time string, got %1").arg(jsonTypeName(value)),
             where);
        return {};
    }
    const QString text = value.toString();
    // An explicit offset is required: "Z" or "+hh:mm"/"-hh:mm" at the end.
    const bool hasZone = text.endsWith(u'Z')
        || (text.size() > 6 && (text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-'));
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (text.size() > 40 || !hasZone || !time.isValid()) {
        fail(ErrorCode::InvalidValue,
             QStringLiteral("expected an ISO 8601 time with an offset, such as 2025-05-01T19:30:00Z"), where);
        return {};
    }
    return time.toUTC();
}

Money Reader::moneyValue(const QJsonValue &value, const QString &where, bool allowNegative)
{
    if (!value.isObject()) {
        fail(ErrorCode::NotAnObject,
             QStringLiteral("an amount is an object {\"amount\": minor units, \"currency\": \"EUR\"}, got %1")
                 .arg(jsonTypeName(value)),
             where);
        return {};
    }
    Reader r(value.toObject(), where, m_strict);
    Money money;
    qint64 minor = 0;
    if (const auto amount = r.take(QLatin1StringView("amount"), true)) {
        const QString at = r.path(u"amount");
        if (!amount->isDouble()) {
            r.fail(ErrorCode::WrongType,
                   QStringLiteral("expected an integer number of minor units, got %1").arg(jsonTypeName(*amount)), at);
        } else {
            const double d = amount->toDouble();
            if (!std::isfinite(d) || std::fabs(d) > double(MaxSafeInteger)) {
                r.fail(ErrorCode::AmountOverflow,
                       QStringLiteral("amounts are limited to +/-%1 minor units").arg(MaxSafeInteger), at);
            } else if (std::trunc(d) != d) {
                r.fail(ErrorCode::InvalidValue, QStringLiteral("amounts are whole numbers of minor units"), at);
            } else {
                minor = amount->toInteger(qint64(d));
                if (minor > MaxSafeInteger || minor < -MaxSafeInteger) {
                    r.fail(ErrorCode::AmountOverflow,
                           QStringLiteral("amounts are limited to +/-%1 minor units").arg(MaxSafeInteger), at);
                } else if (minor < 0 && !allowNegative) {
                    r.fail(ErrorCode::NegativeAmount, QStringLiteral("the amount must not be negative"), at);
                }
            }
        }
    }
    if (const auto code = r.take(QLatin1StringView("currency"), true)) {
        const QString at = r.path(u"currency");
        if (!code->isString()) {
            r.fail(ErrorCode::WrongType,
                   QStringLiteral("expected a currency code string, got %1").arg(jsonTypeName(*code)), at);
        } else {
            const auto currency = Currency::fromCode(code->toString());
            if (!currency)
                r.fail(ErrorCode::InvalidCurrency, currency.error().message, at);
            else
                money = Money(minor, *currency);
        }
    }
    absorb(r);
    return money;
}

QString Reader::string(QLatin1StringView key, qsizetype maxLength)
{
    const auto value = take(key, true);
    return value ? stringValue(*value, path(key), maxLength) : QString();
}

QString Reader::name(QLatin1StringView key, qsizetype maxLength)
{
    QString text = string(key, maxLength);
    if (ok() && !isValidLayoutLabel(text, int(maxLength)))
        fail(ErrorCode::InvalidValue, QStringLiteral("a name has no control characters and is not blank"), path(key));
    return text;
}

std::optional<QString> Reader::optString(QLatin1StringView key, qsizetype maxLength)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    QString text = stringValue(*value, path(key), maxLength);
    return ok() ? std::optional<QString>(text) : std::nullopt;
}

QString Reader::id(QLatin1StringView key)
{
    const auto value = take(key, true);
    return value ? idValue(*value, path(key)) : QString();
}

std::optional<QString> Reader::optId(QLatin1StringView key)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    QString text = idValue(*value, path(key));
    return ok() ? std::optional<QString>(text) : std::nullopt;
}

qint64 Reader::integer(QLatin1StringView key, qint64 min, qint64 max)
{
    const auto value = take(key, true);
    return value ? integerValue(*value, path(key), min, max) : 0;
}

std::optional<qint64> Reader::optInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    const qint64 i = integerValue(*value, path(key), min, max);
    return ok() ? std::optional<qint64>(i) : std::nullopt;
}

bool Reader::boolean(QLatin1StringView key, bool defaultValue)
{
    const auto value = take(key, false);
    if (!value)
        return defaultValue;
    if (!value->isBool()) {
        fail(ErrorCode::WrongType, QStringLiteral("expected a boolean, got %1").arg(jsonTypeName(*value)), path(key));
        return defaultValue;
    }
    return value->toBool();
}

QDateTime Reader::dateTime(QLatin1StringView key)
{
    const auto value = take(key, true);
    return value ? dateTimeValue(*value, path(key)) : QDateTime();
}

std::optional<QDateTime> Reader::optDateTime(QLatin1StringView key)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    QDateTime time = dateTimeValue(*value, path(key));
    return ok() ? std::optional<QDateTime>(time) : std::nullopt;
}

Money Reader::money(QLatin1StringView key, bool allowNegative)
{
    const auto value = take(key, true);
    return value ? moneyValue(*value, path(key), allowNegative) : Money();
}

std::optional<Money> Reader::optMoney(QLatin1StringView key, bool allowNegative)
{
    const auto value = take(key, false);
    if (!value)
        return std::nullopt;
    Money m = moneyValue(*value, path(key), allowNegative);
    return ok() ? std::optional<Money>(m) : std::nullopt;
}

QJsonObject Reader::object(QLatin1StringView key)
{
    const auto value = take(key, true);
    if (!value)
        return {};
    if (!value->isObject()) {
        fail(ErrorCode::NotAnObject, QStringLiteral("expected an object, got %1").arg(jsonTypeName(*value)), path(key));
        return {};
    }
    return value->toObject();
}

QStringList Reader::idList(const QJsonValue &value, const QString &where, qsizetype maxItems, ErrorCode emptyCode,
                           ErrorCode duplicateCode, bool allowEmpty)
{
    QSet<QString> seen;
    return list<QString>(value, where, maxItems, allowEmpty, emptyCode,
                         [&seen, duplicateCode](Reader &r, const QJsonValue &v, const QString &at) {
                             QString id = r.idValue(v, at);
                             if (r.ok() && seen.contains(id))
                                 r.fail(duplicateCode, QStringLiteral("'%1' appears twice").arg(id), at);
                             seen.insert(id);
                             return id;
                         });
}

QStringList Reader::idListField(QLatin1StringView key, qsizetype maxItems, ErrorCode emptyCode,
                                ErrorCode duplicateCode, bool allowEmpty)
{
    const auto value = take(key, true);
    if (!value)
        return {};
    return idList(*value, path(key), maxItems, emptyCode, duplicateCode, allowEmpty);
}

void checkTimeRange(Reader &r, const std::optional<QDateTime> &from, const std::optional<QDateTime> &to)
{
    if (r.ok() && from && to && *to < *from)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("'to' is before 'from'"), r.path(u"to"));
}

ErrorCode readErrorCode(Reader &r, QLatin1StringView key)
{
    ErrorCode code = ErrorCode::Internal;
    const QString name = r.string(key, MaxNameLength);
    if (r.ok() && !errorCodeFromName(name, &code))
        code = ErrorCode::Internal; // a code from a newer server
    return code;
}

// ---------------------------------------------------------------------------------------------
// Writing.

QJsonValue toJsonValue(const Money &money)
{
    return QJsonObject { { QStringLiteral("amount"), money.minorUnits() },
                         { QStringLiteral("currency"), money.currency().code() } };
}

QJsonValue toJsonValue(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue toJsonValue(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

void insertOptional(QJsonObject &object, QLatin1StringView key, const std::optional<QString> &value)
{
    if (value)
        object.insert(key, *value);
}

void insertOptional(QJsonObject &object, QLatin1StringView key, const std::optional<qint64> &value)
{
    if (value)
        object.insert(key, *value);
}

} // namespace Marquee::Wire
