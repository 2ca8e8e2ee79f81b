#include "mainwindow.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QtWidgets/QLabel>

using namespace Marquee;

TEST(MainWindow, ShowsTheConnectionStateAtAllTimes)
{
    MainWindow window;
    window.show();
    auto *label = window.findChild<QLabel *>(QStringLiteral("connectionState"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(QStringLiteral("Offline")));

    window.setConnectionState(MainWindow::ConnectionState::Reconnecting);
    EXPECT_TRUE(label->text().contains(QStringLiteral("Reconnecting")));
    window.setConnectionState(MainWindow::ConnectionState::Connected);
    EXPECT_TRUE(label->text().contains(QStringLiteral("Connected")));
    EXPECT_EQ(window.connectionState(), MainWindow::ConnectionState::Connected);
}
