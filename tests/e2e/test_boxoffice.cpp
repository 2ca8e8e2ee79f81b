// End to end: the real box-office window and its connection against a real marquee-server and
// PostgreSQL, over real WebSockets on loopback.
#include "basketwidget.h"
#include "boxofficedriver.h"
#include "clientapp.h"
#include "connectionbanner.h"
#include "localcache.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "salesdialog.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "seatmapview.h"
#include "serverconnection.h"
#include "serverfixture.h"
#include "showpicker.h"
#include "signindialog.h"
#include "ticketrenderer.h"
#include "translation.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>

#include <iostream>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

class BoxOfficeTest : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }
    QTemporaryDir m_home;
};

} // namespace

TEST_F(BoxOfficeTest, ASaleOnOneTerminalAppearsOnTheOther)
{
    // The venue's own name on its tickets (not the demo's, which the client once printed on all).
    ASSERT_EQ(scalar(QStringLiteral("UPDATE venues SET name = 'Kino Lichtspiel' RETURNING name")), QStringLiteral("Kino Lichtspiel"));
    const QString show = showId(QStringLiteral("Cinema 1"));
    BoxOffice a(QStringLiteral("T-A"), url(), QStringLiteral("cashier"));
    BoxOffice b(QStringLiteral("T-B"), url(), QStringLiteral("cashier2"));
    ASSERT_TRUE(a.openShow(show));
    ASSERT_TRUE(b.openShow(show));
    const QStringList seats = firstFree(a.window.seatMap(), 3);
    ASSERT_EQ(seats.size(), 3);

    a.window.seatMap()->setSelectedSeatIds(seats);
    ASSERT_EQ(a.window.basket()->lines().size(), 3);
    a.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));
    // The other terminal sees them held by another terminal.
    ASSERT_TRUE(waitUntil([&] { return b.window.seatMap()->seatState(seats[0]) == SeatVisualState::HeldByOther; }));
    EXPECT_EQ(a.window.seatMap()->seatState(seats[0]), SeatVisualState::HeldByMe);

    QSignalSpy sold(&a.window, &MainWindow::saleCompleted);
    Payment cash;
    cash.method = PaymentMethod::Cash;
    cash.amount = a.window.basket()->total();
    cash.tendered = *cash.amount.plus(*Money::fromMinor(500, u"EUR"));
    a.window.pay({cash});
    ASSERT_TRUE(sold.wait(10000));
    QElapsedTimer pushed;
    pushed.start();
    ASSERT_TRUE(waitUntil([&] {
        for (const QString &seat : seats) {
            if (b.window.seatMap()->seatState(seat) != SeatVisualState::Sold)
                return false;
        }
        return true;
    }, 5000));
    std::cout << "sold seats appeared on the other terminal " << pushed.elapsed() << " ms after the sale's reply\n";
    // The seller's side: the basket is empty, tickets were written as PDF.
    EXPECT_FALSE(a.window.basket()->isHeld());
    EXPECT_EQ(a.window.lastTickets().size(), 3);
    const QDateTime start = QDateTime::fromSecsSinceEpoch(
        scalar(QStringLiteral("SELECT extract(epoch FROM starts_at)::bigint FROM shows WHERE id = $1"), {show}).toLongLong());
    const QDateTime berlin = start.toTimeZone(QTimeZone("Europe/Berlin")); // the demo venue's zone
    for (const TicketInfo &ticket : a.window.lastTickets()) {
        EXPECT_EQ(ticket.venueName, QStringLiteral("Kino Lichtspiel"));
        // The venue's wall clock on the ticket, whatever the terminal's zone (a walk printed 17:00
        // for an 18:00 show on a UTC terminal).
        EXPECT_EQ(ticket.start, start);
        EXPECT_EQ(ticket.start.time(), berlin.time());
    }
    EXPECT_TRUE(QFileInfo::exists(a.window.lastTicketsPdf())) << a.window.lastTicketsPdf().toStdString();
}

TEST_F(BoxOfficeTest, ATerminalWhoseConnectionIsCutResyncsToTheSameMap)
{
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-A"), url(), QStringLiteral("cashier"));
    BoxOffice b(QStringLiteral("T-B"), url(), QStringLiteral("cashier2"));
    ASSERT_TRUE(a.openShow(show));
    ASSERT_TRUE(b.openShow(show));
    b.connection.dropConnection();
    ASSERT_TRUE(waitUntil([&] { return b.window.seatMap()->isStale(); }, 3000));

    // While B is away, A sells two blocks.
    for (int round = 0; round < 2; ++round) {
        const QStringList seats = firstFree(a.window.seatMap(), 2);
        a.window.seatMap()->setSelectedSeatIds(seats);
        a.window.holdSelection();
        ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));
        QSignalSpy sold(&a.window, &MainWindow::saleCompleted);
        Payment cash;
        cash.method = PaymentMethod::Cash;
        cash.amount = a.window.basket()->total();
        cash.tendered = cash.amount;
        a.window.pay({cash});
        ASSERT_TRUE(sold.wait(10000));
    }
    // B comes back by itself and ends with the database's map.
    ASSERT_TRUE(waitUntil([&] { return b.connection.state() == ServerConnection::State::Connected && !b.window.seatMap()->isStale(); }, 15000));
    const qint64 version = scalar(QStringLiteral("SELECT version FROM shows WHERE id = $1"), {show}).toLongLong();
    ASSERT_TRUE(waitUntil([&] { return b.connection.show(show)->version == version; }));
    auto truth = db().exec(QStringLiteral("SELECT seat_id, status FROM show_seats WHERE show_id = $1"), {show});
    ASSERT_TRUE(truth);
    for (int r = 0; r < truth->rowCount(); ++r) {
        const QString status = truth->value(r, 1);
        const SeatVisualState expected = status == QLatin1String("sold") ? SeatVisualState::Sold
            : status == QLatin1String("blocked")                          ? SeatVisualState::Blocked
                                                                          : SeatVisualState::Available;
        EXPECT_EQ(b.window.seatMap()->seatState(truth->value(r, 0)), expected) << truth->value(r, 0).toStdString();
    }
}

TEST_F(BoxOfficeTest, CardPaymentsApproveDeclineAndTimeOutThenARefund)
{
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-A"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(a.openShow(show));
    const QStringList seats = firstFree(a.window.seatMap(), 2);
    a.window.seatMap()->setSelectedSeatIds(seats);
    a.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));
    Payment card;
    card.method = PaymentMethod::Card;
    card.amount = a.window.basket()->total();

    QSignalSpy sold(&a.window, &MainWindow::saleCompleted);
    cardTerminal().setNextOutcome(SimulatedPaymentTerminal::Behaviour::Decline);
    a.window.pay({card});
    ASSERT_TRUE(waitUntil([&] { return cardTerminal().pendingCount() == 0 && sold.isEmpty() && a.window.basket()->isHeld(); }));
    cardTerminal().setNextOutcome(SimulatedPaymentTerminal::Behaviour::TimeOut);
    a.window.pay({card});
    waitUntil([] { return false; }, 600); // the simulated terminal times out after 300 ms
    EXPECT_TRUE(sold.isEmpty());
    EXPECT_TRUE(a.window.basket()->isHeld()) << "a declined or timed-out card keeps the hold";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales")), QStringLiteral("0"));

    a.window.pay({card});
    ASSERT_TRUE(sold.wait(10000));
    ASSERT_EQ(a.window.lastTickets().size(), 2);

    // The printed QR code is what the server verifies.
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("ticket.png"));
    ASSERT_TRUE(TicketRenderer::renderTicket(a.window.lastTickets().first()).save(png));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    ASSERT_TRUE(zbar.waitForFinished(20000));
    const QString decoded = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    ASSERT_TRUE(decoded.startsWith(QStringLiteral("MARQUEE:"))) << decoded.toStdString();
    TestTerminal *door = terminal(QStringLiteral("manager"));
    VerifyTicketRequest verify;
    verify.code = decoded.mid(8);
    auto verified = door->call<VerifyTicketReply>(verify);
    ASSERT_TRUE(verified) << verified.error().toString().toStdString();
    EXPECT_EQ(verified->ticket.status, TicketStatus::Valid);

    // Refund one ticket from the sales dialog: its seat is free again on the map.
    SalesDialog sales(&a.connection);
    sales.search(verify.code);
    ASSERT_TRUE(waitUntil([&] { return sales.saleCount() == 1; }));
    sales.prepareRefund({verified->ticket.id}, QStringLiteral("customer unwell"));
    QSignalSpy refunded(&sales, &SalesDialog::refunded);
    sales.refund();
    ASSERT_TRUE(refunded.wait(10000)) << sales.statusText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return a.window.seatMap()->seatState(verified->ticket.seatId) == SeatVisualState::Available; }));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE status = 'refunded'")), QStringLiteral("1"));
}

TEST_F(BoxOfficeTest, TheShiftIsTheDrawerAcrossARestartAndAManagerApprovedRefundAndClosesWithAZReport)
{
    const QString show = showId(QStringLiteral("Studio"));
    std::optional<SellReply> first;
    QString shiftId;
    {
        BoxOffice a(QStringLiteral("T-A"), url(), QStringLiteral("cashier"), eur(15000));
        ASSERT_TRUE(a.openShow(show));
        ASSERT_TRUE(a.session.shift);
        EXPECT_TRUE(a.session.shift->isNew);
        shiftId = a.session.shift->shiftId;
        first = sellSeats(a, 2, [](const Money &total) { return QList<Payment>{cashFor(total, 500)}; });
        ASSERT_TRUE(first);
    } // the box office is closed (or crashes) here

    BoxOffice again(QStringLiteral("T-A"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(again.openShow(show));
    ASSERT_TRUE(again.session.shift);
    EXPECT_EQ(again.session.shift->shiftId, shiftId) << "the shift survives the restart";
    const auto second = sellSeats(again, 1, [](const Money &total) {
        Payment card;
        card.method = PaymentMethod::Card;
        card.amount = total;
        return QList<Payment>{card};
    });
    ASSERT_TRUE(second);

    // A manager approves a late refund at this terminal (as the sales dialog does: a connection of
    // their own with this terminal's id); the cashier is told to hand back cash.
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE sales SET created_at = now() - interval '2 hours'")));
    ServerConnection approval(QStringLiteral("T-A"));
    approval.open(url());
    bool approved = false;
    approval.signIn(QStringLiteral("manager"), QStringLiteral("manager"), [&](const Result<SessionReply> &s) { approved = bool(s); });
    ASSERT_TRUE(waitUntil([&] { return approved; }));
    RefundRequest refund;
    refund.saleId = first->saleId;
    refund.ticketIds = QStringList{first->tickets.first().id};
    refund.reason = QStringLiteral("customer unwell");
    std::optional<RefundReply> refunded;
    approval.call<RefundReply>(refund, [&](const Result<RefundReply> &r) {
        ASSERT_TRUE(r) << r.error().toString().toStdString();
        refunded = *r;
    });
    ASSERT_TRUE(waitUntil([&] { return refunded.has_value(); }));
    again.window.refundDone(*refunded);
    const QString said = again.window.findChild<QLabel *>(QStringLiteral("basketMessage"))->text();
    ASSERT_EQ(refunded->payments.size(), 1);
    EXPECT_EQ(refunded->payments.first().method, PaymentMethod::Cash);
    EXPECT_EQ(said, TicketRenderer::refundInstruction(*refunded));
    EXPECT_TRUE(said.contains(QLatin1String("hand back"))) << said.toStdString();
    EXPECT_TRUE(QFileInfo::exists(again.window.lastRefundSlipPdf())) << "a refund slip for the customer";

    // The report so far: float + cash taken - cash handed back.
    const qint64 expected = 15000 + first->total.minorUnits() - first->tickets.first().price.minorUnits();
    std::optional<ShiftReportReply> report;
    again.connection.call<ShiftReportReply>(ShiftReportRequest{}, [&](const Result<ShiftReportReply> &r) {
        if (r)
            report = *r;
    });
    ASSERT_TRUE(waitUntil([&] { return report.has_value(); }));
    EXPECT_EQ(report->shiftId, shiftId);
    EXPECT_EQ(*report->expectedCash, eur(expected));
    ASSERT_TRUE(report->userName);
    EXPECT_NE(*report->userName, QStringLiteral("User 3"));
    EXPECT_EQ(report->ticketsSold, 3);
    EXPECT_EQ(report->ticketsRefunded, 1);

    // Close with 9.50 missing: the Z report says so, is saved, and the cashier is signed out.
    QSignalSpy closed(&again.window, &MainWindow::shiftClosed);
    QSignalSpy signInAsked(&again.window, &MainWindow::signInRequested);
    again.window.closeShiftWith(eur(expected - 950), QStringLiteral("counted twice"));
    ASSERT_TRUE(closed.wait(10000));
    const auto z = qvariant_cast<ShiftReportReply>(closed.first().first());
    EXPECT_TRUE(z.closed);
    EXPECT_EQ(*z.countedCash, eur(expected - 950));
    EXPECT_EQ(*z.difference, eur(-950));
    EXPECT_TRUE(QFileInfo::exists(again.window.lastShiftReportPdf())) << again.window.lastShiftReportPdf().toStdString();
    EXPECT_EQ(signInAsked.size(), 1);
    EXPECT_FALSE(again.connection.isSignedIn());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'shift_close'")), QStringLiteral("1"));

    // The next sign-in opens a new shift.
    std::optional<SessionReply> next;
    again.connection.signIn(QStringLiteral("cashier"), QStringLiteral("cashier"), [&](const Result<SessionReply> &s) {
        if (s)
            next = *s;
    });
    ASSERT_TRUE(waitUntil([&] { return next.has_value(); }));
    ASSERT_TRUE(next->shift);
    EXPECT_NE(next->shift->shiftId, shiftId);
    EXPECT_TRUE(next->shift->isNew);

    // Signed out again, the sign-in dialog is ready for the next cashier (not left disabled by
    // the last sign-in through it).
    again.connection.signOut();
    SignInDialog dialog(&again.connection, &again.window);
    dialog.setServerUrl(url().toString());
    dialog.signInAs(QStringLiteral("cashier"), QStringLiteral("cashier"));
    ASSERT_TRUE(waitUntil([&] { return again.connection.isSignedIn(); }));
    dialog.present();
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("signIn"))->isEnabled());
}

TEST_F(BoxOfficeTest, AHoldThatExpiresWhileThePaymentDialogIsOpenCanBeHeldAgain)
{
    ServerConfig config = baseConfig();
    // Long enough for hold again + pay on a loaded 2-core machine, short enough to wait for.
    config.holdTtlCashierSeconds = 4;
    auto server = startServer(config);
    ASSERT_TRUE(server);
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-A"), url(*server), QStringLiteral("cashier"));
    ASSERT_TRUE(a.openShow(show));
    const QStringList seats = firstFree(a.window.seatMap(), 2);
    a.window.seatMap()->setSelectedSeatIds(seats);
    a.window.openPayment(); // holds the selected seats first, then opens the dialog
    ASSERT_TRUE(waitUntil([&] { return a.window.paymentDialog() != nullptr; }));
    PaymentDialog *dialog = a.window.paymentDialog();
    EXPECT_TRUE(a.window.basket()->isHeld());
    EXPECT_TRUE(dialog->holdCountdownText().contains(QLatin1String("0:0"))) << dialog->holdCountdownText().toStdString();
    auto *pay = dialog->findChild<QPushButton *>(QStringLiteral("payButton"));
    auto *rehold = dialog->findChild<QPushButton *>(QStringLiteral("reholdButton"));
    ASSERT_TRUE(pay && rehold);

    // The hold runs out with the dialog open: Pay goes, a plain sentence, an offer to hold again.
    ASSERT_TRUE(waitUntil([&] { return dialog->state() == PaymentDialog::State::Expired; }, 9000));
    EXPECT_FALSE(pay->isVisible());
    EXPECT_TRUE(rehold->isVisible() && rehold->isEnabled());
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("banner"))->text(), PaymentDialog::tr("The hold has expired"));

    // Hold again: the same seats, a new countdown, and the sale goes through.
    rehold->click();
    ASSERT_TRUE(waitUntil([&] { return dialog->state() == PaymentDialog::State::Editing; }));
    EXPECT_TRUE(a.window.basket()->isHeld());
    EXPECT_EQ(a.window.heldSeats(), seats);
    QSignalSpy sold(&a.window, &MainWindow::saleCompleted);
    dialog->findChild<QLineEdit *>(QStringLiteral("tendered"))->setText(dialog->amountDue().toDecimalString());
    pay->click();
    ASSERT_TRUE(sold.wait(10000));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE show_id = $1"), {show}), QStringLiteral("2"));
    dialog->accept();
    ASSERT_TRUE(waitUntil([&] { return a.window.paymentDialog() == nullptr; }));

    // Expired again, and meanwhile someone else takes a seat: the dialog says which.
    const QStringList more = firstFree(a.window.seatMap(), 1);
    a.window.seatMap()->setSelectedSeatIds(more);
    a.window.openPayment();
    ASSERT_TRUE(waitUntil([&] { return a.window.paymentDialog() != nullptr; }));
    dialog = a.window.paymentDialog();
    ASSERT_TRUE(waitUntil([&] { return dialog->state() == PaymentDialog::State::Expired; }, 9000));
    TestTerminal *rival = terminal(QStringLiteral("cashier2"), server.get());
    ASSERT_TRUE(rival->call<HoldReply>(HoldRequest{show, more, std::nullopt}));
    dialog->findChild<QPushButton *>(QStringLiteral("reholdButton"))->click();
    ASSERT_TRUE(waitUntil([&] {
        return dialog->findChild<QLabel *>(QStringLiteral("bannerDetail"))->text().contains(PaymentDialog::tr("Close this"))
            || dialog->findChild<QLabel *>(QStringLiteral("bannerDetail"))->text().contains(QLatin1String("Taken"));
    }));
    EXPECT_FALSE(dialog->findChild<QPushButton *>(QStringLiteral("reholdButton"))->isEnabled());
    EXPECT_EQ(dialog->state(), PaymentDialog::State::Expired);
    dialog->reject();
}

TEST_F(BoxOfficeTest, HeldSeatsComeBackIntoTheBasketAfterAQuitAndQuittingAsksAboutThem)
{
    const QString show = showId(QStringLiteral("Studio"));
    QStringList seats;
    {
        BoxOffice a(QStringLiteral("T-G"), url(), QStringLiteral("cashier"));
        ASSERT_TRUE(a.openShow(show));
        seats = firstFree(a.window.seatMap(), 2);
        a.window.seatMap()->setSelectedSeatIds(seats);
        a.window.holdSelection();
        ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));
        int asked = 0;
        a.window.setQuestionHandlers([](const QString &) { return false; }, [&](int held) {
            asked = held;
            return MainWindow::QuitChoice::Keep;
        });
        a.window.close();
        EXPECT_EQ(asked, 2) << "quitting with held seats asks what to do with them";
    }
    // Reopened: the map shows them held by this terminal and the basket has them again.
    BoxOffice b(QStringLiteral("T-G"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(b.openShow(show));
    ASSERT_TRUE(waitUntil([&] { return b.window.basket()->isHeld(); }));
    EXPECT_EQ(b.window.heldSeats(), seats);
    EXPECT_EQ(b.window.basket()->lines().size(), 2);
    EXPECT_EQ(b.window.seatMap()->seatState(seats[0]), SeatVisualState::HeldByMe);
    // And they sell as they are.
    QSignalSpy sold(&b.window, &MainWindow::saleCompleted);
    b.window.pay({cashFor(b.window.basket()->total())});
    ASSERT_TRUE(sold.wait(10000));

    // Quitting with "release" gives the seats back at once.
    const QStringList more = firstFree(b.window.seatMap(), 1);
    b.window.seatMap()->setSelectedSeatIds(more);
    b.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return b.window.basket()->isHeld(); }));
    b.window.setQuestionHandlers([](const QString &) { return true; }, [](int) { return MainWindow::QuitChoice::Release; });
    b.window.close();
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM show_seats WHERE show_id = $1 AND seat_id = $2"), {show, more.first()}),
              QStringLiteral("available"));
}

TEST_F(BoxOfficeTest, SeatsSelectedWhileOthersAreHeldJoinTheHoldAndClearAsksFirst)
{
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-H"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(a.openShow(show));
    const QStringList seats = firstFree(a.window.seatMap(), 3);
    a.window.seatMap()->setSelectedSeatIds({seats[0]});
    a.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));
    const QString holdId = a.window.basket()->holdId();

    // One more seat: two lines, one not held yet; Hold adds it to the same hold.
    a.window.seatMap()->setSelectedSeatIds({seats[0], seats[1]});
    ASSERT_EQ(a.window.basket()->lines().size(), 2);
    EXPECT_EQ(a.window.basket()->unheldCount(), 1);
    a.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return a.window.heldSeats().size() == 2; }));
    EXPECT_EQ(a.window.basket()->holdId(), holdId);
    EXPECT_EQ(a.window.basket()->unheldCount(), 0);

    // A third one selected, then Pay: it joins the hold before the dialog opens (never left out).
    a.window.seatMap()->setSelectedSeatIds(seats);
    a.window.openPayment();
    ASSERT_TRUE(waitUntil([&] { return a.window.paymentDialog() != nullptr; }));
    EXPECT_EQ(a.window.heldSeats().size(), 3);
    EXPECT_EQ(a.window.paymentDialog()->amountDue(), a.window.basket()->total());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE hold_id = $1"), {holdId}), QStringLiteral("3"));
    a.window.paymentDialog()->reject();

    // Clear with held seats asks first: "no" keeps them held, "yes" releases them.
    QString asked;
    a.window.setQuestionHandlers([&](const QString &question) { asked = question; return false; },
                                 [](int) { return MainWindow::QuitChoice::Keep; });
    a.window.clearBasket();
    EXPECT_FALSE(asked.isEmpty());
    EXPECT_TRUE(a.window.basket()->isHeld());
    a.window.setQuestionHandlers([](const QString &) { return true; }, [](int) { return MainWindow::QuitChoice::Keep; });
    a.window.clearBasket();
    ASSERT_TRUE(waitUntil([&] { return !a.window.basket()->isHeld(); }));
    ASSERT_TRUE(waitUntil([&] {
        return scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE hold_id = $1"), {holdId}) == QLatin1String("0");
    }));
}

TEST_F(BoxOfficeTest, StartsWithoutItsServerAndSignsInByItselfWhenItIsBack)
{
    const QString show = showId(QStringLiteral("Studio"));
    QTemporaryDir dir;
    ClientOptions options;
    options.user = QStringLiteral("cashier");
    options.password = QStringLiteral("cashier");
    options.terminalId = QStringLiteral("T-A");
    options.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        // A day at work fills the terminal's cache.
        options.serverUrl = url().toString();
        BoxOfficeClient yesterday(options);
        ASSERT_TRUE(waitUntil([&] { return yesterday.connection()->isSignedIn() && yesterday.window()->showPicker()->show(show); }));
        yesterday.window()->selectShow(show);
        ASSERT_TRUE(waitUntil([&] { return yesterday.window()->seatMap()->seatCount() > 0 && !yesterday.window()->seatMap()->isStale(); }));
    }

    // Next start: nobody listens where the server should be.
    quint16 port = 0;
    {
        QTcpServer probe;
        ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    options.serverUrl = QStringLiteral("ws://127.0.0.1:%1").arg(port);
    BoxOfficeClient client(options);
    MainWindow *window = client.window();
    ConnectionBanner *banner = window->connectionBanner();
    // The shows as last seen, marked as such, and the map of one of them.
    ASSERT_NE(window->showPicker()->show(show), nullptr);
    EXPECT_TRUE(window->showPicker()->isStale());
    ASSERT_TRUE(waitUntil([&] { return banner->text().contains(QStringLiteral("Cannot reach ") + options.serverUrl); }, 5000))
        << banner->text().toStdString();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("retrying"))) << banner->text().toStdString();
    EXPECT_FALSE(client.signInDialog()->isModal());
    client.signInDialog()->reject(); // "Work offline"
    EXPECT_TRUE(window->isVisible());
    window->selectShow(show);
    EXPECT_GT(window->seatMap()->seatCount(), 0);
    EXPECT_TRUE(window->seatMap()->isStale());
    EXPECT_FALSE(client.connection()->isSignedIn());

    // The server comes up on that port: the terminal signs in by itself.
    ServerConfig config = baseConfig();
    config.port = port;
    auto server = startServer(config);
    ASSERT_TRUE(server);
    ASSERT_TRUE(waitUntil([&] { return client.connection()->isSignedIn(); }, 20000));
    EXPECT_EQ(client.connection()->session().user.name.isEmpty(), false);
    ASSERT_TRUE(waitUntil([&] { return banner->isHidden() && !window->showPicker()->isStale() && !window->seatMap()->isStale(); }))
        << banner->text().toStdString();
    EXPECT_EQ(window->connectionText(), QStringLiteral("Connected"));
}

TEST_F(BoxOfficeTest, JustTakenGoesWhenTheSeatsAreFreeAgainOrTheSelectionChanges)
{
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-A"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(a.openShow(show));
    TestTerminal *other = terminal(QStringLiteral("cashier2"));
    const QStringList seats = firstFree(a.window.seatMap(), 3);
    ASSERT_EQ(seats.size(), 3);
    a.window.seatMap()->setSelectedSeatIds({seats[0], seats[1]});

    HoldRequest hold;
    hold.showId = show;
    hold.seatIds = {seats[0]};
    auto held = other->call<HoldReply>(hold);
    ASSERT_TRUE(held) << held.error().toString().toStdString();
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->message().startsWith(QStringLiteral("Just taken by another terminal")); }));
    EXPECT_EQ(a.window.seatMap()->selectedSeatIds(), QStringList{seats[1]});

    // The other terminal lets go: the message is no longer true.
    ReleaseHoldRequest release;
    release.holdId = held->holdId;
    ASSERT_TRUE(other->call<ReleaseHoldReply>(release));
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->message().isEmpty(); }, 5000)) << a.window.basket()->message().toStdString();

    // Taken again; then the cashier picks other seats: the message has done its job.
    held = other->call<HoldReply>(hold);
    ASSERT_TRUE(held);
    a.window.seatMap()->setSelectedSeatIds({seats[0], seats[1]}); // not selectable: stays {seats[1]}
    hold.seatIds = {seats[1]};
    ASSERT_TRUE(other->call<HoldReply>(hold));
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->message().startsWith(QStringLiteral("Just taken by another terminal")); }));
    a.window.seatMap()->setSelectedSeatIds({seats[2]});
    EXPECT_TRUE(a.window.basket()->message().isEmpty()) << a.window.basket()->message().toStdString();
}

TEST_F(BoxOfficeTest, RestartNoticeAndTakeThePaymentFollowTheConnection)
{
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-A"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(a.openShow(show));
    a.window.seatMap()->setSelectedSeatIds(firstFree(a.window.seatMap(), 2));
    a.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));
    const QString takePayment = a.window.basket()->displayedMessage();
    ASSERT_TRUE(takePayment.contains(QStringLiteral("take the payment"))) << takePayment.toStdString();

    // The server restarts.
    const quint16 port = m_server->port();
    QSignalSpy stopped(m_server.get(), &SyncServer::stopped);
    m_server->shutdown(500);
    ASSERT_TRUE(waitUntil([&] { return a.window.statusBar()->currentMessage().contains(QStringLiteral("restarting")); }, 5000));
    QElapsedTimer noticed;
    noticed.start();
    ASSERT_TRUE(!stopped.isEmpty() || stopped.wait(5000));
    ASSERT_TRUE(waitUntil([&] { return !a.window.basket()->isOnline(); }, 5000));
    // Offline "take the payment" is not true: the basket warns instead.
    EXPECT_NE(a.window.basket()->displayedMessage(), takePayment);
    EXPECT_TRUE(a.window.basket()->displayedMessage().startsWith(QStringLiteral("Offline"))) << a.window.basket()->displayedMessage().toStdString();

    ServerConfig config = baseConfig();
    config.port = port;
    auto restarted = startServer(config);
    ASSERT_TRUE(restarted);
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isOnline(); }, 15000));
    // Connected again: the notice is over (long before its 10 s), and the basket says what to do.
    EXPECT_LT(noticed.elapsed(), 9000) << "too slow to tell a cleared notice from an expired one";
    EXPECT_EQ(a.window.statusBar()->currentMessage(), QString());
    EXPECT_EQ(a.window.basket()->displayedMessage(), takePayment);
    EXPECT_TRUE(a.window.basket()->isHeld());
}

TEST_F(BoxOfficeTest, AWholeSaleByKeyboardInUnderTenKeyPresses)
{
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-A"), url(), QStringLiteral("cashier"));
    a.window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&a.window));
    ASSERT_TRUE(a.openShow(show));
    // A fresh install: the header names the show's hall, whatever answered first.
    auto *title = a.window.findChild<QLabel *>(QStringLiteral("showTitle"));
    ASSERT_TRUE(waitUntil([&] { return title->text().contains(QStringLiteral("Studio")); }, 5000)) << title->text().toStdString();

    // Every key goes where the keyboard focus is, as it would for a cashier; they are counted.
    int presses = 0;
    const auto press = [&presses](Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        ++presses;
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        ASSERT_NE(target, nullptr);
        QTest::keyClick(target, key, modifiers);
    };
    // From the show picker's search box, with the show of the day selected:
    auto *search = a.window.showPicker()->findChild<QLineEdit *>(QStringLiteral("showSearch"));
    ASSERT_NE(search, nullptr);
    search->setFocus();
    press(Qt::Key_Return); // 1: open the selected show, on to its seat map
    ASSERT_NE(qobject_cast<SeatMapView *>(QApplication::focusWidget()), nullptr);
    press(Qt::Key_Space); // 2: the seat in the middle
    press(Qt::Key_Right); // 3
    press(Qt::Key_Space); // 4: and its neighbour
    ASSERT_EQ(a.window.basket()->lines().size(), 2);
    press(Qt::Key_H, Qt::AltModifier); // 5: hold
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));
    EXPECT_NE(qobject_cast<SeatMapView *>(QApplication::focusWidget()), nullptr) << "back on the map after the hold";

    // The payment dialog is modal: it is driven from inside its own event loop.
    QSignalSpy sold(&a.window, &MainWindow::saleCompleted);
    enum class Step { WaitForDialog, Card, Pay, Done, Finished } step = Step::WaitForDialog;
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
        switch (step) {
        case Step::WaitForDialog:
            if (dialog && QApplication::activeWindow() == dialog) { // keys reach the active window only
                press(Qt::Key_A, Qt::AltModifier); // 7: card
                step = Step::Card;
            }
            break;
        case Step::Card:
            if (dialog && dialog->mode() == PaymentDialog::Mode::Card) {
                press(Qt::Key_Return); // 8: pay
                step = Step::Pay;
            }
            break;
        case Step::Pay:
            if (dialog && dialog->state() == PaymentDialog::State::Succeeded) {
                press(Qt::Key_Return); // 9: done
                step = Step::Done;
            }
            break;
        case Step::Done:
            if (!dialog)
                step = Step::Finished;
            break;
        case Step::Finished:
            break;
        }
    });
    // A step that never comes must fail the test, not hang it inside the dialog's event loop.
    QTimer::singleShot(20000, &driver, [&] {
        if (auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget()))
            dialog->done(QDialog::Rejected);
    });
    driver.start();
    press(Qt::Key_P, Qt::AltModifier); // 6: pay
    ASSERT_TRUE(waitUntil([&] { return step == Step::Finished; }, 25000)) << "stuck at step " << int(step);
    driver.stop();
    EXPECT_EQ(sold.size(), 1);
    EXPECT_LT(presses, 10);
    std::cout << "keyboard-only sale of 2 seats: " << presses << " key presses\n";
    EXPECT_EQ(a.window.lastTickets().size(), 2);
    // (The main window becomes active again a moment after the dialog closed.)
    EXPECT_NE(qobject_cast<SeatMapView *>(a.window.focusWidget()), nullptr) << "back on the map after Done";

    // No ticket printer on this machine: the tickets went to PDF, and the basket says so.
    EXPECT_TRUE(QFileInfo::exists(a.window.lastTicketsPdf())) << a.window.lastTicketsPdf().toStdString();
    auto *message = a.window.basket()->findChild<QLabel *>(QStringLiteral("basketMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().contains(QStringLiteral("No ticket printer"))) << message->text().toStdString();
}

TEST_F(BoxOfficeTest, ConnectedButNotSignedInTheShowListSaysSoNotOffline)
{
    QTemporaryDir dir;
    ClientOptions options;
    options.user = QStringLiteral("cashier");
    options.password = QStringLiteral("cashier");
    options.terminalId = QStringLiteral("T-N");
    options.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    options.serverUrl = url().toString();
    {
        BoxOfficeClient before(options); // fills the cache
        ASSERT_TRUE(waitUntil([&] { return before.connection()->isSignedIn() && before.window()->showPicker()->showCount() > 0; }));
    }
    // The next start reaches the server, but nobody has signed in yet.
    options.user.clear();
    options.password.clear();
    BoxOfficeClient client(options);
    ASSERT_TRUE(waitUntil([&] { return client.connection()->state() == ServerConnection::State::Connected; }));
    ShowPicker *picker = client.window()->showPicker();
    ASSERT_TRUE(waitUntil([&] { return picker->statusText().startsWith(QStringLiteral("Not signed in")); }, 5000))
        << picker->statusText().toStdString();
    EXPECT_TRUE(picker->isStale());
}

TEST_F(BoxOfficeTest, SwitchingShowsNeverShowsThePreviousHallsSeats)
{
    BoxOffice a(QStringLiteral("T-S"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(a.openShow(showId(QStringLiteral("Cinema 1"))));
    const QString cinemaSeat = a.window.seatMap()->seatItems().first()->seatId();
    // The Studio's layout is not cached yet: until it arrives the map is empty, never the
    // Cinema's seats under the Studio's title (a cashier could pick seats of the wrong show).
    a.window.selectShow(showId(QStringLiteral("Studio")));
    EXPECT_EQ(a.window.seatMap()->seatItem(cinemaSeat), nullptr);
    ASSERT_TRUE(a.openShow(showId(QStringLiteral("Studio"))));
    EXPECT_EQ(a.window.seatMap()->seatItem(cinemaSeat), nullptr);
    EXPECT_EQ(a.window.seatMap()->seatCount(), 120);
}

// "Best N" chooses the best free seats side by side and holds them; with the venue's no-orphan
// rule on, a hold that leaves a single seat alone asks the cashier first: "no" holds nothing,
// "yes" holds the seats anyway (allowOrphans).
TEST_F(BoxOfficeTest, BestSeatsAreHeldTogetherAndAnOrphanWarningIsTheCashiersCall)
{
    ASSERT_EQ(scalar(QStringLiteral("UPDATE venues SET no_orphan_seats = true RETURNING no_orphan_seats")), QStringLiteral("t"));
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-BEST"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(a.openShow(show));
    const Layout &layout = a.window.seatMap()->seatLayout();

    a.window.bestCount()->setValue(4);
    ASSERT_TRUE(a.window.chooseBestSeats(a.window.bestCount()->value()));
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));
    const QStringList best = a.window.heldSeats();
    ASSERT_EQ(best.size(), 4);
    const Row *row = layout.findSeat(best.first()).row;
    for (const QString &seat : best)
        EXPECT_EQ(layout.findSeat(seat).row, row) << "all four in one row";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}),
              QStringLiteral("4"));
    a.window.setQuestionHandlers([](const QString &) { return true; }, [](int) { return MainWindow::QuitChoice::Keep; });
    a.window.clearBasket();
    ASSERT_TRUE(waitUntil([&] { return !a.window.basket()->isHeld(); }));

    // A row of plain seats: seats 2 and 3 leave seat 1 alone at the row's end.
    const Row *plain = nullptr;
    for (const Row &r : layout.sections.first().rows) {
        bool flagged = false;
        for (const Seat &s : r.seats)
            flagged = flagged || s.flags;
        if (!flagged && r.seats.size() >= 6 && &r != row) {
            plain = &r;
            break;
        }
    }
    ASSERT_TRUE(plain);
    const QStringList two {plain->seats[1].id, plain->seats[2].id};
    QString asked;
    a.window.setQuestionHandlers([&](const QString &question) { asked = question; return false; },
                                 [](int) { return MainWindow::QuitChoice::Keep; });
    a.window.seatMap()->setSelectedSeatIds(two);
    a.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return !asked.isEmpty(); }));
    EXPECT_TRUE(asked.contains(plain->seats[0].label)) << asked.toStdString();
    QTest::qWait(200);
    EXPECT_FALSE(a.window.basket()->isHeld());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}),
              QStringLiteral("0"));

    a.window.setQuestionHandlers([](const QString &) { return true; }, [](int) { return MainWindow::QuitChoice::Keep; });
    a.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));
    QStringList held = a.window.heldSeats();
    held.sort();
    QStringList expected = two;
    expected.sort();
    EXPECT_EQ(held, expected);
}

// The payment dialog's e-mail field: an address that is not one keeps Pay disabled and says so at
// the field; a good one goes with the sell request, with the language of the box office's screen,
// and the dialog says where the tickets went.
TEST_F(BoxOfficeTest, AnEmailTypedAtPaymentGoesWithTheSaleInTheScreensLanguage)
{
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-A"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(a.openShow(show));
    const QStringList seats = firstFree(a.window.seatMap(), 2);
    ASSERT_EQ(seats.size(), 2);
    a.window.seatMap()->setSelectedSeatIds(seats);
    a.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return a.window.basket()->isHeld(); }));

    QSignalSpy sold(&a.window, &MainWindow::saleCompleted);
    enum class Step { WaitForDialog, Typo, Pay, Done, Finished } step = Step::WaitForDialog;
    bool typoRefused = false;
    QString typoMessage;
    QString successDetail;
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget());
        auto *field = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("customerEmail")) : nullptr;
        auto *pay = dialog ? dialog->findChild<QPushButton *>(QStringLiteral("payButton")) : nullptr;
        switch (step) {
        case Step::WaitForDialog:
            if (dialog && field && pay) {
                dialog->setMode(PaymentDialog::Mode::Card);
                QTest::keyClicks(field, QStringLiteral("anna@example"));
                step = Step::Typo;
            }
            break;
        case Step::Typo: {
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("emailError"));
            typoRefused = !pay->isEnabled() && error && error->isVisible() && dialog->payments().isEmpty();
            typoMessage = error ? error->text() : QString();
            field->clear();
            QTest::keyClicks(field, QStringLiteral(" anna@example.org "));
            if (pay->isEnabled()) {
                pay->click();
                step = Step::Pay;
            }
            break;
        }
        case Step::Pay:
            if (dialog && dialog->state() == PaymentDialog::State::Succeeded) {
                successDetail = dialog->findChild<QLabel *>(QStringLiteral("bannerDetail"))->text();
                dialog->findChild<QPushButton *>(QStringLiteral("doneButton"))->click();
                step = Step::Done;
            }
            break;
        case Step::Done:
            if (!dialog)
                step = Step::Finished;
            break;
        case Step::Finished:
            break;
        }
    });
    QTimer::singleShot(20000, &driver, [&] {
        if (auto *dialog = qobject_cast<PaymentDialog *>(QApplication::activeModalWidget()))
            dialog->done(QDialog::Rejected);
    });
    driver.start();
    QMetaObject::invokeMethod(&a.window, [&a] { a.window.openPayment(); }, Qt::QueuedConnection);
    ASSERT_TRUE(waitUntil([&] { return step == Step::Finished; }, 25000)) << "stuck at step " << int(step);
    driver.stop();
    EXPECT_TRUE(typoRefused) << "a typo keeps Pay disabled and is said at the field";
    EXPECT_EQ(typoMessage, PaymentDialog::tr("This is not an e-mail address (name@example.org); correct it or leave the "
                                             "field empty."));
    ASSERT_EQ(sold.size(), 1);
    const QString sale = qvariant_cast<SellReply>(sold.first().first()).saleId;
    EXPECT_EQ(scalar(QStringLiteral("SELECT email || ' ' || language FROM sales WHERE id = $1"), {sale}),
              QStringLiteral("anna@example.org ") + uiLanguage());
    EXPECT_TRUE(successDetail.contains(PaymentDialog::tr("The tickets are on their way to %1.").arg(QStringLiteral("anna@example.org"))))
        << successDetail.toStdString();

    // Without an address: no e-mail and no language with the sale.
    const auto plain = sellSeats(a, 1, [](const Money &total) { return QList<Payment> { cashFor(total) }; });
    ASSERT_TRUE(plain);
    EXPECT_EQ(scalar(QStringLiteral("SELECT coalesce(email, '-') || ' ' || coalesce(language, '-') FROM sales WHERE id = $1"),
                     {plain->saleId}),
              QStringLiteral("- -"));
}
