#include "weekgrid.h"

#include "formatting.h"

#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QGraphicsSceneContextMenuEvent>
#include <QtWidgets/QGraphicsSceneMouseEvent>
#include <QtWidgets/QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Marquee {

namespace {

constexpr qreal LabelWidth = 160; // the day and auditorium names on the left
constexpr qreal DayLabelWidth = 70;
constexpr qreal HeaderHeight = 26; // the hours
constexpr qreal LaneHeight = 34;
constexpr qreal BandGap = 8;
constexpr qreal PxPerMinute = 0.8;
constexpr qreal EdgeGrip = 6; // the right edge of a box that resizes
constexpr int DaysPerWeek = 7;

QColor statusColour(ShowStatus status)
{
    switch (status) {
    case ShowStatus::Scheduled:
        return QColor(0xc9, 0xd6, 0xe8);
    case ShowStatus::OnSale:
        return QColor(0xa8, 0xdc, 0xa0);
    case ShowStatus::SalesClosed:
        return QColor(0xf2, 0xcf, 0x8c);
    case ShowStatus::Cancelled:
        break;
    }
    return QColor(0xe4, 0xe4, 0xe4);
}

QString statusText(ShowStatus status)
{
    switch (status) {
    case ShowStatus::Scheduled:
        return WeekGridScene::tr("scheduled");
    case ShowStatus::OnSale:
        return WeekGridScene::tr("on sale");
    case ShowStatus::SalesClosed:
        return WeekGridScene::tr("sales closed");
    case ShowStatus::Cancelled:
        break;
    }
    return WeekGridScene::tr("cancelled");
}

QString timeSpan(const QDateTime &start, const QDateTime &end, const QTimeZone &zone)
{
    return QStringLiteral("%1–%2").arg(formatTime(start.toTimeZone(zone).time()), formatTime(end.toTimeZone(zone).time()));
}

// Rounds to the grid's 5 minutes.
QDateTime snapped(const QDateTime &time, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    const int minutes = local.time().hour() * 60 + local.time().minute();
    const int rounded = int(std::lround(minutes / double(WeekGridScene::SnapMinutes))) * WeekGridScene::SnapMinutes;
    return QDateTime(local.date(), QTime(0, 0), zone).addSecs(qint64(rounded) * 60);
}

qreal bandHeight(qsizetype auditoriums)
{
    return qreal(std::max<qsizetype>(auditoriums, 1)) * LaneHeight + BandGap;
}

} // namespace

// --- ShowItem ---

ShowItem::ShowItem(const Show &show, const QTimeZone &zone)
    : m_show(show)
    , m_zone(zone)
    , m_start(show.start)
    , m_end(show.end)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    setShow(show);
}

void ShowItem::setShow(const Show &show)
{
    m_show = show;
    setToolTip(WeekGridScene::tr("%1\n%2, %3\n%4 sold, %5 held, %6 free")
                   .arg(show.title, timeSpan(show.start, show.end, m_zone), statusText(show.status))
                   .arg(show.sold)
                   .arg(show.held)
                   .arg(show.free));
    update();
}

QRectF ShowItem::boundingRect() const
{
    return QRectF(m_box.left() - 2, m_box.top() - 2, m_box.width() + m_gapWidth + 4, m_box.height() + 4);
}

void ShowItem::place(const QDateTime &start, const QDateTime &end, const QRectF &box, qreal gapWidth)
{
    prepareGeometryChange();
    m_start = start;
    m_end = end;
    setPos(box.topLeft());
    m_box = QRectF(QPointF(0, 0), box.size());
    m_gapWidth = gapWidth;
}

void ShowItem::setClash(bool clash, const QString &why)
{
    m_clash = clash;
    if (clash)
        setToolTip(why);
    else
        setShow(m_show); // its own tooltip again
    update();
}

void ShowItem::setHighlight(bool on)
{
    if (m_highlight == on)
        return;
    m_highlight = on;
    update();
}

void ShowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool cancelled = m_show.status == ShowStatus::Cancelled;
    if (m_gapWidth > 0 && !cancelled) {
        const QRectF gap(m_box.right(), m_box.top() + 4, m_gapWidth, m_box.height() - 8);
        painter->fillRect(gap, QBrush(QColor(0x8a, 0x8a, 0x8a), Qt::BDiagPattern));
    }
    QPen pen(QColor(0x50, 0x50, 0x50), 1);
    if (cancelled)
        pen.setStyle(Qt::DashLine);
    if (option->state & QStyle::State_Selected)
        pen = QPen(QColor(0x10, 0x10, 0x10), 2.5);
    if (m_highlight)
        pen = QPen(QColor(0xc0, 0x00, 0xc0), 3, Qt::DashLine);
    if (m_clash)
        pen = QPen(QColor(0xd0, 0x00, 0x00), 3);
    painter->setPen(pen);
    painter->setBrush(statusColour(m_show.status));
    painter->drawRect(m_box.adjusted(0.5, 0.5, -0.5, -0.5));

    const QRectF text = m_box.adjusted(4, 1, -3, -1);
    if (text.width() < 8)
        return;
    painter->setPen(cancelled ? QColor(0x70, 0x70, 0x70) : QColor(0x10, 0x10, 0x10));
    QFont font = painter->font();
    font.setBold(true);
    font.setStrikeOut(cancelled);
    painter->setFont(font);
    const QFontMetricsF bold(font);
    const qreal line = text.height() / 2;
    painter->drawText(QRectF(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      bold.elidedText(m_show.title, Qt::ElideRight, text.width()));
    font.setBold(false);
    painter->setFont(font);
    const QFontMetricsF plain(font);
    painter->drawText(QRectF(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      plain.elidedText(timeSpan(m_start, m_end, m_zone), Qt::ElideRight, text.width()));
}

// --- WeekGridScene ---

WeekGridScene::WeekGridScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setItemIndexMethod(NoIndex); // a few hundred boxes that move: no BSP tree to rebuild
    setWeek(QDate::currentDate());
}

WeekGridScene::~WeekGridScene() = default;

QDate WeekGridScene::eveningOf(const QDateTime &start) const
{
    const QDateTime local = start.toTimeZone(m_zone);
    return local.time().hour() < EveningEndsHour ? local.date().addDays(-1) : local.date();
}

QDateTime WeekGridScene::dayBegins(const QDate &day) const
{
    return QDateTime(day, QTime(EveningEndsHour, 0), m_zone);
}

void WeekGridScene::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    setShows({});
    redrawBackground();
}

QString WeekGridScene::legendHtml()
{
    QString html;
    for (const ShowStatus status : { ShowStatus::Scheduled, ShowStatus::OnSale, ShowStatus::SalesClosed, ShowStatus::Cancelled }) {
        const QString name = statusText(status).toHtmlEscaped();
        html += QStringLiteral("<span style='background:%1'>&nbsp;%2&nbsp;</span> ")
                    .arg(statusColour(status).name(),
                         status == ShowStatus::Cancelled ? QStringLiteral("<s>%1</s>").arg(name) : name);
    }
    return html + QStringLiteral("&nbsp;▨ ") + tr("cleaning gap").toHtmlEscaped();
}

void WeekGridScene::setWeek(const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    if (monday == m_monday)
        return;
    m_monday = monday;
    setShows({});
    updateSceneRect();
    redrawBackground();
}

void WeekGridScene::redrawBackground()
{
    // The view caches the background (day bands and names, today's tint): update() alone would
    // leave the last week's days drawn.
    invalidate(sceneRect(), BackgroundLayer);
}

QDateTime WeekGridScene::weekBegins() const
{
    return dayBegins(m_monday);
}

QDateTime WeekGridScene::weekEnds() const
{
    return dayBegins(m_monday.addDays(DaysPerWeek));
}

void WeekGridScene::setAuditoriums(const QList<AuditoriumSummary> &auditoriums)
{
    m_auditoriums = auditoriums;
    setShows({});
    updateSceneRect();
    redrawBackground();
}

void WeekGridScene::setCleaningGapMinutes(qint64 minutes)
{
    m_gapMinutes = minutes;
    for (ShowItem *item : std::as_const(m_items))
        layOut(item, item->displayedStart(), item->displayedEnd());
}

int WeekGridScene::auditoriumIndex(const QString &auditoriumId) const
{
    for (int i = 0; i < m_auditoriums.size(); ++i) {
        if (m_auditoriums.at(i).id == auditoriumId)
            return i;
    }
    return -1;
}

void WeekGridScene::updateSceneRect()
{
    setSceneRect(0, 0, LabelWidth + AxisHours * 60 * PxPerMinute + 10,
                 HeaderHeight + DaysPerWeek * bandHeight(m_auditoriums.size()));
}

qreal WeekGridScene::xOf(const QDate &day, const QDateTime &time) const
{
    const qint64 minutes = QDateTime(day, QTime(DayStartHour, 0), m_zone).secsTo(time) / 60;
    return LabelWidth + qreal(minutes) * PxPerMinute;
}

QRectF WeekGridScene::laneRect(const QDate &day, const QString &auditoriumId) const
{
    const qint64 band = m_monday.daysTo(day);
    const int index = auditoriumIndex(auditoriumId);
    if (band < 0 || band >= DaysPerWeek || index < 0)
        return {};
    const qreal top = HeaderHeight + qreal(band) * bandHeight(m_auditoriums.size()) + index * LaneHeight;
    return QRectF(LabelWidth, top, AxisHours * 60 * PxPerMinute, LaneHeight);
}

QPointF WeekGridScene::pointAt(const QDateTime &time, const QString &auditoriumId) const
{
    const QDate day = eveningOf(time);
    const QRectF lane = laneRect(day, auditoriumId);
    return QPointF(xOf(day, time), lane.center().y());
}

std::optional<WeekGridScene::Lane> WeekGridScene::laneAt(const QPointF &point) const
{
    if (m_auditoriums.isEmpty() || point.y() < HeaderHeight || point.x() < LabelWidth)
        return std::nullopt;
    const qreal height = bandHeight(m_auditoriums.size());
    const int band = int((point.y() - HeaderHeight) / height);
    const qreal within = point.y() - HeaderHeight - band * height;
    const int index = int(within / LaneHeight);
    if (band < 0 || band >= DaysPerWeek || index >= m_auditoriums.size())
        return std::nullopt;
    return Lane { m_monday.addDays(band), m_auditoriums.at(index).id };
}

QDateTime WeekGridScene::timeAt(const QDate &day, qreal x) const
{
    const qint64 minutes = std::lround((x - LabelWidth) / PxPerMinute);
    return snapped(QDateTime(day, QTime(DayStartHour, 0), m_zone).addSecs(minutes * 60), m_zone);
}

void WeekGridScene::layOut(ShowItem *item, const QDateTime &start, const QDateTime &end)
{
    const QDate day = eveningOf(start);
    const QRectF lane = laneRect(day, item->show().auditoriumId);
    const qreal left = std::max(xOf(day, start), LabelWidth);
    const qreal right = std::max(xOf(day, end), left + 4);
    item->place(start, end, QRectF(left, lane.top() + 2, right - left, LaneHeight - 4),
                qreal(m_gapMinutes) * PxPerMinute);
}

void WeekGridScene::setShows(const QList<Show> &shows)
{
    m_drag = {};
    for (ShowItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    for (const Show &show : shows)
        putShow(show);
}

void WeekGridScene::putShow(const Show &show)
{
    const QDate day = eveningOf(show.start);
    const bool here = laneRect(day, show.auditoriumId).isValid();
    ShowItem *item = m_items.value(show.id);
    if (!here) {
        if (item) {
            m_items.remove(show.id);
            if (m_drag.item == item)
                m_drag = {};
            delete item;
        }
        return;
    }
    if (!item) {
        item = new ShowItem(show, m_zone);
        addItem(item);
        m_items.insert(show.id, item);
    } else {
        item->setShow(show);
        item->setClash(false, {});
    }
    layOut(item, show.start, show.end);
}

void WeekGridScene::revert(const QString &showId)
{
    if (ShowItem *item = m_items.value(showId)) {
        layOut(item, item->show().start, item->show().end);
        item->setClash(false, {});
    }
}

void WeekGridScene::clearHighlights()
{
    for (ShowItem *item : std::as_const(m_items))
        item->setHighlight(false);
}

void WeekGridScene::highlight(const QStringList &showIds)
{
    clearHighlights();
    for (const QString &id : showIds) {
        if (ShowItem *item = m_items.value(id))
            item->setHighlight(true);
    }
}

ShowItem *WeekGridScene::showItem(const QString &showId) const
{
    return m_items.value(showId);
}

QList<ShowItem *> WeekGridScene::showItems() const
{
    return m_items.values();
}

QString WeekGridScene::selectedShowId() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ShowItem::Type)
            return static_cast<ShowItem *>(item)->show().id;
    }
    return {};
}

void WeekGridScene::selectShow(const QString &showId)
{
    clearSelection();
    if (ShowItem *item = m_items.value(showId))
        item->setSelected(true);
}

QStringList WeekGridScene::clashesWith(const QString &auditoriumId, const QDateTime &start, const QDateTime &end,
                                       const QString &exceptShowId) const
{
    QStringList clashes;
    const qint64 gap = m_gapMinutes * 60;
    for (const ShowItem *item : std::as_const(m_items)) {
        const Show &other = item->show();
        if (other.id == exceptShowId || other.auditoriumId != auditoriumId || other.status == ShowStatus::Cancelled)
            continue;
        if (start < other.end.addSecs(gap) && other.start < end.addSecs(gap))
            clashes.append(other.id);
    }
    std::sort(clashes.begin(), clashes.end());
    return clashes;
}

void WeekGridScene::showClashes(ShowItem *item)
{
    const QStringList clashes
        = clashesWith(item->show().auditoriumId, item->displayedStart(), item->displayedEnd(), item->show().id);
    QStringList names;
    for (const QString &id : clashes) {
        const Show &other = m_items.value(id)->show();
        names.append(QStringLiteral("%1 (%2)").arg(other.title, timeSpan(other.start, other.end, m_zone)));
    }
    item->setClash(!clashes.isEmpty(),
                   tr("Clashes with %1 (the cleaning gap of %n minute(s) included)", nullptr, int(m_gapMinutes))
                       .arg(names.join(QStringLiteral(", "))));
}

ShowItem *WeekGridScene::itemAt(const QPointF &point) const
{
    for (QGraphicsItem *item : items(point)) {
        if (item->type() == ShowItem::Type && static_cast<ShowItem *>(item)->boxRect().contains(point))
            return static_cast<ShowItem *>(item);
    }
    return nullptr;
}

Qt::CursorShape WeekGridScene::cursorAt(const QPointF &point) const
{
    if (m_drag.item)
        return m_drag.resize ? Qt::SizeHorCursor : Qt::ClosedHandCursor;
    const ShowItem *item = itemAt(point);
    if (!item || !item->isMovable())
        return Qt::ArrowCursor;
    return item->boxRect().right() - point.x() <= EdgeGrip ? Qt::SizeHorCursor : Qt::OpenHandCursor;
}

void WeekGridScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    ShowItem *item = event->button() == Qt::LeftButton ? itemAt(event->scenePos()) : nullptr;
    if (!item) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    clearSelection();
    item->setSelected(true);
    if (item->isMovable()) {
        clearHighlights();
        m_drag = { item, item->boxRect().right() - event->scenePos().x() <= EdgeGrip, event->scenePos() };
        item->setZValue(1);
    }
    event->accept();
}

void WeekGridScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_drag.item) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    ShowItem *item = m_drag.item;
    const Show &show = item->show();
    const qint64 minutes = std::lround((event->scenePos().x() - m_drag.pressed.x()) / PxPerMinute);
    QDateTime start = show.start;
    QDateTime end = show.end;
    if (m_drag.resize) {
        end = std::max(snapped(show.end.addSecs(minutes * 60), m_zone), start.addSecs(SnapMinutes * 60));
    } else {
        // Another day of the same auditorium: the band under the pointer (another auditorium's lane
        // is not a move update_show can make).
        const qreal height = bandHeight(m_auditoriums.size());
        const int band = std::clamp(int((event->scenePos().y() - HeaderHeight) / height), 0, DaysPerWeek - 1);
        const qint64 days = m_monday.daysTo(eveningOf(show.start));
        start = snapped(show.start.toTimeZone(m_zone).addDays(band - days).addSecs(minutes * 60), m_zone);
        end = start.addSecs(show.start.secsTo(show.end));
    }
    layOut(item, start, end);
    showClashes(item);
    event->accept();
}

void WeekGridScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_drag.item) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    ShowItem *item = m_drag.item;
    m_drag = {};
    item->setZValue(0);
    event->accept();
    if (item->displayedStart() == item->show().start && item->displayedEnd() == item->show().end) {
        revert(item->show().id);
        return;
    }
    Q_EMIT moveRequested(item->show().id, item->displayedStart(), item->displayedEnd());
}

void WeekGridScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (ShowItem *item = itemAt(event->scenePos())) {
        Q_EMIT editRequested(item->show().id);
    } else if (const auto lane = laneAt(event->scenePos())) {
        Q_EMIT scheduleRequested(lane->auditoriumId, timeAt(lane->day, event->scenePos().x()));
    }
    event->accept();
}

void WeekGridScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    ShowItem *item = itemAt(event->scenePos());
    if (!item)
        return;
    selectShow(item->show().id);
    Q_EMIT menuRequested(item->show().id, event->screenPos());
    event->accept();
}

void WeekGridScene::nudgeSelected(int minutes)
{
    ShowItem *item = m_items.value(selectedShowId());
    if (!item || !item->isMovable())
        return;
    const QDateTime start = item->displayedStart().addSecs(qint64(minutes) * 60);
    const QDateTime end = item->displayedEnd().addSecs(qint64(minutes) * 60);
    layOut(item, start, end);
    showClashes(item);
    Q_EMIT moveRequested(item->show().id, start, end);
}

void WeekGridScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xfb, 0xfb, 0xfb));
    const qreal axisWidth = AxisHours * 60 * PxPerMinute;
    const qreal height = bandHeight(m_auditoriums.size());
    const QDate today = QDateTime::currentDateTime().toTimeZone(m_zone).date();
    const QFont base = painter->font();
    QFont bold = base;
    bold.setBold(true);

    // Day bands: today tinted, lanes separated, the day's name and the auditoriums' on the left.
    for (int band = 0; band < DaysPerWeek; ++band) {
        const QDate day = m_monday.addDays(band);
        const qreal top = HeaderHeight + band * height;
        const QRectF whole(0, top, LabelWidth + axisWidth, height - BandGap);
        if (!whole.intersects(rect))
            continue;
        painter->fillRect(whole, day == today ? QColor(0xff, 0xf6, 0xd5) : (band % 2 ? QColor(0xf0, 0xf2, 0xf5) : Qt::white));
        painter->setPen(QColor(0xd0, 0xd0, 0xd0));
        for (int lane = 1; lane < m_auditoriums.size(); ++lane)
            painter->drawLine(QPointF(DayLabelWidth, top + lane * LaneHeight), QPointF(whole.right(), top + lane * LaneHeight));
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->setFont(bold);
        painter->drawText(QRectF(6, top, DayLabelWidth - 8, std::min<qreal>(height - BandGap, 2 * LaneHeight)),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                          QLocale().toString(day, QStringLiteral("ddd\nd MMM")));
        painter->setFont(base);
        painter->setPen(QColor(0x40, 0x40, 0x40));
        const QFontMetricsF metrics(base);
        for (int lane = 0; lane < m_auditoriums.size(); ++lane) {
            painter->drawText(QRectF(DayLabelWidth, top + lane * LaneHeight, LabelWidth - DayLabelWidth - 6, LaneHeight),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              metrics.elidedText(m_auditoriums.at(lane).name, Qt::ElideRight, LabelWidth - DayLabelWidth - 6));
        }
    }

    // Hours: a line and the time on top (02:00 of the next day too).
    painter->setFont(base);
    for (int hour = 0; hour <= AxisHours; ++hour) {
        const qreal x = LabelWidth + hour * 60 * PxPerMinute;
        painter->setPen(QColor(0xc8, 0xc8, 0xc8));
        painter->drawLine(QPointF(x, HeaderHeight - 4), QPointF(x, HeaderHeight + DaysPerWeek * height));
        painter->setPen(QColor(0x30, 0x30, 0x30));
        const QString label = formatTime(QTime((DayStartHour + hour) % 24, 0));
        painter->drawText(QRectF(x - 30, 0, 60, HeaderHeight - 4), Qt::AlignCenter, label);
    }
}

// --- WeekGridView ---

WeekGridView::WeekGridView(WeekGridScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("weekGrid"));
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFocusPolicy(Qt::StrongFocus);
    setCacheMode(CacheBackground);
    setViewportUpdateMode(SmartViewportUpdate);
    setMouseTracking(true);
}

WeekGridView::~WeekGridView() = default;

void WeekGridView::mouseMoveEvent(QMouseEvent *event)
{
    QGraphicsView::mouseMoveEvent(event);
    viewport()->setCursor(m_scene->cursorAt(mapToScene(event->position().toPoint())));
}

void WeekGridView::keyPressEvent(QKeyEvent *event)
{
    const QString selected = m_scene->selectedShowId();
    if (selected.isEmpty()) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        m_scene->nudgeSelected(-WeekGridScene::SnapMinutes);
        break;
    case Qt::Key_Right:
        m_scene->nudgeSelected(WeekGridScene::SnapMinutes);
        break;
    case Qt::Key_Delete:
        Q_EMIT m_scene->cancelRequested(selected);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT m_scene->editRequested(selected);
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Marquee
