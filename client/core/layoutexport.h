#pragma once

// The plan of a layout as a printable PDF (one page, landscape, fitted) and as SVG for a
// website: seats drawn exactly as the seat map draws them (SeatItem::paintSeat), with row
// labels, the stage or screen, aisles, section names and a category legend.

#include <QtCore/QString>

namespace Marquee {

struct Layout;

// Both return false and set `error` (a translated, human message) when the file cannot be written.
bool exportLayoutPdf(const Layout &layout, const QString &path, QString *error = nullptr);
bool exportLayoutSvg(const Layout &layout, const QString &path, QString *error = nullptr);

} // namespace Marquee
