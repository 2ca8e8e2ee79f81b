#include "seats.h"

#include "codec.h"

namespace Marquee {

using namespace Wire;

namespace {

constexpr std::array<EnumName<SeatStatus>, 4> seatStatusNames { {
    { SeatStatus::Available, QLatin1StringView("available") },
    { SeatStatus::Held, QLatin1StringView("held") },
    { SeatStatus::Sold, QLatin1StringView("sold") },
    { SeatStatus::Blocked, QLatin1StringView("blocked") },
} };
constexpr std::array<EnumName<ResyncMode>, 2> resyncModeNames { {
    { ResyncMode::Snapshot, QLatin1StringView("snapshot") },
    { ResyncMode::Deltas, QLatin1StringView("deltas") },
} };

} // namespace

QString seatStatusName(SeatStatus status)
{
    return enumToString(seatStatusNames, status);
}

namespace {

QJsonObject seatStateToJson(const SeatState &s)
{
    QJsonObject o { { L1("seatId"), s.seatId }, { L1("status"), enumToString(seatStatusNames, s.status) } };
    insertOptional(o, L1("heldBy"), s.heldBy);
    if (s.block)
        o.insert(L1("block"), enumToString(seatBlockNames, *s.block));
    insertOptional(o, L1("note"), s.note);
    return o;
}

SeatState readSeatState(Reader &r)
{
    SeatState s;
    s.seatId = r.id(L1("seatId"));
    s.status = r.enumeration(L1("status"), seatStatusNames);
    s.heldBy = r.optId(L1("heldBy"));
    // A new field of server frames: a reason this client does not know is no reason.
    if (const auto block = r.take(L1("block"), false); block && block->isString())
        s.block = enumFromString(seatBlockNames, block->toString());
    s.note = r.optString(L1("note"), MaxBlockNoteLength);
    return s;
}

QJsonObject seatTicketTypeToJson(const SeatTicketType &t)
{
    return { { L1("seatId"), t.seatId }, { L1("ticketTypeId"), t.ticketTypeId }, { L1("ticketTypeName"), t.ticketTypeName } };
}

SeatTicketType readSeatTicketType(Reader &r)
{
    SeatTicketType t;
    t.seatId = r.id(L1("seatId"));
    t.ticketTypeId = r.id(L1("ticketTypeId"));
    t.ticketTypeName = r.string(L1("ticketTypeName"), MaxNameLength);
    return t;
}

} // namespace

void Wire::insertSeatTicketTypes(QJsonObject &object, const QList<SeatTicketType> &types)
{
    if (!types.isEmpty())
        object.insert(L1("ticketTypes"), toJsonArray(types, seatTicketTypeToJson));
}

QList<SeatTicketType> Wire::readSeatTicketTypes(Reader &r)
{
    return r.optListField<SeatTicketType>(L1("ticketTypes"), MaxListItems,
                                          [](Reader &reader, const QJsonValue &value, const QString &at) {
                                              return reader.objectValue(value, at, readSeatTicketType);
                                          });
}

const std::array<EnumName<SeatBlock>, 3> Wire::seatBlockNames { {
    { SeatBlock::Layout, QLatin1StringView("layout") },
    { SeatBlock::Blocked, QLatin1StringView("blocked") },
    { SeatBlock::House, QLatin1StringView("house") },
} };

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
    QJsonObject o { { L1("showId"), showId },
                    { L1("version"), version },
                    { L1("resync"), enumToString(resyncModeNames, resync) } };
    insertOptional(o, L1("layoutVersion"), layoutVersion);
    return o;
}

Result<SubscribeReply> SubscribeReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SubscribeReply m;
    m.showId = r.id(L1("showId"));
    m.version = r.integer(L1("version"), 0, MaxSafeInteger);
    m.resync = r.enumeration(L1("resync"), resyncModeNames);
    m.layoutVersion = r.optInteger(L1("layoutVersion"), 1, MaxSafeInteger);
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
    QJsonObject o { { L1("showId"), showId },
                    { L1("version"), version },
                    { L1("seats"), toJsonArray(seats, seatStateToJson) } };
    insertOptional(o, L1("layoutVersion"), layoutVersion);
    return o;
}

Result<SnapshotPush> SnapshotPush::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SnapshotPush m;
    m.showId = r.id(L1("showId"));
    m.version = r.integer(L1("version"), 0, MaxSafeInteger);
    m.seats = r.objectListField<SeatState>(L1("seats"), readSeatState);
    m.layoutVersion = r.optInteger(L1("layoutVersion"), 1, MaxSafeInteger);
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
    m.changes = r.objectListField<SeatState>(L1("changes"), readSeatState);
    return finishRead(r, std::move(m));
}

QJsonObject HoldRequest::toJson() const
{
    QJsonObject o { { L1("showId"), showId }, { L1("seatIds"), toJsonValue(seatIds) } };
    insertOptional(o, L1("holdId"), holdId);
    insertOptional(o, L1("ticketTypeId"), ticketTypeId);
    if (allowOrphans)
        o.insert(L1("allowOrphans"), true);
    return o;
}

Result<HoldRequest> HoldRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    HoldRequest m;
    m.showId = r.id(L1("showId"));
    m.seatIds
        = r.idListField(L1("seatIds"), MaxSeatsPerRequest, ErrorCode::EmptySeatList, ErrorCode::DuplicateSeat);
    m.holdId = r.optId(L1("holdId"));
    m.ticketTypeId = r.optId(L1("ticketTypeId"));
    m.allowOrphans = r.boolean(L1("allowOrphans"), false);
    return finishRead(r, std::move(m));
}

QJsonObject HoldReply::toJson() const
{
    QJsonObject o { { L1("holdId"), holdId },
                    { L1("showId"), showId },
                    { L1("seatIds"), toJsonValue(seatIds) },
                    { L1("expiresAt"), toJsonValue(expiresAt) },
                    { L1("total"), toJsonValue(total) } };
    insertSeatTicketTypes(o, ticketTypes);
    return o;
}

Result<HoldReply> HoldReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    HoldReply m;
    m.holdId = r.id(L1("holdId"));
    m.showId = r.id(L1("showId"));
    m.seatIds = r.idListField(L1("seatIds"), MaxListItems, ErrorCode::EmptySeatList, ErrorCode::DuplicateSeat);
    m.expiresAt = r.dateTime(L1("expiresAt"));
    m.total = r.money(L1("total"));
    m.ticketTypes = readSeatTicketTypes(r);
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

} // namespace Marquee
