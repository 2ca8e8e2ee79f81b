#pragma once

// The layout studio's canvas: draws a LayoutDocument with the box office's own seat items
// (SeatItem, SeatLayerItem) and plan items (planitems.h), and owns the editing mode, like Qt's
// diagramscene: the active tool turns mouse presses, drags and releases into the document's edits,
// with a live preview while a block, row, aisle or stage is dragged out.
//
// The canvas follows the document incrementally: after an edit it compares the rows it draws with
// the document's (rows whose seats the edit did not touch still share their data, so that test is
// one pointer) and updates, adds or deletes only the items of rows that changed. Aisles, texts and
// the stage are rebuilt when they change. The selection is the document's; the canvas shows it.
//
// A floor plan (PNG, JPEG or SVG) can lie under everything, half transparent, to trace a venue's
// plan: scaled (units per image pixel), moved when floor-plan moving is on, hidden or removed. It is
// part of the session, not of the layout.

#include "studiotools.h"

#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtWidgets/QGraphicsScene>

#include <memory>

class QGraphicsPathItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

namespace Marquee {

class LayoutDocument;
class PlanLabelItem;
class SeatItem;
class SeatLayerItem;

class StudioScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioScene)

public:
    static constexpr double GridStep = 0.5; // snapping, in layout units
    static constexpr double FineStep = 0.1; // arrow keys without the grid
    static constexpr int BigStepFactor = 10; // arrow keys with shift

    explicit StudioScene(LayoutDocument *document, QObject *parent = nullptr);
    ~StudioScene() override;

    LayoutDocument *document() const { return m_document; }

    void setTool(StudioTool tool);
    StudioTool tool() const { return m_tool; }
    void setToolSettings(const StudioToolSettings &settings);
    const StudioToolSettings &toolSettings() const { return m_settings; }
    void setSnapToGrid(bool snap);
    bool snapToGrid() const { return m_snap; }
    QPointF snapped(QPointF scenePos) const;
    // The arrow keys' step: the grid (or FineStep without it), BigStepFactor times that with shift.
    double nudgeStep(bool big) const;
    // A drag or drawing in progress; cancelGesture() drops it (Escape).
    bool hasGesture() const { return m_gesture != Gesture::None; }
    void cancelGesture();

    // --- what is drawn ---
    const QList<SeatItem *> &seatItems() const { return m_items; } // in layout order
    SeatItem *seatItem(const QString &seatId) const;
    // The item of an aisle, a text or the stage (stageElementId()); nullptr when none.
    QGraphicsItem *elementItem(const QString &id) const;
    // The id of the seat, aisle, text or stage drawn at a scene point; empty when nothing.
    QString elementAt(QPointF scenePos) const;
    // How many row labels are drawn (two per row).
    qsizetype rowLabelCount() const;
    // Everything the layout draws (seats, labels, aisles, stage, texts), and the floor plan.
    QRectF contentRect() const;
    // The scene area of the given elements (to centre them).
    QRectF elementsRect(const QSet<QString> &ids) const;
    // Called by the views when they zoom: small seats are drawn by one layer item.
    void updateCompactness();
    // What the current drag would place ("6 rows × 12 seats = 72 seats"); empty when nothing.
    QString previewText() const { return m_previewText; }

    // --- floor plan ---
    bool loadFloorPlan(const QString &path, QString *error = nullptr);
    void removeFloorPlan();
    bool hasFloorPlan() const { return m_floorPlan != nullptr; }
    void setFloorPlanVisible(bool visible);
    bool isFloorPlanVisible() const;
    // While on, the floor plan can be dragged and nothing else reacts to the mouse.
    void setFloorPlanMovable(bool movable);
    bool isFloorPlanMovable() const { return m_floorPlanMovable; }
    // Layout units per pixel of the image; scaling keeps `fixedScenePoint` where it is.
    qreal floorPlanScale() const;
    void setFloorPlanScale(qreal unitsPerPixel, QPointF fixedScenePoint);
    QGraphicsItem *floorPlanItem() const { return m_floorPlan; }

Q_SIGNALS:
    void previewChanged(const QString &text);
    // A tool could not place what it was asked to (the document's error, translated).
    void editFailed(const QString &message);
    // The measuring tool was dragged between two points of the floor plan.
    void floorPlanMeasured(QPointF from, QPointF to);
    void floorPlanChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    struct RowView;
    enum class Gesture { None, Move, RubberBand, Draw, FloorPlan };

    // Following the document.
    void rebuildAll();
    void documentChanged(int parts);
    void syncSeats();
    void recolourSeats();
    void rebuildSectionNames();
    void hideTwinRowLabels();
    void rebuildAisles();
    void rebuildTexts();
    void rebuildStage();
    void showSelection();
    void growSceneRect();
    RowView *makeRowView(const Row &row, const QString &sectionId);
    void placeRowLabels(RowView *view);
    void deleteRowView(RowView *view);
    QColor categoryColour(const QString &categoryId) const;
    QGraphicsItem *registerElement(QGraphicsItem *item, const QString &id);
    void dropElements(QList<QGraphicsItem *> &items);

    // Tools.
    void pressSelect(QGraphicsSceneMouseEvent *event);
    void dragSelection(QPointF delta);
    void finishRubberBand(bool adding);
    void updatePreview();
    void placeDrawing(bool dragged);
    void setPreviewText(const QString &text);
    QString seatCategory();

    LayoutDocument *m_document;
    StudioTool m_tool = StudioTool::Select;
    StudioToolSettings m_settings;
    bool m_snap = true;

    // The layout as drawn: rows with their items, decorations by element id.
    QList<RowView *> m_rows;
    QList<SeatItem *> m_items;
    QHash<QString, SeatItem *> m_seatById;
    SeatLayerItem *m_layer = nullptr;
    QList<PlanLabelItem *> m_sectionNames;
    QHash<QString, QGraphicsItem *> m_elements; // aisles, texts, the stage
    QList<QGraphicsItem *> m_aisleItems;
    QList<QGraphicsItem *> m_textItems;
    QList<QGraphicsItem *> m_stageItems;
    QHash<QString, QColor> m_colours;
    bool m_compact = false;

    // The gesture in progress.
    Gesture m_gesture = Gesture::None;
    QPointF m_pressPos;
    QPointF m_dragDelta;
    bool m_dragged = false;
    QList<QGraphicsItem *> m_dragItems;
    QList<QPointF> m_dragOrigins;
    QGraphicsRectItem *m_rubberBand = nullptr;
    QGraphicsPathItem *m_preview = nullptr;
    QGraphicsSimpleTextItem *m_previewLabel = nullptr;
    QString m_previewText;

    QGraphicsItem *m_floorPlan = nullptr;
    qreal m_floorPlanPixelWidth = 0.0;
    bool m_floorPlanMovable = false;
};

} // namespace Marquee
