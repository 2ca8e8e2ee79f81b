#pragma once

// The layout being edited in the studio, its selection and its undo history. Every edit is one
// named QUndoCommand ("Move 12 seats", shown in Edit > Undo), unlimited within a session. A
// command keeps the layout as it was before and after: the layout's lists share their data
// (copy-on-write) and the edits in layoutedit.h write only the rows they touch, so a history of
// whole layouts costs little more than the rows that changed. After every edit, undo and redo the
// document says which parts changed (changed()), so that the canvas updates what it must.
//
// The selection is a set of element ids (seats, aisles, texts and stageElementId(), see
// layoutedit.h); the edits ending in "Selection" work on it, and undo and redo bring back the
// selection each edit had.

#include "layout.h"
#include "layoutedit.h"

#include <QtCore/QObject>
#include <QtCore/QSet>

class QUndoStack;

namespace Marquee {

class LayoutDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutDocument)

public:
    enum class Part {
        Seats = 0x1, // sections, rows or seats (labels, positions, categories, flags)
        Categories = 0x2,
        Aisles = 0x4,
        Texts = 0x8,
        Stage = 0x10,
        Name = 0x20, // the layout's name or version
    };
    Q_DECLARE_FLAGS(Parts, Part)

    explicit LayoutDocument(QObject *parent = nullptr);
    ~LayoutDocument() override;

    const Layout &layout() const { return m_layout; }
    QUndoStack *undoStack() const { return m_undo; }

    // Another layout: the history is cleared and the document counts as saved.
    void reset(const Layout &layout);
    // Differs from the layout of the last reset() or markSaved().
    bool isModified() const;
    void markSaved();

    // --- selection ---
    const QSet<QString> &selection() const { return m_selection; }
    void setSelection(const QSet<QString> &ids);
    // The selected seats in layout order.
    QStringList selectedSeatIds() const;
    qsizetype selectedSeatCount() const;
    void selectAll();
    // Widens the selection to whole rows, or whole sections.
    void selectRows();
    void selectSections();

    // --- edits of the selection; false when there was nothing to change ---
    bool moveSelection(double dx, double dy);
    // Arrow keys: like moveSelection(), but consecutive nudges of the same selection are one
    // command.
    bool nudgeSelection(double dx, double dy);
    bool rotateSelection(double degrees); // about the selection's centre
    bool alignSelection(AlignEdge edge);
    bool distributeSelection(DistributeAxis axis);
    bool deleteSelection();
    // Copies of the selection, shifted by (dx, dy), with fresh ids; the copies become the
    // selection.
    bool duplicateSelection(double dx, double dy);
    // The selection as a layout of its own (copyElements()).
    Layout copySelection() const;
    // Adds a fragment (copyElements(), maybe of another layout) with fresh ids; selects it.
    bool paste(const Layout &fragment, double dx, double dy);
    bool setSelectionCategory(const QString &categoryId);
    bool setSelectionFlag(SeatFlag flag, bool on);
    // rows or seats may be null: not renumbered.
    bool renumberSelection(const RowLabelOptions *rows, const SeatLabelOptions *seats);

    // --- edits by id; false with lastError() when the input is bad (nothing changes) ---
    bool setSeatLabel(const QString &seatId, const QString &label);
    bool setRowLabel(const QString &rowId, const QString &label);
    // The rows of the selected seats as the best band (best-available starts there), or not.
    bool setSelectedRowsBest(bool best);
    bool setSectionName(const QString &sectionId, const QString &name);
    bool setLayoutName(const QString &name);
    QString addCategory(const QString &name, const QString &colour); // the new id, empty on failure
    bool renameCategory(const QString &categoryId, const QString &name);
    bool recolourCategory(const QString &categoryId, const QString &colour);
    bool removeCategory(const QString &categoryId);

    // --- drawing; what is placed becomes the selection ---
    bool addSection(const Section &section, const QString &commandText);
    bool addRow(const Row &row);
    bool addSeat(LayoutPoint position, const QString &categoryId);
    bool addAisle(LayoutPoint from, LayoutPoint to, double width);
    bool setStage(const Stage &stage);
    bool addText(const QString &text, LayoutPoint position, double size);
    bool setText(const QString &textId, const QString &text, double size);

    // Why the last edit failed (empty after a success).
    const Error &lastError() const { return m_lastError; }

    // What changed between two layouts (cheap for layouts that share most of their data).
    static Parts difference(const Layout &before, const Layout &after);

Q_SIGNALS:
    // After an edit, undo, redo or reset(); `parts` says what changed.
    void changed(Marquee::LayoutDocument::Parts parts);
    // reset(): a new layout altogether (changed() follows with every part).
    void layoutReset();
    void selectionChanged();
    void modifiedChanged(bool modified);

private:
    friend class LayoutCommand;
    // Pushes a command when `edit` changed the layout. edit(Layout &) returns false (with
    // m_lastError set) when the input is bad.
    template<typename Edit>
    bool apply(const QString &text, Edit &&edit, const QSet<QString> *selectionAfter = nullptr,
               int mergeId = -1);
    bool applyStatus(const QString &text, const Status &status, const Layout &after);
    // An edit that adds one element (add(Layout &) returns its id, or the error); selects it.
    template<typename Add> bool addElement(const QString &text, Add &&add);
    // Installs a layout and a selection (commands' redo and undo).
    void install(const Layout &layout, const QSet<QString> &selection);
    // A command name by what is selected: "Move 12 seats", or "Move 3 items" when not only seats.
    QString describeSelection(const char *seats, const char *items) const;

    Layout m_layout;
    QSet<QString> m_selection;
    QUndoStack *m_undo;
    Error m_lastError;
};

} // namespace Marquee

Q_DECLARE_OPERATORS_FOR_FLAGS(Marquee::LayoutDocument::Parts)
