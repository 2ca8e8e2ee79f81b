// End to end: the real door window (`marquee --door`, DoorClient) against a real marquee-server
// and PostgreSQL over real WebSockets; tickets sold by a test terminal, scanned as a USB barcode
// scanner types them (key events into the scan field, then Enter).
#include "clientapp.h"
#include "connectionbanner.h"
#include "doorscanner.h"
#include "doorshows.h"
#include "doorwindow.h"
#include "faultproxy.h"
#include "formatting.h"
#include "serverconnection.h"
#include "serverfixture.h"
#include "signindialog.h"

#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtCore/QTimer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

class DoorTest : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8());
        QSettings().remove(QStringLiteral("door")); // no show remembered from another test
    }

    // A door as `marquee --door --server URL --user U --password U --terminal-id ID` starts it,
    // signed in, today's shows listed, admitting for `show`.
    std::unique_ptr<DoorClient> openDoor(const QString &terminalId, const QString &user, const std::optional<QString> &show,
                                         const QUrl &server = {})
    {
        ClientOptions options;
        options.serverUrl = (server.isEmpty() ? url() : server).toString();
        options.user = user;
        options.password = user;
        options.terminalId = terminalId;
        options.door = true;
        auto door = std::make_unique<DoorClient>(options);
        QObject::connect(door->connection(), &ServerConnection::undecodableFrame, door.get(), [](const QString &text, const Error &error) {
            ADD_FAILURE() << "the server sent a frame that does not decode: " << error.toString().toStdString() << "\n"
                          << text.left(2000).toStdString();
        });
        door->window()->scanner()->setRetryDelay(200);
        EXPECT_TRUE(waitUntil([&] { return door->connection()->isSignedIn() && door->window()->shows()->isLoaded(); }));
        EXPECT_TRUE(waitUntil([&] { return !door->signInDialog()->isVisible(); }));
        door->window()->setDoorShow(show);
        if (show) {
            EXPECT_TRUE(waitUntil([&] { return door->window()->shows()->count().has_value(); }));
        }
        door->window()->setSoundOn(false); // no beeps from the test machine; sounded() still says
        door->window()->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(door->window()));
        return door;
    }

    // Sells `count` seats of `show` from the `skip`th on; the tickets.
    QList<Ticket> sell(const QString &show, int count, int skip = 0)
    {
        if (!m_seller)
            m_seller = terminal(QStringLiteral("manager"));
        auto hold = m_seller->call<HoldReply>(holdOf(show, seatIds(show).mid(skip, count)));
        EXPECT_TRUE(hold) << hold.error().toString().toStdString();
        if (!hold)
            return {};
        SellRequest sell;
        sell.holdId = hold->holdId;
        sell.payments = {cash(hold->total.minorUnits(), hold->total.minorUnits())};
        auto sale = m_seller->call<SellReply>(sell);
        EXPECT_TRUE(sale) << sale.error().toString().toStdString();
        if (sale)
            m_sales.insert(sale->tickets.first().code, sale->saleId);
        return sale ? sale->tickets : QList<Ticket>{};
    }

    // Scans like a USB barcode scanner: the code's keys into whatever has the focus (the scan
    // field, always), then Enter; waits for the answer. The scan's number.
    int scan(DoorWindow *window, const QString &code)
    {
        QWidget *focus = QApplication::focusWidget();
        EXPECT_EQ(focus, window->scanField()) << "the scan field does not have the focus";
        if (!focus)
            focus = window->scanField();
        const int before = window->scanner()->scans().size();
        QTest::keyClicks(focus, code);
        QTest::keyClick(focus, Qt::Key_Return);
        EXPECT_EQ(window->scanner()->scans().size(), before + 1);
        const int number = window->scanner()->scans().isEmpty() ? 0 : window->scanner()->scans().last().number;
        // Cleared at once, ready for the next scan, and still with the focus.
        EXPECT_TRUE(window->scanField()->text().isEmpty());
        EXPECT_TRUE(waitUntil([&] {
            const DoorScan *s = window->scanner()->scanNumber(number);
            return s && s->outcome != DoorScan::Outcome::Waiting;
        }));
        EXPECT_EQ(window->shownScan(), number);
        EXPECT_EQ(QApplication::focusWidget(), window->scanField());
        return number;
    }

    // The venue's wall clock (the demo venue is in Berlin), as the door shows times of today.
    static QString berlinTime(const QDateTime &moment)
    {
        return formatTime(moment.toTimeZone(QTimeZone("Europe/Berlin")).time());
    }

    QTemporaryDir m_home;
    TestTerminal *m_seller = nullptr;
    QHash<QString, QString> m_sales; // first ticket code -> sale id
};

} // namespace

TEST_F(DoorTest, ATicketIsAdmittedOnceAndTheSecondScanIsRefusedWithTheTime)
{
    const QString show = showId();
    const QList<Ticket> tickets = sell(show, 2);
    ASSERT_EQ(tickets.size(), 2);
    auto door = openDoor(QStringLiteral("door-1"), QStringLiteral("cashier"), show);
    DoorWindow *window = door->window();
    EXPECT_EQ(window->countText(), QStringLiteral("0 of 2 admitted"));
    QSignalSpy sounds(window, &DoorWindow::sounded);

    // A scanner sends the code with stray whitespace now and then.
    const int first = scan(window, QStringLiteral("  ") + tickets[0].code + QStringLiteral(" "));
    ASSERT_EQ(window->look(), DoorWindow::Look::Admit) << window->headline().toStdString() << " " << window->placeText().toStdString();
    EXPECT_EQ(window->headline(), QStringLiteral("Admit"));
    ASSERT_TRUE(window->scanner()->scanNumber(first));
    const DoorScan scanned = *window->scanner()->scanNumber(first); // a copy: later scans move the list
    const DoorScan *admitted = &scanned;
    ASSERT_TRUE(admitted->ticket && admitted->ticket->place);
    EXPECT_EQ(admitted->code, tickets[0].code);
    EXPECT_EQ(window->placeText(), QStringLiteral("Row %1, seat %2").arg(admitted->ticket->place->row, admitted->ticket->place->seat));
    EXPECT_TRUE(window->placeText().startsWith(QStringLiteral("Row "))) << window->placeText().toStdString();
    EXPECT_TRUE(window->detailText().contains(QStringLiteral("Adult"))) << window->detailText().toStdString();
    EXPECT_TRUE(window->detailText().contains(admitted->ticket->place->section)) << window->detailText().toStdString();
    ASSERT_EQ(sounds.size(), 1);
    EXPECT_EQ(sounds.takeFirst().at(0).toInt(), 1);
    EXPECT_TRUE(waitUntil([&] { return window->countText() == QStringLiteral("1 of 2 admitted"); }))
        << window->countText().toStdString();
    ASSERT_TRUE(admitted->ticket->admittedAt);
    const QDateTime admittedAt = *admitted->ticket->admittedAt;

    // The same ticket again: red, when and at which door.
    scan(window, tickets[0].code);
    EXPECT_EQ(window->look(), DoorWindow::Look::Refused);
    EXPECT_EQ(window->headline(), QStringLiteral("Already admitted"));
    EXPECT_EQ(window->placeText(), QStringLiteral("at %1 (door-1)").arg(berlinTime(admittedAt)));
    ASSERT_EQ(sounds.size(), 1);
    EXPECT_EQ(sounds.takeFirst().at(0).toInt(), 3);
    EXPECT_EQ(window->countText(), QStringLiteral("1 of 2 admitted"));
    // The list of recent scans has both, the latest first.
    ASSERT_EQ(window->recentCount(), 2);
    EXPECT_TRUE(window->recentText(0).contains(QStringLiteral("already admitted at ") + berlinTime(admittedAt)))
        << window->recentText(0).toStdString();
    EXPECT_TRUE(window->recentText(1).contains(QStringLiteral("admitted, row "))) << window->recentText(1).toStdString();
    // Scanned at the venue's time too (the door's clock may be in another zone).
    EXPECT_TRUE(window->recentText(1).startsWith(berlinTime(admitted->scannedAt))) << window->recentText(1).toStdString();
}

TEST_F(DoorTest, RefundedOtherShowsAndUnknownTicketsAreRefused)
{
    const QString show = showId();
    const QString other = showId(QStringLiteral("Grand Hall"));
    const QList<Ticket> mine = sell(show, 2);
    const QList<Ticket> theirs = sell(other, 1);
    ASSERT_EQ(mine.size(), 2);
    ASSERT_EQ(theirs.size(), 1);
    RefundRequest refund;
    refund.saleId = m_sales.value(mine[0].code);
    refund.ticketIds = QStringList{mine[1].id};
    refund.reason = QStringLiteral("could not come");
    ASSERT_TRUE(m_seller->call<RefundReply>(refund));
    const QDateTime otherStart = QDateTime::fromSecsSinceEpoch(
        scalar(QStringLiteral("SELECT extract(epoch FROM starts_at)::bigint FROM shows WHERE id = $1"), {other}).toLongLong());
    const QString otherTitle = scalar(QStringLiteral("SELECT title FROM shows WHERE id = $1"), {other});

    auto door = openDoor(QStringLiteral("door-2"), QStringLiteral("manager"), show);
    DoorWindow *window = door->window();
    QSignalSpy sounds(window, &DoorWindow::sounded);

    scan(window, mine[1].code);
    EXPECT_EQ(window->look(), DoorWindow::Look::Refused);
    EXPECT_EQ(window->headline(), QStringLiteral("Refunded"));

    scan(window, theirs[0].code);
    EXPECT_EQ(window->look(), DoorWindow::Look::Refused);
    EXPECT_EQ(window->headline(), QStringLiteral("Wrong show"));
    EXPECT_EQ(window->placeText(), QStringLiteral("%1 at %2").arg(otherTitle, berlinTime(otherStart)));

    scan(window, QStringLiteral("NOSUCHTICKET42"));
    EXPECT_EQ(window->look(), DoorWindow::Look::Refused);
    EXPECT_EQ(window->headline(), QStringLiteral("Unknown ticket"));
    EXPECT_EQ(window->placeText(), QStringLiteral("No ticket has this code."));

    // Not something a ticket carries: refused here, never sent.
    const int junk = scan(window, QStringLiteral("http://example.com/?x=1"));
    EXPECT_EQ(window->headline(), QStringLiteral("Unknown ticket"));
    EXPECT_EQ(window->placeText(), QStringLiteral("Not a ticket code"));
    EXPECT_TRUE(window->scanner()->scanNumber(junk)->requestId.isEmpty());

    // The good ticket still goes in after all that.
    scan(window, mine[0].code);
    EXPECT_EQ(window->look(), DoorWindow::Look::Admit);
    ASSERT_EQ(sounds.size(), 5);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(sounds.at(i).at(0).toInt(), 3);
    EXPECT_EQ(sounds.at(4).at(0).toInt(), 1);
}

TEST_F(DoorTest, TheCountIsPushedToASecondDoorWatchingTheSameShow)
{
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QList<Ticket> tickets = sell(show, 3);
    ASSERT_EQ(tickets.size(), 3);
    auto front = openDoor(QStringLiteral("door-front"), QStringLiteral("cashier"), show);
    auto side = openDoor(QStringLiteral("door-side"), QStringLiteral("cashier2"), show);
    EXPECT_EQ(side->window()->countText(), QStringLiteral("0 of 3 admitted"));

    front->window()->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(front->window()));
    scan(front->window(), tickets[0].code);
    ASSERT_EQ(front->window()->look(), DoorWindow::Look::Admit) << front->window()->placeText().toStdString();
    scan(front->window(), tickets[1].code);
    ASSERT_EQ(front->window()->look(), DoorWindow::Look::Admit);
    // The side door scanned nothing and counts them anyway.
    EXPECT_TRUE(waitUntil([&] { return side->window()->countText() == QStringLiteral("2 of 3 admitted"); }, 5000))
        << side->window()->countText().toStdString();
    EXPECT_TRUE(side->window()->scanner()->scans().isEmpty());
    EXPECT_EQ(side->window()->look(), DoorWindow::Look::Ready);

    // The side door refuses the front door's ticket, naming the front door.
    side->window()->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(side->window()));
    scan(side->window(), tickets[0].code);
    EXPECT_EQ(side->window()->headline(), QStringLiteral("Already admitted"));
    EXPECT_TRUE(side->window()->placeText().endsWith(QStringLiteral("(door-front)"))) << side->window()->placeText().toStdString();
}

TEST_F(DoorTest, AnyShowOfTheDayAndAScanWhileOfflineGoesWhenTheServerIsBack)
{
    const QString show = showId(QStringLiteral("Studio"));
    const QList<Ticket> tickets = sell(show, 1);
    ASSERT_EQ(tickets.size(), 1);
    auto door = openDoor(QStringLiteral("door-3"), QStringLiteral("admin"), std::nullopt);
    DoorWindow *window = door->window();
    EXPECT_FALSE(window->doorShow());
    EXPECT_EQ(window->showChooser()->currentIndex(), 0); // "Any show today"
    EXPECT_GT(window->showChooser()->count(), 1);
    EXPECT_TRUE(waitUntil([&] { return window->countText().endsWith(QStringLiteral(" admitted today")); }))
        << window->countText().toStdString();

    // The connection drops; the usher scans anyway.
    door->connection()->dropConnection();
    ASSERT_TRUE(waitUntil([&] { return door->connection()->state() != ServerConnection::State::Connected; }, 3000));
    QTest::keyClicks(window->scanField(), tickets[0].code);
    QTest::keyClick(window->scanField(), Qt::Key_Return);
    EXPECT_TRUE(window->scanField()->text().isEmpty());
    EXPECT_EQ(window->look(), DoorWindow::Look::Waiting);
    EXPECT_TRUE(window->banner()->isVisibleTo(window));
    // Back by itself; the scan went and the answer shows.
    ASSERT_TRUE(waitUntil([&] { return window->look() == DoorWindow::Look::Admit; })) << window->headline().toStdString();
    EXPECT_EQ(window->scanner()->waiting(), 0);
    EXPECT_EQ(window->scanner()->scans().last().attempts, 1);
}

TEST_F(DoorTest, AScanWhoseAnswerIsLostIsSentAgainUnderItsIdAndAdmitsOnce)
{
    const QString show = showId(QStringLiteral("Grand Hall"));
    const QList<Ticket> tickets = sell(show, 1);
    ASSERT_EQ(tickets.size(), 1);
    FaultProxy proxy;
    ASSERT_TRUE(proxy.listen(url().port()));
    auto door = openDoor(QStringLiteral("door-lossy"), QStringLiteral("cashier"), show,
                         QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(proxy.port())));
    DoorWindow *window = door->window();

    // The scan reaches the server, which admits the ticket; its answer is lost with the connection.
    proxy.setDroppingAnswers(true);
    QTest::keyClicks(window->scanField(), tickets[0].code);
    QTest::keyClick(window->scanField(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return proxy.answersDropped() >= 1; }, 5000));
    const QString requestId = window->scanner()->scans().last().requestId;
    proxy.pass();
    // Sent again under the same id when the connection is back: the first answer, Admit (a new
    // id would have been refused as admitted before, at this very door).
    ASSERT_TRUE(waitUntil([&] { return window->look() != DoorWindow::Look::Waiting; })) << window->headline().toStdString();
    EXPECT_EQ(window->look(), DoorWindow::Look::Admit) << window->headline().toStdString() << " " << window->placeText().toStdString();
    EXPECT_EQ(window->scanner()->scans().last().requestId, requestId);
    EXPECT_GE(proxy.accepted(), 2); // it did reconnect
    // Admitted once.
    TestTerminal *other = terminal(QStringLiteral("manager"));
    auto count = other->call<ShowAdmissionsReply>(ShowAdmissionsRequest{show});
    ASSERT_TRUE(count) << count.error().toString().toStdString();
    EXPECT_EQ(count->count.admitted, 1);
    const std::optional<ErrorMessage> again = errorIn(other->waitReply(other->send(VerifyTicketRequest{tickets[0].code, true, show})));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->code, ErrorCode::AlreadyAdmitted);
    auto described = VerifyTicketReply::fromJson(again->details);
    ASSERT_TRUE(described);
    EXPECT_EQ(described->admittedBy, QStringLiteral("door-lossy"));
}

TEST_F(DoorTest, AKioskAccountIsRefusedWithAClearMessage)
{
    QString said;
    // The refusal is a message box on top of the door; read it and close it.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    poll.start(20);
    ClientOptions options;
    options.serverUrl = url().toString();
    options.user = QStringLiteral("kiosk");
    options.password = QStringLiteral("kiosk");
    options.terminalId = QStringLiteral("door-k");
    DoorClient door(options);
    ASSERT_TRUE(waitUntil([&] { return !said.isEmpty(); })) << "no message";
    EXPECT_TRUE(said.startsWith(QStringLiteral("The door is for ushers signed in as a cashier, manager or admin; ")))
        << said.toStdString();
    EXPECT_TRUE(said.endsWith(QStringLiteral(" is a kiosk."))) << said.toStdString();
    EXPECT_TRUE(waitUntil([&] { return !door.connection()->isSignedIn() && door.signInDialog()->isVisible(); }));
    EXPECT_FALSE(door.window()->shows()->isLoaded());
}
