#pragma once

// Internal to the protocol's implementation (shared/protocol/*.cpp): how message bodies are read
// and written. A Reader walks one JSON object, remembers the first error and which keys were
// read; finish() reports an unknown key (strict mode) before any other error of that object.
// Not for use outside shared/protocol.

#include "envelope.h"
#include "money.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonValue>
#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <array>
#include <optional>

namespace Marquee {

enum class ShowStatus;
enum class PaymentMethod;
enum class Role;
enum class SeatBlock;
struct CategoryPrice;
struct SeatTicketType;
struct Show;

namespace Wire {

using L1 = QLatin1StringView;

inline constexpr qsizetype MaxNameLength = 200;
inline constexpr qsizetype MaxTextLength = 1000;
inline constexpr qsizetype MaxTokenLength = 1024;
inline constexpr qsizetype MaxListItems = 100000; // lists in server messages

// ---------------------------------------------------------------------------------------------
// Enum names on the wire.

template<typename E> struct EnumName
{
    E value;
    QLatin1StringView name;
};

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

// Tables used by more than one domain.
extern const std::array<EnumName<ShowStatus>, 4> showStatusNames;
extern const std::array<EnumName<PaymentMethod>, 2> paymentMethodNames;
extern const std::array<EnumName<Role>, 4> roleNames;
extern const std::array<EnumName<SeatBlock>, 3> seatBlockNames; // seats.cpp

// Bodies of client-to-server messages are strict, the others tolerant.
bool isStrict(MessageType type);
// A JSON-pointer reference token (RFC 6901): '~' as "~0", '/' as "~1".
QString pointerToken(QStringView key);
QString jsonTypeName(const QJsonValue &value);

// ---------------------------------------------------------------------------------------------
// Reading.

class Reader
{
public:
    Reader(const QJsonObject &object, QString path, bool strict);

    bool ok() const { return !m_error.has_value(); }
    bool strict() const { return m_strict; }
    QString path(QStringView key) const { return m_path + u'/' + pointerToken(key); }
    QString path(QLatin1StringView key) const { return path(QStringView(QString(key))); }

    void fail(ErrorCode code, const QString &message, const QString &where);
    void fail(const Error &error);

    // The value at key; nullopt when missing (MissingField if required) or after an error.
    std::optional<QJsonValue> take(QLatin1StringView key, bool required);
    Status finish() const;

    // --- values (at a given path) ---
    QString stringValue(const QJsonValue &value, const QString &where, qsizetype maxLength, bool allowEmpty = false);
    QString idValue(const QJsonValue &value, const QString &where);
    qint64 integerValue(const QJsonValue &value, const QString &where, qint64 min, qint64 max);
    QDateTime dateTimeValue(const QJsonValue &value, const QString &where);
    Money moneyValue(const QJsonValue &value, const QString &where, bool allowNegative);

    // Runs parse(Reader &) on the object at `where`, adopting its error.
    template<typename F>
    auto objectValue(const QJsonValue &value, const QString &where, F &&parse)
        -> decltype(parse(std::declval<Reader &>()))
    {
        if (!value.isObject()) {
            fail(ErrorCode::NotAnObject, QStringLiteral("expected an object, got %1").arg(jsonTypeName(value)), where);
            return {};
        }
        Reader r(value.toObject(), where, m_strict);
        auto result = parse(r);
        absorb(r);
        return result;
    }

    // --- fields ---
    QString string(QLatin1StringView key, qsizetype maxLength);
    // A name people give (a venue, an auditorium): 1..maxLength characters, no control
    // characters, not only white space.
    QString name(QLatin1StringView key, qsizetype maxLength);
    std::optional<QString> optString(QLatin1StringView key, qsizetype maxLength);
    QString id(QLatin1StringView key);
    std::optional<QString> optId(QLatin1StringView key);
    qint64 integer(QLatin1StringView key, qint64 min, qint64 max);
    std::optional<qint64> optInteger(QLatin1StringView key, qint64 min, qint64 max);
    bool boolean(QLatin1StringView key, bool defaultValue);
    QDateTime dateTime(QLatin1StringView key);
    std::optional<QDateTime> optDateTime(QLatin1StringView key);
    Money money(QLatin1StringView key, bool allowNegative = false);
    std::optional<Money> optMoney(QLatin1StringView key, bool allowNegative = false);
    QJsonObject object(QLatin1StringView key);

    template<typename E, std::size_t N> E enumeration(QLatin1StringView key, const std::array<EnumName<E>, N> &table)
    {
        const auto value = take(key, true);
        return value ? enumValue(*value, path(key), table) : table[0].value;
    }
    template<typename E, std::size_t N>
    E enumValue(const QJsonValue &value, const QString &where, const std::array<EnumName<E>, N> &table)
    {
        if (!value.isString()) {
            fail(ErrorCode::WrongType, QStringLiteral("expected a string, got %1").arg(jsonTypeName(value)), where);
            return table[0].value;
        }
        const auto parsed = enumFromString(table, value.toString());
        if (!parsed) {
            QStringList names;
            for (const auto &entry : table)
                names.append(QString(entry.name));
            fail(ErrorCode::InvalidValue, QStringLiteral("expected one of: %1").arg(names.join(QStringLiteral(", "))),
                 where);
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
    template<typename F> auto nested(QLatin1StringView key, F &&parse) -> decltype(parse(std::declval<Reader &>()))
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
            fail(ErrorCode::WrongType, QStringLiteral("expected an array, got %1").arg(jsonTypeName(value)), where);
            return items;
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty() && !allowEmpty) {
            fail(emptyCode, QStringLiteral("the list must not be empty"), where);
            return items;
        }
        if (array.size() > maxItems) {
            fail(ErrorCode::TooManyItems, QStringLiteral("at most %1 items, got %2").arg(maxItems).arg(array.size()),
                 where);
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
    // A list of objects at key, each read by parse(Reader &).
    template<typename T, typename F> QList<T> objectListField(QLatin1StringView key, F &&parse)
    {
        return listField<T>(key, MaxListItems, [&parse](Reader &r, const QJsonValue &value, const QString &at) {
            return r.objectValue(value, at, parse);
        });
    }

    // A list of distinct ids; duplicates are reported at the later index as `duplicateCode`.
    QStringList idList(const QJsonValue &value, const QString &where, qsizetype maxItems, ErrorCode emptyCode,
                       ErrorCode duplicateCode, bool allowEmpty = false);
    QStringList idListField(QLatin1StringView key, qsizetype maxItems, ErrorCode emptyCode, ErrorCode duplicateCode,
                            bool allowEmpty = false);

private:
    void absorb(const Reader &child);

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

// Shows and their prices as list_shows and the programme's replies carry them (catalogue.cpp).
QJsonObject priceToJson(const CategoryPrice &price);
CategoryPrice readPrice(Reader &r);
QJsonObject showToJson(const Show &show);
Show readShow(Reader &r);
// Each held seat's ticket type at "ticketTypes", as hold_reply and session's holds carry it
// (seats.cpp): left out when empty, read as empty when absent.
void insertSeatTicketTypes(QJsonObject &object, const QList<SeatTicketType> &types);
QList<SeatTicketType> readSeatTicketTypes(Reader &r);
// An optional IANA time zone name at "timezone".
std::optional<QString> readTimezone(Reader &r);

// 'to' is not before 'from'.
void checkTimeRange(Reader &r, const std::optional<QDateTime> &from, const std::optional<QDateTime> &to);
// An error code by its wire name; a name from a newer server reads as Internal.
ErrorCode readErrorCode(Reader &r, QLatin1StringView key);

// ---------------------------------------------------------------------------------------------
// Writing.

QJsonValue toJsonValue(const Money &money);
QJsonValue toJsonValue(const QDateTime &time);
QJsonValue toJsonValue(const QStringList &list);

template<typename T, typename F> QJsonArray toJsonArray(const QList<T> &items, F &&convert)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(convert(item));
    return array;
}

template<typename T> void insertOptional(QJsonObject &object, QLatin1StringView key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, toJsonValue(*value));
}
void insertOptional(QJsonObject &object, QLatin1StringView key, const std::optional<QString> &value);
void insertOptional(QJsonObject &object, QLatin1StringView key, const std::optional<qint64> &value);

} // namespace Wire
} // namespace Marquee

// toJson() and fromJson() of a message without fields.
#define MARQUEE_EMPTY_MESSAGE(Name)                                                                          \
    QJsonObject Name::toJson() const                                                                         \
    {                                                                                                        \
        return {};                                                                                           \
    }                                                                                                        \
    Result<Name> Name::fromJson(const QJsonObject &body)                                                     \
    {                                                                                                        \
        Wire::Reader r(body, {}, Wire::isStrict(Type));                                                      \
        return Wire::finishRead(r, Name {});                                                                 \
    }
