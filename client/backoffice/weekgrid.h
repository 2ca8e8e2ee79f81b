#pragma once

#include "protocol/catalogue.h"

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QTimeZone>
#include <QtWidgets/QGraphicsItem>
#include <QtWidgets/QGraphicsScene>
#include <QtWidgets/QGraphicsView>

#include <optional>

namespace Marquee {

// One show on the week grid: a box from its start to its end (title, times, a colour per status)
// and, after it, the venue's cleaning gap drawn hatched. A plain QGraphicsItem (hundreds of them
// stay cheap). It knows the show as the server last said it (show()) and where it is drawn right
// now (displayedStart()/displayedEnd(), different while it is dragged or waits for the server).
class ShowItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };

    ShowItem(const Show &show, const QTimeZone &zone);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const Show &show() const { return m_show; }
    void setShow(const Show &show);
    QDateTime displayedStart() const { return m_start; }
    QDateTime displayedEnd() const { return m_end; }
    // The box in scene coordinates (the gap excluded).
    QRectF boxRect() const { return mapRectToScene(m_box); }
    bool isClashing() const { return m_clash; }
    bool isHighlighted() const { return m_highlight; }
    bool isMovable() const { return m_show.status != ShowStatus::Cancelled; }

private:
    friend class WeekGridScene;
    void place(const QDateTime &start, const QDateTime &end, const QRectF &box, qreal gapWidth);
    void setClash(bool clash, const QString &why);
    void setHighlight(bool on);

    Show m_show;
    QTimeZone m_zone; // the venue's: the times its labels show
    QDateTime m_start;
    QDateTime m_end;
    QRectF m_box; // item coordinates
    qreal m_gapWidth = 0;
    bool m_clash = false;
    bool m_highlight = false;
};

// The week planner of one venue: 7 day bands (Monday to Sunday), one lane per auditorium in each,
// the time of day across (08:00 to 02:00 of the next day: a show belongs to the band of its
// evening, so one that crosses midnight stays in its start day's band). A show is dragged to
// another time (snapped to 5 minutes) or another day of its auditorium, its right edge to another
// end; a clash with another show of the auditorium (cleaning gap included) is outlined red while
// dragging. The scene changes nothing itself: it asks (moveRequested()), and the page answers with
// putShow() (the server agreed) or revert() (it did not). Times are the venue's (setTimeZone()):
// a day is the venue's local day, whatever the terminal's zone.
class WeekGridScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekGridScene)

public:
    static constexpr int SnapMinutes = 5;
    static constexpr int DayStartHour = 8; // the axis starts here
    static constexpr int AxisHours = 18; // ... and ends at 02:00
    static constexpr int EveningEndsHour = 4; // a show starting before 04:00 belongs to the day before

    explicit WeekGridScene(QObject *parent = nullptr);
    ~WeekGridScene() override;

    // The week of `day` (from its Monday).
    void setWeek(const QDate &day);
    QDate monday() const { return m_monday; }
    // The venue's time zone (default: the terminal's); shows are set again after a change.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // The first moment of the week's bands and the first after them.
    QDateTime weekBegins() const;
    QDateTime weekEnds() const;
    // The day whose band a show starting at `start` is in.
    QDate eveningOf(const QDateTime &start) const;
    // 04:00 in the venue: the first moment of the day's band.
    QDateTime dayBegins(const QDate &day) const;
    // The colours of the statuses and the hatched gap, as rich text for a legend.
    static QString legendHtml();

    void setAuditoriums(const QList<AuditoriumSummary> &auditoriums);
    const QList<AuditoriumSummary> &auditoriums() const { return m_auditoriums; }
    void setCleaningGapMinutes(qint64 minutes);
    qint64 cleaningGapMinutes() const { return m_gapMinutes; }

    // Replaces every show (those of other auditoriums or weeks are left out).
    void setShows(const QList<Show> &shows);
    // Adds or replaces one show (the server's answer); removes it when it left the week.
    void putShow(const Show &show);
    // Puts a show's box back where the server last said it is.
    void revert(const QString &showId);
    // Outlines these shows (the ones in the way of a refused change) until the next drag.
    void highlight(const QStringList &showIds);
    ShowItem *showItem(const QString &showId) const;
    QList<ShowItem *> showItems() const;
    QString selectedShowId() const;
    void selectShow(const QString &showId);

    // Geometry (the view, tests): the scene x of a time in `day`'s band, a lane's rectangle, the
    // point of a time in an auditorium's lane.
    qreal xOf(const QDate &day, const QDateTime &time) const;
    QRectF laneRect(const QDate &day, const QString &auditoriumId) const;
    QPointF pointAt(const QDateTime &time, const QString &auditoriumId) const;
    // The shows of the auditorium that a show from start to end would clash with (cancelled shows
    // and `exceptShowId` aside), the cleaning gap included.
    QStringList clashesWith(const QString &auditoriumId, const QDateTime &start, const QDateTime &end,
                            const QString &exceptShowId = {}) const;
    // Draws the days again (a new week, zone or auditoriums; a new day's tint at midnight).
    void redrawBackground();
    // Moves the selected show by `minutes` (the keyboard): asks the move as a drag does.
    void nudgeSelected(int minutes);
    // The pointer's shape over a scene point: resize on a box's right edge, move on a box.
    Qt::CursorShape cursorAt(const QPointF &point) const;

Q_SIGNALS:
    void moveRequested(const QString &showId, const QDateTime &start, const QDateTime &end);
    void scheduleRequested(const QString &auditoriumId, const QDateTime &start);
    void editRequested(const QString &showId);
    void cancelRequested(const QString &showId);
    void menuRequested(const QString &showId, const QPoint &screenPos);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    struct Drag
    {
        ShowItem *item = nullptr;
        bool resize = false;
        QPointF pressed;
    };
    struct Lane
    {
        QDate day;
        QString auditoriumId;
    };

    int auditoriumIndex(const QString &auditoriumId) const;
    std::optional<Lane> laneAt(const QPointF &point) const;
    QDateTime timeAt(const QDate &day, qreal x) const;
    void layOut(ShowItem *item, const QDateTime &start, const QDateTime &end);
    void showClashes(ShowItem *item);
    void clearHighlights();
    void updateSceneRect();
    ShowItem *itemAt(const QPointF &point) const;

    QDate m_monday;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<AuditoriumSummary> m_auditoriums;
    qint64 m_gapMinutes = 15;
    QHash<QString, ShowItem *> m_items;
    Drag m_drag;
};

// The view of a WeekGridScene, with keys for the selected show: Left/Right move it by 5 minutes,
// Delete cancels it, Enter edits it.
class WeekGridView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekGridView)

public:
    explicit WeekGridView(WeekGridScene *scene, QWidget *parent = nullptr);
    ~WeekGridView() override;

    WeekGridScene *gridScene() const { return m_scene; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    WeekGridScene *m_scene;
};

} // namespace Marquee
