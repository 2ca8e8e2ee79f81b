// marquee-server end to end: real WebSockets on loopback, a real PostgreSQL.
#include "auth.h"
#include "serverfixture.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>

using namespace Marquee;
using namespace Marquee::Test;

class Server : public ServerTest
{
};

TEST_F(Server, NobodyUnauthenticatedCanDoAnythingButSignIn)
{
    TestTerminal *t = terminal(QString());
    EXPECT_EQ(errorOf(t->waitReply(t->send(ListVenuesRequest{}))), ErrorCode::Unauthenticated);
    EXPECT_EQ(errorOf(t->waitReply(t->send(holdOf(showId(), {QStringLiteral("x")})))), ErrorCode::Unauthenticated);
    SignInRequest wrong;
    wrong.user = QStringLiteral("cashier");
    wrong.password = QStringLiteral("wrong");
    EXPECT_EQ(errorOf(t->waitReply(t->send(wrong))), ErrorCode::BadCredentials);
    wrong.user = QStringLiteral("nobody");
    EXPECT_EQ(errorOf(t->waitReply(t->send(wrong))), ErrorCode::BadCredentials);
    ASSERT_TRUE(t->signIn(QStringLiteral("cashier"), QStringLiteral("cashier")));
    auto venues = t->call<ListVenuesReply>(ListVenuesRequest{});
    ASSERT_TRUE(venues) << venues.error().toString().toStdString();
    ASSERT_EQ(venues->venues.size(), 1);
    EXPECT_EQ(venues->venues.first().auditoriums.size(), 3);
}

TEST_F(Server, TokensResumeAndForgeriesFail)
{
    TestTerminal *first = terminal();
    const QString token = first->lastSessionToken();
    ASSERT_FALSE(token.isEmpty());
    TestTerminal *again = terminal(QString());
    ResumeRequest resume;
    resume.token = token;
    auto session = again->call<SessionReply>(resume);
    ASSERT_TRUE(session) << session.error().toString().toStdString();
    EXPECT_EQ(session->user.role, Role::Cashier);
    EXPECT_TRUE(again->call<ListShowsReply>(ListShowsRequest{}));

    TestTerminal *forger = terminal(QString());
    QString forged = token;
    forged[forged.size() - 2] = forged[forged.size() - 2] == u'A' ? u'B' : u'A';
    resume.token = forged;
    EXPECT_EQ(errorOf(forger->waitReply(forger->send(resume))), ErrorCode::TokenInvalid);
    // A genuine token that has expired.
    const QByteArray secret = QByteArray::fromHex(scalar(QStringLiteral("SELECT encode(value, 'hex') FROM server_secrets")).toLatin1());
    TokenClaims old;
    old.userId = 1;
    old.username = QStringLiteral("admin");
    old.role = Role::Admin;
    old.issuedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
    old.expiresAt = old.issuedAt.addSecs(3600);
    old.sessionId = TokenSigner::generateSessionId();
    resume.token = TokenSigner(secret).issue(old);
    EXPECT_EQ(errorOf(forger->waitReply(forger->send(resume))), ErrorCode::TokenExpired);
    EXPECT_EQ(errorOf(forger->waitReply(forger->send(ListVenuesRequest{}))), ErrorCode::Unauthenticated);
}

TEST_F(Server, TwoHundredTerminalsRaceForOneSeatAndExactlyOneWins)
{
    const QString show = showId(QStringLiteral("Grand Hall"));
    const QStringList seats = seatIds(show);
    ASSERT_GE(seats.size(), 20);
    std::vector<TestTerminal *> terminals;
    for (int i = 0; i < 200; ++i)
        terminals.push_back(terminal(i % 2 ? QStringLiteral("cashier") : QStringLiteral("cashier2")));
    for (int round = 0; round < 20; ++round) {
        const QString seat = seats[round * 7];
        QList<QString> ids;
        for (TestTerminal *t : terminals)
            ids.append(t->send(holdOf(show, {seat})));
        int won = 0, lost = 0;
        for (size_t i = 0; i < terminals.size(); ++i) {
            const auto reply = terminals[i]->waitReply(ids[qsizetype(i)]);
            ASSERT_TRUE(reply) << "no reply in round " << round;
            if (std::holds_alternative<HoldReply>(*reply))
                ++won;
            else if (errorOf(reply) == ErrorCode::SeatUnavailable)
                ++lost;
        }
        EXPECT_EQ(won, 1) << "round " << round;
        EXPECT_EQ(lost, 199) << "round " << round;
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}),
              QStringLiteral("20"));
}

TEST_F(Server, OverlappingHoldsReleasesAndSalesNeverDoubleBook)
{
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QStringList seats = seatIds(show).mid(0, 60);
    std::vector<TestTerminal *> terminals;
    for (int i = 0; i < 100; ++i) {
        TestTerminal *t = terminal(i % 2 ? QStringLiteral("cashier") : QStringLiteral("cashier2"));
        ASSERT_TRUE(t->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
        terminals.push_back(t);
    }
    QRandomGenerator random(42);
    struct Pending
    {
        QString id;
        enum { Hold, Release, Sell } kind;
    };
    std::vector<std::optional<Pending>> pending(terminals.size());
    std::vector<std::optional<HoldReply>> holds(terminals.size());
    int unexpected = 0, operations = 0;
    // Ten seconds and at least 300 operations (sanitizer builds are slow), two minutes at most.
    QDeadlineTimer minimum(10'000);
    QDeadlineTimer maximum(120'000);
    while ((!minimum.hasExpired() || operations < 300) && !maximum.hasExpired()) {
        for (size_t i = 0; i < terminals.size(); ++i) {
            TestTerminal *t = terminals[i];
            if (pending[i]) {
                if (!t->hasReply(pending[i]->id))
                    continue;
                const auto reply = t->takeReply(pending[i]->id);
                ++operations;
                if (const auto *hold = std::get_if<HoldReply>(&*reply))
                    holds[i] = *hold;
                else if (std::holds_alternative<ReleaseHoldReply>(*reply) || std::holds_alternative<SellReply>(*reply))
                    holds[i].reset();
                else if (const ErrorCode code = errorOf(reply); code != ErrorCode::SeatUnavailable)
                    ++unexpected;
                pending[i].reset();
            }
            if (holds[i]) {
                if (random.bounded(3) == 0) {
                    SellRequest sell;
                    sell.holdId = holds[i]->holdId;
                    sell.payments = {cash(holds[i]->total.minorUnits(), holds[i]->total.minorUnits())};
                    pending[i] = Pending{t->send(sell), Pending::Sell};
                } else {
                    ReleaseHoldRequest release;
                    release.holdId = holds[i]->holdId;
                    pending[i] = Pending{t->send(release), Pending::Release};
                }
            } else {
                const int start = random.bounded(int(seats.size()) - 4);
                const int count = 1 + random.bounded(4);
                pending[i] = Pending{t->send(holdOf(show, seats.mid(start, count))), Pending::Hold};
            }
        }
        terminals.front()->waitFor([] { return false; }, 5);
    }
    for (size_t i = 0; i < terminals.size(); ++i) {
        if (pending[i]) {
            ASSERT_TRUE(terminals[i]->waitReply(pending[i]->id));
        }
    }
    EXPECT_EQ(unexpected, 0);
    EXPECT_GE(operations, 300);
    // The database's own account agrees with itself.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM (SELECT show_id, seat_id FROM tickets WHERE status = 'valid'"
                                    " GROUP BY 1, 2 HAVING count(*) > 1) d")), QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats s LEFT JOIN tickets t ON t.id = s.ticket_id"
                                    " WHERE s.status = 'sold' AND (t.status IS DISTINCT FROM 'valid' OR t.seat_id <> s.seat_id)")),
              QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats s JOIN holds h ON h.id = s.hold_id"
                                    " WHERE s.status = 'held' AND h.status <> 'active'")), QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM (SELECT version FROM seat_changes WHERE show_id = $1"
                                    " ORDER BY version) v"), {show}),
              scalar(QStringLiteral("SELECT version FROM shows WHERE id = $1"), {show}));
    // And every terminal's map equals the database.
    auto truth = db().exec(QStringLiteral("SELECT seat_id, status FROM show_seats WHERE show_id = $1"), {show});
    ASSERT_TRUE(truth);
    const qint64 version = scalar(QStringLiteral("SELECT version FROM shows WHERE id = $1"), {show}).toLongLong();
    for (TestTerminal *t : terminals) {
        ASSERT_TRUE(t->waitFor([&] { return t->version(show) == version; })) << t->terminalId().toStdString();
        EXPECT_EQ(t->gapsSeen(), 0);
        for (int r = 0; r < truth->rowCount(); ++r) {
            const SeatStatus expected = truth->value(r, 1) == QLatin1String("sold") ? SeatStatus::Sold
                : truth->value(r, 1) == QLatin1String("held")                      ? SeatStatus::Held
                : truth->value(r, 1) == QLatin1String("blocked")                   ? SeatStatus::Blocked
                                                                                    : SeatStatus::Available;
            ASSERT_EQ(t->status(show, truth->value(r, 0)), expected) << truth->value(r, 0).toStdString();
        }
    }
}

TEST_F(Server, RetriesGetTheFirstAnswerAndReusedIdsWithOtherBodiesAreRefused)
{
    TestTerminal *t = terminal();
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto first = t->call<HoldReply>(holdOf(show, {seats[0], seats[1]}), QStringLiteral("retry-1"));
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    auto retry = t->call<HoldReply>(holdOf(show, {seats[0], seats[1]}), QStringLiteral("retry-1"));
    ASSERT_TRUE(retry) << retry.error().toString().toStdString();
    EXPECT_EQ(retry->holdId, first->holdId);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds")), QStringLiteral("1"));
    auto other = t->call<HoldReply>(holdOf(show, {seats[2]}), QStringLiteral("retry-1"));
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, ErrorCode::IdempotencyConflict);

    // A sale retried after its answer was lost charges nothing twice.
    SellRequest sell;
    sell.holdId = first->holdId;
    sell.payments = {card(first->total.minorUnits())};
    auto sale = t->call<SellReply>(sell, QStringLiteral("sell-1"));
    ASSERT_TRUE(sale) << sale.error().toString().toStdString();
    auto again = t->call<SellReply>(sell, QStringLiteral("sell-1"));
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again->saleId, sale->saleId);
    EXPECT_EQ(again->tickets, sale->tickets);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM payments")), QStringLiteral("1"));
}

// An extension answers like the hold itself: a reply every client can read, with the hold's total.
TEST_F(Server, AnExtendedHoldAnswersWithItsSeatsExpiryAndTotal)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    TestTerminal *t = terminal();
    auto hold = t->call<HoldReply>(holdOf(show, {seats[5], seats[6]}));
    ASSERT_TRUE(hold) << hold.error().toString().toStdString();
    ASSERT_EQ(hold->total.currency().code(), QStringLiteral("EUR"));
    ASSERT_GT(hold->total.minorUnits(), 0);

    ExtendHoldRequest extend;
    extend.holdId = hold->holdId;
    const QString id = t->send(extend);
    const auto reply = t->waitReply(id, 10'000);
    ASSERT_TRUE(reply) << "no answer to extend_hold";
    EXPECT_TRUE(t->undecodable().isEmpty());
    const auto *extended = std::get_if<HoldReply>(&*reply);
    ASSERT_TRUE(extended) << "not a hold_reply: " << (std::holds_alternative<ErrorMessage>(*reply)
                                                          ? std::get<ErrorMessage>(*reply).message.toStdString() : std::string());
    EXPECT_EQ(extended->holdId, hold->holdId);
    EXPECT_EQ(extended->showId, show);
    EXPECT_EQ(extended->seatIds, hold->seatIds);
    EXPECT_EQ(extended->total, hold->total);
    EXPECT_EQ(extended->total.currency().code(), QStringLiteral("EUR"));
    EXPECT_GE(extended->expiresAt, hold->expiresAt);

    // A retry gets the same, readable answer.
    const auto again = t->waitReply(t->send(extend, id), 10'000);
    ASSERT_TRUE(again);
    ASSERT_TRUE(std::holds_alternative<HoldReply>(*again));
    EXPECT_EQ(std::get<HoldReply>(*again).total, hold->total);
}

TEST_F(Server, AnExpiredHoldIsFreeAtOnceAndTheSweeperPushesTheRelease)
{
    ServerConfig config = baseConfig();
    config.holdTtlCashierSeconds = 1;
    config.sweepIntervalMs = 200;
    m_server = startServer(config);
    ASSERT_TRUE(m_server);
    const QString show = showId();
    const QString seat = seatIds(show).first();
    TestTerminal *holder = terminal();
    TestTerminal *watcher = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(watcher->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    auto hold = holder->call<HoldReply>(holdOf(show, {seat}));
    ASSERT_TRUE(hold) << hold.error().toString().toStdString();
    ASSERT_TRUE(watcher->waitFor([&] { return watcher->status(show, seat) == SeatStatus::Held; }));
    EXPECT_EQ(watcher->seats(show).value(seat).heldBy, holder->terminalId());
    // The sweeper frees it and every watcher sees it, without anyone asking.
    ASSERT_TRUE(watcher->waitFor([&] { return watcher->status(show, seat) == SeatStatus::Available; }, 5000));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), {hold->holdId}), QStringLiteral("expired"));
    // Selling an expired hold is refused.
    SellRequest sell;
    sell.holdId = hold->holdId;
    sell.payments = {cash(hold->total.minorUnits(), hold->total.minorUnits())};
    auto late = holder->call<SellReply>(sell);
    ASSERT_FALSE(late);
    EXPECT_TRUE(late.error().code == ErrorCode::HoldNotFound || late.error().code == ErrorCode::HoldExpired)
        << late.error().toString().toStdString();
}

TEST_F(Server, AnExpiredHoldCanBeTakenBeforeTheSweeperRuns)
{
    ServerConfig config = baseConfig();
    config.holdTtlCashierSeconds = 1;
    config.sweepIntervalMs = 3600 * 1000;
    m_server = startServer(config);
    ASSERT_TRUE(m_server);
    const QString show = showId();
    const QString seat = seatIds(show).first();
    TestTerminal *first = terminal();
    TestTerminal *second = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(first->call<HoldReply>(holdOf(show, {seat})));
    EXPECT_EQ(errorOf(second->waitReply(second->send(holdOf(show, {seat})))), ErrorCode::SeatUnavailable);
    // Wait for the clock, not for the sweeper (which never runs here).
    QDeadlineTimer expiry(1100);
    second->waitFor([&] { return expiry.hasExpired(); }, 2000);
    auto taken = second->call<HoldReply>(holdOf(show, {seat}));
    ASSERT_TRUE(taken) << taken.error().toString().toStdString();
}

TEST_F(Server, AReconnectingTerminalGetsExactlyWhatItMissed)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    TestTerminal *seller = terminal();
    TestTerminal *watcher = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(watcher->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    ASSERT_TRUE(seller->call<HoldReply>(holdOf(show, {seats[0]})));
    ASSERT_TRUE(watcher->waitFor([&] { return watcher->status(show, seats[0]) == SeatStatus::Held; }));
    const qint64 seen = watcher->version(show);
    watcher->close();
    for (int i = 1; i <= 3; ++i)
        ASSERT_TRUE(seller->call<HoldReply>(holdOf(show, {seats[i]})));

    TestTerminal *back = terminal(QStringLiteral("cashier2"));
    auto resumed = back->call<SubscribeReply>(SubscribeRequest{show, seen});
    ASSERT_TRUE(resumed) << resumed.error().toString().toStdString();
    EXPECT_EQ(resumed->resync, ResyncMode::Deltas);
    EXPECT_EQ(resumed->version, seen + 3);
    // The client keeps its map; here a fresh terminal object counts what arrives.
    ASSERT_TRUE(back->waitFor([&] { return back->gapsSeen() == 3; }));
    EXPECT_EQ(back->snapshotsReceived(), 0);

    // A version the server no longer keeps deltas for gets a snapshot.
    m_server = startServer();
    ASSERT_TRUE(m_server);
    TestTerminal *late = terminal(QStringLiteral("cashier2"));
    auto fresh = late->call<SubscribeReply>(SubscribeRequest{show, seen});
    ASSERT_TRUE(fresh);
    EXPECT_EQ(fresh->resync, ResyncMode::Snapshot);
    ASSERT_TRUE(late->waitFor([&] { return late->snapshotsReceived() == 1; }));
    EXPECT_EQ(late->version(show), seen + 3);
    EXPECT_EQ(late->status(show, seats[3]), SeatStatus::Held);
}

TEST_F(Server, TwoServerProcessesOnOneDatabaseBothPushEveryChange)
{
    auto second = startServer();
    ASSERT_TRUE(second);
    const QString show = showId();
    const QStringList seats = seatIds(show);
    TestTerminal *onFirst = terminal(QStringLiteral("cashier"));
    TestTerminal *onSecond = terminal(QStringLiteral("cashier2"), second.get());
    ASSERT_TRUE(onFirst->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    ASSERT_TRUE(onSecond->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    ASSERT_TRUE(onFirst->call<HoldReply>(holdOf(show, {seats[0]})));
    ASSERT_TRUE(onSecond->waitFor([&] { return onSecond->status(show, seats[0]) == SeatStatus::Held; }, 3000));
    ASSERT_TRUE(onSecond->call<HoldReply>(holdOf(show, {seats[1]})));
    ASSERT_TRUE(onFirst->waitFor([&] { return onFirst->status(show, seats[1]) == SeatStatus::Held; }, 3000));
    EXPECT_EQ(onFirst->version(show), onSecond->version(show));
    // Holds of the same seat through different processes: still only one.
    EXPECT_EQ(errorOf(onSecond->waitReply(onSecond->send(holdOf(show, {seats[0]})))), ErrorCode::SeatUnavailable);
    onSecond->close();
    second.reset();
}

TEST_F(Server, CardPaymentsApproveDeclineAndTimeOut)
{
    TestTerminal *t = terminal();
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto hold = t->call<HoldReply>(holdOf(show, {seats[0], seats[1]}));
    ASSERT_TRUE(hold);
    const qint64 total = hold->total.minorUnits();
    ASSERT_GT(total, 0);

    SellRequest sell;
    sell.holdId = hold->holdId;
    sell.payments = {card(total)};
    cardTerminal().setNextOutcome(SimulatedPaymentTerminal::Behaviour::Decline);
    auto declined = t->call<SellReply>(sell);
    ASSERT_FALSE(declined);
    EXPECT_EQ(declined.error().code, ErrorCode::PaymentDeclined);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), {hold->holdId}), QStringLiteral("active"));

    cardTerminal().setNextOutcome(SimulatedPaymentTerminal::Behaviour::TimeOut);
    auto timedOut = t->call<SellReply>(sell);
    ASSERT_FALSE(timedOut);
    EXPECT_EQ(timedOut.error().code, ErrorCode::PaymentTimeout);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales")), QStringLiteral("0"));

    // Split: part card (approved), part cash with change.
    sell.payments = {card(1000), cash(total - 1000, total - 1000 + 500)};
    auto sold = t->call<SellReply>(sell);
    ASSERT_TRUE(sold) << sold.error().toString().toStdString();
    EXPECT_EQ(sold->tickets.size(), 2);
    EXPECT_EQ(sold->changeDue, eur(500));
    EXPECT_TRUE(sold->payments.first().reference.has_value());
    EXPECT_FALSE(t->paymentProgress().isEmpty());

    // A ticket code verifies.
    VerifyTicketRequest verify;
    verify.code = sold->tickets.first().code;
    auto verified = t->call<VerifyTicketReply>(verify);
    ASSERT_TRUE(verified) << verified.error().toString().toStdString();
    EXPECT_EQ(verified->saleId, sold->saleId);
}

TEST_F(Server, RefundsFollowTheRoles)
{
    TestTerminal *cashier = terminal();
    TestTerminal *kiosk = terminal(QStringLiteral("kiosk"));
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto sellSeats = [&](TestTerminal *t, const QStringList &which) {
        auto hold = t->call<HoldReply>(holdOf(show, which));
        EXPECT_TRUE(hold);
        SellRequest sell;
        sell.holdId = hold->holdId;
        sell.payments = {cash(hold->total.minorUnits(), hold->total.minorUnits())};
        auto sale = t->call<SellReply>(sell);
        EXPECT_TRUE(sale);
        return *sale;
    };
    const SellReply first = sellSeats(cashier, {seats[0], seats[1]});
    RefundRequest refund;
    refund.saleId = first.saleId;
    refund.reason = QStringLiteral("customer unwell");
    EXPECT_EQ(errorOf(kiosk->waitReply(kiosk->send(refund))), ErrorCode::Forbidden);
    refund.ticketIds = QStringList{first.tickets.first().id};
    auto partial = cashier->call<RefundReply>(refund);
    ASSERT_TRUE(partial) << partial.error().toString().toStdString();
    EXPECT_EQ(partial->amount, first.tickets.first().price);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM show_seats WHERE show_id = $1 AND seat_id = $2"), {show, seats[0]}),
              QStringLiteral("available"));
    auto twice = cashier->call<RefundReply>(refund);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::AlreadyRefunded);

    // Past the cashier's window only a manager may refund.
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE sales SET created_at = now() - interval '2 hours'")));
    refund.ticketIds.reset();
    auto late = cashier->call<RefundReply>(refund);
    ASSERT_FALSE(late);
    EXPECT_EQ(late.error().code, ErrorCode::RefundWindowClosed);
    auto managed = manager->call<RefundReply>(refund);
    ASSERT_TRUE(managed) << managed.error().toString().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'refund'")), QStringLiteral("2"));
}

TEST_F(Server, SalesCanBeFoundAndTheShiftAddsUp)
{
    TestTerminal *t = terminal();
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto hold = t->call<HoldReply>(holdOf(show, {seats[5]}));
    ASSERT_TRUE(hold);
    SellRequest sell;
    sell.holdId = hold->holdId;
    sell.payments = {cash(hold->total.minorUnits(), 5000)};
    auto sale = t->call<SellReply>(sell);
    ASSERT_TRUE(sale);
    FindSalesRequest byCode;
    byCode.ticketCode = sale->tickets.first().code.toLower();
    auto found = t->call<FindSalesReply>(byCode);
    ASSERT_TRUE(found) << found.error().toString().toStdString();
    ASSERT_EQ(found->sales.size(), 1);
    EXPECT_EQ(found->sales.first().saleId, sale->saleId);
    // Who sold it, by name (the shift names the same user).
    auto session = t->call<ShiftReportReply>(ShiftReportRequest{});
    ASSERT_TRUE(session && session->userName);
    ASSERT_TRUE(found->sales.first().userName);
    EXPECT_EQ(*found->sales.first().userName, *session->userName);
    EXPECT_EQ(found->sales.first().userId, session->userId);
    FindSalesRequest recent;
    recent.recent = SalesScope::Terminal;
    EXPECT_EQ(t->call<FindSalesReply>(recent)->sales.size(), 1);
    auto shift = t->call<ShiftReportReply>(ShiftReportRequest{});
    ASSERT_TRUE(shift) << shift.error().toString().toStdString();
    ASSERT_EQ(shift->totals.size(), 1);
    EXPECT_EQ(shift->totals.first().sales, hold->total);
    EXPECT_EQ(shift->ticketsSold, 1);
}

TEST_F(Server, BadInputGetsItsErrorCodeChangesNothingAndTheServerStaysUp)
{
    const QString show = showId();
    const QString otherShow = showId(QStringLiteral("Grand Hall"));
    const QStringList seats = seatIds(show);
    const QString foreignSeat = scalar(QStringLiteral("SELECT seat_id FROM show_seats WHERE show_id = $1 AND seat_id NOT IN"
                                                      " (SELECT seat_id FROM show_seats WHERE show_id = $2) LIMIT 1"),
                                       {otherShow, show});
    ASSERT_FALSE(foreignSeat.isEmpty());
    TestTerminal *cashier = terminal();
    TestTerminal *other = terminal(QStringLiteral("cashier2"));
    TestTerminal *kiosk = terminal(QStringLiteral("kiosk"));
    TestTerminal *anonymous = terminal(QString());
    auto mine = cashier->call<HoldReply>(holdOf(show, {seats[0], seats[1]}));
    ASSERT_TRUE(mine);
    auto theirs = other->call<HoldReply>(holdOf(show, {seats[2]}));
    ASSERT_TRUE(theirs);
    auto sold = other->call<HoldReply>(holdOf(show, {seats[3]}));
    ASSERT_TRUE(sold);
    SellRequest sellIt;
    sellIt.holdId = sold->holdId;
    sellIt.payments = {cash(sold->total.minorUnits(), sold->total.minorUnits())};
    auto sale = other->call<SellReply>(sellIt);
    ASSERT_TRUE(sale);

    const QString state = QStringLiteral("SELECT (SELECT count(*) FROM holds) || '/' || (SELECT count(*) FROM seat_changes)"
                                         " || '/' || (SELECT count(*) FROM sales) || '/' || (SELECT count(*) FROM refunds)"
                                         " || '/' || (SELECT sum(version) FROM shows) || '/' || (SELECT count(*) FROM show_seats WHERE status <> 'available')");
    const QString before = scalar(state);

    const auto frame = [](const QString &type, const QString &id, const QString &body) {
        return QStringLiteral(R"({"v":1,"type":"%1","id":"%2","body":%3})").arg(type, id, body);
    };
    QStringList hundredAndOne;
    for (int i = 0; i < 101; ++i)
        hundredAndOne.append(QStringLiteral("\"S%1\"").arg(i));
    const QString holdId = mine->holdId;
    struct Case
    {
        const char *name;
        TestTerminal *terminal;
        QString text;
        ErrorCode expected;
        QString id; // the id the error echoes; empty when the frame has no readable one
    };
    const QString seatsJson = QStringLiteral(R"(["%1"])").arg(seats[4]);
    const QList<Case> cases = {
        {"not JSON", cashier, QStringLiteral("hello?"), ErrorCode::MalformedJson, {}},
        {"truncated JSON", cashier, QStringLiteral(R"({"v":1,"type":"ping","id":"b2")"), ErrorCode::MalformedJson, {}},
        {"top level array", cashier, QStringLiteral("[]"), ErrorCode::NotAnObject, {}},
        {"oversized frame", cashier, frame(QStringLiteral("ping"), QStringLiteral("b4"), QStringLiteral(R"({"pad":"%1"})").arg(QString(100000, u'x'))), ErrorCode::FrameTooLarge, {}},
        {"deep nesting", cashier, QString(500, u'[') + QString(500, u']'), ErrorCode::TooDeep, {}},
        {"future protocol version", cashier, QStringLiteral(R"({"v":2,"type":"ping","id":"b6","body":{}})"), ErrorCode::UnsupportedVersion, QStringLiteral("b6")},
        {"unknown message type", cashier, frame(QStringLiteral("launch"), QStringLiteral("b7"), QStringLiteral("{}")), ErrorCode::UnknownType, QStringLiteral("b7")},
        {"a server message sent by a client", cashier, frame(QStringLiteral("pong"), QStringLiteral("b8"), QStringLiteral("{}")), ErrorCode::UnknownType, QStringLiteral("b8")},
        {"request id with spaces", cashier, frame(QStringLiteral("ping"), QStringLiteral("b 9"), QStringLiteral("{}")), ErrorCode::InvalidValue, {}},
        {"seat list not an array", cashier, frame(QStringLiteral("hold"), QStringLiteral("b10"), QStringLiteral(R"({"showId":"%1","seatIds":"A-1"})").arg(show)), ErrorCode::WrongType, QStringLiteral("b10")},
        {"seat id a number", cashier, frame(QStringLiteral("hold"), QStringLiteral("b11"), QStringLiteral(R"({"showId":"%1","seatIds":[7]})").arg(show)), ErrorCode::WrongType, QStringLiteral("b11")},
        {"empty hold", cashier, frame(QStringLiteral("hold"), QStringLiteral("b12"), QStringLiteral(R"({"showId":"%1","seatIds":[]})").arg(show)), ErrorCode::EmptySeatList, QStringLiteral("b12")},
        {"huge seat list", cashier, frame(QStringLiteral("hold"), QStringLiteral("b13"), QStringLiteral(R"({"showId":"%1","seatIds":[%2]})").arg(show, hundredAndOne.join(u','))), ErrorCode::TooManyItems, QStringLiteral("b13")},
        {"same seat twice", cashier, frame(QStringLiteral("hold"), QStringLiteral("b14"), QStringLiteral(R"({"showId":"%1","seatIds":["%2","%2"]})").arg(show, seats[4])), ErrorCode::DuplicateSeat, QStringLiteral("b14")},
        {"unknown seat", cashier, frame(QStringLiteral("hold"), QStringLiteral("b15"), QStringLiteral(R"({"showId":"%1","seatIds":["no-such-seat"]})").arg(show)), ErrorCode::UnknownSeat, QStringLiteral("b15")},
        {"another show's seat", cashier, frame(QStringLiteral("hold"), QStringLiteral("b16"), QStringLiteral(R"({"showId":"%1","seatIds":["%2"]})").arg(show, foreignSeat)), ErrorCode::UnknownSeat, QStringLiteral("b16")},
        {"unknown show", cashier, frame(QStringLiteral("hold"), QStringLiteral("b17"), QStringLiteral(R"({"showId":"999999","seatIds":%1})").arg(seatsJson)), ErrorCode::NotFound, QStringLiteral("b17")},
        {"unknown field", cashier, frame(QStringLiteral("hold"), QStringLiteral("b18"), QStringLiteral(R"({"showId":"%1","seatIds":%2,"discount":100})").arg(show, seatsJson)), ErrorCode::UnknownField, QStringLiteral("b18")},
        {"missing field", cashier, frame(QStringLiteral("hold"), QStringLiteral("b19"), QStringLiteral(R"({"seatIds":%1})").arg(seatsJson)), ErrorCode::MissingField, QStringLiteral("b19")},
        {"negative money", cashier, frame(QStringLiteral("sell"), QStringLiteral("b20"), QStringLiteral(R"({"holdId":"%1","payments":[{"method":"cash","amount":{"amount":-100,"currency":"EUR"}}]})").arg(holdId)), ErrorCode::NegativeAmount, QStringLiteral("b20")},
        {"fractional money", cashier, frame(QStringLiteral("sell"), QStringLiteral("b21"), QStringLiteral(R"({"holdId":"%1","payments":[{"method":"cash","amount":{"amount":1.5,"currency":"EUR"}}]})").arg(holdId)), ErrorCode::InvalidValue, QStringLiteral("b21")},
        {"lowercase currency", cashier, frame(QStringLiteral("sell"), QStringLiteral("b22"), QStringLiteral(R"({"holdId":"%1","payments":[{"method":"cash","amount":{"amount":100,"currency":"eur"}}]})").arg(holdId)), ErrorCode::InvalidCurrency, QStringLiteral("b22")},
        {"payments that do not add up", cashier, frame(QStringLiteral("sell"), QStringLiteral("b23"), QStringLiteral(R"({"holdId":"%1","payments":[{"method":"cash","amount":{"amount":1,"currency":"EUR"}}]})").arg(holdId)), ErrorCode::PaymentMismatch, QStringLiteral("b23")},
        {"another currency", cashier, frame(QStringLiteral("sell"), QStringLiteral("b24"), QStringLiteral(R"({"holdId":"%1","payments":[{"method":"cash","amount":{"amount":%2,"currency":"USD"}}]})").arg(holdId).arg(mine->total.minorUnits())), ErrorCode::CurrencyMismatch, QStringLiteral("b24")},
        {"selling another user's hold", cashier, frame(QStringLiteral("sell"), QStringLiteral("b25"), QStringLiteral(R"({"holdId":"%1","payments":[{"method":"cash","amount":{"amount":100,"currency":"EUR"}}]})").arg(theirs->holdId)), ErrorCode::HoldNotFound, QStringLiteral("b25")},
        {"releasing another user's hold", cashier, frame(QStringLiteral("release_hold"), QStringLiteral("b26"), QStringLiteral(R"({"holdId":"%1"})").arg(theirs->holdId)), ErrorCode::HoldNotFound, QStringLiteral("b26")},
        {"extending an unknown hold", cashier, frame(QStringLiteral("extend_hold"), QStringLiteral("b27"), QStringLiteral(R"({"holdId":"424242"})")), ErrorCode::HoldNotFound, QStringLiteral("b27")},
        {"refund without a reason", cashier, frame(QStringLiteral("refund"), QStringLiteral("b28"), QStringLiteral(R"({"saleId":"%1"})").arg(sale->saleId)), ErrorCode::MissingField, QStringLiteral("b28")},
        {"refund of an unknown sale", cashier, frame(QStringLiteral("refund"), QStringLiteral("b29"), QStringLiteral(R"({"saleId":"777777","reason":"x"})")), ErrorCode::NotFound, QStringLiteral("b29")},
        {"kiosk refund", kiosk, frame(QStringLiteral("refund"), QStringLiteral("b30"), QStringLiteral(R"({"saleId":"%1","reason":"x"})").arg(sale->saleId)), ErrorCode::Forbidden, QStringLiteral("b30")},
        {"kiosk looking up sales", kiosk, frame(QStringLiteral("find_sales"), QStringLiteral("b31"), QStringLiteral(R"({"saleId":"%1"})").arg(sale->saleId)), ErrorCode::Forbidden, QStringLiteral("b31")},
        {"unauthenticated hold", anonymous, frame(QStringLiteral("hold"), QStringLiteral("b32"), QStringLiteral(R"({"showId":"%1","seatIds":%2})").arg(show, seatsJson)), ErrorCode::Unauthenticated, QStringLiteral("b32")},
        {"forged token", anonymous, frame(QStringLiteral("resume"), QStringLiteral("b33"), QStringLiteral(R"({"token":"mq1.eyJ1c2VyIjoxfQ.AAAA"})")), ErrorCode::TokenInvalid, QStringLiteral("b33")},
        {"subscribe to an unknown show", cashier, frame(QStringLiteral("subscribe"), QStringLiteral("b34"), QStringLiteral(R"({"showId":"31337"})")), ErrorCode::NotFound, QStringLiteral("b34")},
        // A key twice (QJsonDocument would keep the last: the show that does not exist).
        {"a key twice", cashier, frame(QStringLiteral("hold"), QStringLiteral("b35"), QStringLiteral(R"({"showId":"%1","seatIds":%2,"showId":"31337"})").arg(show, seatsJson)), ErrorCode::MalformedJson, {}},
        {"a lone surrogate", cashier, frame(QStringLiteral("find_sales"), QStringLiteral("b36"), QStringLiteral(R"({"saleId":"\ud800"})")), ErrorCode::MalformedJson, {}},
    };
    ASSERT_GE(cases.size(), 25);
    for (const Case &c : cases) {
        c.terminal->sendText(c.text);
        const QString key = c.id.isEmpty() ? QStringLiteral("(no id)") : c.id;
        const auto reply = c.terminal->waitReply(key);
        ASSERT_TRUE(reply) << c.name << ": no answer";
        EXPECT_EQ(errorCodeName(errorOf(reply)), errorCodeName(c.expected)) << c.name;
        // The connection stays usable.
        EXPECT_TRUE(c.terminal->call<PongReply>(PingRequest{})) << c.name;
    }
    EXPECT_EQ(scalar(state), before);
    EXPECT_EQ(m_server->sessionCount(), 4);
}

// RFC 6455 section 8.1: a text frame that is not UTF-8 fails the connection with close code 1007;
// QtWebSockets does that before the server sees the frame (docs/PROTOCOL.md says so). QWebSocket
// only sends valid UTF-8, so this test speaks WebSocket on a plain TCP socket.
TEST_F(Server, InvalidUtf8InATextFrameClosesTheConnectionWith1007AndTheServerStaysUp)
{
    TestTerminal *bystander = terminal();
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, quint16(url().port()));
    ASSERT_TRUE(raw.waitForConnected(10000));
    raw.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    QByteArray received;
    const auto readSome = [&] {
        received += raw.readAll();
        return raw.state() != QAbstractSocket::ConnectedState;
    };
    ASSERT_TRUE(waitUntil([&] { return readSome() || received.contains("\r\n\r\n"); }));
    ASSERT_TRUE(received.startsWith("HTTP/1.1 101")) << received.constData();
    received.remove(0, received.indexOf("\r\n\r\n") + 4);

    // A masked text frame whose request id holds the byte 0xFF.
    const QByteArray payload = "{\"v\":1,\"type\":\"ping\",\"id\":\"r\xff\"}";
    const QByteArray mask = "\x5a\x17\xc3\x81";
    QByteArray frame;
    frame += char(0x81); // FIN, text
    frame += char(0x80 | payload.size());
    frame += mask;
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame += char(payload[i] ^ mask[i % 4]);
    raw.write(frame);

    // The server's frames (unmasked, short) until its close frame: no reply, close code 1007.
    int closeCode = 0;
    QList<int> opcodes;
    ASSERT_TRUE(waitUntil([&] {
        const bool ended = readSome();
        while (received.size() >= 2 && received.size() >= 2 + (received[1] & 0x7f) && (received[1] & 0x7f) < 126) {
            const int opcode = received[0] & 0x0f;
            const int length = received[1] & 0x7f;
            opcodes.append(opcode);
            if (opcode == 0x8 && length >= 2)
                closeCode = (quint8(received[2]) << 8) | quint8(received[3]);
            received.remove(0, 2 + length);
        }
        return ended || closeCode != 0;
    }));
    EXPECT_EQ(closeCode, 1007);
    EXPECT_EQ(opcodes, QList<int> { 0x8 }) << "only the close frame, no error reply";
    EXPECT_TRUE(waitUntil([&] { return readSome(); })) << "the server ends the connection";

    // The server stays up: the other terminal and the next client carry on.
    EXPECT_TRUE(bystander->call<PongReply>(PingRequest {}));
    TestTerminal *next = terminal();
    EXPECT_TRUE(next->call<PongReply>(PingRequest {}));
    EXPECT_TRUE(waitUntil([&] { return m_server->sessionCount() == 2; }));
}

TEST_F(Server, ServesHealthAndMetrics)
{
    TestTerminal *t = terminal();
    ASSERT_TRUE(t->call<SubscribeReply>(SubscribeRequest{showId(), std::nullopt}));
    ASSERT_TRUE(t->call<HoldReply>(holdOf(showId(), {seatIds(showId()).first()})));
    // The endpoint runs on this thread's event loop: wait with the loop running.
    const auto get = [this](const QByteArray &path) {
        QTcpSocket socket;
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, m_server->httpPort());
        socket.write("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
        closed.wait(5000);
        return socket.readAll();
    };
    QByteArray response = get("/metrics");
    EXPECT_TRUE(response.startsWith("HTTP/1.1 200")) << response.left(200).toStdString();
    EXPECT_TRUE(response.contains("marquee_holds_total{result=\"ok\"} 1")) << response.toStdString();
    EXPECT_TRUE(response.contains("marquee_connections 1"));
    EXPECT_TRUE(response.contains("marquee_request_duration_seconds_bucket"));
    EXPECT_TRUE(response.contains("marquee_push_latency_seconds_count 1")) << "the hold was pushed to one watcher";
    response = get("/healthz");
    EXPECT_TRUE(response.startsWith("HTTP/1.1 200")) << response.toStdString();
    EXPECT_TRUE(response.contains("\"database\":\"up\""));
}

TEST_F(Server, ALostDatabaseIsAnnouncedRetriedAndRecovered)
{
    TestTerminal *t = terminal();
    const QString show = showId();
    const QStringList seats = seatIds(show);
    // Cut every connection of the server (as a PostgreSQL restart would).
    ASSERT_TRUE(db().exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                         " WHERE datname = current_database() AND pid <> pg_backend_pid()")));
    ASSERT_TRUE(t->waitFor([&] {
        for (const NoticePush &n : t->notices()) {
            if (n.kind == NoticeKind::Degraded)
                return true;
        }
        return false;
    }, 5000));
    ASSERT_TRUE(t->waitFor([&] {
        for (const NoticePush &n : t->notices()) {
            if (n.kind == NoticeKind::Recovered)
                return true;
        }
        return false;
    }, 10000));
    auto hold = t->call<HoldReply>(holdOf(show, {seats[0]}));
    EXPECT_TRUE(hold) << hold.error().toString().toStdString();
}

TEST_F(Server, ShutsDownGracefully)
{
    TestTerminal *t = terminal();
    QSignalSpy stopped(m_server.get(), &SyncServer::stopped);
    m_server->shutdown(2000);
    ASSERT_TRUE(stopped.wait(5000));
    ASSERT_TRUE(t->waitFor([&] { return !t->isConnected(); }, 5000));
    bool noticed = false;
    for (const NoticePush &n : t->notices())
        noticed = noticed || n.kind == NoticeKind::ShuttingDown;
    EXPECT_TRUE(noticed);
}

TEST_F(Server, ServesWssWithACertificate)
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    ASSERT_TRUE(openssl.waitForFinished(60000));
    ASSERT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();

    ServerConfig config = baseConfig();
    config.tlsCertificate = cert;
    config.tlsKey = key;
    auto secure = startServer(config);
    ASSERT_TRUE(secure);
    EXPECT_TRUE(secure->isSecure());
    QFile pem(cert);
    ASSERT_TRUE(pem.open(QIODevice::ReadOnly));
    auto t = std::make_unique<TestTerminal>(QStringLiteral("T-tls"));
    t->trustCertificate(pem.readAll());
    ASSERT_TRUE(t->open(QUrl(QStringLiteral("wss://127.0.0.1:%1").arg(secure->port()))));
    ASSERT_TRUE(t->signIn(QStringLiteral("cashier"), QStringLiteral("cashier")));
    auto hold = t->call<HoldReply>(holdOf(showId(), {seatIds(showId()).first()}));
    EXPECT_TRUE(hold) << hold.error().toString().toStdString();
    // A plain ws:// client gets nowhere.
    TestTerminal plain(QStringLiteral("T-plain"));
    EXPECT_FALSE(plain.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(secure->port())), 3000));
    t->close();
}

// A connection that sends nothing for idle-timeout seconds is closed (code 1000, reason "idle");
// one that pings, as clients do, stays open (docs/PROTOCOL.md, ping).
TEST_F(Server, SilentConnectionsAreClosedAsIdlePingingOnesStay)
{
    ServerConfig config = baseConfig();
    config.idleTimeoutSeconds = 2;
    auto server = startServer(config);
    ASSERT_TRUE(server);
    TestTerminal *silent = terminal(QStringLiteral("cashier"), server.get());
    TestTerminal *pinging = terminal(QStringLiteral("cashier2"), server.get());
    QElapsedTimer elapsed;
    elapsed.start();
    // The server looks every 5 s: within 2 + 5 s (and some slack) the silent one is gone.
    while (silent->isConnected() && elapsed.elapsed() < 15000) {
        ASSERT_TRUE(pinging->call<PongReply>(PingRequest {}));
        pinging->waitFor([] { return false; }, 500);
    }
    EXPECT_FALSE(silent->isConnected()) << "a silent connection was kept for " << elapsed.elapsed() << " ms";
    EXPECT_EQ(silent->closeReason(), QStringLiteral("idle"));
    EXPECT_GE(elapsed.elapsed(), 1500) << "closed before it was idle";
    EXPECT_TRUE(pinging->isConnected());
    EXPECT_TRUE(pinging->call<ListVenuesReply>(ListVenuesRequest {}));
}
