#include "pricing.h"

#include "codec.h"

#include <QtCore/QSet>

namespace Marquee {

using namespace Wire;

namespace {

QJsonObject ticketTypeToJson(const TicketType &t)
{
    QJsonObject o { { L1("id"), t.id },
                    { L1("name"), t.name },
                    { L1("position"), t.position },
                    { L1("archived"), t.archived } };
    insertOptional(o, L1("note"), t.note);
    return o;
}

TicketType readTicketType(Reader &r)
{
    TicketType t;
    t.id = r.id(L1("id"));
    t.name = r.string(L1("name"), MaxTicketTypeNameLength);
    t.note = r.optString(L1("note"), MaxTicketTypeNoteLength);
    t.position = r.integer(L1("position"), 0, MaxSafeInteger);
    t.archived = r.boolean(L1("archived"), false);
    return t;
}

QJsonObject cardPriceToJson(const CardPrice &p)
{
    return { { L1("category"), p.category },
             { L1("ticketTypeId"), p.ticketTypeId },
             { L1("price"), toJsonValue(p.price) } };
}

CardPrice readCardPrice(Reader &r)
{
    CardPrice p;
    p.category = r.name(L1("category"), MaxCategoryIdLength);
    p.ticketTypeId = r.id(L1("ticketTypeId"));
    p.price = r.money(L1("price"));
    return p;
}

QJsonObject priceCardToJson(const PriceCard &c)
{
    return { { L1("id"), c.id },
             { L1("name"), c.name },
             { L1("revision"), c.revision },
             { L1("prices"), toJsonArray(c.prices, cardPriceToJson) },
             { L1("archived"), c.archived },
             { L1("inUse"), c.inUse } };
}

PriceCard readPriceCard(Reader &r)
{
    PriceCard c;
    c.id = r.id(L1("id"));
    c.name = r.string(L1("name"), MaxPriceCardNameLength);
    c.revision = r.integer(L1("revision"), 0, MaxSafeInteger);
    c.prices = r.objectListField<CardPrice>(L1("prices"), readCardPrice);
    c.archived = r.boolean(L1("archived"), false);
    c.inUse = r.boolean(L1("inUse"), false);
    return c;
}

// A card's matrix from a client: 1..MaxPricesPerCard cells, no (category, type) twice.
QList<CardPrice> readCardPrices(Reader &r, const QJsonValue &value, const QString &where)
{
    QSet<QString> seen;
    return r.list<CardPrice>(value, where, MaxPricesPerCard, false, ErrorCode::InvalidValue,
                             [&seen](Reader &reader, const QJsonValue &v, const QString &at) {
                                 CardPrice p = reader.objectValue(v, at, readCardPrice);
                                 const QString key = p.category + u'\n' + p.ticketTypeId;
                                 if (reader.ok() && seen.contains(key)) {
                                     reader.fail(ErrorCode::InvalidValue,
                                                 QStringLiteral("a second price for %1 in %2")
                                                     .arg(p.ticketTypeId, p.category),
                                                 at);
                                 }
                                 seen.insert(key);
                                 return p;
                             });
}

QString readTypeName(Reader &r)
{
    return r.name(L1("name"), MaxTicketTypeNameLength);
}

// An optional note: "" clears it (update_ticket_type), refused in create_ticket_type.
std::optional<QString> readNote(Reader &r, bool allowEmpty)
{
    const auto value = r.take(L1("note"), false);
    if (!value)
        return std::nullopt;
    const QString text = r.stringValue(*value, r.path(L1("note")), MaxTicketTypeNoteLength, allowEmpty);
    return r.ok() ? std::optional<QString>(text) : std::nullopt;
}

QJsonObject seatChoiceToJson(const SeatTicketTypeChoice &c)
{
    return { { L1("seatId"), c.seatId }, { L1("ticketTypeId"), c.ticketTypeId } };
}

SeatTicketTypeChoice readSeatChoice(Reader &r)
{
    SeatTicketTypeChoice c;
    c.seatId = r.id(L1("seatId"));
    c.ticketTypeId = r.id(L1("ticketTypeId"));
    return c;
}

} // namespace

QJsonObject ListPricingRequest::toJson() const
{
    return { { L1("venueId"), venueId } };
}

Result<ListPricingRequest> ListPricingRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListPricingRequest m;
    m.venueId = r.id(L1("venueId"));
    return finishRead(r, std::move(m));
}

QJsonObject ListPricingReply::toJson() const
{
    return { { L1("venueId"), venueId },
             { L1("currency"), currency.code() },
             { L1("ticketTypes"), toJsonArray(ticketTypes, ticketTypeToJson) },
             { L1("priceCards"), toJsonArray(priceCards, priceCardToJson) } };
}

Result<ListPricingReply> ListPricingReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListPricingReply m;
    m.venueId = r.id(L1("venueId"));
    const QString code = r.string(L1("currency"), 3);
    if (r.ok()) {
        const auto currency = Currency::fromCode(code);
        if (!currency)
            r.fail(ErrorCode::InvalidCurrency, currency.error().message, r.path(L1("currency")));
        else
            m.currency = *currency;
    }
    m.ticketTypes = r.objectListField<TicketType>(L1("ticketTypes"), readTicketType);
    m.priceCards = r.objectListField<PriceCard>(L1("priceCards"), readPriceCard);
    return finishRead(r, std::move(m));
}

QJsonObject CreateTicketTypeRequest::toJson() const
{
    QJsonObject o { { L1("venueId"), venueId }, { L1("name"), name } };
    insertOptional(o, L1("note"), note);
    insertOptional(o, L1("position"), position);
    return o;
}

Result<CreateTicketTypeRequest> CreateTicketTypeRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreateTicketTypeRequest m;
    m.venueId = r.id(L1("venueId"));
    m.name = readTypeName(r);
    m.note = readNote(r, false);
    m.position = r.optInteger(L1("position"), 1, MaxTicketTypePosition);
    return finishRead(r, std::move(m));
}

QJsonObject TicketTypeReply::toJson() const
{
    return { { L1("ticketType"), ticketTypeToJson(ticketType) } };
}

Result<TicketTypeReply> TicketTypeReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    TicketTypeReply m;
    m.ticketType = r.nested(L1("ticketType"), readTicketType);
    return finishRead(r, std::move(m));
}

QJsonObject UpdateTicketTypeRequest::toJson() const
{
    QJsonObject o { { L1("ticketTypeId"), ticketTypeId } };
    insertOptional(o, L1("name"), name);
    insertOptional(o, L1("note"), note);
    insertOptional(o, L1("position"), position);
    if (archived)
        o.insert(L1("archived"), *archived);
    return o;
}

Result<UpdateTicketTypeRequest> UpdateTicketTypeRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UpdateTicketTypeRequest m;
    m.ticketTypeId = r.id(L1("ticketTypeId"));
    if (body.contains(L1("name")))
        m.name = readTypeName(r);
    m.note = readNote(r, true);
    m.position = r.optInteger(L1("position"), 1, MaxTicketTypePosition);
    if (body.contains(L1("archived")))
        m.archived = r.boolean(L1("archived"), false);
    if (r.ok() && !m.name && !m.note && !m.position && !m.archived)
        r.fail(ErrorCode::MissingField, QStringLiteral("change at least one field"), QString());
    return finishRead(r, std::move(m));
}

QJsonObject CreatePriceCardRequest::toJson() const
{
    return { { L1("venueId"), venueId }, { L1("name"), name }, { L1("prices"), toJsonArray(prices, cardPriceToJson) } };
}

Result<CreatePriceCardRequest> CreatePriceCardRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreatePriceCardRequest m;
    m.venueId = r.id(L1("venueId"));
    m.name = r.name(L1("name"), MaxPriceCardNameLength);
    if (const auto prices = r.take(L1("prices"), true))
        m.prices = readCardPrices(r, *prices, r.path(L1("prices")));
    return finishRead(r, std::move(m));
}

QJsonObject PriceCardReply::toJson() const
{
    return { { L1("priceCard"), priceCardToJson(priceCard) } };
}

Result<PriceCardReply> PriceCardReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    PriceCardReply m;
    m.priceCard = r.nested(L1("priceCard"), readPriceCard);
    return finishRead(r, std::move(m));
}

QJsonObject UpdatePriceCardRequest::toJson() const
{
    QJsonObject o { { L1("priceCardId"), priceCardId } };
    insertOptional(o, L1("revision"), revision);
    insertOptional(o, L1("name"), name);
    if (prices)
        o.insert(L1("prices"), toJsonArray(*prices, cardPriceToJson));
    return o;
}

Result<UpdatePriceCardRequest> UpdatePriceCardRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UpdatePriceCardRequest m;
    m.priceCardId = r.id(L1("priceCardId"));
    m.revision = r.optInteger(L1("revision"), 1, MaxSafeInteger);
    if (body.contains(L1("name")))
        m.name = r.name(L1("name"), MaxPriceCardNameLength);
    if (const auto prices = r.take(L1("prices"), false))
        m.prices = readCardPrices(r, *prices, r.path(L1("prices")));
    if (r.ok() && !m.name && !m.prices)
        r.fail(ErrorCode::MissingField, QStringLiteral("give a new name, prices or both"), QString());
    return finishRead(r, std::move(m));
}

QJsonObject DeletePriceCardRequest::toJson() const
{
    return { { L1("priceCardId"), priceCardId } };
}

Result<DeletePriceCardRequest> DeletePriceCardRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    DeletePriceCardRequest m;
    m.priceCardId = r.id(L1("priceCardId"));
    return finishRead(r, std::move(m));
}

QJsonObject DeletePriceCardReply::toJson() const
{
    return { { L1("priceCardId"), priceCardId }, { L1("archived"), archived } };
}

Result<DeletePriceCardReply> DeletePriceCardReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    DeletePriceCardReply m;
    m.priceCardId = r.id(L1("priceCardId"));
    m.archived = r.boolean(L1("archived"), false);
    return finishRead(r, std::move(m));
}

QJsonObject SetTicketTypesRequest::toJson() const
{
    return { { L1("holdId"), holdId }, { L1("seats"), toJsonArray(seats, seatChoiceToJson) } };
}

Result<SetTicketTypesRequest> SetTicketTypesRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SetTicketTypesRequest m;
    m.holdId = r.id(L1("holdId"));
    if (const auto seats = r.take(L1("seats"), true)) {
        QSet<QString> seen;
        m.seats = r.list<SeatTicketTypeChoice>(
            *seats, r.path(L1("seats")), MaxSeatsPerRequest, false, ErrorCode::EmptySeatList,
            [&seen](Reader &reader, const QJsonValue &v, const QString &at) {
                SeatTicketTypeChoice c = reader.objectValue(v, at, readSeatChoice);
                if (reader.ok() && seen.contains(c.seatId))
                    reader.fail(ErrorCode::DuplicateSeat, QStringLiteral("'%1' appears twice").arg(c.seatId),
                                at + QStringLiteral("/seatId"));
                seen.insert(c.seatId);
                return c;
            });
    }
    return finishRead(r, std::move(m));
}

} // namespace Marquee
