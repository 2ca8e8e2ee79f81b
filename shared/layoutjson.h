#pragma once

// JSON import and export of seat layouts (format: docs/LAYOUT_FORMAT.md, schemaVersion 1).
// Import is strict (unknown fields are rejected) and safe on untrusted input: it never crashes and
// returns the first problem as an Error whose `where` is a JSON pointer such as
// "/sections/1/rows/3/seats/7/category". Import checks structure, types, formats and limits; the
// semantic rules (duplicate ids, overlaps, ...) are layoutvalidator.h's job.
// Raw size and nesting-depth limits of untrusted bytes are checked by jsonlimits.h beforehand.

#include "layout.h"
#include "result.h"

QT_FORWARD_DECLARE_CLASS(QByteArray)
QT_FORWARD_DECLARE_CLASS(QJsonObject)

namespace Marquee {

// Reads a layout document.
Result<Layout> layoutFromJson(const QJsonObject &json);
// Parses and reads a layout document; MalformedJson (with the parse error's byte offset in the
// message) when the text is not JSON, has invalid UTF-8, a lone surrogate escape or a key twice in
// one object (then `where` points at its second occurrence), NotAnObject when its top level is not
// an object.
Result<Layout> layoutFromJsonText(const QByteArray &text);

// Writes the canonical document: layoutFromJson(layoutToJson(l)) == l for every layout whose
// values are within the format's limits (straight rows lose their unused centre/radius).
QJsonObject layoutToJson(const Layout &layout);
// The canonical document as UTF-8 text: indented, one line per seat, category and aisle.
QByteArray layoutToJsonText(const Layout &layout);

} // namespace Marquee
