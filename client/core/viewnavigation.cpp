#include "viewnavigation.h"

#include <QtGui/QWheelEvent>
#include <QtWidgets/QGraphicsView>
#include <QtWidgets/QScrollBar>

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

} // namespace Marquee
