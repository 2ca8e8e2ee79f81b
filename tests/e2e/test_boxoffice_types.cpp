// End to end: the box office's ticket types against a real marquee-server and PostgreSQL, over
// real WebSockets on loopback: a basket that comes back after a new sign-in keeps each seat's
// type and the hold's total, a hold taken again from the payment dialog keeps the types the
// cashier chose, and a show's new price card (or new prices on its card) reaches an open basket.
#include "basketwidget.h"
#include "boxofficedriver.h"
#include "paymentdialog.h"
#include "serverfixture.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

// The index of a type in the basket's menu, -1 when the show does not offer it.
qsizetype typeIndex(const BasketWidget *basket, const QString &name)
{
    for (qsizetype i = 0; i < basket->ticketTypes().size(); ++i) {
        if (basket->ticketTypes().at(i).name == name)
            return i;
    }
    return -1;
}

qsizetype lineOf(const BasketWidget *basket, const QString &seat)
{
    for (qsizetype i = 0; i < basket->lines().size(); ++i) {
        if (basket->lines().at(i).seatId == seat)
            return i;
    }
    return -1;
}

// The type the basket shows for a seat ("" when the seat is not in it or the types are not known).
QString typeShown(const BasketWidget *basket, const QString &seat)
{
    const qsizetype line = lineOf(basket, seat);
    const BasketTicketType *type = line < 0 ? nullptr : basket->ticketTypeOf(basket->lines().at(line));
    return type ? type->name : QString();
}

class BoxOfficeTypes : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    // The price of a seat of a show as a ticket type, on the show's card as the database has it now.
    qint64 cardPrice(const QString &show, const QString &seat, const QString &typeName)
    {
        const QString amount = scalar(
            QStringLiteral(
                "SELECT p.amount FROM shows sh JOIN show_seats s ON s.show_id = sh.id"
                " JOIN price_card_prices p ON p.card_id = sh.price_card_id AND p.category = s.category"
                " JOIN ticket_types t ON t.id = p.ticket_type_id AND NOT t.archived"
                " WHERE sh.id = $1 AND s.seat_id = $2 AND t.name = $3"),
            { show, seat, typeName });
        return amount.isEmpty() ? -1 : amount.toLongLong();
    }

    // Two free seats of a show held at the box office, the second picked as Child, once the server
    // has the type; false when that failed.
    bool holdAdultAndChild(BoxOffice &office, const QString &show, const QStringList &seats)
    {
        BasketWidget *basket = office.window.basket();
        office.window.seatMap()->setSelectedSeatIds(seats);
        if (!waitUntil(
                [&] {
                    return typeIndex(basket, QStringLiteral("Child")) >= 0 && basket->lines().size() == 2;
                },
                30000))
            return false;
        office.window.holdSelection();
        if (!waitUntil([&] { return basket->isHeld(); }, 30000))
            return false;
        basket->chooseTicketType(lineOf(basket, seats.at(1)), typeIndex(basket, QStringLiteral("Child")));
        return waitUntil(
            [&] {
                return scalar(QStringLiteral(
                                  "SELECT t.name FROM hold_seats hs JOIN holds h ON h.id = hs.hold_id"
                                  " JOIN ticket_types t ON t.id = hs.ticket_type_id"
                                  " WHERE h.show_id = $1 AND h.status = 'active' AND hs.seat_id = $2"),
                              { show, seats.at(1) })
                    == QLatin1String("Child");
            },
            30000);
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(BoxOfficeTypes, ARestoredBasketShowsTheChosenTypesAndTheHoldsTotal)
{
    const QString show = showId(QStringLiteral("Studio"));
    QStringList seats;
    qint64 expected = 0;
    {
        BoxOffice a(QStringLiteral("T-types"), url(), QStringLiteral("cashier"));
        ASSERT_TRUE(a.openShow(show));
        seats = firstFree(a.window.seatMap(), 2);
        ASSERT_EQ(seats.size(), 2);
        ASSERT_TRUE(holdAdultAndChild(a, show, seats));
        expected = cardPrice(show, seats.at(0), QStringLiteral("Adult"))
            + cardPrice(show, seats.at(1), QStringLiteral("Child"));
        ASSERT_NE(expected,
                  cardPrice(show, seats.at(0), QStringLiteral("Adult"))
                      + cardPrice(show, seats.at(1), QStringLiteral("Adult")))
            << "the demo's Child costs less than Adult";
        ASSERT_TRUE(waitUntil([&] { return a.window.basket()->total().minorUnits() == expected; }, 30000))
            << "the server's total " << a.window.basket()->total().minorUnits() << ", expected " << expected;
        a.window.setQuestionHandlers([](const QString &) { return false; },
                                     [](int) { return MainWindow::QuitChoice::Keep; });
        a.window.close();
    }

    // Signed in again at the same terminal: the seats are back with the types the cashier chose.
    BoxOffice b(QStringLiteral("T-types"), url(), QStringLiteral("cashier"));
    BasketWidget *basket = b.window.basket();
    ASSERT_TRUE(waitUntil([&] { return basket->isHeld() && basket->ticketTypes().size() > 1; }, 30000));
    EXPECT_EQ(b.window.heldSeats(), seats);
    EXPECT_EQ(typeShown(basket, seats.at(0)), QStringLiteral("Adult"));
    EXPECT_EQ(typeShown(basket, seats.at(1)), QStringLiteral("Child"));
    EXPECT_EQ(basket->total().minorUnits(), expected);
    EXPECT_EQ(basket->lines().at(lineOf(basket, seats.at(1))).price.minorUnits(),
              cardPrice(show, seats.at(1), QStringLiteral("Child")));

    // The sale charges what the basket shows.
    QSignalSpy sold(&b.window, &MainWindow::saleCompleted);
    b.window.pay({ cashFor(basket->total()) });
    ASSERT_TRUE(sold.wait(30000));
    EXPECT_EQ(qvariant_cast<SellReply>(sold.first().first()).total.minorUnits(), expected);
}

TEST_F(BoxOfficeTypes, HoldingAgainFromThePaymentDialogKeepsTheChosenTypes)
{
    ServerConfig config = baseConfig();
    // Long enough for a type change and a payment on a loaded 2-core machine, short enough to wait for.
    config.holdTtlCashierSeconds = 5;
    auto server = startServer(config);
    ASSERT_TRUE(server);
    const QString show = showId(QStringLiteral("Studio"));
    BoxOffice a(QStringLiteral("T-rehold"), url(*server), QStringLiteral("cashier"));
    ASSERT_TRUE(a.openShow(show));
    const QStringList seats = firstFree(a.window.seatMap(), 2);
    ASSERT_EQ(seats.size(), 2);
    ASSERT_TRUE(holdAdultAndChild(a, show, seats));
    const qint64 expected = cardPrice(show, seats.at(0), QStringLiteral("Adult"))
        + cardPrice(show, seats.at(1), QStringLiteral("Child"));
    BasketWidget *basket = a.window.basket();
    ASSERT_TRUE(waitUntil([&] { return basket->total().minorUnits() == expected; }, 30000));
    a.window.openPayment();
    ASSERT_TRUE(waitUntil([&] { return a.window.paymentDialog() != nullptr; }));
    PaymentDialog *dialog = a.window.paymentDialog();
    EXPECT_EQ(dialog->amountDue().minorUnits(), expected);

    // The hold runs out with the dialog open; held again, the seats keep their types and price.
    ASSERT_TRUE(waitUntil([&] { return dialog->state() == PaymentDialog::State::Expired; }, 15000));
    dialog->findChild<QPushButton *>(QStringLiteral("reholdButton"))->click();
    const auto *banner = dialog->findChild<QLabel *>(QStringLiteral("banner"));
    ASSERT_TRUE(waitUntil(
        [&] {
            return dialog->state() == PaymentDialog::State::Editing
                || banner->text() == PaymentDialog::tr("The seats are gone");
        },
        15000));
    ASSERT_EQ(dialog->state(), PaymentDialog::State::Editing)
        << dialog->findChild<QLabel *>(QStringLiteral("bannerDetail"))->text().toStdString();
    EXPECT_EQ(typeShown(basket, seats.at(1)), QStringLiteral("Child"));
    EXPECT_EQ(basket->total().minorUnits(), expected);
    QSignalSpy sold(&a.window, &MainWindow::saleCompleted);
    dialog->findChild<QLineEdit *>(QStringLiteral("tendered"))
        ->setText(dialog->amountDue().toDecimalString());
    dialog->findChild<QPushButton *>(QStringLiteral("payButton"))->click();
    ASSERT_TRUE(sold.wait(15000));
    const SellReply sale = qvariant_cast<SellReply>(sold.first().first());
    EXPECT_EQ(sale.total.minorUnits(), expected) << "the sale charges what the basket showed";
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT ticket_type_name FROM tickets WHERE sale_id = $1 AND seat_id = $2"),
               { sale.saleId, seats.at(1) }),
        QStringLiteral("Child"));
    dialog->accept();
}

TEST_F(BoxOfficeTypes, ANewCardOrNewPricesReachTheOpenBasket)
{
    // Cinema 1's last demo show is tomorrow: it has not ended, so its card's changes apply to it.
    const QString cinema = scalar(QStringLiteral("SELECT id FROM auditoriums WHERE name = 'Cinema 1'"));
    const QString show = scalar(
        QStringLiteral("SELECT id FROM shows WHERE auditorium_id = $1 ORDER BY starts_at DESC LIMIT 1"),
        { cinema });
    const QString venue
        = scalar(QStringLiteral("SELECT venue_id FROM auditoriums WHERE id = $1"), { cinema });
    const QDate day
        = QDateTime::fromSecsSinceEpoch(
              scalar(QStringLiteral("SELECT extract(epoch FROM starts_at)::bigint FROM shows WHERE id = $1"),
                     { show })
                  .toLongLong())
              .toTimeZone(demoZone()) // the venue's day, as the picker lists them
              .date();
    BoxOffice till(QStringLiteral("T-card"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(waitUntil([&] { return till.signedIn; }, 30000));
    till.window.showPicker()->setRefreshInterval(0); // only live changes from here on
    till.window.showPicker()->setDate(day);
    ASSERT_TRUE(till.openShow(show));
    BasketWidget *basket = till.window.basket();
    const QStringList seats = firstFree(till.window.seatMap(), 1);
    ASSERT_EQ(seats.size(), 1);
    const QString seat = seats.first();
    till.window.seatMap()->setSelectedSeatIds(seats);
    ASSERT_TRUE(waitUntil(
        [&] { return typeIndex(basket, QStringLiteral("Senior")) >= 0 && basket->lines().size() == 1; },
        30000))
        << "the demo card offers Adult, Child and Senior";

    // The manager gives the show a new card: Adult and Child only, 1 EUR dearer.
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    auto pricing = manager->call<ListPricingReply>(ListPricingRequest { venue });
    ASSERT_TRUE(pricing) << pricing.error().message.toStdString();
    const QString oldCard = scalar(QStringLiteral("SELECT price_card_id FROM shows WHERE id = $1"), { show });
    QString senior;
    QList<CardPrice> prices;
    for (const TicketType &t : pricing->ticketTypes) {
        if (t.name == QLatin1String("Senior"))
            senior = t.id;
    }
    for (const PriceCard &c : pricing->priceCards) {
        if (c.id != oldCard)
            continue;
        for (CardPrice p : c.prices) {
            if (p.ticketTypeId == senior)
                continue;
            p.price = eur(p.price.minorUnits() + 100);
            prices.append(p);
        }
    }
    ASSERT_FALSE(prices.isEmpty());
    const auto family
        = manager->call<PriceCardReply>(CreatePriceCardRequest { venue, QStringLiteral("Family"), prices });
    ASSERT_TRUE(family) << family.error().message.toStdString();
    const qint64 adultBefore = cardPrice(show, seat, QStringLiteral("Adult"));
    const auto moved = manager->call<ShowReply>(
        UpdateShowRequest { show, std::nullopt, std::nullopt, family->priceCard.id });
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    const qint64 adult = cardPrice(show, seat, QStringLiteral("Adult"));
    const qint64 child = cardPrice(show, seat, QStringLiteral("Child"));
    ASSERT_EQ(adult, adultBefore + 100);
    ASSERT_TRUE(waitUntil([&] { return basket->ticketTypes().size() == 2; }, 30000))
        << "the basket's menu follows the show's card without a restart; it has "
        << basket->ticketTypes().size() << " types";
    EXPECT_EQ(typeIndex(basket, QStringLiteral("Senior")), -1);
    EXPECT_EQ(basket->lines().first().price.minorUnits(), adult);

    // Held as Child, then the card's Child price changes: the menu and the hold's total follow.
    till.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return basket->isHeld(); }, 30000));
    basket->chooseTicketType(0, typeIndex(basket, QStringLiteral("Child")));
    ASSERT_TRUE(waitUntil([&] { return basket->total().minorUnits() == child; }, 30000));
    QList<CardPrice> dearer = family->priceCard.prices;
    const QString childId = basket->ticketTypes().at(typeIndex(basket, QStringLiteral("Child"))).id;
    for (CardPrice &p : dearer) {
        if (p.ticketTypeId == childId)
            p.price = eur(p.price.minorUnits() + 250);
    }
    const auto edited = manager->call<PriceCardReply>(
        UpdatePriceCardRequest { family->priceCard.id, family->priceCard.revision, std::nullopt, dearer });
    ASSERT_TRUE(edited) << edited.error().message.toStdString();
    ASSERT_EQ(cardPrice(show, seat, QStringLiteral("Child")), child + 250);
    ASSERT_TRUE(waitUntil([&] { return basket->total().minorUnits() == child + 250; }, 30000))
        << "the hold's total as the server prices it now: " << basket->total().minorUnits();
    EXPECT_EQ(typeShown(basket, seat), QStringLiteral("Child"));
    EXPECT_EQ(basket->lines().first().price.minorUnits(), child + 250);
    QSignalSpy sold(&till.window, &MainWindow::saleCompleted);
    till.window.pay({ cashFor(basket->total()) });
    ASSERT_TRUE(sold.wait(30000));
    EXPECT_EQ(qvariant_cast<SellReply>(sold.first().first()).total.minorUnits(), child + 250);
}
