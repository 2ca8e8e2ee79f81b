// marquee-screenshots OUTPUT_DIR [LANGUAGE]
//
// With LANGUAGE (such as de) the box office runs in that language and every file name gets a
// "-LANGUAGE" suffix (main-grand-hall-de.png).
// Takes the screenshots of docs/screenshots: a real server on its own embedded PostgreSQL with the
// demo venue, another terminal that holds and sells seats, and the real box-office window driven
// the way a cashier would. Run it under Xvfb:
//   xvfb-run -a -s "-screen 0 1400x900x24" build/test/tests/e2e/marquee-screenshots docs/screenshots
#include "basketwidget.h"
#include "clientapp.h"
#include "translation.h"
#include "demoseed.h"
#include "embeddedpostgres.h"
#include "localcache.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "pgconnection.h"
#include "salesdialog.h"
#include "schema.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "serverconnection.h"
#include "showpicker.h"
#include "signindialog.h"
#include "syncserver.h"
#include "testterminal.h"
#include "ticketrenderer.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QLocale>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>

#include <cstdlib>
#include <sys/stat.h>

using namespace Marquee;
using Marquee::Test::waitUntil;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}


void settle(int ms)
{
    waitUntil([] { return false; }, ms);
}

QString g_suffix; // "-de" for a German run

QString shot(const QDir &dir, QString name)
{
    name.insert(name.lastIndexOf(u'.'), g_suffix);
    return dir.filePath(name);
}

void save(QWidget *widget, const QString &file)
{
    settle(300);
    widget->grab().save(file);
    out() << "wrote " << file << Qt::endl;
}

// Another terminal's work: holds some seats, sells others, in one show.
void busyOtherTerminal(Test::TestTerminal &other, const QString &showId, const QStringList &seats, int sell, int hold)
{
    int i = 0;
    for (int n = 0; n < sell && i + 4 <= seats.size(); n += 4, i += 5) {
        HoldRequest request;
        request.showId = showId;
        request.seatIds = seats.mid(i, 4);
        auto held = other.call<HoldReply>(request);
        if (!held)
            continue;
        SellRequest sale;
        sale.holdId = held->holdId;
        Payment cash;
        cash.method = PaymentMethod::Cash;
        cash.amount = held->total;
        cash.tendered = held->total;
        sale.payments = {cash};
        (void)other.call<SellReply>(sale);
    }
    for (int n = 0; n < hold && i + 2 <= seats.size(); n += 2, i += 7) {
        HoldRequest request;
        request.showId = showId;
        request.seatIds = seats.mid(i, 2);
        (void)other.call<HoldReply>(request);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("marquee-screenshots"));
    const QStringList args = QApplication::arguments();
    if (args.size() != 2 && args.size() != 3) {
        QTextStream(stderr) << "usage: marquee-screenshots OUTPUT_DIR [LANGUAGE]" << Qt::endl;
        return 2;
    }
    if (args.size() == 3) {
        QLocale::setDefault(QLocale(args[2]));
        installTranslation(app, args[2]);
        g_suffix = u'-' + args[2];
    }
    const QDir output(args[1]);
    QDir().mkpath(output.absolutePath());
    QStandardPaths::setTestModeEnabled(true);

    // A cluster of our own under a world-enterable directory (PostgreSQL may run as postgres).
    QByteArray pattern = QFile::encodeName(QDir::tempPath() + QStringLiteral("/marquee-shots-XXXXXX"));
    if (!::mkdtemp(pattern.data()) || ::chmod(pattern.constData(), 0755) != 0)
        return 1;
    const QString base = QFile::decodeName(pattern);
    EmbeddedPostgres::Options options;
    options.dataDir = base + QStringLiteral("/pg");
    EmbeddedPostgres pg(options);
    if (const Status started = pg.start(); !started) {
        QTextStream(stderr) << started.error().message << Qt::endl;
        return 1;
    }
    {
        auto db = PgConnection::connect(pg.connectionUrl());
        if (!db || !migrate(*db) || !seedDemo(*db, 1)) {
            QTextStream(stderr) << "cannot prepare the demo database" << Qt::endl;
            return 1;
        }
    }
    ServerConfig config;
    config.listenAddress = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.httpPort = 0;
    config.databaseUrl = pg.connectionUrl();
    config.paymentDelayMs = 50;
    SyncServer server(config);
    if (!server.start())
        return 1;
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));

    // The box office, signed in the way a cashier does it.
    ServerConnection connection(QStringLiteral("box-1"));
    LocalCache cache{QString()};
    MainWindow window(&connection, &cache);
    window.resize(1380, 860);
    window.show();
    SignInDialog signIn(&connection, &window);
    signIn.setServerUrl(url.toString());
    signIn.setUser(QStringLiteral("cashier"));
    signIn.show();
    save(&signIn, shot(output, QStringLiteral("sign-in.png")));
    signIn.signInAs(QStringLiteral("cashier"), QStringLiteral("cashier"));
    if (!waitUntil([&] { return connection.isSignedIn() && window.showPicker()->showCount() > 0; }))
        return 1;

    Test::TestTerminal other(QStringLiteral("box-2"));
    if (!other.open(url) || !other.signIn(QStringLiteral("cashier2"), QStringLiteral("cashier2")))
        return 1;

    auto db = PgConnection::connect(pg.connectionUrl());
    const QStringList auditoriums = {QStringLiteral("Studio"), QStringLiteral("Cinema 1"), QStringLiteral("Grand Hall")};
    for (const QString &auditorium : auditoriums) {
        auto show = db->exec(QStringLiteral("SELECT s.id FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id"
                                            " WHERE a.name = $1 ORDER BY s.starts_at LIMIT 1"),
                             {auditorium});
        const QString showId = show->value(0, 0);
        auto seats = db->exec(QStringLiteral("SELECT seat_id FROM show_seats WHERE show_id = $1 AND status = 'available'"
                                             " ORDER BY seat_id"),
                              {showId});
        QStringList ids;
        for (int i = 0; i < seats->rowCount(); ++i)
            ids.append(seats->value(i, 0));
        // Scatter the other terminal's sales over the hall.
        QStringList scattered;
        QRandomGenerator random(7);
        for (int i = 0; i < ids.size(); i += 1 + int(random.bounded(9)))
            scattered.append(ids[i]);
        const int scale = auditorium == QLatin1String("Grand Hall") ? 160 : 24;
        busyOtherTerminal(other, showId, ids.mid(ids.size() / 3), scale, scale / 4);

        window.selectShow(showId);
        if (!waitUntil([&] {
                const LiveShow *live = connection.show(showId);
                return window.seatMap()->seatCount() > 0 && live && live->version >= 0 && !window.seatMap()->isStale();
            }))
            return 1;
        settle(500);
        // The cashier holds two seats and has three more selected.
        QStringList mine;
        for (SeatItem *item : window.seatMap()->seatItems()) {
            if (item->visualState() == SeatVisualState::Available && item->isSelectableByMe()
                && item->seat().position.y > window.seatMap()->seatLayout().stage.position.y + 3)
                mine.append(item->seatId());
            if (mine.size() == 5)
                break;
        }
        window.seatMap()->setSelectedSeatIds(mine.mid(0, 2));
        window.holdSelection();
        waitUntil([&] { return window.basket()->isHeld(); });
        window.seatMap()->setSelectedSeatIds(mine);
        settle(400);
        QString name = auditorium.toLower();
        name.replace(u' ', u'-');
        save(&window, shot(output, QStringLiteral("main-%1.png").arg(name)));
        if (auditorium == QLatin1String("Grand Hall")) {
            PaymentDialog payment(window.basket()->total(), &window);
            payment.setHoldExpiry(window.basket()->holdExpiry());
            payment.show();
            save(&payment, shot(output, QStringLiteral("payment.png")));
            // The hold ran out while the customer was still looking for the card.
            payment.setHoldExpiry(QDateTime::currentDateTimeUtc().addSecs(-1));
            save(&payment, shot(output, QStringLiteral("payment-expired.png")));
            // A small screen (1024 x 768) with the largest hall.
            window.resize(1024, 768);
            settle(400);
            save(&window, shot(output, QStringLiteral("main-1024x768.png")));
            window.resize(1380, 860);
        }
        // Release for the next auditorium.
        QMetaObject::invokeMethod(window.basket(), &BasketWidget::releaseRequested);
        waitUntil([&] { return !window.basket()->isHeld(); });
    }

    // A sale of our own for the ticket, the receipt and the shift report.
    window.seatMap()->clearSeatSelection();
    QStringList two;
    for (SeatItem *item : window.seatMap()->seatItems()) {
        if (item->visualState() == SeatVisualState::Available && item->isSelectableByMe())
            two.append(item->seatId());
        if (two.size() == 2)
            break;
    }
    window.seatMap()->setSelectedSeatIds(two);
    window.holdSelection();
    waitUntil([&] { return window.basket()->isHeld(); });
    Payment cash;
    cash.method = PaymentMethod::Cash;
    cash.amount = window.basket()->total();
    cash.tendered = *cash.amount.plus(*Money::fromMinor(1000, u"EUR"));
    window.pay({cash});
    waitUntil([&] { return !window.lastTickets().isEmpty(); });
    if (!window.lastTickets().isEmpty()) {
        TicketRenderer::renderTicket(window.lastTickets().first(), 150).save(shot(output, QStringLiteral("ticket.png")));
        out() << "wrote " << shot(output, QStringLiteral("ticket.png")) << Qt::endl;
    }
    auto report = other.call<ShiftReportReply>(ShiftReportRequest{});
    Test::TestTerminal me(QStringLiteral("box-1"));
    if (me.open(url) && me.signIn(QStringLiteral("cashier"), QStringLiteral("cashier"))) {
        // The terminal's open shift so far (the X report).
        if (auto mine = me.call<ShiftReportReply>(ShiftReportRequest{})) {
            TicketRenderer::renderShiftReport(*mine, 150).save(shot(output, QStringLiteral("shift-report.png")));
            out() << "wrote " << shot(output, QStringLiteral("shift-report.png")) << Qt::endl;
        }
    }
    Q_UNUSED(report);

    SalesDialog sales(&connection, &window);
    sales.show();
    sales.showRecent();
    waitUntil([&] { return sales.saleCount() > 0; });
    save(&sales, shot(output, QStringLiteral("sales.png")));
    sales.close();

    // Closing the shift with 9.50 missing from the drawer: the Z report.
    QObject::connect(&window, &MainWindow::shiftClosed, &window, [&output](const ShiftReportReply &z) {
        TicketRenderer::renderShiftReport(z, 150).save(shot(output, QStringLiteral("z-report.png")));
        out() << "wrote " << shot(output, QStringLiteral("z-report.png")) << Qt::endl;
    });
    bool closed = false;
    QObject::connect(&window, &MainWindow::shiftClosed, &window, [&closed] { closed = true; });
    if (auto open = me.call<ShiftReportReply>(ShiftReportRequest{}); open && open->expectedCash) {
        window.closeShiftWith(*open->expectedCash->minus(*Money::fromMinor(950, u"EUR")), QStringLiteral("counted twice"));
        waitUntil([&] { return closed; });
    }

    connection.close();
    other.close();
    server.shutdown(1000);
    waitUntil([] { return false; }, 1200);
    (void)pg.stop();
    QDir(base).removeRecursively();
    return 0;
}
