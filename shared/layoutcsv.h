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
// Larger files are refused before they are read.
inline constexpr qsizetype MaxCsvBytes = 8 * 1024 * 1024;

// Reads a CSV seat list (UTF-8, with or without a BOM; ',' or ';' separated; RFC 4180 quoting).
// `name` becomes the layout's name. The layout has straight rows, a default stage and no aisles:
// a seat list holds seats only. Problems of what the file does not hold (the name) are not
// reported.
CsvImport layoutFromCsv(QByteArrayView csv, const QString &name = {});
// The same with the categories the caller already knows (those of the layout being edited): a
// seat naming one of them keeps its name and colour. The layout lists them all, in this order,
// then the categories new in the file (name = id, colour from a fixed palette).
CsvImport layoutFromCsv(QByteArrayView csv, const QString &name, const QList<Category> &knownCategories);

enum class CsvSeparator {
    Comma,     // "1.5"
    Semicolon, // "1,5": the decimal comma, as spreadsheets in Germany and France write them
};

// Writes every seat of the layout as a CSV seat list that layoutFromCsv() reads back (UTF-8 with
// a BOM, CRLF line ends, the id columns included, so that the ids survive a round trip).
QByteArray layoutToCsv(const Layout &layout);
QByteArray layoutToCsv(const Layout &layout, CsvSeparator separator);

} // namespace Marquee
