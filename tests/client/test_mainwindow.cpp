#include "basketwidget.h"
#include "clientapp.h"
#include "connectionbanner.h"
#include "formatting.h"
#include "localcache.h"
#include "mainwindow.h"
#include "salesdialog.h"
#include "printers.h"
#include "seatmapscene.h"
#include "seatmapview.h"
#include "serverconnection.h"
#include "shortcutsdialog.h"
#include "showpicker.h"
#include "signindialog.h"

#include <gtest/gtest.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimeZone>
#include <QtNetwork/QTcpServer>
#include <QtWidgets/QHeaderView>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTreeWidget>
#include <QtTest/QTest>

#include <memory>

using namespace Marquee;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

// A local port nobody listens on.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

BasketWidget *heldBasket(BasketWidget &basket)
{
    const Money price = *Money::fromMinor(1250, u"EUR");
    basket.setLines({{QStringLiteral("A-1"), QStringLiteral("Row A, seat 1"), QStringLiteral("Standard"), price}});
    basket.setHold(QStringLiteral("42"), QDateTime::currentDateTimeUtc().addSecs(600));
    basket.setLines({{QStringLiteral("A-1"), QStringLiteral("Row A, seat 1"), QStringLiteral("Standard"), price, true}});
    return &basket;
}

} // namespace

TEST(MainWindow, ShowsTheConnectionStateAtAllTimes)
{
    ServerConnection connection(QStringLiteral("T-test"));
    LocalCache cache{QString()};
    MainWindow window(&connection, &cache);
    window.show();
    auto *label = window.findChild<QLabel *>(QStringLiteral("connectionState"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(QStringLiteral("Offline")));
    // Nowhere to connect: it says so and keeps trying.
    connection.open(QUrl(QStringLiteral("ws://127.0.0.1:1")));
    EXPECT_TRUE(label->text().contains(QStringLiteral("Connecting")));
    QSignalSpy changed(&connection, &ServerConnection::stateChanged);
    ASSERT_TRUE(changed.wait(5000));
    EXPECT_TRUE(label->text().contains(QStringLiteral("Reconnecting")) || label->text().contains(QStringLiteral("Offline")))
        << label->text().toStdString();
    connection.close();
    EXPECT_TRUE(label->text().contains(QStringLiteral("Offline")));
}

TEST(Basket, CountsDownAndReportsExpiry)
{
    BasketWidget basket;
    basket.setOnline(true);
    const Money price = *Money::fromMinor(1250, u"EUR");
    basket.setLines({{QStringLiteral("A-1"), QStringLiteral("Row A, seat 1"), QStringLiteral("Standard"), price},
                     {QStringLiteral("A-2"), QStringLiteral("Row A, seat 2"), QStringLiteral("Standard"), price}});
    EXPECT_EQ(basket.total(), *Money::fromMinor(2500, u"EUR"));
    auto *total = basket.findChild<QLabel *>(QStringLiteral("basketTotal"));
    ASSERT_NE(total, nullptr);
    EXPECT_TRUE(total->text().contains(QStringLiteral("25.00 EUR"))) << total->text().toStdString();
    auto *pay = basket.findChild<QPushButton *>(QStringLiteral("payButton"));
    auto *hold = basket.findChild<QPushButton *>(QStringLiteral("holdButton"));
    EXPECT_FALSE(pay->isEnabled());
    EXPECT_TRUE(hold->isEnabled());

    QSignalSpy expired(&basket, &BasketWidget::holdExpired);
    basket.setHold(QStringLiteral("42"), QDateTime::currentDateTimeUtc().addMSecs(1500));
    // The main window marks the held lines; a seat selected besides them can join the hold.
    BasketLine third{QStringLiteral("A-3"), QStringLiteral("Row A, seat 3"), QStringLiteral("Standard"), price};
    basket.setLines({{QStringLiteral("A-1"), QStringLiteral("Row A, seat 1"), QStringLiteral("Standard"), price, true},
                     {QStringLiteral("A-2"), QStringLiteral("Row A, seat 2"), QStringLiteral("Standard"), price, true}, third});
    EXPECT_TRUE(pay->isEnabled());
    EXPECT_TRUE(hold->isEnabled());
    EXPECT_EQ(basket.unheldCount(), 1);
    EXPECT_TRUE(hold->text().contains(QLatin1String("1 more"))) << hold->text().toStdString();
    basket.setLines({{QStringLiteral("A-1"), QStringLiteral("Row A, seat 1"), QStringLiteral("Standard"), price, true},
                     {QStringLiteral("A-2"), QStringLiteral("Row A, seat 2"), QStringLiteral("Standard"), price, true}});
    EXPECT_TRUE(pay->isEnabled());
    EXPECT_FALSE(hold->isEnabled());
    EXPECT_EQ(basket.countdownText(), QStringLiteral("Held for 0:01"));
    ASSERT_TRUE(expired.wait(4000));
    EXPECT_EQ(basket.secondsLeft(), 0);
}

TEST(LocalCache, KeepsWhatItWasGivenAcrossRestarts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        LocalCache cache(path);
        ASSERT_TRUE(cache.isOpen());
        cache.put(QStringLiteral("venues"), QJsonObject{{QStringLiteral("n"), 1}});
        cache.put(QStringLiteral("venues"), QJsonObject{{QStringLiteral("n"), 2}});
    }
    LocalCache again(path);
    const auto venues = again.get(QStringLiteral("venues"));
    ASSERT_TRUE(venues);
    EXPECT_EQ(venues->value(QStringLiteral("n")).toInt(), 2);
    EXPECT_TRUE(again.storedAt(QStringLiteral("venues")).isValid());
    EXPECT_FALSE(again.get(QStringLiteral("nothing")));
}

TEST(BoxOfficeClient, StartsWithoutItsServerShowingTheCachedShowsAndWhy)
{
    QTemporaryDir dir;
    const QString cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    {
        // What the terminal saw of today yesterday.
        LocalCache cache(cachePath);
        ListShowsReply list;
        Show show;
        show.id = QStringLiteral("7");
        show.auditoriumId = QStringLiteral("1");
        show.title = QStringLiteral("Metropolis");
        show.start = QDateTime(QDate::currentDate(), QTime(20, 0));
        show.end = show.start.addSecs(2 * 3600);
        show.status = ShowStatus::OnSale;
        list.shows = {show};
        cache.put(QStringLiteral("shows:") + QDate::currentDate().toString(Qt::ISODate), list.toJson());
    }
    ClientOptions options;
    options.serverUrl = QStringLiteral("ws://127.0.0.1:%1").arg(closedPort());
    options.terminalId = QStringLiteral("T-offline");
    options.cachePath = cachePath;
    BoxOfficeClient client(options);
    MainWindow *window = client.window();
    SignInDialog *signIn = client.signInDialog();

    // The cached list, marked as such.
    EXPECT_EQ(window->showPicker()->showCount(), 1);
    EXPECT_TRUE(window->showPicker()->isStale());
    EXPECT_TRUE(window->showPicker()->statusText().startsWith(QStringLiteral("Offline"))) << window->showPicker()->statusText().toStdString();

    // Which server, why, and that it keeps trying: in the window and in the sign-in dialog.
    const QString expected = QStringLiteral("Cannot reach %1: connection refused; retrying").arg(options.serverUrl);
    ASSERT_TRUE(waitFor([&] { return window->connectionBanner()->text().contains(expected); }))
        << window->connectionBanner()->text().toStdString();
    EXPECT_TRUE(window->connectionBanner()->isVisible());
    EXPECT_TRUE(signIn->isVisible());
    EXPECT_FALSE(signIn->isModal());
    EXPECT_EQ(signIn->windowModality(), Qt::NonModal);
    EXPECT_TRUE(signIn->statusText().contains(expected)) << signIn->statusText().toStdString();
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);

    // Closing it keeps the box office open: the shows as last seen are worth seeing.
    auto *cancel = signIn->findChild<QPushButton *>(QStringLiteral("cancel"));
    ASSERT_NE(cancel, nullptr);
    EXPECT_EQ(cancel->text(), QStringLiteral("Work offline"));
    cancel->click();
    EXPECT_FALSE(signIn->isVisible());
    EXPECT_TRUE(window->isVisible());
    EXPECT_TRUE(client.connection()->isRetrying());
    // The banner offers the sign-in again.
    auto *again = window->connectionBanner()->findChild<QPushButton *>(QStringLiteral("bannerSignIn"));
    ASSERT_NE(again, nullptr);
    EXPECT_TRUE(again->isVisible());
    again->click();
    EXPECT_TRUE(signIn->isVisible());
}

TEST(BoxOfficeClient, CancellingTheSignInWithNothingToShowClosesTheWindow)
{
    QTemporaryDir dir;
    ClientOptions options;
    options.serverUrl = QStringLiteral("ws://127.0.0.1:%1").arg(closedPort());
    options.terminalId = QStringLiteral("T-empty");
    options.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
    BoxOfficeClient client(options);
    EXPECT_TRUE(client.window()->isVisible());
    client.signInDialog()->reject();
    EXPECT_FALSE(client.window()->isVisible());
}

TEST(Basket, ClearWithHeldSeatsWaitsForTheConnection)
{
    BasketWidget basket;
    basket.setOnline(true);
    heldBasket(basket);
    auto *clear = basket.findChild<QPushButton *>(QStringLiteral("clearButton"));
    ASSERT_NE(clear, nullptr);
    EXPECT_TRUE(clear->isEnabled());

    // Offline the release cannot reach the server: Clear says so instead of queueing it silently.
    basket.setOnline(false);
    EXPECT_FALSE(clear->isEnabled());
    EXPECT_TRUE(clear->toolTip().contains(QStringLiteral("Offline"))) << clear->toolTip().toStdString();
    QSignalSpy cleared(&basket, &BasketWidget::clearRequested);
    clear->click();
    EXPECT_TRUE(cleared.isEmpty());

    basket.setOnline(true);
    EXPECT_TRUE(clear->isEnabled());
    EXPECT_TRUE(clear->toolTip().isEmpty());

    // A selection without a hold is the terminal's own business: Clear works offline.
    basket.clearHold();
    basket.setOnline(false);
    EXPECT_TRUE(clear->isEnabled());
}

TEST(Basket, TakeThePaymentTurnsIntoAnOfflineWarningAndBack)
{
    BasketWidget basket;
    basket.setOnline(true);
    heldBasket(basket);
    const QString takePayment = QStringLiteral("Held: take the payment before the time runs out.");
    basket.showMessage(takePayment, false);
    EXPECT_EQ(basket.displayedMessage(), takePayment);

    basket.setOnline(false);
    EXPECT_NE(basket.displayedMessage(), takePayment);
    EXPECT_TRUE(basket.displayedMessage().startsWith(QStringLiteral("Offline"))) << basket.displayedMessage().toStdString();

    basket.setOnline(true);
    EXPECT_EQ(basket.displayedMessage(), takePayment);

    // An error stays what it is.
    basket.showMessage(QStringLiteral("Could not extend"), true);
    basket.setOnline(false);
    EXPECT_EQ(basket.displayedMessage(), QStringLiteral("Could not extend"));

}

namespace {

Show demoShow(const QString &id, const QString &title, const QDateTime &start)
{
    Show show;
    show.id = id;
    show.auditoriumId = QStringLiteral("7");
    show.title = title;
    show.start = start;
    show.end = start.addSecs(2 * 3600);
    show.status = ShowStatus::OnSale;
    show.prices = {CategoryPrice{QStringLiteral("standard"), *Money::fromMinor(950, u"EUR")}};
    show.free = 100;
    return show;
}

// The day's shows as the picker finds them in the cache (offline start).
void cacheShows(LocalCache &cache, const QList<Show> &shows)
{
    ListShowsReply reply;
    reply.shows = shows;
    cache.put(QStringLiteral("shows:") + QDate::currentDate().toString(Qt::ISODate), reply.toJson());
}

QList<VenueSummary> studioVenue()
{
    AuditoriumSummary studio;
    studio.id = QStringLiteral("7");
    studio.name = QStringLiteral("Studio");
    VenueSummary venue;
    venue.id = QStringLiteral("1");
    venue.name = QStringLiteral("Demo");
    venue.auditoriums = {studio};
    return {venue};
}

// A mnemonic clicks its button with animateClick(): the signal comes a moment later.
bool reaches(QSignalSpy &spy, qsizetype count)
{
    while (spy.size() < count) {
        if (!spy.wait(1000))
            return false;
    }
    return spy.size() == count;
}

struct ShownWindow
{
    explicit ShownWindow(const QList<Show> &shows = {})
        : connection(QStringLiteral("T-test"))
        , cache(QString())
    {
        cacheShows(cache, shows);
        window = std::make_unique<MainWindow>(&connection, &cache);
        window->show();
        window->activateWindow();
        active = QTest::qWaitForWindowActive(window.get());
    }

    ServerConnection connection;
    LocalCache cache;
    std::unique_ptr<MainWindow> window;
    bool active = false;
};

} // namespace

TEST(Keyboard, BasketMnemonicsAndFunctionKeysWork)
{
    BasketWidget basket;
    basket.setOnline(true);
    basket.setLines({{QStringLiteral("A-1"), QStringLiteral("Row A, seat 1"), QStringLiteral("Standard"), *Money::fromMinor(950, u"EUR")}});
    basket.show();
    basket.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&basket));
    QSignalSpy hold(&basket, &BasketWidget::holdRequested);
    QSignalSpy pay(&basket, &BasketWidget::payRequested);
    QSignalSpy extend(&basket, &BasketWidget::extendRequested);
    QTest::keyClick(&basket, Qt::Key_H, Qt::AltModifier);
    EXPECT_TRUE(reaches(hold, 1)) << "Alt+H holds";
    QTest::keyClick(&basket, Qt::Key_F5);
    EXPECT_TRUE(reaches(hold, 2)) << "F5 holds too";
    basket.setHold(QStringLiteral("h1"), QDateTime::currentDateTimeUtc().addSecs(600));
    // The main window marks the line as held (nothing left to add to the hold).
    basket.setLines({{QStringLiteral("A-1"), QStringLiteral("Row A, seat 1"), QStringLiteral("Standard"), *Money::fromMinor(950, u"EUR"), true}});
    QTest::keyClick(&basket, Qt::Key_P, Qt::AltModifier);
    EXPECT_TRUE(reaches(pay, 1)) << "Alt+P pays";
    QTest::keyClick(&basket, Qt::Key_F9);
    EXPECT_TRUE(reaches(pay, 2)) << "F9 pays too";
    QTest::keyClick(&basket, Qt::Key_E, Qt::AltModifier);
    EXPECT_TRUE(reaches(extend, 1)) << "Alt+E extends";
    QTest::keyClick(&basket, Qt::Key_H, Qt::AltModifier);
    EXPECT_FALSE(hold.wait(300)) << "nothing to hold while held";
}

TEST(Keyboard, AltHInTheMainWindowReachesTheHoldButton)
{
    ShownWindow shown;
    ASSERT_TRUE(shown.active);
    BasketWidget *basket = shown.window->basket();
    basket->setOnline(true);
    basket->setLines({{QStringLiteral("A-1"), QStringLiteral("Row A, seat 1"), QStringLiteral("Standard"), *Money::fromMinor(950, u"EUR")}});
    QSignalSpy hold(basket, &BasketWidget::holdRequested);
    QTest::keyClick(shown.window.get(), Qt::Key_H, Qt::AltModifier);
    EXPECT_TRUE(reaches(hold, 1)) << "no menu or other button may take Alt+H";
}

TEST(Keyboard, F1ListsEveryShortcut)
{
    ShownWindow shown;
    ASSERT_TRUE(shown.active);
    QTest::keyClick(shown.window.get(), Qt::Key_F1);
    auto *dialog = shown.window->findChild<ShortcutsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
    ASSERT_NE(list, nullptr);
    QStringList texts;
    for (QTreeWidgetItemIterator it(list); *it; ++it)
        texts << (*it)->text(0) + QStringLiteral(" = ") + (*it)->text(1);
    const QString all = texts.join(u'\n');
    for (const char *expected : {"Alt+H, F5 = Hold the selected seats", "Alt+P, F9 = Take payment", "Alt+E = Extend the hold",
                                 "F1 = This overview", "F3 = Sales and refunds"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(expected))) << expected << "\n" << all.toStdString();
}

TEST(Keyboard, DownAndEnterInTheSearchOpenAShowAndGoToTheSeatMap)
{
    const QDateTime later = QDateTime(QDate::currentDate(), QTime(23, 0));
    ShownWindow shown({demoShow(QStringLiteral("s1"), QStringLiteral("Metropolis"), later),
                       demoShow(QStringLiteral("s2"), QStringLiteral("Nosferatu"), later.addSecs(60))});
    ASSERT_TRUE(shown.active);
    ShowPicker *picker = shown.window->showPicker();
    auto *search = picker->findChild<QLineEdit *>(QStringLiteral("showSearch"));
    ASSERT_NE(search, nullptr);
    QTest::keyClick(shown.window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus()) << "Ctrl+F searches";
    QTest::keyClicks(search, QStringLiteral("nosf"));
    QSignalSpy activated(picker, &ShowPicker::showActivated);
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(shown.window->currentShow(), QStringLiteral("s2"));
    ASSERT_EQ(activated.size(), 1);
    auto *view = shown.window->findChild<SeatMapView *>();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->hasFocus()) << "Enter goes on to the seat map";

    search->setFocus();
    search->clear();
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_EQ(picker->selectedShow(), QStringLiteral("s2")) << "the open show stays selected";
    auto *list = picker->findChild<QTreeWidget *>(QStringLiteral("shows"));
    EXPECT_TRUE(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Up);
    EXPECT_EQ(shown.window->currentShow(), QStringLiteral("s1"));
}

TEST(SmallScreens, ALongTitleNeverWidensTheWindowAndTheBasketStays)
{
    ShownWindow shown;
    auto *title = shown.window->findChild<QLabel *>(QStringLiteral("showTitle"));
    ASSERT_NE(title, nullptr);
    title->setText(QStringLiteral("Die unglaublich lange Geschichte des Kinos, erzählt in einhundertzwanzig Bildern, "
                                  "mit Vorfilm und Einführung · 1. Dez. 2026 20:15 · Großer Saal mit Balkon"));
    shown.window->resize(1024, 768);
    QApplication::processEvents();
    EXPECT_LE(shown.window->minimumSizeHint().width(), 1024);
    EXPECT_LE(shown.window->width(), 1024);
    EXPECT_LE(shown.window->minimumSizeHint().height(), 768);
    auto *splitter = shown.window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    ASSERT_NE(splitter, nullptr);
    const int basket = splitter->indexOf(shown.window->basket());
    ASSERT_GE(basket, 0);
    EXPECT_FALSE(splitter->isCollapsible(basket));
    EXPECT_GE(shown.window->basket()->minimumWidth(), 200);
    // Dragging the handle all the way leaves the basket its width.
    splitter->setSizes({300, 2000, 0});
    EXPECT_GE(shown.window->basket()->width(), 200);
}

// The list opens on the venue's today, not the terminal's: a terminal whose clock is in UTC (or
// in another zone) showed yesterday's shows after the venue's midnight. Kiritimati (UTC+14) and
// Pago Pago (UTC-11) never share a date, so one of them is always another day than the terminal's.
TEST(ShowPicker, OpensOnTheVenuesTodayUntilADayIsChosen)
{
    int differed = 0;
    for (const char *zoneId : {"Pacific/Kiritimati", "Pacific/Pago_Pago"}) {
        const QTimeZone zone(zoneId);
        ASSERT_TRUE(zone.isValid()) << zoneId;
        QList<VenueSummary> venues = studioVenue();
        venues.first().timezone = QString::fromLatin1(zoneId);
        differed += todayIn(zone) != QDate::currentDate();

        // Started offline: the venues' zone from the cache.
        QTemporaryDir dir;
        {
            LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
            ListVenuesReply reply;
            reply.venues = venues;
            cache.put(QStringLiteral("venues"), reply.toJson());
        }
        ServerConnection connection(QStringLiteral("T-zone"));
        LocalCache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        ShowPicker cached(&connection, &cache);
        EXPECT_EQ(cached.date(), todayIn(zone)) << zoneId;
        EXPECT_EQ(cached.today(), todayIn(zone)) << zoneId;

        // A fresh install: the venues arrive after the list opened on the terminal's today.
        LocalCache empty{QString()};
        ShowPicker fresh(&connection, &empty);
        EXPECT_EQ(fresh.date(), QDate::currentDate());
        fresh.setVenues(venues);
        EXPECT_EQ(fresh.date(), todayIn(zone)) << zoneId;

        // A day the cashier chose stays when the venues come again.
        const QDate chosen = todayIn(zone).addDays(3);
        fresh.setDate(chosen);
        fresh.setVenues(venues);
        EXPECT_EQ(fresh.date(), chosen) << zoneId;
    }
    EXPECT_GE(differed, 1) << "one of the zones is on another day than the terminal";
}

TEST(ShowHeader, NamesTheHallOnceTheVenuesArrive)
{
    const QDateTime later = QDateTime(QDate::currentDate(), QTime(23, 30));
    ShownWindow shown({demoShow(QStringLiteral("s1"), QStringLiteral("Metropolis"), later)});
    shown.window->selectShow(QStringLiteral("s1"));
    auto *title = shown.window->findChild<QLabel *>(QStringLiteral("showTitle"));
    ASSERT_TRUE(title->text().contains(QStringLiteral("Metropolis")));
    // A fresh install: list_venues answers after the show was opened.
    shown.window->showPicker()->setVenues(studioVenue());
    EXPECT_TRUE(title->text().contains(QStringLiteral("Studio"))) << title->text().toStdString();
    EXPECT_FALSE(title->text().contains(QStringLiteral("Auditorium"))) << title->text().toStdString();
}

TEST(ShowHeader, WarnsWhenTheShowHasStarted)
{
    const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-12 * 60 - 10);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    ShownWindow shown({demoShow(QStringLiteral("s1"), QStringLiteral("Metropolis"), started),
                       demoShow(QStringLiteral("s2"), QStringLiteral("Nosferatu"), later)});
    shown.window->selectShow(QStringLiteral("s1"));
    auto *warning = shown.window->findChild<QLabel *>(QStringLiteral("showStartedWarning"));
    ASSERT_NE(warning, nullptr);
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().startsWith(QStringLiteral("This show started 12 minute"))) << warning->text().toStdString();
    shown.window->selectShow(QStringLiteral("s2"));
    EXPECT_FALSE(warning->isVisible());
}

TEST(SalesList, ShowsTitlesSeatLabelsAndCategoryNamesNotIds)
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/resources/layouts/studio.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject layout = QJsonDocument::fromJson(file.readAll()).object();
    ServerConnection connection(QStringLiteral("T-test"));
    LocalCache cache{QString()};
    cache.put(QStringLiteral("layout:7:1"), layout); // as the main window caches what it showed
    Show show = demoShow(QStringLiteral("s1"), QStringLiteral("Metropolis"), QDateTime(QDate(2026, 12, 1), QTime(20, 15)));
    SalesDialog dialog(&connection);
    dialog.setNameSources(&cache, {show});

    SaleRecord sale;
    sale.saleId = QStringLiteral("42");
    sale.showId = QStringLiteral("s1");
    sale.soldAt = QDateTime(QDate(2026, 12, 1), QTime(19, 0));
    sale.total = *Money::fromMinor(950, u"EUR");
    Ticket ticket;
    ticket.id = QStringLiteral("t1");
    ticket.seatId = QStringLiteral("main-A-1");
    ticket.category = QStringLiteral("standard");
    ticket.code = QStringLiteral("ABC123");
    ticket.price = sale.total;
    sale.tickets = {ticket};
    dialog.showSales({sale});

    auto *results = dialog.findChild<QTreeWidget *>(QStringLiteral("salesResults"));
    ASSERT_NE(results, nullptr);
    ASSERT_EQ(results->topLevelItemCount(), 1);
    const QTreeWidgetItem *saleItem = results->topLevelItem(0);
    EXPECT_TRUE(saleItem->text(0).contains(QStringLiteral("Metropolis"))) << saleItem->text(0).toStdString();
    EXPECT_FALSE(saleItem->text(0).contains(QStringLiteral("s1"))) << saleItem->text(0).toStdString();
    ASSERT_EQ(saleItem->childCount(), 1);
    const QTreeWidgetItem *line = saleItem->child(0);
    EXPECT_TRUE(line->text(0).startsWith(QStringLiteral("Row A, seat 1"))) << line->text(0).toStdString();
    EXPECT_TRUE(line->text(0).contains(QStringLiteral("ABC123")));
    EXPECT_EQ(line->text(1), QStringLiteral("Standard")) << "the layout's name, not the id";
    EXPECT_EQ(results->header()->sectionResizeMode(1), QHeaderView::ResizeToContents);
    EXPECT_EQ(results->header()->sectionResizeMode(3), QHeaderView::ResizeToContents);
}
