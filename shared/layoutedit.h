#pragma once

// Layout editing operations as plain functions on the model (the layout studio's tools call
// them; tests call them without widgets): row and seat numbering schemes, blocks of straight and
// curved rows, a row between two points, renumbering, moving and rotating.
#include "layout.h"
#include "result.h"

#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <optional>

namespace Marquee {

// --- numbering ---

struct RowLabelOptions
{
    enum class Style {
        Letters,       // A, B, C ... Z, then AA, BB, CC ... (theatre style: the letter doubled)
        LettersPaired, // A ... Z, then AA, AB, AC ... (spreadsheet style)
        Numbers,       // 1, 2, 3 ...
    };
    Style style = Style::Letters;
    QChar firstLetter = u'A'; // letters: the front row's letter
    int firstNumber = 1;      // numbers: the front row's number
    bool skipIAndO = true;    // I and O read as 1 and 0 on tickets: most houses leave them out
};

// The label of the row `index` (0 = the front row).
QString rowLabel(int index, const RowLabelOptions &options = {});

struct SeatLabelOptions
{
    enum class Scheme {
        LeftToRight, // firstNumber, firstNumber + 1 ... from the left as seen from the audience
        RightToLeft, // the same from the right
        OddEven,     // odd numbers on one side of the centre, even on the other, both counting
                     // outwards from the centre (Broadway houses, French theatres)
    };
    enum class Side { Left, Right };
    Scheme scheme = Scheme::LeftToRight;
    int firstNumber = 1;       // >= 0; a centre block numbered from 101 gives 101
    Side oddSide = Side::Right; // odd/even: where the odd numbers are
};

// Labels of `count` seats of a row, in the row's order (left to right as seen from the audience).
QStringList seatLabels(int count, const SeatLabelOptions &options = {});

// --- generators ---

// A block of straight rows: `rows` rows of `seatsPerRow` seats, the front-left seat at `origin`,
// rows going back (+y) by rowPitch, seats going right (+x) by seatPitch; `stagger` shifts every
// second row by half a seat so that heads do not line up; the whole block turned by
// rotationDegrees about `origin`.
struct StraightBlockOptions
{
    QString sectionId;   // the section's id; rows are "<sectionId>-<row label>"
    QString sectionName; // empty: the id
    LayoutPoint origin;
    int rows = 1;
    int seatsPerRow = 1;
    double seatPitch = 1.1;
    double rowPitch = 1.6;
    bool stagger = false;
    double rotationDegrees = 0.0;
    RowLabelOptions rowLabels;
    SeatLabelOptions seatLabels;
    QString categoryId;
};
Result<Section> makeStraightBlock(const StraightBlockOptions &options);

// A block of curved rows around `centre` (the stage side): the front row on the arc of
// firstRadius, each further row rowPitch further out, spanning spanDegrees symmetric about
// middleDegrees (0: away from a stage at the top). Seats per row grow with the radius, as in a
// real stalls: as many as fit on the row's arc at seatPitch.
struct CurvedBlockOptions
{
    QString sectionId;
    QString sectionName;
    LayoutPoint centre;
    double firstRadius = 8.0;
    double rowPitch = 1.6;
    int rows = 1;
    double spanDegrees = 60.0; // (0, 360)
    double middleDegrees = 0.0;
    double seatPitch = 1.1;
    RowLabelOptions rowLabels;
    SeatLabelOptions seatLabels;
    QString categoryId;
};
Result<Section> makeCurvedBlock(const CurvedBlockOptions &options);
// Sets a curved block's span and front radius from a curve instead: `curve` (0, 1] is how far the
// rows bow, as for makeRowBetween() (the sagitta over half the chord; 1 is a half circle), and the
// front row then holds exactly frontRowSeats seats at options.seatPitch. False (and nothing
// changed) for a curve outside (0, 1] or fewer than 2 seats.
bool setCurvedBlockCurve(CurvedBlockOptions &options, double curve, int frontRowSeats);

// A single row of `count` seats from `start` to `end` (the first and the last seat's centres).
// curve 0 is straight; otherwise the row bows by curve x half the distance between the ends
// (positive: away from the stage, towards +y of the row's own direction), the seats evenly
// spaced on the arc.
Result<Row> makeRowBetween(const QString &id, const QString &label, LayoutPoint start, LayoutPoint end, int count,
                           double curve = 0.0, const SeatLabelOptions &labels = {}, const QString &categoryId = {});

// --- changes to an existing layout ---

// New row labels for the section's rows (front to back as they are listed); ids are kept.
void renumberRows(Section &section, const RowLabelOptions &options);
// New seat labels for the row's seats (in their order); ids are kept, so that sold seats stay
// the same seats.
void renumberSeats(Row &row, const SeatLabelOptions &options);
// Moves the given seats (all seats of a row move its arc centre too) by (dx, dy); the same as
// moveElements() with seat ids.
void moveSeats(Layout &layout, const QSet<QString> &seatIds, double dx, double dy);
// Turns a whole section by `degrees` (positive: clockwise on screen, from +x towards +y) about
// `pivot`.
void rotateSection(Section &section, double degrees, LayoutPoint pivot);
// The centre of a section's seats (the middle of their bounding box); the origin when empty.
LayoutPoint sectionCentre(const Section &section);

// --- the layout studio's edits on a selection ---
// A selection is a set of element ids: seats, aisles and texts share the layout-wide id namespace
// (sections and rows are selected through their seats); the stage is stageElementId(), which is
// not a valid layout id and so never clashes. Unknown ids are ignored. The edits change only the
// rows they touch (an unchanged row keeps sharing its seat list with earlier copies of the
// layout: an undo history of whole layouts stays small).

QString stageElementId(); // "#stage"
// The seats of every row (of every section) that holds one of the given seats.
QSet<QString> seatsOfRows(const Layout &layout, const QSet<QString> &seatIds);
QSet<QString> seatsOfSections(const Layout &layout, const QSet<QString> &seatIds);
// Every section, row, seat, aisle and text id of the layout.
QSet<QString> elementIds(const Layout &layout);
// `base` when the layout does not use it, else base-2, base-3 ... (an unused id).
QString uniqueElementId(const QSet<QString> &usedIds, const QString &base);
// A section id ("section-3") that neither the layout uses nor begins one of its ids followed by
// '-', so that the generators' row and seat ids ("<section>-<row>-<seat>") are fresh too.
QString freshSectionId(const Layout &layout);
// The first of "<base>", "<base> 2", "<base> 3" ... that no section is called.
QString freshSectionName(const Layout &layout, const QString &base);

// Moves seats, aisles, texts and the stage by (dx, dy). A curved row whose seats all move keeps
// its arc (its centre moves with them).
void moveElements(Layout &layout, const QSet<QString> &ids, double dx, double dy);
// Turns seats, aisles, texts and the stage by `degrees` about `pivot` (positive: clockwise on
// screen). Texts and the stage stay upright (only their position turns); a curved row whose seats
// all turn keeps its arc.
void rotateElements(Layout &layout, const QSet<QString> &ids, double degrees, LayoutPoint pivot);
// The middle of the bounding box of the elements' positions (seat and text centres, aisle ends,
// the stage's centre); nullopt when the layout has none of them.
std::optional<LayoutPoint> selectionCentre(const Layout &layout, const QSet<QString> &ids);

// Align and distribute work on units: the selected seats of one row are one unit (they move
// together and keep their shape), each aisle, text and the stage is one. Aligning left moves every
// unit sideways until its leftmost point is at the leftmost point of all units (rows line up at
// their first seat); distributing keeps the first and the last unit (by their centres) and spaces
// the ones between evenly. Distributing needs three units.
enum class AlignEdge { Left, Right, Top, Bottom };
enum class DistributeAxis { Horizontal, Vertical };
void alignElements(Layout &layout, const QSet<QString> &ids, AlignEdge edge);
void distributeElements(Layout &layout, const QSet<QString> &ids, DistributeAxis axis);

// Removes the seats, aisles and texts with these ids (the stage stays); a row left without seats
// goes, and a section left without rows. Returns how many elements were removed.
int removeElements(Layout &layout, const QSet<QString> &ids);

// A copy of the selected elements as a layout of their own (the clipboard's contents): the
// sections and rows of the selected seats with only those seats, the selected aisles and texts,
// the categories the seats use, and the source's name, version and stage.
Layout copyElements(const Layout &layout, const QSet<QString> &ids);
// Adds a fragment (from copyElements(), maybe of another layout) shifted by (dx, dy), with fresh
// ids throughout: each of its sections becomes a new section (its name made unique), rows and
// seats keep their labels. A category the layout lacks is added (as long as the limit allows;
// otherwise the seats take the layout's first category). Returns the new seat, aisle and text ids.
QSet<QString> pasteElements(Layout &layout, const Layout &fragment, double dx, double dy);

// Seats: category and flags. Both return how many seats changed.
int setSeatsCategory(Layout &layout, const QSet<QString> &seatIds, const QString &categoryId);
int setSeatsFlag(Layout &layout, const QSet<QString> &seatIds, SeatFlag flag, bool on);

// New labels for the rows that hold selected seats (rows: per section, in their order, from the
// first label of `rows`) and for the selected seats (seats: per row, in their order, as
// seatLabels() numbers them). Ids are kept. Either may be null (not renumbered).
void renumberElements(Layout &layout, const QSet<QString> &seatIds, const RowLabelOptions *rows,
                      const SeatLabelOptions *seats);

// Renaming by hand. INVALID_VALUE for a label or name that is empty, too long or has control
// characters, NOT_FOUND for an unknown id; nothing changes then.
Status setSeatLabel(Layout &layout, const QString &seatId, const QString &label);
Status setRowLabel(Layout &layout, const QString &rowId, const QString &label);
Status setSectionName(Layout &layout, const QString &sectionId, const QString &name);
// Marks the rows as the best band of the auditorium (Row::best, where best-available starts) or
// unmarks them. NOT_FOUND (and no change) when a row id is unknown.
Status setRowsBest(Layout &layout, const QSet<QString> &rowIds, bool best);

// Categories. addCategory derives a fresh id from the name and returns it; removeCategory
// refuses (INVALID_VALUE) while seats use the category.
Result<QString> addCategory(Layout &layout, const QString &name, const QString &colour);
Status renameCategory(Layout &layout, const QString &categoryId, const QString &name);
Status recolourCategory(Layout &layout, const QString &categoryId, const QString &colour);
Status removeCategory(Layout &layout, const QString &categoryId);

// Drawing single things. addSeat joins the row of the nearest seat within JoinDistance (in the
// row's order, numbered after its highest number) or starts a row of its own in the section of
// the nearest seat within NewRowDistance, or in a new section. addRow puts a row (e.g. from
// makeRowBetween()) into the section whose seats it comes near, or a new section, with the next
// free row label and fresh ids, ordered front to back by its distance from the stage. Each
// returns the new seat's or row's id.
inline constexpr double JoinDistance = 1.6;
inline constexpr double NewRowDistance = 4.0;
Result<QString> addSeat(Layout &layout, LayoutPoint position, const QString &categoryId);
Result<QString> addRow(Layout &layout, Row row);
// A generated section (makeStraightBlock(), makeCurvedBlock()) added with a fresh id and a unique
// name when its own clash; returns its id.
QString addSection(Layout &layout, Section section);
Result<QString> addAisle(Layout &layout, LayoutPoint from, LayoutPoint to, double width, const QString &name = {});
Result<QString> addTextLabel(Layout &layout, const QString &text, LayoutPoint position, double size);
Status setTextLabel(Layout &layout, const QString &labelId, const QString &text, double size);

} // namespace Marquee
