// Crash-safe card payments (server/sellflow.h, migration 19): every card charge is on record before
// the terminal is asked, closes with the sale, or goes back to the card; what a server leaves
// unfinished (a crash, the database away, a terminal that answered too late) is settled by the
// reconciler of the next one. The "crash" here is the server object destroyed in the middle of a
// sale while its database transaction is held back, its backend then terminated: what survives is
// what survives a kill -9, the database and the card terminal's own record (its ledger file).
#include "serverfixture.h"

#include <gtest/gtest.h>

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Marquee;
using namespace Marquee::Test;
using Behaviour = SimulatedPaymentTerminal::Behaviour;

namespace {

SimulatedPaymentTerminal &terminalOf(SyncServer &server)
{
    return *static_cast<SimulatedPaymentTerminal *>(server.paymentTerminal());
}

} // namespace

class Payments : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
    }

    // A server whose unfinished attempts are anybody's after a second, and a reconciler that looks
    // every 100 ms.
    std::unique_ptr<SyncServer> reconcilingServer(int leaseSeconds = 1, int intervalMs = 100)
    {
        ServerConfig config = baseConfig();
        config.paymentLedger = m_dir.filePath(QStringLiteral("terminal.jsonl"));
        config.paymentLeaseSeconds = leaseSeconds;
        config.paymentReconcileIntervalMs = intervalMs;
        return startServer(config);
    }

    // The fixture's own server must not reconcile this test's attempts: it has another terminal.
    void quietFixtureServer() { m_server->shutdown(0); }

    HoldReply holdSeats(TestTerminal *t, const QStringList &seats)
    {
        auto hold = t->call<HoldReply>(holdOf(showId(), seats));
        EXPECT_TRUE(hold) << hold.error().toString().toStdString();
        return hold ? *hold : HoldReply {};
    }

    QString attemptState(const QString &hold)
    {
        return scalar(QStringLiteral("SELECT string_agg(state, ',' ORDER BY id) FROM sell_attempts WHERE hold_id = $1"), {hold});
    }

    QString intentStates(const QString &hold)
    {
        return scalar(QStringLiteral("SELECT string_agg(i.status, ',' ORDER BY a.id, i.position) FROM payment_intents i"
                                     " JOIN sell_attempts a ON a.id = i.attempt_id WHERE a.hold_id = $1"), {hold});
    }

    // The ledger's lines of `op` for `reference` with status approved.
    int ledgerCount(const QString &op, const QString &reference)
    {
        QFile file(m_dir.filePath(QStringLiteral("terminal.jsonl")));
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        int n = 0;
        while (!file.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
            n += line.value(QLatin1String("op")).toString() == op && line.value(QLatin1String("reference")).toString() == reference
                && line.value(QLatin1String("status")).toString() == QLatin1String("approved");
        }
        return n;
    }

    // Holds back every sale of the show: its seats locked by this test's own transaction.
    void holdBackSales(const QString &show)
    {
        ASSERT_TRUE(db().execScript(QStringLiteral("BEGIN; SELECT 1 FROM show_seats WHERE show_id = %1 FOR UPDATE").arg(show)));
    }
    // The server's transactions that wait for the test's locks die as with their server (if the
    // server's end has not cancelled them already, or the sale had not reached the database).
    void killWaitingTransactions()
    {
        QTest::qWait(200);
        EXPECT_TRUE(db().execScript(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                                   " AND pid <> pg_backend_pid() AND datname = current_database()")));
    }
    void releaseSales() { ASSERT_TRUE(db().execScript(QStringLiteral("COMMIT"))); }

    QTemporaryDir m_dir;
};

TEST_F(Payments, ACardSaleIsOnRecordFromIntentToSale)
{
    TestTerminal *t = terminal();
    const QStringList seats = seatIds(showId());
    const HoldReply hold = holdSeats(t, {seats[0], seats[1]});
    SellRequest sell;
    sell.holdId = hold.holdId;
    sell.payments = {card(1000), cash(hold.total.minorUnits() - 1000, hold.total.minorUnits() - 1000)};
    auto sale = t->call<SellReply>(sell);
    ASSERT_TRUE(sale) << sale.error().toString().toStdString();
    EXPECT_EQ(attemptState(hold.holdId), QStringLiteral("completed"));
    EXPECT_EQ(intentStates(hold.holdId), QStringLiteral("sold"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT sale_id FROM sell_attempts WHERE hold_id = $1"), {hold.holdId}), sale->saleId);
    // The intent names the terminal's reference and the authorization that the sale records.
    EXPECT_EQ(scalar(QStringLiteral("SELECT authorization_code FROM payment_intents")),
              scalar(QStringLiteral("SELECT authorization_code FROM payments WHERE sale_id = $1 AND method = 'card'"), {sale->saleId}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE action LIKE 'payment%' OR action = 'sale'")),
              QStringLiteral("payment_intent,payment_captured,sale"));
    // Cash only: nothing to keep track of outside the drawer.
    const HoldReply cashHold = holdSeats(t, {seats[2]});
    sell.holdId = cashHold.holdId;
    sell.payments = {cash(cashHold.total.minorUnits(), cashHold.total.minorUnits())};
    ASSERT_TRUE(t->call<SellReply>(sell));
    EXPECT_EQ(attemptState(cashHold.holdId), QString());
}

TEST_F(Payments, DeclinedUnreachableAndHalfPaidSalesGiveEverythingBack)
{
    TestTerminal *t = terminal();
    const QStringList seats = seatIds(showId());
    const HoldReply hold = holdSeats(t, {seats[0], seats[1]});
    const qint64 total = hold.total.minorUnits();
    SellRequest sell;
    sell.holdId = hold.holdId;
    sell.payments = {card(total)};

    cardTerminal().setNextOutcome(Behaviour::Decline);
    EXPECT_EQ(errorOf(t->waitReply(t->send(sell))), ErrorCode::PaymentDeclined);
    cardTerminal().setNextOutcome(Behaviour::Unreachable);
    auto unreachable = t->call<SellReply>(sell);
    ASSERT_FALSE(unreachable);
    EXPECT_EQ(unreachable.error().code, ErrorCode::PaymentDeclined);
    EXPECT_TRUE(unreachable.error().message.contains(QStringLiteral("cannot be reached")));
    // Two cards, the second declined: the first goes back to its card.
    sell.payments = {card(500), card(total - 500)};
    cardTerminal().setNextOutcome(Behaviour::Approve);
    cardTerminal().setNextOutcome(Behaviour::Decline);
    EXPECT_EQ(errorOf(t->waitReply(t->send(sell))), ErrorCode::PaymentDeclined);
    ASSERT_TRUE(waitUntil([&] { return attemptState(hold.holdId) == QStringLiteral("voided,voided,voided"); }))
        << attemptState(hold.holdId).toStdString();
    EXPECT_EQ(intentStates(hold.holdId), QStringLiteral("not_charged,not_charged,voided,not_charged"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'payment_voided'")), QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), {hold.holdId}), QStringLiteral("active"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales")), QStringLiteral("0"));
}

TEST_F(Payments, AnApprovalAfterTheTimeOutIsGivenBackByTheReconciler)
{
    quietFixtureServer();
    auto server = reconcilingServer();
    TestTerminal *t = terminal(QStringLiteral("cashier"), server.get());
    const HoldReply hold = holdSeats(t, {seatIds(showId())[3]});
    SellRequest sell;
    sell.holdId = hold.holdId;
    sell.payments = {card(hold.total.minorUnits())};
    terminalOf(*server).setNextOutcome(Behaviour::ApproveLate);
    auto timedOut = t->call<SellReply>(sell);
    ASSERT_FALSE(timedOut);
    EXPECT_EQ(timedOut.error().code, ErrorCode::PaymentTimeout);
    const QString reference = scalar(QStringLiteral("SELECT reference FROM payment_intents"));
    // The terminal took the money after all; the reconciler finds it and gives it back.
    ASSERT_TRUE(waitUntil([&] { return attemptState(hold.holdId) == QStringLiteral("voided"); }))
        << attemptState(hold.holdId).toStdString() << " " << intentStates(hold.holdId).toStdString();
    EXPECT_EQ(intentStates(hold.holdId), QStringLiteral("voided"));
    EXPECT_EQ(ledgerCount(QStringLiteral("charge"), reference), 1);
    EXPECT_EQ(ledgerCount(QStringLiteral("refund"), reference), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT details ->> 'how' FROM audit_log WHERE action = 'payment_captured'")), QStringLiteral("lookup"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales")), QStringLiteral("0"));
    // The hold is the cashier's still: a new attempt sells it.
    auto sold = t->call<SellReply>(sell);
    ASSERT_TRUE(sold) << sold.error().toString().toStdString();
}

TEST_F(Payments, ASaleThatACrashInterruptedAfterTheChargeIsCompletedByTheNextServer)
{
    quietFixtureServer();
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto first = reconcilingServer();
    TestTerminal *t = terminal(QStringLiteral("cashier"), first.get());
    const HoldReply kept = holdSeats(t, {seats[4], seats[5]});
    const HoldReply lapsed = holdSeats(t, {seats[6]});
    SellRequest sellKept;
    sellKept.holdId = kept.holdId;
    sellKept.payments = {card(kept.total.minorUnits())};
    SellRequest sellLapsed;
    sellLapsed.holdId = lapsed.holdId;
    sellLapsed.payments = {card(lapsed.total.minorUnits())};

    holdBackSales(show);
    t->send(sellKept, QStringLiteral("sell-kept"));
    t->send(sellLapsed, QStringLiteral("sell-lapsed"));
    // Both cards are charged and on record; the sales wait for the test's lock.
    ASSERT_TRUE(waitUntil([&] { return intentStates(kept.holdId) == QStringLiteral("captured")
                                       && intentStates(lapsed.holdId) == QStringLiteral("captured"); }));
    t->close();
    first.reset(); // the crash: the process and its terminal's memory are gone
    killWaitingTransactions();
    releaseSales();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales")), QStringLiteral("0"));
    // One hold runs out while no server is there.
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE holds SET expires_at = now() - interval '1 second' WHERE id = %1").arg(lapsed.holdId)));

    auto second = reconcilingServer();
    ASSERT_TRUE(waitUntil([&] { return attemptState(kept.holdId) == QStringLiteral("completed")
                                       && attemptState(lapsed.holdId) == QStringLiteral("voided"); }))
        << attemptState(kept.holdId).toStdString() << " " << attemptState(lapsed.holdId).toStdString();
    EXPECT_EQ(intentStates(kept.holdId), QStringLiteral("sold"));
    EXPECT_EQ(intentStates(lapsed.holdId), QStringLiteral("voided"));
    const QString lapsedReference = scalar(QStringLiteral("SELECT i.reference FROM payment_intents i JOIN sell_attempts a ON a.id = i.attempt_id"
                                                          " WHERE a.hold_id = $1"), {lapsed.holdId});
    EXPECT_EQ(ledgerCount(QStringLiteral("refund"), lapsedReference), 1);
    EXPECT_TRUE(waitUntil([&] {
        return scalar(QStringLiteral("SELECT string_agg(details ->> 'outcome', ',' ORDER BY (details ->> 'outcome'))"
                                     " FROM audit_log WHERE action = 'payment_reconciled'")) == QStringLiteral("completed,voided");
    }));
    // The sold seats are sold for every terminal; the cashier's retry gets the sale.
    TestTerminal *again = terminal(QStringLiteral("cashier"), second.get());
    auto sale = again->call<SellReply>(sellKept, QStringLiteral("sell-kept"));
    ASSERT_TRUE(sale) << sale.error().toString().toStdString();
    EXPECT_EQ(sale->tickets.size(), 2);
    EXPECT_EQ(sale->saleId, scalar(QStringLiteral("SELECT sale_id FROM sell_attempts WHERE hold_id = $1"), {kept.holdId}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'sold'"), {show}), QStringLiteral("2"));
    EXPECT_EQ(errorOf(again->waitReply(again->send(sellLapsed, QStringLiteral("sell-lapsed")))), ErrorCode::HoldExpired);
}

TEST_F(Payments, AChargeThatACrashCutShortTakesNothing)
{
    quietFixtureServer();
    ServerConfig slow = baseConfig();
    slow.paymentLedger = m_dir.filePath(QStringLiteral("terminal.jsonl"));
    slow.paymentLeaseSeconds = 1;
    slow.paymentDelayMs = 5000; // the device is still thinking when the server dies
    slow.paymentTimeoutMs = 10000;
    auto first = startServer(slow);
    TestTerminal *t = terminal(QStringLiteral("cashier"), first.get());
    const HoldReply hold = holdSeats(t, {seatIds(showId())[7]});
    SellRequest sell;
    sell.holdId = hold.holdId;
    sell.payments = {card(hold.total.minorUnits())};
    t->send(sell, QStringLiteral("sell-1"));
    ASSERT_TRUE(t->waitFor([&] { return !t->paymentProgress().isEmpty(); }));
    t->close();
    first.reset();

    auto second = reconcilingServer();
    ASSERT_TRUE(waitUntil([&] { return attemptState(hold.holdId) == QStringLiteral("voided"); }))
        << attemptState(hold.holdId).toStdString();
    EXPECT_EQ(intentStates(hold.holdId), QStringLiteral("not_charged"));
    // The retry of the same request charges again, under a new reference, and sells.
    TestTerminal *again = terminal(QStringLiteral("cashier"), second.get());
    auto sale = again->call<SellReply>(sell, QStringLiteral("sell-1"));
    ASSERT_TRUE(sale) << sale.error().toString().toStdString();
    EXPECT_EQ(attemptState(hold.holdId), QStringLiteral("voided,completed"));
}

TEST_F(Payments, ARetryFindsItsUnfinishedAttemptAndSettlesItFirst)
{
    quietFixtureServer();
    const QString show = showId();
    auto first = reconcilingServer(3600);
    TestTerminal *t = terminal(QStringLiteral("cashier"), first.get());
    const HoldReply hold = holdSeats(t, {seatIds(show)[8]});
    SellRequest sell;
    sell.holdId = hold.holdId;
    sell.payments = {card(hold.total.minorUnits())};
    holdBackSales(show);
    t->send(sell, QStringLiteral("sell-r"));
    ASSERT_TRUE(waitUntil([&] { return intentStates(hold.holdId) == QStringLiteral("captured"); }));
    t->close();
    first.reset();
    killWaitingTransactions();
    releaseSales();

    // A server that does not reconcile by itself (its timer is slow): while the dead server's
    // lease runs, the retry is told to come back; then it settles the attempt and gets the sale
    // with the money already taken.
    auto second = reconcilingServer(1, 3600 * 1000);
    TestTerminal *again = terminal(QStringLiteral("cashier"), second.get());
    const auto busy = again->waitReply(again->send(sell, QStringLiteral("sell-r")));
    ASSERT_EQ(errorOf(busy), ErrorCode::PaymentTimeout);
    EXPECT_GT(std::get<ErrorMessage>(*busy).details.value(QStringLiteral("retryAfterSeconds")).toInteger(), 3000);
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE sell_attempts SET lease_until = now()")));
    auto sale = again->call<SellReply>(sell, QStringLiteral("sell-r"));
    ASSERT_TRUE(sale) << sale.error().toString().toStdString();
    EXPECT_EQ(attemptState(hold.holdId), QStringLiteral("completed"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM payment_intents")), QStringLiteral("1")); // charged once
}

// The outside test's finding: an expired hold was HOLD_NOT_FOUND for sell and extend_hold, and the
// losers of concurrent sells of one hold were told HOLD_EXPIRED.
TEST_F(Payments, ExpiredHoldsAreExpiredAndSoldHoldsAreNotFound)
{
    TestTerminal *t = terminal();
    const QString show = showId();
    const QStringList seats = seatIds(show);
    const HoldReply hold = holdSeats(t, {seats[10]});
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE holds SET expires_at = now() - interval '1 second' WHERE id = %1;"
                                               "UPDATE show_seats SET hold_expires = now() - interval '1 second' WHERE hold_id = %1")
                                    .arg(hold.holdId)));
    SellRequest sell;
    sell.holdId = hold.holdId;
    sell.payments = {cash(hold.total.minorUnits(), hold.total.minorUnits())};
    ExtendHoldRequest extend;
    extend.holdId = hold.holdId;
    // Not swept yet, and swept (the hold's status is 'expired').
    EXPECT_EQ(errorOf(t->waitReply(t->send(sell))), ErrorCode::HoldExpired);
    EXPECT_EQ(errorOf(t->waitReply(t->send(extend))), ErrorCode::HoldExpired);
    ASSERT_TRUE(waitUntil([&] { return scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), {hold.holdId}) == QStringLiteral("expired"); }));
    EXPECT_EQ(errorOf(t->waitReply(t->send(sell))), ErrorCode::HoldExpired);
    EXPECT_EQ(errorOf(t->waitReply(t->send(extend))), ErrorCode::HoldExpired);

    // Five sells of one hold at once: one sale, four HOLD_NOT_FOUND that say it was sold.
    const HoldReply contested = holdSeats(t, {seats[11]});
    sell.holdId = contested.holdId;
    sell.payments = {cash(contested.total.minorUnits(), contested.total.minorUnits())};
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(t->send(sell));
    int sold = 0;
    for (const QString &id : ids) {
        const auto reply = t->waitReply(id);
        ASSERT_TRUE(reply);
        if (std::holds_alternative<SellReply>(*reply)) {
            ++sold;
        } else {
            const auto *e = std::get_if<ErrorMessage>(&*reply);
            ASSERT_NE(e, nullptr);
            EXPECT_EQ(e->code, ErrorCode::HoldNotFound);
            EXPECT_TRUE(e->message.contains(QStringLiteral("sold"))) << e->message.toStdString();
        }
    }
    EXPECT_EQ(sold, 1);
    extend.holdId = contested.holdId;
    EXPECT_EQ(errorOf(t->waitReply(t->send(extend))), ErrorCode::HoldNotFound);
}
