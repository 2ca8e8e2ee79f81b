#include "studioscene.h"

#include "layoutdocument.h"
#include "planitems.h"
#include "seatitem.h"

#include <QtCore/QFileInfo>
#include <QtGui/QImageReader>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QPainterPathStroker>
#include <QtGui/QPixmap>
#include <QtSvg/QSvgRenderer>
#include <QtSvgWidgets/QGraphicsSvgItem>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGraphicsPathItem>
#include <QtWidgets/QGraphicsPixmapItem>
#include <QtWidgets/QGraphicsRectItem>
#include <QtWidgets/QGraphicsSceneMouseEvent>
#include <QtWidgets/QGraphicsSimpleTextItem>

#include <algorithm>
#include <cmath>

namespace Marquee {

namespace {

constexpr int ElementIdKey = 0; // QGraphicsItem::data() key of an element's id
constexpr qreal GestureZ = 1000.0;
constexpr qreal FloorPlanOpacity = 0.45;
constexpr qreal DefaultFloorPlanWidth = 60.0; // layout units a new floor plan spans

const QColor UnknownCategoryColour = QColor::fromRgb(0x80, 0x80, 0x80);
const QColor PreviewColour = QColor::fromRgb(0x1f, 0x5f, 0xbf);
const QColor GridMinor = QColor::fromRgb(0xec, 0xea, 0xe4);
const QColor GridMajor = QColor::fromRgb(0xdd, 0xda, 0xd2);

QPointF toPoint(LayoutPoint p)
{
    return QPointF(p.x, p.y);
}

LayoutPoint toLayout(QPointF p)
{
    return LayoutPoint { p.x(), p.y() };
}

qreal length(QPointF v)
{
    return std::hypot(v.x(), v.y());
}

// The outlines of seats, for the live preview.
void addSeats(QPainterPath &path, const Section &section)
{
    for (const Row &row : section.rows) {
        for (const Seat &seat : row.seats)
            path.addRoundedRect(QRectF(seat.position.x - 0.4, seat.position.y - 0.4, 0.8, 0.8), 0.14, 0.14);
    }
}

bool sameSeatIds(const Row &a, const Row &b)
{
    if (a.seats.size() != b.seats.size())
        return false;
    for (qsizetype i = 0; i < a.seats.size(); ++i) {
        if (a.seats.at(i).id != b.seats.at(i).id)
            return false;
    }
    return true;
}

} // namespace

// A row as drawn: its seats' items point into `row`'s seat list, which it shares with the
// document's layout as long as the row is unchanged.
struct StudioScene::RowView
{
    Row row;
    QString sectionId;
    QList<SeatItem *> seats;
    PlanLabelItem *labels[2] = { nullptr, nullptr };
};

StudioScene::StudioScene(LayoutDocument *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
{
    setBackgroundBrush(QColor::fromRgb(0xfb, 0xfa, 0xf7));
    // Without a BSP index: an edit moves thousands of items at once, and re-indexing each costs
    // more than the linear search of a click or a frame (measured in tests/bench/bench_studio).
    setItemIndexMethod(NoIndex);
    connect(document, &LayoutDocument::layoutReset, this, &StudioScene::rebuildAll);
    connect(document, &LayoutDocument::changed, this,
            [this](LayoutDocument::Parts parts) { documentChanged(int(parts)); });
    connect(document, &LayoutDocument::selectionChanged, this, &StudioScene::showSelection);
    rebuildAll();
}

StudioScene::~StudioScene()
{
    // The seat items point into the rows; delete them first.
    clear();
    qDeleteAll(m_rows);
}

// --- following the document ---

void StudioScene::rebuildAll()
{
    cancelGesture();
    for (RowView *view : std::as_const(m_rows))
        deleteRowView(view);
    m_rows.clear();
    m_items.clear();
    m_seatById.clear();
    delete m_layer;
    m_layer = new SeatLayerItem(&m_items);
    m_layer->setZValue(PlanZ::Seats);
    m_colours.clear();
    for (const Category &c : m_document->layout().categories) {
        const QColor colour(c.colour);
        m_colours.insert(c.id, colour.isValid() ? colour : UnknownCategoryColour);
    }
    // The seats are built under a layer outside the scene and added in one go (as the box office
    // does): much cheaper than indexing thousands of items one by one.
    syncSeats();
    addItem(m_layer);
    rebuildStage();
    rebuildSectionNames();
    rebuildAisles();
    rebuildTexts();
    showSelection();
    setSceneRect(QRectF());
    growSceneRect();
}

void StudioScene::documentChanged(int parts)
{
    const LayoutDocument::Parts changed = LayoutDocument::Parts::fromInt(parts);
    if (changed.testFlag(LayoutDocument::Part::Categories)) {
        m_colours.clear();
        for (const Category &c : m_document->layout().categories) {
            const QColor colour(c.colour);
            m_colours.insert(c.id, colour.isValid() ? colour : UnknownCategoryColour);
        }
    }
    if (changed.testFlag(LayoutDocument::Part::Seats)) {
        syncSeats();
        rebuildSectionNames();
    }
    if (changed.testFlag(LayoutDocument::Part::Categories))
        recolourSeats();
    if (changed.testFlag(LayoutDocument::Part::Aisles))
        rebuildAisles();
    if (changed.testFlag(LayoutDocument::Part::Texts))
        rebuildTexts();
    if (changed.testFlag(LayoutDocument::Part::Stage)) {
        rebuildStage();
        rebuildSectionNames(); // they sit on the side towards the stage
    }
    showSelection(); // new items take the selection
    growSceneRect();
}

QColor StudioScene::categoryColour(const QString &categoryId) const
{
    return m_colours.value(categoryId, UnknownCategoryColour);
}

void StudioScene::syncSeats()
{
    const Layout &layout = m_document->layout();
    // The rows drawn now, by their seat data (unchanged rows) and by id (changed ones).
    QHash<const Seat *, RowView *> byData;
    QHash<QString, RowView *> byId;
    byData.reserve(m_rows.size());
    byId.reserve(m_rows.size());
    for (RowView *view : std::as_const(m_rows)) {
        if (!view->row.seats.isEmpty())
            byData.insert(view->row.seats.constData(), view);
        byId.insert(view->row.id, byId.contains(view->row.id) ? nullptr : view); // ambiguous: none
    }
    QList<RowView *> next;
    next.reserve(m_rows.size() + 8);
    QSet<RowView *> kept;
    kept.reserve(m_rows.size());
    const auto take = [&kept](RowView *view) { return view && !kept.contains(view) ? view : nullptr; };
    for (const Section &section : layout.sections) {
        for (const Row &row : section.rows) {
            RowView *view = row.seats.isEmpty() ? nullptr : take(byData.value(row.seats.constData()));
            if (view) {
                // The same seats: only the row's label or section may differ.
                const bool relabel = view->row.label != row.label;
                view->row = row;
                view->sectionId = section.id;
                if (relabel)
                    placeRowLabels(view);
            } else if ((view = take(byId.value(row.id))) && sameSeatIds(view->row, row)) {
                // The same seats, edited (moved, turned, flagged, relabelled): update the items.
                view->row = row;
                view->sectionId = section.id;
                const Row &shown = view->row;
                for (qsizetype i = 0; i < shown.seats.size(); ++i) {
                    SeatItem *item = view->seats.at(i);
                    const Seat *seat = &shown.seats.at(i);
                    item->setSeat(seat, categoryColour(seat->categoryId));
                    const qreal angle = seatRotation(shown, *seat);
                    if (!qFuzzyCompare(1.0 + angle, 1.0 + item->angle()))
                        item->setAngle(angle);
                }
                placeRowLabels(view);
            } else {
                view = makeRowView(row, section.id);
            }
            kept.insert(view);
            next.append(view);
        }
    }
    for (RowView *view : std::as_const(m_rows)) {
        if (!kept.contains(view))
            deleteRowView(view);
    }
    m_rows = next;
    m_items.clear();
    m_seatById.clear();
    m_items.reserve(layout.seatCount());
    m_seatById.reserve(layout.seatCount());
    for (const RowView *view : std::as_const(m_rows)) {
        for (SeatItem *item : view->seats) {
            m_items.append(item);
            if (!m_seatById.contains(item->seatId()))
                m_seatById.insert(item->seatId(), item);
        }
    }
    m_layer->seatsAdded();
    m_layer->update();
    hideTwinRowLabels();
}

StudioScene::RowView *StudioScene::makeRowView(const Row &row, const QString &sectionId)
{
    auto *view = new RowView;
    view->row = row;
    view->sectionId = sectionId;
    const Row &shown = view->row;
    view->seats.reserve(shown.seats.size());
    for (const Seat &seat : shown.seats) {
        auto *item = new SeatItem(&seat, 0, categoryColour(seat.categoryId));
        item->setAngle(seatRotation(shown, seat));
        item->setFlag(QGraphicsItem::ItemIsSelectable, true); // blocked seats too: they are edited here
        item->setCompact(m_compact);
        item->setParentItem(m_layer);
        view->seats.append(item);
    }
    placeRowLabels(view);
    return view;
}

void StudioScene::placeRowLabels(RowView *view)
{
    delete view->labels[0];
    delete view->labels[1];
    view->labels[0] = view->labels[1] = nullptr;
    if (view->row.seats.isEmpty() || view->row.label.isEmpty())
        return;
    const auto [first, last] = rowLabelPositions(view->row);
    for (int end = 0; end < 2; ++end) {
        auto *label = new PlanLabelItem(view->row.label, 0.0, PlanLabelItem::Role::RowLabel);
        label->centreOn(end == 0 ? first : last);
        addItem(label);
        view->labels[end] = label;
    }
}

void StudioScene::deleteRowView(RowView *view)
{
    qDeleteAll(view->seats);
    delete view->labels[0];
    delete view->labels[1];
    delete view;
}

void StudioScene::recolourSeats()
{
    for (SeatItem *item : std::as_const(m_items))
        item->setSeat(&item->seat(), categoryColour(item->seat().categoryId));
    m_layer->update();
}

void StudioScene::rebuildSectionNames()
{
    qDeleteAll(m_sectionNames);
    m_sectionNames.clear();
    const Layout &layout = m_document->layout();
    const qreal audience = towardsAudience(layout);
    // In front of the section (towards the stage), or behind it when the stage or another section's
    // seats are in the way.
    QList<QRectF> taken;
    for (const Section &section : layout.sections)
        taken.append(sectionSeatBounds(section));
    for (const QGraphicsItem *stage : std::as_const(m_stageItems))
        taken.append(stage->sceneBoundingRect());
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        const Section &section = layout.sections.at(s);
        const QRectF bounds = taken.at(s);
        if (bounds.isNull() || section.name.isEmpty())
            continue;
        auto *label = new PlanLabelItem(section.name, 0.0, PlanLabelItem::Role::SectionName);
        const auto [front, back] = sectionNamePositions(bounds, audience);
        label->centreOn(front);
        const QRectF at = label->sceneRectangle();
        for (qsizetype other = 0; other < taken.size(); ++other) {
            if (other != s && !taken.at(other).isNull() && taken.at(other).intersects(at)) {
                label->centreOn(back);
                break;
            }
        }
        addItem(label);
        m_sectionNames.append(label);
    }
}

void StudioScene::hideTwinRowLabels()
{
    // Across a narrow aisle the neighbouring section's label for the same row is enough (as on the
    // box office's map).
    QHash<QString, QList<QPointF>> shown;
    for (const RowView *view : std::as_const(m_rows)) {
        for (PlanLabelItem *label : view->labels) {
            if (!label)
                continue;
            const QPointF at = label->sceneRectangle().center();
            QList<QPointF> &same = shown[label->text()];
            const bool twin = std::any_of(same.cbegin(), same.cend(), [at](QPointF p) {
                return std::hypot(p.x() - at.x(), p.y() - at.y()) < 2.2 * SeatSize;
            });
            label->setVisible(!twin);
            if (!twin)
                same.append(at);
        }
    }
}

QGraphicsItem *StudioScene::registerElement(QGraphicsItem *item, const QString &id)
{
    item->setData(ElementIdKey, id);
    item->setFlag(QGraphicsItem::ItemIsSelectable, true);
    addItem(item);
    if (!m_elements.contains(id))
        m_elements.insert(id, item);
    return item;
}

void StudioScene::dropElements(QList<QGraphicsItem *> &items)
{
    for (QGraphicsItem *item : std::as_const(items))
        m_elements.remove(item->data(ElementIdKey).toString());
    qDeleteAll(items);
    items.clear();
}

void StudioScene::rebuildAisles()
{
    dropElements(m_aisleItems);
    for (const Aisle &aisle : m_document->layout().aisles)
        m_aisleItems.append(registerElement(makeAisleItem(aisle), aisle.id));
}

void StudioScene::rebuildTexts()
{
    dropElements(m_textItems);
    for (const TextLabel &text : m_document->layout().labels)
        m_textItems.append(registerElement(makeTextItem(text), text.id));
}

void StudioScene::rebuildStage()
{
    dropElements(m_stageItems);
    const Layout &layout = m_document->layout();
    m_stageItems.append(registerElement(makeStageItem(layout.stage), stageElementId()));
    QGraphicsItem *label = makeStageLabel(layout.stage, towardsAudience(layout));
    label->setData(ElementIdKey, stageElementId()); // a click on the name picks the stage too
    addItem(label);
    m_stageItems.append(label);
}

void StudioScene::showSelection()
{
    const QSet<QString> &selection = m_document->selection();
    for (SeatItem *item : std::as_const(m_items)) {
        const bool selected = !selection.isEmpty() && selection.contains(item->seatId());
        if (item->isSelected() != selected)
            item->setSelected(selected);
    }
    for (auto it = m_elements.cbegin(); it != m_elements.cend(); ++it) {
        const bool selected = selection.contains(it.key());
        if (it.value()->isSelected() != selected)
            it.value()->setSelected(selected);
    }
    update(); // the texts' selection marks (drawForeground)
}

void StudioScene::growSceneRect()
{
    // Room to draw around what there is (an empty layout gets a hall-sized area), never shrinking
    // while the user works: a view that is zoomed in must not jump.
    QRectF area = contentRect().united(QRectF(-30.0, -10.0, 60.0, 45.0));
    const qreal margin = std::max<qreal>(20.0, std::max(area.width(), area.height()) / 2.0);
    area.adjust(-margin, -margin, margin, margin);
    setSceneRect(sceneRect().united(area));
}

SeatItem *StudioScene::seatItem(const QString &seatId) const
{
    return m_seatById.value(seatId);
}

QGraphicsItem *StudioScene::elementItem(const QString &id) const
{
    return m_elements.value(id);
}

QString StudioScene::elementAt(QPointF scenePos) const
{
    const QList<QGraphicsItem *> hits = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (auto *seat = qgraphicsitem_cast<SeatItem *>(item))
            return seat->seatId();
        const QString id = item->data(ElementIdKey).toString();
        if (!id.isEmpty())
            return id;
    }
    return {};
}

qsizetype StudioScene::rowLabelCount() const
{
    qsizetype count = 0;
    for (const RowView *view : m_rows)
        count += (view->labels[0] ? 1 : 0) + (view->labels[1] ? 1 : 0);
    return count;
}

QRectF StudioScene::contentRect() const
{
    QRectF r = m_layer ? m_layer->boundingRect() : QRectF();
    const auto add = [&r](const QGraphicsItem *item) {
        if (item)
            r = r.isNull() ? item->sceneBoundingRect() : r.united(item->sceneBoundingRect());
    };
    for (const RowView *view : m_rows) {
        add(view->labels[0]);
        add(view->labels[1]);
    }
    for (const QGraphicsItem *item : m_sectionNames)
        add(item);
    for (const QGraphicsItem *item : m_aisleItems)
        add(item);
    for (const QGraphicsItem *item : m_textItems)
        add(item);
    for (const QGraphicsItem *item : m_stageItems)
        add(item);
    if (m_floorPlan && m_floorPlan->isVisible())
        add(m_floorPlan);
    return r;
}

QRectF StudioScene::elementsRect(const QSet<QString> &ids) const
{
    QRectF r;
    for (const SeatItem *item : m_items) {
        if (ids.contains(item->seatId()))
            r = r.isNull() ? item->sceneBoundingRect() : r.united(item->sceneBoundingRect());
    }
    for (auto it = m_elements.cbegin(); it != m_elements.cend(); ++it) {
        if (ids.contains(it.key()))
            r = r.isNull() ? it.value()->sceneBoundingRect() : r.united(it.value()->sceneBoundingRect());
    }
    return r;
}

void StudioScene::updateCompactness()
{
    SeatItem::followViews(this, m_items, &m_compact);
}

// --- tools ---

void StudioScene::setTool(StudioTool tool)
{
    cancelGesture();
    m_tool = tool;
}

void StudioScene::setToolSettings(const StudioToolSettings &settings)
{
    m_settings = settings;
    if (m_gesture == Gesture::Draw)
        updatePreview();
}

void StudioScene::setSnapToGrid(bool snap)
{
    m_snap = snap;
    update(); // the grid
}

QPointF StudioScene::snapped(QPointF p) const
{
    if (!m_snap)
        return p;
    return QPointF(std::round(p.x() / GridStep) * GridStep, std::round(p.y() / GridStep) * GridStep);
}

double StudioScene::nudgeStep(bool big) const
{
    const double step = m_snap ? GridStep : FineStep;
    return big ? step * BigStepFactor : step;
}

void StudioScene::cancelGesture()
{
    if (m_gesture == Gesture::Move) {
        for (qsizetype i = 0; i < m_dragItems.size(); ++i)
            m_dragItems.at(i)->setPos(m_dragOrigins.at(i));
        if (m_compact && m_layer)
            m_layer->seatsAdded();
    }
    m_dragItems.clear();
    m_dragOrigins.clear();
    delete m_rubberBand;
    m_rubberBand = nullptr;
    delete m_preview;
    m_preview = nullptr;
    delete m_previewLabel;
    m_previewLabel = nullptr;
    m_gesture = Gesture::None;
    setPreviewText({});
}

void StudioScene::setPreviewText(const QString &text)
{
    if (text == m_previewText)
        return;
    m_previewText = text;
    Q_EMIT previewChanged(text);
}

QString StudioScene::seatCategory()
{
    const Layout &layout = m_document->layout();
    if (layout.category(m_settings.categoryId))
        return m_settings.categoryId;
    if (!layout.categories.isEmpty())
        return layout.categories.constFirst().id;
    // Seats need a category: a first one, as its own step of the history.
    return m_document->addCategory(tr("Standard"), QStringLiteral("#1f6fb2"));
}

void StudioScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    event->accept();
    cancelGesture();
    m_pressPos = event->scenePos();
    m_dragged = false;
    if (m_floorPlanMovable) {
        if (m_floorPlan) {
            m_gesture = Gesture::FloorPlan;
            m_dragOrigins = { m_floorPlan->pos() };
        }
        return;
    }
    if (m_tool == StudioTool::Select) {
        pressSelect(event);
        return;
    }
    m_pressPos = snapped(event->scenePos());
    m_gesture = Gesture::Draw;
    m_dragDelta = {};
    updatePreview();
}

void StudioScene::pressSelect(QGraphicsSceneMouseEvent *event)
{
    const bool adding = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    const QString id = elementAt(event->scenePos());
    if (id.isEmpty()) {
        m_gesture = Gesture::RubberBand;
        m_rubberBand = new QGraphicsRectItem;
        QPen pen(PreviewColour, 0.0, Qt::DashLine);
        pen.setCosmetic(true);
        m_rubberBand->setPen(pen);
        QColor fill = PreviewColour;
        fill.setAlpha(30);
        m_rubberBand->setBrush(fill);
        m_rubberBand->setZValue(GestureZ);
        m_rubberBand->setRect(QRectF(m_pressPos, m_pressPos));
        addItem(m_rubberBand);
        return;
    }
    QSet<QString> selection = m_document->selection();
    if (adding) {
        if (selection.contains(id))
            selection.remove(id);
        else
            selection.insert(id);
        m_document->setSelection(selection);
        return;
    }
    if (!selection.contains(id))
        m_document->setSelection({ id });
    // A drag from here moves the selection.
    m_gesture = Gesture::Move;
    m_dragDelta = {};
    const QSet<QString> &moving = m_document->selection();
    for (SeatItem *item : std::as_const(m_items)) {
        if (item->isSelected()) {
            m_dragItems.append(item);
            m_dragOrigins.append(item->pos());
        }
    }
    const auto addElementItems = [&](const QList<QGraphicsItem *> &items) {
        for (QGraphicsItem *item : items) {
            if (moving.contains(item->data(ElementIdKey).toString())) {
                m_dragItems.append(item);
                m_dragOrigins.append(item->pos());
            }
        }
    };
    addElementItems(m_aisleItems);
    addElementItems(m_textItems);
    addElementItems(m_stageItems);
}

void StudioScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_gesture == Gesture::None || !(event->buttons() & Qt::LeftButton)) {
        event->ignore();
        return;
    }
    event->accept();
    if (!m_dragged) {
        const QPoint travelled = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        m_dragged = travelled.manhattanLength() >= QApplication::startDragDistance();
        if (!m_dragged)
            return;
    }
    switch (m_gesture) {
    case Gesture::Move: {
        // Whole grid steps: what was on the grid stays on it.
        const QPointF raw = event->scenePos() - m_pressPos;
        dragSelection(m_snap ? snapped(raw) : raw);
        break;
    }
    case Gesture::RubberBand:
        m_rubberBand->setRect(QRectF(m_pressPos, event->scenePos()).normalized());
        break;
    case Gesture::Draw:
        m_dragDelta = snapped(event->scenePos()) - m_pressPos;
        updatePreview();
        break;
    case Gesture::FloorPlan:
        if (m_floorPlan)
            m_floorPlan->setPos(m_dragOrigins.constFirst() + (event->scenePos() - m_pressPos));
        break;
    case Gesture::None:
        break;
    }
}

void StudioScene::dragSelection(QPointF delta)
{
    m_dragDelta = delta;
    for (qsizetype i = 0; i < m_dragItems.size(); ++i)
        m_dragItems.at(i)->setPos(m_dragOrigins.at(i) + delta);
    if (m_compact) {
        m_layer->seatsAdded(); // the layer draws small seats from their positions
        m_layer->update();
    }
}

void StudioScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_gesture == Gesture::None) {
        event->ignore();
        return;
    }
    event->accept();
    const Gesture gesture = m_gesture;
    switch (gesture) {
    case Gesture::Move: {
        const QPointF delta = m_dragDelta;
        cancelGesture(); // the items go back; the document's change moves them for good
        if (m_dragged && !delta.isNull())
            m_document->moveSelection(delta.x(), delta.y());
        break;
    }
    case Gesture::RubberBand: {
        const bool adding = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
        if (m_dragged)
            finishRubberBand(adding);
        else if (!adding)
            m_document->setSelection({}); // a click on nothing
        cancelGesture();
        break;
    }
    case Gesture::Draw:
        placeDrawing(m_dragged);
        cancelGesture();
        break;
    case Gesture::FloorPlan:
        m_gesture = Gesture::None;
        m_dragOrigins.clear();
        if (m_dragged)
            Q_EMIT floorPlanChanged();
        break;
    case Gesture::None:
        break;
    }
}

void StudioScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_tool != StudioTool::Select || m_floorPlanMovable) {
        mousePressEvent(event); // a quick second click of a drawing tool places again
        return;
    }
    event->accept();
    // A double click on a seat selects its row.
    const QString id = elementAt(event->scenePos());
    if (!id.isEmpty() && m_seatById.contains(id))
        m_document->setSelection(seatsOfRows(m_document->layout(), { id }));
}

void StudioScene::finishRubberBand(bool adding)
{
    const QRectF area = m_rubberBand->rect();
    QSet<QString> ids = adding ? m_document->selection() : QSet<QString>();
    const QList<QGraphicsItem *> hits = items(area, Qt::IntersectsItemShape);
    for (QGraphicsItem *item : hits) {
        if (auto *seat = qgraphicsitem_cast<SeatItem *>(item)) {
            ids.insert(seat->seatId());
            continue;
        }
        const QString id = item->data(ElementIdKey).toString();
        if (!id.isEmpty())
            ids.insert(id);
    }
    m_document->setSelection(ids);
}

namespace {

// What a drawing tool places for a press at `start` and a drag by `delta`.
struct Drawing
{
    std::optional<Section> section; // blocks
    std::optional<Row> row; // a single row
    QString text; // the preview's description
    QString error;
};

Drawing drawingFor(StudioTool tool, const StudioToolSettings &s, const Layout &layout, QPointF start,
                   QPointF delta, bool dragged, const QString &sectionId, const QString &categoryId)
{
    Drawing d;
    std::optional<Result<Section>> block; // the block tools' section
    const int room = int(std::max<qsizetype>(0, LayoutLimits::MaxSeats - layout.seatCount()));
    const auto describeBlock = [&d](const Section &section) {
        int seats = 0, fewest = LayoutLimits::MaxSeatsPerRow, most = 0;
        for (const Row &row : section.rows) {
            seats += int(row.seats.size());
            fewest = std::min(fewest, int(row.seats.size()));
            most = std::max(most, int(row.seats.size()));
        }
        const QString perRow = fewest == most ? StudioScene::tr("%n seat(s) a row", nullptr, most)
                                              : StudioScene::tr("%1 to %2 seats a row").arg(fewest).arg(most);
        d.text = StudioScene::tr("%1 × %2 = %3")
                     .arg(StudioScene::tr("%n row(s)", nullptr, int(section.rows.size())), perRow,
                          StudioScene::tr("%n seat(s)", nullptr, seats));
    };
    switch (tool) {
    case StudioTool::StraightBlock: {
        StraightBlockOptions o;
        o.sectionId = sectionId;
        o.seatPitch = s.seatPitch;
        o.rowPitch = s.rowPitch;
        o.stagger = s.stagger;
        o.rowLabels = s.rowLabels;
        o.seatLabels = s.seatLabels;
        o.categoryId = categoryId;
        o.origin = toLayout(start);
        o.rows = s.straightRows;
        o.seatsPerRow = s.straightSeats;
        if (dragged) {
            // The drag spans the seat centres of the front-left and the back-right seat.
            o.origin
                = LayoutPoint { start.x() + std::min(0.0, delta.x()), start.y() + std::min(0.0, delta.y()) };
            // The nearest counts: a drag that ends on the grid near a seat's place counts that seat.
            o.seatsPerRow = int(std::lround(std::abs(delta.x()) / s.seatPitch)) + 1;
            o.rows = int(std::lround(std::abs(delta.y()) / s.rowPitch)) + 1;
        }
        o.seatsPerRow = std::clamp(o.seatsPerRow, 1, LayoutLimits::MaxSeatsPerRow);
        o.rows = std::clamp(o.rows, 1, std::clamp(room / o.seatsPerRow, 1, LayoutLimits::MaxRowsPerSection));
        block = makeStraightBlock(o);
        break;
    }
    case StudioTool::CurvedBlock: {
        CurvedBlockOptions o;
        o.sectionId = sectionId;
        o.seatPitch = s.seatPitch;
        o.rowPitch = s.rowPitch;
        o.rowLabels = s.rowLabels;
        o.seatLabels = s.seatLabels;
        o.categoryId = categoryId;
        o.rows = s.curvedRows;
        o.firstRadius = s.radius;
        o.spanDegrees = s.spanDegrees;
        if (!s.curveByRadius && !setCurvedBlockCurve(o, s.curveFactor, s.frontRowSeats)) {
            d.error
                = StudioScene::tr("The curve is between 0 and 1, and the front row has at least 2 seats.");
            return d;
        }
        // The press is the front row's middle; the rows grow away from the stage, or along the drag.
        QPointF away = start - toPoint(layout.stage.position);
        if (dragged && length(delta) >= s.rowPitch / 2.0) {
            away = delta;
            o.rows = int(std::lround(length(delta) / s.rowPitch)) + 1;
        }
        if (length(away) < 1e-6)
            away = QPointF(0.0, 1.0);
        away /= length(away);
        o.rows = std::clamp(o.rows, 1, LayoutLimits::MaxRowsPerSection);
        o.middleDegrees = qRadiansToDegrees(std::atan2(away.x(), away.y()));
        o.centre = toLayout(start - away * o.firstRadius);
        block = makeCurvedBlock(o);
        break;
    }
    case StudioTool::Row: {
        const int count
            = s.rowCountFromLength ? int(std::floor(length(delta) / s.seatPitch + 1e-9)) + 1 : s.rowSeats;
        if (!dragged || count < 2) {
            d.text = StudioScene::tr("Drag from the first seat to the last");
            return d;
        }
        auto row = makeRowBetween(sectionId + QStringLiteral("-A"), QStringLiteral("A"), toLayout(start),
                                  toLayout(start + delta), std::min(count, LayoutLimits::MaxSeatsPerRow),
                                  s.rowCurve, s.seatLabels, categoryId);
        if (!row) {
            d.error = row.error().message;
            return d;
        }
        d.row = *row;
        d.text = StudioScene::tr("%n seat(s)", nullptr, int(row->seats.size()));
        return d;
    }
    default:
        return d;
    }
    if (!*block) {
        d.error = block->error().message;
        return d;
    }
    d.section = block->value();
    describeBlock(*d.section);
    return d;
}

} // namespace

void StudioScene::updatePreview()
{
    const Layout &layout = m_document->layout();
    const QString category = layout.category(m_settings.categoryId) ? m_settings.categoryId : QString();
    const QPointF end = m_pressPos + m_dragDelta;
    QPainterPath path;
    QString text;
    switch (m_tool) {
    case StudioTool::StraightBlock:
    case StudioTool::CurvedBlock:
    case StudioTool::Row: {
        const Drawing d = drawingFor(m_tool, m_settings, layout, m_pressPos, m_dragDelta, m_dragged,
                                     QStringLiteral("preview"), category);
        if (d.section)
            addSeats(path, *d.section);
        if (d.row)
            addSeats(path, Section { {}, {}, { *d.row } });
        text = d.error.isEmpty() ? d.text : d.error;
        break;
    }
    case StudioTool::Aisle:
    case StudioTool::MeasureFloorPlan: {
        if (!m_dragged)
            break;
        QPainterPath line;
        line.moveTo(m_pressPos);
        line.lineTo(end);
        if (m_tool == StudioTool::Aisle) {
            QPainterPathStroker stroker;
            stroker.setWidth(m_settings.aisleWidth);
            stroker.setCapStyle(Qt::FlatCap);
            path = stroker.createStroke(line);
        } else {
            path = line;
        }
        text = tr("%1 units").arg(length(m_dragDelta), 0, 'f', 2);
        break;
    }
    case StudioTool::Stage: {
        const qreal width = m_dragged ? std::abs(m_dragDelta.x()) : layout.stage.width;
        const qreal middle = m_dragged ? m_pressPos.x() + m_dragDelta.x() / 2.0 : m_pressPos.x();
        path.addRect(QRectF(middle - width / 2.0, m_pressPos.y() - 0.3, width, 0.6));
        text = tr("Width %1").arg(width, 0, 'f', 1);
        break;
    }
    case StudioTool::Select:
    case StudioTool::Seat:
    case StudioTool::Text:
        break;
    }
    if (!m_preview) {
        m_preview = new QGraphicsPathItem;
        QPen pen(PreviewColour, 0.0);
        pen.setCosmetic(true);
        m_preview->setPen(pen);
        QColor fill = PreviewColour;
        fill.setAlpha(60);
        m_preview->setBrush(fill);
        m_preview->setZValue(GestureZ);
        addItem(m_preview);
        m_previewLabel = new QGraphicsSimpleTextItem;
        m_previewLabel->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        m_previewLabel->setBrush(PreviewColour.darker(130));
        m_previewLabel->setZValue(GestureZ + 1);
        addItem(m_previewLabel);
    }
    m_preview->setPath(path);
    m_previewLabel->setText(text);
    m_previewLabel->setPos(end + QPointF(0.6, 0.6));
    setPreviewText(text);
}

void StudioScene::placeDrawing(bool dragged)
{
    const Layout &layout = m_document->layout();
    const QPointF end = m_pressPos + m_dragDelta;
    bool done = true;
    switch (m_tool) {
    case StudioTool::StraightBlock:
    case StudioTool::CurvedBlock:
    case StudioTool::Row: {
        if (m_tool == StudioTool::Row && !dragged)
            return; // a row needs its two ends
        const QString category = seatCategory();
        // A fresh section id: the generated row and seat ids follow it.
        const Drawing d = drawingFor(m_tool, m_settings, m_document->layout(), m_pressPos, m_dragDelta,
                                     dragged, freshSectionId(m_document->layout()), category);
        if (!d.error.isEmpty()) {
            Q_EMIT editFailed(d.error);
            return;
        }
        if (d.row) {
            done = m_document->addRow(*d.row);
        } else if (d.section) {
            Section section = *d.section;
            section.name = freshSectionName(m_document->layout(), tr("Section"));
            qsizetype seats = 0;
            for (const Row &row : std::as_const(section.rows))
                seats += row.seats.size();
            done = m_document->addSection(section, tr("Add a block of %n seat(s)", nullptr, int(seats)));
        }
        break;
    }
    case StudioTool::Seat:
        done = m_document->addSeat(toLayout(m_pressPos), seatCategory());
        break;
    case StudioTool::Aisle:
        if (!dragged)
            return;
        done = m_document->addAisle(toLayout(m_pressPos), toLayout(end), m_settings.aisleWidth);
        break;
    case StudioTool::Stage: {
        Stage stage = layout.stage;
        stage.kind = m_settings.stageKind;
        stage.position = toLayout(m_pressPos);
        if (dragged && std::abs(m_dragDelta.x()) >= SeatSize) {
            stage.width = std::abs(m_dragDelta.x());
            stage.position.x = m_pressPos.x() + m_dragDelta.x() / 2.0;
        }
        done = m_document->setStage(stage);
        break;
    }
    case StudioTool::Text:
        if (m_settings.text.trimmed().isEmpty()) {
            Q_EMIT editFailed(tr("Type the text in the tool options first."));
            return;
        }
        done = m_document->addText(m_settings.text.trimmed(), toLayout(m_pressPos), m_settings.textSize);
        break;
    case StudioTool::MeasureFloorPlan:
        if (dragged && m_floorPlan)
            Q_EMIT floorPlanMeasured(m_pressPos, end);
        return;
    case StudioTool::Select:
        return;
    }
    if (!done && !m_document->lastError().message.isEmpty())
        Q_EMIT editFailed(m_document->lastError().message);
}

// --- background and selection marks ---

void StudioScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    if (!m_snap)
        return;
    const qreal lod = painter->worldTransform().m11();
    const auto drawLines = [&](qreal step, const QColor &colour) {
        if (step * lod < 8.0)
            return false;
        QPen pen(colour, 0.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        for (qreal x = std::floor(rect.left() / step) * step; x <= rect.right(); x += step)
            painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        for (qreal y = std::floor(rect.top() / step) * step; y <= rect.bottom(); y += step)
            painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        return true;
    };
    drawLines(1.0, GridMinor);
    drawLines(5.0, GridMajor);
}

void StudioScene::drawForeground(QPainter *painter, const QRectF &)
{
    // Selected texts get a frame (seats, aisles and the stage mark themselves).
    QPen pen(PreviewColour, 0.0, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    for (const QGraphicsItem *item : std::as_const(m_textItems)) {
        if (item->isSelected())
            painter->drawRect(item->sceneBoundingRect());
    }
}

// --- floor plan ---

bool StudioScene::loadFloorPlan(const QString &path, QString *error)
{
    QGraphicsItem *item = nullptr;
    qreal pixelWidth = 0.0;
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        auto *svg = new QGraphicsSvgItem(path);
        if (!svg->renderer()->isValid()) {
            delete svg;
            if (error)
                *error = tr("%1 is not an SVG drawing that can be read.").arg(QFileInfo(path).fileName());
            return false;
        }
        pixelWidth = svg->boundingRect().width();
        item = svg;
    } else {
        QImageReader reader(path);
        const QImage image = reader.read();
        if (image.isNull()) {
            if (error)
                *error = tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), reader.errorString());
            return false;
        }
        auto *pixmap = new QGraphicsPixmapItem(QPixmap::fromImage(image));
        pixmap->setTransformationMode(Qt::SmoothTransformation);
        pixelWidth = image.width();
        item = pixmap;
    }
    if (pixelWidth <= 0.0) {
        delete item;
        if (error)
            *error = tr("%1 is empty.").arg(QFileInfo(path).fileName());
        return false;
    }
    removeFloorPlan();
    m_floorPlan = item;
    m_floorPlanPixelWidth = pixelWidth;
    item->setZValue(PlanZ::FloorPlan);
    item->setOpacity(FloorPlanOpacity);
    item->setAcceptedMouseButtons(Qt::NoButton);
    // At first it spans the layout (or a hall's width), its top left at the layout's.
    const QRectF content = contentRect();
    const qreal width = content.isNull() ? DefaultFloorPlanWidth : std::max(content.width(), 20.0);
    item->setScale(width / pixelWidth);
    item->setPos(content.isNull() ? QPointF(-DefaultFloorPlanWidth / 2, -10.0) : content.topLeft());
    addItem(item);
    growSceneRect();
    Q_EMIT floorPlanChanged();
    return true;
}

void StudioScene::removeFloorPlan()
{
    if (!m_floorPlan)
        return;
    if (m_gesture == Gesture::FloorPlan)
        m_gesture = Gesture::None;
    delete m_floorPlan;
    m_floorPlan = nullptr;
    Q_EMIT floorPlanChanged();
}

void StudioScene::setFloorPlanVisible(bool visible)
{
    if (m_floorPlan)
        m_floorPlan->setVisible(visible);
}

bool StudioScene::isFloorPlanVisible() const
{
    return m_floorPlan && m_floorPlan->isVisible();
}

void StudioScene::setFloorPlanMovable(bool movable)
{
    cancelGesture();
    m_floorPlanMovable = movable;
}

qreal StudioScene::floorPlanScale() const
{
    return m_floorPlan ? m_floorPlan->scale() : 0.0;
}

void StudioScene::setFloorPlanScale(qreal unitsPerPixel, QPointF fixedScenePoint)
{
    if (!m_floorPlan || !(unitsPerPixel > 0.0) || !std::isfinite(unitsPerPixel))
        return;
    const QPointF local = m_floorPlan->mapFromScene(fixedScenePoint);
    m_floorPlan->setScale(unitsPerPixel);
    m_floorPlan->setPos(m_floorPlan->pos() + fixedScenePoint - m_floorPlan->mapToScene(local));
    growSceneRect();
    Q_EMIT floorPlanChanged();
}

} // namespace Marquee
