#include "planitems.h"

#include "layout.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QPainterPathStroker>
#include <QtWidgets/QGraphicsPathItem>
#include <QtWidgets/QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Marquee {

namespace {

constexpr qreal RowLabelHeight = 0.62;
constexpr qreal SectionLabelHeight = 1.1;
constexpr qreal StageLabelHeight = 1.0;

const QColor RowLabelColour = QColor::fromRgb(0x55, 0x55, 0x55);
const QColor SectionLabelColour = QColor::fromRgb(0x2b, 0x2b, 0x2b);
const QColor TextColour = QColor::fromRgb(0x3d, 0x3a, 0x33);
const QColor AisleColour = QColor::fromRgb(0xe4, 0xe2, 0xdc);
const QColor StageFill = QColor::fromRgb(0xd9, 0xd0, 0xbf);
const QColor StageBorder = QColor::fromRgb(0x8a, 0x7d, 0x66);
const QColor ScreenFill = QColor::fromRgb(0x4a, 0x4a, 0x4a);

QPointF toPoint(const LayoutPoint &p)
{
    return QPointF(p.x, p.y);
}

QPointF normalised(QPointF v, QPointF fallback)
{
    const qreal length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : fallback;
}

// Into (-90, 90]: seat shapes are symmetric, and their marks must never stand on their heads.
qreal upright(qreal degrees)
{
    while (degrees > 90.0)
        degrees -= 180.0;
    while (degrees <= -90.0)
        degrees += 180.0;
    return degrees;
}

qreal heightOf(PlanLabelItem::Role role)
{
    switch (role) {
    case PlanLabelItem::Role::RowLabel:
        return RowLabelHeight;
    case PlanLabelItem::Role::SectionName:
        return SectionLabelHeight;
    case PlanLabelItem::Role::StageName:
        return StageLabelHeight;
    case PlanLabelItem::Role::Text:
        break;
    }
    return 1.0;
}

QColor colourOf(PlanLabelItem::Role role)
{
    switch (role) {
    case PlanLabelItem::Role::RowLabel:
        return RowLabelColour;
    case PlanLabelItem::Role::SectionName:
        return SectionLabelColour;
    case PlanLabelItem::Role::StageName:
        return ScreenFill;
    case PlanLabelItem::Role::Text:
        break;
    }
    return TextColour;
}

} // namespace

PlanLabelItem::PlanLabelItem(const QString &text, qreal height, Role role, const QColor &colour)
    : m_plain(text)
    , m_colour(colour.isValid() ? colour : colourOf(role))
{
    m_font.setPixelSize(40);
    m_font.setBold(role != Role::Text);
    m_text.setText(text);
    m_text.setTextFormat(Qt::PlainText);
    m_text.setPerformanceHint(QStaticText::AggressiveCaching);
    m_text.prepare(QTransform(), m_font);
    const QFontMetricsF metrics(m_font);
    m_rect = QRectF(0.0, 0.0, std::max(m_text.size().width(), metrics.horizontalAdvance(text)),
                    metrics.height());
    setScale((height > 0.0 ? height : heightOf(role)) / m_rect.height());
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(PlanZ::Label);
}

void PlanLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Text of a few pixels is unreadable noise, and costs more than all the seats.
    if (option->levelOfDetailFromTransform(painter->worldTransform()) * m_rect.height() < 6.0)
        return;
    painter->setFont(m_font);
    painter->setPen(m_colour);
    painter->drawStaticText(QPointF(0.0, 0.0), m_text);
}

void PlanLabelItem::centreOn(QPointF sceneCentre)
{
    setPos(sceneCentre - QPointF(m_rect.width(), m_rect.height()) * (scale() / 2.0));
}

QRectF PlanLabelItem::sceneRectangle() const
{
    return mapRectToScene(m_rect);
}

QGraphicsPathItem *makeAisleItem(const Aisle &aisle)
{
    QPainterPath line;
    line.moveTo(toPoint(aisle.from));
    line.lineTo(toPoint(aisle.to));
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(aisle.width, 0.1));
    stroker.setCapStyle(Qt::FlatCap);
    auto *item = new QGraphicsPathItem(stroker.createStroke(line));
    item->setPen(Qt::NoPen);
    item->setBrush(AisleColour);
    item->setZValue(PlanZ::Aisle);
    item->setAcceptedMouseButtons(Qt::NoButton);
    item->setToolTip(aisle.name);
    return item;
}

QGraphicsPathItem *makeStageItem(const Stage &stage)
{
    const qreal w = std::max(stage.width, 1.0);
    const QPointF c = toPoint(stage.position);
    const bool screen = stage.kind == StageKind::Screen;
    const qreal depth = screen ? 0.35 : 2.4;
    QPainterPath path;
    path.addRoundedRect(QRectF(c.x() - w / 2, c.y() - depth / 2, w, depth), 0.2, 0.2);
    auto *item = new QGraphicsPathItem(path);
    item->setPen(screen ? QPen(Qt::NoPen) : QPen(StageBorder, 0.12));
    item->setBrush(screen ? ScreenFill : StageFill);
    item->setZValue(PlanZ::Stage);
    item->setAcceptedMouseButtons(Qt::NoButton);
    return item;
}

PlanLabelItem *makeStageLabel(const Stage &stage, qreal towardsAudience)
{
    const bool screen = stage.kind == StageKind::Screen;
    auto *label = new PlanLabelItem(screen ? QCoreApplication::translate("Marquee::PlanItems", "SCREEN")
                                           : QCoreApplication::translate("Marquee::PlanItems", "STAGE"),
                                    StageLabelHeight, PlanLabelItem::Role::StageName,
                                    screen ? ScreenFill : StageBorder.darker(140));
    // The screen's name goes behind it, away from the seats and the section names.
    const QPointF c = toPoint(stage.position);
    label->centreOn(screen ? c - QPointF(0, towardsAudience * 1.1) : c);
    return label;
}

PlanLabelItem *makeTextItem(const TextLabel &label)
{
    auto *item = new PlanLabelItem(label.text, label.size, PlanLabelItem::Role::Text);
    item->centreOn(toPoint(label.position));
    return item;
}

qreal towardsAudience(const Layout &layout)
{
    qreal sumY = 0.0;
    layout.forEachSeat([&](const Section &, const Row &, const Seat &seat) { sumY += seat.position.y; });
    const qsizetype seats = layout.seatCount();
    return (seats == 0 || sumY / qreal(seats) >= layout.stage.position.y) ? 1.0 : -1.0;
}

qreal seatRotation(const Row &row, const Seat &seat)
{
    if (row.kind == RowKind::Curved && row.radius > 0.0) {
        const QPointF d = toPoint(row.centre) - toPoint(seat.position);
        if (std::hypot(d.x(), d.y()) < 1e-9)
            return 0.0;
        return upright(qRadiansToDegrees(std::atan2(d.x(), -d.y())));
    }
    if (row.seats.size() < 2)
        return 0.0;
    const QPointF d = toPoint(row.seats.constLast().position) - toPoint(row.seats.constFirst().position);
    return upright(qRadiansToDegrees(std::atan2(d.y(), d.x())));
}

std::pair<QPointF, QPointF> rowLabelPositions(const Row &row)
{
    const qsizetype n = row.seats.size();
    if (n == 0)
        return {};
    const QPointF first = toPoint(row.seats.constFirst().position);
    const QPointF last = toPoint(row.seats.constLast().position);
    QPointF outFirst(-1.0, 0.0);
    QPointF outLast(1.0, 0.0);
    qreal pitch = SeatSize;
    if (n >= 2) {
        const QPointF second = toPoint(row.seats.at(1).position);
        const QPointF beforeLast = toPoint(row.seats.at(n - 2).position);
        outFirst = normalised(first - second, outFirst);
        outLast = normalised(last - beforeLast, outLast);
        pitch = std::max(SeatSize, std::hypot(first.x() - second.x(), first.y() - second.y()));
    }
    return { first + outFirst * (pitch * 0.95), last + outLast * (pitch * 0.95) };
}

QRectF sectionSeatBounds(const Section &section)
{
    QRectF bounds;
    for (const Row &row : section.rows) {
        for (const Seat &seat : row.seats) {
            const QRectF r(seat.position.x - SeatSize / 2, seat.position.y - SeatSize / 2, SeatSize,
                           SeatSize);
            bounds = bounds.isNull() ? r : bounds.united(r);
        }
    }
    return bounds;
}

std::pair<QPointF, QPointF> sectionNamePositions(const QRectF &seatBounds, qreal towardsAudience)
{
    const qreal gap = SectionLabelHeight * 0.5 + 0.6;
    const qreal front = towardsAudience > 0 ? seatBounds.top() - gap : seatBounds.bottom() + gap;
    const qreal back = towardsAudience > 0 ? seatBounds.bottom() + gap : seatBounds.top() - gap;
    return { QPointF(seatBounds.center().x(), front), QPointF(seatBounds.center().x(), back) };
}

} // namespace Marquee
