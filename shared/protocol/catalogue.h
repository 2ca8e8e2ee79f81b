#pragma once

// Protocol messages of the catalogue: venues and their auditoriums (listed, and created and renamed
// by managers), layouts by version, shows. See docs/PROTOCOL.md.

#include "envelope.h"
#include "money.h"

#include <QtCore/QDateTime>

#include <optional>

namespace Marquee {

inline constexpr qsizetype MaxVenueNameLength = 100; // venue and auditorium names

enum class ShowStatus { Scheduled, OnSale, SalesClosed, Cancelled };

struct AuditoriumSummary
{
    QString id;
    QString name;
    qint64 layoutVersion = 1; // the current published layout; 0: none published yet
    qint64 seatCount = 0;
    friend bool operator==(const AuditoriumSummary &, const AuditoriumSummary &) = default;
};

struct VenueSummary
{
    QString id;
    QString name;
    QList<AuditoriumSummary> auditoriums;
    // Always in list_venues_reply; create_venue_reply has the first two.
    std::optional<QString> timezone = std::nullopt; // IANA name: the venue's local days and times
    std::optional<QString> currency = std::nullopt; // ISO 4217 code of its prices
    std::optional<qint64> cleaningGapMinutes = std::nullopt; // after every show (update_venue)
    // Whether holds that would strand a single free seat are refused (update_venue; absent from
    // older servers).
    std::optional<bool> noOrphanSeats = std::nullopt;
    friend bool operator==(const VenueSummary &, const VenueSummary &) = default;
};

struct CategoryPrice
{
    QString category;
    Money price;
    friend bool operator==(const CategoryPrice &, const CategoryPrice &) = default;
};

struct Show
{
    QString id;
    QString auditoriumId;
    QString title;
    QDateTime start;
    QDateTime end;
    ShowStatus status = ShowStatus::Scheduled;
    qint64 layoutVersion = 1;
    QList<CategoryPrice> prices;
    qint64 free = 0;
    qint64 held = 0;
    qint64 sold = 0;
    std::optional<QString> titleId = std::nullopt; // shows scheduled from a title (programme.h)
    // The price card the show uses (pricing.h); `prices` are then its default ticket type's.
    std::optional<QString> priceCardId = std::nullopt;
    friend bool operator==(const Show &, const Show &) = default;
};

struct ListVenuesRequest
{
    MARQUEE_MESSAGE(ListVenuesRequest, ListVenues);
};

struct ListVenuesReply
{
    MARQUEE_MESSAGE(ListVenuesReply, ListVenuesReply);
    QList<VenueSummary> venues;
};

struct GetLayoutRequest
{
    MARQUEE_MESSAGE(GetLayoutRequest, GetLayout);
    QString auditoriumId;
    qint64 layoutVersion = 1;
};

struct GetLayoutReply
{
    MARQUEE_MESSAGE(GetLayoutReply, GetLayoutReply);
    QString auditoriumId;
    qint64 layoutVersion = 1;
    QJsonObject layout; // opaque here; the layout module decodes it
};

struct ListShowsRequest
{
    MARQUEE_MESSAGE(ListShowsRequest, ListShows);
    std::optional<QDateTime> from; // shows starting at or after
    std::optional<QDateTime> to; // shows starting before
    std::optional<QString> auditoriumId;
    std::optional<QString> search; // case-insensitive substring of the title
};

struct ListShowsReply
{
    MARQUEE_MESSAGE(ListShowsReply, ListShowsReply);
    QList<Show> shows;
};

struct CreateVenueRequest
{
    MARQUEE_MESSAGE(CreateVenueRequest, CreateVenue);
    QString name;
    Currency currency; // of its shows' prices
    std::optional<QString> timezone = std::nullopt; // an IANA name such as "Europe/Berlin"; default "UTC"
};

struct CreateVenueReply
{
    MARQUEE_MESSAGE(CreateVenueReply, CreateVenueReply);
    VenueSummary venue; // as list_venues lists it: no auditoriums yet
};

struct CreateAuditoriumRequest
{
    MARQUEE_MESSAGE(CreateAuditoriumRequest, CreateAuditorium);
    QString venueId;
    QString name;
};

struct CreateAuditoriumReply
{
    MARQUEE_MESSAGE(CreateAuditoriumReply, CreateAuditoriumReply);
    AuditoriumSummary auditorium; // layoutVersion 0 and no seats until a layout is published
    QString venueId;
};

struct RenameVenueRequest
{
    MARQUEE_MESSAGE(RenameVenueRequest, RenameVenue);
    QString venueId;
    QString name;
};

struct RenameVenueReply
{
    MARQUEE_MESSAGE(RenameVenueReply, RenameVenueReply);
    QString venueId;
    QString name;
};

struct RenameAuditoriumRequest
{
    MARQUEE_MESSAGE(RenameAuditoriumRequest, RenameAuditorium);
    QString auditoriumId;
    QString name;
};

struct RenameAuditoriumReply
{
    MARQUEE_MESSAGE(RenameAuditoriumReply, RenameAuditoriumReply);
    QString auditoriumId;
    QString name;
};

} // namespace Marquee
