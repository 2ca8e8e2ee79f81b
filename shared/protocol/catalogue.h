#pragma once

// Protocol messages of the catalogue: venues and their auditoriums, layouts by version, shows.
// See docs/PROTOCOL.md.

#include "envelope.h"
#include "money.h"

#include <QtCore/QDateTime>

#include <optional>

namespace Marquee {

enum class ShowStatus { Scheduled, OnSale, SalesClosed, Cancelled };

struct AuditoriumSummary
{
    QString id;
    QString name;
    qint64 layoutVersion = 1; // the current published layout
    qint64 seatCount = 0;
    friend bool operator==(const AuditoriumSummary &, const AuditoriumSummary &) = default;
};

struct VenueSummary
{
    QString id;
    QString name;
    QList<AuditoriumSummary> auditoriums;
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

} // namespace Marquee
