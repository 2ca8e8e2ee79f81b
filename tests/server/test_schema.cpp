// The schema and the seat operations, straight against PostgreSQL: all-or-nothing holds, expiry,
// idempotency, sales, refunds, and the constraints that make a double sale impossible.
#include "printers.h"
#include "schema.h"
#include "testpostgres.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Marquee;

namespace {

class Schema : public Marquee::Test::PostgresTest
{
protected:
    void SetUp() override
    {
        PostgresTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        auto version = migrate(db());
        ASSERT_TRUE(version) << version.error().message.toStdString();
        ASSERT_EQ(*version, migrations().last().version);
        const Status seeded = db().execScript(QStringLiteral(R"sql(
            INSERT INTO users (username, password_hash, role) VALUES
                ('ann', 'x', 'cashier'), ('bob', 'x', 'cashier'), ('meg', 'x', 'manager');
            INSERT INTO venues (name, currency) VALUES ('Roxy', 'EUR');
            INSERT INTO auditoriums (venue_id, name) VALUES (1, 'Screen 1');
            INSERT INTO layouts (auditorium_id, version, document) VALUES (1, 1, '{}');
            INSERT INTO layout_seats (auditorium_id, layout_version, seat_id, label, category)
                SELECT 1, 1, 'A-' || n, n::text, CASE WHEN n <= 5 THEN 'std' ELSE 'vip' END
                  FROM generate_series(1, 10) n;
            INSERT INTO shows (auditorium_id, layout_version, title, starts_at, ends_at, currency)
                VALUES (1, 1, 'Metropolis', now() + interval '1 day', now() + interval '1 day 2 hours', 'EUR');
            INSERT INTO show_prices VALUES (1, 'std', 1250), (1, 'vip', 1800);
            INSERT INTO show_seats (show_id, seat_id, category)
                SELECT 1, seat_id, category FROM layout_seats;
        )sql"));
        ASSERT_TRUE(seeded) << seeded.error().message.toStdString();
    }

    QJsonObject call(const QString &sql, const QList<QString> &params)
    {
        auto result = db().exec(sql, params);
        if (!result) {
            ADD_FAILURE() << sql.toStdString() << ": " << result.error().message.toStdString();
            return {};
        }
        return QJsonDocument::fromJson(result->value(0, 0).toUtf8()).object();
    }

    QJsonObject hold(const QString &user, const QString &request, const QString &seats, int ttl = 600)
    {
        return call(QStringLiteral("SELECT marquee_hold($1, $2, $3, 'T1', 1, $4::text[], $5)"),
                    {user, request, QStringLiteral("h:") + seats, seats, QString::number(ttl)});
    }

    QString scalar(const QString &sql)
    {
        auto result = db().exec(sql);
        if (!result) {
            ADD_FAILURE() << sql.toStdString() << ": " << result.error().message.toStdString();
            return {};
        }
        return result->value(0, 0);
    }

    QJsonObject sell(const QString &user, const QString &request, qint64 hold, const QString &payments)
    {
        return call(QStringLiteral("SELECT marquee_sell($1, $2, $3, 'T1', $4, $5::jsonb, NULL, NULL)"),
                    {user, request, QStringLiteral("s:") + payments, QString::number(hold), payments});
    }
};

} // namespace

TEST_F(Schema, MigratingTwiceChangesNothing)
{
    auto again = migrate(db());
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(*again, migrations().last().version);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM schema_migrations")),
              QString::number(migrations().size()));
}

TEST_F(Schema, HoldIsAllOrNothing)
{
    const QJsonObject first = hold(QStringLiteral("1"), QStringLiteral("r1"), QStringLiteral("{A-1,A-2}"));
    ASSERT_EQ(first.value(QStringLiteral("result")).toString(), QStringLiteral("ok")) << QJsonDocument(first).toJson().toStdString();
    EXPECT_EQ(first.value(QStringLiteral("total")).toInteger(), 2500);
    EXPECT_EQ(first.value(QStringLiteral("version")).toInteger(), 1);
    EXPECT_EQ(first.value(QStringLiteral("changes")).toArray().size(), 2);

    // A-2 is taken: none of A-2, A-3, A-4 is held.
    const QJsonObject second = hold(QStringLiteral("2"), QStringLiteral("r1"), QStringLiteral("{A-3,A-2,A-4}"));
    EXPECT_EQ(second.value(QStringLiteral("error")).toString(), QStringLiteral("SEAT_UNAVAILABLE"));
    const QJsonArray taken = second.value(QStringLiteral("seats")).toArray();
    ASSERT_EQ(taken.size(), 1);
    EXPECT_EQ(taken[0].toObject().value(QStringLiteral("seat")).toString(), QStringLiteral("A-2"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE status = 'held'")), QStringLiteral("2"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT version FROM shows WHERE id = 1")), QStringLiteral("1"));
}

TEST_F(Schema, UnknownSeatsHoldNothing)
{
    const QJsonObject r = hold(QStringLiteral("1"), QStringLiteral("r1"), QStringLiteral("{A-1,Z-9}"));
    EXPECT_EQ(r.value(QStringLiteral("error")).toString(), QStringLiteral("UNKNOWN_SEAT"));
    EXPECT_EQ(r.value(QStringLiteral("seats")).toArray().first().toString(), QStringLiteral("Z-9"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE status <> 'available'")), QStringLiteral("0"));
}

TEST_F(Schema, AnExpiredHoldIsFreeBeforeAnySweep)
{
    ASSERT_EQ(hold(QStringLiteral("1"), QStringLiteral("r1"), QStringLiteral("{A-1,A-2}"), 0)
                  .value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    const QJsonObject r = hold(QStringLiteral("2"), QStringLiteral("r1"), QStringLiteral("{A-2,A-3}"));
    ASSERT_EQ(r.value(QStringLiteral("result")).toString(), QStringLiteral("ok")) << QJsonDocument(r).toJson().toStdString();
    // The first hold is over, and its record stays.
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = 1")), QStringLiteral("expired"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM hold_seats WHERE hold_id = 1")), QStringLiteral("2"));
    // The sweeper frees what is left (A-1) and records the change.
    const QJsonArray swept = QJsonDocument::fromJson(scalar(QStringLiteral("SELECT marquee_sweep(1000)")).toUtf8()).array();
    ASSERT_EQ(swept.size(), 1);
    EXPECT_EQ(swept[0].toObject().value(QStringLiteral("changes")).toArray().size(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM show_seats WHERE seat_id = 'A-1'")), QStringLiteral("available"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM show_seats WHERE seat_id = 'A-2'")), QStringLiteral("held"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT version FROM shows WHERE id = 1")), QStringLiteral("3"));
}

TEST_F(Schema, RetriesReturnTheFirstAnswerAndOtherBodiesAreRejected)
{
    const QJsonObject first = hold(QStringLiteral("1"), QStringLiteral("req-7"), QStringLiteral("{A-5}"));
    ASSERT_EQ(first.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    const QJsonObject retry = hold(QStringLiteral("1"), QStringLiteral("req-7"), QStringLiteral("{A-5}"));
    EXPECT_EQ(retry.value(QStringLiteral("hold")), first.value(QStringLiteral("hold")));
    EXPECT_TRUE(retry.value(QStringLiteral("replayed")).toBool());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds")), QStringLiteral("1"));
    const QJsonObject other = hold(QStringLiteral("1"), QStringLiteral("req-7"), QStringLiteral("{A-6}"));
    EXPECT_EQ(other.value(QStringLiteral("error")).toString(), QStringLiteral("IDEMPOTENCY_CONFLICT"));
    // Request ids are per user.
    const QJsonObject bob = hold(QStringLiteral("2"), QStringLiteral("req-7"), QStringLiteral("{A-6}"));
    EXPECT_EQ(bob.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
}

TEST_F(Schema, SellTurnsAHoldIntoTicketsAndRefundFreesThem)
{
    const QJsonObject h = hold(QStringLiteral("1"), QStringLiteral("r1"), QStringLiteral("{A-5,A-6}"));
    const qint64 holdId = h.value(QStringLiteral("hold")).toInteger();
    // 12.50 + 18.00 = 30.50, paid short: refused, nothing sold.
    const QJsonObject shortPaid = sell(QStringLiteral("1"), QStringLiteral("s1"), holdId,
                                       QStringLiteral(R"([{"method":"cash","amount":3000,"tendered":5000}])"));
    EXPECT_EQ(shortPaid.value(QStringLiteral("error")).toString(), QStringLiteral("PAYMENT_MISMATCH"));
    const QJsonObject sale = sell(QStringLiteral("1"), QStringLiteral("s1"), holdId,
                                  QStringLiteral(R"([{"method":"cash","amount":1050,"tendered":2000},)"
                                                 R"({"method":"card","amount":2000,"authorization":"AUTH1"}])"));
    ASSERT_EQ(sale.value(QStringLiteral("result")).toString(), QStringLiteral("ok")) << QJsonDocument(sale).toJson().toStdString();
    const QJsonArray tickets = sale.value(QStringLiteral("tickets")).toArray();
    ASSERT_EQ(tickets.size(), 2);
    EXPECT_EQ(tickets[0].toObject().value(QStringLiteral("price")).toInteger(), 1250);
    EXPECT_EQ(tickets[0].toObject().value(QStringLiteral("code")).toString().size(), 16);
    EXPECT_NE(tickets[0].toObject().value(QStringLiteral("code")), tickets[1].toObject().value(QStringLiteral("code")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE status = 'sold'")), QStringLiteral("2"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT change_due FROM payments WHERE method = 'cash'")), QStringLiteral("950"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sale'")), QStringLiteral("1"));
    // Selling the same hold again is refused.
    const QJsonObject again = sell(QStringLiteral("1"), QStringLiteral("s2"), holdId,
                                   QStringLiteral(R"([{"method":"cash","amount":3050}])"));
    EXPECT_EQ(again.value(QStringLiteral("error")).toString(), QStringLiteral("HOLD_NOT_FOUND"));

    const QString saleId = QString::number(sale.value(QStringLiteral("sale")).toInteger());
    const QString firstTicket = QString::number(tickets[0].toObject().value(QStringLiteral("ticket")).toInteger());
    const QJsonObject refund = call(
        QStringLiteral("SELECT marquee_refund(1, 'cashier', 'f1', 'x', 'box-1', $1::bigint, $2::bigint[], 'changed plans', 900)"),
        {saleId, QStringLiteral("{") + firstTicket + u'}'});
    ASSERT_EQ(refund.value(QStringLiteral("result")).toString(), QStringLiteral("ok")) << QJsonDocument(refund).toJson().toStdString();
    EXPECT_EQ(refund.value(QStringLiteral("amount")).toInteger(), 1250);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM show_seats WHERE seat_id = 'A-5'")), QStringLiteral("available"));
    const QJsonObject twice = call(
        QStringLiteral("SELECT marquee_refund(1, 'cashier', 'f2', 'x', 'box-1', $1::bigint, $2::bigint[], 'again', 900)"),
        {saleId, QStringLiteral("{") + firstTicket + u'}'});
    EXPECT_EQ(twice.value(QStringLiteral("error")).toString(), QStringLiteral("ALREADY_REFUNDED"));

    // After the cashier's window only a manager may refund.
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE sales SET created_at = now() - interval '1 hour'")));
    const QJsonObject late = call(
        QStringLiteral("SELECT marquee_refund(1, 'cashier', 'f3', 'x', 'box-1', $1::bigint, NULL, 'late', 900)"), {saleId});
    EXPECT_EQ(late.value(QStringLiteral("error")).toString(), QStringLiteral("REFUND_WINDOW_CLOSED"));
    const QJsonObject manager = call(
        QStringLiteral("SELECT marquee_refund(3, 'manager', 'f3', 'x', 'box-1', $1::bigint, NULL, 'late', 900)"), {saleId});
    EXPECT_EQ(manager.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE status = 'available'")), QStringLiteral("10"));
}

TEST_F(Schema, TheDatabaseRefusesASecondValidTicketForASeat)
{
    const QJsonObject h = hold(QStringLiteral("1"), QStringLiteral("r1"), QStringLiteral("{A-1}"));
    const QJsonObject sale = sell(QStringLiteral("1"), QStringLiteral("s1"), h.value(QStringLiteral("hold")).toInteger(),
                                  QStringLiteral(R"([{"method":"cash","amount":1250}])"));
    ASSERT_EQ(sale.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    // Code that bypassed every check still cannot sell A-1 twice.
    auto second = db().exec(QStringLiteral(
        "INSERT INTO tickets (sale_id, show_id, seat_id, category, price, code) VALUES (1, 1, 'A-1', 'std', 1250, 'OTHER')"));
    ASSERT_FALSE(second);
    EXPECT_NE(second.error().message.indexOf(QStringLiteral("tickets_one_valid_per_seat")), -1);
    // Nor sell a seat that does not exist, nor mark a seat sold without a ticket.
    EXPECT_FALSE(db().exec(QStringLiteral(
        "INSERT INTO tickets (sale_id, show_id, seat_id, category, price, code) VALUES (1, 1, 'Z-1', 'std', 1, 'Z')")));
    EXPECT_FALSE(db().exec(QStringLiteral("UPDATE show_seats SET status = 'sold' WHERE seat_id = 'A-2'")));
    EXPECT_FALSE(db().exec(QStringLiteral("UPDATE show_prices SET amount = -1")));
}

TEST_F(Schema, ExtendIsCapped)
{
    const QJsonObject h = hold(QStringLiteral("1"), QStringLiteral("r1"), QStringLiteral("{A-1}"), 60);
    const QString holdId = QString::number(h.value(QStringLiteral("hold")).toInteger());
    const QJsonObject extended = call(QStringLiteral("SELECT marquee_extend(1, 'e1', 'x', $1, 300, 900)"), {holdId});
    ASSERT_EQ(extended.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    EXPECT_GT(extended.value(QStringLiteral("expires")).toInteger(), h.value(QStringLiteral("expires")).toInteger());
    const QJsonObject capped = call(QStringLiteral("SELECT marquee_extend(1, 'e2', 'x', $1, 300, 60)"), {holdId});
    EXPECT_EQ(capped.value(QStringLiteral("error")).toString(), QStringLiteral("HOLD_EXTEND_LIMIT"));
    // Another user's hold is not found.
    const QJsonObject foreign = call(QStringLiteral("SELECT marquee_extend(2, 'e3', 'x', $1, 300, 900)"), {holdId});
    EXPECT_EQ(foreign.value(QStringLiteral("error")).toString(), QStringLiteral("HOLD_NOT_FOUND"));
    const QJsonObject released = call(QStringLiteral("SELECT marquee_release(1, 'x1', 'x', $1, NULL)"), {holdId});
    EXPECT_EQ(released.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds")), QStringLiteral("released"));
}

// Migration 4 replaced marquee_hold and marquee_release with leaner versions (no nested replay or
// record-change calls); the answers, the records and the error codes stay those of migration 2.
TEST_F(Schema, LeanerHoldAndReleaseKeepAnswersAndRecords)
{
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname IN ('marquee_hold', 'marquee_release')"
                                    " AND prosrc NOT LIKE '%marquee_replay(%' AND prosrc NOT LIKE '%marquee_record_change(%'")),
              QStringLiteral("2"));

    const QJsonObject h = hold(QStringLiteral("1"), QStringLiteral("r1"), QStringLiteral("{A-7,A-1,A-2}"));
    ASSERT_EQ(h.value(QStringLiteral("result")).toString(), QStringLiteral("ok")) << QJsonDocument(h).toJson().toStdString();
    EXPECT_EQ(h.value(QStringLiteral("total")).toInteger(), 1250 + 1250 + 1800);
    EXPECT_EQ(h.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    EXPECT_EQ(h.value(QStringLiteral("show")).toInteger(), 1);
    const QJsonArray changes = h.value(QStringLiteral("changes")).toArray();
    ASSERT_EQ(changes.size(), 3);
    EXPECT_EQ(changes[0].toObject().value(QStringLiteral("seat")).toString(), QStringLiteral("A-1"));
    EXPECT_EQ(changes[2].toObject().value(QStringLiteral("seat")).toString(), QStringLiteral("A-7"));
    EXPECT_EQ(changes[0].toObject().value(QStringLiteral("by")).toString(), QStringLiteral("T1"));
    EXPECT_EQ(changes[0].toObject().value(QStringLiteral("expires")), h.value(QStringLiteral("expires")));
    const QString holdId = QString::number(h.value(QStringLiteral("hold")).toInteger());
    // The audit trail, the delta log and the recorded answer, all written with the hold.
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(seat_id, ',' ORDER BY seat_id) FROM hold_seats WHERE hold_id = ") + holdId),
              QStringLiteral("A-1,A-2,A-7"));
    EXPECT_EQ(QJsonDocument::fromJson(scalar(QStringLiteral("SELECT changes FROM seat_changes WHERE show_id = 1 AND version = 1")).toUtf8()).array(),
              changes);
    EXPECT_EQ(QJsonDocument::fromJson(scalar(QStringLiteral("SELECT response FROM idempotency WHERE user_id = 1 AND request_id = 'r1'")).toUtf8()).object(),
              h);

    auto release = [this, &holdId](const QString &user, const QString &request, const QString &seats) {
        return call(QStringLiteral("SELECT marquee_release($1, $2, $3, $4, $5::text[])"),
                    {user, request, QStringLiteral("r:") + seats, holdId, seats});
    };
    // Part of the hold.
    const QJsonObject part = release(QStringLiteral("1"), QStringLiteral("x1"), QStringLiteral("{A-2}"));
    ASSERT_EQ(part.value(QStringLiteral("result")).toString(), QStringLiteral("ok")) << QJsonDocument(part).toJson().toStdString();
    EXPECT_EQ(part.value(QStringLiteral("version")).toInteger(), 2);
    EXPECT_EQ(part.value(QStringLiteral("changes")).toArray().size(), 1);
    EXPECT_EQ(part.value(QStringLiteral("remaining")).toArray(), (QJsonArray{QStringLiteral("A-1"), QStringLiteral("A-7")}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = ") + holdId), QStringLiteral("active"));
    const QJsonObject again = release(QStringLiteral("1"), QStringLiteral("x1"), QStringLiteral("{A-2}"));
    EXPECT_TRUE(again.value(QStringLiteral("replayed")).toBool());
    EXPECT_EQ(again.value(QStringLiteral("version")), part.value(QStringLiteral("version")));
    // A seat that is not (or no longer) in the hold, another user: refused, nothing changes.
    EXPECT_EQ(release(QStringLiteral("1"), QStringLiteral("x2"), QStringLiteral("{A-1,A-2}")).value(QStringLiteral("error")).toString(),
              QStringLiteral("UNKNOWN_SEAT"));
    EXPECT_EQ(release(QStringLiteral("2"), QStringLiteral("x3"), QString()).value(QStringLiteral("error")).toString(),
              QStringLiteral("HOLD_NOT_FOUND"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT version FROM shows WHERE id = 1")), QStringLiteral("2"));
    // The rest: the hold ends, its record stays.
    const QJsonObject rest = release(QStringLiteral("1"), QStringLiteral("x4"), QString());
    ASSERT_EQ(rest.value(QStringLiteral("result")).toString(), QStringLiteral("ok"));
    EXPECT_EQ(rest.value(QStringLiteral("changes")).toArray().size(), 2);
    EXPECT_EQ(rest.value(QStringLiteral("remaining")).toArray().size(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = ") + holdId), QStringLiteral("released"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM hold_seats WHERE hold_id = ") + holdId), QStringLiteral("3"));
    EXPECT_EQ(release(QStringLiteral("1"), QStringLiteral("x5"), QString()).value(QStringLiteral("error")).toString(),
              QStringLiteral("HOLD_NOT_FOUND"));
    // One version per change, each recorded: no gap.
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(version::text, ',' ORDER BY version) FROM seat_changes WHERE show_id = 1")),
              QStringLiteral("1,2,3"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE status <> 'available'")), QStringLiteral("0"));

    // The show's errors come first, as before; no version is spent on a refusal.
    EXPECT_EQ(call(QStringLiteral("SELECT marquee_hold(1, 'n1', 'x', 'T1', 99, '{A-1}', 600)"), {})
                  .value(QStringLiteral("error")).toString(), QStringLiteral("NOT_FOUND"));
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE shows SET status = 'closed'")));
    EXPECT_EQ(hold(QStringLiteral("1"), QStringLiteral("c1"), QStringLiteral("{A-1}")).value(QStringLiteral("error")).toString(),
              QStringLiteral("SHOW_CLOSED"));
    EXPECT_EQ(hold(QStringLiteral("1"), QStringLiteral("c2"), QStringLiteral("{Z-9}")).value(QStringLiteral("error")).toString(),
              QStringLiteral("SHOW_CLOSED"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT version FROM shows WHERE id = 1")), QStringLiteral("3"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds")), QStringLiteral("1"));
}
