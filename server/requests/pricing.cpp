// Ticket types and price cards: every signed-in role reads a venue's (list_pricing: the box
// office and the kiosk price seats with them); managers and admins keep them; whoever holds seats
// picks their types (set_ticket_types). The database does each request in one function
// (server/db/sql/011_pricing.sql) and is the judge of every rule: complete matrices, names unique
// per venue, cards in use, types a show offers.
#include "syncserver.h"

#include "database.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Marquee {

namespace {

QString idText(const QJsonValue &v)
{
    return QString::number(v.toInteger());
}

TicketType ticketTypeFromJson(const QJsonObject &o)
{
    TicketType t;
    t.id = idText(o.value(QLatin1String("id")));
    t.name = o.value(QLatin1String("name")).toString();
    if (const QJsonValue note = o.value(QLatin1String("note")); note.isString())
        t.note = note.toString();
    t.position = o.value(QLatin1String("position")).toInteger();
    t.archived = o.value(QLatin1String("archived")).toBool();
    return t;
}

PriceCard priceCardFromJson(const QJsonObject &o, const QString &currency)
{
    PriceCard c;
    c.id = idText(o.value(QLatin1String("id")));
    c.name = o.value(QLatin1String("name")).toString();
    c.revision = o.value(QLatin1String("revision")).toInteger();
    c.archived = o.value(QLatin1String("archived")).toBool();
    c.inUse = o.value(QLatin1String("inUse")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("prices")).toArray()) {
        const QJsonObject p = v.toObject();
        c.prices.append(CardPrice { p.value(QLatin1String("category")).toString(), idText(p.value(QLatin1String("type"))),
                                    money(p.value(QLatin1String("amount")).toInteger(), currency) });
    }
    return c;
}

// A card's matrix as the database takes it; an id that is no database id names no type of the
// venue (NOT_FOUND where it is, as the database answers for an unknown one).
Result<QByteArray> pricesParameter(const QList<CardPrice> &prices)
{
    QJsonArray out;
    for (qsizetype i = 0; i < prices.size(); ++i) {
        const CardPrice &p = prices.at(i);
        const auto type = numericId(p.ticketTypeId);
        if (!type) {
            return notFound(QStringLiteral("ticket type"), p.ticketTypeId,
                            QStringLiteral("/body/prices/%1/ticketTypeId").arg(i));
        }
        out.append(QJsonObject { { QStringLiteral("category"), p.category },
                                 { QStringLiteral("type"), *type },
                                 { QStringLiteral("amount"), p.price.minorUnits() },
                                 { QStringLiteral("currency"), p.price.currency().code() } });
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

std::function<void(const QJsonObject &)> ticketTypeAnswer(const std::function<void(const QByteArray &)> &reply,
                                                          const QString &id)
{
    return [reply, id](const QJsonObject &r) {
        reply(encodeMessage(TicketTypeReply { ticketTypeFromJson(r.value(QLatin1String("ticketType")).toObject()) }, id));
    };
}

std::function<void(const QJsonObject &)> priceCardAnswer(const std::function<void(const QByteArray &)> &reply,
                                                         const QString &id)
{
    return [reply, id](const QJsonObject &r) {
        const QJsonObject card = r.value(QLatin1String("priceCard")).toObject();
        reply(encodeMessage(PriceCardReply { priceCardFromJson(card, card.value(QLatin1String("currency")).toString()) },
                            id));
    };
}

} // namespace

void SyncServer::handleListPricing(Session &session, const QString &id, const ListPricingRequest &request)
{
    const auto venue = numericId(request.venueId);
    if (!venue) {
        sendError(session.socket, id, notFound(QStringLiteral("venue"), request.venueId, QStringLiteral("/body/venueId")));
        return;
    }
    Reply reply = replier(session, id);
    runOperation("list_pricing", { QByteArray::number(*venue) }, reply, id, [reply, id, request](const QJsonObject &r) {
        const QString currency = r.value(QLatin1String("currency")).toString();
        ListPricingReply out;
        out.venueId = request.venueId;
        out.currency = money(0, currency).currency();
        for (const QJsonValue &v : r.value(QLatin1String("ticketTypes")).toArray())
            out.ticketTypes.append(ticketTypeFromJson(v.toObject()));
        for (const QJsonValue &v : r.value(QLatin1String("priceCards")).toArray())
            out.priceCards.append(priceCardFromJson(v.toObject(), currency));
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleCreateTicketType(Session &session, const QString &id, const QByteArray &hash,
                                        const CreateTicketTypeRequest &request)
{
    const auto venue = editableId(session, id, QStringLiteral("venue"), request.venueId, QLatin1StringView("venueId"));
    if (!venue)
        return;
    Reply reply = replier(session, id);
    runOperation("create_ticket_type",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*venue),
                   request.name.toUtf8(), optionalText(request.note), optionalNumber(request.position) },
                 reply, id, ticketTypeAnswer(reply, id));
}

void SyncServer::handleUpdateTicketType(Session &session, const QString &id, const QByteArray &hash,
                                        const UpdateTicketTypeRequest &request)
{
    const auto type = editableId(session, id, QStringLiteral("ticket type"), request.ticketTypeId,
                                 QLatin1StringView("ticketTypeId"));
    if (!type)
        return;
    Reply reply = replier(session, id);
    runOperation("update_ticket_type",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*type),
                   optionalText(request.name), optionalText(request.note), optionalNumber(request.position),
                   request.archived ? QByteArray(*request.archived ? "true" : "false") : QByteArray() },
                 reply, id, ticketTypeAnswer(reply, id));
}

void SyncServer::handleCreatePriceCard(Session &session, const QString &id, const QByteArray &hash,
                                       const CreatePriceCardRequest &request)
{
    const auto venue = editableId(session, id, QStringLiteral("venue"), request.venueId, QLatin1StringView("venueId"));
    if (!venue)
        return;
    const auto prices = pricesParameter(request.prices);
    if (!prices) {
        sendError(session.socket, id, prices.error());
        return;
    }
    Reply reply = replier(session, id);
    runOperation("create_price_card",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*venue),
                   request.name.toUtf8(), *prices },
                 reply, id, priceCardAnswer(reply, id));
}

void SyncServer::handleUpdatePriceCard(Session &session, const QString &id, const QByteArray &hash,
                                       const UpdatePriceCardRequest &request)
{
    const auto card = editableId(session, id, QStringLiteral("price card"), request.priceCardId,
                                 QLatin1StringView("priceCardId"));
    if (!card)
        return;
    QByteArray prices;
    if (request.prices) {
        const auto matrix = pricesParameter(*request.prices);
        if (!matrix) {
            sendError(session.socket, id, matrix.error());
            return;
        }
        prices = *matrix;
    }
    Reply reply = replier(session, id);
    runOperation("update_price_card",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*card),
                   optionalNumber(request.revision), optionalText(request.name), prices },
                 reply, id, priceCardAnswer(reply, id));
}

void SyncServer::handleDeletePriceCard(Session &session, const QString &id, const QByteArray &hash,
                                       const DeletePriceCardRequest &request)
{
    const auto card = editableId(session, id, QStringLiteral("price card"), request.priceCardId,
                                 QLatin1StringView("priceCardId"));
    if (!card)
        return;
    Reply reply = replier(session, id);
    runOperation("delete_price_card",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*card) }, reply,
                 id, [reply, id, request](const QJsonObject &r) {
                     reply(encodeMessage(
                         DeletePriceCardReply { request.priceCardId, r.value(QLatin1String("archived")).toBool() }, id));
                 });
}

void SyncServer::handleSetTicketTypes(Session &session, const QString &id, const QByteArray &hash,
                                      const SetTicketTypesRequest &request)
{
    if (!mayHold(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("this role may not hold seats")));
        return;
    }
    const auto hold = numericId(request.holdId);
    if (!hold) {
        sendError(session.socket, id,
                  makeError(ErrorCode::HoldNotFound, QStringLiteral("no hold '%1'").arg(request.holdId),
                            QStringLiteral("/body/holdId")));
        return;
    }
    QJsonArray seats;
    for (qsizetype i = 0; i < request.seats.size(); ++i) {
        const SeatTicketTypeChoice &choice = request.seats.at(i);
        const auto type = ticketTypeNumber(choice.ticketTypeId, QStringLiteral("/body/seats/%1/ticketTypeId").arg(i));
        if (!type) {
            sendError(session.socket, id, type.error());
            return;
        }
        seats.append(QJsonObject { { QStringLiteral("seat"), choice.seatId }, { QStringLiteral("type"), *type } });
    }
    Reply reply = replier(session, id);
    runOperation("set_ticket_types",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*hold),
                   QJsonDocument(seats).toJson(QJsonDocument::Compact) },
                 reply, id, [reply, id, request](const QJsonObject &r) {
                     HoldReply out;
                     out.holdId = request.holdId;
                     out.showId = idText(r.value(QLatin1String("show")));
                     for (const QJsonValue &seat : r.value(QLatin1String("seats")).toArray())
                         out.seatIds.append(seat.toString());
                     out.expiresAt = fromMs(r.value(QLatin1String("expires")));
                     readHoldPrices(r, out);
                     reply(encodeMessage(out, id));
                 });
}

} // namespace Marquee
