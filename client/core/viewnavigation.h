#pragma once

// Zoom and pan of a QGraphicsView, shared by the box office's seat map and the layout studio.

#include <QtCore/QPoint>
#include <QtCore/QPointF>

class QGraphicsView;
class QWheelEvent;

namespace Marquee {

// Scales the view to `zoom` (device pixels per scene unit) and scrolls it so that the scene point
// under viewportAnchor stays where it is. The view's transformation anchor must be NoAnchor.
void zoomViewAt(QGraphicsView *view, qreal zoom, QPointF viewportAnchor);
// Scrolls the view so that the scene follows a mouse movement of `mouseDelta` pixels.
void panView(QGraphicsView *view, QPoint mouseDelta);
// The zoom factor a wheel turn asks for (1.2 a notch); 0 when the event asks for no zoom (a
// touchpad's pixel scrolling without ctrl pans instead, or there is no turn).
qreal wheelZoomFactor(const QWheelEvent *event);

} // namespace Marquee
