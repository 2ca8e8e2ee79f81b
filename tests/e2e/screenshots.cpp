// marquee-screenshots OUTPUT_DIR [LANGUAGE] [--studio-only] [--door-only] [--kiosk-only] [--keep-open]
//
// With LANGUAGE (such as de) the box office runs in that language and every file name gets a
// "-LANGUAGE" suffix (main-grand-hall-de.png).
// Takes the screenshots of docs/screenshots: the layout studio driven the way a manager draws
// (studio-*.png), then a real server on its own embedded PostgreSQL with the demo venue, another
// terminal that holds and sells seats, and the real box-office window driven the way a cashier
// would. --studio-only takes the studio's alone (no server); --keep-open leaves the studio open
// afterwards, to try it by hand (or with xdotool). --door-only takes the door's alone (door-*.png:
// a server, tickets sold and some admitted at another door, the door window scanning). The
// self-service kiosk's (kiosk-*.png, 1920x1080 and 1080x1920) come last; --kiosk-only takes those
// alone (run it on a 1920x1920 screen). Run it under Xvfb:
//   xvfb-run -a -s "-screen 0 1920x1920x24" build/test/tests/e2e/marquee-screenshots docs/screenshots
#include "auditpage.h"
#include "backofficewindow.h"
#include "pricespage.h"
#include "programmepage.h"
#include "seatspage.h"
#include "weekgrid.h"
#include "reportspage.h"
#include "userspage.h"
#include "basketwidget.h"
#include "categoriespanel.h"
#include "clientapp.h"
#include "kioskexitdialog.h"
#include "kioskidlewatch.h"
#include "kiosksale.h"
#include "kiosksettings.h"
#include "kioskwindow.h"
#include "doorscanner.h"
#include "doorshows.h"
#include "doorwindow.h"
#include "translation.h"
#include "demoseed.h"
#include "embeddedpostgres.h"
#include "formatting.h"
#include "layoutdocument.h"
#include "layoutedit.h"
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
#include "studioscene.h"
#include "studiotools.h"
#include "studioview.h"
#include "studiowindow.h"
#include "syncserver.h"
#include "testterminal.h"
#include "ticketrenderer.h"

#include <QtCore/QDeadlineTimer>
#include <QtTest/QTest>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QTimeZone>
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

// Four weeks of sales in the demo venue for the reports, by tests/support/reports_seed.sql.
bool seedReports(const QString &url)
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/tests/support/reports_seed.sql"));
    auto db = PgConnection::connect(url);
    if (!file.open(QIODevice::ReadOnly) || !db || !db->execScript(QString::fromUtf8(file.readAll())))
        return false;
    const QString first = QDate::currentDate().addDays(-27).toString(Qt::ISODate);
    return bool(db->exec(
        QStringLiteral("SELECT marquee_seed_reports(v.id, a.id, 2, $1::date, 30, 5, 3000,"
                       " $1::date::timestamp AT TIME ZONE v.timezone, now() - interval '1 hour', u.id)"
                       " FROM venues v JOIN auditoriums a ON a.venue_id = v.id AND a.name = 'Cinema 1',"
                       " users u WHERE u.username = 'manager'"),
        { first }));
}

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

// --- the self-service kiosk ---

// Taps a kiosk button (by object name) as a customer would; false when it is not there to tap.
bool tapKiosk(KioskWindow &kiosk, const QString &name)
{
    auto *button = kiosk.findChild<QPushButton *>(name);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    button->click();
    return true;
}

// The kiosk's screens at 1920x1080 (landscape) and 1080x1920 (portrait), along the customer's path
// for the next show, with another terminal's sales around the best seats.
bool takeKioskShots(const QDir &output, const QUrl &url, const QString &databaseUrl)
{
    KioskSettings settings;
    settings.user = QStringLiteral("kiosk");
    settings.password = QStringLiteral("kiosk");
    settings.terminalId = QStringLiteral("kiosk-lobby");
    settings.defaultLanguage = g_suffix.isEmpty() ? QStringLiteral("en") : g_suffix.mid(1);
    settings.idleSeconds = 3600; // the shots take their time
    ServerConnection connection(settings.terminalId);
    connection.setDrawer(false);
    KioskWindow kiosk(&connection, settings);
    kiosk.resize(1920, 1080);
    kiosk.show();
    connection.open(url);
    connection.signIn(settings.user, settings.password, [](const Result<SessionReply> &) {});
    if (!waitUntil([&] { return kiosk.isAvailable() && !kiosk.shows().isEmpty(); }))
        return false;

    // The next show is busy: another terminal sold and holds seats scattered over the hall.
    const QString showId = kiosk.shows().constFirst().id;
    Test::TestTerminal other(QStringLiteral("box-9"));
    auto db = PgConnection::connect(databaseUrl);
    if (db && other.open(url) && other.signIn(QStringLiteral("cashier2"), QStringLiteral("cashier2"))) {
        auto seats = db->exec(QStringLiteral("SELECT seat_id FROM show_seats WHERE show_id = $1 AND status = 'available' ORDER BY seat_id"), {showId});
        QStringList ids;
        for (int i = 0; seats && i < seats->rowCount(); ++i)
            ids.append(seats->value(i, 0));
        QStringList scattered;
        QRandomGenerator random(11);
        for (int i = 0; i < ids.size(); i += 1 + int(random.bounded(3)))
            scattered.append(ids[i]);
        busyOtherTerminal(other, showId, scattered, int(ids.size() / 4), 4);
    }
    settle(1500);
    save(&kiosk, shot(output, QStringLiteral("kiosk-idle-landscape.png")));
    kiosk.resize(1080, 1920);
    settle(500);
    save(&kiosk, shot(output, QStringLiteral("kiosk-idle-portrait.png")));
    kiosk.resize(1920, 1080);
    settle(300);

    if (!tapKiosk(kiosk, QStringLiteral("film-0")))
        return false;
    save(&kiosk, shot(output, QStringLiteral("kiosk-show-time.png")));
    if (!tapKiosk(kiosk, QStringLiteral("time-0")))
        return false;
    waitUntil([&] {
        const auto labels = kiosk.findChildren<QLabel *>();
        return std::count_if(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->objectName().startsWith(QLatin1String("count-")); }) > 1;
    }, 5000);
    // A child with the two adults.
    tapKiosk(kiosk, QStringLiteral("plus-1"));
    save(&kiosk, shot(output, QStringLiteral("kiosk-tickets.png")));
    kiosk.resize(1080, 1920);
    settle(300);
    save(&kiosk, shot(output, QStringLiteral("kiosk-tickets-portrait.png")));
    kiosk.resize(1920, 1080);
    settle(300);
    tapKiosk(kiosk, QStringLiteral("minus-1"));
    if (!tapKiosk(kiosk, QStringLiteral("chooseSeats")))
        return false;
    if (!waitUntil([&] { return kiosk.sale()->state() == KioskSale::State::Held && kiosk.sale()->heldSeats().size() == 2; }))
        return false;
    settle(500);
    save(&kiosk, shot(output, QStringLiteral("kiosk-seats-landscape.png")));
    kiosk.resize(1080, 1920);
    settle(500);
    save(&kiosk, shot(output, QStringLiteral("kiosk-seats-portrait.png")));
    kiosk.resize(1920, 1080);
    settle(300);
    if (!tapKiosk(kiosk, QStringLiteral("toPayment")))
        return false;
    save(&kiosk, shot(output, QStringLiteral("kiosk-payment.png")));
    // "Still there?" over the payment screen.
    kiosk.idleWatch()->setTimes(1, 10);
    waitUntil([&] { return kiosk.idleWatch()->isWarning(); }, 3000);
    save(&kiosk, shot(output, QStringLiteral("kiosk-still-there.png")));
    tapKiosk(kiosk, QStringLiteral("continue"));
    kiosk.idleWatch()->setTimes(3600, 10);
    if (!tapKiosk(kiosk, QStringLiteral("payByCard")))
        return false;
    if (!waitUntil([&] { return kiosk.page() == KioskWindow::Page::Done; }))
        return false;
    save(&kiosk, shot(output, QStringLiteral("kiosk-done.png")));
    kiosk.resize(1080, 1920);
    settle(300);
    save(&kiosk, shot(output, QStringLiteral("kiosk-done-portrait.png")));
    kiosk.resize(1920, 1080);
    tapKiosk(kiosk, QStringLiteral("doneButton"));

    // A large hall: the map zoomed in around the best seats, so that a finger hits a seat.
    settle(300);
    for (QPushButton *film : kiosk.findChildren<QPushButton *>()) {
        if (!film->objectName().startsWith(QLatin1String("film-")) || !film->isVisible()
            || !film->text().contains(QStringLiteral("Magic Flute")))
            continue;
        film->click();
        settle(300);
        if (tapKiosk(kiosk, QStringLiteral("time-0")) && tapKiosk(kiosk, QStringLiteral("chooseSeats"))
            && waitUntil([&] { return kiosk.sale()->state() == KioskSale::State::Held; })) {
            settle(500);
            save(&kiosk, shot(output, QStringLiteral("kiosk-seats-large-hall.png")));
        }
        kiosk.resetToIdle();
        break;
    }

    // The staff's way out (five taps in the top left corner).
    kiosk.openExitDialog();
    settle(300);
    if (kiosk.exitDialog())
        save(kiosk.exitDialog(), shot(output, QStringLiteral("kiosk-exit.png")));
    kiosk.resetToIdle();

    // Without the server: "temporarily unavailable".
    connection.close();
    waitUntil([&] { return !kiosk.isAvailable(); });
    save(&kiosk, shot(output, QStringLiteral("kiosk-unavailable.png")));

    // The large-text and high-contrast modes of the config file, on the tickets page.
    {
        KioskSettings accessible = settings;
        accessible.largeText = true;
        accessible.highContrast = true;
        accessible.terminalId = QStringLiteral("kiosk-lobby-2");
        ServerConnection second(accessible.terminalId);
        second.setDrawer(false);
        KioskWindow big(&second, accessible);
        big.resize(1080, 1920);
        big.show();
        second.open(url);
        second.signIn(accessible.user, accessible.password, [](const Result<SessionReply> &) {});
        if (waitUntil([&] { return big.isAvailable() && !big.shows().isEmpty(); })) {
            settle(500);
            save(&big, shot(output, QStringLiteral("kiosk-large-contrast-idle.png")));
            if (tapKiosk(big, QStringLiteral("film-0")) && tapKiosk(big, QStringLiteral("time-0"))
                && tapKiosk(big, QStringLiteral("chooseSeats"))
                && waitUntil([&] { return big.sale()->state() == KioskSale::State::Held; })) {
                settle(500);
                save(&big, shot(output, QStringLiteral("kiosk-large-contrast-seats.png")));
            }
            big.resetToIdle();
            settle(300);
        }
        second.close();
    }
    other.close();
    return true;
}

// --- the layout studio ---

void sendMouse(QWidget *target, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

// The layout's own names (data the manager types) in the run's language.
QString named(const char *english, const char *german)
{
    return QString::fromUtf8(g_suffix == QLatin1String("-de") ? german : english);
}

QSet<QString> seatsOf(const Section &section)
{
    QSet<QString> ids;
    for (const Row &row : section.rows) {
        for (const Seat &seat : row.seats)
            ids.insert(seat.id);
    }
    return ids;
}

// A mouse drag on the canvas in scene coordinates; without `release` it stays pressed (a drawing
// in progress).
void dragOnCanvas(StudioView *view, QPointF from, QPointF to, bool release = true)
{
    QWidget *viewport = view->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, view->mapFromScene(from), Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 8; ++step)
        sendMouse(viewport, QEvent::MouseMove, view->mapFromScene(from + (to - from) * (step / 8.0)), Qt::NoButton,
                  Qt::LeftButton);
    if (release)
        sendMouse(viewport, QEvent::MouseButtonRelease, view->mapFromScene(to), Qt::LeftButton, Qt::NoButton);
}

void setSpin(QWidget *window, const char *name, double value)
{
    if (auto *spin = window->findChild<QDoubleSpinBox *>(QString::fromLatin1(name)))
        spin->setValue(value);
    else if (auto *intSpin = window->findChild<QSpinBox *>(QString::fromLatin1(name)))
        intSpin->setValue(int(value));
}

// A theatre as a manager draws it: a stage, stalls in two curved halves around a centre aisle,
// wheelchair spaces with their companions in the front row, and two slips the problems panel
// catches (a companion seat without a wheelchair space, a row label given twice).
void drawStalls(StudioWindow &window)
{
    LayoutDocument *document = window.document();
    Layout start;
    start.name = named("Stadttheater", "Stadttheater");
    start.stage = Stage{StageKind::Stage, LayoutPoint{0.0, 0.0}, 24.0};
    start.categories = {Category{QStringLiteral("premium"), named("Premium", "Premium"), QStringLiteral("#c8102e")},
                        Category{QStringLiteral("standard"), named("Standard", "Standard"), QStringLiteral("#1f6fb2")},
                        Category{QStringLiteral("balcony"), named("Balcony", "Rang"), QStringLiteral("#5b8c2a")}};
    window.openLayout(start, start.name);
    for (const int side : {-1, 1}) {
        CurvedBlockOptions o;
        o.sectionId = freshSectionId(document->layout());
        o.sectionName = side < 0 ? named("Stalls left", "Parkett links") : named("Stalls right", "Parkett rechts");
        o.centre = {0.0, -6.0};
        o.firstRadius = 10.0;
        o.rows = 12;
        o.spanDegrees = 34.0;
        o.middleDegrees = side * 23.0;
        o.categoryId = QStringLiteral("standard");
        document->addSection(*makeCurvedBlock(o), QStringLiteral("Add a block"));
    }
    const Layout &layout = document->layout();
    // The first four rows are premium.
    QSet<QString> front;
    for (const Section &section : layout.sections) {
        for (qsizetype r = 0; r < 4; ++r) {
            for (const Seat &seat : section.rows[r].seats)
                front.insert(seat.id);
        }
    }
    document->setSelection(front);
    document->setSelectionCategory(QStringLiteral("premium"));
    const Row &leftFront = document->layout().sections[0].rows[0];
    document->setSelection({leftFront.seats[0].id});
    document->setSelectionFlag(SeatFlag::Wheelchair, true);
    document->setSelection({leftFront.seats[1].id});
    document->setSelectionFlag(SeatFlag::Companion, true);
    const Row &rightFront = document->layout().sections[1].rows[0];
    document->setSelection({rightFront.seats.constLast().id});
    document->setSelectionFlag(SeatFlag::Companion, true); // the slip: no wheelchair space beside it
    const Section &right = document->layout().sections[1];
    document->setSelection({right.rows[11].seats[0].id, right.rows[11].seats[1].id});
    document->setSelectionFlag(SeatFlag::RestrictedView, true);
    document->setRowLabel(right.rows[10].id, right.rows[9].label); // the other slip: a label twice
    document->addAisle({0.0, 4.0}, {0.0, 24.0}, 1.2);
    document->setSelection({});
}

void takeStudioShots(const QDir &output, bool keepOpen)
{
    StudioWindow window;
    window.resize(1380, 860);
    window.show();
    waitUntil([&] { return window.isVisible(); }, 2000);
    save(&window, shot(output, QStringLiteral("studio-empty.png")));

    // Mid-drawing: the balcony dragged out with the curved block tool, concentric with the stalls,
    // while the problems panel lists what is wrong so far.
    drawStalls(window);
    window.view()->showArea(QRectF(-34.0, -3.0, 68.0, 44.0));
    window.toolAction(StudioTool::CurvedBlock)->trigger();
    setSpin(&window, "curvedRadius", 36.0);
    setSpin(&window, "curvedSpan", 56.0);
    window.validateNow();
    dragOnCanvas(window.view(), QPointF(0.0, 30.0), QPointF(0.0, 36.4), false);
    save(&window, shot(output, QStringLiteral("studio-curved-balcony.png")));
    sendMouse(window.view()->viewport(), QEvent::MouseButtonRelease, window.view()->mapFromScene(QPointF(0.0, 36.4)),
              Qt::LeftButton, Qt::NoButton);

    // Odd and even numbers: the balcony numbered from the centre, odd numbers on the right.
    LayoutDocument *document = window.document();
    const Section &balcony = document->layout().sections.constLast();
    document->setSectionName(balcony.id, named("Balcony", "Rang"));
    document->setSelection(seatsOf(document->layout().sections.constLast()));
    document->setSelectionCategory(QStringLiteral("balcony"));
    SeatLabelOptions oddEven;
    oddEven.scheme = SeatLabelOptions::Scheme::OddEven;
    document->renumberSelection(nullptr, &oddEven);
    const Row &balconyFront = document->layout().sections.constLast().rows[0];
    const Seat &middle = balconyFront.seats.at(balconyFront.seats.size() / 2);
    document->setSelection({middle.id});
    window.toolAction(StudioTool::Select)->trigger();
    window.view()->fitAll();
    window.view()->zoomBy(38.0 / window.view()->zoom(), window.view()->viewport()->rect().center());
    window.view()->centerOn(QPointF(middle.position.x, middle.position.y + 4.0));
    window.validateNow();
    save(&window, shot(output, QStringLiteral("studio-odd-even.png")));
    window.markSaved();

    // A traced floor plan: the venue's drawing under a new layout, measured, and drawn over.
    QTemporaryDir planDir;
    const QString planPath = planDir.filePath(QStringLiteral("floor-plan.svg"));
    QFile plan(planPath);
    if (plan.open(QIODevice::WriteOnly)) {
        plan.write(QStringLiteral(
                       "<svg xmlns='http://www.w3.org/2000/svg' width='640' height='440' viewBox='0 0 640 440'>"
                       "<rect x='0' y='0' width='640' height='440' fill='#ffffff'/>"
                       "<rect x='20' y='20' width='600' height='400' fill='none' stroke='#2b2b2b' stroke-width='8'/>"
                       "<rect x='170' y='28' width='300' height='56' fill='#e6e1d6' stroke='#2b2b2b' stroke-width='3'/>"
                       "<text x='320' y='64' font-family='sans-serif' font-size='22' text-anchor='middle'>%1</text>"
                       "<circle cx='150' cy='230' r='11' fill='#2b2b2b'/><circle cx='490' cy='230' r='11' fill='#2b2b2b'/>"
                       "<rect x='60' y='412' width='70' height='16' fill='#ffffff'/>"
                       "<rect x='510' y='412' width='70' height='16' fill='#ffffff'/>"
                       "<path d='M60 416 A70 70 0 0 1 130 346' fill='none' stroke='#777' stroke-width='2'/>"
                       "<path d='M580 416 A70 70 0 0 0 510 346' fill='none' stroke='#777' stroke-width='2'/>"
                       "<line x1='20' y1='436' x2='220' y2='436' stroke='#c8102e' stroke-width='2'/>"
                       "<text x='120' y='432' font-family='sans-serif' font-size='14' text-anchor='middle' fill='#c8102e'>10 m</text>"
                       "</svg>")
                       .arg(named("STAGE", "BÜHNE"))
                       .toUtf8());
        plan.close();
    }
    Layout traced;
    traced.name = named("Studio stage", "Studiobühne");
    traced.stage = Stage{StageKind::Stage, LayoutPoint{0.0, 1.6}, 30.0}; // over the plan's stage
    traced.categories = {Category{QStringLiteral("standard"), named("Standard", "Standard"), QStringLiteral("#1f6fb2")}};
    window.openLayout(traced, traced.name);
    StudioScene *scene = window.scene();
    scene->loadFloorPlan(planPath);
    // 200 pixels of the plan are 10 m (20 seat widths); its top left corner at (-32, -4). The plan's
    // stage is then at x -15 .. 15, its pillars at (-17, 19) and (17, 19).
    scene->setFloorPlanScale(20.0 / 200.0, scene->floorPlanItem()->mapToScene(QPointF(0.0, 0.0)));
    scene->floorPlanItem()->setPos(QPointF(-32.0, -4.0) - scene->floorPlanItem()->mapToScene(QPointF(0.0, 0.0))
                                   + scene->floorPlanItem()->pos());
    window.view()->fitAll();
    window.toolAction(StudioTool::StraightBlock)->trigger();
    // Two blocks between the pillars and the centre aisle.
    dragOnCanvas(window.view(), QPointF(-14.5, 8.0), QPointF(-1.5, 22.5));
    dragOnCanvas(window.view(), QPointF(1.5, 8.0), QPointF(14.5, 22.5));
    window.toolAction(StudioTool::Aisle)->trigger();
    dragOnCanvas(window.view(), QPointF(0.0, 6.5), QPointF(0.0, 37.5));
    // The exits, written where the plan has its doors.
    window.toolAction(StudioTool::Text)->trigger();
    if (auto *text = window.findChild<QLineEdit *>(QStringLiteral("toolText")))
        text->setText(named("Exit", "Ausgang"));
    for (const double x : {-23.0, 23.0})
        dragOnCanvas(window.view(), QPointF(x, 34.0), QPointF(x, 34.0));
    window.toolAction(StudioTool::Select)->trigger();
    const QList<Section> sections = window.document()->layout().sections;
    if (sections.size() == 2) {
        window.document()->setSectionName(sections[0].id, named("Left", "Links"));
        window.document()->setSectionName(sections[1].id, named("Right", "Rechts"));
    }
    window.document()->setSelection({});
    window.view()->fitAll();
    window.validateNow();
    save(&window, shot(output, QStringLiteral("studio-floor-plan.png")));

    if (keepOpen) {
        out() << "the studio stays open; close its window to go on" << Qt::endl;
        QEventLoop loop;
        QObject::connect(qApp, &QApplication::lastWindowClosed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    window.markSaved();
}

} // namespace

// --- the door ---

// The door of an evening in the Grand Hall: tickets sold, some admitted at the other door
// (door-2), and this door (door-1) scanning as a USB scanner types: one admitted (green), then a
// ticket the other door admitted before (red).
namespace {

bool takeDoorShots(const QDir &output, const QUrl &url, const QString &databaseUrl)
{
    auto db = PgConnection::connect(databaseUrl);
    if (!db)
        return false;
    auto show = db->exec(QStringLiteral("SELECT s.id FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id"
                                        " WHERE a.name = 'Grand Hall' ORDER BY s.starts_at LIMIT 1"));
    if (!show || show->rowCount() < 1)
        return false;
    auto seats = db->exec(QStringLiteral("SELECT seat_id FROM show_seats WHERE show_id = $1 AND status = 'available'"
                                         " ORDER BY seat_id LIMIT 48"),
                          {show->value(0, 0)});
    if (!seats || seats->rowCount() < 48)
        return false;
    const QString showId = show->value(0, 0);
    Test::TestTerminal seller(QStringLiteral("box-3"));
    Test::TestTerminal otherDoor(QStringLiteral("door-2"));
    if (!seller.open(url) || !seller.signIn(QStringLiteral("cashier2"), QStringLiteral("cashier2")) || !otherDoor.open(url)
        || !otherDoor.signIn(QStringLiteral("manager"), QStringLiteral("manager")))
        return false;
    QList<Ticket> tickets;
    for (int part = 0; part < 4; ++part) {
        QStringList ids;
        for (int i = part * 12; i < part * 12 + 12; ++i)
            ids.append(seats->value(i, 0));
        auto held = seller.call<HoldReply>(Test::holdOf(showId, ids));
        if (!held)
            return false;
        SellRequest sale;
        sale.holdId = held->holdId;
        Payment cash;
        cash.method = PaymentMethod::Cash;
        cash.amount = held->total;
        cash.tendered = held->total;
        sale.payments = {cash};
        auto sold = seller.call<SellReply>(sale);
        if (!sold)
            return false;
        tickets += sold->tickets;
    }
    // The other door lets a few in first (every third ticket).
    for (int i = 0; i < tickets.size(); i += 3)
        (void)otherDoor.call<VerifyTicketReply>(VerifyTicketRequest{tickets[i].code, true, showId});

    ServerConnection connection(QStringLiteral("door-1"));
    connection.setDrawer(false); // a door takes no money
    connection.open(url);
    bool signedIn = false;
    connection.signIn(QStringLiteral("cashier"), QStringLiteral("cashier"), [&signedIn](const Result<SessionReply> &s) { signedIn = bool(s); });
    if (!waitUntil([&] { return signedIn; }))
        return false;
    DoorWindow door(&connection);
    door.setSoundOn(false);
    door.resize(1100, 760);
    door.show();
    door.start();
    waitUntil([&] { return door.shows()->isLoaded(); });
    door.setDoorShow(showId);
    waitUntil([&] { return door.shows()->count().has_value(); });
    door.activateWindow();
    (void)QTest::qWaitForWindowActive(&door);
    settle(300);
    const auto scan = [&door](const QString &code) {
        QTest::keyClicks(door.scanField(), code);
        QTest::keyClick(door.scanField(), Qt::Key_Return);
        waitUntil([&door] { return door.look() != DoorWindow::Look::Waiting; });
    };
    scan(tickets[1].code);
    save(&door, shot(output, QStringLiteral("door-admit.png")));
    scan(tickets[0].code); // admitted at door-2 a moment ago
    save(&door, shot(output, QStringLiteral("door-already-admitted.png")));
    // A ticket of another show: the latest show in the Studio (tomorrow's).
    auto studio = db->exec(QStringLiteral("SELECT s.id FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id"
                                          " WHERE a.name = 'Studio' ORDER BY s.starts_at DESC LIMIT 1"));
    if (studio && studio->rowCount() == 1) {
        const QString studioShow = studio->value(0, 0);
        auto free = db->exec(QStringLiteral("SELECT seat_id FROM show_seats WHERE show_id = $1 AND status = 'available'"
                                            " ORDER BY seat_id LIMIT 1"),
                             {studioShow});
        auto held = free && free->rowCount() == 1 ? seller.call<HoldReply>(Test::holdOf(studioShow, {free->value(0, 0)}))
                                                  : Result<HoldReply>(makeError(ErrorCode::NotFound, QString()));
        if (held) {
            SellRequest sale;
            sale.holdId = held->holdId;
            Payment cash;
            cash.method = PaymentMethod::Cash;
            cash.amount = held->total;
            cash.tendered = held->total;
            sale.payments = {cash};
            if (auto sold = seller.call<SellReply>(sale)) {
                scan(sold->tickets.first().code);
                save(&door, shot(output, QStringLiteral("door-wrong-show.png")));
            }
        }
    }
    connection.close();
    seller.close();
    otherDoor.close();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("marquee-screenshots"));
    QStringList args = QApplication::arguments();
    const bool studioOnly = args.removeAll(QStringLiteral("--studio-only")) > 0;
    const bool keepOpen = args.removeAll(QStringLiteral("--keep-open")) > 0;
    const bool doorOnly = args.removeAll(QStringLiteral("--door-only")) > 0;
    const bool kioskOnly = args.removeAll(QStringLiteral("--kiosk-only")) > 0;
    if (args.size() != 2 && args.size() != 3) {
        QTextStream(stderr) << "usage: marquee-screenshots OUTPUT_DIR [LANGUAGE] [--studio-only] [--door-only] [--kiosk-only] [--keep-open]" << Qt::endl;
        return 2;
    }
    if (args.size() == 3) {
        QLocale::setDefault(QLocale(args[2]));
        installTranslation(app, args[2]);
        g_suffix = u'-' + args[2];
    } else {
        installTranslation(app, QStringLiteral("en")); // English plural forms, as the client runs
    }
    const QDir output(args[1]);
    QDir().mkpath(output.absolutePath());
    QStandardPaths::setTestModeEnabled(true);

    if (!doorOnly && !kioskOnly)
        takeStudioShots(output, keepOpen);
    if (studioOnly)
        return 0;

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
    const auto finish = [&server, &pg, &base](int code) {
        server.shutdown(1000);
        waitUntil([] { return false; }, 1200);
        (void)pg.stop();
        QDir(base).removeRecursively();
        return code;
    };
    if (doorOnly)
        return finish(takeDoorShots(output, url, pg.connectionUrl()) ? 0 : 1);
    if (kioskOnly)
        return finish(takeKioskShots(output, url, pg.connectionUrl()) ? 0 : 1);

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

    // The back office of an admin: users and the audit log (the sales above are in it).
    {
        ServerConnection office(QStringLiteral("office-1"));
        office.setDrawer(false); // the back office takes no money
        office.open(url);
        bool adminIn = false;
        office.signIn(QStringLiteral("admin"), QStringLiteral("admin"), [&adminIn](const Result<SessionReply> &s) { adminIn = bool(s); });
        if (waitUntil([&] { return adminIn; })) {
            BackOfficeWindow backOffice(&office);
            backOffice.resize(1200, 700);
            backOffice.show();
            backOffice.usersPage()->refresh();
            waitUntil([&] { return !backOffice.usersPage()->users().isEmpty(); });
            settle(300);
            save(&backOffice, shot(output, QStringLiteral("backoffice-users.png")));
            backOffice.showPage(backOffice.pageIndex(backOffice.auditPage()));
            backOffice.auditPage()->refresh();
            waitUntil([&] { return !backOffice.auditPage()->entries().isEmpty(); });
            settle(300);
            save(&backOffice, shot(output, QStringLiteral("backoffice-audit.png")));

            // The programme's week grid: the demo's two days copied to the next two and the two
            // after (as a manager would with Copy day...), at 1280x800.
            const QTimeZone berlin("Europe/Berlin"); // the demo venue's
            const QDateTime today(todayIn(berlin), QTime(WeekGridScene::EveningEndsHour, 0), berlin);
            for (const qint64 shift : { 2, 4 }) {
                bool copied = false;
                office.ask<CopyShowsReply>(CopyShowsRequest { std::nullopt, today.toUTC(), today.addDays(2).toUTC(), shift },
                                           [&copied](const CopyShowsReply *, const ErrorMessage *) { copied = true; });
                waitUntil([&] { return copied; });
            }
            backOffice.resize(1280, 800);
            ProgrammePage *programme = backOffice.programmePage();
            programme->setWeek(today.date());
            backOffice.showPage(backOffice.pageIndex(programme));
            programme->refresh();
            waitUntil([&] { return !programme->shows().isEmpty(); });
            if (!programme->shows().isEmpty())
                programme->scene()->selectShow(programme->shows().first().id);
            save(&backOffice, shot(output, QStringLiteral("backoffice-programme.png")));

            // The price card editor: the demo's first card, its categories x ticket types.
            backOffice.resize(1200, 700);
            PricesPage *prices = backOffice.pricesPage();
            backOffice.showPage(backOffice.pageIndex(prices));
            waitUntil([&] { return !prices->pricing().priceCards.isEmpty(); });
            if (!prices->pricing().priceCards.isEmpty())
                prices->selectCard(prices->pricing().priceCards.first().id);
            settle(500);
            save(&backOffice, shot(output, QStringLiteral("backoffice-prices.png")));

            // A show's blocked and house seats: two house seats with a note, one blocked seat.
            SeatsPage *seats = backOffice.seatsPage();
            backOffice.showPage(backOffice.pageIndex(seats));
            waitUntil([&] { return !seats->listedShowIds().isEmpty(); });
            if (!seats->listedShowIds().isEmpty() && seats->selectShow(seats->listedShowIds().first())) {
                waitUntil([&] { return seats->scene()->seatCount() > 0; });
                QStringList free;
                for (SeatItem *item : seats->scene()->seatItems()) {
                    if (item->visualState() == SeatVisualState::Available && free.size() < 3)
                        free.append(item->seatId());
                }
                bool done = false;
                QObject::connect(seats, &SeatsPage::requestFinished, &backOffice, [&done] { done = true; });
                seats->scene()->setSelectedSeatIds(free.mid(0, 2));
                seats->blockSelected(SeatBlock::House, QStringLiteral("Press"));
                waitUntil([&] { return done; });
                done = false;
                seats->scene()->setSelectedSeatIds(free.mid(2, 1));
                seats->blockSelected(SeatBlock::Blocked, QStringLiteral("Camera"));
                waitUntil([&] { return done; });
                seats->scene()->setSelectedSeatIds({});
                settle(500);
                save(&backOffice, shot(output, QStringLiteral("backoffice-seats.png")));
            }
            // Reports over four weeks of sales (seeded as the reports' tests seed them).
            if (seedReports(pg.connectionUrl())) {
                ReportsPage *reports = backOffice.reportsPage();
                backOffice.showPage(backOffice.pageIndex(reports));
                reports->setRange(QDate::currentDate().addDays(-27), QDate::currentDate());
                for (ReportKind kind : allReportKinds()) {
                    bool loaded = false;
                    QObject::connect(reports, &ReportsPage::loaded, &backOffice, [&loaded] { loaded = true; },
                                     Qt::SingleShotConnection);
                    reports->setKind(kind);
                    reports->refresh();
                    waitUntil([&] { return loaded; });
                    settle(300);
                    save(&backOffice, shot(output, QStringLiteral("backoffice-report-%1.png")
                                                       .arg(reportKindName(kind).replace(u'_', u'-'))));
                }
            }
        }
        office.close();
    }

    connection.close();
    other.close();
    if (!takeDoorShots(output, url, pg.connectionUrl()))
        out() << "the door's screenshots failed" << Qt::endl;
    if (!takeKioskShots(output, url, pg.connectionUrl()))
        out() << "the kiosk's screenshots could not be taken" << Qt::endl;
    return finish(0);
}
