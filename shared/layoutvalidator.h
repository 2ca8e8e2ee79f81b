#pragma once

// Semantic checks of a seat layout before it is published (rules: docs/LAYOUT_FORMAT.md).
// Every problem is reported, each with its ErrorCode, a JSON pointer into the layout's document
// (`where`, e.g. "/sections/0/rows/5/seats/11/category") and a message that names the element by
// its human label ("seat 'F 12' in row 'F' of section 'Stalls'").

#include "errors.h"

#include <QtCore/QList>

namespace Marquee {

struct Layout;
struct Section;
struct Row;
struct Seat;

// At most this many overlapping pairs are reported (a layout with every seat on one spot would
// otherwise produce millions of them).
inline constexpr int MaxReportedOverlaps = 1000;

// All problems of the layout, in document order per rule; empty when the layout is valid.
QList<Error> validateLayout(const Layout &layout);

// Human descriptions used in the messages.
QString describeSection(const Section &section);                                // section 'Stalls'
QString describeRow(const Section &section, const Row &row);                    // row 'F' of section 'Stalls'
QString describeSeat(const Section &section, const Row &row, const Seat &seat); // seat 'F 12' in row 'F' of ...

} // namespace Marquee
