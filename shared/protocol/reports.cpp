#include "reports.h"

#include "codec.h"

namespace Marquee {

using namespace Wire;

namespace {

constexpr std::array<EnumName<ReportKind>, 6> reportKindNames { {
    { ReportKind::ShowOccupancy, QLatin1StringView("show_occupancy") },
    { ReportKind::TitleOccupancy, QLatin1StringView("title_occupancy") },
    { ReportKind::SalesByDay, QLatin1StringView("sales_by_day") },
    { ReportKind::SalesByPayment, QLatin1StringView("sales_by_payment") },
    { ReportKind::Refunds, QLatin1StringView("refunds") },
    { ReportKind::TopShows, QLatin1StringView("top_shows") },
} };

QString dateText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// A local day, "2026-11-03".
QDate readDate(Reader &r, QLatin1StringView key)
{
    const QString text = r.string(key, 10);
    if (!r.ok())
        return {};
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("expected a day as YYYY-MM-DD, got '%1'").arg(text), r.path(key));
    return day;
}

// from < to, at most MaxReportDays apart; reported at "to".
void checkDays(Reader &r, const QDate &from, const QDate &to)
{
    if (!r.ok())
        return;
    if (to <= from)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("'to' must be after 'from'"), r.path(u"to"));
    else if (from.daysTo(to) > MaxReportDays)
        r.fail(ErrorCode::InvalidValue,
               QStringLiteral("the range is %1 days; at most %2").arg(from.daysTo(to)).arg(MaxReportDays),
               r.path(u"to"));
}

qint64 count(Reader &r, QLatin1StringView key)
{
    return r.integer(key, 0, MaxSafeInteger);
}

QJsonObject showRowToJson(const ShowOccupancyRow &row)
{
    return { { L1("showId"), row.showId }, { L1("title"), row.title },   { L1("auditorium"), row.auditorium },
             { L1("start"), toJsonValue(row.start) }, { L1("seats"), row.seats }, { L1("sold"), row.sold } };
}

ShowOccupancyRow readShowRow(Reader &r)
{
    ShowOccupancyRow row;
    row.showId = r.id(L1("showId"));
    row.title = r.string(L1("title"), MaxNameLength);
    row.auditorium = r.string(L1("auditorium"), MaxNameLength);
    row.start = r.dateTime(L1("start"));
    row.seats = count(r, L1("seats"));
    row.sold = count(r, L1("sold"));
    return row;
}

QJsonObject titleRowToJson(const TitleOccupancyRow &row)
{
    QJsonObject o { { L1("title"), row.title },
                    { L1("shows"), row.shows },
                    { L1("seats"), row.seats },
                    { L1("sold"), row.sold } };
    insertOptional(o, L1("titleId"), row.titleId);
    return o;
}

TitleOccupancyRow readTitleRow(Reader &r)
{
    TitleOccupancyRow row;
    row.titleId = r.optId(L1("titleId"));
    row.title = r.string(L1("title"), MaxNameLength);
    row.shows = count(r, L1("shows"));
    row.seats = count(r, L1("seats"));
    row.sold = count(r, L1("sold"));
    return row;
}

QJsonObject dayRowToJson(const SalesDayRow &row)
{
    return { { L1("day"), dateText(row.day) },
             { L1("sales"), row.sales },
             { L1("tickets"), row.tickets },
             { L1("amount"), row.amount } };
}

SalesDayRow readDayRow(Reader &r)
{
    SalesDayRow row;
    row.day = readDate(r, L1("day"));
    row.sales = count(r, L1("sales"));
    row.tickets = count(r, L1("tickets"));
    row.amount = count(r, L1("amount"));
    return row;
}

QJsonObject methodRowToJson(const PaymentMethodRow &row)
{
    return { { L1("method"), row.method },
             { L1("payments"), row.payments },
             { L1("amount"), row.amount } };
}

PaymentMethodRow readMethodRow(Reader &r)
{
    PaymentMethodRow row;
    row.method = r.string(L1("method"), MaxNameLength);
    row.payments = count(r, L1("payments"));
    row.amount = count(r, L1("amount"));
    return row;
}

QJsonObject refundRowToJson(const RefundDayRow &row)
{
    return { { L1("day"), dateText(row.day) }, { L1("refunds"), row.refunds }, { L1("tickets"), row.tickets },
             { L1("amount"), row.amount },     { L1("cash"), row.cash },       { L1("card"), row.card } };
}

RefundDayRow readRefundRow(Reader &r)
{
    RefundDayRow row;
    row.day = readDate(r, L1("day"));
    row.refunds = count(r, L1("refunds"));
    row.tickets = count(r, L1("tickets"));
    row.amount = count(r, L1("amount"));
    row.cash = count(r, L1("cash"));
    row.card = count(r, L1("card"));
    return row;
}

QJsonObject topRowToJson(const TopShowRow &row)
{
    return { { L1("showId"), row.showId },  { L1("title"), row.title },       { L1("auditorium"), row.auditorium },
             { L1("start"), toJsonValue(row.start) }, { L1("seats"), row.seats }, { L1("sold"), row.sold },
             { L1("gross"), row.gross },    { L1("refunded"), row.refunded }, { L1("revenue"), row.revenue } };
}

TopShowRow readTopRow(Reader &r)
{
    TopShowRow row;
    row.showId = r.id(L1("showId"));
    row.title = r.string(L1("title"), MaxNameLength);
    row.auditorium = r.string(L1("auditorium"), MaxNameLength);
    row.start = r.dateTime(L1("start"));
    row.seats = count(r, L1("seats"));
    row.sold = count(r, L1("sold"));
    row.gross = count(r, L1("gross"));
    row.refunded = count(r, L1("refunded"));
    row.revenue = r.integer(L1("revenue"), -MaxSafeInteger, MaxSafeInteger);
    return row;
}

} // namespace

const QList<ReportKind> &allReportKinds()
{
    static const QList<ReportKind> kinds = [] {
        QList<ReportKind> list;
        for (const auto &entry : reportKindNames)
            list.append(entry.value);
        return list;
    }();
    return kinds;
}

QString reportKindName(ReportKind kind)
{
    return enumToString(reportKindNames, kind);
}

qsizetype ReportReply::rowCount() const
{
    switch (kind) {
    case ReportKind::ShowOccupancy:
        return showOccupancy.size();
    case ReportKind::TitleOccupancy:
        return titleOccupancy.size();
    case ReportKind::SalesByDay:
        return salesByDay.size();
    case ReportKind::SalesByPayment:
        return salesByPayment.size();
    case ReportKind::Refunds:
        return refunds.size();
    case ReportKind::TopShows:
        break;
    }
    return topShows.size();
}

QJsonObject GetReportRequest::toJson() const
{
    return { { L1("kind"), reportKindName(kind) },
             { L1("venueId"), venueId },
             { L1("from"), dateText(from) },
             { L1("to"), dateText(to) } };
}

Result<GetReportRequest> GetReportRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    GetReportRequest m;
    m.kind = r.enumeration(L1("kind"), reportKindNames);
    m.venueId = r.id(L1("venueId"));
    m.from = readDate(r, L1("from"));
    m.to = readDate(r, L1("to"));
    checkDays(r, m.from, m.to);
    return finishRead(r, std::move(m));
}

QJsonObject ReportReply::toJson() const
{
    QJsonArray rows;
    switch (kind) {
    case ReportKind::ShowOccupancy:
        rows = toJsonArray(showOccupancy, showRowToJson);
        break;
    case ReportKind::TitleOccupancy:
        rows = toJsonArray(titleOccupancy, titleRowToJson);
        break;
    case ReportKind::SalesByDay:
        rows = toJsonArray(salesByDay, dayRowToJson);
        break;
    case ReportKind::SalesByPayment:
        rows = toJsonArray(salesByPayment, methodRowToJson);
        break;
    case ReportKind::Refunds:
        rows = toJsonArray(refunds, refundRowToJson);
        break;
    case ReportKind::TopShows:
        rows = toJsonArray(topShows, topRowToJson);
        break;
    }
    return { { L1("kind"), reportKindName(kind) }, { L1("venueId"), venueId },   { L1("from"), dateText(from) },
             { L1("to"), dateText(to) },           { L1("currency"), currency }, { L1("timezone"), timezone },
             { L1("rows"), rows } };
}

Result<ReportReply> ReportReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ReportReply m;
    m.kind = r.enumeration(L1("kind"), reportKindNames);
    m.venueId = r.id(L1("venueId"));
    m.from = readDate(r, L1("from"));
    m.to = readDate(r, L1("to"));
    m.currency = r.string(L1("currency"), 3);
    m.timezone = r.string(L1("timezone"), MaxNameLength);
    if (!r.ok())
        return finishRead(r, std::move(m));
    switch (m.kind) {
    case ReportKind::ShowOccupancy:
        m.showOccupancy = r.objectListField<ShowOccupancyRow>(L1("rows"), readShowRow);
        break;
    case ReportKind::TitleOccupancy:
        m.titleOccupancy = r.objectListField<TitleOccupancyRow>(L1("rows"), readTitleRow);
        break;
    case ReportKind::SalesByDay:
        m.salesByDay = r.objectListField<SalesDayRow>(L1("rows"), readDayRow);
        break;
    case ReportKind::SalesByPayment:
        m.salesByPayment = r.objectListField<PaymentMethodRow>(L1("rows"), readMethodRow);
        break;
    case ReportKind::Refunds:
        m.refunds = r.objectListField<RefundDayRow>(L1("rows"), readRefundRow);
        break;
    case ReportKind::TopShows:
        m.topShows = r.objectListField<TopShowRow>(L1("rows"), readTopRow);
        break;
    }
    return finishRead(r, std::move(m));
}

} // namespace Marquee
