#pragma once

// Zoom and pan of a QGraphicsView, shared by the box office's seat map and the layout studio.

#include <QtCore/QPoint>
#include <QtCore/QPointF>

class QGraphicsScene;
class QGraphicsView;
class QMouseEvent;
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
// True when the scene has views and every one of them shows it at less than `zoom` device pixels
// per unit (while all seats are small, one layer item draws them: SeatLayerItem).
bool allViewsBelowZoom(const QGraphicsScene *scene, qreal zoom);

// Panning with the mouse: a middle-button drag, or a left drag while the space bar is held (an
// open hand while it is held, a closed one while dragging). The view forwards its events.
class ViewPanner
{
public:
    explicit ViewPanner(QGraphicsView *view)
        : m_view(view)
    {
    }

    // A press that starts panning; true when the panner took it.
    bool press(const QMouseEvent *event);
    // While panning the scene follows the mouse; true when the panner took the event.
    bool move(const QMouseEvent *event);
    bool release(const QMouseEvent *event);
    // The space bar (without auto-repeats).
    void spacePressed();
    // True when the space bar was held without panning: a plain press of the key.
    bool spaceReleased();
    bool isPanning() const { return m_panning; }

private:
    void endPan();

    QGraphicsView *m_view;
    QPoint m_lastPos;
    bool m_panning = false;
    bool m_spaceDown = false;
    bool m_spacePanned = false;
};

} // namespace Marquee
