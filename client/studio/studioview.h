#pragma once

// The view on the studio's canvas.
//   mouse:    the active tool (StudioScene); middle drag or space + left drag pans; the wheel
//             zooms around the cursor
//   keyboard: arrows move the selection by the grid step (shift: ten steps), Escape drops a drag
//             in progress or else the selection

#include "viewnavigation.h"

#include <QtWidgets/QGraphicsView>

namespace Marquee {

class StudioScene;

class StudioView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioView)

public:
    explicit StudioView(StudioScene *scene, QWidget *parent = nullptr);

    StudioScene *studioScene() const { return m_scene; }
    qreal zoom() const; // device pixels per layout unit

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    // Shows everything the layout draws (and the floor plan).
    void fitAll();
    // Zooms by `factor` keeping the scene point under viewportAnchor where it is.
    void zoomBy(qreal factor, QPointF viewportAnchor);
    // Centres a scene area, zooming out when it does not fit.
    void showArea(const QRectF &area);

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    void cursorMoved(QPointF scenePos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setZoom(qreal zoom, QPointF viewportAnchor);
    qreal fitZoom(const QRectF &area) const;

    StudioScene *m_scene;
    ViewPanner m_panner;
    bool m_fitted = false;
};

} // namespace Marquee
