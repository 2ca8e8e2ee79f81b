#include "basketwidget.h"
#include "localcache.h"
#include "mainwindow.h"
#include "printers.h"
#include "serverconnection.h"

#include <gtest/gtest.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

using namespace Marquee;

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
