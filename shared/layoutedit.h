#pragma once

// Layout editing operations as plain functions on the model (the layout studio's tools call
// them; tests call them without widgets): row and seat numbering schemes, blocks of straight and
// curved rows, a row between two points, renumbering, moving and rotating.
#include "layout.h"
#include "result.h"

#include <QtCore/QSet>
#include <QtCore/QStringList>

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
// Moves the given seats (all seats of a row move its arc centre too) by (dx, dy).
void moveSeats(Layout &layout, const QSet<QString> &seatIds, double dx, double dy);
// Turns a whole section by `degrees` (positive: clockwise on screen, from +x towards +y) about
// `pivot`.
void rotateSection(Section &section, double degrees, LayoutPoint pivot);
// The centre of a section's seats (the middle of their bounding box); the origin when empty.
LayoutPoint sectionCentre(const Section &section);

} // namespace Marquee
