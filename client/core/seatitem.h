#pragma once

// One seat of the seat map: a plain QGraphicsItem (no QObject) so that thousands stay cheap.
// It paints from paths built once per process; the legend paints its swatches with the same code
// (SeatItem::paintSeat) so that what the legend shows is exactly what the map shows.
//
// States are told apart by colour AND by shape or pattern (colour-blind safe):
//   available            outlined rounded square in the category colour, light fill
//   selected             solid category colour with a dark ring around it
//   held by me           green fill with a white check mark
//   held by another      orange fill with dark diagonal hatching
//   sold                 dark fill with a white X
//   blocked              grey fill with a dark bar
//   house seat           purple fill with a white diamond (blocked, kept by the venue)
//   wheelchair space     a circle instead of a square, with a wheelchair glyph
//   companion seat       small dot in the lower right corner
//   restricted view      small triangle in the upper right corner

#include "layout.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QColor>
#include <QtWidgets/QGraphicsItem>

namespace Marquee {

enum class SeatStatus; // protocol.h

enum class SeatVisualState : quint8 { Available, HeldByMe, HeldByOther, Sold, Blocked, House };

// What paintSeat() needs; an item fills it from its own data, the legend from a description.
struct SeatAppearance
{
    SeatVisualState state = SeatVisualState::Available;
    QColor colour; // the category colour
    SeatFlags flags;
    bool selected = false;
    bool focused = false;
    QColor tint; // the light fill of available seats; derived from colour when invalid
};

class SeatItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(SeatItem)

public:
    enum { Type = UserType + 1 };
    // Below this many device pixels per unit seats are small: SeatLayerItem draws them all.
    static constexpr qreal CompactLevelOfDetail = 12.0;

    // `seat` must outlive the item (the scene keeps the layout the items were built from).
    SeatItem(const Seat *seat, int index, const QColor &categoryColour, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Seats turn to face the stage (curved rows) or follow their row. Drawn by paint() rather
    // than QGraphicsItem::setRotation(): items without a transform are much cheaper for the view,
    // and small seats are drawn unrotated anyway. Set it before adding the item to a scene.
    void setAngle(qreal degrees);
    qreal angle() const { return m_angle; }

    // Points the item at another record of its seat (the layout studio replaces seats as they are
    // edited): takes its position, flags and category colour, and repaints. The server state is
    // kept, but the layout's own "blocked" flag decides between Blocked and Available. Whether
    // the item can be selected is left to the caller. Call setAngle() when the seat turned.
    void setSeat(const Seat *seat, const QColor &categoryColour);
    const Seat &seat() const { return *m_seat; }
    QString seatId() const;
    int index() const { return m_index; } // position in layout order
    QColor categoryColour() const { return m_colour; }

    SeatStatus status() const { return m_status; }
    QString heldBy() const { return m_heldBy; }
    SeatVisualState visualState() const { return m_state; }
    // Sets the server state; ownTerminalId tells "held by me" from "held by another terminal",
    // `house` a house seat from another blocked one. The server's state decides (a seat that the
    // layout blocks may be released for one show). Returns true when the visual state changed.
    // Selectability follows the state. With dirtyArea, a compact seat adds its scene area there
    // instead of asking for a repaint, so that a burst of changes asks once.
    bool setStatus(SeatStatus status, const QString &heldBy, const QString &ownTerminalId,
                   QRectF *dirtyArea = nullptr, bool house = false);
    // Available or held by me, and not blocked in the layout.
    bool isSelectableByMe() const;
    SeatAppearance appearance() const;

    bool isFocusSeat() const { return m_focused; }
    void setFocusSeat(bool focused);

    // While every view shows small seats, the seats have no contents of their own (the view then
    // skips them when painting) and route their repaints to the layer's area.
    void setCompact(bool compact);
    // Makes the seats of a scene compact while every view of it shows them small (below
    // CompactLevelOfDetail), and back; `compact` holds the state the seats are in.
    static void followViews(const QGraphicsScene *scene, const QList<SeatItem *> &seats, bool *compact);

    // Paints a seat centred on (0, 0) in units of SeatSize. levelOfDetail is device pixels per
    // unit: small seats drop the finer marks, large ones show their label.
    static void paintSeat(QPainter *painter, const SeatAppearance &appearance, qreal levelOfDetail,
                          const QString &label = {});
    static QString stateName(SeatVisualState state);
    static QString flagName(SeatFlag flag);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void repaint();
    QRectF compactArea() const;

    const Seat *m_seat;
    QString m_heldBy;
    QColor m_colour;
    QColor m_tint;
    int m_index;
    float m_angle = 0.0f;
    float m_boundsHalf;
    SeatStatus m_status {}; // Available
    SeatVisualState m_state = SeatVisualState::Available;
    bool m_focused = false;
    bool m_selected = false; // mirrors isSelected(), read without touching the item's private data
    bool m_compact = false;
};

// Draws all the seats of a scene at once while they are only a few pixels large (the whole hall
// on screen): one item painting pixel-aligned rectangles instead of thousands of items keeps a
// frame cheap. The seats themselves paint nothing at that size but stay in the scene for hit
// tests, selection and updates (a seat's update() repaints its area, which this item covers).
class SeatLayerItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    // `seats` must outlive the item (the scene's list). The seats are the layer's children, so
    // that the view sorts and walks a handful of top-level items instead of thousands.
    explicit SeatLayerItem(const QList<SeatItem *> *seats, QGraphicsItem *parent = nullptr);
    // Call once the seats are in the list: takes their positions and bounds.
    void seatsAdded();

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const QList<SeatItem *> *m_seats;
    QList<QPointF> m_positions; // the seats' positions, packed (seats do not move)
    QRectF m_bounds;
};

} // namespace Marquee
