#include "basketwidget.h"
#include "clientapp.h"
#include "connectionbanner.h"
#include "localcache.h"
#include "mainwindow.h"
#include "printers.h"
#include "serverconnection.h"
#include "showpicker.h"
#include "signindialog.h"

#include <gtest/gtest.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

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
