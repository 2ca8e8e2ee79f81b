#include "protocol.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonValue>
#include <QtCore/QSet>

#include <array>
#include <cmath>
#include <utility>

namespace Marquee {

namespace {

// ---------------------------------------------------------------------------------------------
// Enum names on the wire.

template<typename E> struct EnumName
{
    E value;
    QLatin1StringView name;
};

constexpr std::array<EnumName<Role>, 4> roleNames { {
    { Role::Admin, QLatin1StringView("admin") },
    { Role::Manager, QLatin1StringView("manager") },
    { Role::Cashier, QLatin1StringView("cashier") },
    { Role::Kiosk, QLatin1StringView("kiosk") },
} };
constexpr std::array<EnumName<ShowStatus>, 4> showStatusNames { {
    { ShowStatus::Scheduled, QLatin1StringView("scheduled") },
    { ShowStatus::OnSale, QLatin1StringView("on_sale") },
    { ShowStatus::SalesClosed, QLatin1StringView("sales_closed") },
    { ShowStatus::Cancelled, QLatin1StringView("cancelled") },
} };
constexpr std::array<EnumName<SeatStatus>, 4> seatStatusNames { {
    { SeatStatus::Available, QLatin1StringView("available") },
    { SeatStatus::Held, QLatin1StringView("held") },
    { SeatStatus::Sold, QLatin1StringView("sold") },
    { SeatStatus::Blocked, QLatin1StringView("blocked") },
} };
constexpr std::array<EnumName<PaymentMethod>, 2> paymentMethodNames { {
    { PaymentMethod::Cash, QLatin1StringView("cash") },
    { PaymentMethod::Card, QLatin1StringView("card") },
} };
constexpr std::array<EnumName<TicketStatus>, 3> ticketStatusNames { {
    { TicketStatus::Valid, QLatin1StringView("valid") },
    { TicketStatus::Refunded, QLatin1StringView("refunded") },
    { TicketStatus::Admitted, QLatin1StringView("admitted") },
} };
constexpr std::array<EnumName<NoticeKind>, 3> noticeKindNames { {
    { NoticeKind::Degraded, QLatin1StringView("degraded") },
    { NoticeKind::Recovered, QLatin1StringView("recovered") },
    { NoticeKind::ShuttingDown, QLatin1StringView("shutting_down") },
} };
constexpr std::array<EnumName<PaymentStage>, 5> paymentStageNames { {
    { PaymentStage::WaitingForCard, QLatin1StringView("waiting_for_card") },
    { PaymentStage::Authorising, QLatin1StringView("authorising") },
    { PaymentStage::Approved, QLatin1StringView("approved") },
    { PaymentStage::Declined, QLatin1StringView("declined") },
    { PaymentStage::Cancelled, QLatin1StringView("cancelled") },
} };
constexpr std::array<EnumName<ResyncMode>, 2> resyncModeNames { {
    { ResyncMode::Snapshot, QLatin1StringView("snapshot") },
    { ResyncMode::Deltas, QLatin1StringView("deltas") },
} };
constexpr std::array<EnumName<SalesScope>, 2> salesScopeNames { {
    { SalesScope::Terminal, QLatin1StringView("terminal") },
    { SalesScope::User, QLatin1StringView("user") },
} };

template<typename E, std::size_t N> QString enumToString(const std::array<EnumName<E>, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString(entry.name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> enumFromString(const std::array<EnumName<E>, N> &table, QStringView name)
{
    for (const auto &entry : table) {
        if (name == entry.name)
            return entry.value;
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Registry.

const QList<MessageTypeInfo> &registry()
{
    static const QList<MessageTypeInfo> infos = {
#define MARQUEE_MESSAGE_INFO(name, wire, direction, kind, mutating, reply)                                   \
    MessageTypeInfo { MessageType::name, QLatin1StringView(wire), Direction::direction, MessageKind::kind,   \
                      mutating,          MessageType::reply },
        MARQUEE_MESSAGE_TYPES(MARQUEE_MESSAGE_INFO)
#undef MARQUEE_MESSAGE_INFO
    };
    return infos;
}

bool isStrict(MessageType type)
{
    return messageTypeInfo(type).direction == Direction::ClientToServer;
}

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
        || u == u'_' || u == u':' || u == u'-';
}

// A JSON-pointer reference token (RFC 6901): '~' as "~0", '/' as "~1".
QString pointerToken(QStringView key)
{
    QString token = key.toString();
    token.replace(u'~', QStringLiteral("~0"));
    token.replace(u'/', QStringLiteral("~1"));
    return token;
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
// Reading: a Reader walks one JSON object, remembers the first error and which keys were read.
// finish() reports an unknown key (strict mode) before any other error of that object.

constexpr qsizetype MaxNameLength = 200;
constexpr qsizetype MaxTextLength = 1000;
constexpr qsizetype MaxTokenLength = 1024;
constexpr qsizetype MaxListItems = 100000; // lists in server messages

class Reader
{
public:
    Reader(const QJsonObject &object, QString path, bool strict)
        : m_object(object)
        , m_path(std::move(path))
        , m_strict(strict)
    {
    }

    bool ok() const { return !m_error.has_value(); }
    bool strict() const { return m_strict; }
    QString path(QStringView key) const { return m_path + u'/' + pointerToken(key); }
    QString path(QLatin1StringView key) const { return path(QStringView(QString(key))); }

    void fail(ErrorCode code, const QString &message, const QString &where)
    {
        if (!m_error)
            m_error = makeError(code, message, where);
    }
    void fail(const Error &error)
    {
        if (!m_error)
            m_error = error;
    }

    // The value at key; nullopt when missing (MissingField if required) or after an error.
    std::optional<QJsonValue> take(QLatin1StringView key, bool required)
    {
        m_used.append(key);
        const auto it = m_object.constFind(key);
        if (it == m_object.constEnd()) {
            if (required) {
                fail(ErrorCode::MissingField, QStringLiteral("'%1' is required").arg(key), path(key));
            }
            return std::nullopt;
        }
        if (!ok())
            return std::nullopt;
        return it.value();
    }

    Status finish() const
    {
        if (m_strict) {
            for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
                if (!m_used.contains(it.key())) {
                    return makeError(ErrorCode::UnknownField,
                                     QStringLiteral("unknown field '%1'").arg(it.key()), path(it.key()));
                }
            }
        }
        if (m_error)
            return *m_error;
        return {};
    }

    // --- values (at a given path) ---

    QString stringValue(const QJsonValue &value, const QString &where, qsizetype maxLength,
                        bool allowEmpty = false)
    {
        if (!value.isString()) {
            fail(ErrorCode::WrongType, QStringLiteral("expected a string, got %1").arg(jsonTypeName(value)),
                 where);
            return {};
        }
        QString text = value.toString();
        if (text.isEmpty() && !allowEmpty)
            fail(ErrorCode::InvalidValue, QStringLiteral("must not be empty"), where);
        else if (text.size() > maxLength)
            fail(ErrorCode::InvalidValue, QStringLiteral("longer than %1 characters").arg(maxLength), where);
        return text;
    }

    QString idValue(const QJsonValue &value, const QString &where)
    {
        if (!value.isString()) {
            fail(ErrorCode::WrongType,
                 QStringLiteral("expected an id string, got %1").arg(jsonTypeName(value)), where);
            return {};
        }
        QString id = value.toString();
        if (!isValidId(id)) {
            fail(ErrorCode::InvalidValue,
                 QStringLiteral("an id has 1 to %1 characters of A-Z a-z 0-9 . _ : -").arg(MaxIdLength),
                 where);
        }
        return id;
    }

    qint64 integerValue(const QJsonValue &value, const QString &where, qint64 min, qint64 max)
    {
        if (!value.isDouble()) {
            fail(ErrorCode::WrongType, QStringLiteral("expected an integer, got %1").arg(jsonTypeName(value)),
                 where);
            return 0;
        }
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d) {
            fail(ErrorCode::InvalidValue, QStringLiteral("expected an integer"), where);
            return 0;
        }
        if (d < double(min) || d > double(max)) {
            fail(ErrorCode::InvalidValue, QStringLiteral("must be between %1 and %2").arg(min).arg(max),
                 where);
            return 0;
        }
        const qint64 i = value.toInteger(qint64(d));
        if (i < min || i > max) {
            fail(ErrorCode::InvalidValue, QStringLiteral("must be between %1 and %2").arg(min).arg(max),
                 where);
            return 0;
        }
        return i;
    }

    QDateTime dateTimeValue(const QJsonValue &value, const QString &where)
    {
        if (!value.isString()) {
            fail(ErrorCode::WrongType,
                 QStringLiteral("expected an ISO 8601 time string, got %1").arg(jsonTypeName(value)), where);
            return {};
        }
        const QString text = value.toString();
        // An explicit offset is required: "Z" or "+hh:mm"/"-hh:mm" at the end.
        const bool hasZone = text.endsWith(u'Z')
            || (text.size() > 6 && (text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-'));
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (text.size() > 40 || !hasZone || !time.isValid()) {
            fail(ErrorCode::InvalidValue,
                 QStringLiteral("expected an ISO 8601 time with an offset, such as "
                                "2025-05-01T19:30:00Z"),
                 where);
            return {};
        }
        return time.toUTC();
    }

    Money moneyValue(const QJsonValue &value, const QString &where, bool allowNegative)
    {
        if (!value.isObject()) {
            fail(ErrorCode::NotAnObject,
                 QStringLiteral("an amount is an object {\"amount\": minor units, "
                                "\"currency\": \"EUR\"}, got %1")
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
                       QStringLiteral("expected an integer number of minor units, got %1")
                           .arg(jsonTypeName(*amount)),
                       at);
            } else {
                const double d = amount->toDouble();
                if (!std::isfinite(d) || std::fabs(d) > double(MaxSafeInteger)) {
                    r.fail(ErrorCode::AmountOverflow,
                           QStringLiteral("amounts are limited to +/-%1 minor units").arg(MaxSafeInteger),
                           at);
                } else if (std::trunc(d) != d) {
                    r.fail(ErrorCode::InvalidValue,
                           QStringLiteral("amounts are whole numbers of minor units"), at);
                } else {
                    minor = amount->toInteger(qint64(d));
                    if (minor > MaxSafeInteger || minor < -MaxSafeInteger) {
                        r.fail(ErrorCode::AmountOverflow,
                               QStringLiteral("amounts are limited to +/-%1 minor units").arg(MaxSafeInteger),
                               at);
                    } else if (minor < 0 && !allowNegative) {
                        r.fail(ErrorCode::NegativeAmount, QStringLiteral("the amount must not be negative"),
                               at);
                    }
                }
            }
        }
        if (const auto code = r.take(QLatin1StringView("currency"), true)) {
            const QString at = r.path(u"currency");
            if (!code->isString()) {
                r.fail(ErrorCode::WrongType,
                       QStringLiteral("expected a currency code string, got %1").arg(jsonTypeName(*code)),
                       at);
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

    // Runs parse(Reader &) on the object at `where`, adopting its error.
    template<typename F>
    auto objectValue(const QJsonValue &value, const QString &where, F &&parse)
        -> decltype(parse(std::declval<Reader &>()))
    {
        if (!value.isObject()) {
            fail(ErrorCode::NotAnObject,
                 QStringLiteral("expected an object, got %1").arg(jsonTypeName(value)), where);
            return {};
        }
        Reader r(value.toObject(), where, m_strict);
        auto result = parse(r);
        absorb(r);
        return result;
    }

    // --- fields ---

    QString string(QLatin1StringView key, qsizetype maxLength)
    {
        const auto value = take(key, true);
        return value ? stringValue(*value, path(key), maxLength) : QString();
    }
    std::optional<QString> optString(QLatin1StringView key, qsizetype maxLength)
    {
        const auto value = take(key, false);
        if (!value)
            return std::nullopt;
        QString text = stringValue(*value, path(key), maxLength);
        return ok() ? std::optional<QString>(text) : std::nullopt;
    }
    QString id(QLatin1StringView key)
    {
        const auto value = take(key, true);
        return value ? idValue(*value, path(key)) : QString();
    }
    std::optional<QString> optId(QLatin1StringView key)
    {
        const auto value = take(key, false);
        if (!value)
            return std::nullopt;
        QString text = idValue(*value, path(key));
        return ok() ? std::optional<QString>(text) : std::nullopt;
    }
    qint64 integer(QLatin1StringView key, qint64 min, qint64 max)
    {
        const auto value = take(key, true);
        return value ? integerValue(*value, path(key), min, max) : 0;
    }
    std::optional<qint64> optInteger(QLatin1StringView key, qint64 min, qint64 max)
    {
        const auto value = take(key, false);
        if (!value)
            return std::nullopt;
        const qint64 i = integerValue(*value, path(key), min, max);
        return ok() ? std::optional<qint64>(i) : std::nullopt;
    }
    bool boolean(QLatin1StringView key, bool defaultValue)
    {
        const auto value = take(key, false);
        if (!value)
            return defaultValue;
        if (!value->isBool()) {
            fail(ErrorCode::WrongType, QStringLiteral("expected a boolean, got %1").arg(jsonTypeName(*value)),
                 path(key));
            return defaultValue;
        }
        return value->toBool();
    }
    QDateTime dateTime(QLatin1StringView key)
    {
        const auto value = take(key, true);
        return value ? dateTimeValue(*value, path(key)) : QDateTime();
    }
    std::optional<QDateTime> optDateTime(QLatin1StringView key)
    {
        const auto value = take(key, false);
        if (!value)
            return std::nullopt;
        QDateTime time = dateTimeValue(*value, path(key));
        return ok() ? std::optional<QDateTime>(time) : std::nullopt;
    }
    Money money(QLatin1StringView key, bool allowNegative = false)
    {
        const auto value = take(key, true);
        return value ? moneyValue(*value, path(key), allowNegative) : Money();
    }
    std::optional<Money> optMoney(QLatin1StringView key, bool allowNegative = false)
    {
        const auto value = take(key, false);
        if (!value)
            return std::nullopt;
        Money m = moneyValue(*value, path(key), allowNegative);
        return ok() ? std::optional<Money>(m) : std::nullopt;
    }
    QJsonObject object(QLatin1StringView key)
    {
        const auto value = take(key, true);
        if (!value)
            return {};
        if (!value->isObject()) {
            fail(ErrorCode::NotAnObject,
                 QStringLiteral("expected an object, got %1").arg(jsonTypeName(*value)), path(key));
            return {};
        }
        return value->toObject();
    }
    template<typename E, std::size_t N>
    E enumeration(QLatin1StringView key, const std::array<EnumName<E>, N> &table)
    {
        const auto value = take(key, true);
        return value ? enumValue(*value, path(key), table) : table[0].value;
    }
    template<typename E, std::size_t N>
    E enumValue(const QJsonValue &value, const QString &where, const std::array<EnumName<E>, N> &table)
    {
        if (!value.isString()) {
            fail(ErrorCode::WrongType, QStringLiteral("expected a string, got %1").arg(jsonTypeName(value)),
                 where);
            return table[0].value;
        }
        const auto parsed = enumFromString(table, value.toString());
        if (!parsed) {
            QStringList names;
            for (const auto &entry : table)
                names.append(QString(entry.name));
            fail(ErrorCode::InvalidValue,
                 QStringLiteral("expected one of: %1").arg(names.join(QStringLiteral(", "))), where);
            return table[0].value;
        }
        return *parsed;
    }
    template<typename F>
    auto optNested(QLatin1StringView key, F &&parse) -> std::optional<decltype(parse(std::declval<Reader &>()))>
    {
        const auto value = take(key, false);
        if (!value)
            return std::nullopt;
        auto parsed = objectValue(*value, path(key), std::forward<F>(parse));
        if (!ok())
            return std::nullopt;
        return parsed;
    }
    template<typename F>
    auto nested(QLatin1StringView key, F &&parse) -> decltype(parse(std::declval<Reader &>()))
    {
        const auto value = take(key, true);
        if (!value)
            return {};
        return objectValue(*value, path(key), std::forward<F>(parse));
    }

    // A list at key: an array of at most maxItems elements, each read by
    // item(Reader &, const QJsonValue &, const QString &where). An empty list is reported as
    // `emptyCode` unless allowEmpty.
    template<typename T, typename F>
    QList<T> list(const QJsonValue &value, const QString &where, qsizetype maxItems, bool allowEmpty,
                  ErrorCode emptyCode, F &&item)
    {
        QList<T> items;
        if (!value.isArray()) {
            fail(ErrorCode::WrongType, QStringLiteral("expected an array, got %1").arg(jsonTypeName(value)),
                 where);
            return items;
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty() && !allowEmpty) {
            fail(emptyCode, QStringLiteral("the list must not be empty"), where);
            return items;
        }
        if (array.size() > maxItems) {
            fail(ErrorCode::TooManyItems,
                 QStringLiteral("at most %1 items, got %2").arg(maxItems).arg(array.size()), where);
            return items;
        }
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size() && ok(); ++i)
            items.append(item(*this, array.at(i), where + u'/' + QString::number(i)));
        return items;
    }
    // An optional list (a field newer servers add): absent reads as empty.
    template<typename T, typename F> QList<T> optListField(QLatin1StringView key, qsizetype maxItems, F &&item)
    {
        const auto value = take(key, false);
        if (!value)
            return {};
        return list<T>(*value, path(key), maxItems, true, ErrorCode::InvalidValue, std::forward<F>(item));
    }
    template<typename T, typename F> QList<T> listField(QLatin1StringView key, qsizetype maxItems, F &&item)
    {
        const auto value = take(key, true);
        if (!value)
            return {};
        return list<T>(*value, path(key), maxItems, true, ErrorCode::InvalidValue, std::forward<F>(item));
    }

    // A list of distinct ids; duplicates are reported at the later index as `duplicateCode`.
    QStringList idList(const QJsonValue &value, const QString &where, qsizetype maxItems, ErrorCode emptyCode,
                       ErrorCode duplicateCode, bool allowEmpty = false)
    {
        QSet<QString> seen;
        return list<QString>(value, where, maxItems, allowEmpty, emptyCode,
                             [&seen, duplicateCode](Reader &r, const QJsonValue &v, const QString &at) {
                                 QString id = r.idValue(v, at);
                                 if (r.ok() && seen.contains(id)) {
                                     r.fail(duplicateCode, QStringLiteral("'%1' appears twice").arg(id), at);
                                 }
                                 seen.insert(id);
                                 return id;
                             });
    }
    QStringList idListField(QLatin1StringView key, qsizetype maxItems, ErrorCode emptyCode,
                            ErrorCode duplicateCode, bool allowEmpty = false)
    {
        const auto value = take(key, true);
        if (!value)
            return {};
        return idList(*value, path(key), maxItems, emptyCode, duplicateCode, allowEmpty);
    }

private:
    void absorb(const Reader &child)
    {
        if (const Status status = child.finish(); !status)
            fail(status.error());
    }

    QJsonObject m_object;
    QString m_path;
    bool m_strict;
    QList<QLatin1StringView> m_used;
    std::optional<Error> m_error;
};

template<typename T> Result<T> finishRead(const Reader &r, T &&value)
{
    if (const Status status = r.finish(); !status)
        return status.error();
    return std::forward<T>(value);
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

template<typename T, typename F> QJsonArray toJsonArray(const QList<T> &items, F &&convert)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(convert(item));
    return array;
}

template<typename T>
void insertOptional(QJsonObject &object, QLatin1StringView key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, toJsonValue(*value));
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

using L1 = QLatin1StringView;

// ---------------------------------------------------------------------------------------------
// Shared value types.

QJsonObject userToJson(const UserInfo &user)
{
    return { { L1("id"), user.id }, { L1("name"), user.name }, { L1("role"), roleName(user.role) } };
}

UserInfo readUser(Reader &r)
{
    UserInfo user;
    user.id = r.id(L1("id"));
    user.name = r.string(L1("name"), MaxNameLength);
    user.role = r.enumeration(L1("role"), roleNames);
    return user;
}

QJsonObject limitsToJson(const ServerLimits &limits)
{
    return { { L1("maxFrameBytes"), limits.maxFrameBytes },
             { L1("maxDepth"), limits.maxDepth },
             { L1("maxArrayItems"), limits.maxArrayItems },
             { L1("maxSeatsPerHold"), limits.maxSeatsPerHold } };
}

ServerLimits readLimits(Reader &r)
{
    ServerLimits limits;
    limits.maxFrameBytes = r.integer(L1("maxFrameBytes"), 1, MaxSafeInteger);
    limits.maxDepth = r.integer(L1("maxDepth"), 1, 1000);
    limits.maxArrayItems = r.integer(L1("maxArrayItems"), 1, MaxSafeInteger);
    limits.maxSeatsPerHold = r.integer(L1("maxSeatsPerHold"), 1, MaxSafeInteger);
    return limits;
}

QJsonObject auditoriumToJson(const AuditoriumSummary &a)
{
    return { { L1("id"), a.id },
             { L1("name"), a.name },
             { L1("layoutVersion"), a.layoutVersion },
             { L1("seatCount"), a.seatCount } };
}

AuditoriumSummary readAuditorium(Reader &r)
{
    AuditoriumSummary a;
    a.id = r.id(L1("id"));
    a.name = r.string(L1("name"), MaxNameLength);
    a.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxSafeInteger);
    a.seatCount = r.integer(L1("seatCount"), 0, MaxSafeInteger);
    return a;
}

QJsonObject venueToJson(const VenueSummary &v)
{
    return { { L1("id"), v.id },
             { L1("name"), v.name },
             { L1("auditoriums"), toJsonArray(v.auditoriums, auditoriumToJson) } };
}

VenueSummary readVenue(Reader &r)
{
    VenueSummary v;
    v.id = r.id(L1("id"));
    v.name = r.string(L1("name"), MaxNameLength);
    v.auditoriums = r.listField<AuditoriumSummary>(L1("auditoriums"), MaxListItems,
                                            [](Reader &p, const QJsonValue &value, const QString &at) {
                                                return p.objectValue(value, at, readAuditorium);
                                            });
    return v;
}

QJsonObject priceToJson(const CategoryPrice &p)
{
    return { { L1("category"), p.category }, { L1("price"), toJsonValue(p.price) } };
}

CategoryPrice readPrice(Reader &r)
{
    CategoryPrice p;
    p.category = r.id(L1("category"));
    p.price = r.money(L1("price"));
    return p;
}

QJsonObject showToJson(const Show &s)
{
    return { { L1("id"), s.id },
             { L1("auditoriumId"), s.auditoriumId },
             { L1("title"), s.title },
             { L1("start"), toJsonValue(s.start) },
             { L1("end"), toJsonValue(s.end) },
             { L1("status"), enumToString(showStatusNames, s.status) },
             { L1("layoutVersion"), s.layoutVersion },
             { L1("prices"), toJsonArray(s.prices, priceToJson) },
             { L1("free"), s.free },
             { L1("held"), s.held },
             { L1("sold"), s.sold } };
}

Show readShow(Reader &r)
{
    Show s;
    s.id = r.id(L1("id"));
    s.auditoriumId = r.id(L1("auditoriumId"));
    s.title = r.string(L1("title"), MaxNameLength);
    s.start = r.dateTime(L1("start"));
    s.end = r.dateTime(L1("end"));
    s.status = r.enumeration(L1("status"), showStatusNames);
    s.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxSafeInteger);
    s.prices = r.listField<CategoryPrice>(L1("prices"), MaxListItems,
                                          [](Reader &p, const QJsonValue &value, const QString &at) {
                                              return p.objectValue(value, at, readPrice);
                                          });
    s.free = r.integer(L1("free"), 0, MaxSafeInteger);
    s.held = r.integer(L1("held"), 0, MaxSafeInteger);
    s.sold = r.integer(L1("sold"), 0, MaxSafeInteger);
    return s;
}

QJsonObject seatStateToJson(const SeatState &s)
{
    QJsonObject o { { L1("seatId"), s.seatId }, { L1("status"), enumToString(seatStatusNames, s.status) } };
    insertOptional(o, L1("heldBy"), s.heldBy);
    return o;
}

SeatState readSeatState(Reader &r)
{
    SeatState s;
    s.seatId = r.id(L1("seatId"));
    s.status = r.enumeration(L1("status"), seatStatusNames);
    s.heldBy = r.optId(L1("heldBy"));
    return s;
}

QList<SeatState> readSeatStates(Reader &r, QLatin1StringView key)
{
    return r.listField<SeatState>(key, MaxListItems,
                                  [](Reader &p, const QJsonValue &value, const QString &at) {
                                      return p.objectValue(value, at, readSeatState);
                                  });
}

QJsonObject paymentToJson(const Payment &p)
{
    QJsonObject o { { L1("method"), enumToString(paymentMethodNames, p.method) },
                    { L1("amount"), toJsonValue(p.amount) } };
    insertOptional(o, L1("tendered"), p.tendered);
    return o;
}

Payment readPayment(Reader &r)
{
    Payment p;
    p.method = r.enumeration(L1("method"), paymentMethodNames);
    p.amount = r.money(L1("amount"));
    if (r.ok() && p.amount.isZero())
        r.fail(ErrorCode::InvalidValue, QStringLiteral("a payment must be more than zero"),
               r.path(u"amount") + QStringLiteral("/amount"));
    p.tendered = r.optMoney(L1("tendered"));
    if (r.ok() && p.tendered) {
        const QString at = r.path(u"tendered");
        if (p.method != PaymentMethod::Cash) {
            r.fail(ErrorCode::InvalidValue, QStringLiteral("only cash payments are tendered"), at);
        } else if (!(p.tendered->currency() == p.amount.currency())) {
            r.fail(ErrorCode::CurrencyMismatch,
                   QStringLiteral("tendered in %1 for an amount in %2")
                       .arg(p.tendered->currency().code(), p.amount.currency().code()),
                   at + QStringLiteral("/currency"));
        } else if (p.tendered->minorUnits() < p.amount.minorUnits()) {
            r.fail(ErrorCode::InvalidValue, QStringLiteral("the tendered cash is less than the amount"), at);
        }
    }
    return p;
}

QJsonObject paymentResultToJson(const PaymentResult &p)
{
    QJsonObject o { { L1("method"), enumToString(paymentMethodNames, p.method) },
                    { L1("amount"), toJsonValue(p.amount) } };
    insertOptional(o, L1("reference"), p.reference);
    return o;
}

PaymentResult readPaymentResult(Reader &r)
{
    PaymentResult p;
    p.method = r.enumeration(L1("method"), paymentMethodNames);
    p.amount = r.money(L1("amount"));
    p.reference = r.optString(L1("reference"), MaxNameLength);
    return p;
}

QJsonObject shiftInfoToJson(const ShiftInfo &s)
{
    return { { L1("shiftId"), s.shiftId },
             { L1("userId"), s.userId },
             { L1("userName"), s.userName },
             { L1("openedAt"), toJsonValue(s.openedAt) },
             { L1("openingFloat"), toJsonValue(s.openingFloat) },
             { L1("new"), s.isNew } };
}

ShiftInfo readShiftInfo(Reader &r)
{
    ShiftInfo s;
    s.shiftId = r.id(L1("shiftId"));
    s.userId = r.id(L1("userId"));
    s.userName = r.string(L1("userName"), MaxNameLength);
    s.openedAt = r.dateTime(L1("openedAt"));
    s.openingFloat = r.money(L1("openingFloat"));
    s.isNew = r.boolean(L1("new"), false);
    return s;
}

QJsonObject activeHoldToJson(const ActiveHold &h)
{
    return { { L1("holdId"), h.holdId },
             { L1("showId"), h.showId },
             { L1("seatIds"), toJsonValue(h.seatIds) },
             { L1("expiresAt"), toJsonValue(h.expiresAt) },
             { L1("total"), toJsonValue(h.total) } };
}

ActiveHold readActiveHold(Reader &r)
{
    ActiveHold h;
    h.holdId = r.id(L1("holdId"));
    h.showId = r.id(L1("showId"));
    h.seatIds = r.idListField(L1("seatIds"), MaxListItems, ErrorCode::EmptySeatList, ErrorCode::DuplicateSeat);
    h.expiresAt = r.dateTime(L1("expiresAt"));
    h.total = r.money(L1("total"));
    return h;
}

QJsonObject ticketToJson(const Ticket &t)
{
    return { { L1("id"), t.id },
             { L1("code"), t.code },
             { L1("seatId"), t.seatId },
             { L1("category"), t.category },
             { L1("price"), toJsonValue(t.price) },
             { L1("status"), enumToString(ticketStatusNames, t.status) } };
}

Ticket readTicket(Reader &r)
{
    Ticket t;
    t.id = r.id(L1("id"));
    t.code = r.id(L1("code"));
    t.seatId = r.id(L1("seatId"));
    t.category = r.id(L1("category"));
    t.price = r.money(L1("price"));
    t.status = r.enumeration(L1("status"), ticketStatusNames);
    return t;
}

QList<Ticket> readTickets(Reader &r)
{
    return r.listField<Ticket>(L1("tickets"), MaxListItems,
                               [](Reader &p, const QJsonValue &value, const QString &at) {
                                   return p.objectValue(value, at, readTicket);
                               });
}

QJsonObject saleRecordToJson(const SaleRecord &s)
{
    return { { L1("saleId"), s.saleId },
             { L1("showId"), s.showId },
             { L1("soldAt"), toJsonValue(s.soldAt) },
             { L1("terminalId"), s.terminalId },
             { L1("userId"), s.userId },
             { L1("total"), toJsonValue(s.total) },
             { L1("tickets"), toJsonArray(s.tickets, ticketToJson) } };
}

SaleRecord readSaleRecord(Reader &r)
{
    SaleRecord s;
    s.saleId = r.id(L1("saleId"));
    s.showId = r.id(L1("showId"));
    s.soldAt = r.dateTime(L1("soldAt"));
    s.terminalId = r.id(L1("terminalId"));
    s.userId = r.id(L1("userId"));
    s.total = r.money(L1("total"));
    s.tickets = readTickets(r);
    return s;
}

QJsonObject methodTotalToJson(const MethodTotal &t)
{
    return { { L1("method"), enumToString(paymentMethodNames, t.method) },
             { L1("sales"), toJsonValue(t.sales) },
             { L1("refunds"), toJsonValue(t.refunds) },
             { L1("salesCount"), t.salesCount },
             { L1("refundsCount"), t.refundsCount } };
}

MethodTotal readMethodTotal(Reader &r)
{
    MethodTotal t;
    t.method = r.enumeration(L1("method"), paymentMethodNames);
    t.sales = r.money(L1("sales"));
    t.refunds = r.money(L1("refunds"));
    t.salesCount = r.integer(L1("salesCount"), 0, MaxSafeInteger);
    t.refundsCount = r.integer(L1("refundsCount"), 0, MaxSafeInteger);
    return t;
}

bool isPlausibleEmail(QStringView email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1)
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c.unicode() < 0x20)
            return false;
    }
    return email.sliced(at + 1).contains(u'.');
}

void checkTimeRange(Reader &r, const std::optional<QDateTime> &from, const std::optional<QDateTime> &to)
{
    if (r.ok() && from && to && *to < *from)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("'to' is before 'from'"), r.path(u"to"));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Public helpers.

JsonLimits clientFrameLimits()
{
    return JsonLimits { 64 * 1024, 16, 10000 };
}

JsonLimits serverFrameLimits()
{
    return JsonLimits { 16 * 1024 * 1024, 32, MaxListItems };
}

const QList<MessageTypeInfo> &allMessageTypes()
{
    return registry();
}

const MessageTypeInfo &messageTypeInfo(MessageType type)
{
    return registry().at(static_cast<qsizetype>(type));
}

const MessageTypeInfo *messageTypeInfo(QStringView name)
{
    for (const MessageTypeInfo &info : registry()) {
        if (name == info.name)
            return &info;
    }
    return nullptr;
}

QString messageTypeName(MessageType type)
{
    return QString(messageTypeInfo(type).name);
}

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (const QChar c : id) {
        if (!isIdChar(c))
            return false;
    }
    return true;
}


// ---------------------------------------------------------------------------------------------
// Messages.

QJsonObject HelloRequest::toJson() const
{
    return { { L1("versions"), toJsonArray(versions, [](int v) { return QJsonValue(v); }) },
             { L1("clientName"), clientName },
             { L1("clientVersion"), clientVersion },
             { L1("terminalId"), terminalId } };
}

Result<HelloRequest> HelloRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    HelloRequest m;
    m.versions
        = r.listField<int>(L1("versions"), 16, [](Reader &p, const QJsonValue &value, const QString &at) {
              return int(p.integerValue(value, at, 1, 1000));
          });
    if (r.ok() && m.versions.isEmpty())
        r.fail(ErrorCode::InvalidValue, QStringLiteral("name at least one version"),
               QStringLiteral("/versions"));
    m.clientName = r.string(L1("clientName"), MaxNameLength);
    m.clientVersion = r.string(L1("clientVersion"), MaxNameLength);
    m.terminalId = r.id(L1("terminalId"));
    return finishRead(r, std::move(m));
}

QJsonObject HelloReply::toJson() const
{
    return { { L1("version"), version },
             { L1("serverName"), serverName },
             { L1("serverVersion"), serverVersion },
             { L1("serverTime"), toJsonValue(serverTime) },
             { L1("limits"), limitsToJson(limits) } };
}

Result<HelloReply> HelloReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    HelloReply m;
    m.version = int(r.integer(L1("version"), 1, 1000));
    m.serverName = r.string(L1("serverName"), MaxNameLength);
    m.serverVersion = r.string(L1("serverVersion"), MaxNameLength);
    m.serverTime = r.dateTime(L1("serverTime"));
    m.limits = r.nested(L1("limits"), readLimits);
    return finishRead(r, std::move(m));
}

QJsonObject SignInRequest::toJson() const
{
    QJsonObject o { { L1("user"), user }, { L1("password"), password } };
    insertOptional(o, L1("openingFloat"), openingFloat);
    return o;
}

Result<SignInRequest> SignInRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SignInRequest m;
    m.user = r.string(L1("user"), MaxNameLength);
    m.password = r.string(L1("password"), MaxTokenLength);
    m.openingFloat = r.optMoney(L1("openingFloat"));
    return finishRead(r, std::move(m));
}

QJsonObject ResumeRequest::toJson() const
{
    return { { L1("token"), token } };
}

Result<ResumeRequest> ResumeRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ResumeRequest m;
    m.token = r.string(L1("token"), MaxTokenLength);
    return finishRead(r, std::move(m));
}

QJsonObject SessionReply::toJson() const
{
    QJsonObject o { { L1("token"), token },
                    { L1("expiresAt"), toJsonValue(expiresAt) },
                    { L1("user"), userToJson(user) },
                    { L1("holdTtlSeconds"), holdTtlSeconds },
                    { L1("holds"), toJsonArray(holds, activeHoldToJson) } };
    if (shift)
        o.insert(L1("shift"), shiftInfoToJson(*shift));
    return o;
}

Result<SessionReply> SessionReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SessionReply m;
    m.token = r.string(L1("token"), MaxTokenLength);
    m.expiresAt = r.dateTime(L1("expiresAt"));
    m.user = r.nested(L1("user"), readUser);
    m.holdTtlSeconds = r.integer(L1("holdTtlSeconds"), 1, MaxSafeInteger);
    m.shift = r.optNested(L1("shift"), readShiftInfo);
    m.holds = r.optListField<ActiveHold>(L1("holds"), MaxListItems,
                                         [](Reader &h, const QJsonValue &value, const QString &at) {
                                             return h.objectValue(value, at, readActiveHold);
                                         });
    return finishRead(r, std::move(m));
}

#define MARQUEE_EMPTY_MESSAGE(Name)                                                                          \
    QJsonObject Name::toJson() const                                                                         \
    {                                                                                                        \
        return {};                                                                                           \
    }                                                                                                        \
    Result<Name> Name::fromJson(const QJsonObject &body)                                                     \
    {                                                                                                        \
        Reader r(body, {}, isStrict(Type));                                                                  \
        return finishRead(r, Name {});                                                                       \
    }

MARQUEE_EMPTY_MESSAGE(SignOutRequest)
MARQUEE_EMPTY_MESSAGE(SignOutReply)
MARQUEE_EMPTY_MESSAGE(ListVenuesRequest)
MARQUEE_EMPTY_MESSAGE(PingRequest)
MARQUEE_EMPTY_MESSAGE(PongReply)
#undef MARQUEE_EMPTY_MESSAGE

QJsonObject ListVenuesReply::toJson() const
{
    return { { L1("venues"), toJsonArray(venues, venueToJson) } };
}

Result<ListVenuesReply> ListVenuesReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListVenuesReply m;
    m.venues = r.listField<VenueSummary>(L1("venues"), MaxListItems,
                                  [](Reader &p, const QJsonValue &value, const QString &at) {
                                      return p.objectValue(value, at, readVenue);
                                  });
    return finishRead(r, std::move(m));
}

QJsonObject GetLayoutRequest::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId }, { L1("layoutVersion"), layoutVersion } };
}

Result<GetLayoutRequest> GetLayoutRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    GetLayoutRequest m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

QJsonObject GetLayoutReply::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId },
             { L1("layoutVersion"), layoutVersion },
             { L1("layout"), layout } };
}

Result<GetLayoutReply> GetLayoutReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    GetLayoutReply m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxSafeInteger);
    m.layout = r.object(L1("layout"));
    return finishRead(r, std::move(m));
}

QJsonObject ListShowsRequest::toJson() const
{
    QJsonObject o;
    insertOptional(o, L1("from"), from);
    insertOptional(o, L1("to"), to);
    insertOptional(o, L1("auditoriumId"), auditoriumId);
    insertOptional(o, L1("search"), search);
    return o;
}

Result<ListShowsRequest> ListShowsRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListShowsRequest m;
    m.from = r.optDateTime(L1("from"));
    m.to = r.optDateTime(L1("to"));
    checkTimeRange(r, m.from, m.to);
    m.auditoriumId = r.optId(L1("auditoriumId"));
    m.search = r.optString(L1("search"), MaxNameLength);
    return finishRead(r, std::move(m));
}

QJsonObject ListShowsReply::toJson() const
{
    return { { L1("shows"), toJsonArray(shows, showToJson) } };
}

Result<ListShowsReply> ListShowsReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListShowsReply m;
    m.shows = r.listField<Show>(L1("shows"), MaxListItems,
                                [](Reader &p, const QJsonValue &value, const QString &at) {
                                    return p.objectValue(value, at, readShow);
                                });
    return finishRead(r, std::move(m));
}

QJsonObject SubscribeRequest::toJson() const
{
    QJsonObject o { { L1("showId"), showId } };
    insertOptional(o, L1("lastVersion"), lastVersion);
    return o;
}

Result<SubscribeRequest> SubscribeRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SubscribeRequest m;
    m.showId = r.id(L1("showId"));
    m.lastVersion = r.optInteger(L1("lastVersion"), 0, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

QJsonObject SubscribeReply::toJson() const
{
    return { { L1("showId"), showId },
             { L1("version"), version },
             { L1("resync"), enumToString(resyncModeNames, resync) } };
}

Result<SubscribeReply> SubscribeReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SubscribeReply m;
    m.showId = r.id(L1("showId"));
    m.version = r.integer(L1("version"), 0, MaxSafeInteger);
    m.resync = r.enumeration(L1("resync"), resyncModeNames);
    return finishRead(r, std::move(m));
}

QJsonObject UnsubscribeRequest::toJson() const
{
    return { { L1("showId"), showId } };
}

Result<UnsubscribeRequest> UnsubscribeRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UnsubscribeRequest m;
    m.showId = r.id(L1("showId"));
    return finishRead(r, std::move(m));
}

QJsonObject UnsubscribeReply::toJson() const
{
    return { { L1("showId"), showId } };
}

Result<UnsubscribeReply> UnsubscribeReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UnsubscribeReply m;
    m.showId = r.id(L1("showId"));
    return finishRead(r, std::move(m));
}

QJsonObject SnapshotPush::toJson() const
{
    return { { L1("showId"), showId },
             { L1("version"), version },
             { L1("seats"), toJsonArray(seats, seatStateToJson) } };
}

Result<SnapshotPush> SnapshotPush::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SnapshotPush m;
    m.showId = r.id(L1("showId"));
    m.version = r.integer(L1("version"), 0, MaxSafeInteger);
    m.seats = readSeatStates(r, L1("seats"));
    return finishRead(r, std::move(m));
}

QJsonObject DeltaPush::toJson() const
{
    return { { L1("showId"), showId },
             { L1("fromVersion"), fromVersion },
             { L1("toVersion"), toVersion },
             { L1("changes"), toJsonArray(changes, seatStateToJson) } };
}

Result<DeltaPush> DeltaPush::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    DeltaPush m;
    m.showId = r.id(L1("showId"));
    m.fromVersion = r.integer(L1("fromVersion"), 0, MaxSafeInteger);
    m.toVersion = r.integer(L1("toVersion"), 0, MaxSafeInteger);
    if (r.ok() && m.toVersion <= m.fromVersion)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("toVersion must exceed fromVersion"),
               QStringLiteral("/toVersion"));
    m.changes = readSeatStates(r, L1("changes"));
    return finishRead(r, std::move(m));
}

QJsonObject HoldRequest::toJson() const
{
    QJsonObject o { { L1("showId"), showId }, { L1("seatIds"), toJsonValue(seatIds) } };
    insertOptional(o, L1("holdId"), holdId);
    return o;
}

Result<HoldRequest> HoldRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    HoldRequest m;
    m.showId = r.id(L1("showId"));
    m.seatIds = r.idListField(L1("seatIds"), MaxSeatsPerRequest, ErrorCode::EmptySeatList,
                              ErrorCode::DuplicateSeat);
    m.holdId = r.optId(L1("holdId"));
    return finishRead(r, std::move(m));
}

QJsonObject HoldReply::toJson() const
{
    return { { L1("holdId"), holdId },
             { L1("showId"), showId },
             { L1("seatIds"), toJsonValue(seatIds) },
             { L1("expiresAt"), toJsonValue(expiresAt) },
             { L1("total"), toJsonValue(total) } };
}

Result<HoldReply> HoldReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    HoldReply m;
    m.holdId = r.id(L1("holdId"));
    m.showId = r.id(L1("showId"));
    m.seatIds
        = r.idListField(L1("seatIds"), MaxListItems, ErrorCode::EmptySeatList, ErrorCode::DuplicateSeat);
    m.expiresAt = r.dateTime(L1("expiresAt"));
    m.total = r.money(L1("total"));
    return finishRead(r, std::move(m));
}

QJsonObject ExtendHoldRequest::toJson() const
{
    return { { L1("holdId"), holdId } };
}

Result<ExtendHoldRequest> ExtendHoldRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ExtendHoldRequest m;
    m.holdId = r.id(L1("holdId"));
    return finishRead(r, std::move(m));
}

QJsonObject ReleaseHoldRequest::toJson() const
{
    QJsonObject o { { L1("holdId"), holdId } };
    if (seatIds)
        o.insert(L1("seatIds"), toJsonValue(*seatIds));
    return o;
}

Result<ReleaseHoldRequest> ReleaseHoldRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ReleaseHoldRequest m;
    m.holdId = r.id(L1("holdId"));
    if (const auto seats = r.take(L1("seatIds"), false)) {
        m.seatIds = r.idList(*seats, QStringLiteral("/seatIds"), MaxSeatsPerRequest, ErrorCode::EmptySeatList,
                             ErrorCode::DuplicateSeat);
    }
    return finishRead(r, std::move(m));
}

QJsonObject ReleaseHoldReply::toJson() const
{
    return { { L1("holdId"), holdId },
             { L1("releasedSeatIds"), toJsonValue(releasedSeatIds) },
             { L1("remainingSeatIds"), toJsonValue(remainingSeatIds) } };
}

Result<ReleaseHoldReply> ReleaseHoldReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ReleaseHoldReply m;
    m.holdId = r.id(L1("holdId"));
    m.releasedSeatIds = r.idListField(L1("releasedSeatIds"), MaxListItems, ErrorCode::EmptySeatList,
                                      ErrorCode::DuplicateSeat, true);
    m.remainingSeatIds = r.idListField(L1("remainingSeatIds"), MaxListItems, ErrorCode::EmptySeatList,
                                       ErrorCode::DuplicateSeat, true);
    return finishRead(r, std::move(m));
}

QJsonObject SellRequest::toJson() const
{
    QJsonObject o { { L1("holdId"), holdId }, { L1("payments"), toJsonArray(payments, paymentToJson) } };
    insertOptional(o, L1("customerEmail"), customerEmail);
    return o;
}

Result<SellRequest> SellRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SellRequest m;
    m.holdId = r.id(L1("holdId"));
    if (const auto payments = r.take(L1("payments"), true)) {
        m.payments = r.list<Payment>(*payments, QStringLiteral("/payments"), MaxPaymentsPerSale, false,
                                     ErrorCode::InvalidValue,
                                     [](Reader &p, const QJsonValue &value, const QString &at) {
                                         return p.objectValue(value, at, readPayment);
                                     });
    }
    for (qsizetype i = 1; r.ok() && i < m.payments.size(); ++i) {
        if (!(m.payments.at(i).amount.currency() == m.payments.first().amount.currency())) {
            r.fail(ErrorCode::CurrencyMismatch, QStringLiteral("all payments of a sale are in one currency"),
                   QStringLiteral("/payments/%1/amount/currency").arg(i));
        }
    }
    if (r.ok()) {
        const auto total = Money::sum([&m] {
            QList<Money> amounts;
            for (const Payment &p : std::as_const(m.payments))
                amounts.append(p.amount);
            return amounts;
        }());
        if (!total || total->minorUnits() > MaxSafeInteger) {
            r.fail(ErrorCode::AmountOverflow, QStringLiteral("the payments add up to too much"),
                   QStringLiteral("/payments"));
        }
    }
    m.customerEmail = r.optString(L1("customerEmail"), 254);
    if (r.ok() && m.customerEmail && !isPlausibleEmail(*m.customerEmail)) {
        r.fail(ErrorCode::InvalidValue, QStringLiteral("not an e-mail address"),
               QStringLiteral("/customerEmail"));
    }
    return finishRead(r, std::move(m));
}

QJsonObject SellReply::toJson() const
{
    return { { L1("saleId"), saleId },
             { L1("holdId"), holdId },
             { L1("showId"), showId },
             { L1("tickets"), toJsonArray(tickets, ticketToJson) },
             { L1("total"), toJsonValue(total) },
             { L1("changeDue"), toJsonValue(changeDue) },
             { L1("payments"), toJsonArray(payments, paymentResultToJson) } };
}

Result<SellReply> SellReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SellReply m;
    m.saleId = r.id(L1("saleId"));
    m.holdId = r.id(L1("holdId"));
    m.showId = r.id(L1("showId"));
    m.tickets = readTickets(r);
    m.total = r.money(L1("total"));
    m.changeDue = r.money(L1("changeDue"));
    m.payments = r.listField<PaymentResult>(L1("payments"), MaxListItems,
                                            [](Reader &p, const QJsonValue &value, const QString &at) {
                                                return p.objectValue(value, at, readPaymentResult);
                                            });
    return finishRead(r, std::move(m));
}

QJsonObject PaymentProgressPush::toJson() const
{
    QJsonObject o { { L1("requestId"), requestId },
                    { L1("holdId"), holdId },
                    { L1("stage"), enumToString(paymentStageNames, stage) } };
    insertOptional(o, L1("message"), message);
    return o;
}

Result<PaymentProgressPush> PaymentProgressPush::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    PaymentProgressPush m;
    m.requestId = r.id(L1("requestId"));
    m.holdId = r.id(L1("holdId"));
    m.stage = r.enumeration(L1("stage"), paymentStageNames);
    m.message = r.optString(L1("message"), MaxTextLength);
    return finishRead(r, std::move(m));
}

QJsonObject RefundRequest::toJson() const
{
    QJsonObject o { { L1("saleId"), saleId }, { L1("reason"), reason } };
    if (ticketIds)
        o.insert(L1("ticketIds"), toJsonValue(*ticketIds));
    return o;
}

Result<RefundRequest> RefundRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RefundRequest m;
    m.saleId = r.id(L1("saleId"));
    if (const auto tickets = r.take(L1("ticketIds"), false)) {
        m.ticketIds = r.idList(*tickets, QStringLiteral("/ticketIds"), MaxTicketsPerRefund,
                               ErrorCode::InvalidValue, ErrorCode::InvalidValue);
    }
    m.reason = r.string(L1("reason"), MaxTextLength);
    if (r.ok() && m.reason.trimmed().isEmpty()) {
        r.fail(ErrorCode::InvalidValue, QStringLiteral("give a reason"), QStringLiteral("/reason"));
    }
    return finishRead(r, std::move(m));
}

QJsonObject RefundReply::toJson() const
{
    return { { L1("refundId"), refundId },
             { L1("saleId"), saleId },
             { L1("ticketIds"), toJsonValue(ticketIds) },
             { L1("amount"), toJsonValue(amount) },
             { L1("payments"), toJsonArray(payments, paymentResultToJson) } };
}

Result<RefundReply> RefundReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    RefundReply m;
    m.refundId = r.id(L1("refundId"));
    m.saleId = r.id(L1("saleId"));
    m.ticketIds
        = r.idListField(L1("ticketIds"), MaxListItems, ErrorCode::InvalidValue, ErrorCode::InvalidValue);
    m.amount = r.money(L1("amount"));
    m.payments = r.optListField<PaymentResult>(L1("payments"), MaxListItems,
                                               [](Reader &p, const QJsonValue &value, const QString &at) {
                                                   return p.objectValue(value, at, readPaymentResult);
                                               });
    return finishRead(r, std::move(m));
}

QJsonObject FindSalesRequest::toJson() const
{
    QJsonObject o;
    insertOptional(o, L1("ticketCode"), ticketCode);
    insertOptional(o, L1("saleId"), saleId);
    if (recent) {
        o.insert(L1("recent"), enumToString(salesScopeNames, *recent));
        o.insert(L1("limit"), limit);
    }
    return o;
}

Result<FindSalesRequest> FindSalesRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    FindSalesRequest m;
    m.ticketCode = r.optId(L1("ticketCode"));
    m.saleId = r.optId(L1("saleId"));
    if (const auto scope = r.take(L1("recent"), false))
        m.recent = r.enumValue(*scope, QStringLiteral("/recent"), salesScopeNames);
    if (const auto limit = r.take(L1("limit"), false)) {
        m.limit = int(r.integerValue(*limit, QStringLiteral("/limit"), 1, 100));
        if (r.ok() && !m.recent) {
            r.fail(ErrorCode::InvalidValue, QStringLiteral("'limit' goes with 'recent'"),
                   QStringLiteral("/limit"));
        }
    }
    const int criteria
        = int(m.ticketCode.has_value()) + int(m.saleId.has_value()) + int(m.recent.has_value());
    if (r.ok() && criteria != 1) {
        r.fail(ErrorCode::InvalidValue,
               QStringLiteral("give exactly one of 'ticketCode', 'saleId', 'recent'"), {});
    }
    return finishRead(r, std::move(m));
}

QJsonObject FindSalesReply::toJson() const
{
    return { { L1("sales"), toJsonArray(sales, saleRecordToJson) } };
}

Result<FindSalesReply> FindSalesReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    FindSalesReply m;
    m.sales = r.listField<SaleRecord>(L1("sales"), MaxListItems,
                                      [](Reader &p, const QJsonValue &value, const QString &at) {
                                          return p.objectValue(value, at, readSaleRecord);
                                      });
    return finishRead(r, std::move(m));
}

QJsonObject VerifyTicketRequest::toJson() const
{
    return { { L1("code"), code }, { L1("admit"), admit } };
}

Result<VerifyTicketRequest> VerifyTicketRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    VerifyTicketRequest m;
    m.code = r.id(L1("code"));
    m.admit = r.boolean(L1("admit"), false);
    return finishRead(r, std::move(m));
}

QJsonObject VerifyTicketReply::toJson() const
{
    QJsonObject o { { L1("ticket"), ticketToJson(ticket) },
                    { L1("saleId"), saleId },
                    { L1("showId"), showId } };
    insertOptional(o, L1("admittedAt"), admittedAt);
    return o;
}

Result<VerifyTicketReply> VerifyTicketReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    VerifyTicketReply m;
    m.ticket = r.nested(L1("ticket"), readTicket);
    m.saleId = r.id(L1("saleId"));
    m.showId = r.id(L1("showId"));
    m.admittedAt = r.optDateTime(L1("admittedAt"));
    return finishRead(r, std::move(m));
}

QJsonObject ShiftReportRequest::toJson() const
{
    QJsonObject o;
    insertOptional(o, L1("shiftId"), shiftId);
    insertOptional(o, L1("from"), from);
    insertOptional(o, L1("to"), to);
    return o;
}

Result<ShiftReportRequest> ShiftReportRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ShiftReportRequest m;
    m.shiftId = r.optId(L1("shiftId"));
    m.from = r.optDateTime(L1("from"));
    m.to = r.optDateTime(L1("to"));
    checkTimeRange(r, m.from, m.to);
    if (r.ok() && m.shiftId && (m.from || m.to)) {
        r.fail(ErrorCode::InvalidValue, QStringLiteral("give a shiftId or a period, not both"),
               QStringLiteral("/shiftId"));
    }
    return finishRead(r, std::move(m));
}

QJsonObject ShiftReportReply::toJson() const
{
    QJsonObject o { { L1("userId"), userId },
                    { L1("terminalId"), terminalId },
                    { L1("from"), toJsonValue(from) },
                    { L1("to"), toJsonValue(to) },
                    { L1("totals"), toJsonArray(totals, methodTotalToJson) },
                    { L1("ticketsSold"), ticketsSold },
                    { L1("ticketsRefunded"), ticketsRefunded } };
    insertOptional(o, L1("userName"), userName);
    insertOptional(o, L1("shiftId"), shiftId);
    if (shiftId)
        o.insert(L1("closed"), closed);
    insertOptional(o, L1("openingFloat"), openingFloat);
    insertOptional(o, L1("expectedCash"), expectedCash);
    insertOptional(o, L1("countedCash"), countedCash);
    insertOptional(o, L1("difference"), difference);
    return o;
}

Result<ShiftReportReply> ShiftReportReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ShiftReportReply m;
    m.userId = r.id(L1("userId"));
    m.terminalId = r.id(L1("terminalId"));
    m.from = r.dateTime(L1("from"));
    m.to = r.dateTime(L1("to"));
    m.totals = r.listField<MethodTotal>(L1("totals"), MaxListItems,
                                        [](Reader &p, const QJsonValue &value, const QString &at) {
                                            return p.objectValue(value, at, readMethodTotal);
                                        });
    m.ticketsSold = r.integer(L1("ticketsSold"), 0, MaxSafeInteger);
    m.ticketsRefunded = r.integer(L1("ticketsRefunded"), 0, MaxSafeInteger);
    m.userName = r.optString(L1("userName"), MaxNameLength);
    m.shiftId = r.optId(L1("shiftId"));
    m.closed = r.boolean(L1("closed"), false);
    m.openingFloat = r.optMoney(L1("openingFloat"));
    m.expectedCash = r.optMoney(L1("expectedCash"), true);
    m.countedCash = r.optMoney(L1("countedCash"));
    m.difference = r.optMoney(L1("difference"), true);
    return finishRead(r, std::move(m));
}

QJsonObject CloseShiftRequest::toJson() const
{
    QJsonObject o { { L1("countedCash"), toJsonValue(countedCash) } };
    insertOptional(o, L1("note"), note);
    return o;
}

Result<CloseShiftRequest> CloseShiftRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CloseShiftRequest m;
    m.countedCash = r.money(L1("countedCash"));
    m.note = r.optString(L1("note"), MaxTextLength);
    return finishRead(r, std::move(m));
}

QJsonObject CloseShiftReply::toJson() const
{
    return report.toJson();
}

Result<CloseShiftReply> CloseShiftReply::fromJson(const QJsonObject &body)
{
    auto report = ShiftReportReply::fromJson(body);
    if (!report)
        return report.error();
    CloseShiftReply m;
    m.report = std::move(*report);
    return m;
}

QJsonObject ErrorMessage::toJson() const
{
    QJsonObject o { { L1("code"), errorCodeName(code) }, { L1("message"), message } };
    if (!where.isEmpty())
        o.insert(L1("where"), where);
    if (!details.isEmpty())
        o.insert(L1("details"), details);
    return o;
}

Result<ErrorMessage> ErrorMessage::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ErrorMessage m;
    const QString codeName = r.string(L1("code"), MaxNameLength);
    if (r.ok() && !errorCodeFromName(codeName, &m.code))
        m.code = ErrorCode::Internal; // a code from a newer server
    m.message = r.string(L1("message"), MaxTextLength * 4);
    if (const auto where = r.take(L1("where"), false))
        m.where = r.stringValue(*where, QStringLiteral("/where"), MaxTextLength, true);
    if (const auto details = r.take(L1("details"), false)) {
        if (!details->isObject()) {
            r.fail(ErrorCode::NotAnObject, QStringLiteral("'details' is an object"),
                   QStringLiteral("/details"));
        } else {
            m.details = details->toObject();
        }
    }
    return finishRead(r, std::move(m));
}

ErrorMessage ErrorMessage::fromError(const Error &error, const QJsonObject &details)
{
    return ErrorMessage { error.code, error.message, error.where, details };
}

Error ErrorMessage::toError() const
{
    return Error { code, message, where };
}

QJsonObject NoticePush::toJson() const
{
    QJsonObject o { { L1("kind"), enumToString(noticeKindNames, kind) }, { L1("message"), message } };
    insertOptional(o, L1("retryAfterSeconds"), retryAfterSeconds);
    return o;
}

Result<NoticePush> NoticePush::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    NoticePush m;
    m.kind = r.enumeration(L1("kind"), noticeKindNames);
    m.message = r.string(L1("message"), MaxTextLength);
    m.retryAfterSeconds = r.optInteger(L1("retryAfterSeconds"), 0, 86400);
    return finishRead(r, std::move(m));
}

// ---------------------------------------------------------------------------------------------
// Dispatch.

namespace {

using Decoder = Result<AnyMessage> (*)(const QJsonObject &);

template<std::size_t I> Result<AnyMessage> decodeAlternative(const QJsonObject &body)
{
    using M = std::variant_alternative_t<I, AnyMessage>;
    auto decoded = M::fromJson(body);
    if (!decoded)
        return decoded.error();
    return AnyMessage(std::in_place_index<I>, std::move(decoded).value());
}

template<std::size_t... I> constexpr bool typesInOrder(std::index_sequence<I...>)
{
    // Alternative I is the struct of MessageType I.
    return ((static_cast<std::size_t>(std::variant_alternative_t<I, AnyMessage>::Type) == I) && ...);
}
static_assert(typesInOrder(std::make_index_sequence<std::variant_size_v<AnyMessage>>()));

template<std::size_t... I> const QHash<int, Decoder> &makeDecoders(std::index_sequence<I...>)
{
    static const QHash<int, Decoder> decoders
        = { { static_cast<int>(std::variant_alternative_t<I, AnyMessage>::Type), &decodeAlternative<I> }... };
    return decoders;
}

const QHash<int, Decoder> &decoders()
{
    return makeDecoders(std::make_index_sequence<std::variant_size_v<AnyMessage>>());
}

} // namespace

MessageType messageTypeOf(const AnyMessage &message)
{
    return std::visit([](const auto &m) { return std::decay_t<decltype(m)>::Type; }, message);
}

Result<Envelope> decodeEnvelope(QByteArrayView bytes, const JsonLimits &limits, QString *requestId)
{
    if (requestId)
        requestId->clear();
    auto parsed = parseJsonObject(bytes, limits);
    if (!parsed)
        return parsed.error();
    const QJsonObject &object = *parsed;

    const auto idIt = object.constFind(L1("id"));
    const bool hasId = idIt != object.constEnd();
    if (requestId && hasId && idIt->isString() && isValidId(idIt->toString()))
        *requestId = idIt->toString();

    Envelope envelope;
    const auto v = object.constFind(L1("v"));
    if (v == object.constEnd())
        return makeError(ErrorCode::MissingField, QStringLiteral("'v' is required"), QStringLiteral("/v"));
    if (!v->isDouble()) {
        return makeError(ErrorCode::WrongType,
                         QStringLiteral("'v' is a number, got %1").arg(jsonTypeName(*v)),
                         QStringLiteral("/v"));
    }
    if (v->toDouble() != double(ProtocolVersion)) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("this server speaks protocol version %1").arg(ProtocolVersion),
                         QStringLiteral("/v"));
    }

    const auto type = object.constFind(L1("type"));
    if (type == object.constEnd())
        return makeError(ErrorCode::MissingField, QStringLiteral("'type' is required"),
                         QStringLiteral("/type"));
    if (!type->isString()) {
        return makeError(ErrorCode::WrongType,
                         QStringLiteral("'type' is a string, got %1").arg(jsonTypeName(*type)),
                         QStringLiteral("/type"));
    }
    const QString typeName = type->toString();
    const MessageTypeInfo *info = messageTypeInfo(typeName);
    if (!info) {
        return makeError(ErrorCode::UnknownType,
                         QStringLiteral("unknown message type '%1'").arg(typeName.left(64)),
                         QStringLiteral("/type"));
    }
    envelope.type = info->type;

    if (info->direction == Direction::ClientToServer) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (key != L1("v") && key != L1("type") && key != L1("id") && key != L1("body")) {
                return makeError(ErrorCode::UnknownField,
                                 QStringLiteral("unknown envelope field '%1'").arg(key),
                                 u'/' + pointerToken(key));
            }
        }
    }

    if (hasId) {
        if (!idIt->isString()) {
            return makeError(ErrorCode::WrongType,
                             QStringLiteral("'id' is a string, got %1").arg(jsonTypeName(*idIt)),
                             QStringLiteral("/id"));
        }
        envelope.id = idIt->toString();
        if (!isValidId(envelope.id)) {
            return makeError(ErrorCode::InvalidValue,
                             QStringLiteral("a request id has 1 to %1 characters of "
                                            "A-Z a-z 0-9 . _ : -")
                                 .arg(MaxIdLength),
                             QStringLiteral("/id"));
        }
        if (info->kind == MessageKind::Push) {
            return makeError(ErrorCode::InvalidValue,
                             QStringLiteral("'%1' is a push and carries no id").arg(typeName),
                             QStringLiteral("/id"));
        }
    } else if (info->kind == MessageKind::Request || info->kind == MessageKind::Reply) {
        return makeError(ErrorCode::MissingField, QStringLiteral("'%1' needs a request id").arg(typeName),
                         QStringLiteral("/id"));
    }

    const auto body = object.constFind(L1("body"));
    if (body != object.constEnd()) {
        if (!body->isObject()) {
            return makeError(ErrorCode::NotAnObject,
                             QStringLiteral("'body' is an object, got %1").arg(jsonTypeName(*body)),
                             QStringLiteral("/body"));
        }
        envelope.body = body->toObject();
    }
    return envelope;
}

Result<AnyMessage> decodeBody(const Envelope &envelope)
{
    const Decoder decoder = decoders().value(static_cast<int>(envelope.type), nullptr);
    if (!decoder) {
        return makeError(ErrorCode::UnknownType,
                         QStringLiteral("no decoder for '%1'").arg(messageTypeName(envelope.type)),
                         QStringLiteral("/type"));
    }
    auto decoded = decoder(envelope.body);
    if (!decoded) {
        Error error = decoded.error();
        error.where.prepend(QStringLiteral("/body"));
        return error;
    }
    return decoded;
}

Result<Message> decodeMessage(QByteArrayView bytes, const JsonLimits &limits, QString *requestId)
{
    auto envelope = decodeEnvelope(bytes, limits, requestId);
    if (!envelope)
        return envelope.error();
    auto body = decodeBody(*envelope);
    if (!body)
        return body.error();
    return Message { envelope->id, std::move(body).value() };
}

QByteArray encode(const Envelope &envelope)
{
    QJsonObject object { { L1("v"), envelope.version },
                         { L1("type"), messageTypeName(envelope.type) },
                         { L1("body"), envelope.body } };
    if (!envelope.id.isEmpty())
        object.insert(L1("id"), envelope.id);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray encodeMessage(const AnyMessage &message, const QString &id)
{
    return std::visit([&id](const auto &m) { return encodeMessage(m, id); }, message);
}

QByteArray encodeError(const Error &error, const QString &id, const QJsonObject &details)
{
    return encodeMessage(ErrorMessage::fromError(error, details), id);
}

} // namespace Marquee
