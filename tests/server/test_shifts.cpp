// The cash drawer as the server keeps it: shifts that survive restarts and re-sign-ins, refunds
// paid back by tender (manager-approved ones included), a close with the counted cash; holds
// recovered at sign-in; holds that grow.
#include "serverfixture.h"

using namespace Marquee;
using namespace Marquee::Test;

namespace {

const MethodTotal *totalOf(const ShiftReportReply &report, PaymentMethod method)
{
    for (const MethodTotal &t : report.totals) {
        if (t.method == method)
            return &t;
    }
    return nullptr;
}

} // namespace

class Shifts : public ServerTest
{
protected:
    // A terminal with a chosen id, signed in (with an opening float when given).
    std::pair<TestTerminal *, SessionReply> signInAt(const QString &terminalId, const QString &user,
                                                     std::optional<Money> openingFloat = std::nullopt)
    {
        auto t = std::make_unique<TestTerminal>(terminalId);
        EXPECT_TRUE(t->open(url()));
        SignInRequest request;
        request.user = user;
        request.password = user;
        request.openingFloat = openingFloat;
        auto session = t->call<SessionReply>(request);
        EXPECT_TRUE(session) << session.error().toString().toStdString();
        m_terminals.push_back(std::move(t));
        return {m_terminals.back().get(), session ? *session : SessionReply{}};
    }

    SellReply sell(TestTerminal *t, const QString &show, const QStringList &seats, const std::function<QList<Payment>(qint64)> &pay)
    {
        auto hold = t->call<HoldReply>(holdOf(show, seats));
        EXPECT_TRUE(hold) << hold.error().toString().toStdString();
        if (!hold)
            return {};
        SellRequest request;
        request.holdId = hold->holdId;
        request.payments = pay(hold->total.minorUnits());
        auto sale = t->call<SellReply>(request);
        EXPECT_TRUE(sale) << sale.error().toString().toStdString();
        return sale ? *sale : SellReply{};
    }
};

TEST_F(Shifts, TheShiftIsTheDrawerAcrossRestartsReSignInsAndManagerApprovedRefunds)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto [first, session] = signInAt(QStringLiteral("box-A"), QStringLiteral("cashier"), eur(10000));
    ASSERT_TRUE(session.shift);
    EXPECT_TRUE(session.shift->isNew);
    EXPECT_EQ(session.shift->openingFloat, eur(10000));
    EXPECT_FALSE(session.shift->userName.isEmpty());
    EXPECT_FALSE(session.shift->userName.startsWith(QLatin1String("User")));
    const QString shiftId = session.shift->shiftId;

    // A cash sale, then the box office "restarts": a new connection, a new sign-in.
    const SellReply cashSale = sell(first, show, {seats[0], seats[1]}, [](qint64 total) { return QList<Payment>{cash(total, total + 500)}; });
    ASSERT_EQ(cashSale.tickets.size(), 2);
    first->close();
    auto [second, again] = signInAt(QStringLiteral("box-A"), QStringLiteral("cashier"), eur(99900));
    ASSERT_TRUE(again.shift);
    EXPECT_EQ(again.shift->shiftId, shiftId) << "a re-sign-in keeps the open shift";
    EXPECT_FALSE(again.shift->isNew);
    EXPECT_EQ(again.shift->openingFloat, eur(10000)) << "the float of an open shift does not change";

    // A split sale: 5.00 in cash, the rest by card.
    const SellReply split = sell(second, show, {seats[2], seats[3]}, [](qint64 total) {
        return QList<Payment>{cash(500, 500), card(total - 500)};
    });
    ASSERT_EQ(split.tickets.size(), 2);

    // Another terminal's sale is not in this drawer.
    auto [other, otherSession] = signInAt(QStringLiteral("box-B"), QStringLiteral("cashier2"));
    ASSERT_TRUE(otherSession.shift);
    EXPECT_NE(otherSession.shift->shiftId, shiftId);
    sell(other, show, {seats[10]}, [](qint64 total) { return QList<Payment>{cash(total, total)}; });

    // Past the cashier's refund window a manager approves at this terminal, on a connection of
    // their own: the refund is paid out of this drawer.
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE sales SET created_at = now() - interval '2 hours'")));
    auto [manager, managerSession] = signInAt(QStringLiteral("box-A"), QStringLiteral("manager"));
    ASSERT_TRUE(managerSession.shift);
    EXPECT_EQ(managerSession.shift->shiftId, shiftId) << "the approval joins the terminal's open shift";
    RefundRequest refundCash;
    refundCash.saleId = cashSale.saleId;
    refundCash.ticketIds = QStringList{cashSale.tickets.first().id};
    refundCash.reason = QStringLiteral("customer unwell");
    auto cashBack = manager->call<RefundReply>(refundCash);
    ASSERT_TRUE(cashBack) << cashBack.error().toString().toStdString();
    ASSERT_EQ(cashBack->payments.size(), 1);
    EXPECT_EQ(cashBack->payments.first().method, PaymentMethod::Cash);
    EXPECT_EQ(cashBack->payments.first().amount, cashSale.tickets.first().price);

    // A refund of the split sale goes back to the card first.
    RefundRequest refundSplit;
    refundSplit.saleId = split.saleId;
    refundSplit.ticketIds = QStringList{split.tickets.first().id};
    refundSplit.reason = QStringLiteral("wrong film");
    auto cardBack = manager->call<RefundReply>(refundSplit);
    ASSERT_TRUE(cardBack) << cardBack.error().toString().toStdString();
    const qint64 cardPaid = split.total.minorUnits() - 500;
    const qint64 price = split.tickets.first().price.minorUnits();
    const qint64 toCard = std::min(price, cardPaid);
    ASSERT_FALSE(cardBack->payments.isEmpty());
    qint64 backByCard = 0, backInCash = 0;
    for (const PaymentResult &p : cardBack->payments)
        (p.method == PaymentMethod::Card ? backByCard : backInCash) += p.amount.minorUnits();
    EXPECT_EQ(backByCard, toCard);
    EXPECT_EQ(backInCash, price - toCard);

    // The report adds up to the drawer: float + cash taken - cash paid back.
    auto report = second->call<ShiftReportReply>(ShiftReportRequest{});
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->shiftId, shiftId);
    EXPECT_FALSE(report->closed);
    ASSERT_TRUE(report->userName);
    EXPECT_EQ(*report->userName, session.shift->userName);
    const MethodTotal *cashTotal = totalOf(*report, PaymentMethod::Cash);
    const MethodTotal *cardTotal = totalOf(*report, PaymentMethod::Card);
    ASSERT_TRUE(cashTotal && cardTotal);
    EXPECT_EQ(cashTotal->sales, eur(cashSale.total.minorUnits() + 500));
    EXPECT_EQ(cashTotal->salesCount, 2);
    EXPECT_EQ(cashTotal->refunds, eur(cashSale.tickets.first().price.minorUnits() + backInCash));
    EXPECT_EQ(cardTotal->sales, eur(cardPaid));
    EXPECT_EQ(cardTotal->refunds, eur(backByCard));
    EXPECT_EQ(report->ticketsSold, 4);
    EXPECT_EQ(report->ticketsRefunded, 2);
    const qint64 expected = 10000 + cashSale.total.minorUnits() + 500 - cashSale.tickets.first().price.minorUnits() - backInCash;
    ASSERT_TRUE(report->expectedCash);
    EXPECT_EQ(*report->expectedCash, eur(expected));

    // Close with 9.50 missing from the drawer; a retry gets the same answer.
    CloseShiftRequest close;
    close.countedCash = eur(expected - 950);
    close.note = QStringLiteral("counted twice");
    const QString closeId = second->nextId();
    auto closed = second->call<CloseShiftReply>(close, closeId);
    ASSERT_TRUE(closed) << closed.error().toString().toStdString();
    EXPECT_TRUE(closed->report.closed);
    EXPECT_EQ(closed->report.shiftId, shiftId);
    EXPECT_EQ(*closed->report.expectedCash, eur(expected));
    EXPECT_EQ(*closed->report.countedCash, eur(expected - 950));
    EXPECT_EQ(*closed->report.difference, eur(-950));
    auto retried = second->call<CloseShiftReply>(close, closeId);
    ASSERT_TRUE(retried);
    EXPECT_EQ(retried->report, closed->report);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'shift_close' AND shift_id = $1"), {shiftId}),
              QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT details->>'difference' FROM audit_log WHERE action = 'shift_close'")),
              QStringLiteral("-950"));

    // Nothing is open at this terminal now; the next sign-in opens a new shift.
    auto none = second->call<ShiftReportReply>(ShiftReportRequest{});
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
    auto [next, nextSession] = signInAt(QStringLiteral("box-A"), QStringLiteral("cashier"), eur(5000));
    ASSERT_TRUE(nextSession.shift);
    EXPECT_NE(nextSession.shift->shiftId, shiftId);
    EXPECT_TRUE(nextSession.shift->isNew);
    EXPECT_EQ(nextSession.shift->openingFloat, eur(5000));

    // The closed shift can be read again (the Z report), by its id.
    ShiftReportRequest byId;
    byId.shiftId = shiftId;
    auto reprint = next->call<ShiftReportReply>(byId);
    ASSERT_TRUE(reprint) << reprint.error().toString().toStdString();
    EXPECT_EQ(*reprint, closed->report);
}

TEST_F(Shifts, ClosingChecksTheCurrencyAndKiosksHaveNoDrawer)
{
    auto [kiosk, kioskSession] = signInAt(QStringLiteral("lobby-1"), QStringLiteral("kiosk"));
    EXPECT_FALSE(kioskSession.shift);
    CloseShiftRequest close;
    close.countedCash = eur(0);
    auto refused = kiosk->call<CloseShiftReply>(close);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);

    auto [t, session] = signInAt(QStringLiteral("box-Y"), QStringLiteral("cashier"));
    ASSERT_TRUE(session.shift);
    close.countedCash = *Money::fromMinor(100, u"USD");
    auto wrong = t->call<CloseShiftReply>(close);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::CurrencyMismatch);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM shifts WHERE terminal_id = 'box-Y' AND closed_at IS NULL")),
              QStringLiteral("1"));
}

// The back office and the layout studio take no money: their sign-ins and resumes say drawer
// false and neither open nor join a shift; the same manager at a till does.
TEST_F(Shifts, ASignInWithoutADrawerOpensAndJoinsNoShift)
{
    const QString openShifts = QStringLiteral("SELECT count(*) FROM shifts WHERE terminal_id = 'office-1' AND closed_at IS NULL");
    auto office = std::make_unique<TestTerminal>(QStringLiteral("office-1"));
    ASSERT_TRUE(office->open(url()));
    SignInRequest request;
    request.user = QStringLiteral("manager");
    request.password = QStringLiteral("manager");
    request.openingFloat = eur(5000); // ignored without a drawer
    request.drawer = false;
    auto session = office->call<SessionReply>(request);
    ASSERT_TRUE(session) << session.error().toString().toStdString();
    EXPECT_FALSE(session->shift) << "no shift for a window that takes no money";
    EXPECT_EQ(scalar(openShifts), QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'shift_open'")), QStringLiteral("0"));

    // Resuming without a drawer: still none.
    auto again = std::make_unique<TestTerminal>(QStringLiteral("office-1"));
    ASSERT_TRUE(again->open(url()));
    ResumeRequest resume;
    resume.token = session->token;
    resume.drawer = false;
    auto resumed = again->call<SessionReply>(resume);
    ASSERT_TRUE(resumed) << resumed.error().toString().toStdString();
    EXPECT_FALSE(resumed->shift);
    EXPECT_EQ(scalar(openShifts), QStringLiteral("0"));

    // The same manager at that terminal as a till (drawer left out): a shift, as before.
    auto [till, tillSession] = signInAt(QStringLiteral("office-1"), QStringLiteral("manager"));
    ASSERT_TRUE(tillSession.shift);
    EXPECT_EQ(scalar(openShifts), QStringLiteral("1"));
    m_terminals.push_back(std::move(office));
    m_terminals.push_back(std::move(again));
}

TEST_F(Shifts, ASignInRecoversThisTerminalsActiveHolds)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto [t, session] = signInAt(QStringLiteral("box-C"), QStringLiteral("cashier"));
    EXPECT_TRUE(session.holds.isEmpty());
    auto hold = t->call<HoldReply>(holdOf(show, {seats[4], seats[5]}));
    ASSERT_TRUE(hold);
    t->close();

    auto [back, resumed] = signInAt(QStringLiteral("box-C"), QStringLiteral("cashier"));
    ASSERT_EQ(resumed.holds.size(), 1);
    const ActiveHold &held = resumed.holds.first();
    EXPECT_EQ(held.holdId, hold->holdId);
    EXPECT_EQ(held.showId, show);
    EXPECT_EQ(held.seatIds, (QStringList{seats[4], seats[5]}));
    EXPECT_EQ(held.total, hold->total);
    EXPECT_EQ(held.expiresAt, hold->expiresAt);

    // The recovered hold sells as it is.
    SellRequest sell;
    sell.holdId = held.holdId;
    sell.payments = {cash(held.total.minorUnits(), held.total.minorUnits())};
    ASSERT_TRUE(back->call<SellReply>(sell));

    // Another terminal of the same user, and an expired hold, recover nothing.
    auto elsewhere = back->call<HoldReply>(holdOf(show, {seats[6]}));
    ASSERT_TRUE(elsewhere);
    auto [d, other] = signInAt(QStringLiteral("box-D"), QStringLiteral("cashier"));
    EXPECT_TRUE(other.holds.isEmpty());
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE holds SET expires_at = now() - interval '1 second'; "
                                               "UPDATE show_seats SET hold_expires = now() - interval '1 second' WHERE status = 'held'")));
    auto [e, expired] = signInAt(QStringLiteral("box-C"), QStringLiteral("cashier"));
    EXPECT_TRUE(expired.holds.isEmpty());
}

TEST_F(Shifts, AHoldGrowsAllOrNothingAndSellsAsOne)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto [t, session] = signInAt(QStringLiteral("box-E"), QStringLiteral("cashier"));
    auto [rival, rivalSession] = signInAt(QStringLiteral("box-F"), QStringLiteral("cashier2"));
    auto hold = t->call<HoldReply>(holdOf(show, {seats[0]}));
    ASSERT_TRUE(hold);
    ASSERT_TRUE(rival->call<HoldReply>(holdOf(show, {seats[3]})));

    auto grown = t->call<HoldReply>(holdOf(show, {seats[1], seats[2]}, hold->holdId));
    ASSERT_TRUE(grown) << grown.error().toString().toStdString();
    EXPECT_EQ(grown->holdId, hold->holdId);
    EXPECT_EQ(grown->seatIds, (QStringList{seats[0], seats[1], seats[2]}));
    EXPECT_EQ(grown->expiresAt, hold->expiresAt) << "adding seats does not extend the hold";
    EXPECT_EQ(grown->total.minorUnits(), 3 * hold->total.minorUnits());

    // All or nothing: one taken seat and nothing is added.
    auto refused = t->call<HoldReply>(holdOf(show, {seats[4], seats[3]}, hold->holdId));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::SeatUnavailable);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM show_seats WHERE show_id = $1 AND seat_id = $2"), {show, seats[4]}),
              QStringLiteral("available"));
    // Someone else's hold cannot be grown, nor a hold of another show.
    auto foreign = rival->call<HoldReply>(holdOf(show, {seats[5]}, hold->holdId));
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().code, ErrorCode::HoldNotFound);
    auto otherShow = t->call<HoldReply>(holdOf(showId(QStringLiteral("Cinema 1")), {seats[5]}, hold->holdId));
    ASSERT_FALSE(otherShow);
    EXPECT_EQ(otherShow.error().code, ErrorCode::HoldNotFound);

    SellRequest sell;
    sell.holdId = hold->holdId;
    sell.payments = {cash(grown->total.minorUnits(), grown->total.minorUnits())};
    auto sale = t->call<SellReply>(sell);
    ASSERT_TRUE(sale) << sale.error().toString().toStdString();
    EXPECT_EQ(sale->tickets.size(), 3);
}

TEST_F(Shifts, SigningOutReleasesTheSessionsHoldsAndEveryTerminalSeesIt)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto [t, session] = signInAt(QStringLiteral("box-S"), QStringLiteral("cashier"));
    auto [watcher, watcherSession] = signInAt(QStringLiteral("box-W"), QStringLiteral("cashier2"));
    SubscribeRequest subscribe;
    subscribe.showId = show;
    ASSERT_TRUE(watcher->call<SubscribeReply>(subscribe));
    ASSERT_TRUE(t->call<HoldReply>(holdOf(show, {seats[7], seats[8]})));
    ASSERT_TRUE(watcher->waitFor([&] { return watcher->status(show, seats[8]) == SeatStatus::Held; }));
    ASSERT_TRUE(t->call<SignOutReply>(SignOutRequest{}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}),
              QStringLiteral("0"));
    EXPECT_TRUE(watcher->waitFor([&] {
        return watcher->status(show, seats[7]) == SeatStatus::Available && watcher->status(show, seats[8]) == SeatStatus::Available;
    }));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds ORDER BY id DESC LIMIT 1")), QStringLiteral("released"));
}

// A refund of a card sale goes back to the card: the shift's report counts it as a card refund and
// the drawer's expected cash does not change (an outside test found it counted as cash). Also for
// a card sale made at a kiosk (no drawer) and refunded at the box office, and in the report of a
// period.
TEST_F(Shifts, ACardRefundIsACardRefundAndLeavesTheDrawerAlone)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    auto [t, session] = signInAt(QStringLiteral("box-C"), QStringLiteral("cashier"), eur(5000));
    ASSERT_TRUE(session.shift);
    const SellReply byCard = sell(t, show, {seats[0], seats[1]}, [](qint64 total) { return QList<Payment>{card(total)}; });
    ASSERT_EQ(byCard.tickets.size(), 2);
    auto [kiosk, kioskSession] = signInAt(QStringLiteral("lobby-C"), QStringLiteral("kiosk"));
    // Seat 2 of the row, beside the sold seat 1: a kiosk never leaves a single seat alone.
    ASSERT_TRUE(seats[0].endsWith(QLatin1String("-1")));
    const QString besideSold = seats[0].chopped(1) + u'2';
    ASSERT_TRUE(seats.contains(besideSold));
    const SellReply atKiosk = sell(kiosk, show, {besideSold}, [](qint64 total) { return QList<Payment>{card(total)}; });
    ASSERT_EQ(atKiosk.tickets.size(), 1);

    const auto refundAll = [&](const SellReply &sale) {
        RefundRequest refund;
        refund.saleId = sale.saleId;
        refund.reason = QStringLiteral("cancelled plans");
        auto back = t->call<RefundReply>(refund);
        EXPECT_TRUE(back) << back.error().toString().toStdString();
        if (back) {
            EXPECT_EQ(back->payments.size(), 1);
            EXPECT_EQ(back->payments.value(0).method, PaymentMethod::Card);
        }
    };
    refundAll(byCard);
    refundAll(atKiosk);
    const qint64 cardSold = byCard.total.minorUnits();
    const qint64 cardBack = byCard.total.minorUnits() + atKiosk.total.minorUnits();

    auto report = t->call<ShiftReportReply>(ShiftReportRequest{});
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    const MethodTotal *cashTotal = totalOf(*report, PaymentMethod::Cash);
    const MethodTotal *cardTotal = totalOf(*report, PaymentMethod::Card);
    ASSERT_TRUE(cardTotal);
    EXPECT_EQ(cardTotal->sales, eur(cardSold));
    EXPECT_EQ(cardTotal->refunds, eur(cardBack));
    EXPECT_EQ(cardTotal->refundsCount, 2);
    if (cashTotal) {
        EXPECT_EQ(cashTotal->refunds, eur(0)) << "a card refund counted as cash";
        EXPECT_EQ(cashTotal->refundsCount, 0);
    }
    ASSERT_TRUE(report->expectedCash);
    EXPECT_EQ(*report->expectedCash, eur(5000)) << "the drawer holds the float and nothing else";

    // The same in the report of the user's period.
    ShiftReportRequest period;
    period.from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto totals = t->call<ShiftReportReply>(period);
    ASSERT_TRUE(totals) << totals.error().toString().toStdString();
    const MethodTotal *periodCash = totalOf(*totals, PaymentMethod::Cash);
    const MethodTotal *periodCard = totalOf(*totals, PaymentMethod::Card);
    ASSERT_TRUE(periodCard);
    EXPECT_EQ(periodCard->refunds, eur(cardBack));
    if (periodCash) {
        EXPECT_EQ(periodCash->refunds, eur(0));
    }

    // Closing: counted = the float, no difference.
    CloseShiftRequest close;
    close.countedCash = eur(5000);
    auto closed = t->call<CloseShiftReply>(close);
    ASSERT_TRUE(closed) << closed.error().toString().toStdString();
    EXPECT_EQ(*closed->report.difference, eur(0));
}
