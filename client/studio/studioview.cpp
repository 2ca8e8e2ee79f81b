#include "studioview.h"

#include "layoutdocument.h"
#include "studioscene.h"
#include "viewnavigation.h"

#include <QtGui/QKeyEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QWheelEvent>

#include <algorithm>

namespace Marquee {

namespace {

constexpr qreal ZoomStep = 1.25;
constexpr qreal MinZoom = 0.5; // device pixels per unit: a 2,000-unit plan on screen
constexpr qreal MaxZoom = 200.0;

} // namespace

StudioView::StudioView(StudioScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_panner(this)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(NoDrag); // the scene's tools handle the mouse
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setOptimizationFlag(DontSavePainterState,
                        true); // as the box office's view: the items restore what they change
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

qreal StudioView::zoom() const
{
    return transform().m11();
}

void StudioView::zoomIn()
{
    zoomBy(ZoomStep, viewport()->rect().center());
}

void StudioView::zoomOut()
{
    zoomBy(1.0 / ZoomStep, viewport()->rect().center());
}

void StudioView::zoomBy(qreal factor, QPointF viewportAnchor)
{
    if (factor > 0.0 && std::isfinite(factor))
        setZoom(zoom() * factor, viewportAnchor);
}

void StudioView::setZoom(qreal z, QPointF anchor)
{
    z = std::clamp(z, MinZoom, MaxZoom);
    if (qFuzzyCompare(z, zoom()))
        return;
    zoomViewAt(this, z, anchor);
    m_scene->updateCompactness();
    Q_EMIT zoomChanged(z);
}

void StudioView::fitAll()
{
    QRectF area = m_scene->contentRect();
    if (m_scene->seatItems().isEmpty()) // no seats yet: a hall-sized room below the stage to draw in
        area = area.united(QRectF(-20.0, -3.0, 40.0, 30.0));
    area.adjust(-2.0, -2.0, 2.0, 2.0);
    setZoom(fitZoom(area), viewport()->rect().center());
    centerOn(area.center());
}

void StudioView::showArea(const QRectF &area)
{
    if (area.isNull())
        return;
    const QRectF padded = area.adjusted(-3.0, -3.0, 3.0, 3.0);
    setZoom(std::min(zoom(), fitZoom(padded)), viewport()->rect().center());
    centerOn(padded.center());
}

qreal StudioView::fitZoom(const QRectF &area) const
{
    const QSize size = viewport()->size();
    return std::min(size.width() / std::max(area.width(), 1.0), size.height() / std::max(area.height(), 1.0));
}

void StudioView::wheelEvent(QWheelEvent *event)
{
    const qreal factor = wheelZoomFactor(event);
    if (factor == 0.0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(factor, event->position());
    event->accept();
}

void StudioView::mousePressEvent(QMouseEvent *event)
{
    if (m_panner.press(event))
        event->accept();
    else
        QGraphicsView::mousePressEvent(event);
}

void StudioView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panner.move(event)) {
        event->accept();
        return;
    }
    Q_EMIT cursorMoved(mapToScene(event->position().toPoint()));
    QGraphicsView::mouseMoveEvent(event);
}

void StudioView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panner.release(event))
        event->accept();
    else
        QGraphicsView::mouseReleaseEvent(event);
}

void StudioView::keyPressEvent(QKeyEvent *event)
{
    const bool big = event->modifiers() & Qt::ShiftModifier;
    const double step = m_scene->nudgeStep(big);
    LayoutDocument *document = m_scene->document();
    switch (event->key()) {
    case Qt::Key_Left:
        document->nudgeSelection(-step, 0.0);
        break;
    case Qt::Key_Right:
        document->nudgeSelection(step, 0.0);
        break;
    case Qt::Key_Up:
        document->nudgeSelection(0.0, -step);
        break;
    case Qt::Key_Down:
        document->nudgeSelection(0.0, step);
        break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            m_panner.spacePressed();
        break;
    case Qt::Key_Escape:
        if (m_scene->hasGesture())
            m_scene->cancelGesture();
        else
            document->setSelection({});
        break;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void StudioView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_panner.spaceReleased();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void StudioView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        fitAll();
    }
}

} // namespace Marquee
