#include "reportchart.h"

#include "money.h"
#include "protocol/reports.h"
#include "reporttable.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QLocale>

#include <cmath>

namespace Marquee {

namespace {

double major(const QVariant &minor, const QString &currency)
{
    const auto c = Currency::fromCode(currency);
    return double(minor.toLongLong()) / std::pow(10.0, c ? c->minorDigits() : 2);
}

// A value axis from 0 to at least `top` (nice numbers), titled.
QValueAxis *valueAxis(double top, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, top > 0 ? top : 1);
    axis->setTitleText(title);
    axis->applyNiceNumbers();
    return axis;
}

// Adds the series with its two axes to the chart.
void place(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, Qt::Alignment xAlign, QAbstractAxis *y,
           Qt::Alignment yAlign)
{
    chart->addSeries(series);
    chart->addAxis(x, xAlign);
    chart->addAxis(y, yAlign);
    series->attachAxis(x);
    series->attachAxis(y);
}

// A short label of a day or a time ("3 Nov", "3 Nov 20:15").
QString shortLabel(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return QLocale().toString(value.toDate(), QStringLiteral("d MMM"));
    if (value.typeId() == QMetaType::QDateTime)
        return QLocale().toString(value.toDateTime(), QStringLiteral("d MMM HH:mm")); // the venue's wall clock
    return value.toString();
}

// Horizontal bars of one value column for the first MaxChartBars rows (the first on top),
// labelled by some columns.
QChart *bars(const ReportTable &table, const QList<int> &labelColumns, int valueColumn, const QString &axisTitle,
             double maxValue = 0)
{
    auto *chart = new QChart;
    auto *set = new QBarSet(table.columns.at(valueColumn).header);
    QStringList categories;
    const qsizetype n = qMin<qsizetype>(table.rows.size(), MaxChartBars);
    double top = maxValue;
    for (qsizetype i = n - 1; i >= 0; --i) {
        const QVariantList &row = table.rows.at(i);
        QStringList parts;
        for (int c : labelColumns)
            parts.append(shortLabel(row.at(c)));
        // A category axis needs distinct labels: a number keeps equal ones apart.
        QString text = parts.join(QStringLiteral(" · "));
        if (categories.contains(text))
            text += QStringLiteral(" (%1)").arg(i + 1);
        categories.append(text);
        const double value = table.columns.at(valueColumn).type == ReportTable::Cell::Money
            ? major(row.at(valueColumn), table.currency)
            : row.at(valueColumn).toDouble();
        *set << value;
        top = qMax(top, value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    place(chart, series, valueAxis(top, axisTitle), Qt::AlignBottom, categoryAxis, Qt::AlignLeft);
    chart->legend()->hide();
    return chart;
}

// The occupancy of every show (a point each) over time.
QChart *occupancyPoints(const ReportTable &table)
{
    auto *chart = new QChart;
    auto *series = new QScatterSeries;
    series->setName(table.columns.at(5).header);
    series->setMarkerSize(7);
    for (const QVariantList &row : table.rows)
        series->append(double(row.at(0).toDateTime().toMSecsSinceEpoch()), row.at(5).toDouble());
    auto *times = new QDateTimeAxis;
    times->setFormat(QStringLiteral("d MMM"));
    if (!table.rows.isEmpty()) {
        const QDateTime first = table.rows.first().at(0).toDateTime();
        const QDateTime last = table.rows.last().at(0).toDateTime();
        times->setRange(first.date().startOfDay(), last.date().addDays(1).startOfDay());
    }
    place(chart, series, times, Qt::AlignBottom, valueAxis(100, ReportTable::tr("Occupancy (%)")), Qt::AlignLeft);
    chart->legend()->hide();
    return chart;
}

// A bar per day (up to MaxDayBars days with sales: a month or two), each labelled.
QChart *salesBars(const ReportTable &table)
{
    auto *chart = new QChart;
    auto *series = new QBarSeries;
    auto *amounts = new QBarSet(table.columns.at(3).header);
    // Beyond two weeks a bar is too narrow for "5 Nov": the day's number, the months below.
    const bool narrow = table.rows.size() > 14;
    QStringList days;
    double top = 0;
    for (const QVariantList &row : table.rows) {
        days.append(narrow ? QString::number(row.at(0).toDate().day()) : shortLabel(row.at(0)));
        const double amount = major(row.at(3), table.currency);
        *amounts << amount;
        top = qMax(top, amount);
    }
    series->append(amounts);
    auto *dayAxis = new QBarCategoryAxis;
    dayAxis->append(days);
    if (narrow) {
        const QDate first = table.rows.constFirst().at(0).toDate();
        const QDate last = table.rows.constLast().at(0).toDate();
        const QString month = QStringLiteral("MMMM yyyy");
        dayAxis->setTitleText(first.month() == last.month()
                                  ? QLocale().toString(first, month)
                                  : QStringLiteral("%1 – %2").arg(QLocale().toString(first, month), QLocale().toString(last, month)));
    }
    place(chart, series, dayAxis, Qt::AlignBottom, valueAxis(top, table.currency), Qt::AlignLeft);
    chart->legend()->hide();
    return chart;
}

// A line over the days (longer ranges: a bar a day would be too thin to read).
QChart *salesLine(const ReportTable &table)
{
    auto *chart = new QChart;
    auto *series = new QLineSeries;
    series->setName(table.columns.at(3).header);
    series->setPointsVisible(true);
    double top = 0;
    for (const QVariantList &row : table.rows) {
        const double amount = major(row.at(3), table.currency);
        series->append(double(row.at(0).toDate().startOfDay().toMSecsSinceEpoch()), amount);
        top = qMax(top, amount);
    }
    auto *days = new QDateTimeAxis;
    days->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (!table.rows.isEmpty()) {
        const QDate first = table.rows.first().at(0).toDate();
        const QDate last = table.rows.last().at(0).toDate();
        days->setRange(first.addDays(-1).startOfDay(), last.addDays(1).startOfDay());
    }
    place(chart, series, days, Qt::AlignBottom, valueAxis(top, table.currency), Qt::AlignLeft);
    chart->legend()->hide();
    return chart;
}

QChart *paymentPie(const ReportTable &table)
{
    auto *chart = new QChart;
    auto *series = new QPieSeries;
    for (const QVariantList &row : table.rows) {
        QPieSlice *slice = series->append(
            QStringLiteral("%1: %2").arg(row.at(0).toString(), table.display(row.at(2), 2)),
            major(row.at(2), table.currency));
        slice->setLabelVisible(true);
    }
    // One method only: a whole circle, without the border line a slice has from the centre.
    if (series->count() == 1)
        series->slices().constFirst()->setPen(Qt::NoPen);
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *refundBars(const ReportTable &table)
{
    auto *chart = new QChart;
    auto *series = new QStackedBarSeries;
    auto *cash = new QBarSet(table.columns.at(4).header);
    auto *card = new QBarSet(table.columns.at(5).header);
    QStringList days;
    double top = 0;
    for (const QVariantList &row : table.rows) {
        days.append(shortLabel(row.at(0)));
        *cash << major(row.at(4), table.currency);
        *card << major(row.at(5), table.currency);
        top = qMax(top, major(row.at(3), table.currency));
    }
    series->append(cash);
    series->append(card);
    auto *dayAxis = new QBarCategoryAxis;
    dayAxis->append(days);
    place(chart, series, dayAxis, Qt::AlignBottom, valueAxis(top, table.currency), Qt::AlignLeft);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

QChart *makeReportChart(ReportKind kind, const ReportTable &table)
{
    QChart *chart = nullptr;
    switch (kind) {
    case ReportKind::ShowOccupancy:
        chart = occupancyPoints(table);
        break;
    case ReportKind::TitleOccupancy:
        chart = bars(table, { 0 }, 4, ReportTable::tr("Occupancy (%)"), 100);
        break;
    case ReportKind::SalesByDay:
        chart = table.rows.size() <= MaxDayBars ? salesBars(table) : salesLine(table);
        break;
    case ReportKind::SalesByPayment:
        chart = paymentPie(table);
        break;
    case ReportKind::Refunds:
        chart = refundBars(table);
        break;
    case ReportKind::TopShows:
        chart = bars(table, { 1, 0 }, 6, table.currency);
        break;
    }
    chart->setTitle(ReportTable::title(kind));
    return chart;
}

} // namespace Marquee
