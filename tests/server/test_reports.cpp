// Reports on a real marquee-server and a real PostgreSQL, over real WebSockets: every report's
// totals equal independent SQL sums over a seeded month of 20,000 sales (seeded by SQL into the
// real schema, tests/support/reports_seed.sql, plus sales and refunds through the protocol in the
// same venue and range); the role matrix; bad input that gets a clear code and changes nothing.
#include "serverfixture.h"

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QTimeZone>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

const QString ok = QStringLiteral("(no error)");

QString seedSql()
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/tests/support/reports_seed.sql"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

template<typename Row, typename F> qint64 sumOf(const QList<Row> &rows, F field)
{
    qint64 sum = 0;
    for (const Row &row : rows)
        sum += field(row);
    return sum;
}

} // namespace

class Reports : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        m_manager = terminal(QStringLiteral("manager"));
        m_venue = scalar(QStringLiteral("SELECT id FROM venues ORDER BY id LIMIT 1"));
    }

    Result<ReportReply> report(ReportKind kind, const QDate &from, const QDate &to, TestTerminal *t = nullptr,
                               const QString &venue = {})
    {
        return (t ? t : m_manager)->call<ReportReply>(
            GetReportRequest { kind, venue.isEmpty() ? m_venue : venue, from, to });
    }

    // A raw request (missing fields, wrong types): the error code it is answered with.
    QString rawCode(const QJsonObject &body)
    {
        const QString id = m_manager->nextId();
        const QJsonObject frame { { QStringLiteral("v"), 1 },
                                  { QStringLiteral("type"), QStringLiteral("get_report") },
                                  { QStringLiteral("id"), id },
                                  { QStringLiteral("body"), body } };
        m_manager->sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        const auto reply = m_manager->waitReply(id);
        if (!reply)
            return QStringLiteral("(no reply)");
        if (const auto *error = std::get_if<ErrorMessage>(&*reply))
            return errorCodeName(error->code) + u' ' + error->where;
        return ok;
    }

    // The venue's range [from, to) of local days as timestamptz bounds, for the independent sums.
    QString lo() const { return m_from.toString(Qt::ISODate) + QStringLiteral("::timestamp AT TIME ZONE v.timezone"); }
    QString hi() const { return m_to.toString(Qt::ISODate) + QStringLiteral("::timestamp AT TIME ZONE v.timezone"); }
    // Sales of the venue in the range, as SQL (aliases sa, s, a, v).
    QString salesInRange() const
    {
        return QStringLiteral(" FROM sales sa JOIN shows s ON s.id = sa.show_id JOIN auditoriums a ON a.id = s.auditorium_id"
                              " JOIN venues v ON v.id = a.venue_id WHERE v.id = %1 AND sa.created_at >= '%2'::date::timestamp"
                              " AT TIME ZONE v.timezone AND sa.created_at < '%3'::date::timestamp AT TIME ZONE v.timezone")
            .arg(m_venue, m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    }
    QString showsInRange() const
    {
        return QStringLiteral(" FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id JOIN venues v ON v.id = a.venue_id"
                              " WHERE v.id = %1 AND s.status <> 'cancelled' AND s.starts_at >= '%2'::date::timestamp"
                              " AT TIME ZONE v.timezone AND s.starts_at < '%3'::date::timestamp AT TIME ZONE v.timezone")
            .arg(m_venue, m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    }
    qint64 number(const QString &sql) { return scalar(sql).toLongLong(); }

    TestTerminal *m_manager = nullptr;
    QString m_venue;
    QDate m_from;
    QDate m_to;
};

// ---- Totals -----------------------------------------------------------------------------------------

TEST_F(Reports, TotalsAgreeToTheCentWithTheDatabaseOverASeededMonthOf20000Sales)
{
    const QDate today = QDate::currentDate();
    m_from = today.addDays(-20);
    m_to = today.addDays(11);
    const QString sql = seedSql();
    ASSERT_FALSE(sql.isEmpty());
    ASSERT_TRUE(db().execScript(sql));
    const QString manager = scalar(QStringLiteral("SELECT id FROM users WHERE username = 'manager'"));
    const QString cinema = scalar(QStringLiteral("SELECT id FROM auditoriums WHERE name = 'Cinema 1'"));
    // 3 screens x 31 days x 6 shows; sales over the 20 days before today (Berlin's local days).
    const QString made = scalar(
        QStringLiteral("SELECT marquee_seed_reports($1, $2, 3, $3::date, 31, 6, 20000,"
                       " $3::date::timestamp AT TIME ZONE 'Europe/Berlin', now() - interval '1 hour', $4)"),
        { m_venue, cinema, m_from.toString(Qt::ISODate), manager });
    ASSERT_EQ(made, QStringLiteral("20000"));

    // A few sales and a refund through the protocol in the same venue and range (the demo's shows
    // of today and tomorrow): the seeding cannot drift from what the server writes.
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QStringList seats = seatIds(show);
    ASSERT_GE(seats.size(), 6);
    QStringList protocolSales;
    for (int i = 0; i < 3; ++i) {
        auto hold = cashier->call<HoldReply>(holdOf(show, seats.mid(2 * i, 2)));
        ASSERT_TRUE(hold) << hold.error().message.toStdString();
        const qint64 total = hold->total.minorUnits();
        SellRequest sale;
        sale.holdId = hold->holdId;
        sale.payments = i == 0 ? QList<Payment> { cash(total, total + 500) }
            : i == 1           ? QList<Payment> { card(total) }
                               : QList<Payment> { card(300), cash(total - 300, total - 300) };
        auto sold = cashier->call<SellReply>(sale);
        ASSERT_TRUE(sold) << sold.error().message.toStdString();
        protocolSales.append(sold->saleId);
    }
    auto refunded = m_manager->call<RefundReply>(
        RefundRequest { protocolSales.at(2), std::nullopt, QStringLiteral("customer asked") });
    ASSERT_TRUE(refunded) << refunded.error().message.toStdString();
    ASSERT_EQ(number(QStringLiteral("SELECT count(*)") + salesInRange()), 20003);

    // Sales by day.
    auto byDay = report(ReportKind::SalesByDay, m_from, m_to);
    ASSERT_TRUE(byDay) << byDay.error().message.toStdString();
    EXPECT_EQ(byDay->currency, QStringLiteral("EUR"));
    EXPECT_EQ(byDay->timezone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(sumOf(byDay->salesByDay, [](const SalesDayRow &r) { return r.sales; }), 20003);
    EXPECT_EQ(sumOf(byDay->salesByDay, [](const SalesDayRow &r) { return r.amount; }),
              number(QStringLiteral("SELECT sum(sa.total)") + salesInRange()));
    EXPECT_EQ(sumOf(byDay->salesByDay, [](const SalesDayRow &r) { return r.tickets; }),
              number(QStringLiteral("SELECT count(*) FROM tickets t WHERE t.sale_id IN (SELECT sa.id") + salesInRange()
                     + u')'));
    EXPECT_EQ(byDay->salesByDay.size(),
              number(QStringLiteral("SELECT count(DISTINCT (sa.created_at AT TIME ZONE v.timezone)::date)") + salesInRange()));
    // Today's row holds the protocol's sales, by the venue's local day.
    const QDate berlinToday = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Berlin")).date();
    qint64 todays = 0;
    for (const SalesDayRow &r : byDay->salesByDay) {
        if (r.day == berlinToday)
            todays = r.amount;
    }
    EXPECT_EQ(todays, number(QStringLiteral("SELECT sum(sa.total)") + salesInRange()
                             + QStringLiteral(" AND (sa.created_at AT TIME ZONE v.timezone)::date = '%1'")
                                   .arg(berlinToday.toString(Qt::ISODate))));
    EXPECT_GE(todays, number(QStringLiteral("SELECT sum(total) FROM sales WHERE id IN (%1)")
                                 .arg(protocolSales.join(u','))));

    // By payment method: each method's sum, and together the sales' totals.
    auto byMethod = report(ReportKind::SalesByPayment, m_from, m_to);
    ASSERT_TRUE(byMethod) << byMethod.error().message.toStdString();
    ASSERT_EQ(byMethod->salesByPayment.size(), 2);
    for (const PaymentMethodRow &r : byMethod->salesByPayment) {
        EXPECT_EQ(r.amount, number(QStringLiteral("SELECT sum(p.amount) FROM payments p WHERE p.sale_id IN (SELECT sa.id")
                                   + salesInRange() + QStringLiteral(") AND p.method = '%1'").arg(r.method)))
            << r.method.toStdString();
        EXPECT_EQ(r.payments, number(QStringLiteral("SELECT count(*) FROM payments p WHERE p.sale_id IN (SELECT sa.id")
                                     + salesInRange() + QStringLiteral(") AND p.method = '%1'").arg(r.method)));
        EXPECT_GT(r.payments, 6000);
    }
    EXPECT_EQ(sumOf(byMethod->salesByPayment, [](const PaymentMethodRow &r) { return r.amount; }),
              sumOf(byDay->salesByDay, [](const SalesDayRow &r) { return r.amount; }));

    // Refunds: amounts, tickets and how they were paid back.
    const QString refundsInRange
        = QStringLiteral(" FROM refunds r JOIN sales sa ON sa.id = r.sale_id JOIN shows s ON s.id = sa.show_id"
                         " JOIN auditoriums a ON a.id = s.auditorium_id JOIN venues v ON v.id = a.venue_id"
                         " WHERE v.id = %1 AND r.created_at >= '%2'::date::timestamp AT TIME ZONE v.timezone"
                         " AND r.created_at < '%3'::date::timestamp AT TIME ZONE v.timezone")
              .arg(m_venue, m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    auto refunds = report(ReportKind::Refunds, m_from, m_to);
    ASSERT_TRUE(refunds) << refunds.error().message.toStdString();
    const qint64 refundCount = number(QStringLiteral("SELECT count(*)") + refundsInRange);
    EXPECT_GT(refundCount, 1000);
    EXPECT_EQ(sumOf(refunds->refunds, [](const RefundDayRow &r) { return r.refunds; }), refundCount);
    EXPECT_EQ(sumOf(refunds->refunds, [](const RefundDayRow &r) { return r.amount; }),
              number(QStringLiteral("SELECT sum(r.amount)") + refundsInRange));
    EXPECT_EQ(sumOf(refunds->refunds, [](const RefundDayRow &r) { return r.card; }),
              number(QStringLiteral("SELECT coalesce(sum(rp.amount), 0) FROM refund_payments rp WHERE rp.method = 'card'"
                                    " AND rp.refund_id IN (SELECT r.id")
                     + refundsInRange + u')'));
    EXPECT_EQ(sumOf(refunds->refunds, [](const RefundDayRow &r) { return r.tickets; }),
              number(QStringLiteral("SELECT count(*) FROM refund_tickets rt WHERE rt.refund_id IN (SELECT r.id")
                     + refundsInRange + u')'));
    for (const RefundDayRow &r : refunds->refunds)
        EXPECT_EQ(r.cash + r.card, r.amount) << r.day.toString(Qt::ISODate).toStdString();

    // Occupancy per show and per title: sold seats are the valid tickets of the shows in range.
    auto perShow = report(ReportKind::ShowOccupancy, m_from, m_to);
    ASSERT_TRUE(perShow) << perShow.error().message.toStdString();
    EXPECT_EQ(perShow->showOccupancy.size(), number(QStringLiteral("SELECT count(*)") + showsInRange()));
    const qint64 sold = number(QStringLiteral("SELECT count(*) FROM tickets t WHERE t.status = 'valid' AND t.show_id IN (SELECT s.id")
                               + showsInRange() + u')');
    EXPECT_GT(sold, 30000);
    EXPECT_EQ(sumOf(perShow->showOccupancy, [](const ShowOccupancyRow &r) { return r.sold; }), sold);
    const qint64 seatsInRange = number(QStringLiteral("SELECT count(*) FROM layout_seats ls JOIN (SELECT s.auditorium_id, s.layout_version")
                                       + showsInRange()
                                       + QStringLiteral(") x USING (auditorium_id, layout_version) WHERE NOT ls.blocked"));
    EXPECT_EQ(sumOf(perShow->showOccupancy, [](const ShowOccupancyRow &r) { return r.seats; }), seatsInRange);
    for (const ShowOccupancyRow &r : perShow->showOccupancy)
        EXPECT_LE(r.sold, r.seats) << r.showId.toStdString();
    auto perTitle = report(ReportKind::TitleOccupancy, m_from, m_to);
    ASSERT_TRUE(perTitle) << perTitle.error().message.toStdString();
    EXPECT_EQ(sumOf(perTitle->titleOccupancy, [](const TitleOccupancyRow &r) { return r.sold; }), sold);
    EXPECT_EQ(sumOf(perTitle->titleOccupancy, [](const TitleOccupancyRow &r) { return r.seats; }), seatsInRange);
    EXPECT_EQ(sumOf(perTitle->titleOccupancy, [](const TitleOccupancyRow &r) { return r.shows; }),
              qint64(perShow->showOccupancy.size()));
    EXPECT_EQ(perTitle->titleOccupancy.size(), number(QStringLiteral("SELECT count(DISTINCT coalesce(s.title_id::text, s.title))")
                                                      + showsInRange()));

    // Top shows: 20, by revenue; each one's revenue is what its valid tickets cost (another path
    // to the same money: sales' totals less refunds), and the first is the best of all.
    auto top = report(ReportKind::TopShows, m_from, m_to);
    ASSERT_TRUE(top) << top.error().message.toStdString();
    ASSERT_EQ(top->topShows.size(), TopShowsInReport);
    for (qsizetype i = 0; i < top->topShows.size(); ++i) {
        const TopShowRow &r = top->topShows.at(i);
        EXPECT_EQ(r.revenue, number(QStringLiteral("SELECT coalesce(sum(price), 0) FROM tickets WHERE status = 'valid' AND show_id = %1")
                                        .arg(r.showId)))
            << r.showId.toStdString();
        EXPECT_EQ(r.gross, number(QStringLiteral("SELECT sum(total) FROM sales WHERE show_id = %1").arg(r.showId)));
        EXPECT_EQ(r.gross - r.refunded, r.revenue);
        if (i > 0) {
            EXPECT_GE(top->topShows.at(i - 1).revenue, r.revenue);
        }
    }
    EXPECT_EQ(top->topShows.first().revenue,
              number(QStringLiteral("SELECT max(x) FROM (SELECT (SELECT coalesce(sum(price), 0) FROM tickets t"
                                    " WHERE t.status = 'valid' AND t.show_id = s.id) AS x")
                     + showsInRange() + QStringLiteral(") m")));

    // The running totals that sales and refunds wrote are what recomputing them from the books
    // gives (marquee_rebuild_report_totals, migration 14's backfill): every report, byte for byte.
    QStringList incremental;
    const auto rawReports = [&] {
        QStringList answers;
        for (ReportKind kind : allReportKinds()) {
            answers.append(scalar(QStringLiteral("SELECT marquee_report($1, $2::bigint, $3::date, $4::date)::text"),
                                  { reportKindName(kind), m_venue, m_from.toString(Qt::ISODate),
                                    m_to.toString(Qt::ISODate) }));
        }
        return answers;
    };
    // A sale moved a day back in time (as tests age sales past the refund window) moves its
    // tickets and payments with it.
    ASSERT_EQ(scalar(QStringLiteral("UPDATE sales SET created_at = created_at - interval '1 day' WHERE id = %1"
                                    " RETURNING id").arg(protocolSales.first())), protocolSales.first());
    incremental = rawReports();
    ASSERT_EQ(scalar(QStringLiteral("SELECT marquee_rebuild_report_totals()::text")), QString());
    ASSERT_GT(number(QStringLiteral("SELECT count(DISTINCT stripe) FROM report_quarters")), 1);
    const QStringList rebuilt = rawReports();
    ASSERT_EQ(rebuilt.size(), incremental.size());
    for (qsizetype i = 0; i < rebuilt.size(); ++i) {
        EXPECT_GT(rebuilt.at(i).size(), 100) << reportKindName(allReportKinds().at(i)).toStdString();
        EXPECT_EQ(rebuilt.at(i), incremental.at(i)) << reportKindName(allReportKinds().at(i)).toStdString();
    }

    // Another venue sees none of it.
    const QString other = scalar(QStringLiteral(
        "INSERT INTO venues (name, timezone, currency) VALUES ('Elsewhere', 'UTC', 'EUR') RETURNING id"));
    for (ReportKind kind : allReportKinds()) {
        auto empty = report(kind, m_from, m_to, nullptr, other);
        ASSERT_TRUE(empty) << reportKindName(kind).toStdString();
        EXPECT_EQ(empty->rowCount(), 0) << reportKindName(kind).toStdString();
    }
}

// ---- Role matrix --------------------------------------------------------------------------------------

TEST_F(Reports, RoleMatrix)
{
    const QDate today = QDate::currentDate();
    QSet<MessageType> covered;
    for (const QString &role : { QStringLiteral("cashier"), QStringLiteral("kiosk") }) {
        TestTerminal *t = terminal(role);
        for (ReportKind kind : allReportKinds()) {
            const GetReportRequest request { kind, m_venue, today, today.addDays(1) };
            covered.insert(GetReportRequest::Type);
            auto refused = t->call<ReportReply>(request);
            ASSERT_FALSE(refused) << role.toStdString();
            EXPECT_EQ(refused.error().code, ErrorCode::Forbidden)
                << role.toStdString() << " " << reportKindName(kind).toStdString();
        }
    }
    for (const MessageTypeInfo &info : allMessageTypes()) {
        if (info.kind == MessageKind::Request && info.type >= MessageType::GetReport
            && info.type <= MessageType::ReportReply) {
            EXPECT_TRUE(covered.contains(info.type)) << "not tried: " << QString(info.name).toStdString();
        }
    }
    for (const QString &role : { QStringLiteral("manager"), QStringLiteral("admin") }) {
        TestTerminal *t = terminal(role);
        for (ReportKind kind : allReportKinds()) {
            auto answered = report(kind, today.addDays(-1), today.addDays(2), t);
            EXPECT_TRUE(answered) << role.toStdString() << " " << reportKindName(kind).toStdString() << ": "
                                  << (answered ? std::string() : answered.error().message.toStdString());
            if (answered) {
                EXPECT_EQ(answered->kind, kind);
                EXPECT_EQ(answered->from, today.addDays(-1));
            }
        }
    }
    // The demo's shows of today and tomorrow are in that range.
    auto shows = report(ReportKind::ShowOccupancy, today.addDays(-1), today.addDays(2));
    ASSERT_TRUE(shows);
    EXPECT_EQ(shows->showOccupancy.size(), number(QStringLiteral(
        "SELECT count(*) FROM shows WHERE status <> 'cancelled' AND starts_at >= ('%1'::date::timestamp AT TIME ZONE 'Europe/Berlin')"
        " AND starts_at < ('%2'::date::timestamp AT TIME ZONE 'Europe/Berlin')")
        .arg(today.addDays(-1).toString(Qt::ISODate), today.addDays(2).toString(Qt::ISODate))));
    EXPECT_GT(shows->showOccupancy.size(), 0);
}

// ---- Bad input ----------------------------------------------------------------------------------------

// The books that the running totals follow are append-only: a change that would make the totals
// drift from them is refused by the database, and the totals stay as the sale and refund left them.
TEST_F(Reports, TheBooksAreAppendOnlySoTheTotalsCannotDrift)
{
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QStringList seats = seatIds(show);
    auto hold = cashier->call<HoldReply>(holdOf(show, seats.mid(0, 2)));
    ASSERT_TRUE(hold) << hold.error().message.toStdString();
    SellRequest sale;
    sale.holdId = hold->holdId;
    sale.payments = { card(hold->total.minorUnits()) };
    auto sold = cashier->call<SellReply>(sale);
    ASSERT_TRUE(sold) << sold.error().message.toStdString();
    auto refunded = m_manager->call<RefundReply>(RefundRequest { sold->saleId, std::nullopt, QStringLiteral("test") });
    ASSERT_TRUE(refunded) << refunded.error().message.toStdString();
    const QString takings = QStringLiteral("SELECT sum(sold) || '/' || sum(gross) || '/' || sum(refunded) FROM show_takings"
                                           " WHERE show_id = %1").arg(show);
    const QString quarters = QStringLiteral("SELECT sum(sales) || '/' || sum(sale_tickets) || '/' || sum(sale_amount) || '/'"
                                            " || sum(refunds) || '/' || sum(refund_tickets) || '/' || sum(refund_amount)"
                                            " || '/' || sum(refund_card) FROM report_quarters");
    const QString total = QString::number(hold->total.minorUnits());
    EXPECT_EQ(scalar(takings), QStringLiteral("0/%1/%1").arg(total));
    EXPECT_EQ(scalar(quarters), QStringLiteral("1/2/%1/1/2/%1/%1").arg(total));

    const QString saleId = sold->saleId;
    for (const QString &change : {
             QStringLiteral("UPDATE sales SET total = total + 100 WHERE id = %1").arg(saleId),
             QStringLiteral("UPDATE sales SET show_id = show_id WHERE id = %1").arg(saleId),
             QStringLiteral("DELETE FROM sales WHERE id = %1").arg(saleId),
             QStringLiteral("DELETE FROM payments WHERE sale_id = %1").arg(saleId),
             QStringLiteral("UPDATE tickets SET price = price + 1 WHERE sale_id = %1").arg(saleId),
             QStringLiteral("DELETE FROM refund_tickets"),
             QStringLiteral("UPDATE refunds SET amount = 0"),
             QStringLiteral("DELETE FROM refund_payments"),
             QStringLiteral("TRUNCATE tickets CASCADE"),
             QStringLiteral("TRUNCATE sales CASCADE"),
         }) {
        auto result = db().exec(change);
        ASSERT_FALSE(result) << change.toStdString();
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("append-only"))) << result.error().message.toStdString();
    }
    EXPECT_EQ(scalar(takings), QStringLiteral("0/%1/%1").arg(total));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE sale_id = %1").arg(saleId)), QStringLiteral("2"));
}

TEST_F(Reports, BadInputGetsAClearCodeAndChangesNothing)
{
    const QString auditBefore = scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const QString idempotencyBefore = scalar(QStringLiteral("SELECT count(*) FROM idempotency"));
    const auto body = [this](const QString &kind, const QString &from, const QString &to) {
        return QJsonObject { { QStringLiteral("kind"), kind },
                             { QStringLiteral("venueId"), m_venue },
                             { QStringLiteral("from"), from },
                             { QStringLiteral("to"), to } };
    };
    const QString kind = QStringLiteral("sales_by_day");
    // Well-formed: the range can be a day, or 366 days.
    EXPECT_EQ(rawCode(body(kind, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-02"))), ok);
    EXPECT_EQ(rawCode(body(kind, QStringLiteral("2024-01-01"), QStringLiteral("2025-01-01"))), ok);
    // The range: reversed, empty, over 366 days.
    EXPECT_EQ(rawCode(body(kind, QStringLiteral("2025-03-10"), QStringLiteral("2025-03-01"))),
              QStringLiteral("INVALID_VALUE /body/to"));
    EXPECT_EQ(rawCode(body(kind, QStringLiteral("2025-03-10"), QStringLiteral("2025-03-10"))),
              QStringLiteral("INVALID_VALUE /body/to"));
    EXPECT_EQ(rawCode(body(kind, QStringLiteral("2024-01-01"), QStringLiteral("2025-01-02"))),
              QStringLiteral("INVALID_VALUE /body/to"));
    // Days that are not days.
    EXPECT_EQ(rawCode(body(kind, QStringLiteral("2025-13-01"), QStringLiteral("2025-03-10"))),
              QStringLiteral("INVALID_VALUE /body/from"));
    EXPECT_EQ(rawCode(body(kind, QStringLiteral("2025-3-1"), QStringLiteral("2025-03-10"))),
              QStringLiteral("INVALID_VALUE /body/from"));
    EXPECT_EQ(rawCode(body(kind, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-10T00:00:00Z"))),
              QStringLiteral("INVALID_VALUE /body/to"));
    // Unknown kind, unknown venue (a number that is none, and no number).
    EXPECT_EQ(rawCode(body(QStringLiteral("profit"), QStringLiteral("2025-03-01"), QStringLiteral("2025-03-10"))),
              QStringLiteral("INVALID_VALUE /body/kind"));
    for (const QString &venue : { QStringLiteral("999999"), QStringLiteral("cinema") }) {
        QJsonObject b = body(kind, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-10"));
        b[QStringLiteral("venueId")] = venue;
        EXPECT_EQ(rawCode(b), QStringLiteral("NOT_FOUND /body/venueId")) << venue.toStdString();
    }
    // Missing fields, wrong types, unknown fields.
    for (const QString &field : { QStringLiteral("kind"), QStringLiteral("venueId"), QStringLiteral("from"),
                                  QStringLiteral("to") }) {
        QJsonObject b = body(kind, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-10"));
        b.remove(field);
        EXPECT_EQ(rawCode(b), QStringLiteral("MISSING_FIELD /body/") + field);
    }
    QJsonObject numeric = body(kind, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-10"));
    numeric[QStringLiteral("from")] = 20250301;
    EXPECT_EQ(rawCode(numeric), QStringLiteral("WRONG_TYPE /body/from"));
    QJsonObject extra = body(kind, QStringLiteral("2025-03-01"), QStringLiteral("2025-03-10"));
    extra[QStringLiteral("currency")] = QStringLiteral("USD");
    EXPECT_EQ(rawCode(extra), QStringLiteral("UNKNOWN_FIELD /body/currency"));
    // Reports change nothing, refused or not (not audited, nothing remembered).
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM idempotency")), idempotencyBefore);
}
