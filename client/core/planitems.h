#pragma once

// What a seat plan draws besides its seats: labels (row letters, section names, the screen's or
// stage's name, the layout's texts), aisles and the screen or stage. The box office's seat map
// and the layout studio both build them here, so that a plan looks the same in both.

#include <QtCore/QString>
#include <QtGui/QColor>
#include <QtGui/QFont>
#include <QtGui/QStaticText>
#include <QtWidgets/QGraphicsItem>

#include <utility>

class QGraphicsPathItem;

namespace Marquee {

struct Aisle;
struct Layout;
struct Row;
struct Seat;
struct Section;
struct Stage;
struct TextLabel;

// Stacking order: a floor plan under the aisles under the stage under labels under the seats.
namespace PlanZ {
inline constexpr qreal FloorPlan = -10.0;
inline constexpr qreal Aisle = -3.0;
inline constexpr qreal Stage = -2.0;
inline constexpr qreal Label = -1.0;
inline constexpr qreal Seats = -0.5;
} // namespace PlanZ

// A text of the plan: laid out once (QStaticText), scaled into layout units, not painted while it
// would be too small to read.
class PlanLabelItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    enum class Role { RowLabel, SectionName, StageName, Text };

    // `height` in layout units; stage names take the stage's colours (see makeStageLabel()).
    PlanLabelItem(const QString &text, qreal height, Role role, const QColor &colour = {});

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString text() const { return m_plain; }
    // Places the item so that its text is centred on a scene point.
    void centreOn(QPointF sceneCentre);
    // Where the text is, in scene coordinates.
    QRectF sceneRectangle() const;

private:
    QStaticText m_text;
    QString m_plain;
    QFont m_font;
    QColor m_colour;
    QRectF m_rect;
};

// An aisle: a light strip of its width along its centre line, its name as the tooltip.
QGraphicsPathItem *makeAisleItem(const Aisle &aisle);
// The screen (a thin dark bar) or the stage (a block).
QGraphicsPathItem *makeStageItem(const Stage &stage);
// The screen's or stage's name, upright; the screen's goes behind it as seen from the audience.
PlanLabelItem *makeStageLabel(const Stage &stage, qreal towardsAudience);
// One of the layout's texts, centred on its position.
PlanLabelItem *makeTextItem(const TextLabel &label);

// +1 when the audience sits below the stage (larger y, the usual plan), -1 when above it.
qreal towardsAudience(const Layout &layout);
// Seats of curved rows face the centre of their arc; seats of straight rows follow the row.
qreal seatRotation(const Row &row, const Seat &seat);
// Where a row's labels go: one seat pitch beyond its first and beyond its last seat.
std::pair<QPointF, QPointF> rowLabelPositions(const Row &row);
// The bounds of a section's seats (each seat a SeatSize square); null when it has none.
QRectF sectionSeatBounds(const Section &section);
// The spots for a section's name: in front of its seats (towards the stage) and behind them.
std::pair<QPointF, QPointF> sectionNamePositions(const QRectF &seatBounds, qreal towardsAudience);

} // namespace Marquee
