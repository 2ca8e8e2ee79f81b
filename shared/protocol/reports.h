#pragma once

// Protocol messages of the reports (managers and admins, read-only): occupancy per show and per
// title, sales by day and by payment method, refunds by day, the top shows by revenue, for a venue
// and a range of its local days. See docs/PROTOCOL.md, "Reports".

#include "envelope.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>

#include <optional>

namespace Marquee {

inline constexpr qint64 MaxReportDays = 366;
inline constexpr int TopShowsInReport = 20;

enum class ReportKind { ShowOccupancy, TitleOccupancy, SalesByDay, SalesByPayment, Refunds, TopShows };

// Every kind, in the order of the registry of kinds; its wire name ("show_occupancy").
const QList<ReportKind> &allReportKinds();
QString reportKindName(ReportKind kind);

// Money in the rows: integer minor units of the reply's currency.

struct ShowOccupancyRow
{
    QString showId;
    QString title;
    QString auditorium;
    QDateTime start;
    qint64 seats = 0; // the seats of the show's layout version that the layout does not block
    qint64 sold = 0; // valid tickets (held seats are not sold)
    friend bool operator==(const ShowOccupancyRow &, const ShowOccupancyRow &) = default;
};

struct TitleOccupancyRow
{
    std::optional<QString> titleId = std::nullopt; // absent: shows without a title record
    QString title;
    qint64 shows = 0;
    qint64 seats = 0;
    qint64 sold = 0;
    friend bool operator==(const TitleOccupancyRow &, const TitleOccupancyRow &) = default;
};

struct SalesDayRow
{
    QDate day; // the venue's local day
    qint64 sales = 0;
    qint64 tickets = 0;
    qint64 amount = 0;
    friend bool operator==(const SalesDayRow &, const SalesDayRow &) = default;
};

struct PaymentMethodRow
{
    QString method; // "cash", "card" (a string: newer servers may add methods)
    qint64 payments = 0; // a sale split two ways has a payment of each
    qint64 amount = 0;
    friend bool operator==(const PaymentMethodRow &, const PaymentMethodRow &) = default;
};

struct RefundDayRow
{
    QDate day;
    qint64 refunds = 0;
    qint64 tickets = 0;
    qint64 amount = 0; // cash + card
    qint64 cash = 0;
    qint64 card = 0;
    friend bool operator==(const RefundDayRow &, const RefundDayRow &) = default;
};

struct TopShowRow
{
    QString showId;
    QString title;
    QString auditorium;
    QDateTime start;
    qint64 seats = 0;
    qint64 sold = 0;
    qint64 gross = 0; // the totals of the show's sales
    qint64 refunded = 0; // what was refunded of them
    qint64 revenue = 0; // gross - refunded
    friend bool operator==(const TopShowRow &, const TopShowRow &) = default;
};

struct GetReportRequest
{
    MARQUEE_MESSAGE(GetReportRequest, GetReport);
    ReportKind kind = ReportKind::ShowOccupancy;
    QString venueId;
    QDate from; // the first local day
    QDate to; // the day after the last: after from, at most MaxReportDays later
};

// Only the list of the request's kind is filled (and sent as "rows").
struct ReportReply
{
    MARQUEE_MESSAGE(ReportReply, ReportReply);
    ReportKind kind = ReportKind::ShowOccupancy;
    QString venueId;
    QDate from;
    QDate to;
    QString currency;
    QString timezone;
    QList<ShowOccupancyRow> showOccupancy; // by start
    QList<TitleOccupancyRow> titleOccupancy; // by title
    QList<SalesDayRow> salesByDay; // by day, days without sales left out
    QList<PaymentMethodRow> salesByPayment; // by method
    QList<RefundDayRow> refunds; // by day, days without refunds left out
    QList<TopShowRow> topShows; // by revenue, highest first, at most TopShowsInReport
    qsizetype rowCount() const;
};

} // namespace Marquee
