#include "seatitem.h"

#include "protocol.h"
#include "viewnavigation.h"

#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QPainterPathStroker>
#include <QtWidgets/QGraphicsScene>
#include <QtWidgets/QStyleOptionGraphicsItem>

#include <array>
#include <cmath>

namespace Marquee {

namespace {

// Geometry in units of SeatSize, centred on the seat's position.
constexpr qreal BodyHalf = 0.40;      // the seat body is 0.8 wide: a gap between neighbours
constexpr qreal InnerHalf = 0.29;     // inside of the category-coloured outline
constexpr qreal RingInner = 0.45;     // selection ring
constexpr qreal RingOuter = 0.53;
constexpr qreal FocusRadius = 0.59;   // keyboard focus ring (dashed)
constexpr qreal BoundsHalf = 0.64;
constexpr qreal CompactMargin = 1.5;  // around a compact seat's centre: its rings, rounding

// Level of detail thresholds in device pixels per unit.
constexpr qreal CompactLod = SeatItem::CompactLevelOfDetail; // below: pixel-aligned squares
constexpr qreal DetailLod = 16.0; // from here: the wheelchair glyph and the flag marks
constexpr qreal LabelLod = 34.0;  // from here: the seat's label inside available seats

const QColor HeldByMeFill = QColor::fromRgb(0x00, 0x9e, 0x73);    // Okabe-Ito bluish green
const QColor HeldByOtherFill = QColor::fromRgb(0xf5, 0xc2, 0x6b); // light orange
const QColor HeldByOtherHatch = QColor::fromRgb(0x6b, 0x40, 0x00);
const QColor SoldFill = QColor::fromRgb(0x3c, 0x3c, 0x3c);
const QColor BlockedFill = QColor::fromRgb(0xc4, 0xc4, 0xc4);
const QColor BlockedBar = QColor::fromRgb(0x4d, 0x4d, 0x4d);
const QColor HouseFill = QColor::fromRgb(0x6a, 0x3d, 0x9a); // purple
const QColor RingColour = QColor::fromRgb(0x11, 0x11, 0x11);
const QColor MarkLight = QColor::fromRgb(0xfa, 0xfa, 0xfa);
const QColor MarkDark = QColor::fromRgb(0x1a, 0x1a, 0x1a);

QPainterPath stroked(const QPainterPath &path, qreal width, Qt::PenCapStyle cap = Qt::RoundCap,
                     const QList<qreal> &dashes = {})
{
    QPainterPathStroker stroker;
    stroker.setWidth(width);
    stroker.setCapStyle(cap);
    stroker.setJoinStyle(Qt::RoundJoin);
    if (!dashes.isEmpty())
        stroker.setDashPattern(dashes);
    return stroker.createStroke(path).simplified();
}

QPainterPath square(qreal half, qreal radius)
{
    QPainterPath p;
    p.addRoundedRect(QRectF(-half, -half, 2 * half, 2 * half), radius, radius);
    return p;
}

QPainterPath circle(qreal radius, QPointF centre = {})
{
    QPainterPath p;
    p.addEllipse(centre, radius, radius);
    return p;
}

QPainterPath ring(const QPainterPath &outer, const QPainterPath &inner)
{
    QPainterPath p = outer;
    p.addPath(inner);
    p.setFillRule(Qt::OddEvenFill);
    return p;
}

// The paths of one body shape (square seat or round wheelchair space).
struct ShapePaths
{
    QPainterPath body;
    QPainterPath inner;
    QPainterPath selectionRing;
    QPainterPath focusRing;
    QPainterPath hatch;
};

struct Paths
{
    std::array<ShapePaths, 2> shapes; // [0] seat, [1] wheelchair space
    QPainterPath check;
    QPainterPath cross;
    QPainterPath bar;
    QPainterPath diamond;
    QPainterPath wheelchair;
    QPainterPath triangle;
    QPainterPath triangleOutline;
    QPainterPath companion;
    QPainterPath companionOutline;

    Paths()
    {
        QPainterPath hatchLines;
        for (int k = -5; k <= 5; ++k) {
            const qreal d = k * 0.17;
            hatchLines.moveTo(d - 0.7, 0.7);
            hatchLines.lineTo(d + 0.7, -0.7);
        }
        const QPainterPath hatchStroke = stroked(hatchLines, 0.06, Qt::FlatCap);
        const QList<qreal> dashes { 1.6, 1.2 }; // in units of the stroke width

        ShapePaths &s = shapes[0];
        s.body = square(BodyHalf, 0.14);
        s.inner = square(InnerHalf, 0.07);
        s.selectionRing = ring(square(RingOuter, 0.2), square(RingInner, 0.17));
        s.focusRing = stroked(square(FocusRadius, 0.24), 0.05, Qt::FlatCap, dashes);
        s.hatch = hatchStroke.intersected(s.body);

        ShapePaths &w = shapes[1];
        w.body = circle(BodyHalf);
        w.inner = circle(InnerHalf);
        w.selectionRing = ring(circle(RingOuter), circle(RingInner));
        w.focusRing = stroked(circle(FocusRadius), 0.05, Qt::FlatCap, dashes);
        w.hatch = hatchStroke.intersected(w.body);

        QPainterPath tick;
        tick.moveTo(-0.2, 0.0);
        tick.lineTo(-0.05, 0.15);
        tick.lineTo(0.21, -0.15);
        check = stroked(tick, 0.11);

        QPainterPath x;
        x.moveTo(-0.17, -0.17);
        x.lineTo(0.17, 0.17);
        x.moveTo(-0.17, 0.17);
        x.lineTo(0.17, -0.17);
        cross = stroked(x, 0.1);

        bar.addRect(QRectF(-0.24, -0.055, 0.48, 0.11));
        diamond.moveTo(0.0, -0.2);
        diamond.lineTo(0.2, 0.0);
        diamond.lineTo(0.0, 0.2);
        diamond.lineTo(-0.2, 0.0);
        diamond.closeSubpath();

        // The international wheelchair symbol, reduced to strokes: head, back, seat and leg, arm,
        // and an open wheel.
        QPainterPath figure;
        figure.moveTo(-0.06, -0.12);
        figure.lineTo(-0.06, 0.04);
        figure.lineTo(0.11, 0.04);
        figure.lineTo(0.18, 0.2);
        figure.moveTo(-0.06, -0.05);
        figure.lineTo(0.07, -0.05);
        const QRectF wheel(-0.21, -0.03, 0.3, 0.3);
        figure.arcMoveTo(wheel, 75);
        figure.arcTo(wheel, 75, 250);
        wheelchair = stroked(figure, 0.06).united(circle(0.06, QPointF(-0.05, -0.22)));

        QPainterPath tri;
        tri.moveTo(0.31, -0.49);
        tri.lineTo(0.5, -0.17);
        tri.lineTo(0.12, -0.17);
        tri.closeSubpath();
        triangle = tri;
        triangleOutline = stroked(tri, 0.08).united(tri);

        companion = circle(0.085, QPointF(0.3, 0.3));
        companionOutline = circle(0.125, QPointF(0.3, 0.3));
    }
};

const Paths &paths()
{
    static const Paths instance;
    return instance;
}

QColor tint(const QColor &c, qreal amount)
{
    return QColor::fromRgbF(float(1.0 - amount + c.redF() * amount), float(1.0 - amount + c.greenF() * amount),
                            float(1.0 - amount + c.blueF() * amount));
}

QColor lightFill(const SeatAppearance &a)
{
    return a.tint.isValid() ? a.tint : tint(a.colour, 0.16);
}

bool isDark(const QColor &c)
{
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF() < 0.55;
}

QColor plainColour(const SeatAppearance &a)
{
    switch (a.state) {
    case SeatVisualState::Available:
        return a.colour;
    case SeatVisualState::HeldByMe:
        return HeldByMeFill;
    case SeatVisualState::HeldByOther:
        return HeldByOtherFill;
    case SeatVisualState::Sold:
        return SoldFill;
    case SeatVisualState::Blocked:
        return BlockedFill;
    case SeatVisualState::House:
        return HouseFill;
    }
    return a.colour;
}

// Small seats (a whole hall on screen): drawn as pixel-aligned rectangles in device space, the
// fastest thing the raster engine does, so that a frame of thousands of seats stays cheap. The
// states keep distinct marks: outline (available), dark ring (selected), white dot (held by me),
// hatching (held by another terminal), dark (sold), bar (blocked), circle (wheelchair).
// `c` is the seat's centre in device pixels, s its size in pixels; the painter has no transform.
void paintCompactAt(QPainter *painter, const SeatAppearance &a, QPointF c, int s)
{
    static const QBrush hatch(HeldByOtherHatch, Qt::BDiagPattern);
    const QRect body(qRound(c.x() - s / 2.0), qRound(c.y() - s / 2.0), s, s);

    if (a.selected) {
        const int ring = std::max(1, s / 4);
        painter->fillRect(body.adjusted(-ring, -ring, ring, ring), RingColour);
    }
    const QColor fill = plainColour(a);
    if (a.flags.testFlag(SeatFlag::Wheelchair)) {
        QPainterPath outer;
        outer.addEllipse(QRectF(body));
        painter->fillPath(outer, fill);
        if (a.state == SeatVisualState::Available && !a.selected && s >= 4) {
            QPainterPath inner;
            inner.addEllipse(QRectF(body.adjusted(1, 1, -1, -1)));
            painter->fillPath(inner, lightFill(a));
        }
    } else {
        painter->fillRect(body, fill);
        if (a.state == SeatVisualState::Available && !a.selected && s >= 4)
            painter->fillRect(body.adjusted(1, 1, -1, -1), lightFill(a));
    }
    const int mark = std::max(1, s / 3);
    switch (a.state) {
    case SeatVisualState::HeldByMe:
        painter->fillRect(QRect(body.center().x() - mark / 2, body.center().y() - mark / 2, mark, mark), MarkLight);
        break;
    case SeatVisualState::HeldByOther:
        painter->fillRect(body, hatch);
        break;
    case SeatVisualState::Blocked:
        painter->fillRect(QRect(body.left() + 1, body.center().y() - mark / 2, std::max(1, s - 2), std::max(1, mark / 2 + 1)),
                          BlockedBar);
        break;
    case SeatVisualState::House: // a light cross where a blocked seat has its bar
        painter->fillRect(QRect(body.center().x() - mark / 4, body.top() + 1, std::max(1, mark / 2 + 1), std::max(1, s - 2)),
                          MarkLight);
        painter->fillRect(QRect(body.left() + 1, body.center().y() - mark / 4, std::max(1, s - 2), std::max(1, mark / 2 + 1)),
                          MarkLight);
        break;
    case SeatVisualState::Available:
    case SeatVisualState::Sold:
        break;
    }
    if (s >= 6) {
        if (a.flags.testFlag(SeatFlag::RestrictedView))
            painter->fillRect(QRect(body.right() - 1, body.top(), 2, 2), MarkDark);
        if (a.flags.testFlag(SeatFlag::Companion))
            painter->fillRect(QRect(body.right() - 1, body.bottom() - 1, 2, 2), MarkDark);
    }
    if (a.focused) {
        const int gap = std::max(2, s / 2);
        const QRect f = body.adjusted(-gap, -gap, gap, gap);
        painter->fillRect(QRect(f.left(), f.top(), f.width(), 1), RingColour);
        painter->fillRect(QRect(f.left(), f.bottom(), f.width(), 1), RingColour);
        painter->fillRect(QRect(f.left(), f.top(), 1, f.height()), RingColour);
        painter->fillRect(QRect(f.right(), f.top(), 1, f.height()), RingColour);
    }
}

int compactSize(qreal lod)
{
    return std::max(2, qRound(2.0 * BodyHalf * lod));
}

void paintCompact(QPainter *painter, const SeatAppearance &a, qreal lod)
{
    const QTransform saved = painter->worldTransform();
    painter->setWorldTransform(QTransform());
    paintCompactAt(painter, a, saved.map(QPointF(0.0, 0.0)), compactSize(lod));
    painter->setWorldTransform(saved);
}

} // namespace

SeatItem::SeatItem(const Seat *seat, int index, const QColor &categoryColour, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_seat(seat)
    , m_colour(categoryColour)
    , m_tint(tint(categoryColour, 0.16))
    , m_index(index)
    , m_boundsHalf(float(BoundsHalf))
{
    setPos(seat->position.x, seat->position.y);
    if (seat->flags.testFlag(SeatFlag::Blocked))
        m_state = SeatVisualState::Blocked;
    setFlag(ItemIsSelectable, isSelectableByMe());
}

void SeatItem::setSeat(const Seat *seat, const QColor &categoryColour)
{
    // A move repaints by itself (setPos); only a new look asks for a repaint.
    bool looksDifferent = seat->flags != m_seat->flags || seat->label != m_seat->label;
    if (seat->flags.testFlag(SeatFlag::Wheelchair) != m_seat->flags.testFlag(SeatFlag::Wheelchair))
        prepareGeometryChange(); // another shape
    m_seat = seat;
    if (categoryColour != m_colour) {
        m_colour = categoryColour;
        m_tint = tint(categoryColour, 0.16);
        looksDifferent = true;
    }
    const QPointF position(seat->position.x, seat->position.y);
    if (position != pos())
        setPos(position);
    if (seat->flags.testFlag(SeatFlag::Blocked))
        m_state = SeatVisualState::Blocked;
    else if (m_state == SeatVisualState::Blocked && m_status != SeatStatus::Blocked)
        m_state = SeatVisualState::Available;
    if (looksDifferent)
        repaint();
}

QString SeatItem::seatId() const
{
    return m_seat->id;
}

void SeatItem::setAngle(qreal degrees)
{
    prepareGeometryChange();
    m_angle = float(degrees);
    const qreal r = qDegreesToRadians(degrees);
    m_boundsHalf = float(BoundsHalf * (std::abs(std::cos(r)) + std::abs(std::sin(r))));
}

QRectF SeatItem::boundingRect() const
{
    return QRectF(-m_boundsHalf, -m_boundsHalf, 2 * m_boundsHalf, 2 * m_boundsHalf);
}

QPainterPath SeatItem::shape() const
{
    const QPainterPath &body = paths().shapes[m_seat->flags.testFlag(SeatFlag::Wheelchair) ? 1 : 0].body;
    return m_angle == 0.0f ? body : QTransform().rotate(m_angle).map(body);
}

void SeatItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < CompactLod)
        return; // the scene's SeatLayerItem draws all small seats in one go
    const SeatAppearance a = appearance();
    if (m_angle == 0.0f) {
        paintSeat(painter, a, lod, m_seat->label);
        return;
    }
    // The view does not save the painter's state for each item (DontSavePainterState).
    const QTransform saved = painter->worldTransform();
    painter->rotate(m_angle);
    paintSeat(painter, a, lod, m_seat->label);
    painter->setWorldTransform(saved);
}

bool SeatItem::setStatus(SeatStatus status, const QString &heldBy, const QString &ownTerminalId, QRectF *dirtyArea,
                         bool house)
{
    m_status = status;
    m_heldBy = status == SeatStatus::Held ? heldBy : QString();
    SeatVisualState state = SeatVisualState::Available;
    switch (status) {
    case SeatStatus::Available:
        state = SeatVisualState::Available;
        break;
    case SeatStatus::Held:
        state = !ownTerminalId.isEmpty() && m_heldBy == ownTerminalId ? SeatVisualState::HeldByMe
                                                                      : SeatVisualState::HeldByOther;
        break;
    case SeatStatus::Sold:
        state = SeatVisualState::Sold;
        break;
    case SeatStatus::Blocked:
        state = house ? SeatVisualState::House : SeatVisualState::Blocked;
        break;
    }
    if (state == m_state)
        return false;
    m_state = state;
    setFlag(ItemIsSelectable, isSelectableByMe()); // deselects a seat that is no longer mine to pick
    if (m_compact && dirtyArea)
        *dirtyArea |= compactArea();
    else
        repaint();
    return true;
}

SeatAppearance SeatItem::appearance() const
{
    return SeatAppearance { m_state, m_colour, m_seat->flags, m_selected, m_focused, m_tint };
}

bool SeatItem::isSelectableByMe() const
{
    return m_state == SeatVisualState::Available || m_state == SeatVisualState::HeldByMe;
}

void SeatItem::setFocusSeat(bool focused)
{
    if (m_focused == focused)
        return;
    m_focused = focused;
    repaint();
}

void SeatItem::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    setFlag(ItemHasNoContents, compact);
}

void SeatItem::followViews(const QGraphicsScene *scene, const QList<SeatItem *> &seats, bool *compact)
{
    const bool small = allViewsBelowZoom(scene, CompactLevelOfDetail);
    if (small == *compact)
        return;
    *compact = small;
    for (SeatItem *item : seats)
        item->setCompact(small);
}

void SeatItem::repaint()
{
    // QGraphicsItem::update() is discarded for items without contents: repaint the area instead.
    if (m_compact && scene())
        scene()->update(compactArea());
    else
        update();
}

QRectF SeatItem::compactArea() const
{
    // The compact rings are drawn in pixels around the seat: a margin for them and for rounding.
    const QPointF p = scenePos();
    return QRectF(p.x() - CompactMargin, p.y() - CompactMargin, 2 * CompactMargin, 2 * CompactMargin);
}

QVariant SeatItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) {
        m_selected = value.toBool();
        if (m_compact)
            repaint();
    }
    return QGraphicsItem::itemChange(change, value);
}

void SeatItem::paintSeat(QPainter *painter, const SeatAppearance &a, qreal lod, const QString &label)
{
    const Paths &p = paths();
    const bool wheelchair = a.flags.testFlag(SeatFlag::Wheelchair);
    const ShapePaths &s = p.shapes[wheelchair ? 1 : 0];

    if (lod < CompactLod) {
        paintCompact(painter, a, lod);
        return;
    }

    const bool detail = lod >= DetailLod;
    switch (a.state) {
    case SeatVisualState::Available:
        painter->fillPath(s.body, a.colour);
        if (!a.selected)
            painter->fillPath(s.inner, lightFill(a));
        if (wheelchair && detail)
            painter->fillPath(p.wheelchair, a.selected ? (isDark(a.colour) ? MarkLight : MarkDark) : a.colour.darker(120));
        break;
    case SeatVisualState::HeldByMe:
        painter->fillPath(s.body, HeldByMeFill);
        painter->fillPath(p.check, MarkLight);
        break;
    case SeatVisualState::HeldByOther:
        painter->fillPath(s.body, HeldByOtherFill);
        painter->fillPath(s.hatch, HeldByOtherHatch);
        break;
    case SeatVisualState::Sold:
        painter->fillPath(s.body, SoldFill);
        painter->fillPath(p.cross, MarkLight);
        break;
    case SeatVisualState::Blocked:
        painter->fillPath(s.body, BlockedFill);
        painter->fillPath(p.bar, BlockedBar);
        break;
    case SeatVisualState::House:
        painter->fillPath(s.body, HouseFill);
        painter->fillPath(p.diamond, MarkLight);
        break;
    }

    if (detail) {
        if (a.flags.testFlag(SeatFlag::RestrictedView)) {
            painter->fillPath(p.triangleOutline, MarkLight);
            painter->fillPath(p.triangle, MarkDark);
        }
        if (a.flags.testFlag(SeatFlag::Companion)) {
            painter->fillPath(p.companionOutline, MarkLight);
            painter->fillPath(p.companion, MarkDark);
        }
    }
    if (a.selected)
        painter->fillPath(s.selectionRing, RingColour);
    if (a.focused)
        painter->fillPath(s.focusRing, RingColour);

    if (lod >= LabelLod && !label.isEmpty() && !wheelchair && a.state == SeatVisualState::Available) {
        // Text is laid out at a fixed pixel size in a scaled-up coordinate system: fonts of a
        // fraction of a pixel do not render.
        constexpr qreal scale = 100.0;
        painter->save();
        painter->scale(1.0 / scale, 1.0 / scale);
        QFont font = painter->font();
        font.setPixelSize(label.size() > 2 ? 26 : 34);
        painter->setFont(font);
        painter->setPen(a.selected ? (isDark(a.colour) ? MarkLight : MarkDark) : MarkDark);
        const qreal h = InnerHalf * scale;
        painter->drawText(QRectF(-h, -h, 2 * h, 2 * h), Qt::AlignCenter, label);
        painter->restore();
    }
}

QString SeatItem::stateName(SeatVisualState state)
{
    switch (state) {
    case SeatVisualState::Available:
        return tr("Available");
    case SeatVisualState::HeldByMe:
        return tr("Held by this terminal");
    case SeatVisualState::HeldByOther:
        return tr("Held by another terminal");
    case SeatVisualState::Sold:
        return tr("Sold");
    case SeatVisualState::Blocked:
        return tr("Blocked");
    case SeatVisualState::House:
        return tr("House seat");
    }
    return {};
}

QString SeatItem::flagName(SeatFlag flag)
{
    switch (flag) {
    case SeatFlag::Wheelchair:
        return tr("Wheelchair space");
    case SeatFlag::Companion:
        return tr("Companion seat");
    case SeatFlag::RestrictedView:
        return tr("Restricted view");
    case SeatFlag::Blocked:
        return tr("Not for sale");
    }
    return {};
}

} // namespace Marquee

namespace Marquee {

SeatLayerItem::SeatLayerItem(const QList<SeatItem *> *seats, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_seats(seats)
{
    setFlag(ItemUsesExtendedStyleOption); // for exposedRect
    setAcceptedMouseButtons(Qt::NoButton);
}

void SeatLayerItem::seatsAdded()
{
    prepareGeometryChange();
    m_positions.clear();
    m_positions.reserve(m_seats->size());
    m_bounds = QRectF();
    for (const SeatItem *seat : *m_seats) {
        m_positions.append(seat->pos());
        m_bounds |= seat->mapRectToParent(seat->boundingRect());
    }
}

void SeatLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QTransform t = painter->worldTransform();
    const qreal lod = option->levelOfDetailFromTransform(t);
    if (lod >= CompactLod)
        return; // the seats paint themselves
    const QRectF area = option->exposedRect.adjusted(-CompactMargin, -CompactMargin, CompactMargin, CompactMargin);
    const int size = compactSize(lod);
    painter->setWorldTransform(QTransform());
    for (qsizetype i = 0; i < m_positions.size(); ++i) {
        const QPointF p = m_positions.at(i);
        if (area.contains(p))
            paintCompactAt(painter, m_seats->at(i)->appearance(), t.map(p), size);
    }
    painter->setWorldTransform(t);
}

} // namespace Marquee
