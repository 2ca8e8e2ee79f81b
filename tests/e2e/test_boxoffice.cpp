// End to end: the real box-office window and its connection against a real marquee-server and
// PostgreSQL, over real WebSockets on loopback.
#include "basketwidget.h"
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
#include "ticketrenderer.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>

#include <iostream>

using namespace Marquee;
using namespace Marquee::Test;

namespace {


// One box office: a connection, a cache and the main window, signed in.
struct BoxOffice
{
    BoxOffice(const QString &terminal, const QUrl &url, const QString &user)
        : connection(terminal)
        , cache(QString())
        , window(&connection, &cache)
    {
        window.show();
        connection.open(url);
        connection.signIn(user, user, [this](const Result<SessionReply> &s) { signedIn = bool(s); });
    }

    bool openShow(const QString &showId)
    {
        if (!waitUntil([this] { return signedIn; }))
            return false;
        if (!waitUntil([&] { return window.showPicker()->show(showId) != nullptr; }))
            return false;
        window.selectShow(showId);
        // The map is ready when the layout is drawn and the server's state applied.
        return waitUntil([&] {
            const LiveShow *live = connection.show(showId);
            return window.seatMap()->seatCount() > 0 && live && live->version >= 0 && !window.seatMap()->isStale();
        });
    }

    ServerConnection connection;
    LocalCache cache;
    MainWindow window;
    bool signedIn = false;
};

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

QStringList firstFree(SeatMapScene *scene, int count)
{
    QStringList out;
    for (SeatItem *item : scene->seatItems()) {
        if (item->visualState() == SeatVisualState::Available && item->isSelectableByMe())
            out.append(item->seatId());
        if (out.size() == count)
            break;
    }
    return out;
}

} // namespace

TEST_F(BoxOfficeTest, ASaleOnOneTerminalAppearsOnTheOther)
{
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
