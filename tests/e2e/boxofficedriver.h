#pragma once

// Drives a real box-office window in end-to-end tests (test_boxoffice, test_studio): a
// connection, a cache and the main window, signed in; selling and picking free seats.
#include "basketwidget.h"
#include "localcache.h"
#include "mainwindow.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "serverconnection.h"
#include "showpicker.h"
#include "testterminal.h"

#include <QtTest/QSignalSpy>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

namespace Marquee::Test {

// One box office: a connection, a cache and the main window, signed in.
struct BoxOffice
{
    BoxOffice(const QString &terminal, const QUrl &url, const QString &user, std::optional<Money> openingFloat = std::nullopt)
        : connection(terminal)
        , cache(QString())
        , window(&connection, &cache)
    {
        window.show();
        // Every frame of every flow must decode with the shared decoder.
        QObject::connect(&connection, &ServerConnection::undecodableFrame, &connection, [](const QString &text, const Error &error) {
            ADD_FAILURE() << "the server sent a frame that does not decode: " << error.toString().toStdString() << "\n"
                          << text.left(2000).toStdString();
        });
        connection.open(url);
        connection.signIn(user, user, openingFloat, [this](const Result<SessionReply> &s) {
            signedIn = bool(s);
            if (s)
                session = *s;
        });
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
    SessionReply session;
};

inline Payment cashFor(const Money &amount, qint64 extra = 0)
{
    Payment cash;
    cash.method = PaymentMethod::Cash;
    cash.amount = amount;
    cash.tendered = *amount.plus(eur(extra));
    return cash;
}

// Sells `count` free seats at the box office; the sale's reply.
inline std::optional<SellReply> sellSeats(BoxOffice &office, int count, const std::function<QList<Payment>(const Money &)> &pay)
{
    QSignalSpy sold(&office.window, &MainWindow::saleCompleted);
    QStringList seats;
    for (SeatItem *item : office.window.seatMap()->seatItems()) {
        if (item->visualState() == SeatVisualState::Available && seats.size() < count)
            seats.append(item->seatId());
    }
    office.window.seatMap()->setSelectedSeatIds(seats);
    office.window.holdSelection();
    if (!waitUntil([&] { return office.window.basket()->isHeld(); }))
        return std::nullopt;
    office.window.pay(pay(office.window.basket()->total()));
    if (!sold.wait(10000))
        return std::nullopt;
    return qvariant_cast<SellReply>(sold.first().first());
}

inline QStringList firstFree(SeatMapScene *scene, int count)
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

} // namespace Marquee::Test
