#include "layoutdocument.h"

#include <QtGui/QUndoCommand>
#include <QtGui/QUndoStack>

namespace Marquee {

namespace {

enum MergeId { NudgeMergeId = 1 };

void addSeatsOfRow(const Row &row, QSet<QString> &ids)
{
    for (const Seat &seat : row.seats)
        ids.insert(seat.id);
}

} // namespace

// One edit: the layout and the selection before and after it.
class LayoutCommand final : public QUndoCommand
{
public:
    LayoutCommand(LayoutDocument *document, const QString &text, Layout after, QSet<QString> selectionAfter,
                  int mergeId)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(document->m_layout)
        , m_after(std::move(after))
        , m_selectionBefore(document->m_selection)
        , m_selectionAfter(std::move(selectionAfter))
        , m_mergeId(mergeId)
    {
    }

    void redo() override { m_document->install(m_after, m_selectionAfter); }
    void undo() override { m_document->install(m_before, m_selectionBefore); }
    int id() const override { return m_mergeId; }

    bool mergeWith(const QUndoCommand *command) override
    {
        const auto *next = static_cast<const LayoutCommand *>(command);
        if (next->m_selectionBefore != m_selectionAfter)
            return false;
        m_after = next->m_after;
        m_selectionAfter = next->m_selectionAfter;
        setObsolete(m_after == m_before);
        return true;
    }

private:
    LayoutDocument *m_document;
    Layout m_before;
    Layout m_after;
    QSet<QString> m_selectionBefore;
    QSet<QString> m_selectionAfter;
    int m_mergeId;
};

LayoutDocument::LayoutDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

LayoutDocument::~LayoutDocument() = default;

void LayoutDocument::reset(const Layout &layout)
{
    const bool wasModified = isModified();
    m_undo->clear(); // clean again
    m_layout = layout;
    m_selection.clear();
    m_lastError = {};
    Q_EMIT layoutReset();
    Q_EMIT changed(Parts(Part::Seats) | Part::Categories | Part::Aisles | Part::Texts | Part::Stage
                   | Part::Name);
    Q_EMIT selectionChanged();
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

bool LayoutDocument::isModified() const
{
    return !m_undo->isClean();
}

void LayoutDocument::markSaved()
{
    m_undo->setClean();
}

LayoutDocument::Parts LayoutDocument::difference(const Layout &before, const Layout &after)
{
    Parts parts;
    // QList compares shared data in O(1); only what was written to is compared element by element.
    if (before.sections != after.sections)
        parts |= Part::Seats;
    if (before.categories != after.categories)
        parts |= Part::Categories;
    if (before.aisles != after.aisles)
        parts |= Part::Aisles;
    if (before.labels != after.labels)
        parts |= Part::Texts;
    if (before.stage != after.stage)
        parts |= Part::Stage;
    if (before.name != after.name || before.version != after.version)
        parts |= Part::Name;
    return parts;
}

void LayoutDocument::install(const Layout &layout, const QSet<QString> &selection)
{
    const Parts parts = difference(m_layout, layout);
    m_layout = layout;
    const bool selectionChanges = selection != m_selection;
    m_selection = selection;
    if (parts)
        Q_EMIT changed(parts);
    if (selectionChanges)
        Q_EMIT selectionChanged();
}

template<typename Edit>
bool LayoutDocument::apply(const QString &text, Edit &&edit, const QSet<QString> *selectionAfter, int mergeId)
{
    m_lastError = {};
    Layout after = m_layout; // shares everything until the edit writes
    if (!edit(after))
        return false;
    if (after == m_layout)
        return false;
    m_undo->push(new LayoutCommand(this, text, std::move(after),
                                   selectionAfter ? *selectionAfter : m_selection, mergeId));
    return true;
}

bool LayoutDocument::applyStatus(const QString &text, const Status &status, const Layout &after)
{
    if (!status) {
        m_lastError = status.error();
        return false;
    }
    return apply(text, [&after](Layout &layout) {
        layout = after;
        return true;
    });
}

QString LayoutDocument::describeSelection(const char *seats, const char *items) const
{
    const qsizetype seatCount = selectedSeatCount();
    if (seatCount == m_selection.size())
        return tr(seats, nullptr, int(seatCount));
    return tr(items, nullptr, int(m_selection.size()));
}

void LayoutDocument::setSelection(const QSet<QString> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    Q_EMIT selectionChanged();
}

QStringList LayoutDocument::selectedSeatIds() const
{
    QStringList ids;
    if (m_selection.isEmpty())
        return ids;
    m_layout.forEachSeat([&](const Section &, const Row &, const Seat &seat) {
        if (m_selection.contains(seat.id))
            ids.append(seat.id);
    });
    return ids;
}

qsizetype LayoutDocument::selectedSeatCount() const
{
    qsizetype count = 0;
    if (!m_selection.isEmpty())
        m_layout.forEachSeat(
            [&](const Section &, const Row &, const Seat &seat) { count += m_selection.contains(seat.id); });
    return count;
}

void LayoutDocument::selectAll()
{
    QSet<QString> all;
    all.reserve(m_layout.seatCount() + m_layout.aisles.size() + m_layout.labels.size());
    m_layout.forEachSeat([&all](const Section &, const Row &, const Seat &seat) { all.insert(seat.id); });
    for (const Aisle &aisle : m_layout.aisles)
        all.insert(aisle.id);
    for (const TextLabel &text : m_layout.labels)
        all.insert(text.id);
    setSelection(all);
}

void LayoutDocument::selectRows()
{
    setSelection(m_selection | seatsOfRows(m_layout, m_selection));
}

void LayoutDocument::selectSections()
{
    setSelection(m_selection | seatsOfSections(m_layout, m_selection));
}

bool LayoutDocument::moveSelection(double dx, double dy)
{
    return apply(describeSelection(QT_TR_N_NOOP("Move %n seat(s)"), QT_TR_N_NOOP("Move %n item(s)")),
                 [&](Layout &layout) {
                     moveElements(layout, m_selection, dx, dy);
                     return true;
                 });
}

bool LayoutDocument::nudgeSelection(double dx, double dy)
{
    return apply(
        describeSelection(QT_TR_N_NOOP("Move %n seat(s)"), QT_TR_N_NOOP("Move %n item(s)")),
        [&](Layout &layout) {
            moveElements(layout, m_selection, dx, dy);
            return true;
        },
        // Not into the saved state's step: the nudge after a save must make the layout modified.
        nullptr, m_undo->isClean() ? -1 : NudgeMergeId);
}

bool LayoutDocument::rotateSelection(double degrees)
{
    const std::optional<LayoutPoint> pivot = selectionCentre(m_layout, m_selection);
    if (!pivot)
        return false;
    return apply(describeSelection(QT_TR_N_NOOP("Rotate %n seat(s)"), QT_TR_N_NOOP("Rotate %n item(s)")),
                 [&](Layout &layout) {
                     rotateElements(layout, m_selection, degrees, *pivot);
                     return true;
                 });
}

bool LayoutDocument::alignSelection(AlignEdge edge)
{
    return apply(describeSelection(QT_TR_N_NOOP("Align %n seat(s)"), QT_TR_N_NOOP("Align %n item(s)")),
                 [&](Layout &layout) {
                     alignElements(layout, m_selection, edge);
                     return true;
                 });
}

bool LayoutDocument::distributeSelection(DistributeAxis axis)
{
    return apply(
        describeSelection(QT_TR_N_NOOP("Distribute %n seat(s)"), QT_TR_N_NOOP("Distribute %n item(s)")),
        [&](Layout &layout) {
            distributeElements(layout, m_selection, axis);
            return true;
        });
}

bool LayoutDocument::deleteSelection()
{
    const QSet<QString> none;
    return apply(
        describeSelection(QT_TR_N_NOOP("Delete %n seat(s)"), QT_TR_N_NOOP("Delete %n item(s)")),
        [&](Layout &layout) { return removeElements(layout, m_selection) > 0; }, &none);
}

bool LayoutDocument::duplicateSelection(double dx, double dy)
{
    const Layout fragment = copySelection();
    QSet<QString> added;
    return apply(
        describeSelection(QT_TR_N_NOOP("Duplicate %n seat(s)"), QT_TR_N_NOOP("Duplicate %n item(s)")),
        [&](Layout &layout) {
            added = pasteElements(layout, fragment, dx, dy);
            return !added.isEmpty();
        },
        &added);
}

Layout LayoutDocument::copySelection() const
{
    return copyElements(m_layout, m_selection);
}

bool LayoutDocument::paste(const Layout &fragment, double dx, double dy)
{
    QSet<QString> added;
    return apply(
        tr("Paste %n seat(s)", nullptr, int(fragment.seatCount())),
        [&](Layout &layout) {
            added = pasteElements(layout, fragment, dx, dy);
            if (layout.seatCount() > LayoutLimits::MaxSeats) {
                m_lastError = makeError(ErrorCode::TooManyItems,
                                        tr("A layout holds at most %1 seats.").arg(LayoutLimits::MaxSeats));
                return false;
            }
            return !added.isEmpty();
        },
        &added);
}

bool LayoutDocument::setSelectionCategory(const QString &categoryId)
{
    const Category *category = m_layout.category(categoryId);
    if (!category)
        return false;
    return apply(tr("Give %n seat(s) the category %1", nullptr, int(selectedSeatCount())).arg(category->name),
                 [&](Layout &layout) { return setSeatsCategory(layout, m_selection, categoryId) > 0; });
}

bool LayoutDocument::setSelectionFlag(SeatFlag flag, bool on)
{
    const int seats = int(selectedSeatCount());
    QString text;
    switch (flag) {
    case SeatFlag::Wheelchair:
        text = on ? tr("Make %n seat(s) wheelchair spaces", nullptr, seats)
                  : tr("Make %n wheelchair space(s) seats", nullptr, seats);
        break;
    case SeatFlag::Companion:
        text = on ? tr("Make %n seat(s) companion seats", nullptr, seats)
                  : tr("Make %n seat(s) no companion seats", nullptr, seats);
        break;
    case SeatFlag::RestrictedView:
        text = on ? tr("Mark %n seat(s) restricted view", nullptr, seats)
                  : tr("Clear restricted view of %n seat(s)", nullptr, seats);
        break;
    case SeatFlag::Blocked:
        text = on ? tr("Block %n seat(s)", nullptr, seats) : tr("Unblock %n seat(s)", nullptr, seats);
        break;
    }
    return apply(text, [&](Layout &layout) { return setSeatsFlag(layout, m_selection, flag, on) > 0; });
}

bool LayoutDocument::renumberSelection(const RowLabelOptions *rows, const SeatLabelOptions *seats)
{
    if (!rows && !seats)
        return false;
    return apply(tr("Renumber %n seat(s)", nullptr, int(selectedSeatCount())), [&](Layout &layout) {
        renumberElements(layout, m_selection, rows, seats);
        return true;
    });
}

bool LayoutDocument::setSeatLabel(const QString &seatId, const QString &label)
{
    Layout after = m_layout;
    return applyStatus(tr("Label seat %1").arg(label), Marquee::setSeatLabel(after, seatId, label), after);
}

bool LayoutDocument::setRowLabel(const QString &rowId, const QString &label)
{
    Layout after = m_layout;
    return applyStatus(tr("Label row %1").arg(label), Marquee::setRowLabel(after, rowId, label), after);
}

bool LayoutDocument::setSelectedRowsBest(bool best)
{
    QSet<QString> rows;
    m_layout.forEachSeat([&](const Section &, const Row &row, const Seat &seat) {
        if (m_selection.contains(seat.id))
            rows.insert(row.id);
    });
    if (rows.isEmpty())
        return false;
    Layout after = m_layout;
    const int count = int(rows.size());
    return applyStatus(best ? tr("Mark %n row(s) as best", nullptr, count) : tr("Unmark %n best row(s)", nullptr, count),
                       Marquee::setRowsBest(after, rows, best), after);
}

bool LayoutDocument::setSectionName(const QString &sectionId, const QString &name)
{
    Layout after = m_layout;
    return applyStatus(tr("Rename section to %1").arg(name), Marquee::setSectionName(after, sectionId, name),
                       after);
}

bool LayoutDocument::setLayoutName(const QString &name)
{
    if (!isValidLayoutLabel(name, LayoutLimits::MaxNameLength)) {
        m_lastError = makeError(
            ErrorCode::InvalidValue,
            tr("A layout's name has 1 to %1 printable characters.").arg(LayoutLimits::MaxNameLength),
            QStringLiteral("name"));
        return false;
    }
    return apply(tr("Rename layout to %1").arg(name), [&name](Layout &layout) {
        layout.name = name;
        return true;
    });
}

QString LayoutDocument::addCategory(const QString &name, const QString &colour)
{
    Layout after = m_layout;
    const Result<QString> id = Marquee::addCategory(after, name, colour);
    if (!id) {
        m_lastError = id.error();
        return {};
    }
    return applyStatus(tr("New category %1").arg(name), {}, after) ? *id : QString();
}

bool LayoutDocument::renameCategory(const QString &categoryId, const QString &name)
{
    Layout after = m_layout;
    return applyStatus(tr("Rename category to %1").arg(name),
                       Marquee::renameCategory(after, categoryId, name), after);
}

bool LayoutDocument::recolourCategory(const QString &categoryId, const QString &colour)
{
    Layout after = m_layout;
    const Category *category = m_layout.category(categoryId);
    return applyStatus(tr("Recolour category %1").arg(category ? category->name : categoryId),
                       Marquee::recolourCategory(after, categoryId, colour), after);
}

bool LayoutDocument::removeCategory(const QString &categoryId)
{
    Layout after = m_layout;
    const Category *category = m_layout.category(categoryId);
    return applyStatus(tr("Remove category %1").arg(category ? category->name : categoryId),
                       Marquee::removeCategory(after, categoryId), after);
}

bool LayoutDocument::addSection(const Section &section, const QString &commandText)
{
    qsizetype seats = 0;
    for (const Row &row : section.rows)
        seats += row.seats.size();
    if (m_layout.seatCount() + seats > LayoutLimits::MaxSeats) {
        m_lastError = makeError(ErrorCode::TooManyItems,
                                tr("A layout holds at most %1 seats.").arg(LayoutLimits::MaxSeats));
        return false;
    }
    if (m_layout.sections.size() >= LayoutLimits::MaxSections) {
        m_lastError = makeError(ErrorCode::TooManyItems,
                                tr("A layout has at most %1 sections.").arg(LayoutLimits::MaxSections));
        return false;
    }
    QSet<QString> added;
    return apply(
        commandText,
        [&](Layout &layout) {
            Marquee::addSection(layout, section);
            for (const Row &row : layout.sections.constLast().rows)
                addSeatsOfRow(row, added);
            return true;
        },
        &added);
}

bool LayoutDocument::addRow(const Row &row)
{
    QSet<QString> added;
    return apply(
        tr("Add a row of %n seat(s)", nullptr, int(row.seats.size())),
        [&](Layout &layout) {
            const Result<QString> id = Marquee::addRow(layout, row);
            if (!id) {
                m_lastError = id.error();
                return false;
            }
            for (const Section &section : std::as_const(layout.sections)) {
                for (const Row &r : section.rows) {
                    if (r.id == *id)
                        addSeatsOfRow(r, added);
                }
            }
            return true;
        },
        &added);
}

template<typename Add> bool LayoutDocument::addElement(const QString &text, Add &&add)
{
    QSet<QString> added;
    return apply(
        text,
        [&](Layout &layout) {
            const Result<QString> id = add(layout);
            if (!id) {
                m_lastError = id.error();
                return false;
            }
            added.insert(*id);
            return true;
        },
        &added);
}

bool LayoutDocument::addSeat(LayoutPoint position, const QString &categoryId)
{
    return addElement(tr("Add a seat"),
                      [&](Layout &layout) { return Marquee::addSeat(layout, position, categoryId); });
}

bool LayoutDocument::addAisle(LayoutPoint from, LayoutPoint to, double width)
{
    return addElement(tr("Add an aisle"), [&](Layout &layout) {
        return Marquee::addAisle(layout, from, to, width, tr("Aisle %1").arg(layout.aisles.size() + 1));
    });
}

bool LayoutDocument::setStage(const Stage &stage)
{
    if (!isValidCoordinate(stage.position.x) || !isValidCoordinate(stage.position.y)
        || !isValidCoordinate(stage.width) || stage.width <= 0.0) {
        m_lastError = makeError(ErrorCode::InvalidValue,
                                tr("The screen or stage needs a position and a positive width."));
        return false;
    }
    const QSet<QString> selected { stageElementId() };
    return apply(
        stage.kind == StageKind::Screen ? tr("Place the screen") : tr("Place the stage"),
        [&stage](Layout &layout) {
            layout.stage = stage;
            return true;
        },
        &selected);
}

bool LayoutDocument::addText(const QString &text, LayoutPoint position, double size)
{
    return addElement(tr("Add the text %1").arg(text),
                      [&](Layout &layout) { return addTextLabel(layout, text, position, size); });
}

bool LayoutDocument::setText(const QString &textId, const QString &text, double size)
{
    Layout after = m_layout;
    return applyStatus(tr("Change the text %1").arg(text), setTextLabel(after, textId, text, size), after);
}

} // namespace Marquee
