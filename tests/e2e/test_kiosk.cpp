// End to end: the real kiosk window and its connection against a real marquee-server and
// PostgreSQL, tapped through with mouse events on its own widgets, as a customer would.
#include "bestavailable.h"
#include "clientapp.h"
#include "formatting.h"
#include "faultproxy.h"
#include "kioskexitdialog.h"
#include "kioskidlewatch.h"
#include "kiosksale.h"
#include "kiosksettings.h"
#include "kioskwindow.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "seatmapview.h"
#include "serverconnection.h"
#include "serverfixture.h"
#include "ticketoutput.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtPrintSupport/QPrinter>
#include <QtGui/QMouseEvent>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFrame>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollBar>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

// One kiosk: its connection and window, signed in as the demo kiosk user; every tap counted.
struct Kiosk
{
    Kiosk(const QUrl &url, const KioskSettings &settings, QSize size = QSize(1920, 1080))
        : connection(settings.terminalId)
        , window(&connection, settings)
    {
        QObject::connect(&connection, &ServerConnection::undecodableFrame, &connection, [](const QString &text, const Error &error) {
            ADD_FAILURE() << "the server sent a frame that does not decode: " << error.toString().toStdString() << "\n"
                          << text.left(2000).toStdString();
        });
        connection.setDrawer(false);
        window.resize(size);
        window.show();
        connection.open(url);
        connection.signIn(settings.user, settings.password, [](const Result<SessionReply> &) {});
    }

    QPushButton *button(const QString &name) const { return window.findChild<QPushButton *>(name); }

    // A tap on a button, as a finger would (press and release inside it).
    bool tap(const QString &name)
    {
        QPushButton *b = button(name);
        if (!b || !b->isVisible() || !b->isEnabled()) {
            ADD_FAILURE() << "cannot tap " << name.toStdString() << (b ? " (hidden or disabled)" : " (no such button)");
            return false;
        }
        ++taps;
        QTest::mouseClick(b, Qt::LeftButton);
        return true;
    }

    bool tapSeat(const QString &seatId)
    {
        SeatItem *item = window.seatMap()->seatItem(seatId);
        if (!item)
            return false;
        SeatMapView *view = window.seatView();
        const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
        if (view->seatAt(at) != item) {
            ADD_FAILURE() << "seat " << seatId.toStdString() << " is not where it is drawn";
            return false;
        }
        ++taps;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        return true;
    }

    bool waitPage(KioskWindow::Page page, int ms = 10000)
    {
        return waitUntil([&] { return window.page() == page; }, ms);
    }

    // Idle to the seat map with the best seats held: film, time, "Choose seats" (2 of the default).
    // The film buttons exist before the first show list has arrived (hidden, disabled).
    bool waitForFilms()
    {
        return waitUntil([&] {
            const QPushButton *film = button(QStringLiteral("film-0"));
            return window.isAvailable() && film && film->isVisible() && film->isEnabled();
        });
    }

    bool toSeats()
    {
        if (!waitForFilms())
            return false;
        if (!tap(QStringLiteral("film-0")) || !waitPage(KioskWindow::Page::Times))
            return false;
        if (!tap(QStringLiteral("time-0")) || !waitPage(KioskWindow::Page::Tickets))
            return false;
        // The venue's ticket types (Adult first): the default count sits on Adult.
        if (!waitUntil([&] {
                const auto labels = window.findChildren<QLabel *>();
                return std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == QLatin1String("Adult"); });
            }))
            return false;
        if (!tap(QStringLiteral("chooseSeats")) || !waitPage(KioskWindow::Page::Seats))
            return false;
        return waitUntil([&] {
            return window.sale()->state() == KioskSale::State::Held && window.sale()->heldSeats().size() == 2;
        });
    }

    ServerConnection connection;
    KioskWindow window;
    int taps = 0;
};

KioskSettings settingsFor(const QString &terminal)
{
    KioskSettings settings;
    settings.user = QStringLiteral("kiosk");
    settings.password = QStringLiteral("kiosk");
    settings.terminalId = terminal;
    settings.defaultLanguage = QStringLiteral("en");
    return settings;
}

class KioskTest : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.path().toUtf8()); // the client's config file (QSettings)
        QStandardPaths::setTestModeEnabled(true);
    }

    // The show a customer means by "the next show": the first that has not begun, as the kiosk
    // lists them.
    QString nextShow()
    {
        return scalar(QStringLiteral("SELECT id FROM shows WHERE starts_at > now() AND status NOT IN ('cancelled', 'sales_closed')"
                                     " ORDER BY starts_at, id LIMIT 1"));
    }

    QString seatStatus(const QString &show, const QString &seat)
    {
        return scalar(QStringLiteral("SELECT status FROM show_seats WHERE show_id = $1 AND seat_id = $2"), {show, seat});
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(KioskTest, TwoAdultsForTheNextShowInFiveTouchesWithTheBestSeatsHeld)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-1")));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.isAvailable() && !kiosk.window.shows().isEmpty(); }));
    const QString show = nextShow();
    ASSERT_EQ(kiosk.window.shows().constFirst().id, show) << "the kiosk's first show is not the next one";
    ASSERT_TRUE(kiosk.toSeats());
    EXPECT_EQ(kiosk.window.sale()->showId(), show);

    // The seats held are the best available ones, as the shared plan finds them on the map the
    // kiosk shows (its own held seats count as free).
    const QStringList held = kiosk.window.sale()->heldSeats();
    EXPECT_EQ(kiosk.window.proposedSeats(), held);
    const SeatingPlan plan(kiosk.window.seatMap()->seatLayout());
    std::vector<bool> free(size_t(plan.size()));
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const SeatItem *item = kiosk.window.seatMap()->seatItem(plan.seatId(i));
        free[size_t(i)] = item && item->isSelectableByMe();
    }
    BestSeatsRequest two;
    two.count = 2;
    QStringList best = plan.best(free, two).seatIds;
    QStringList sortedHeld = held;
    best.sort();
    sortedHeld.sort();
    EXPECT_EQ(sortedHeld, best);
    // Held on the server, by this kiosk, and drawn as the customer's own.
    for (const QString &seat : held) {
        EXPECT_EQ(seatStatus(show, seat), QStringLiteral("held")) << seat.toStdString();
        EXPECT_EQ(kiosk.window.seatMap()->seatState(seat), SeatVisualState::HeldByMe);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT terminal_id FROM holds WHERE status = 'active' AND show_id = $1"), {show}),
              QStringLiteral("kiosk-1"));

    ASSERT_TRUE(kiosk.tap(QStringLiteral("toPayment")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Payment));
    // One big button with the amount on it: the hold's total as the server priced it.
    const Money total = kiosk.window.sale()->total();
    EXPECT_EQ(QString::number(total.minorUnits()),
              scalar(QStringLiteral("SELECT sum(s.amount) FROM show_prices s JOIN show_seats x ON x.show_id = s.show_id AND x.category = s.category"
                                    " WHERE x.show_id = $1 AND x.seat_id = ANY($2::text[])"),
                     {show, u'{' + held.join(u',') + u'}'}));
    EXPECT_TRUE(kiosk.button(QStringLiteral("payByCard"))->text().contains(formatMoney(total)))
        << kiosk.button(QStringLiteral("payByCard"))->text().toStdString();
    ASSERT_TRUE(kiosk.tap(QStringLiteral("payByCard")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Done, 15000)) << kiosk.window.message().toStdString();

    // Five touches from idle to the sale, counted by the test and by the kiosk itself.
    EXPECT_LE(kiosk.taps, 5);
    EXPECT_LE(kiosk.window.touches(), 5);
    EXPECT_GE(kiosk.window.touches(), kiosk.taps);

    // The sale on the server: two Adult tickets for those seats, paid by card, by the kiosk.
    const QString sale = kiosk.window.sale()->sale().saleId;
    ASSERT_FALSE(sale.isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE sale_id = $1 AND ticket_type_name = 'Adult'"), {sale}),
              QStringLiteral("2"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(method, ',') FROM payments WHERE sale_id = $1"), {sale}), QStringLiteral("card"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT terminal_id FROM sales WHERE id = $1"), {sale}), QStringLiteral("kiosk-1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT total FROM sales WHERE id = $1"), {sale}), QString::number(total.minorUnits()));
    for (const QString &seat : held)
        EXPECT_EQ(seatStatus(show, seat), QStringLiteral("sold")) << seat.toStdString();

    // No printer configured: the tickets are on the screen as QR codes to photograph.
    EXPECT_FALSE(kiosk.window.lastTicketsPrinted());
    EXPECT_EQ(kiosk.window.lastTickets().size(), 2);
    EXPECT_EQ(kiosk.window.findChildren<QLabel *>(QStringLiteral("ticketImage")).size(), 2);
    ASSERT_TRUE(kiosk.tap(QStringLiteral("doneButton")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Idle));
}

// "E-mail my tickets": a typo is said at the field and sells nothing; the address then goes with
// the sale, in the customer's language, and the done screen says where the tickets went. The next
// customer never sees it.
TEST_F(KioskTest, EmailMyTicketsSendsTheAddressAndTheCustomersLanguageWithTheSale)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-7")));
    ASSERT_TRUE(kiosk.toSeats());
    ASSERT_TRUE(kiosk.tap(QStringLiteral("language-de")));
    ASSERT_TRUE(kiosk.tap(QStringLiteral("toPayment")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Payment));
    auto *field = kiosk.window.findChild<QLineEdit *>(QStringLiteral("customerEmail"));
    ASSERT_TRUE(field);
    EXPECT_TRUE(field->isVisible());
    EXPECT_GE(field->height(), kiosk.window.style().minimumTarget()) << "a field a finger can hit";
    EXPECT_TRUE(field->text().isEmpty());
    const QString before = scalar(QStringLiteral("SELECT count(*) FROM sales"));

    // A typo: said at the field (in German), nothing sold, the seats still held.
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("anna.example.org"));
    ASSERT_TRUE(kiosk.tap(QStringLiteral("payByCard")));
    auto *message = kiosk.window.findChild<QLabel *>(QStringLiteral("emailMessage"));
    ASSERT_TRUE(message);
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(), QCoreApplication::translate("Marquee::KioskWindow",
                                                           "This is not an e-mail address. Please check it, or leave "
                                                           "the field empty."));
    EXPECT_TRUE(message->text().contains(QStringLiteral("E-Mail"))) << message->text().toStdString();
    EXPECT_EQ(kiosk.window.page(), KioskWindow::Page::Payment);
    EXPECT_EQ(kiosk.window.sale()->state(), KioskSale::State::Held);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales")), before);
    // MARQUEE_SHOTS_DIR=/tmp/x: pictures of the field with its complaint and of the done screen.
    const QString shots = qEnvironmentVariable("MARQUEE_SHOTS_DIR");
    if (!shots.isEmpty())
        kiosk.window.grab().save(QDir(shots).filePath(QStringLiteral("kiosk-email-typo-de.png")));

    // Corrected: paid, and the sale carries the address and the customer's language.
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("anna@example.org"));
    EXPECT_FALSE(message->isVisible()) << "typing again clears the complaint";
    ASSERT_TRUE(kiosk.tap(QStringLiteral("payByCard")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Done, 15000)) << kiosk.window.message().toStdString();
    const QString sale = kiosk.window.sale()->sale().saleId;
    ASSERT_FALSE(sale.isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT email || ' ' || language FROM sales WHERE id = $1"), {sale}),
              QStringLiteral("anna@example.org de"));
    EXPECT_EQ(kiosk.window.lastEmail(), QStringLiteral("anna@example.org"));
    EXPECT_EQ(kiosk.window.doneEmailText(),
              QCoreApplication::translate("Marquee::KioskWindow", "Your tickets are on their way to %1.")
                  .arg(QStringLiteral("anna@example.org")));
    EXPECT_TRUE(kiosk.window.doneEmailText().contains(QStringLiteral("anna@example.org")));
    EXPECT_NE(kiosk.window.doneEmailText(), QStringLiteral("Your tickets are on their way to anna@example.org."))
        << "said in the customer's language";
    if (!shots.isEmpty())
        kiosk.window.grab().save(QDir(shots).filePath(QStringLiteral("kiosk-email-done-de.png")));

    // The next customer: an empty field, and a sale without an address has none (nor a language).
    ASSERT_TRUE(kiosk.tap(QStringLiteral("doneButton")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Idle));
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_TRUE(kiosk.window.lastEmail().isEmpty());
    ASSERT_TRUE(kiosk.toSeats());
    ASSERT_TRUE(kiosk.tap(QStringLiteral("toPayment")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Payment));
    EXPECT_TRUE(field->text().isEmpty());
    ASSERT_TRUE(kiosk.tap(QStringLiteral("payByCard")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Done, 15000)) << kiosk.window.message().toStdString();
    const QString second = kiosk.window.sale()->sale().saleId;
    EXPECT_EQ(scalar(QStringLiteral("SELECT coalesce(email, '-') || ' ' || coalesce(language, '-') FROM sales WHERE id = $1"),
                     {second}),
              QStringLiteral("- -"));
    EXPECT_TRUE(kiosk.window.doneEmailText().isEmpty());
}

TEST_F(KioskTest, TappingSeatsMovesTheHoldAndAWheelchairSpaceTakesItsCompanion)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-2")));
    ASSERT_TRUE(kiosk.toSeats());
    const QString show = kiosk.window.sale()->showId();
    const QStringList before = kiosk.window.sale()->heldSeats();

    // Giving one seat back, then taking a free one elsewhere.
    ASSERT_TRUE(kiosk.tapSeat(before.constFirst()));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.sale()->heldSeats().size() == 1 && !kiosk.window.sale()->isBusy(); }));
    EXPECT_FALSE(kiosk.button(QStringLiteral("toPayment"))->isEnabled());
    ASSERT_TRUE(waitUntil([&] { return seatStatus(show, before.constFirst()) == QLatin1String("available"); }));
    QString other;
    for (SeatItem *item : kiosk.window.seatMap()->seatItems()) {
        if (item->visualState() == SeatVisualState::Available && item->isSelectableByMe() && !item->seat().flags
            && !before.contains(item->seatId())) {
            other = item->seatId();
            break;
        }
    }
    ASSERT_FALSE(other.isEmpty());
    ASSERT_TRUE(kiosk.tapSeat(other));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.sale()->heldSeats().size() == 2 && kiosk.window.sale()->heldSeats().contains(other); }));
    EXPECT_EQ(seatStatus(show, other), QStringLiteral("held"));
    EXPECT_TRUE(kiosk.button(QStringLiteral("toPayment"))->isEnabled());

    // A wheelchair space with a free companion seat: one tap takes both, in place of the two.
    QString wheelchair, companion;
    const Layout &layout = kiosk.window.seatMap()->seatLayout();
    layout.forEachSeat([&](const Section &, const Row &row, const Seat &seat) {
        if (!wheelchair.isEmpty() || !seat.flags.testFlag(SeatFlag::Wheelchair))
            return;
        for (const Seat &s : row.seats) {
            if (s.flags.testFlag(SeatFlag::Companion) && std::abs(row.seats.indexOf(s) - row.seats.indexOf(seat)) == 1) {
                wheelchair = seat.id;
                companion = s.id;
            }
        }
    });
    if (wheelchair.isEmpty())
        GTEST_FAIL() << "the demo layout of the next show has no wheelchair space with a companion seat";
    ASSERT_TRUE(kiosk.tapSeat(wheelchair));
    ASSERT_TRUE(waitUntil([&] {
        const QStringList held = kiosk.window.sale()->heldSeats();
        return held.size() == 2 && held.contains(wheelchair) && held.contains(companion) && !kiosk.window.sale()->isBusy();
    })) << kiosk.window.sale()->heldSeats().join(u',').toStdString();
    EXPECT_EQ(seatStatus(show, wheelchair), QStringLiteral("held"));
    EXPECT_EQ(seatStatus(show, companion), QStringLiteral("held"));
    EXPECT_EQ(seatStatus(show, other), QStringLiteral("available"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}), QStringLiteral("2"));
}

TEST_F(KioskTest, TheIdleResetWarnsThenReleasesTheHolds)
{
    KioskSettings settings = settingsFor(QStringLiteral("kiosk-3"));
    settings.idleSeconds = 2;
    settings.warningSeconds = 2;
    Kiosk kiosk(url(), settings);
    ASSERT_TRUE(kiosk.toSeats());
    const QString show = kiosk.window.sale()->showId();
    const QStringList held = kiosk.window.sale()->heldSeats();
    auto *warning = kiosk.window.findChild<QFrame *>(QStringLiteral("idleWarning"));
    ASSERT_TRUE(warning);

    // "Still there?" with a countdown; "Continue" keeps the customer's seats.
    ASSERT_TRUE(waitUntil([&] { return warning->isVisible(); }, 5000));
    EXPECT_TRUE(kiosk.window.findChild<QLabel *>(QStringLiteral("warningCountdown"))->text().contains(QStringLiteral("second")));
    ASSERT_TRUE(kiosk.tap(QStringLiteral("continue")));
    EXPECT_FALSE(warning->isVisible());
    EXPECT_EQ(kiosk.window.page(), KioskWindow::Page::Seats);
    EXPECT_EQ(kiosk.window.sale()->heldSeats(), held);

    // Nobody answers the next warning: back to idle, the seats free again on the server.
    ASSERT_TRUE(waitUntil([&] { return warning->isVisible(); }, 5000));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Idle, 5000));
    EXPECT_FALSE(warning->isVisible());
    ASSERT_TRUE(waitUntil([&] {
        return scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}) == QLatin1String("0");
    }));
    for (const QString &seat : held)
        EXPECT_EQ(seatStatus(show, seat), QStringLiteral("available"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds WHERE show_id = $1 AND status = 'released'"), {show}), QStringLiteral("1"));
}

TEST_F(KioskTest, ALostConnectionMidPathShowsUnavailableAndSellsNothing)
{
    FaultProxy proxy;
    ASSERT_TRUE(proxy.listen(quint16(m_server->port())));
    Kiosk kiosk(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(proxy.port())), settingsFor(QStringLiteral("kiosk-4")));
    kiosk.connection.setKeepAlive(500, 1500);
    ASSERT_TRUE(kiosk.toSeats());
    const QString show = kiosk.window.sale()->showId();
    ASSERT_TRUE(kiosk.tap(QStringLiteral("toPayment")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Payment));

    // The network goes before the customer pays.
    proxy.setRefusing(true);
    proxy.cutAll();
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Idle));
    EXPECT_FALSE(kiosk.window.isAvailable());
    EXPECT_TRUE(kiosk.window.idleText().contains(QStringLiteral("Temporarily unavailable"))) << kiosk.window.idleText().toStdString();
    EXPECT_FALSE(kiosk.button(QStringLiteral("film-0")) && kiosk.button(QStringLiteral("film-0"))->isVisible());

    // Nothing was sold; once the network is back, the kiosk resumes by itself and the seats it
    // held are released (the release waited for the connection).
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales WHERE show_id = $1"), {show}), QStringLiteral("0"));
    proxy.setRefusing(false);
    proxy.pass();
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.isAvailable(); }, 20000));
    ASSERT_TRUE(waitUntil([&] {
        return scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}) == QLatin1String("0");
    }, 10000));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales WHERE show_id = $1"), {show}), QStringLiteral("0"));
    EXPECT_EQ(kiosk.window.page(), KioskWindow::Page::Idle);
}

TEST_F(KioskTest, LeavingKioskModeTakesTheRightPinOrAManager)
{
    KioskSettings settings = settingsFor(QStringLiteral("kiosk-5"));
    settings.exitPinHash = KioskSettings::hashPin(QStringLiteral("2468"));
    EXPECT_NE(settings.exitPinHash, QStringLiteral("2468")); // only the hash is kept
    EXPECT_EQ(settings.exitPinHash.size(), 64);
    Kiosk kiosk(url(), settings);
    QSignalSpy exits(&kiosk.window, &KioskWindow::exitRequested);
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.isAvailable(); }));

    // Four taps in the corner do nothing; the fifth opens the staff dialog.
    for (int i = 0; i < 4; ++i)
        ASSERT_TRUE(kiosk.tap(QStringLiteral("hiddenCorner")));
    EXPECT_FALSE(kiosk.window.exitDialog());
    ASSERT_TRUE(kiosk.tap(QStringLiteral("hiddenCorner")));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.exitDialog() && kiosk.window.exitDialog()->isVisible(); }));
    KioskExitDialog *dialog = kiosk.window.exitDialog();
    const auto key = [&](const QString &name) {
        QPushButton *b = dialog->findChild<QPushButton *>(name);
        ASSERT_TRUE(b) << name.toStdString();
        QTest::mouseClick(b, Qt::LeftButton);
    };

    // A wrong PIN: still locked.
    for (const char *k : { "pin-1", "pin-2", "pin-3", "pin-4", "pinOk" })
        key(QLatin1String(k));
    EXPECT_TRUE(dialog->message().contains(QStringLiteral("Wrong PIN"))) << dialog->message().toStdString();
    EXPECT_EQ(exits.count(), 0);
    EXPECT_TRUE(dialog->isVisible());

    // A cashier is no manager: still locked.
    dialog->signInAs(QStringLiteral("cashier"), QStringLiteral("cashier"));
    ASSERT_TRUE(waitUntil([&] { return dialog->message().contains(QStringLiteral("manager or an admin")); }))
        << dialog->message().toStdString();
    EXPECT_EQ(exits.count(), 0);
    // A wrong password: still locked.
    dialog->signInAs(QStringLiteral("manager"), QStringLiteral("wrong"));
    ASSERT_TRUE(waitUntil([&] { return dialog->message().contains(QStringLiteral("Wrong user name or password")); }, 20000))
        << dialog->message().toStdString();
    EXPECT_EQ(exits.count(), 0);

    // The right PIN unlocks.
    for (const char *k : { "pin-2", "pin-4", "pin-6", "pin-8", "pinOk" })
        key(QLatin1String(k));
    EXPECT_EQ(exits.count(), 1);
    ASSERT_TRUE(waitUntil([&] { return !kiosk.window.exitDialog() || !kiosk.window.exitDialog()->isVisible(); }));

    // And so does a manager's sign-in.
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(kiosk.tap(QStringLiteral("hiddenCorner")));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.exitDialog() && kiosk.window.exitDialog()->isVisible(); }));
    kiosk.window.exitDialog()->signInAs(QStringLiteral("manager"), QStringLiteral("manager"));
    ASSERT_TRUE(waitUntil([&] { return exits.count() == 2; }));
}

TEST_F(KioskTest, TheLanguageIsTheCustomersAndGoesBackAtIdle)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-6")));
    ASSERT_TRUE(kiosk.toSeats());
    ASSERT_TRUE(kiosk.tap(QStringLiteral("language-de")));
    EXPECT_EQ(kiosk.window.language(), QStringLiteral("de"));
    // Money as German writes it ("19,00 €"), the customer's seats kept.
    auto *total = kiosk.window.findChild<QLabel *>(QStringLiteral("seatsTotal"));
    const QString german = formatMoney(kiosk.window.sale()->total(), QLocale(QStringLiteral("de")));
    EXPECT_TRUE(german.contains(u',') && german.contains(QStringLiteral("€"))) << german.toStdString();
    EXPECT_TRUE(total->text().contains(german)) << total->text().toStdString();
    EXPECT_EQ(kiosk.window.sale()->heldSeats().size(), 2);
    EXPECT_TRUE(kiosk.button(QStringLiteral("language-de"))->isChecked());
    // The language's translation is installed for the whole client (the box office's seat
    // labels stand for every translated string here).
    const auto seatLabel = [] { return QCoreApplication::translate("Marquee::MainWindow", "Row %1, seat %2"); };
    EXPECT_EQ(seatLabel(), QStringLiteral("Reihe %1, Platz %2"));
    const QHash<QString, QString> labels = { { QStringLiteral("fr"), QStringLiteral("Rang %1, place %2") },
                                             { QStringLiteral("es"), QStringLiteral("Fila %1, butaca %2") } };
    for (const char *code : { "fr", "es" }) {
        ASSERT_TRUE(kiosk.tap(QStringLiteral("language-") + QLatin1String(code)));
        EXPECT_EQ(kiosk.window.language(), QLatin1String(code));
        EXPECT_EQ(seatLabel(), labels.value(QLatin1String(code)));
        EXPECT_TRUE(total->text().contains(formatMoney(kiosk.window.sale()->total(), QLocale(QLatin1String(code)))))
            << total->text().toStdString();
    }
    ASSERT_TRUE(kiosk.tap(QStringLiteral("startOver")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Idle));
    EXPECT_EQ(kiosk.window.language(), QStringLiteral("en"));
    EXPECT_EQ(seatLabel(), QStringLiteral("Row %1, seat %2"));
    EXPECT_EQ(kiosk.button(QStringLiteral("startOver"))->text(), QStringLiteral("Start over"));
}

TEST_F(KioskTest, PortraitAndLandscapeLayOutTheSeatMapAndTouchTargetsAreLargeEnough)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-7")), QSize(1080, 1920));
    ASSERT_TRUE(kiosk.toSeats());
    EXPECT_FALSE(kiosk.window.isLandscape());
    auto *panel = kiosk.window.findChild<QWidget *>(QStringLiteral("seatsPanel"));
    EXPECT_GT(panel->geometry().top(), kiosk.window.seatView()->geometry().bottom()); // the panel below the map
    kiosk.window.resize(1920, 1080);
    QApplication::processEvents();
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.isLandscape() && panel->geometry().left() > kiosk.window.seatView()->geometry().right(); }));
    const int minimum = kiosk.window.style().minimumTarget();
    EXPECT_GE(minimum, 48);
    // Seats on the map are touch targets too: the map zooms in (and pans) rather than shrink them.
    EXPECT_GE(kiosk.window.seatView()->zoom() * SeatSize, minimum - 0.5);
    for (const QString &seat : kiosk.window.sale()->heldSeats()) {
        const QPoint at = kiosk.window.seatView()->mapFromScene(kiosk.window.seatMap()->seatItem(seat)->sceneBoundingRect().center());
        EXPECT_TRUE(kiosk.window.seatView()->viewport()->rect().contains(at)) << "the customer's seat is out of view";
    }
    // Every visible button a customer can tap is at least 9 mm (48 px at 96 dpi) both ways.
    for (QPushButton *button : kiosk.window.findChildren<QPushButton *>()) {
        if (!button->isVisible() || button->objectName() == QLatin1String("hiddenCorner"))
            continue;
        EXPECT_GE(button->height(), minimum) << button->objectName().toStdString();
        EXPECT_GE(button->width(), minimum) << button->objectName().toStdString();
    }
}

TEST_F(KioskTest, AMoveThatWouldStrandASeatIsRefusedKindlyAndKeepsTheSeats)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-8")));
    ASSERT_TRUE(kiosk.toSeats());
    const QString show = kiosk.window.sale()->showId();
    const QStringList held = kiosk.window.sale()->heldSeats();
    const Layout &layout = kiosk.window.seatMap()->seatLayout();
    // Two seats beyond the customer's pair in its row, with a free seat between: the move would
    // leave that one alone (the pair's far seat makes way).
    const SeatRef first = layout.findSeat(held.constFirst());
    ASSERT_TRUE(first);
    const QList<Seat> &row = first.row->seats;
    qsizetype low = row.size(), high = -1;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (held.contains(row[i].id)) {
            low = std::min(low, i);
            high = std::max(high, i);
        }
    }
    ASSERT_EQ(high - low, 1) << "the best two seats are side by side";
    const auto ordinaryFree = [&](qsizetype i) {
        if (i < 0 || i >= row.size() || row[i].flags)
            return false;
        const SeatItem *item = kiosk.window.seatMap()->seatItem(row[i].id);
        return item && item->visualState() == SeatVisualState::Available
            && std::abs(row[i].position.x - row[i + (i > high ? -1 : 1)].position.x) < 1.5 * SeatSize; // no aisle
    };
    QString target, stranded;
    if (ordinaryFree(high + 1) && ordinaryFree(high + 2)) {
        target = row[high + 2].id;
        stranded = row[high + 1].id;
    } else if (ordinaryFree(low - 1) && ordinaryFree(low - 2)) {
        target = row[low - 2].id;
        stranded = row[low - 1].id;
    }
    if (target.isEmpty())
        GTEST_FAIL() << "no free seat two beyond the pair in its row";
    ASSERT_TRUE(kiosk.tapSeat(target));
    ASSERT_TRUE(waitUntil([&] { return !kiosk.window.message().isEmpty() && !kiosk.window.sale()->isBusy(); }));
    EXPECT_TRUE(kiosk.window.message().contains(QStringLiteral("single seat"))) << kiosk.window.message().toStdString();
    EXPECT_EQ(kiosk.window.sale()->heldSeats(), held);
    EXPECT_EQ(seatStatus(show, target), QStringLiteral("available"));
    EXPECT_EQ(seatStatus(show, stranded), QStringLiteral("available"));
    for (const QString &seat : held)
        EXPECT_EQ(seatStatus(show, seat), QStringLiteral("held")) << seat.toStdString();
    EXPECT_TRUE(kiosk.button(QStringLiteral("toPayment"))->isEnabled());
}

TEST_F(KioskTest, ACustomerStillChoosingKeepsTheSeatsPastTheKioskHoldTime)
{
    // A kiosk hold of 60 s: the kiosk extends it while the customer is still on the way.
    ServerConfig config = baseConfig();
    config.holdTtlKioskSeconds = 60;
    std::unique_ptr<SyncServer> server = startServer(config);
    ASSERT_TRUE(server);
    Kiosk kiosk(url(*server), settingsFor(QStringLiteral("kiosk-9")));
    ASSERT_TRUE(kiosk.toSeats());
    const QString show = kiosk.window.sale()->showId();
    const QDateTime first = kiosk.window.sale()->expiresAt();
    // Extended on the server, and the kiosk knows the new expiry (its answer may come a moment later).
    ASSERT_TRUE(waitUntil([&] {
        return scalar(QStringLiteral("SELECT extended_count FROM holds WHERE show_id = $1 AND status = 'active'"), {show}).toInt() > 0
            && kiosk.window.sale()->expiresAt() > first;
    }, 25000));
    EXPECT_EQ(kiosk.window.page(), KioskWindow::Page::Seats);
}

TEST_F(KioskTest, AWheelchairSpaceIsProposedWithItsCompanionWhenAsked)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-10")));
    ASSERT_TRUE(kiosk.waitForFilms());
    ASSERT_TRUE(kiosk.tap(QStringLiteral("film-0")));
    ASSERT_TRUE(kiosk.tap(QStringLiteral("time-0")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Tickets));
    ASSERT_TRUE(kiosk.tap(QStringLiteral("wheelchair")));
    ASSERT_TRUE(kiosk.tap(QStringLiteral("chooseSeats")));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.sale()->state() == KioskSale::State::Held && kiosk.window.sale()->heldSeats().size() == 2; }));
    const Layout &layout = kiosk.window.seatMap()->seatLayout();
    QStringList flags;
    for (const QString &seat : kiosk.window.sale()->heldSeats()) {
        const SeatRef ref = layout.findSeat(seat);
        ASSERT_TRUE(ref);
        flags.append(ref.seat->flags.testFlag(SeatFlag::Wheelchair) ? QStringLiteral("wheelchair")
                     : ref.seat->flags.testFlag(SeatFlag::Companion) ? QStringLiteral("companion")
                                                                     : QStringLiteral("seat"));
    }
    flags.sort();
    EXPECT_EQ(flags, QStringList({ QStringLiteral("companion"), QStringLiteral("wheelchair") }));
    // Giving the space back gives its companion back too, in one step.
    const QStringList held = kiosk.window.sale()->heldSeats();
    const QString space = layout.findSeat(held[0]).seat->flags.testFlag(SeatFlag::Wheelchair) ? held[0] : held[1];
    ASSERT_TRUE(kiosk.tapSeat(space));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.sale()->heldSeats().isEmpty() && !kiosk.window.sale()->isBusy(); }));
    const QString show = kiosk.window.sale()->showId();
    for (const QString &seat : held)
        EXPECT_EQ(seatStatus(show, seat), QStringLiteral("available"));
}

TEST_F(KioskTest, WithATicketPrinterTheTicketsArePrinted)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("kiosk-tickets.pdf"));
    TicketOutput::setPrinterFactoryForTesting([pdf] {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(pdf);
        return printer;
    });
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-11")));
    ASSERT_TRUE(kiosk.toSeats());
    ASSERT_TRUE(kiosk.tap(QStringLiteral("toPayment")));
    ASSERT_TRUE(kiosk.tap(QStringLiteral("payByCard")));
    const bool done = kiosk.waitPage(KioskWindow::Page::Done, 15000);
    TicketOutput::setPrinterFactoryForTesting({});
    ASSERT_TRUE(done);
    EXPECT_TRUE(kiosk.window.lastTicketsPrinted());
    EXPECT_TRUE(kiosk.window.findChildren<QLabel *>(QStringLiteral("ticketImage")).isEmpty());
    EXPECT_TRUE(kiosk.window.message().contains(QStringLiteral("printer"))) << kiosk.window.message().toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
}

TEST(KioskSettings, ReadFromTheKioskGroupWithDefaultsAndOnlyThePinsHash)
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("marquee.conf")), QSettings::IniFormat);
    KioskSettings defaults = KioskSettings::load(file);
    EXPECT_EQ(defaults.user, QStringLiteral("kiosk"));
    EXPECT_EQ(defaults.idleSeconds, 60);
    EXPECT_EQ(defaults.warningSeconds, 10);
    EXPECT_EQ(defaults.defaultLanguage, QStringLiteral("en"));
    EXPECT_FALSE(defaults.largeText);
    EXPECT_FALSE(defaults.highContrast);
    EXPECT_TRUE(defaults.exitPinHash.isEmpty());
    EXPECT_FALSE(defaults.isExitPin(QString()));
    // A terminal id is made up once and kept.
    EXPECT_TRUE(defaults.terminalId.startsWith(QStringLiteral("kiosk-")));
    EXPECT_EQ(KioskSettings::load(file).terminalId, defaults.terminalId);

    file.beginGroup(QStringLiteral("kiosk"));
    file.setValue(QStringLiteral("serverUrl"), QStringLiteral("wss://tickets.example:8765"));
    file.setValue(QStringLiteral("idleSeconds"), 1); // too short to be usable
    file.setValue(QStringLiteral("warningSeconds"), 15);
    file.setValue(QStringLiteral("exitPinHash"), KioskSettings::hashPin(QStringLiteral("2468")).toUpper());
    file.setValue(QStringLiteral("defaultLanguage"), QStringLiteral("fr"));
    file.setValue(QStringLiteral("largeText"), true);
    file.setValue(QStringLiteral("highContrast"), QStringLiteral("true"));
    file.setValue(QStringLiteral("printer"), QStringLiteral("Lobby TM-T88"));
    file.endGroup();
    const KioskSettings read = KioskSettings::load(file);
    EXPECT_EQ(read.serverUrl, QStringLiteral("wss://tickets.example:8765"));
    EXPECT_EQ(read.idleSeconds, 5);
    EXPECT_EQ(read.warningSeconds, 15);
    EXPECT_EQ(read.defaultLanguage, QStringLiteral("fr"));
    EXPECT_TRUE(read.largeText);
    EXPECT_TRUE(read.highContrast);
    EXPECT_EQ(read.printer, QStringLiteral("Lobby TM-T88"));
    EXPECT_TRUE(read.isExitPin(QStringLiteral("2468")));
    EXPECT_FALSE(read.isExitPin(QStringLiteral("2469")));
    // The file holds the hash, never the PIN.
    file.sync();
    QFile raw(dir.filePath(QStringLiteral("marquee.conf")));
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    EXPECT_FALSE(raw.readAll().contains("2468"));
}

TEST_F(KioskTest, MarqueeKioskSignsInFromItsSettings)
{
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("kiosk"));
        settings.setValue(QStringLiteral("serverUrl"), url().toString());
        settings.setValue(QStringLiteral("user"), QStringLiteral("kiosk"));
        settings.setValue(QStringLiteral("password"), QStringLiteral("kiosk"));
        settings.setValue(QStringLiteral("terminalId"), QStringLiteral("kiosk-app"));
    }
    ClientOptions options;
    options.kiosk = true;
    KioskClient client(options, false);
    KioskWindow *window = client.window();
    ASSERT_TRUE(window);
    EXPECT_EQ(client.connection()->terminalId(), QStringLiteral("kiosk-app"));
    EXPECT_TRUE(window->windowFlags().testFlag(Qt::FramelessWindowHint));
    ASSERT_TRUE(waitUntil([&] { return window->isAvailable(); }));
    EXPECT_EQ(client.connection()->session().user.role, Role::Kiosk);
    EXPECT_FALSE(client.connection()->session().shift.has_value()); // kiosks take no cash
}

TEST_F(KioskTest, ADeclinedCardKeepsTheSeatsForAnotherTry)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-12")));
    ASSERT_TRUE(kiosk.toSeats());
    const QString show = kiosk.window.sale()->showId();
    const QStringList held = kiosk.window.sale()->heldSeats();
    ASSERT_TRUE(kiosk.tap(QStringLiteral("toPayment")));
    cardTerminal().setNextOutcome(SimulatedPaymentTerminal::Behaviour::Decline);
    ASSERT_TRUE(kiosk.tap(QStringLiteral("payByCard")));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.message().contains(QStringLiteral("declined")); }, 15000))
        << kiosk.window.message().toStdString();
    EXPECT_EQ(kiosk.window.page(), KioskWindow::Page::Payment);
    EXPECT_EQ(kiosk.window.sale()->heldSeats(), held);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales WHERE show_id = $1"), {show}), QStringLiteral("0"));
    for (const QString &seat : held)
        EXPECT_EQ(seatStatus(show, seat), QStringLiteral("held"));
    // The next try is approved.
    ASSERT_TRUE(kiosk.tap(QStringLiteral("payByCard")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Done, 15000)) << kiosk.window.message().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales WHERE show_id = $1"), {show}), QStringLiteral("1"));
}

TEST_F(KioskTest, AServerRestartIsRiddenOutAndTheKioskHoldsSeatsAgain)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-13")));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.isAvailable(); }));
    const quint16 port = quint16(m_server->port());
    m_server->shutdown(1000);
    m_server.reset();
    ASSERT_TRUE(waitUntil([&] { return !kiosk.window.isAvailable(); }));
    EXPECT_TRUE(kiosk.window.idleText().contains(QStringLiteral("Temporarily unavailable")));
    ServerConfig config = baseConfig();
    config.port = port;
    m_server = startServer(config);
    ASSERT_TRUE(m_server);
    // Back by itself (the connection retries, resumes the session, resubscribes).
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.isAvailable(); }, 30000));
    ASSERT_TRUE(kiosk.toSeats());
    for (const QString &seat : kiosk.window.sale()->heldSeats())
        EXPECT_EQ(seatStatus(kiosk.window.sale()->showId(), seat), QStringLiteral("held"));
}

TEST_F(KioskTest, InALargeHallTheMapZoomsToFingerSizedSeatsAndAFingerDragPansWithoutTakingSeats)
{
    Kiosk kiosk(url(), settingsFor(QStringLiteral("kiosk-14")));
    ASSERT_TRUE(kiosk.waitForFilms());
    QString film;
    for (QPushButton *b : kiosk.window.findChildren<QPushButton *>()) {
        if (b->objectName().startsWith(QLatin1String("film-")) && b->text().contains(QStringLiteral("Magic Flute")))
            film = b->objectName();
    }
    ASSERT_FALSE(film.isEmpty()) << "the Grand Hall's show is not on the kiosk";
    ASSERT_TRUE(kiosk.tap(film));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Times));
    ASSERT_TRUE(kiosk.tap(QStringLiteral("time-0")));
    ASSERT_TRUE(kiosk.waitPage(KioskWindow::Page::Tickets));
    ASSERT_TRUE(kiosk.tap(QStringLiteral("chooseSeats")));
    ASSERT_TRUE(waitUntil([&] { return kiosk.window.sale()->state() == KioskSale::State::Held && kiosk.window.sale()->heldSeats().size() == 2; }));
    SeatMapView *view = kiosk.window.seatView();
    EXPECT_GE(view->zoom() * SeatSize, kiosk.window.style().minimumTarget() - 0.5);
    const QStringList held = kiosk.window.sale()->heldSeats();
    const int before = view->horizontalScrollBar()->value() + view->verticalScrollBar()->value();
    // A finger drag across seats: the map moves, no seat is taken or given back.
    QWidget *viewport = view->viewport();
    const QPoint start = viewport->rect().center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    for (int step = 1; step <= 10; ++step) {
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(step * 20, step * 15)), viewport->mapToGlobal(QPointF(start + QPoint(step * 20, step * 15))),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(200, 150));
    EXPECT_NE(view->horizontalScrollBar()->value() + view->verticalScrollBar()->value(), before);
    QTest::qWait(300);
    EXPECT_EQ(kiosk.window.sale()->heldSeats(), held);
    EXPECT_FALSE(kiosk.window.sale()->isBusy());
}
