#pragma once

// Protocol messages of a show's seats: subscriptions (snapshots and deltas), holds (new or
// growing), extend, release. See docs/PROTOCOL.md.

#include "envelope.h"
#include "money.h"

#include <QtCore/QDateTime>
#include <QtCore/QStringList>

#include <optional>

namespace Marquee {

inline constexpr qsizetype MaxBlockNoteLength = 200; // a blocked or house seat's note

enum class SeatStatus { Available, Held, Sold, Blocked };
// The wire name of a seat status ("available", "held", "sold", "blocked").
QString seatStatusName(SeatStatus status);
enum class ResyncMode { Snapshot, Deltas };
// Why a blocked seat is blocked: by the layout (007), by a manager for this show (a camera, a broken
// seat), or kept as a house seat (block_seats, showseats.h).
enum class SeatBlock { Layout, Blocked, House };

struct SeatState
{
    QString seatId;
    SeatStatus status = SeatStatus::Available;
    // For held seats: the terminal id holding it; a client compares it with its own terminal id
    // (sent in hello) to tell "held by me" from "held by another terminal".
    std::optional<QString> heldBy;
    // For blocked seats (absent from older servers): why, and the manager's note. A value this
    // client does not know reads as absent.
    std::optional<SeatBlock> block = std::nullopt;
    std::optional<QString> note = std::nullopt;
    friend bool operator==(const SeatState &, const SeatState &) = default;
};

struct SubscribeRequest
{
    MARQUEE_MESSAGE(SubscribeRequest, Subscribe);
    QString showId;
    std::optional<qint64> lastVersion; // the version the client has, when resuming
};

struct SubscribeReply
{
    MARQUEE_MESSAGE(SubscribeReply, SubscribeReply);
    QString showId;
    qint64 version = 0; // the show's current version
    ResyncMode resync = ResyncMode::Snapshot; // what the server pushes next
    // The layout version the show uses now (absent from older servers); a client that shows
    // another one fetches it with get_layout.
    std::optional<qint64> layoutVersion = std::nullopt;
};

struct UnsubscribeRequest
{
    MARQUEE_MESSAGE(UnsubscribeRequest, Unsubscribe);
    QString showId;
};

struct UnsubscribeReply
{
    MARQUEE_MESSAGE(UnsubscribeReply, UnsubscribeReply);
    QString showId;
};

struct SnapshotPush
{
    MARQUEE_MESSAGE(SnapshotPush, Snapshot);
    QString showId;
    qint64 version = 0;
    QList<SeatState> seats;
    // The layout version these seats belong to (absent from older servers). A show moved onto
    // another version (change_show_layout) gets a new snapshot with the new version.
    std::optional<qint64> layoutVersion = std::nullopt;
};

struct DeltaPush
{
    MARQUEE_MESSAGE(DeltaPush, Delta);
    QString showId;
    qint64 fromVersion = 0; // applies on top of this version
    qint64 toVersion = 0; // > fromVersion
    QList<SeatState> changes;
};

struct HoldRequest
{
    MARQUEE_MESSAGE(HoldRequest, Hold);
    QString showId;
    QStringList seatIds; // 1..100, no duplicates
    std::optional<QString> holdId = std::nullopt; // add the seats to this active hold of the session's user
    // The ticket type of the seats it adds (pricing.h); absent: the show's default type.
    std::optional<QString> ticketTypeId = std::nullopt;
    // Hold even if it strands a single free seat (the venue's no-orphan rule); cashiers, managers
    // and admins only, after the warning (ORPHAN_SEAT) was shown.
    bool allowOrphans = false;
};

// The ticket type a held seat has (hold_reply, set_ticket_types).
struct SeatTicketType
{
    QString seatId;
    QString ticketTypeId;
    QString ticketTypeName;
    friend bool operator==(const SeatTicketType &, const SeatTicketType &) = default;
};

struct HoldReply
{
    MARQUEE_MESSAGE(HoldReply, HoldReply);
    QString holdId;
    QString showId;
    QStringList seatIds;
    QDateTime expiresAt;
    Money total;
    // Each seat's ticket type, by seat id; absent (empty) when every seat has the default type
    // from a plain hold, and from older servers.
    QList<SeatTicketType> ticketTypes = {};
};

struct ExtendHoldRequest
{
    MARQUEE_MESSAGE(ExtendHoldRequest, ExtendHold);
    QString holdId;
};

struct ReleaseHoldRequest
{
    MARQUEE_MESSAGE(ReleaseHoldRequest, ReleaseHold);
    QString holdId;
    std::optional<QStringList> seatIds; // absent: the whole hold
};

struct ReleaseHoldReply
{
    MARQUEE_MESSAGE(ReleaseHoldReply, ReleaseHoldReply);
    QString holdId;
    QStringList releasedSeatIds;
    QStringList remainingSeatIds; // empty: the hold is gone
};

} // namespace Marquee
