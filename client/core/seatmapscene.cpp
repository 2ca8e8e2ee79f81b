#include "seatmapscene.h"

#include "formatting.h"
#include "planitems.h"
#include "protocol.h"
#include "seatitem.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QLoggingCategory>
#include <QtGui/QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace Marquee {

namespace {

Q_LOGGING_CATEGORY(lcSeatMap, "marquee.client.seatmap", QtInfoMsg)

constexpr qreal SceneMargin = 3.0;

const QColor UnknownCategoryColour = QColor::fromRgb(0x80, 0x80, 0x80);

} // namespace

SeatMapScene::SeatMapScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(QColor::fromRgb(0xfb, 0xfa, 0xf7));
    connect(this, &QGraphicsScene::selectionChanged, this, &SeatMapScene::onSceneSelectionChanged);
}

SeatMapScene::~SeatMapScene()
{
    // The items refer to m_layout; delete them first, without reporting selection changes.
    ++m_selectionBatch;
    clear();
}

void SeatMapScene::setSeatLayout(const Layout &layout, const QHash<QString, Money> &categoryPrices)
{
    QElapsedTimer timer;
    timer.start();
    ++m_selectionBatch;
    m_focus = nullptr;
    clear();
    m_items.clear();
    m_byId.clear();
    m_notes.clear();
    // The items point into m_layout's seats: from here on m_layout is only read (never detached).
    m_layout = layout;
    m_prices = categoryPrices;

    QHash<QString, QColor> colours;
    for (const Category &c : std::as_const(m_layout.categories)) {
        const QColor colour(c.colour);
        colours.insert(c.id, colour.isValid() ? colour : UnknownCategoryColour);
    }

    // The layer is the seats' parent: it sits at the origin without a transform, so a seat's
    // position is its scene position.
    auto *layer = new SeatLayerItem(&m_items);
    layer->setZValue(PlanZ::Seats); // over the labels; its children, the seats, stack above it
    m_items.reserve(m_layout.seatCount());
    m_byId.reserve(m_layout.seatCount());
    int index = 0;
    const Layout &l = m_layout;
    for (const Section &section : l.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                auto *item = new SeatItem(&seat, index++, colours.value(seat.categoryId, UnknownCategoryColour), layer);
                item->setCompact(m_compact);
                item->setAngle(seatRotation(row, seat));
                m_items.append(item);
                if (!m_byId.contains(seat.id))
                    m_byId.insert(seat.id, item);
            }
        }
    }
    layer->seatsAdded();
    addItem(layer); // with all its seats
    const qint64 seatsBuilt = timer.nsecsElapsed();
    buildDecorations();
    const qint64 decorationsBuilt = timer.nsecsElapsed();

    m_contentRect = itemsBoundingRect();
    setSceneRect(m_contentRect.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    --m_selectionBatch;
    qCDebug(lcSeatMap).nospace() << "built " << m_items.size() << " seats in " << seatsBuilt / 1000000.0
                                 << " ms, decorations in " << (decorationsBuilt - seatsBuilt) / 1000000.0
                                 << " ms, total " << timer.nsecsElapsed() / 1000000.0 << " ms";
    emitSelectionIfChanged();
    Q_EMIT seatLayoutChanged();
}

void SeatMapScene::buildDecorations()
{
    const Layout &l = m_layout;

    for (const Aisle &aisle : l.aisles)
        addItem(makeAisleItem(aisle));
    const qreal audience = towardsAudience(l);
    addItem(makeStageItem(l.stage));
    addItem(makeStageLabel(l.stage, audience));
    for (const TextLabel &text : l.labels)
        addItem(makeTextItem(text));

    // Row labels at both ends of each row, one seat pitch beyond the end seat, unless that spot
    // is taken (a seat of another section, or the same label of the neighbouring section across
    // a narrow aisle).
    QList<QRectF> placed;
    QList<std::pair<QPointF, QString>> rowLabels;
    // Seat centres in a grid of 2x2 unit cells (scene queries during the build would make the
    // scene reindex after every label).
    constexpr qreal cell = 2.0;
    auto cellOf = [](QPointF p) { return QPoint(int(std::floor(p.x() / cell)), int(std::floor(p.y() / cell))); };
    QHash<QPoint, QList<QPointF>> grid;
    for (const SeatItem *item : std::as_const(m_items))
        grid[cellOf(item->pos())].append(item->pos());
    auto spotIsFree = [&](const QRectF &r) {
        constexpr qreal clearance = 0.45;
        const QRectF near = r.adjusted(-clearance, -clearance, clearance, clearance);
        const QPoint from = cellOf(near.topLeft());
        const QPoint to = cellOf(near.bottomRight());
        for (int x = from.x(); x <= to.x(); ++x) {
            for (int y = from.y(); y <= to.y(); ++y) {
                const auto it = grid.constFind(QPoint(x, y));
                if (it == grid.cend())
                    continue;
                for (const QPointF &p : *it) {
                    if (near.contains(p))
                        return false;
                }
            }
        }
        return std::none_of(placed.cbegin(), placed.cend(), [&](const QRectF &p) { return p.intersects(r); });
    };
    auto addRowLabel = [&](const QString &text, QPointF at) {
        // Across a narrow aisle, the neighbouring section's label for the same row is enough.
        for (const auto &[p, t] : std::as_const(rowLabels)) {
            if (t == text && std::hypot(p.x() - at.x(), p.y() - at.y()) < 2.2 * SeatSize)
                return;
        }
        auto *label = new PlanLabelItem(text, 0.0, PlanLabelItem::Role::RowLabel);
        label->centreOn(at);
        const QRectF r = label->sceneRectangle().adjusted(0.08, 0.08, -0.08, -0.08);
        if (!spotIsFree(r)) {
            delete label;
            return;
        }
        placed.append(r);
        rowLabels.append({ at, text });
        addItem(label);
    };
    for (const Section &section : l.sections) {
        for (const Row &row : section.rows) {
            if (row.seats.isEmpty() || row.label.isEmpty())
                continue;
            const auto [first, last] = rowLabelPositions(row);
            addRowLabel(row.label, first);
            addRowLabel(row.label, last);
        }
    }

    // Section names: centred over the section (the side towards the stage), or under it when
    // that spot is taken.
    for (const Section &section : l.sections) {
        const QRectF bounds = sectionSeatBounds(section);
        if (bounds.isNull() || section.name.isEmpty())
            continue;
        auto *label = new PlanLabelItem(section.name, 0.0, PlanLabelItem::Role::SectionName);
        const auto [front, back] = sectionNamePositions(bounds, audience);
        label->centreOn(front);
        if (!spotIsFree(label->sceneRectangle()))
            label->centreOn(back);
        placed.append(label->sceneRectangle());
        addItem(label);
    }
}

void SeatMapScene::setCategoryPrices(const QHash<QString, Money> &categoryPrices)
{
    m_prices = categoryPrices;
    Q_EMIT seatLayoutChanged();
}

void SeatMapScene::setOwnTerminalId(const QString &terminalId)
{
    if (terminalId == m_ownTerminalId)
        return;
    m_ownTerminalId = terminalId;
    const QStringList before = selectedSeatIds();
    QRectF dirty;
    ++m_selectionBatch;
    for (SeatItem *item : std::as_const(m_items))
        item->setStatus(item->status(), item->heldBy(), m_ownTerminalId, &dirty);
    --m_selectionBatch;
    finishStateChange(before, dirty);
}

void SeatMapScene::finishStateChange(const QStringList &selectedBefore, const QRectF &dirty)
{
    if (!dirty.isNull())
        update(dirty);
    QStringList dropped;
    for (const QString &id : selectedBefore) {
        if (!m_byId.value(id)->isSelected())
            dropped.append(id);
    }
    if (!dropped.isEmpty())
        Q_EMIT seatsDroppedFromSelection(dropped);
    emitSelectionIfChanged();
}

void SeatMapScene::applySnapshot(const QList<SeatState> &seats)
{
    QHash<QString, const SeatState *> byId;
    byId.reserve(seats.size());
    for (const SeatState &s : seats) {
        if (m_byId.contains(s.seatId))
            byId.insert(s.seatId, &s);
        else
            qCDebug(lcSeatMap) << "snapshot names an unknown seat" << s.seatId;
    }
    const QStringList before = selectedSeatIds();
    QRectF dirty;
    ++m_selectionBatch;
    m_notes.clear();
    for (SeatItem *item : std::as_const(m_items)) {
        const SeatState *s = byId.value(item->seatId());
        if (s)
            applySeatState(item, *s, &dirty);
        else
            item->setStatus(SeatStatus::Available, {}, m_ownTerminalId, &dirty);
    }
    --m_selectionBatch;
    finishStateChange(before, dirty);
}

void SeatMapScene::applySeatState(SeatItem *item, const SeatState &state, QRectF *dirty)
{
    if (state.status == SeatStatus::Blocked && state.note)
        m_notes.insert(state.seatId, *state.note);
    else
        m_notes.remove(state.seatId);
    item->setStatus(state.status, state.heldBy.value_or(QString()), m_ownTerminalId, dirty,
                    state.status == SeatStatus::Blocked && state.block == SeatBlock::House);
    if (m_blockedSelectable)
        item->setFlag(QGraphicsItem::ItemIsSelectable, item->isSelectableByMe() || item->status() == SeatStatus::Blocked);
}

void SeatMapScene::setBlockedSeatsSelectable(bool selectable)
{
    m_blockedSelectable = selectable;
    for (SeatItem *item : std::as_const(m_items))
        item->setFlag(QGraphicsItem::ItemIsSelectable, item->isSelectableByMe()
                                                           || (selectable && item->status() == SeatStatus::Blocked));
}

void SeatMapScene::applyChanges(const QList<SeatState> &changes)
{
    QStringList dropped;
    QRectF dirty;
    ++m_selectionBatch;
    for (const SeatState &s : changes) {
        SeatItem *item = m_byId.value(s.seatId);
        if (!item) {
            qCDebug(lcSeatMap) << "change for an unknown seat" << s.seatId;
            continue;
        }
        const bool wasSelected = item->isSelected();
        applySeatState(item, s, &dirty);
        if (wasSelected && !item->isSelected() && !dropped.contains(s.seatId))
            dropped.append(s.seatId);
    }
    --m_selectionBatch;
    if (!dirty.isNull())
        update(dirty); // compact seats: one repaint request for the whole delta
    if (!dropped.isEmpty())
        Q_EMIT seatsDroppedFromSelection(dropped);
    emitSelectionIfChanged();
}

SeatItem *SeatMapScene::seatItem(const QString &seatId) const
{
    return m_byId.value(seatId);
}

SeatVisualState SeatMapScene::seatState(const QString &seatId) const
{
    const SeatItem *item = m_byId.value(seatId);
    return item ? item->visualState() : SeatVisualState::Available;
}

QStringList SeatMapScene::selectedSeatIds() const
{
    QList<SeatItem *> seats;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *seat = qgraphicsitem_cast<SeatItem *>(item))
            seats.append(seat);
    }
    std::sort(seats.begin(), seats.end(), [](const SeatItem *a, const SeatItem *b) { return a->index() < b->index(); });
    QStringList ids;
    ids.reserve(seats.size());
    for (const SeatItem *seat : std::as_const(seats))
        ids.append(seat->seatId());
    return ids;
}

void SeatMapScene::setSelectedSeatIds(const QStringList &seatIds)
{
    ++m_selectionBatch;
    clearSelection();
    for (const QString &id : seatIds) {
        if (SeatItem *item = m_byId.value(id))
            item->setSelected(true); // no effect unless the seat is selectable
    }
    --m_selectionBatch;
    emitSelectionIfChanged();
}

bool SeatMapScene::toggleSeat(const QString &seatId)
{
    SeatItem *item = m_byId.value(seatId);
    if (!item)
        return false;
    if (item->isSelected()) {
        item->setSelected(false);
        return true;
    }
    if (!(item->flags() & QGraphicsItem::ItemIsSelectable)) // mine to pick (or blocked, in the back office)
        return false;
    item->setSelected(true);
    return true;
}

void SeatMapScene::clearSeatSelection()
{
    ++m_selectionBatch;
    clearSelection();
    --m_selectionBatch;
    emitSelectionIfChanged();
}

QString SeatMapScene::focusSeatId() const
{
    return m_focus ? m_focus->seatId() : QString();
}

void SeatMapScene::setFocusSeat(const QString &seatId)
{
    SeatItem *item = m_byId.value(seatId);
    if (item == m_focus)
        return;
    if (m_focus)
        m_focus->setFocusSeat(false);
    m_focus = item;
    if (m_focus)
        m_focus->setFocusSeat(true);
}

QString SeatMapScene::seatInDirection(const QString &fromSeatId, Qt::ArrowType arrow) const
{
    const SeatItem *from = m_byId.value(fromSeatId);
    if (!from)
        return {};
    QPointF u;
    switch (arrow) {
    case Qt::LeftArrow:
        u = QPointF(-1, 0);
        break;
    case Qt::RightArrow:
        u = QPointF(1, 0);
        break;
    case Qt::UpArrow:
        u = QPointF(0, -1);
        break;
    case Qt::DownArrow:
        u = QPointF(0, 1);
        break;
    case Qt::NoArrow:
        return {};
    }
    // The nearest seat ahead, with sideways distance costing double: along a curved row the
    // neighbour wins over a seat of the next row, and across rows the seat behind wins.
    const QPointF p = from->pos();
    const SeatItem *best = nullptr;
    qreal bestCost = std::numeric_limits<qreal>::max();
    for (const SeatItem *item : m_items) {
        const QPointF d = item->pos() - p;
        const qreal along = d.x() * u.x() + d.y() * u.y();
        const qreal across = std::abs(d.x() * u.y() - d.y() * u.x());
        if (along < 0.3 * SeatSize || across > 2.5 * along)
            continue;
        const qreal cost = along + 2.0 * across;
        if (cost < bestCost) {
            bestCost = cost;
            best = item;
        }
    }
    return best ? best->seatId() : QString();
}

QString SeatMapScene::seatNearest(QPointF scenePos) const
{
    const SeatItem *best = nullptr;
    qreal bestDistance = std::numeric_limits<qreal>::max();
    for (const SeatItem *item : m_items) {
        const QPointF d = item->pos() - scenePos;
        const qreal distance = d.x() * d.x() + d.y() * d.y();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = item;
        }
    }
    return best ? best->seatId() : QString();
}

void SeatMapScene::updateCompactness()
{
    SeatItem::followViews(this, m_items, &m_compact);
}

void SeatMapScene::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    update();
    Q_EMIT staleChanged(stale);
}

QString SeatMapScene::priceText(const QString &categoryId) const
{
    const auto it = m_prices.constFind(categoryId);
    return it != m_prices.cend() ? formatMoney(*it) : QString(QChar(0x2014));
}

QString SeatMapScene::seatToolTip(const QString &seatId) const
{
    const SeatItem *item = m_byId.value(seatId);
    const SeatRef ref = m_layout.findSeat(seatId);
    if (!item || !ref)
        return {};
    const Seat &seat = *ref.seat;
    QStringList lines;
    lines.append(tr("Seat %1, row %2, %3").arg(seat.label, ref.row->label, ref.section->name));
    const Category *category = m_layout.category(seat.categoryId);
    lines.append(tr("Category: %1, %2")
                     .arg(category ? category->name : seat.categoryId, priceText(seat.categoryId)));
    QStringList flags;
    for (SeatFlag flag : allSeatFlags()) {
        if (seat.flags.testFlag(flag))
            flags.append(SeatItem::flagName(flag));
    }
    if (!flags.isEmpty())
        lines.append(flags.join(QStringLiteral(", ")));
    QString state = SeatItem::stateName(item->visualState());
    if (m_stale)
        state = tr("%1 (offline: may be out of date)").arg(state);
    lines.append(state);
    if (const QString note = m_notes.value(seatId); !note.isEmpty())
        lines.append(tr("Note: %1").arg(note));
    return lines.join(QLatin1Char('\n'));
}

void SeatMapScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (!m_stale)
        return;
    // Offline: wash the map out and hatch it, so that nobody mistakes it for the live state.
    painter->fillRect(rect, QColor(235, 235, 235, 150));
    painter->fillRect(rect, QBrush(QColor(110, 110, 110, 70), Qt::BDiagPattern));
}

void SeatMapScene::onSceneSelectionChanged()
{
    if (m_selectionBatch > 0)
        return;
    emitSelectionIfChanged();
}

void SeatMapScene::emitSelectionIfChanged()
{
    QStringList ids = selectedSeatIds();
    if (ids == m_lastSelection)
        return;
    m_lastSelection = std::move(ids);
    Q_EMIT selectedSeatsChanged(m_lastSelection);
}

} // namespace Marquee
