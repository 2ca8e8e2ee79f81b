#pragma once

// Protocol messages of a show's blocked and house seats (managers and admins) and of live show
// lists (every role): block_seats, unblock_seats, watch_shows and the shows_changed push. See
// docs/PROTOCOL.md, "Blocked and house seats" and "Live show lists".

#include "catalogue.h"
#include "seats.h"

#include <QtCore/QStringList>

namespace Marquee {

inline constexpr qsizetype MaxSeatsPerBlock = 500; // block_seats, unblock_seats

// Blocks seats of one show (a camera position, a broken seat) or keeps them as house seats, all or
// nothing: every seat must be available.
struct BlockSeatsRequest
{
    MARQUEE_MESSAGE(BlockSeatsRequest, BlockSeats);
    QString showId;
    QStringList seatIds; // 1..500, no duplicates
    SeatBlock kind = SeatBlock::Blocked; // blocked or house ("layout" is the layout's)
    std::optional<QString> note = std::nullopt; // 1..200 characters
};

struct BlockSeatsReply
{
    MARQUEE_MESSAGE(BlockSeatsReply, BlockSeatsReply);
    QString showId;
    QStringList seatIds; // sorted
    qint64 version = 0; // the show's version with the seats blocked
};

// Releases blocked and house seats of one show for sale (the layout's blocked seats too, for this
// show); seats that are available already stay so.
struct UnblockSeatsRequest
{
    MARQUEE_MESSAGE(UnblockSeatsRequest, UnblockSeats);
    QString showId;
    QStringList seatIds; // 1..500, no duplicates
};

struct UnblockSeatsReply
{
    MARQUEE_MESSAGE(UnblockSeatsReply, UnblockSeatsReply);
    QString showId;
    QStringList releasedSeatIds; // sorted; empty when every seat was available already
    std::optional<qint64> version = std::nullopt; // absent when nothing changed
};

// From now on (until the connection ends) the connection gets shows_changed pushes.
struct WatchShowsRequest
{
    MARQUEE_MESSAGE(WatchShowsRequest, WatchShows);
};

struct WatchShowsReply
{
    MARQUEE_MESSAGE(WatchShowsReply, WatchShowsReply);
};

// Shows that were scheduled, moved, renamed, opened, closed, cancelled, moved onto another layout
// version or repriced, as list_shows lists them; shows that no longer exist by id.
struct ShowsChangedPush
{
    MARQUEE_MESSAGE(ShowsChangedPush, ShowsChanged);
    QList<Show> shows;
    QStringList removedShowIds;
};

} // namespace Marquee
