#include "showseats.h"

#include "codec.h"

namespace Marquee {

using namespace Wire;

namespace {

// What block_seats may set; "layout" belongs to the layout.
constexpr std::array<EnumName<SeatBlock>, 2> blockKindNames { {
    { SeatBlock::Blocked, QLatin1StringView("blocked") },
    { SeatBlock::House, QLatin1StringView("house") },
} };

QStringList readSeatIds(Reader &r, QLatin1StringView key, bool allowEmpty = false)
{
    return r.idListField(key, allowEmpty ? MaxListItems : MaxSeatsPerBlock, ErrorCode::EmptySeatList,
                         ErrorCode::DuplicateSeat, allowEmpty);
}

} // namespace

QJsonObject BlockSeatsRequest::toJson() const
{
    QJsonObject o { { L1("showId"), showId },
                    { L1("seatIds"), toJsonValue(seatIds) },
                    { L1("kind"), enumToString(seatBlockNames, kind) } };
    insertOptional(o, L1("note"), note);
    return o;
}

Result<BlockSeatsRequest> BlockSeatsRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    BlockSeatsRequest m;
    m.showId = r.id(L1("showId"));
    m.seatIds = readSeatIds(r, L1("seatIds"));
    m.kind = r.enumeration(L1("kind"), blockKindNames);
    if (body.contains(L1("note")))
        m.note = r.name(L1("note"), MaxBlockNoteLength);
    return finishRead(r, std::move(m));
}

QJsonObject BlockSeatsReply::toJson() const
{
    return { { L1("showId"), showId }, { L1("seatIds"), toJsonValue(seatIds) }, { L1("version"), version } };
}

Result<BlockSeatsReply> BlockSeatsReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    BlockSeatsReply m;
    m.showId = r.id(L1("showId"));
    m.seatIds = readSeatIds(r, L1("seatIds"), true);
    m.version = r.integer(L1("version"), 0, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

QJsonObject UnblockSeatsRequest::toJson() const
{
    return { { L1("showId"), showId }, { L1("seatIds"), toJsonValue(seatIds) } };
}

Result<UnblockSeatsRequest> UnblockSeatsRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UnblockSeatsRequest m;
    m.showId = r.id(L1("showId"));
    m.seatIds = readSeatIds(r, L1("seatIds"));
    return finishRead(r, std::move(m));
}

QJsonObject UnblockSeatsReply::toJson() const
{
    QJsonObject o { { L1("showId"), showId }, { L1("releasedSeatIds"), toJsonValue(releasedSeatIds) } };
    insertOptional(o, L1("version"), version);
    return o;
}

Result<UnblockSeatsReply> UnblockSeatsReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UnblockSeatsReply m;
    m.showId = r.id(L1("showId"));
    m.releasedSeatIds = readSeatIds(r, L1("releasedSeatIds"), true);
    m.version = r.optInteger(L1("version"), 0, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

MARQUEE_EMPTY_MESSAGE(WatchShowsRequest)
MARQUEE_EMPTY_MESSAGE(WatchShowsReply)

QJsonObject ShowsChangedPush::toJson() const
{
    return { { L1("shows"), toJsonArray(shows, showToJson) }, { L1("removedShowIds"), toJsonValue(removedShowIds) } };
}

Result<ShowsChangedPush> ShowsChangedPush::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ShowsChangedPush m;
    m.shows = r.objectListField<Show>(L1("shows"), readShow);
    m.removedShowIds = r.idListField(L1("removedShowIds"), MaxListItems, ErrorCode::InvalidValue,
                                     ErrorCode::InvalidValue, true);
    return finishRead(r, std::move(m));
}

} // namespace Marquee
