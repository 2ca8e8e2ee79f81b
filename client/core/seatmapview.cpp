#include "seatmapview.h"

#include "seatitem.h"
#include "seatmapscene.h"
#include "viewnavigation.h"

#include <QtGui/QKeyEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QWheelEvent>
#include <QtWidgets/QGesture>
#include <QtWidgets/QLabel>
#include <QtWidgets/QToolTip>

#include <algorithm>
#include <cmath>

namespace Marquee {

namespace {

constexpr qreal ZoomStep = 1.25;
constexpr qreal MaxZoom = 160.0;     // device pixels per seat

} // namespace

SeatMapView::SeatMapView(QWidget *parent)
    : QGraphicsView(parent)
    , m_panner(this)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(NoAnchor); // zoomBy() anchors itself
    setResizeAnchor(AnchorViewCenter);
    // One rectangle around all changes: cheap to keep up with a burst of 1,000 seat updates, while
    // a single seat change still repaints only its own few pixels (MinimalViewportUpdate spends
    // more on region bookkeeping than on painting when many scattered seats change).
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing, true); // seat bounds include a margin already
    // Seats restore what they change (the transform of the compact drawing, text settings), the
    // other items set their own pen, brush and font: no QPainter save/restore per item.
    setOptimizationFlag(DontSavePainterState, true);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);

    m_staleBanner = new QLabel(tr("Offline: seat states may be out of date"), this);
    m_staleBanner->setObjectName(QStringLiteral("staleBanner"));
    m_staleBanner->setAlignment(Qt::AlignCenter);
    m_staleBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(40, 40, 40, 215); color: white; font-weight: bold; padding: 4px 10px; }"));
    m_staleBanner->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_staleBanner->hide();
}

SeatMapView::~SeatMapView()
{
    // The scene draws its seats compact only while every view is small: leave that decision to
    // the remaining views.
    if (SeatMapScene *scene = m_scene.data()) {
        setScene(nullptr);
        scene->updateCompactness();
    }
}

void SeatMapView::setSeatMapScene(SeatMapScene *scene)
{
    SeatMapScene *previous = m_scene.data();
    if (previous)
        disconnect(previous, nullptr, this, nullptr);
    m_scene = scene;
    setScene(scene);
    if (previous && previous != scene)
        previous->updateCompactness();
    if (scene) {
        connect(scene, &SeatMapScene::seatLayoutChanged, this, [this] {
            // A new layout (or prices): refit only when the user has not zoomed.
            if (m_autoFit)
                fitAll();
        });
        connect(scene, &SeatMapScene::staleChanged, this, &SeatMapView::updateStaleBanner);
    }
    m_autoFit = true;
    fitAll();
    updateStaleBanner();
}

qreal SeatMapView::zoom() const
{
    return transform().m11();
}

SeatItem *SeatMapView::seatAt(QPoint viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *item : hits) {
        if (auto *seat = qgraphicsitem_cast<SeatItem *>(item))
            return seat;
    }
    return nullptr;
}

void SeatMapView::zoomIn()
{
    zoomBy(ZoomStep, viewport()->rect().center());
}

void SeatMapView::zoomOut()
{
    zoomBy(1.0 / ZoomStep, viewport()->rect().center());
}

void SeatMapView::fitAll()
{
    m_autoFit = true;
    if (!m_scene || m_scene->contentRect().isEmpty())
        return;
    // The scene rectangle (content plus a margin): fitting it leaves nothing to scroll.
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    m_scene->updateCompactness();
    Q_EMIT zoomChanged(zoom());
}

qreal SeatMapView::fitZoom() const
{
    if (!m_scene || m_scene->contentRect().isEmpty())
        return 1.0;
    const QRectF r = m_scene->sceneRect();
    const QSize s = viewport()->size();
    return std::min(s.width() / r.width(), s.height() / r.height());
}

void SeatMapView::zoomBy(qreal factor, QPointF viewportAnchor)
{
    if (factor <= 0.0 || !std::isfinite(factor))
        return;
    m_autoFit = false;
    setZoom(zoom() * factor, viewportAnchor);
}

void SeatMapView::setZoom(qreal z, QPointF anchor)
{
    const qreal minZoom = std::min(fitZoom() * 0.5, MaxZoom);
    z = std::clamp(z, minZoom, MaxZoom);
    if (qFuzzyCompare(z, zoom()))
        return;
    zoomViewAt(this, z, anchor);
    if (m_scene)
        m_scene->updateCompactness();
    Q_EMIT zoomChanged(z);
}

bool SeatMapView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip:
        if (m_scene) {
            auto *help = static_cast<QHelpEvent *>(event);
            if (SeatItem *seat = seatAt(help->pos())) {
                QToolTip::showText(help->globalPos(), m_scene->seatToolTip(seat->seatId()), viewport());
                return true;
            }
        }
        break; // aisles have tooltips of their own
    case QEvent::Gesture: {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomBy(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint()));
            gestureEvent->accept(pinch);
            return true;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + native->value(), native->position());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QGraphicsView::viewportEvent(event);
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const qreal factor = wheelZoomFactor(event);
    if (factor == 0.0) {
        QGraphicsView::wheelEvent(event); // pans (touchpads), or nothing to do
        return;
    }
    zoomBy(factor, event->position());
    event->accept();
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panner.press(event)) {
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_scene) {
        if (SeatItem *seat = seatAt(pos)) {
            m_seatPress = true;
            const QString id = seat->seatId();
            // A click adds the seat to the selection or takes it out, with or without ctrl; a
            // click on a seat nobody can pick (sold, held elsewhere) leaves the selection alone.
            m_scene->toggleSeat(id);
            m_scene->setFocusSeat(id);
            event->accept();
            return;
        }
        // Empty space: the rubber band adds its seats to the selection, as a ctrl-drag does in
        // QGraphicsView (which otherwise replaces the selection, and clears it on a click).
        QMouseEvent adding(event->type(), event->position(), event->scenePosition(), event->globalPosition(),
                           event->button(), event->buttons(), event->modifiers() | Qt::ControlModifier,
                           event->pointingDevice());
        QGraphicsView::mousePressEvent(&adding);
        event->setAccepted(adding.isAccepted());
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panner.move(event) || m_seatPress) {
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panner.release(event)) {
        event->accept();
        return;
    }
    if (m_seatPress && event->button() == Qt::LeftButton) {
        m_seatPress = false;
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveFocus(Qt::LeftArrow);
        break;
    case Qt::Key_Right:
        moveFocus(Qt::RightArrow);
        break;
    case Qt::Key_Up:
        moveFocus(Qt::UpArrow);
        break;
    case Qt::Key_Down:
        moveFocus(Qt::DownArrow);
        break;
    case Qt::Key_Space:
        // Toggles on release, unless the space bar was held to pan with the mouse.
        if (!event->isAutoRepeat())
            m_panner.spacePressed();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        toggleFocusSeat();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Escape:
        if (m_scene)
            m_scene->clearSeatSelection();
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SeatMapView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        if (m_panner.spaceReleased())
            toggleFocusSeat();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void SeatMapView::moveFocus(Qt::ArrowType arrow)
{
    if (!m_scene || m_scene->seatCount() == 0)
        return;
    QString current = m_scene->focusSeatId();
    QString next;
    if (current.isEmpty()) {
        // The first key press picks a seat: the first selected one, or the one in the middle.
        const QStringList selected = m_scene->selectedSeatIds();
        next = selected.isEmpty() ? m_scene->seatNearest(mapToScene(viewport()->rect().center()))
                                  : selected.constFirst();
    } else {
        next = m_scene->seatInDirection(current, arrow);
    }
    if (next.isEmpty())
        return;
    m_scene->setFocusSeat(next);
    if (SeatItem *item = m_scene->seatItem(next))
        ensureVisible(item, 40, 40);
}

void SeatMapView::toggleFocusSeat()
{
    if (!m_scene)
        return;
    if (m_scene->focusSeatId().isEmpty()) {
        moveFocus(Qt::NoArrow);
        return;
    }
    m_scene->toggleSeat(m_scene->focusSeatId());
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    const QRect vp = viewport()->geometry();
    m_staleBanner->adjustSize();
    m_staleBanner->setGeometry(vp.left(), vp.top(), vp.width(), m_staleBanner->sizeHint().height());
    if (m_autoFit)
        fitAll();
}

void SeatMapView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitAll();
}

void SeatMapView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    if (!m_scene || m_scene->seatCount() == 0 || !m_scene->focusSeatId().isEmpty())
        return;
    // Where the keyboard acts: the free seat nearest to the middle of what is on screen.
    const QPointF middle = mapToScene(viewport()->rect().center());
    const SeatItem *best = nullptr;
    qreal bestDistance = 0.0;
    for (const SeatItem *item : m_scene->seatItems()) {
        if (!item->isSelectableByMe())
            continue;
        const QPointF d = item->pos() - middle;
        const qreal distance = d.x() * d.x() + d.y() * d.y();
        if (!best || distance < bestDistance) {
            best = item;
            bestDistance = distance;
        }
    }
    const QString id = best ? best->seatId() : m_scene->seatNearest(middle);
    m_scene->setFocusSeat(id);
}

void SeatMapView::updateStaleBanner()
{
    const bool stale = m_scene && m_scene->isStale();
    m_staleBanner->setVisible(stale);
    if (stale)
        m_staleBanner->raise();
}

} // namespace Marquee
