#include "viewnavigation.h"

#include <QtGui/QMouseEvent>
#include <QtGui/QWheelEvent>
#include <QtWidgets/QGraphicsView>
#include <QtWidgets/QScrollBar>

#include <algorithm>
#include <cmath>

namespace Marquee {

namespace {

constexpr qreal WheelStep = 1.2; // per notch (120 eighths of a degree)

} // namespace

void zoomViewAt(QGraphicsView *view, qreal zoom, QPointF viewportAnchor)
{
    const QPointF sceneAnchor = view->mapToScene(viewportAnchor.toPoint());
    view->setTransform(QTransform::fromScale(zoom, zoom));
    const QPointF moved = QPointF(view->mapFromScene(sceneAnchor)) - viewportAnchor;
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + qRound(moved.x()));
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + qRound(moved.y()));
}

void panView(QGraphicsView *view, QPoint mouseDelta)
{
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() - mouseDelta.x());
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() - mouseDelta.y());
}

qreal wheelZoomFactor(const QWheelEvent *event)
{
    // Touchpads scroll with pixel deltas: let them pan, unless ctrl asks for zoom.
    if (!event->pixelDelta().isNull() && !(event->modifiers() & Qt::ControlModifier))
        return 0.0;
    const QPoint delta = event->angleDelta();
    const int steps = delta.y() != 0 ? delta.y() : delta.x();
    return steps == 0 ? 0.0 : std::pow(WheelStep, steps / 120.0);
}

bool allViewsBelowZoom(const QGraphicsScene *scene, qreal zoom)
{
    const QList<QGraphicsView *> views = scene->views();
    return !views.isEmpty() && std::all_of(views.cbegin(), views.cend(), [zoom](const QGraphicsView *v) {
        return v->transform().m11() < zoom;
    });
}

bool ViewPanner::press(const QMouseEvent *event)
{
    if (event->button() != Qt::MiddleButton && !(event->button() == Qt::LeftButton && m_spaceDown))
        return false;
    m_panning = true;
    m_spacePanned = m_spaceDown;
    m_lastPos = event->position().toPoint();
    m_view->viewport()->setCursor(Qt::ClosedHandCursor);
    return true;
}

bool ViewPanner::move(const QMouseEvent *event)
{
    if (!m_panning)
        return false;
    const QPoint pos = event->position().toPoint();
    panView(m_view, pos - m_lastPos);
    m_lastPos = pos;
    return true;
}

bool ViewPanner::release(const QMouseEvent *event)
{
    if (!m_panning || (event->button() != Qt::MiddleButton && event->button() != Qt::LeftButton))
        return false;
    endPan();
    return true;
}

void ViewPanner::spacePressed()
{
    m_spaceDown = true;
    m_spacePanned = false;
    m_view->viewport()->setCursor(Qt::OpenHandCursor);
}

bool ViewPanner::spaceReleased()
{
    const bool plainPress = m_spaceDown && !m_spacePanned;
    m_spaceDown = false;
    if (m_panning)
        endPan();
    m_view->viewport()->unsetCursor();
    return plainPress;
}

void ViewPanner::endPan()
{
    m_panning = false;
    if (m_spaceDown)
        m_view->viewport()->setCursor(Qt::OpenHandCursor);
    else
        m_view->viewport()->unsetCursor();
}

} // namespace Marquee
