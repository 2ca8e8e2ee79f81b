// The seat map: scene built from a layout, states from the server, selection rules, the view's
// mouse and keyboard handling, tooltips and the legend. Runs offscreen.
#include "layoutjson.h"
#include "legendwidget.h"
#include "planitems.h"
#include "printers.h"
#include "protocol.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "seatmapview.h"

#include <gtest/gtest.h>

#include <QtCore/QFile>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QRegion>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QToolTip>

#include <cmath>
#include <memory>

using namespace Marquee;

namespace {

Layout loadDemoLayout(const QString &name)
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/resources/layouts/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto layout = layoutFromJsonText(file.readAll());
    return layout ? *layout : Layout {};
}

Money eur(const char16_t *text)
{
    return *Money::parse(QStringView(text), u"EUR");
}

QHash<QString, Money> grandHallPrices()
{
    return { { QStringLiteral("premium"), eur(u"45.00") },
             { QStringLiteral("standard"), eur(u"30.00") },
             { QStringLiteral("economy"), eur(u"18.50") } };
}

SeatState held(const QString &seatId, const QString &terminal)
{
    return SeatState { seatId, SeatStatus::Held, terminal };
}

SeatState sold(const QString &seatId)
{
    return SeatState { seatId, SeatStatus::Sold, std::nullopt };
}

SeatState available(const QString &seatId)
{
    return SeatState { seatId, SeatStatus::Available, std::nullopt };
}

void sendMouse(QWidget *target, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = {})
{
    QMouseEvent event(type, QPointF(pos), QPointF(target->mapToGlobal(pos)), button, buttons, modifiers);
    QApplication::sendEvent(target, &event);
}

// Collects what a widget repaints.
class PaintRecorder final : public QObject
{
public:
    QRegion painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

class SeatMapTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        layout = loadDemoLayout(QStringLiteral("grand-hall"));
        ASSERT_GT(layout.seatCount(), 1900);
        scene = std::make_unique<SeatMapScene>();
        scene->setOwnTerminalId(QStringLiteral("T1"));
        scene->setSeatLayout(layout, grandHallPrices());
    }

    // A view showing the scene, zoomed so that seats are big enough to aim at.
    SeatMapView *showView(qreal zoom = 0.0)
    {
        view = std::make_unique<SeatMapView>();
        view->resize(1200, 800);
        view->setSeatMapScene(scene.get());
        view->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        if (zoom > 0.0) {
            view->zoomBy(zoom / view->zoom(), view->viewport()->rect().center());
            view->centerOn(scene->seatItem(QStringLiteral("stalls-centre-F-5")));
        }
        return view.get();
    }

    QPoint viewPos(const QString &seatId) const
    {
        return view->mapFromScene(scene->seatItem(seatId)->scenePos());
    }

    void click(const QString &seatId, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, viewPos(seatId));
    }

    Layout layout;
    std::unique_ptr<SeatMapScene> scene;
    std::unique_ptr<SeatMapView> view; // declared after the scene: destroyed first
};

} // namespace

TEST_F(SeatMapTest, EverySeatHasAnItemAtItsPosition)
{
    EXPECT_EQ(scene->seatCount(), layout.seatCount());
    layout.forEachSeat([&](const Section &, const Row &, const Seat &seat) {
        const SeatItem *item = scene->seatItem(seat.id);
        ASSERT_NE(item, nullptr) << seat.id.toStdString();
        EXPECT_EQ(item->type(), SeatItem::Type);
        EXPECT_DOUBLE_EQ(item->scenePos().x(), seat.position.x);
        EXPECT_DOUBLE_EQ(item->scenePos().y(), seat.position.y);
    });
    // Seats in the layout's own "blocked" flag are never for sale.
    EXPECT_EQ(scene->seatState(QStringLiteral("stalls-centre-AC-13")), SeatVisualState::Blocked);
    EXPECT_FALSE(scene->seatItem(QStringLiteral("stalls-centre-AC-13"))->isSelectableByMe());
}

TEST_F(SeatMapTest, RendersTheCurvedGrandHall)
{
    scene->applyChanges({ sold(QStringLiteral("stalls-centre-F-5")), held(QStringLiteral("stalls-centre-F-6"), QStringLiteral("T2")) });
    QImage image(1400, 1000, QImage::Format_ARGB32_Premultiplied);
    const QColor background = scene->backgroundBrush().color();
    image.fill(background);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene->render(&painter, image.rect(), scene->sceneRect());
    }
    qint64 drawn = 0;
    qint64 premium = 0;
    const QRgb bg = background.rgb();
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != bg)
                ++drawn;
            if (qAbs(qRed(line[x]) - 0xc8) < 8 && qAbs(qGreen(line[x]) - 0x10) < 8 && qAbs(qBlue(line[x]) - 0x2e) < 8)
                ++premium;
        }
    }
    EXPECT_GT(drawn, image.width() * image.height() / 10); // 2,000 seats, aisles, labels, stage
    EXPECT_GT(premium, 1000); // the premium category's colour shows

    // To look at it: MARQUEE_SEATMAP_PNG=/tmp/seatmap.png (the whole hall, and a zoomed view).
    if (qEnvironmentVariableIsSet("MARQUEE_SEATMAP_PNG")) {
        const QString path = qEnvironmentVariable("MARQUEE_SEATMAP_PNG");
        image.save(path);
        scene->setSelectedSeatIds({ QStringLiteral("stalls-centre-G-5"), QStringLiteral("stalls-centre-G-6"),
                                    QStringLiteral("stalls-centre-AC-1") });
        scene->applyChanges({ held(QStringLiteral("stalls-centre-H-5"), QStringLiteral("T1")),
                              held(QStringLiteral("stalls-centre-H-6"), QStringLiteral("T1")),
                              sold(QStringLiteral("stalls-centre-E-3")), sold(QStringLiteral("stalls-left-F-1")) });
        scene->setFocusSeat(QStringLiteral("stalls-centre-G-6"));
        SeatMapView *v = showView(45.0);
        QApplication::processEvents();
        v->grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-zoom.png")));
        scene->applyChanges({ sold(QStringLiteral("balcony-left-C-17")), sold(QStringLiteral("balcony-left-C-16")) });
        v->centerOn(scene->seatItem(QStringLiteral("balcony-left-C-17")));
        v->zoomBy(70.0 / v->zoom(), v->viewport()->rect().center());
        v->centerOn(scene->seatItem(QStringLiteral("balcony-left-C-17")));
        QApplication::processEvents();
        v->grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-zoom2.png")));
        v->resize(700, 460); // small: the seats are drawn compact
        v->fitAll();
        QApplication::processEvents();
        v->grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-small.png")));
        v->resize(1200, 800);
        v->fitAll();
        scene->setStale(true);
        QApplication::processEvents();
        v->grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-stale.png")));
        LegendWidget legend;
        legend.setScene(scene.get());
        legend.resize(legend.sizeHint());
        legend.grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-legend.png")));
    }
}

TEST_F(SeatMapTest, ClickAddsOrRemovesASeatWithOrWithoutCtrl)
{
    showView(40.0);
    QSignalSpy changed(scene.get(), &SeatMapScene::selectedSeatsChanged);
    const QString a = QStringLiteral("stalls-centre-F-4");
    const QString b = QStringLiteral("stalls-centre-F-5");
    const QString c = QStringLiteral("stalls-centre-G-6");

    click(a);
    EXPECT_EQ(scene->selectedSeatIds(), QStringList { a });
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toStringList(), QStringList { a });

    click(b); // a plain click adds, as in every seat map a cashier knows
    EXPECT_EQ(scene->selectedSeatIds(), (QStringList { a, b }));
    click(c, Qt::ControlModifier); // ctrl-click too
    EXPECT_EQ(scene->selectedSeatIds(), (QStringList { a, b, c })); // layout order
    click(b); // a plain click on a selected seat takes it out
    EXPECT_EQ(scene->selectedSeatIds(), (QStringList { a, c }));
    click(a, Qt::ControlModifier);
    EXPECT_EQ(scene->selectedSeatIds(), QStringList { c });
    EXPECT_EQ(changed.last().at(0).toStringList(), QStringList { c });
    EXPECT_EQ(scene->focusSeatId(), a);

    // Space does the same for the focused seat.
    view->setFocus();
    scene->setFocusSeat(b);
    QTest::keyClick(view.get(), Qt::Key_Space);
    EXPECT_EQ(scene->selectedSeatIds(), (QStringList { b, c }));
    QTest::keyClick(view.get(), Qt::Key_Space);
    EXPECT_EQ(scene->selectedSeatIds(), QStringList { c });
}

TEST_F(SeatMapTest, RubberBandAddsToTheSelection)
{
    showView(25.0);
    const QString before = QStringLiteral("stalls-centre-H-5");
    click(before);
    ASSERT_EQ(scene->selectedSeatIds(), QStringList { before });
    const QRectF band(QPointF(-3.5, 5.4), QPointF(3.5, 10.6)); // rows A to D of the centre stalls
    const QPoint from = view->mapFromScene(band.topLeft());
    const QPoint to = view->mapFromScene(band.bottomRight());
    ASSERT_EQ(view->seatAt(from), nullptr);
    sendMouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(view->viewport(), QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(view->viewport(), QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(view->viewport(), QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    const QStringList selected = scene->selectedSeatIds();
    EXPECT_GE(selected.size(), 20);
    EXPECT_TRUE(selected.contains(before)) << "the block was added to the seat clicked before";
    // A click on empty floor keeps the selection (Escape or the basket's Clear empties it).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, from);
    EXPECT_EQ(scene->selectedSeatIds(), selected);
}

TEST_F(SeatMapTest, TheLegendSaysHowToSelect)
{
    LegendWidget legend;
    legend.setScene(scene.get());
    EXPECT_TRUE(legend.entryTexts().contains(QStringLiteral("Click a seat to add or remove it; drag to select a block")));
}

TEST_F(SeatMapTest, FocusOnTheMapPicksAFreeSeatForTheKeyboard)
{
    showView(30.0);
    view->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(view.get()));
    view->clearFocus();
    scene->setFocusSeat({});
    view->setFocus(Qt::TabFocusReason);
    const QString focus = scene->focusSeatId();
    ASSERT_FALSE(focus.isEmpty());
    EXPECT_TRUE(scene->seatItem(focus)->isSelectableByMe());
    QTest::keyClick(view.get(), Qt::Key_Space);
    EXPECT_EQ(scene->selectedSeatIds(), QStringList { focus });
}

TEST_F(SeatMapTest, SoldOrForeignSeatsCannotBeSelected)
{
    showView(40.0);
    const QString free = QStringLiteral("stalls-centre-F-4");
    const QString soldSeat = QStringLiteral("stalls-centre-F-5");
    const QString foreign = QStringLiteral("stalls-centre-F-6");
    scene->applyChanges({ sold(soldSeat), held(foreign, QStringLiteral("T2")) });

    click(free);
    click(soldSeat); // ignored, and the selection stays
    click(foreign, Qt::ControlModifier);
    EXPECT_EQ(scene->selectedSeatIds(), QStringList { free });
    EXPECT_FALSE(scene->toggleSeat(soldSeat));
    scene->setSelectedSeatIds({ soldSeat, foreign, free });
    EXPECT_EQ(scene->selectedSeatIds(), QStringList { free });
}

TEST_F(SeatMapTest, RubberBandSelectsTheSeatsInARegion)
{
    showView(25.0);
    const QString soldSeat = QStringLiteral("stalls-centre-C-4");
    scene->applyChanges({ sold(soldSeat) });
    // Rows A to D of the centre stalls, starting on empty floor in front of the first row.
    const QRectF band(QPointF(-3.5, 5.4), QPointF(3.5, 10.6));
    const QPoint from = view->mapFromScene(band.topLeft());
    const QPoint to = view->mapFromScene(band.bottomRight());
    ASSERT_EQ(view->seatAt(from), nullptr);

    sendMouse(view->viewport(), QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(view->viewport(), QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(view->viewport(), QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(view->viewport(), QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);

    const QStringList selected = scene->selectedSeatIds();
    EXPECT_GE(selected.size(), 20);
    EXPECT_FALSE(selected.contains(soldSeat));
    const QRectF inner = band.adjusted(0.5, 0.5, -0.5, -0.5);
    const QRectF outer = band.adjusted(-0.7, -0.7, 0.7, 0.7);
    for (const SeatItem *item : scene->seatItems()) {
        if (item->isSelected())
            EXPECT_TRUE(outer.contains(item->scenePos())) << item->seatId().toStdString();
        else if (inner.contains(item->scenePos()) && item->seatId() != soldSeat)
            ADD_FAILURE() << "not selected: " << item->seatId().toStdString();
    }
}

TEST_F(SeatMapTest, DeltasChangeStatesButNotZoomScrollOrSelection)
{
    showView(30.0);
    const QString a = QStringLiteral("stalls-centre-F-4");
    const QString b = QStringLiteral("stalls-centre-F-5");
    scene->setSelectedSeatIds({ a, b });
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 37);
    QApplication::processEvents(); // settle the freshly shown view first
    const QTransform transform = view->transform();
    const int h = view->horizontalScrollBar()->value();
    const int v = view->verticalScrollBar()->value();
    QSignalSpy changed(scene.get(), &SeatMapScene::selectedSeatsChanged);

    QList<SeatState> changes;
    for (const SeatItem *item : scene->seatItems()) {
        if (item->seatId().startsWith(QStringLiteral("balcony-centre-")))
            changes.append(changes.size() % 2 ? sold(item->seatId()) : held(item->seatId(), QStringLiteral("T2")));
    }
    scene->applyChanges(changes);
    QApplication::processEvents();

    EXPECT_EQ(scene->seatState(QStringLiteral("balcony-centre-A-1")), SeatVisualState::HeldByOther);
    EXPECT_EQ(scene->seatState(QStringLiteral("balcony-centre-A-2")), SeatVisualState::Sold);
    EXPECT_EQ(view->transform(), transform);
    EXPECT_EQ(view->horizontalScrollBar()->value(), h);
    EXPECT_EQ(view->verticalScrollBar()->value(), v);
    EXPECT_EQ(scene->selectedSeatIds(), (QStringList { a, b }));
    EXPECT_EQ(changed.size(), 0);
    scene->applyChanges({ available(QStringLiteral("balcony-centre-A-2")) });
    EXPECT_EQ(scene->seatState(QStringLiteral("balcony-centre-A-2")), SeatVisualState::Available);

    // A snapshot after a reconnect: unlisted seats become available again, the view stays put.
    scene->applySnapshot({ sold(QStringLiteral("balcony-centre-A-3")) });
    EXPECT_EQ(scene->seatState(QStringLiteral("balcony-centre-A-1")), SeatVisualState::Available);
    EXPECT_EQ(scene->seatState(QStringLiteral("balcony-centre-A-3")), SeatVisualState::Sold);
    EXPECT_EQ(view->transform(), transform);
    EXPECT_EQ(scene->selectedSeatIds(), (QStringList { a, b }));
}

// The whole hall in a small view: seats are drawn compact by one layer item; changes must still
// reach the screen.
TEST_F(SeatMapTest, CompactSeatsRepaintWhenTheyChange)
{
    view = std::make_unique<SeatMapView>();
    view->resize(600, 400);
    view->setSeatMapScene(scene.get());
    view->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    ASSERT_LT(view->zoom(), SeatItem::CompactLevelOfDetail);
    ASSERT_TRUE(scene->seatItem(QStringLiteral("stalls-centre-F-5"))->flags() & QGraphicsItem::ItemHasNoContents);

    const QString seat = QStringLiteral("stalls-centre-P-10");
    const QPoint at = viewPos(seat);
    const QRect around(at - QPoint(4, 4), QSize(9, 9));
    PaintRecorder recorder;
    view->viewport()->installEventFilter(&recorder);
    // What the seat looks like on screen after a change: it was repainted, and differently.
    auto repaintedLook = [&] {
        recorder.painted = QRegion();
        for (int i = 0; i < 3 && !recorder.painted.contains(around); ++i) {
            QCoreApplication::sendPostedEvents();
            QApplication::processEvents();
        }
        EXPECT_TRUE(recorder.painted.contains(around));
        return view->viewport()->grab(around).toImage();
    };
    QApplication::processEvents();
    const QImage before = view->viewport()->grab(around).toImage();
    scene->applyChanges({ sold(seat) });
    EXPECT_NE(repaintedLook(), before);
    scene->applyChanges({ available(seat) });
    EXPECT_EQ(repaintedLook(), before);
    scene->setSelectedSeatIds({ seat });
    EXPECT_NE(repaintedLook(), before);
    scene->setFocusSeat(seat);
    repaintedLook();

    // Zooming in hands the painting back to the seats.
    view->zoomBy(40.0 / view->zoom(), view->viewport()->rect().center());
    EXPECT_FALSE(scene->seatItem(seat)->flags() & QGraphicsItem::ItemHasNoContents);
}

TEST_F(SeatMapTest, ASelectedSeatTakenElsewhereLeavesTheSelection)
{
    const QString a = QStringLiteral("stalls-centre-F-4");
    const QString b = QStringLiteral("stalls-centre-F-5");
    const QString c = QStringLiteral("stalls-centre-F-6");
    scene->setSelectedSeatIds({ a, b, c });
    QSignalSpy dropped(scene.get(), &SeatMapScene::seatsDroppedFromSelection);
    QSignalSpy changed(scene.get(), &SeatMapScene::selectedSeatsChanged);

    // Held by this terminal: still mine, stays selected.
    scene->applyChanges({ held(c, QStringLiteral("T1")) });
    EXPECT_EQ(dropped.size(), 0);
    EXPECT_EQ(scene->selectedSeatIds(), (QStringList { a, b, c }));

    scene->applyChanges({ held(a, QStringLiteral("T2")), sold(QStringLiteral("stalls-centre-G-1")) });
    ASSERT_EQ(dropped.size(), 1);
    EXPECT_EQ(dropped.at(0).at(0).toStringList(), QStringList { a });
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.at(0).at(0).toStringList(), (QStringList { b, c }));

    scene->applySnapshot({ sold(b), held(c, QStringLiteral("T1")) });
    ASSERT_EQ(dropped.size(), 2);
    EXPECT_EQ(dropped.at(1).at(0).toStringList(), QStringList { b });
    EXPECT_EQ(scene->selectedSeatIds(), QStringList { c });
}

TEST_F(SeatMapTest, KeyboardMovesTheFocusSeatAndToggles)
{
    showView(30.0);
    view->setFocus();
    const QString start = QStringLiteral("stalls-centre-F-5");
    scene->setFocusSeat(start);
    const QPointF p0 = scene->seatItem(start)->scenePos();

    QTest::keyClick(view.get(), Qt::Key_Right);
    const QString right = scene->focusSeatId();
    EXPECT_TRUE(right.startsWith(QStringLiteral("stalls-centre-F-"))) << right.toStdString();
    EXPECT_GT(scene->seatItem(right)->scenePos().x(), p0.x());

    QTest::keyClick(view.get(), Qt::Key_Left);
    EXPECT_EQ(scene->focusSeatId(), start);

    QTest::keyClick(view.get(), Qt::Key_Down);
    const QString down = scene->focusSeatId();
    EXPECT_TRUE(down.startsWith(QStringLiteral("stalls-centre-G-"))) << down.toStdString();
    QTest::keyClick(view.get(), Qt::Key_Up);
    EXPECT_EQ(scene->focusSeatId(), start);

    QTest::keyClick(view.get(), Qt::Key_Space);
    EXPECT_EQ(scene->selectedSeatIds(), QStringList { start });
    QTest::keyClick(view.get(), Qt::Key_Right);
    QTest::keyClick(view.get(), Qt::Key_Return);
    EXPECT_EQ(scene->selectedSeatIds(), (QStringList { start, right }));
    QTest::keyClick(view.get(), Qt::Key_Space);
    EXPECT_EQ(scene->selectedSeatIds(), QStringList { start });
    QTest::keyClick(view.get(), Qt::Key_Escape);
    EXPECT_TRUE(scene->selectedSeatIds().isEmpty());

    const qreal zoom = view->zoom();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    EXPECT_GT(view->zoom(), zoom);
    QTest::keyClick(view.get(), Qt::Key_Minus);
    EXPECT_NEAR(view->zoom(), zoom, 1e-9);
    QTest::keyClick(view.get(), Qt::Key_0);
    EXPECT_LT(view->zoom(), zoom); // the whole hall
}

TEST_F(SeatMapTest, WheelZoomsAroundTheCursorAndFitShowsEverything)
{
    showView();
    const QRectF all = view->mapToScene(view->viewport()->rect()).boundingRect();
    EXPECT_TRUE(all.contains(scene->contentRect()));

    const QPoint cursor = viewPos(QStringLiteral("balcony-right-A-1"));
    const QPointF before = view->mapToScene(cursor);
    const qreal zoom = view->zoom();
    QWheelEvent wheel(QPointF(cursor), QPointF(view->viewport()->mapToGlobal(cursor)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_GT(view->zoom(), zoom * 1.3);
    const QPointF after = view->mapToScene(cursor);
    EXPECT_LT(std::hypot(after.x() - before.x(), after.y() - before.y()), 2.0 / view->zoom() + 1e-6);

    view->fitAll();
    EXPECT_NEAR(view->zoom(), zoom, 1e-6);
}

TEST_F(SeatMapTest, HeldByMeAndHeldByAnotherTerminalLookDifferent)
{
    const QString mine = QStringLiteral("stalls-centre-F-4");
    const QString theirs = QStringLiteral("stalls-centre-F-5");
    scene->applyChanges({ held(mine, QStringLiteral("T1")), held(theirs, QStringLiteral("T2")) });
    EXPECT_EQ(scene->seatState(mine), SeatVisualState::HeldByMe);
    EXPECT_EQ(scene->seatState(theirs), SeatVisualState::HeldByOther);
    EXPECT_TRUE(scene->seatItem(mine)->isSelectableByMe());
    EXPECT_FALSE(scene->seatItem(theirs)->isSelectableByMe());

    // The terminal id arrives (or changes) after the states: they are re-evaluated.
    scene->setOwnTerminalId(QStringLiteral("T2"));
    EXPECT_EQ(scene->seatState(mine), SeatVisualState::HeldByOther);
    EXPECT_EQ(scene->seatState(theirs), SeatVisualState::HeldByMe);
}

// Colour-blind safety: every pair of states differs in its grey-level picture, not only in hue.
TEST(SeatItemPainting, StatesDifferWithoutColour)
{
    const QColor colour = QColor::fromRgb(0x1f, 0x6f, 0xb2);
    struct Look
    {
        const char *name;
        SeatAppearance appearance;
    };
    const QList<Look> looks {
        { "available", { SeatVisualState::Available, colour, {}, false, false, {} } },
        { "selected", { SeatVisualState::Available, colour, {}, true, false, {} } },
        { "held by me", { SeatVisualState::HeldByMe, colour, {}, false, false, {} } },
        { "held by other", { SeatVisualState::HeldByOther, colour, {}, false, false, {} } },
        { "sold", { SeatVisualState::Sold, colour, {}, false, false, {} } },
        { "blocked", { SeatVisualState::Blocked, colour, {}, false, false, {} } },
        { "wheelchair", { SeatVisualState::Available, colour, SeatFlag::Wheelchair, false, false, {} } },
    };
    auto render = [](const SeatAppearance &a, qreal lod) {
        QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.translate(16, 16);
        painter.scale(lod, lod);
        SeatItem::paintSeat(&painter, a, lod);
        painter.end();
        return image.convertToFormat(QImage::Format_Grayscale8);
    };
    // Full size (24 pixels a seat) and compact (8 pixels a seat: a whole hall on screen).
    for (const auto &[lod, minimum] : { std::pair { 24.0, 25 }, std::pair { 8.0, 3 } }) {
        QList<QImage> images;
        for (const Look &look : looks)
            images.append(render(look.appearance, lod));
        for (qsizetype i = 0; i < looks.size(); ++i) {
            for (qsizetype j = i + 1; j < looks.size(); ++j) {
                int differing = 0;
                for (int y = 0; y < 32; ++y) {
                    for (int x = 0; x < 32; ++x) {
                        if (qAbs(images[i].pixelColor(x, y).value() - images[j].pixelColor(x, y).value()) > 40)
                            ++differing;
                    }
                }
                EXPECT_GE(differing, minimum) << looks[i].name << " vs " << looks[j].name << " at " << lod;
            }
        }
    }
}

TEST_F(SeatMapTest, TooltipShowsLabelCategoryPriceFlagsAndState)
{
    const QString wheelchair = QStringLiteral("stalls-centre-AC-1");
    const QString tip = scene->seatToolTip(wheelchair);
    EXPECT_TRUE(tip.contains(QStringLiteral("Seat 1, row AC, Stalls Centre"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Standard"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("30.00 EUR"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Wheelchair space"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Available"))) << tip.toStdString();

    scene->applyChanges({ sold(QStringLiteral("balcony-left-A-18")) });
    const QString restricted = scene->seatToolTip(QStringLiteral("balcony-left-A-18"));
    EXPECT_TRUE(restricted.contains(QStringLiteral("Economy"))) << restricted.toStdString();
    EXPECT_TRUE(restricted.contains(QStringLiteral("18.50 EUR"))) << restricted.toStdString();
    EXPECT_TRUE(restricted.contains(QStringLiteral("Restricted view"))) << restricted.toStdString();
    EXPECT_TRUE(restricted.contains(QStringLiteral("Sold"))) << restricted.toStdString();

    // Through the view: a tooltip event over the seat shows the same text.
    showView(30.0);
    const QString seat = QStringLiteral("stalls-centre-F-5");
    const QPoint pos = viewPos(seat);
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &help);
    EXPECT_EQ(QToolTip::text(), scene->seatToolTip(seat));
    QToolTip::hideText();
}

TEST_F(SeatMapTest, StaleMapIsMarked)
{
    showView();
    auto *banner = view->findChild<QLabel *>(QStringLiteral("staleBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());
    scene->setStale(true);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(scene->seatToolTip(QStringLiteral("stalls-centre-F-5")).contains(QStringLiteral("offline")));
    scene->setStale(false);
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(SeatMapTest, HouseSeatsAreDrawnApartWithTheirNoteAndCannotBePicked)
{
    const QString house = QStringLiteral("stalls-centre-F-5");
    const QString blocked = QStringLiteral("stalls-centre-F-6");
    SeatState h { house, SeatStatus::Blocked, std::nullopt, SeatBlock::House, QStringLiteral("Director's guests") };
    SeatState b { blocked, SeatStatus::Blocked, std::nullopt, SeatBlock::Blocked, std::nullopt };
    scene->applyChanges({ h, b });
    EXPECT_EQ(scene->seatState(house), SeatVisualState::House);
    EXPECT_EQ(scene->seatState(blocked), SeatVisualState::Blocked);
    EXPECT_FALSE(scene->toggleSeat(house));
    EXPECT_TRUE(scene->seatToolTip(house).contains(QStringLiteral("House seat")));
    EXPECT_TRUE(scene->seatToolTip(house).contains(QStringLiteral("Note: Director's guests")));
    EXPECT_FALSE(scene->seatToolTip(blocked).contains(QStringLiteral("Note:")));
    // A house seat looks unlike every other state, small or large.
    QImage houseImage(40, 40, QImage::Format_ARGB32);
    QImage blockedImage(40, 40, QImage::Format_ARGB32);
    for (qreal lod : { 4.0, 30.0 }) {
        for (auto [image, state] : { std::pair { &houseImage, SeatVisualState::House },
                                     std::pair { &blockedImage, SeatVisualState::Blocked } }) {
            image->fill(Qt::white);
            QPainter painter(image);
            painter.translate(20, 20);
            painter.scale(lod, lod);
            SeatItem::paintSeat(&painter, SeatAppearance { state, QColor(Qt::blue), {}, false, false, {} }, lod);
        }
        EXPECT_NE(houseImage, blockedImage) << lod;
    }
    // The back office's seats page picks blocked and house seats too (to release them).
    scene->setBlockedSeatsSelectable(true);
    EXPECT_TRUE(scene->toggleSeat(house));
    EXPECT_TRUE(scene->toggleSeat(blocked));
    // Released (a layout-blocked seat too, for this show): available, the note gone.
    scene->applyChanges({ available(house) });
    EXPECT_EQ(scene->seatState(house), SeatVisualState::Available);
    EXPECT_FALSE(scene->seatToolTip(house).contains(QStringLiteral("Note:")));
    scene->applyChanges({ available(QStringLiteral("stalls-centre-AC-13")) });
    EXPECT_EQ(scene->seatState(QStringLiteral("stalls-centre-AC-13")), SeatVisualState::Available);
}

TEST_F(SeatMapTest, LegendListsStatesAndCategoriesWithPrices)
{
    LegendWidget legend;
    legend.setScene(scene.get());
    const QStringList texts = legend.entryTexts();
    for (const char *expected : { "Available", "Selected", "Held by this terminal", "Held by another terminal", "Sold",
                                  "Blocked", "House seat", "Wheelchair space", "Premium: 45.00 EUR", "Standard: 30.00 EUR",
                                  "Economy: 18.50 EUR" })
        EXPECT_TRUE(texts.contains(QString::fromUtf8(expected))) << expected;

    QHash<QString, Money> prices = grandHallPrices();
    prices.remove(QStringLiteral("economy"));
    scene->setCategoryPrices(prices);
    EXPECT_TRUE(legend.entryTexts().contains(QStringLiteral("Economy: no price")));

    // The entries flow in lines: a narrow legend needs more lines than a wide one, and every
    // line fits its width.
    const int wide = legend.heightForWidth(1200);
    const int narrow = legend.heightForWidth(300);
    EXPECT_GE(wide, 3 * legend.fontMetrics().height()); // seats, flags, prices at least
    EXPECT_GT(narrow, wide);
    legend.resize(legend.sizeHint());
    const QImage image = legend.grab().toImage();
    EXPECT_EQ(image.height(), legend.heightForWidth(legend.width()));
}

TEST_F(SeatMapTest, DrawsTheLayoutsTexts)
{
    Layout withTexts = layout;
    withTexts.labels = {TextLabel{QStringLiteral("text-1"), QStringLiteral("Balcony"), {0.0, 60.0}, 2.0}};
    scene->setSeatLayout(withTexts, grandHallPrices());
    const PlanLabelItem *text = nullptr;
    for (const QGraphicsItem *item : scene->items()) {
        const auto *label = dynamic_cast<const PlanLabelItem *>(item);
        if (label && label->text() == QStringLiteral("Balcony"))
            text = label;
    }
    ASSERT_NE(text, nullptr);
    EXPECT_NEAR(text->sceneRectangle().center().x(), 0.0, 1e-6);
    EXPECT_NEAR(text->sceneRectangle().center().y(), 60.0, 1e-6);
    EXPECT_NEAR(text->sceneRectangle().height(), 2.0, 1e-6);
    EXPECT_TRUE(scene->contentRect().contains(QPointF(0.0, 60.0)));
}

TEST(SeatItemEditing, TakesAnotherRecordOfItsSeat)
{
    Seat seat{QStringLiteral("s1"), QStringLiteral("1"), {2.0, 3.0}, QStringLiteral("c"), {}};
    SeatItem item(&seat, 0, QColor(Qt::red));
    EXPECT_EQ(item.pos(), QPointF(2.0, 3.0));
    EXPECT_EQ(item.visualState(), SeatVisualState::Available);
    Seat edited = seat;
    edited.position = {4.5, 3.0};
    edited.flags = SeatFlag::Blocked;
    item.setSeat(&edited, QColor(Qt::blue));
    EXPECT_EQ(item.pos(), QPointF(4.5, 3.0));
    EXPECT_EQ(item.categoryColour(), QColor(Qt::blue));
    EXPECT_EQ(item.visualState(), SeatVisualState::Blocked);
    EXPECT_EQ(&item.seat(), &edited);
    item.setSeat(&seat, QColor(Qt::blue));
    EXPECT_EQ(item.visualState(), SeatVisualState::Available) << "unblocked in the layout";
}
