#include "reporttable.h"

#include "formatting.h"
#include "money.h"
#include "protocol/reports.h"

#include <QtCore/QLocale>
#include <QtCore/QTimeZone>

namespace Marquee {

namespace {

using Cell = ReportTable::Cell;

QVariant percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(100.0 * double(part) / double(whole)) : QVariant();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// Sums of the Count and Money columns; the first column says "Total"; percentages of the sums
// where a row has them (sold of seats).
QVariantList totalsOf(const ReportTable &table, int percentOf = -1, int percentPart = -1)
{
    QVariantList totals;
    for (int c = 0; c < table.columns.size(); ++c) {
        const Cell type = table.columns.at(c).type;
        if (type == Cell::Count || type == Cell::Money) {
            qint64 sum = 0;
            for (const QVariantList &row : table.rows)
                sum += row.at(c).toLongLong();
            totals.append(sum);
        } else {
            totals.append(QVariant());
        }
    }
    if (!totals.isEmpty())
        totals[0] = ReportTable::tr("Total");
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).type == Cell::Percent && percentOf >= 0)
            totals[c] = percent(totals.at(percentPart).toLongLong(), totals.at(percentOf).toLongLong());
    }
    return totals;
}

} // namespace

QString ReportTable::title(ReportKind kind)
{
    switch (kind) {
    case ReportKind::ShowOccupancy:
        return tr("Occupancy per show");
    case ReportKind::TitleOccupancy:
        return tr("Occupancy per film");
    case ReportKind::SalesByDay:
        return tr("Sales by day");
    case ReportKind::SalesByPayment:
        return tr("Sales by payment method");
    case ReportKind::Refunds:
        return tr("Refunds");
    case ReportKind::TopShows:
        break;
    }
    return tr("Top shows");
}

ReportTable ReportTable::fromReply(const ReportReply &reply)
{
    ReportTable t;
    t.currency = reply.currency;
    // Times as the venue's wall clock (the report's days are the venue's too), whatever the
    // terminal's zone.
    const QTimeZone zone = venueZone(reply.timezone);
    int seatsColumn = -1;
    int soldColumn = -1;
    switch (reply.kind) {
    case ReportKind::ShowOccupancy:
        t.columns = { { tr("Start"), Cell::DateTime }, { tr("Title"), Cell::Text }, { tr("Auditorium"), Cell::Text },
                      { tr("Seats"), Cell::Count },    { tr("Sold"), Cell::Count }, { tr("Occupancy"), Cell::Percent } };
        for (const ShowOccupancyRow &r : reply.showOccupancy)
            t.rows.append({ r.start.toTimeZone(zone), r.title, r.auditorium, r.seats, r.sold, percent(r.sold, r.seats) });
        seatsColumn = 3;
        soldColumn = 4;
        break;
    case ReportKind::TitleOccupancy:
        t.columns = { { tr("Title"), Cell::Text }, { tr("Shows"), Cell::Count },
                      { tr("Seats"), Cell::Count }, { tr("Sold"), Cell::Count },
                      { tr("Occupancy"), Cell::Percent } };
        for (const TitleOccupancyRow &r : reply.titleOccupancy)
            t.rows.append({ r.title, r.shows, r.seats, r.sold, percent(r.sold, r.seats) });
        seatsColumn = 2;
        soldColumn = 3;
        break;
    case ReportKind::SalesByDay:
        t.columns = { { tr("Day"), Cell::Date },
                      { tr("Sales"), Cell::Count },
                      { tr("Tickets"), Cell::Count },
                      { tr("Amount"), Cell::Money } };
        for (const SalesDayRow &r : reply.salesByDay)
            t.rows.append({ r.day, r.sales, r.tickets, r.amount });
        break;
    case ReportKind::SalesByPayment:
        t.columns = { { tr("Method"), Cell::Text }, { tr("Payments"), Cell::Count }, { tr("Amount"), Cell::Money } };
        for (const PaymentMethodRow &r : reply.salesByPayment)
            t.rows.append({ paymentMethodTitle(r.method), r.payments, r.amount });
        break;
    case ReportKind::Refunds:
        t.columns = { { tr("Day"), Cell::Date },     { tr("Refunds"), Cell::Count }, { tr("Tickets"), Cell::Count },
                      { tr("Amount"), Cell::Money }, { tr("Cash"), Cell::Money },    { tr("Card"), Cell::Money } };
        for (const RefundDayRow &r : reply.refunds)
            t.rows.append({ r.day, r.refunds, r.tickets, r.amount, r.cash, r.card });
        break;
    case ReportKind::TopShows:
        t.columns = { { tr("Start"), Cell::DateTime }, { tr("Title"), Cell::Text },   { tr("Auditorium"), Cell::Text },
                      { tr("Sold"), Cell::Count },     { tr("Gross"), Cell::Money },  { tr("Refunded"), Cell::Money },
                      { tr("Revenue"), Cell::Money } };
        for (const TopShowRow &r : reply.topShows)
            t.rows.append({ r.start.toTimeZone(zone), r.title, r.auditorium, r.sold, r.gross, r.refunded, r.revenue });
        break;
    }
    t.totals = totalsOf(t, seatsColumn, soldColumn);
    return t;
}

QString ReportTable::paymentMethodTitle(const QString &method)
{
    if (method == QLatin1String("cash"))
        return tr("Cash");
    if (method == QLatin1String("card"))
        return tr("Card");
    return method;
}

QString ReportTable::header(int column) const
{
    const Column &c = columns.at(column);
    return c.type == Cell::Money ? tr("%1 (%2)").arg(c.header, currency) : c.header;
}

QString ReportTable::display(const QVariant &value, int column) const
{
    if (!value.isValid())
        return QString();
    switch (columns.at(column).type) {
    case Cell::Text:
        return value.toString();
    case Cell::Date:
        return value.typeId() == QMetaType::QDate ? formatDate(value.toDate()) : value.toString();
    case Cell::DateTime:
        return value.typeId() == QMetaType::QDateTime ? formatWallClock(value.toDateTime()) : value.toString();
    case Cell::Count:
        return value.typeId() == QMetaType::QString ? value.toString() : QLocale().toString(value.toLongLong());
    case Cell::Money: {
        if (value.typeId() == QMetaType::QString)
            return value.toString();
        const auto money = Money::fromMinor(value.toLongLong(), currency);
        return money ? formatMoney(*money) : QString::number(value.toLongLong());
    }
    case Cell::Percent:
        return QLocale().toString(value.toDouble(), 'f', 1) + QStringLiteral(" %");
    }
    return value.toString();
}

QByteArray ReportTable::toCsv() const
{
    const auto csvValue = [this](const QVariant &value, int column) -> QString {
        if (!value.isValid())
            return QString();
        if (value.typeId() == QMetaType::QString)
            return value.toString();
        switch (columns.at(column).type) {
        case Cell::Date:
            return value.toDate().toString(Qt::ISODate);
        case Cell::DateTime:
            return value.toDateTime().toString(Qt::ISODate); // with the venue's offset
        case Cell::Money: {
            const auto money = Money::fromMinor(value.toLongLong(), currency);
            return money ? money->toDecimalString() : QString::number(value.toLongLong());
        }
        case Cell::Percent:
            return QString::number(value.toDouble(), 'f', 1);
        case Cell::Text:
        case Cell::Count:
            break;
        }
        return value.toString();
    };
    const auto line = [](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        return quoted.join(u',') + QStringLiteral("\r\n");
    };
    QStringList headers;
    for (int c = 0; c < columns.size(); ++c)
        headers.append(header(c));
    QString text = line(headers);
    for (const QVariantList &row : rows + QList<QVariantList> { totals }) {
        QStringList fields;
        for (int c = 0; c < columns.size(); ++c)
            fields.append(csvValue(row.value(c), c));
        text += line(fields);
    }
    return text.toUtf8();
}

} // namespace Marquee
