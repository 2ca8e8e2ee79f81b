// End to end: the real box-office window and its connection against a real marquee-server and
// PostgreSQL, over real WebSockets on loopback.
#include "basketwidget.h"
#include "clientapp.h"
#include "connectionbanner.h"
#include "localcache.h"
#include "mainwindow.h"
#include "salesdialog.h"
#include "seatitem.h"
#include "seatmapscene.h"
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
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QStatusBar>

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
