#pragma once

// Protocol messages of the programme (managers and admins): titles (films or productions), the
// venue's cleaning gap, scheduling, moving, copying, opening and closing sales of shows, and
// cancelling a show with the refund of all its tickets. See docs/PROTOCOL.md, "Programme".

#include "catalogue.h"

#include <QtCore/QStringList>

namespace Marquee {

inline constexpr qint64 MaxRuntimeMinutes = 1000;
inline constexpr qsizetype MaxAgeRatingLength = 10; // "FSK 12", "PG-13"
inline constexpr qsizetype MaxFormatLength = 20; // "OV", "3D"
inline constexpr qsizetype MaxDescriptionLength = 2000;
inline constexpr qint64 MaxCleaningGapMinutes = 240;
inline constexpr qsizetype MaxShowsPerCopy = 500;
inline constexpr qint64 MaxCopyShiftDays = 366;

struct Title
{
    QString id;
    QString name;
    qint64 runtimeMinutes = 0;
    std::optional<QString> ageRating = std::nullopt;
    std::optional<QString> format = std::nullopt;
    std::optional<QString> description = std::nullopt;
    bool archived = false;
    friend bool operator==(const Title &, const Title &) = default;
};

struct ListTitlesRequest
{
    MARQUEE_MESSAGE(ListTitlesRequest, ListTitles);
};

struct ListTitlesReply
{
    MARQUEE_MESSAGE(ListTitlesReply, ListTitlesReply);
    QList<Title> titles; // by name
};

struct CreateTitleRequest
{
    MARQUEE_MESSAGE(CreateTitleRequest, CreateTitle);
    QString name;
    qint64 runtimeMinutes = 0;
    std::optional<QString> ageRating = std::nullopt;
    std::optional<QString> format = std::nullopt;
    std::optional<QString> description = std::nullopt;
};

// The answer to create_title and update_title.
struct TitleReply
{
    MARQUEE_MESSAGE(TitleReply, TitleReply);
    Title title;
};

struct UpdateTitleRequest
{
    MARQUEE_MESSAGE(UpdateTitleRequest, UpdateTitle);
    QString titleId;
    std::optional<QString> name = std::nullopt;
    std::optional<qint64> runtimeMinutes = std::nullopt;
    std::optional<QString> ageRating = std::nullopt; // "" clears it
    std::optional<QString> format = std::nullopt; // "" clears it
    std::optional<QString> description = std::nullopt; // "" clears it
    std::optional<bool> archived = std::nullopt;
};

struct UpdateVenueRequest
{
    MARQUEE_MESSAGE(UpdateVenueRequest, UpdateVenue);
    QString venueId;
    std::optional<qint64> cleaningGapMinutes = std::nullopt;
    std::optional<QString> timezone = std::nullopt;
    std::optional<bool> noOrphanSeats = std::nullopt;
};

struct UpdateVenueReply
{
    MARQUEE_MESSAGE(UpdateVenueReply, UpdateVenueReply);
    QString venueId;
    qint64 cleaningGapMinutes = 0;
    QString timezone;
    std::optional<bool> noOrphanSeats = std::nullopt; // absent from older servers
};

struct ScheduleShowRequest
{
    MARQUEE_MESSAGE(ScheduleShowRequest, ScheduleShow);
    QString auditoriumId;
    QString titleId;
    QDateTime start;
    std::optional<qint64> layoutVersion = std::nullopt; // default: the auditorium's current
    std::optional<QDateTime> end = std::nullopt; // default: start + the title's runtime
    QList<CategoryPrice> prices; // one per category of the layout version; empty with a price card
    ShowStatus status = ShowStatus::Scheduled; // scheduled or on_sale
    // Instead of prices: the price card the show uses (pricing.h); exactly one of the two.
    std::optional<QString> priceCardId = std::nullopt;
};

// The answer to schedule_show, update_show and set_show_status.
struct ShowReply
{
    MARQUEE_MESSAGE(ShowReply, ShowReply);
    Show show;
};

struct UpdateShowRequest
{
    MARQUEE_MESSAGE(UpdateShowRequest, UpdateShow);
    QString showId;
    std::optional<QDateTime> start = std::nullopt;
    std::optional<QDateTime> end = std::nullopt; // absent with a start: the show keeps its length
    std::optional<QString> priceCardId = std::nullopt; // the show uses this price card from now on
};

struct SetShowStatusRequest
{
    MARQUEE_MESSAGE(SetShowStatusRequest, SetShowStatus);
    QString showId;
    ShowStatus status = ShowStatus::OnSale; // scheduled, on_sale or sales_closed
};

struct CancelShowRequest
{
    MARQUEE_MESSAGE(CancelShowRequest, CancelShow);
    QString showId;
    QString reason;
};

struct SoldTicket
{
    QString ticketId;
    QString saleId;
    QString seatId;
    Money price;
    friend bool operator==(const SoldTicket &, const SoldTicket &) = default;
};

struct CancelShowReply
{
    MARQUEE_MESSAGE(CancelShowReply, CancelShowReply);
    QString showId;
    qint64 releasedHolds = 0;
    QList<SoldTicket> soldTickets; // valid tickets, to refund (refund_show)
};

struct RefundShowRequest
{
    MARQUEE_MESSAGE(RefundShowRequest, RefundShow);
    QString showId;
    QString reason;
};

struct ShowRefund
{
    QString refundId;
    QString saleId;
    Money amount;
    friend bool operator==(const ShowRefund &, const ShowRefund &) = default;
};

struct RefundShowReply
{
    MARQUEE_MESSAGE(RefundShowReply, RefundShowReply);
    QString showId;
    QList<ShowRefund> refunds;
    Money total;
};

struct CopyShowsRequest
{
    MARQUEE_MESSAGE(CopyShowsRequest, CopyShows);
    std::optional<QStringList> auditoriumIds = std::nullopt; // absent: every auditorium
    QDateTime from; // shows starting at or after
    QDateTime to; // and before
    qint64 shiftDays = 7; // -366..366, not 0
};

struct CopyShowsReply
{
    MARQUEE_MESSAGE(CopyShowsReply, CopyShowsReply);
    QList<Show> shows; // the new shows
};

} // namespace Marquee
