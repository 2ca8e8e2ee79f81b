#pragma once

// The plan of a layout as a printable PDF (one page, landscape, fitted) and as SVG for a
// website: seats drawn exactly as the seat map draws them (SeatItem::paintSeat), with row
// labels, the stage or screen, aisles, section names and a category legend.
//
// Both draw the same page: A4, or A3 when seats would be smaller than 4 mm on A4; the layout's
// name, its seat count and today's date on top; the plan (a SeatMapScene, rendered) fitted below;
// a legend of the categories and of the seat symbols the layout uses at the bottom. The SVG has
// the page's size in millimetres and a resolution of 40 pixels a seat, so that seats show their
// labels; each seat is one group of paths in layout order, placed at its position.

#include <QtCore/QString>

namespace Marquee {

struct Layout;

// Both return false and set `error` (a translated, human message) when the file cannot be written.
bool exportLayoutPdf(const Layout &layout, const QString &path, QString *error = nullptr);
bool exportLayoutSvg(const Layout &layout, const QString &path, QString *error = nullptr);

} // namespace Marquee
