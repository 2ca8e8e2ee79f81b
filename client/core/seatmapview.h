#pragma once

// The view on a SeatMapScene that a cashier works with all day.
//   mouse:    a click adds a seat to the selection or removes it (ctrl-click too), left drag on
//             empty space adds the seats in a rubber band; middle drag or space+drag pans;
//             wheel zooms around the cursor; pinch zooms (touch screens and touchpads)
//   keyboard: arrows move the focus seat to the nearest seat in that direction, Space or Enter
//             toggles it, Escape clears the selection, + and - zoom, 0 fits the whole map; when
//             the view gets the keyboard focus without a focus seat, the free seat nearest to the
//             middle of the view becomes the focus seat (Space selects it at once)
// State changes from the server never touch the zoom, the scroll position or the selection of
// unaffected seats. Until the user zooms, the map follows the size of the view (fit).

#include "viewnavigation.h"

#include <QtCore/QPointer>
#include <QtWidgets/QGraphicsView>

class QLabel;

namespace Marquee {

class SeatItem;
class SeatMapScene;

class SeatMapView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatMapView)

public:
    explicit SeatMapView(QWidget *parent = nullptr);
    ~SeatMapView() override;

    void setSeatMapScene(SeatMapScene *scene);
    SeatMapScene *seatMapScene() const { return m_scene.data(); }

    // Device pixels per layout unit (the view's scale).
    qreal zoom() const;
    // The seat under a viewport position, or nullptr.
    SeatItem *seatAt(QPoint viewportPos) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    // Zooms by `factor` keeping the scene point under viewportAnchor where it is.
    void zoomBy(qreal factor, QPointF viewportAnchor);

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    bool viewportEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void moveFocus(Qt::ArrowType arrow);
    void toggleFocusSeat();
    void setZoom(qreal zoom, QPointF viewportAnchor);
    qreal fitZoom() const;
    void updateStaleBanner();

    QPointer<SeatMapScene> m_scene;
    QLabel *m_staleBanner = nullptr;
    ViewPanner m_panner;        // middle drag, space + left drag; a plain space toggles
    bool m_autoFit = true;      // until the user zooms, resizing refits
    bool m_seatPress = false;   // the current left press was handled on a seat
};

} // namespace Marquee
