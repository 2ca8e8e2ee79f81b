#pragma once

// CSV seat lists as box offices keep them in spreadsheets: one seat per line with its section,
// row, seat label, position, category and flags (format: docs/LAYOUT_FORMAT.md, "CSV seat
// lists"). Import is safe on untrusted input and reports every bad line, each with its line
// number; nothing is imported unless every line is good.

#include "errors.h"
#include "layout.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QList>

#include <optional>

namespace Marquee {

// One problem of a CSV file. `line` is 1-based (the header is line 1); 0 for the file as a whole.
struct CsvProblem
{
    int line = 0;
    QString column;  // the column's header name ("x"), empty when the line as a whole is wrong
    ErrorCode code = ErrorCode::InvalidValue;
    QString message; // English, names the line: "line 12: x: 'abc' is not a number"
    friend bool operator==(const CsvProblem &, const CsvProblem &) = default;
};

struct CsvImport
{
    std::optional<Layout> layout; // set only when `problems` is empty
    QList<CsvProblem> problems;   // in line order; at most MaxCsvProblems
};

inline constexpr int MaxCsvProblems = 200;

// Reads a CSV seat list (UTF-8, with or without a BOM; ',' or ';' separated; RFC 4180 quoting).
// `name` becomes the layout's name.
CsvImport layoutFromCsv(QByteArrayView csv, const QString &name = {});
// Writes every seat of the layout as a CSV seat list that layoutFromCsv() reads back.
QByteArray layoutToCsv(const Layout &layout);

} // namespace Marquee
