// The back office's Reports page against a real marquee-server and PostgreSQL over real
// WebSockets: pick a report, the table (with its totals row) and the chart have its rows, the CSV
// export is RFC 4180 with money in major units, the PDF is written. Plus the range presets.
#include "backofficewindow.h"
#include "protocol.h"
#include "reportchart.h"
#include "reportspage.h"
#include "reporttable.h"
#include "serverconnection.h"
#include "serverfixture.h"

#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QScatterSeries>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtGui/QStandardItemModel>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QTableView>

#include <memory>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ReportsPageTest : public ServerTest
{
protected:
    // Sells `count` pairs of seats of the demo's first Cinema 1 show; the sales' ids.
    QStringList sell(int count)
    {
        TestTerminal *cashier = terminal(QStringLiteral("cashier"));
        const QString show = showId(QStringLiteral("Cinema 1"));
        const QStringList seats = seatIds(show);
        QStringList sales;
        for (int i = 0; i < count; ++i) {
            auto hold = cashier->call<HoldReply>(holdOf(show, seats.mid(2 * i, 2)));
            if (!hold)
                return sales;
            SellRequest sale;
            sale.holdId = hold->holdId;
            const qint64 total = hold->total.minorUnits();
            sale.payments = { i % 2 ? card(total) : cash(total, total) };
            auto sold = cashier->call<SellReply>(sale);
            if (sold)
                sales.append(sold->saleId);
        }
        return sales;
    }
};

struct Office
{
    explicit Office(const QUrl &url)
        : connection(QStringLiteral("office-manager"))
        , window(&connection)
    {
        connection.open(url);
        connection.signIn(QStringLiteral("manager"), QStringLiteral("manager"),
                          [this](const Result<SessionReply> &s) { signedIn = bool(s); });
        waitUntil([this] { return signedIn; }, 30000);
        window.resize(1100, 720);
        window.show();
        window.showPage(window.pageIndex(window.reportsPage()));
    }

    ReportsPage *page() const { return window.reportsPage(); }

    bool show(ReportKind kind)
    {
        QSignalSpy loaded(page(), &ReportsPage::loaded);
        page()->setKind(kind);
        page()->refresh();
        return loaded.wait(30000) && page()->report() && page()->report()->kind == kind;
    }

    ServerConnection connection;
    BackOfficeWindow window;
    bool signedIn = false;
};

} // namespace

TEST(ReportsPagePresets, RangesSeenFromADay)
{
    const QDate wednesday(2025, 3, 12);
    using P = ReportsPage::Preset;
    EXPECT_EQ(ReportsPage::presetRange(P::ThisWeek, wednesday), std::make_pair(QDate(2025, 3, 10), QDate(2025, 3, 16)));
    EXPECT_EQ(ReportsPage::presetRange(P::Last7Days, wednesday), std::make_pair(QDate(2025, 3, 6), QDate(2025, 3, 12)));
    EXPECT_EQ(ReportsPage::presetRange(P::ThisMonth, wednesday), std::make_pair(QDate(2025, 3, 1), QDate(2025, 3, 31)));
    EXPECT_EQ(ReportsPage::presetRange(P::LastMonth, wednesday), std::make_pair(QDate(2025, 2, 1), QDate(2025, 2, 28)));
    EXPECT_EQ(ReportsPage::presetRange(P::LastMonth, QDate(2025, 1, 5)),
              std::make_pair(QDate(2024, 12, 1), QDate(2024, 12, 31)));
}

// Sales by day over a long range: a line (a bar a day would be too thin), a point a day.
TEST(ReportCharts, SalesOfManyDaysAreALine)
{
    ReportReply reply;
    reply.kind = ReportKind::SalesByDay;
    reply.currency = QStringLiteral("EUR");
    reply.timezone = QStringLiteral("UTC");
    for (int i = 0; i < MaxDayBars + 9; ++i)
        reply.salesByDay.append(SalesDayRow { QDate(2026, 1, 1).addDays(i), 3, 5, 4200 });
    std::unique_ptr<QChart> chart(makeReportChart(ReportKind::SalesByDay, ReportTable::fromReply(reply)));
    auto *line = qobject_cast<QLineSeries *>(chart->series().first());
    ASSERT_TRUE(line);
    EXPECT_EQ(line->count(), MaxDayBars + 9);
}

// Three weeks of days: a bar each, labelled by the day's number (whole, not "5 …"), the months
// named under the axis.
TEST(ReportCharts, ThreeWeeksOfDaysAreBarsLabelledByTheirNumber)
{
    ReportReply reply;
    reply.kind = ReportKind::SalesByDay;
    reply.currency = QStringLiteral("EUR");
    reply.timezone = QStringLiteral("UTC");
    for (int i = 0; i < 21; ++i)
        reply.salesByDay.append(SalesDayRow { QDate(2026, 1, 20).addDays(i), 3, 5, 4200 });
    std::unique_ptr<QChart> chart(makeReportChart(ReportKind::SalesByDay, ReportTable::fromReply(reply)));
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    ASSERT_TRUE(bars);
    EXPECT_EQ(bars->barSets().first()->count(), 21);
    auto *days = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    ASSERT_TRUE(days);
    EXPECT_EQ(days->categories().first(), QStringLiteral("20"));
    EXPECT_EQ(days->categories().last(), QStringLiteral("9"));
    EXPECT_TRUE(days->titleText().contains(QLocale().toString(QDate(2026, 1, 1), QStringLiteral("MMMM"))))
        << days->titleText().toStdString();
    EXPECT_TRUE(days->titleText().contains(QLocale().toString(QDate(2026, 2, 1), QStringLiteral("MMMM"))));
}

// A show's start is the venue's wall clock in the table and the CSV, whatever the terminal's zone
// (a walk found a Berlin venue's 18:00 show listed at 17:00 on a UTC terminal).
TEST(ReportTableTimes, StartsAreTheVenuesWallClock)
{
    ReportReply reply;
    reply.kind = ReportKind::ShowOccupancy;
    reply.currency = QStringLiteral("EUR");
    reply.timezone = QStringLiteral("Pacific/Auckland"); // UTC+13 in December: never the test machine's
    ShowOccupancyRow row;
    row.title = QStringLiteral("Metropolis");
    row.auditorium = QStringLiteral("Studio");
    row.start = QDateTime(QDate(2026, 12, 2), QTime(7, 0), Qt::UTC);
    row.seats = 100;
    row.sold = 10;
    reply.showOccupancy = { row };
    const ReportTable table = ReportTable::fromReply(reply);
    ASSERT_EQ(table.rows.size(), 1);
    const QString shown = table.display(table.rows.first().first(), 0);
    EXPECT_TRUE(shown.contains(QStringLiteral("20:00"))) << shown.toStdString();
    EXPECT_TRUE(QString::fromUtf8(table.toCsv()).contains(QStringLiteral("2026-12-02T20:00:00+13:00")))
        << table.toCsv().toStdString();
}

TEST_F(ReportsPageTest, AReportAsTableChartCsvAndPdf)
{
    const QStringList sales = sell(3);
    ASSERT_EQ(sales.size(), 3);
    Office office(url());
    ASSERT_TRUE(office.signedIn);
    const QDate today = QDate::currentDate();
    office.page()->setRange(today.addDays(-1), today.addDays(1));

    // Sales by payment method: a row per method and the totals row; a pie slice per method.
    ASSERT_TRUE(office.show(ReportKind::SalesByPayment)) << office.page()->statusText().toStdString();
    const ReportReply *report = office.page()->report();
    ASSERT_EQ(report->salesByPayment.size(), 2);
    QAbstractItemModel *model = office.page()->tableView()->model();
    ASSERT_EQ(model->rowCount(), 3);
    const qint64 total = scalar(QStringLiteral("SELECT sum(total) FROM sales WHERE id IN (%1)").arg(sales.join(u','))).toLongLong();
    EXPECT_EQ(report->salesByPayment.at(0).amount + report->salesByPayment.at(1).amount, total);
    EXPECT_EQ(model->index(2, 0).data().toString(), ReportTable::tr("Total"));
    EXPECT_EQ(model->index(2, 2).data().toString(), office.page()->table().display(total, 2));
    ASSERT_EQ(office.page()->chart()->series().size(), 1);
    auto *pie = qobject_cast<QPieSeries *>(office.page()->chart()->series().first());
    ASSERT_TRUE(pie);
    EXPECT_EQ(pie->count(), 2);

    // CSV: a header, a line per method, the totals; money as a decimal of euros.
    QTemporaryDir dir;
    const QString csvFile = dir.filePath(QStringLiteral("methods.csv"));
    ASSERT_TRUE(office.page()->exportCsv(csvFile)) << office.page()->statusText().toStdString();
    const QList<QByteArray> lines = readAll(csvFile).split('\n');
    ASSERT_EQ(lines.size(), 5); // 4 lines ending in CRLF
    for (int i = 0; i < 4; ++i)
        EXPECT_TRUE(lines.at(i).endsWith('\r')) << i;
    EXPECT_EQ(lines.at(0), QByteArray("Method,Payments,Amount (EUR)\r"));
    const auto euros = [](qint64 cents) -> QByteArray {
        return QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
    };
    const PaymentMethodRow &first = report->salesByPayment.at(0);
    EXPECT_EQ(lines.at(1), ReportTable::paymentMethodTitle(first.method).toUtf8() + ',' + QByteArray::number(first.payments)
                               + ',' + euros(first.amount) + '\r');
    EXPECT_EQ(lines.at(3), "Total,3," + euros(total) + '\r');

    // Occupancy per show: a row per show, a point per show; per film: a bar per film.
    ASSERT_TRUE(office.show(ReportKind::ShowOccupancy));
    const qsizetype shows = office.page()->report()->showOccupancy.size();
    ASSERT_GT(shows, 0);
    EXPECT_EQ(model->rowCount(), shows + 1);
    auto *points = qobject_cast<QScatterSeries *>(office.page()->chart()->series().first());
    ASSERT_TRUE(points);
    EXPECT_EQ(points->count(), shows);
    qint64 sold = 0;
    for (const ShowOccupancyRow &r : office.page()->report()->showOccupancy)
        sold += r.sold;
    EXPECT_EQ(sold, scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'valid' AND show_id IN"
                                          " (SELECT id FROM shows WHERE starts_at >= now() - interval '2 days'"
                                          " AND status <> 'cancelled')"))
                        .toLongLong());
    EXPECT_GE(sold, 6);
    ASSERT_TRUE(office.show(ReportKind::TitleOccupancy));
    auto *bars = qobject_cast<QAbstractBarSeries *>(office.page()->chart()->series().first());
    ASSERT_TRUE(bars);
    EXPECT_EQ(bars->barSets().first()->count(),
              qMin<qsizetype>(office.page()->report()->titleOccupancy.size(), MaxChartBars));

    // Sales by day: a bar a day for a short range (a walk found one lonely dot and repeated day
    // labels on a line); the PDF of it: table and chart, a real PDF.
    ASSERT_TRUE(office.show(ReportKind::SalesByDay));
    auto *dayBars = qobject_cast<QAbstractBarSeries *>(office.page()->chart()->series().first());
    ASSERT_TRUE(dayBars);
    EXPECT_EQ(dayBars->barSets().first()->count(), office.page()->report()->salesByDay.size());
    const QString pdfFile = dir.filePath(QStringLiteral("days.pdf"));
    ASSERT_TRUE(office.page()->exportPdf(pdfFile)) << office.page()->statusText().toStdString();
    const QByteArray pdf = readAll(pdfFile);
    EXPECT_TRUE(pdf.startsWith("%PDF-")) << pdf.left(20).toStdString();
    EXPECT_GT(pdf.size(), 2000);

    // A file that cannot be written: a clear status, false.
    EXPECT_FALSE(office.page()->exportCsv(dir.filePath(QStringLiteral("missing/dir/x.csv"))));
    EXPECT_FALSE(office.page()->statusText().isEmpty());

    // Every kind shows, refunds and top shows included.
    for (ReportKind kind : allReportKinds()) {
        ASSERT_TRUE(office.show(kind)) << reportKindName(kind).toStdString();
        EXPECT_EQ(model->rowCount(), office.page()->report()->rowCount() + 1);
        EXPECT_FALSE(office.page()->chart()->series().isEmpty());
    }
}
