// The week grid alone (no server): a scene fed with shows in a real view under
// QT_QPA_PLATFORM=offscreen, driven with real mouse and key events.
#include "weekgrid.h"
#include "weekgriddriver.h"

#include <QtCore/QTimeZone>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <gtest/gtest.h>

using namespace Marquee;

namespace {

constexpr qint64 Gap = 15;

// A Wednesday, so that the week's Monday and Sunday are in the same month.
const QDate Wednesday(2026, 12, 2);

Show show(const QString &id, const QString &auditorium, const QDateTime &start, int minutes,
          ShowStatus status = ShowStatus::OnSale)
{
    Show s;
    s.id = id;
    s.auditoriumId = auditorium;
    s.title = QStringLiteral("Film ") + id;
    s.start = start;
    s.end = start.addSecs(qint64(minutes) * 60);
    s.status = status;
    return s;
}

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute));
}

class WeekGrid : public ::testing::Test
{
protected:
    void SetUp() override
    {
        scene.setWeek(Wednesday);
        scene.setAuditoriums({ { QStringLiteral("a1"), QStringLiteral("Screen 1"), 1, 100 },
                               { QStringLiteral("a2"), QStringLiteral("Screen 2"), 1, 80 } });
        scene.setCleaningGapMinutes(Gap);
        scene.setShows({ show(QStringLiteral("s1"), QStringLiteral("a1"), at(Wednesday, 14), 120),
                         show(QStringLiteral("s2"), QStringLiteral("a1"), at(Wednesday, 18), 120),
                         show(QStringLiteral("s3"), QStringLiteral("a2"), at(Wednesday, 18), 90),
                         // crosses midnight: stays in Thursday's band
                         show(QStringLiteral("late"), QStringLiteral("a2"), at(Wednesday.addDays(1), 23), 150),
                         // the week before and after: not on this grid
                         show(QStringLiteral("before"), QStringLiteral("a1"), at(Wednesday.addDays(-3), 20), 90),
                         show(QStringLiteral("after"), QStringLiteral("a1"), at(Wednesday.addDays(5), 20), 90) });
        view.resize(1250, 800);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }

    QPoint viewPoint(const QPointF &scenePoint) { return driver.viewPoint(scenePoint); }
    void mouse(QEvent::Type type, const QPoint &at, Qt::MouseButtons buttons) { driver.mouse(type, at, buttons); }
    void drag(const QPointF &from, const QPoint &by, bool release = true) { driver.drag(from, by, release); }

    // View pixels for `minutes` along the time axis.
    int pixels(int minutes) const
    {
        return int(std::lround(scene.xOf(Wednesday, at(Wednesday, 12).addSecs(qint64(minutes) * 60))
                               - scene.xOf(Wednesday, at(Wednesday, 12))));
    }

    WeekGridScene scene;
    WeekGridView view { &scene };
    Marquee::Test::WeekGridDriver driver { &view, {} };
};

} // namespace

TEST_F(WeekGrid, LaysOutTheWeeksShowsInTheirDayAndAuditoriumLanes)
{
    EXPECT_EQ(scene.monday(), QDate(2026, 11, 30));
    EXPECT_EQ(scene.showItems().size(), 4) << "the shows of other weeks are left out";
    EXPECT_EQ(scene.showItem(QStringLiteral("before")), nullptr);
    EXPECT_EQ(scene.showItem(QStringLiteral("after")), nullptr);
    const ShowItem *s1 = scene.showItem(QStringLiteral("s1"));
    const ShowItem *s3 = scene.showItem(QStringLiteral("s3"));
    ASSERT_TRUE(s1 && s3);
    EXPECT_TRUE(scene.laneRect(Wednesday, QStringLiteral("a1")).contains(s1->boxRect().center()));
    EXPECT_TRUE(scene.laneRect(Wednesday, QStringLiteral("a2")).contains(s3->boxRect().center()));
    EXPECT_NEAR(s1->boxRect().left(), scene.xOf(Wednesday, at(Wednesday, 14)), 0.5);
    EXPECT_NEAR(s1->boxRect().width(), pixels(120), 1);
    // After midnight, still in its start day's band, to the right of 23:00.
    const ShowItem *late = scene.showItem(QStringLiteral("late"));
    const QDate thursday = Wednesday.addDays(1);
    EXPECT_TRUE(scene.laneRect(thursday, QStringLiteral("a2")).contains(late->boxRect().center()));
    EXPECT_NEAR(late->boxRect().right(), scene.xOf(thursday, at(thursday.addDays(1), 1, 30)), 0.5);
    EXPECT_EQ(scene.eveningOf(at(thursday.addDays(1), 1, 30)), thursday);
    // The cleaning gap is drawn after the box.
    EXPECT_NEAR(s1->boundingRect().width() - 4, s1->boxRect().width() + pixels(Gap), 1);
}

// The grid is in the venue's time zone, not the terminal's: a show at 07:00 UTC in Auckland
// (UTC+13 in December) is at 20:00 of the Auckland day, and a drag snaps to that wall clock.
TEST_F(WeekGrid, TimesAreTheVenuesWallClockWhateverTheTerminalsZone)
{
    const QTimeZone auckland("Pacific/Auckland");
    ASSERT_TRUE(auckland.isValid());
    ASSERT_NE(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime(Wednesday, QTime(12, 0), Qt::UTC)),
              auckland.offsetFromUtc(QDateTime(Wednesday, QTime(12, 0), Qt::UTC)))
        << "run this test on a terminal outside New Zealand's time zone";
    scene.setTimeZone(auckland);
    EXPECT_TRUE(scene.showItems().isEmpty()) << "a new zone takes the shows again";
    const QDateTime sevenUtc(Wednesday, QTime(7, 0), Qt::UTC);
    scene.setShows({ show(QStringLiteral("nz"), QStringLiteral("a1"), sevenUtc, 100) });
    const ShowItem *nz = scene.showItem(QStringLiteral("nz"));
    ASSERT_TRUE(nz);
    EXPECT_EQ(scene.eveningOf(sevenUtc), Wednesday);
    EXPECT_TRUE(scene.laneRect(Wednesday, QStringLiteral("a1")).contains(nz->boxRect().center()));
    EXPECT_NEAR(nz->boxRect().left(), scene.xOf(Wednesday, QDateTime(Wednesday, QTime(20, 0), auckland)), 0.5);
    EXPECT_TRUE(nz->toolTip().contains(QStringLiteral("20:00"))) << nz->toolTip().toStdString();
    EXPECT_EQ(scene.weekBegins(), QDateTime(scene.monday(), QTime(4, 0), auckland));

    QSignalSpy asked(&scene, &WeekGridScene::moveRequested);
    drag(nz->boxRect().center(), QPoint(pixels(61), 0));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.at(0).at(1).toDateTime(), QDateTime(Wednesday, QTime(21, 0), auckland)) << "about 61 minutes later, snapped";
}

// The view caches its background (the day bands with their names): another week draws its own
// days, not the last week's (a walk found the names of the week before after "Next week").
TEST_F(WeekGrid, AnotherWeekDrawsItsOwnDays)
{
    scene.setShows({});
    QCoreApplication::processEvents();
    const QImage thisWeek = view.grab().toImage();
    scene.setWeek(Wednesday.addDays(7));
    QCoreApplication::processEvents();
    const QImage nextWeek = view.grab().toImage();
    EXPECT_NE(thisWeek, nextWeek) << "the days' names changed";
    scene.setWeek(Wednesday);
    QCoreApplication::processEvents();
    EXPECT_EQ(view.grab().toImage(), thisWeek);
}

TEST_F(WeekGrid, DraggingAShowAsksToMoveItSnappedToFiveMinutes)
{
    QSignalSpy moved(&scene, &WeekGridScene::moveRequested);
    ShowItem *s1 = scene.showItem(QStringLiteral("s1"));
    drag(s1->boxRect().center(), QPoint(pixels(61), 0));
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.at(0).at(0).toString(), QStringLiteral("s1"));
    EXPECT_EQ(moved.at(0).at(1).toDateTime(), at(Wednesday, 15)) << "about 61 minutes later, snapped to 15:00";
    EXPECT_EQ(moved.at(0).at(2).toDateTime(), at(Wednesday, 17)) << "the show keeps its length";
    EXPECT_EQ(s1->displayedStart(), at(Wednesday, 15)) << "drawn where it was dropped until the server answers";
    EXPECT_FALSE(s1->isClashing());
    EXPECT_EQ(s1->show().start, at(Wednesday, 14)) << "the show itself is the server's";
    scene.revert(QStringLiteral("s1"));
    EXPECT_EQ(s1->displayedStart(), at(Wednesday, 14));
}

TEST_F(WeekGrid, DraggingDownMovesToAnotherDayOfTheSameAuditorium)
{
    QSignalSpy moved(&scene, &WeekGridScene::moveRequested);
    ShowItem *s1 = scene.showItem(QStringLiteral("s1"));
    const QPointF from = s1->boxRect().center();
    const QPointF friday = scene.laneRect(Wednesday.addDays(2), QStringLiteral("a2")).center();
    drag(from, QPoint(0, int(friday.y() - from.y())));
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.at(0).at(1).toDateTime(), at(Wednesday.addDays(2), 14));
    EXPECT_TRUE(scene.laneRect(Wednesday.addDays(2), QStringLiteral("a1")).contains(s1->boxRect().center()))
        << "its own auditorium's lane: another auditorium is not a move";
}

TEST_F(WeekGrid, DraggingOntoAnotherShowShowsTheClashGapIncluded)
{
    ShowItem *s1 = scene.showItem(QStringLiteral("s1"));
    // 14:00-16:00 to 16:00-18:00: ends where s2 starts, but the 15-minute gap is in the way.
    drag(s1->boxRect().center(), QPoint(pixels(120), 0), false);
    EXPECT_TRUE(s1->isClashing());
    EXPECT_TRUE(s1->toolTip().contains(QStringLiteral("Film s2"))) << s1->toolTip().toStdString();
    // Back to 15:45: ends 17:45, the gap until 18:00: no clash.
    mouse(QEvent::MouseMove, driver.last - QPoint(pixels(15), 0), Qt::LeftButton);
    EXPECT_EQ(s1->displayedStart(), at(Wednesday, 15, 45));
    EXPECT_FALSE(s1->isClashing());
    EXPECT_EQ(scene.clashesWith(QStringLiteral("a1"), at(Wednesday, 15, 50), at(Wednesday, 17, 50), QStringLiteral("s1")),
              QStringList { QStringLiteral("s2") });
    EXPECT_TRUE(scene.clashesWith(QStringLiteral("a2"), at(Wednesday, 15, 50), at(Wednesday, 17, 45)).isEmpty());
}

TEST_F(WeekGrid, ThePointerShowsWhatADragWouldDo)
{
    const QRectF box = scene.showItem(QStringLiteral("s3"))->boxRect();
    EXPECT_EQ(scene.cursorAt(box.center()), Qt::OpenHandCursor);
    EXPECT_EQ(scene.cursorAt(QPointF(box.right() - 2, box.center().y())), Qt::SizeHorCursor);
    EXPECT_EQ(scene.cursorAt(QPointF(box.left() - 20, box.center().y())), Qt::ArrowCursor);
    mouse(QEvent::MouseMove, viewPoint(QPointF(box.right() - 2, box.center().y())), Qt::NoButton);
    EXPECT_EQ(view.viewport()->cursor().shape(), Qt::SizeHorCursor);
}

TEST_F(WeekGrid, DraggingTheRightEdgeChangesTheEnd)
{
    QSignalSpy moved(&scene, &WeekGridScene::moveRequested);
    ShowItem *s3 = scene.showItem(QStringLiteral("s3"));
    const QRectF box = s3->boxRect();
    drag(QPointF(box.right() - 2, box.center().y()), QPoint(pixels(30), 0));
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.at(0).at(1).toDateTime(), at(Wednesday, 18)) << "the start stays";
    EXPECT_EQ(moved.at(0).at(2).toDateTime(), at(Wednesday, 20)) << "19:30 + 30 minutes";
}

TEST_F(WeekGrid, ARefusalHighlightsTheShowsInTheWay)
{
    scene.highlight({ QStringLiteral("s2") });
    EXPECT_TRUE(scene.showItem(QStringLiteral("s2"))->isHighlighted());
    EXPECT_FALSE(scene.showItem(QStringLiteral("s1"))->isHighlighted());
    // The next drag starts afresh.
    drag(scene.showItem(QStringLiteral("s1"))->boxRect().center(), QPoint(pixels(5), 0));
    EXPECT_FALSE(scene.showItem(QStringLiteral("s2"))->isHighlighted());
}

TEST_F(WeekGrid, KeysMoveCancelAndEditTheSelectedShow)
{
    QSignalSpy moved(&scene, &WeekGridScene::moveRequested);
    QSignalSpy cancel(&scene, &WeekGridScene::cancelRequested);
    QSignalSpy edit(&scene, &WeekGridScene::editRequested);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_EQ(moved.size(), 0) << "nothing selected";
    scene.selectShow(QStringLiteral("s3"));
    QTest::keyClick(&view, Qt::Key_Right);
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.at(0).at(1).toDateTime(), at(Wednesday, 18, 5));
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Left);
    ASSERT_EQ(moved.size(), 3);
    EXPECT_EQ(moved.at(2).at(1).toDateTime(), at(Wednesday, 17, 55));
    QTest::keyClick(&view, Qt::Key_Delete);
    ASSERT_EQ(cancel.size(), 1);
    EXPECT_EQ(cancel.at(0).at(0).toString(), QStringLiteral("s3"));
    QTest::keyClick(&view, Qt::Key_Return);
    ASSERT_EQ(edit.size(), 1);
}

TEST_F(WeekGrid, DoubleClickSchedulesInEmptySpaceAndEditsAShow)
{
    QSignalSpy schedule(&scene, &WeekGridScene::scheduleRequested);
    QSignalSpy edit(&scene, &WeekGridScene::editRequested);
    const QDate saturday = Wednesday.addDays(3);
    const QPointF empty(scene.xOf(saturday, at(saturday, 10, 31)), scene.laneRect(saturday, QStringLiteral("a2")).center().y());
    const QPoint p = viewPoint(empty);
    mouse(QEvent::MouseButtonDblClick, p, Qt::LeftButton);
    ASSERT_EQ(schedule.size(), 1);
    EXPECT_EQ(schedule.at(0).at(0).toString(), QStringLiteral("a2"));
    EXPECT_EQ(schedule.at(0).at(1).toDateTime(), at(saturday, 10, 30));
    mouse(QEvent::MouseButtonDblClick, viewPoint(scene.showItem(QStringLiteral("s2"))->boxRect().center()), Qt::LeftButton);
    ASSERT_EQ(edit.size(), 1);
    EXPECT_EQ(edit.at(0).at(0).toString(), QStringLiteral("s2"));
}

TEST_F(WeekGrid, ACancelledShowIsNotDraggedAndFreesItsTime)
{
    Show cancelled = show(QStringLiteral("s2"), QStringLiteral("a1"), at(Wednesday, 18), 120, ShowStatus::Cancelled);
    scene.putShow(cancelled);
    QSignalSpy moved(&scene, &WeekGridScene::moveRequested);
    drag(scene.showItem(QStringLiteral("s2"))->boxRect().center(), QPoint(pixels(60), 0));
    EXPECT_EQ(moved.size(), 0);
    EXPECT_TRUE(scene.clashesWith(QStringLiteral("a1"), at(Wednesday, 18), at(Wednesday, 19)).isEmpty());
    // Moved out of the week by the server: gone from the grid.
    Show s1 = scene.showItem(QStringLiteral("s1"))->show();
    s1.start = s1.start.addDays(7);
    s1.end = s1.end.addDays(7);
    scene.putShow(s1);
    EXPECT_EQ(scene.showItem(QStringLiteral("s1")), nullptr);
}
