#include "layoutcsv.h"

#include "layoutvalidator.h"

#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringDecoder>

#include <algorithm>
#include <array>
#include <cmath>

namespace Marquee {

namespace {

// --- columns ---

enum class Column { Section, Row, Seat, X, Y, Category, Flags, SectionId, RowId, SeatId };
constexpr int ColumnCount = 10;
constexpr int RequiredColumnCount = 7; // section .. flags; the id columns are optional

constexpr std::array<QStringView, ColumnCount> ColumnNames = {
    u"section", u"row", u"seat", u"x", u"y", u"category", u"flags", u"section_id", u"row_id", u"seat_id",
};

QString columnName(Column column)
{
    return ColumnNames[std::size_t(column)].toString();
}

// New categories get these colours (Okabe-Ito and friends: told apart by most eyes), skipping
// the colours the known categories use.
constexpr std::array<QStringView, 12> Palette = {
    u"#1f6fb2", u"#c8102e", u"#009e73", u"#e69f00", u"#6a3d9a", u"#56b4e9",
    u"#d55e00", u"#2e8b57", u"#cc79a7", u"#8c564b", u"#7f7f7f", u"#bcbd22",
};

// A user's text in a message: quoted, and cut short (a field can be megabytes long).
QString shown(const QString &text)
{
    constexpr qsizetype MaxShown = 40;
    const QString cut = text.size() > MaxShown ? text.left(MaxShown) + QChar(0x2026) : text;
    return QLatin1Char('\'') + cut + QLatin1Char('\'');
}

// --- the tokenizer: RFC 4180 records ---

struct Field
{
    QString text; // unquoted fields without surrounding blanks; quoted ones exactly as quoted
    bool quoted = false;
};

struct Record
{
    int line = 0; // where the record starts
    QList<Field> fields;

    bool isBlank() const
    {
        return std::all_of(fields.cbegin(), fields.cend(),
                           [](const Field &f) { return !f.quoted && f.text.isEmpty(); });
    }
};

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

class Tokenizer
{
public:
    enum class Status {
        Record, // *record holds the next record
        End, // no more records
        Unterminated, // a quoted field runs to the end of the file (errorLine: where it opens)
        TextAfterQuote, // text between a closing quote and the next separator; the line is skipped
    };

    Tokenizer(QStringView text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    Status next(Record *record);
    int errorLine() const { return m_errorLine; }
    qsizetype errorField() const { return m_errorField; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text.at(m_pos); }
    void consumeLineEnd(); // CRLF, LF or a lone CR (old Mac spreadsheets): one line
    Status fail(Status status, int line, qsizetype field)
    {
        m_errorLine = line;
        m_errorField = field;
        return status;
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_errorLine = 0;
    qsizetype m_errorField = 0;
};

void Tokenizer::consumeLineEnd()
{
    if (peek() == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

Tokenizer::Status Tokenizer::next(Record *record)
{
    if (atEnd())
        return Status::End;
    record->line = m_line;
    record->fields.clear();
    for (;;) {
        Field field;
        const qsizetype start = m_pos;
        while (!atEnd() && isBlank(peek()))
            ++m_pos;
        if (!atEnd() && peek() == u'"') {
            field.quoted = true;
            const int openLine = m_line;
            ++m_pos;
            for (;;) {
                if (atEnd())
                    return fail(Status::Unterminated, openLine, record->fields.size());
                const QChar c = peek();
                if (c == u'"') {
                    ++m_pos;
                    if (atEnd() || peek() != u'"')
                        break; // the closing quote
                    field.text.append(u'"');
                    ++m_pos;
                } else if (isLineEnd(c)) {
                    consumeLineEnd();
                    field.text.append(u'\n');
                } else {
                    field.text.append(c);
                    ++m_pos;
                }
            }
            while (!atEnd() && isBlank(peek()))
                ++m_pos;
            if (!atEnd() && peek() != m_separator && !isLineEnd(peek())) {
                const int line = m_line;
                while (!atEnd() && !isLineEnd(peek()))
                    ++m_pos;
                if (!atEnd())
                    consumeLineEnd();
                return fail(Status::TextAfterQuote, line, record->fields.size());
            }
        } else {
            while (!atEnd() && peek() != m_separator && !isLineEnd(peek()))
                ++m_pos;
            field.text = m_text.mid(start, m_pos - start).trimmed().toString();
        }
        record->fields.append(std::move(field));
        if (atEnd())
            return Status::Record;
        if (peek() == m_separator) {
            ++m_pos;
            continue;
        }
        consumeLineEnd();
        return Status::Record;
    }
}

// The separator the header uses: ';' when it has more semicolons than commas outside quotes.
QChar detectSeparator(QStringView text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    bool content = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            content = true;
        } else if (!quoted && isLineEnd(c)) {
            if (content)
                break; // the end of the first line that is not blank
        } else if (!quoted) {
            commas += c == u',';
            semicolons += c == u';';
            content = content || !c.isSpace();
        }
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

// --- ids ---

// An id made of a name or label: accents dropped, other characters that ids cannot hold turned
// into '-', lower case for sections ("Rang über" -> "rang-uber").
QString slug(const QString &text, bool lowerCase)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
            || u == u'.' || u == u'_' || u == u'-';
        if (keep)
            out.append(lowerCase ? c.toLower() : c);
        else if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.startsWith(u'-'))
        out.remove(0, 1);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

// Hands out generated ids that no other element has.
class IdPool
{
public:
    explicit IdPool(QSet<QString> taken)
        : m_taken(std::move(taken))
    {
    }

    QString unique(const QString &wanted)
    {
        const QString base = wanted.left(LayoutLimits::MaxIdLength);
        QString id = base;
        for (int n = 2; m_taken.contains(id); ++n) {
            const QString suffix = QLatin1Char('-') + QString::number(n);
            id = base.left(LayoutLimits::MaxIdLength - suffix.size()) + suffix;
        }
        m_taken.insert(id);
        return id;
    }

private:
    QSet<QString> m_taken;
};

// --- the importer ---

struct PendingSeat
{
    Seat seat; // id empty: generated at the end
    int line = 0;
};

// A section or a row while it is read.
struct PendingGroup
{
    QString name; // the section's name, the row's label
    QString id; // empty: generated at the end
    int idLine = 0; // the line that gave the id
    bool overLimit = false; // too many rows (section) or seats (row): reported once
};

struct PendingRow : PendingGroup
{
    QList<PendingSeat> seats;
    QHash<QString, int> seatLines; // label -> line
};

struct PendingSection : PendingGroup
{
    QList<PendingRow> rows;
    QHash<QString, qsizetype> rowIndex; // label -> index into rows
};

// Where a validator problem points to ("/sections/1/rows/2/seats/3/x").
struct ProblemSite
{
    qsizetype section = -1;
    qsizetype row = -1;
    qsizetype seat = -1;
    QString field;
};

std::optional<ProblemSite> parseWhere(const QString &where)
{
    static const QRegularExpression re(
        QStringLiteral("^/sections/(\\d+)(?:/rows/(\\d+)(?:/seats/(\\d+))?)?(?:/([a-z]+))?"));
    const QRegularExpressionMatch m = re.match(where);
    if (!m.hasMatch())
        return std::nullopt;
    ProblemSite site;
    site.section = m.captured(1).toLongLong();
    site.row = m.hasCaptured(2) ? m.captured(2).toLongLong() : -1;
    site.seat = m.hasCaptured(3) ? m.captured(3).toLongLong() : -1;
    site.field = m.captured(4);
    return site;
}

// The CSV column a validator problem is about.
QString problemColumn(const ProblemSite &site)
{
    const QString &f = site.field;
    if (site.seat >= 0) {
        if (f == u"label")
            return columnName(Column::Seat);
        if (f == u"id")
            return columnName(Column::SeatId);
        return f == u"x" || f == u"y" || f == u"category" || f == u"flags" ? f : QString();
    }
    if (site.row >= 0)
        return columnName(f == u"id" ? Column::RowId : Column::Row);
    return columnName(f == u"id" ? Column::SectionId : Column::Section);
}

class Importer
{
public:
    Importer(const QString &name, const QList<Category> &knownCategories)
        : m_name(name)
        , m_categories(knownCategories)
    {
        for (const Category &c : knownCategories)
            m_categoryIds.insert(c.id);
    }

    CsvImport run(QByteArrayView csv);

private:
    bool full() const { return m_problems.size() >= MaxCsvProblems; }
    void report(int line, const QString &column, ErrorCode code, const QString &text);
    void reportField(int line, Column column, ErrorCode code, const QString &text)
    {
        report(line, columnName(column), code, columnName(column) + QStringLiteral(": ") + text);
    }
    // A limit is reported once, at the line that crosses it.
    void reportLimit(bool *reported, int line, const QString &column, const QString &text)
    {
        if (!*reported)
            report(line, column, ErrorCode::TooManyItems,
                   column.isEmpty() ? text : column + QStringLiteral(": ") + text);
        *reported = true;
    }
    bool decode(QByteArrayView bytes, QString *text);
    bool readHeader(const Record &record);
    void readRecord(const Record &record);
    QString value(const Record &record, Column column) const;
    std::optional<QString> label(const Record &record, Column column, int maxLength);
    // An id; empty is an error when `required`, else means "generate one".
    std::optional<QString> id(const Record &record, Column column, bool required);
    std::optional<double> coordinate(const Record &record, Column column);
    std::optional<SeatFlags> flags(const Record &record);
    bool claimId(const QString &id, int line, Column column);
    bool claimGroupId(PendingGroup &group, const QString &id, int line, Column column, const QString &what);
    bool useCategory(const QString &id, int line);
    PendingSection *section(const QString &name, int line);
    PendingRow *row(PendingSection &section, const QString &label, int line);
    Layout build(QList<QList<QList<int>>> *seatLines);
    void reportValidation(const Layout &layout, const QList<QList<QList<int>>> &seatLines);

    QString m_name;
    QList<Category> m_categories;
    QSet<QString> m_categoryIds;
    QList<CsvProblem> m_problems;
    std::array<int, ColumnCount> m_columns {}; // field index of each column, -1 when absent
    QStringList m_headerNames; // per field: the column's name
    qsizetype m_headerSize = 0;
    bool m_decimalComma = false;
    QList<PendingSection> m_sections;
    QHash<QString, qsizetype> m_sectionIndex; // name -> index into m_sections
    QHash<QString, int> m_ids; // explicit ids -> their line
    qsizetype m_seatCount = 0;
    bool m_tooManySections = false;
    bool m_tooManySeats = false;
    bool m_tooManyCategories = false;
};

void Importer::report(int line, const QString &column, ErrorCode code, const QString &text)
{
    if (full())
        return;
    const QString message = line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(text) : text;
    m_problems.append(CsvProblem { line, column, code, message });
}

// Decodes UTF-8 (the BOM already dropped); reports every line that is not UTF-8.
bool Importer::decode(QByteArrayView bytes, QString *text)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    if (!decoder.hasError())
        return true;
    int line = 1;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size() && !full(); ++i) {
        const bool end = i == bytes.size();
        const bool lineEnd = !end
            && (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')));
        if (!end && !lineEnd)
            continue;
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = lineDecoder.decode(bytes.sliced(start, i - start)); // decodes when assigned
        if (lineDecoder.hasError())
            report(line, {}, ErrorCode::InvalidValue,
                   QStringLiteral("the text is not UTF-8 (save the file as \"CSV UTF-8\")"));
        ++line;
        start = i + 1;
    }
    return false;
}

bool Importer::readHeader(const Record &record)
{
    m_headerSize = record.fields.size();
    m_columns.fill(-1);
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString name = record.fields.at(i).text.trimmed();
        m_headerNames.append(name.toLower());
        if (name.isEmpty()) {
            report(record.line, {}, ErrorCode::UnknownField,
                   QStringLiteral("column %1 of the header has no name").arg(i + 1));
            continue;
        }
        const auto known = std::find_if(ColumnNames.cbegin(), ColumnNames.cend(), [&](QStringView n) {
            return name.compare(n, Qt::CaseInsensitive) == 0;
        });
        if (known == ColumnNames.cend()) {
            report(
                record.line, name, ErrorCode::UnknownField,
                QStringLiteral("%1 is not a column of a seat list (the columns are section, row, seat, x, y, "
                               "category, flags, and optionally section_id, row_id, seat_id)")
                    .arg(shown(name)));
            continue;
        }
        const QString canonical = known->toString();
        int &index = m_columns[std::size_t(known - ColumnNames.cbegin())];
        if (index >= 0) {
            report(record.line, canonical, ErrorCode::InvalidValue,
                   QStringLiteral("the header names the column %1 twice").arg(shown(canonical)));
            continue;
        }
        index = int(i);
    }
    bool complete = true;
    for (int c = 0; c < RequiredColumnCount; ++c) {
        if (m_columns[std::size_t(c)] < 0) {
            const QString name = columnName(Column(c));
            report(record.line, name, ErrorCode::MissingField,
                   QStringLiteral("the header has no column %1").arg(shown(name)));
            complete = false;
        }
    }
    return complete;
}

QString Importer::value(const Record &record, Column column) const
{
    const int index = m_columns[std::size_t(column)];
    return index < 0 ? QString() : record.fields.at(index).text;
}

std::optional<QString> Importer::label(const Record &record, Column column, int maxLength)
{
    const QString text = value(record, column);
    if (text.isEmpty()) {
        reportField(record.line, column, ErrorCode::MissingField,
                    QStringLiteral("empty, but every seat needs one"));
        return std::nullopt;
    }
    if (!isValidLayoutLabel(text, maxLength)) {
        reportField(record.line, column, ErrorCode::InvalidValue,
                    QStringLiteral("%1 is not 1 to %2 printable characters").arg(shown(text)).arg(maxLength));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> Importer::id(const Record &record, Column column, bool required)
{
    const QString text = value(record, column).trimmed();
    if (text.isEmpty() && required) {
        reportField(record.line, column, ErrorCode::MissingField,
                    QStringLiteral("empty, but every seat needs one"));
        return std::nullopt;
    }
    if (text.isEmpty() || isValidLayoutId(text))
        return text;
    reportField(record.line, column, ErrorCode::InvalidValue,
                QStringLiteral("%1 is not an id: 1 to %2 characters of A-Z, a-z, 0-9, '.', '_' and '-'")
                    .arg(shown(text))
                    .arg(LayoutLimits::MaxIdLength));
    return std::nullopt;
}

std::optional<double> Importer::coordinate(const Record &record, Column column)
{
    QString text = value(record, column).trimmed();
    if (text.isEmpty()) {
        reportField(record.line, column, ErrorCode::MissingField,
                    QStringLiteral("empty, but every seat needs a position"));
        return std::nullopt;
    }
    // With ';' as the separator, "1,5" is one and a half (never a thousands separator). A comma
    // left is no number ("1,234.5", or "1,5" in a comma-separated file).
    if (m_decimalComma && !text.contains(u'.') && text.count(u',') == 1)
        text.replace(u',', u'.');
    bool ok = false;
    const double number = text.contains(u',') ? 0.0 : QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number)) {
        reportField(record.line, column, ErrorCode::WrongType,
                    QStringLiteral("%1 is not a number").arg(shown(value(record, column).trimmed())));
        return std::nullopt;
    }
    if (!isValidCoordinate(number)) {
        reportField(record.line, column, ErrorCode::InvalidValue,
                    QStringLiteral("%1 is out of range (at most %2 either side of 0)")
                        .arg(shown(value(record, column).trimmed()))
                        .arg(LayoutLimits::MaxCoordinate, 0, 'f', 0));
        return std::nullopt;
    }
    return number;
}

std::optional<SeatFlags> Importer::flags(const Record &record)
{
    SeatFlags result;
    bool ok = true;
    static const QRegularExpression separators(QStringLiteral("[|\\s]+"));
    const QStringList names = value(record, Column::Flags).split(separators, Qt::SkipEmptyParts);
    for (const QString &name : names) {
        const auto flag = std::find_if(allSeatFlags().cbegin(), allSeatFlags().cend(), [&](SeatFlag f) {
            return seatFlagName(f).compare(name, Qt::CaseInsensitive) == 0;
        });
        if (flag == allSeatFlags().cend()) {
            QStringList valid;
            for (const SeatFlag f : allSeatFlags())
                valid.append(seatFlagName(f));
            reportField(record.line, Column::Flags, ErrorCode::InvalidValue,
                        QStringLiteral("%1 is not a flag (the flags are %2)")
                            .arg(shown(name), valid.join(QStringLiteral(", "))));
            ok = false;
        } else if (result.testFlag(*flag)) {
            reportField(record.line, Column::Flags, ErrorCode::InvalidValue,
                        QStringLiteral("%1 is given twice").arg(shown(name)));
            ok = false;
        } else {
            result |= *flag;
        }
    }
    return ok ? std::optional<SeatFlags>(result) : std::nullopt;
}

bool Importer::claimId(const QString &id, int line, Column column)
{
    const auto it = m_ids.constFind(id);
    if (it != m_ids.cend()) {
        reportField(line, column, ErrorCode::LayoutDuplicateId,
                    QStringLiteral("the id %1 is already used on line %2").arg(shown(id)).arg(it.value()));
        return false;
    }
    m_ids.insert(id, line);
    return true;
}

// A row's or a section's id may be given on any of its lines, but the same everywhere.
bool Importer::claimGroupId(PendingGroup &group, const QString &id, int line, Column column,
                            const QString &what)
{
    if (id.isEmpty() || id == group.id)
        return true;
    if (!group.id.isEmpty()) {
        reportField(line, column, ErrorCode::InvalidValue,
                    QStringLiteral("%1 has the id %2 on line %3, not %4")
                        .arg(what, shown(group.id))
                        .arg(group.idLine)
                        .arg(shown(id)));
        return false;
    }
    if (!claimId(id, line, column))
        return false;
    group.id = id;
    group.idLine = line;
    return true;
}

bool Importer::useCategory(const QString &id, int line)
{
    if (m_categoryIds.contains(id))
        return true;
    if (m_categories.size() >= LayoutLimits::MaxCategories) {
        reportLimit(&m_tooManyCategories, line, columnName(Column::Category),
                    QStringLiteral("%1 would be category %2; a layout has at most %3")
                        .arg(shown(id))
                        .arg(m_categories.size() + 1)
                        .arg(LayoutLimits::MaxCategories));
        return false;
    }
    QSet<QString> used;
    for (const Category &c : std::as_const(m_categories))
        used.insert(c.colour.toLower());
    QString colour = Palette[std::size_t(m_categories.size()) % Palette.size()].toString();
    for (const QStringView candidate : Palette) {
        if (!used.contains(candidate.toString())) {
            colour = candidate.toString();
            break;
        }
    }
    m_categories.append(Category { id, id, colour });
    m_categoryIds.insert(id);
    return true;
}

PendingSection *Importer::section(const QString &name, int line)
{
    const auto it = m_sectionIndex.constFind(name);
    if (it != m_sectionIndex.cend())
        return &m_sections[it.value()];
    if (m_sections.size() >= LayoutLimits::MaxSections) {
        reportLimit(&m_tooManySections, line, columnName(Column::Section),
                    QStringLiteral("%1 would be section %2; a layout has at most %3")
                        .arg(shown(name))
                        .arg(m_sections.size() + 1)
                        .arg(LayoutLimits::MaxSections));
        return nullptr;
    }
    m_sectionIndex.insert(name, m_sections.size());
    PendingSection added;
    added.name = name;
    m_sections.append(std::move(added));
    return &m_sections.last();
}

PendingRow *Importer::row(PendingSection &section, const QString &label, int line)
{
    const auto it = section.rowIndex.constFind(label);
    if (it != section.rowIndex.cend())
        return &section.rows[it.value()];
    if (section.rows.size() >= LayoutLimits::MaxRowsPerSection) {
        reportLimit(&section.overLimit, line, columnName(Column::Row),
                    QStringLiteral("row %1 would be row %2 of section %3; a section has at most %4")
                        .arg(shown(label))
                        .arg(section.rows.size() + 1)
                        .arg(shown(section.name))
                        .arg(LayoutLimits::MaxRowsPerSection));
        return nullptr;
    }
    section.rowIndex.insert(label, section.rows.size());
    PendingRow added;
    added.name = label;
    section.rows.append(std::move(added));
    return &section.rows.last();
}

void Importer::readRecord(const Record &record)
{
    const int line = record.line;
    if (record.fields.size() != m_headerSize) {
        report(line, {}, ErrorCode::InvalidValue,
               QStringLiteral("%1 fields, but the header has %2 (a separator too many or too few, or a quote "
                              "missing?)")
                   .arg(record.fields.size())
                   .arg(m_headerSize));
        return;
    }
    // Check every field, so that one line reports all its problems.
    const auto sectionName = label(record, Column::Section, LayoutLimits::MaxNameLength);
    const auto rowLabel = label(record, Column::Row, LayoutLimits::MaxLabelLength);
    const auto seatLabel = label(record, Column::Seat, LayoutLimits::MaxLabelLength);
    const auto x = coordinate(record, Column::X);
    const auto y = coordinate(record, Column::Y);
    const auto category = id(record, Column::Category, true);
    const auto seatFlags = flags(record);
    const auto sectionId = id(record, Column::SectionId, false);
    const auto rowId = id(record, Column::RowId, false);
    const auto seatId = id(record, Column::SeatId, false);
    if (!sectionName || !rowLabel || !seatLabel || !x || !y || !category || !seatFlags || !sectionId || !rowId
        || !seatId)
        return;

    PendingSection *s = section(*sectionName, line);
    if (!s
        || !claimGroupId(*s, *sectionId, line, Column::SectionId,
                         QStringLiteral("section %1").arg(shown(s->name))))
        return;
    PendingRow *r = row(*s, *rowLabel, line);
    if (!r
        || !claimGroupId(*r, *rowId, line, Column::RowId,
                         QStringLiteral("row %1 of section %2").arg(shown(r->name), shown(s->name))))
        return;
    const auto earlier = r->seatLines.constFind(*seatLabel);
    if (earlier != r->seatLines.cend()) {
        reportField(line, Column::Seat, ErrorCode::LayoutDuplicateLabel,
                    QStringLiteral("seat %1 of row %2 in section %3 is already on line %4")
                        .arg(shown(*seatLabel), shown(r->name), shown(s->name))
                        .arg(earlier.value()));
        return;
    }
    if (r->seats.size() >= LayoutLimits::MaxSeatsPerRow) {
        reportLimit(&r->overLimit, line, columnName(Column::Seat),
                    QStringLiteral("row %1 of section %2 would have more than %3 seats")
                        .arg(shown(r->name), shown(s->name))
                        .arg(LayoutLimits::MaxSeatsPerRow));
        return;
    }
    if (m_seatCount >= LayoutLimits::MaxSeats) {
        reportLimit(&m_tooManySeats, line, {},
                    QStringLiteral("seat %1 is one too many: a layout has at most %2 seats")
                        .arg(m_seatCount + 1)
                        .arg(LayoutLimits::MaxSeats));
        return;
    }
    if (!seatId->isEmpty() && !claimId(*seatId, line, Column::SeatId))
        return;
    if (!useCategory(*category, line))
        return;
    Seat seat;
    seat.id = *seatId;
    seat.label = *seatLabel;
    seat.position = LayoutPoint { *x, *y };
    seat.categoryId = *category;
    seat.flags = *seatFlags;
    r->seats.append(PendingSeat { seat, line });
    r->seatLines.insert(*seatLabel, line);
    ++m_seatCount;
}

// The layout of the pending sections: seats of a row sorted by x, missing ids generated.
// seatLines receives each seat's line, indexed like the layout.
Layout Importer::build(QList<QList<QList<int>>> *seatLines)
{
    Layout layout;
    layout.name = m_name;
    layout.categories = m_categories;
    IdPool ids(QSet<QString>(m_ids.keyBegin(), m_ids.keyEnd()));
    layout.sections.reserve(m_sections.size());
    seatLines->reserve(m_sections.size());
    for (PendingSection &pending : m_sections) {
        Section section;
        section.name = pending.name;
        const QString sectionSlug = slug(pending.name, true);
        section.id = !pending.id.isEmpty() ? pending.id
            : sectionSlug.isEmpty()        ? ids.unique(QStringLiteral("section"))
                                           : ids.unique(sectionSlug);
        QList<QList<int>> rowLines;
        for (PendingRow &pendingRow : pending.rows) {
            Row row;
            row.label = pendingRow.name;
            row.kind = RowKind::Straight;
            row.id = pendingRow.id.isEmpty() ? ids.unique(section.id + u'-' + slug(pendingRow.name, false))
                                             : pendingRow.id;
            std::stable_sort(pendingRow.seats.begin(), pendingRow.seats.end(),
                             [](const PendingSeat &a, const PendingSeat &b) {
                                 return a.seat.position.x < b.seat.position.x;
                             });
            QList<int> lines;
            lines.reserve(pendingRow.seats.size());
            row.seats.reserve(pendingRow.seats.size());
            for (PendingSeat &pendingSeat : pendingRow.seats) {
                Seat seat = pendingSeat.seat;
                if (seat.id.isEmpty())
                    seat.id = ids.unique(generatedSeatId(row.id, slug(seat.label, false)));
                row.seats.append(std::move(seat));
                lines.append(pendingSeat.line);
            }
            section.rows.append(std::move(row));
            rowLines.append(std::move(lines));
        }
        layout.sections.append(std::move(section));
        seatLines->append(std::move(rowLines));
    }
    return layout;
}

// The validator's problems of the sections, each at the line of its seat (or of the first seat of
// its row or section). The rest (name, stage, categories) is not in the file.
void Importer::reportValidation(const Layout &layout, const QList<QList<QList<int>>> &seatLines)
{
    for (const Error &error : validateLayout(layout)) {
        const auto site = parseWhere(error.where);
        if (!site || site->section >= seatLines.size())
            continue;
        const QList<QList<int>> &rows = seatLines.at(site->section);
        const qsizetype r = std::max<qsizetype>(site->row, 0);
        if (r >= rows.size() || rows.at(r).isEmpty())
            continue;
        const qsizetype k = std::max<qsizetype>(site->seat, 0);
        const int line = k < rows.at(r).size() ? rows.at(r).at(k) : rows.at(r).constFirst();
        report(line, problemColumn(*site), error.code, error.message);
    }
    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
}

CsvImport Importer::run(QByteArrayView csv)
{
    CsvImport result;
    if (csv.size() > MaxCsvBytes) {
        report(0, {}, ErrorCode::TooManyItems,
               QStringLiteral("The file is %1 MiB; seat lists of at most %2 MiB are read.")
                   .arg(double(csv.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(MaxCsvBytes / (1024 * 1024)));
        result.problems = m_problems;
        return result;
    }
    if (csv.startsWith("\xEF\xBB\xBF"))
        csv = csv.sliced(3);
    QString text;
    if (!decode(csv, &text)) {
        result.problems = m_problems;
        return result;
    }
    m_decimalComma = detectSeparator(text) == u';';
    Tokenizer tokenizer(text, m_decimalComma ? QLatin1Char(';') : QLatin1Char(','));
    Record record;
    bool header = false; // the header line is read (or broken)
    bool headerComplete = false;
    bool data = false;
    while (!full()) {
        const Tokenizer::Status status = tokenizer.next(&record);
        if (status == Tokenizer::Status::End)
            break;
        if (status != Tokenizer::Status::Record) {
            const qsizetype field = tokenizer.errorField();
            const QString column = field < m_headerNames.size() ? m_headerNames.at(field) : QString();
            if (status == Tokenizer::Status::Unterminated)
                report(tokenizer.errorLine(), column, ErrorCode::InvalidValue,
                       QStringLiteral("a quote opens here and is never closed"));
            else
                report(tokenizer.errorLine(), column, ErrorCode::InvalidValue,
                       QStringLiteral(
                           "text after a closing quote (write \"\" for a quote inside a quoted field)"));
            header = true; // a broken header line leaves the columns unknown
            continue;
        }
        if (record.isBlank())
            continue;
        if (!header) {
            header = true;
            headerComplete = readHeader(record);
            continue;
        }
        data = true;
        if (headerComplete)
            readRecord(record);
    }
    if (!header)
        report(0, {}, ErrorCode::LayoutEmpty, QStringLiteral("The file is empty."));
    else if (!data && m_problems.isEmpty())
        report(0, {}, ErrorCode::LayoutEmpty, QStringLiteral("The file has a header line but no seats."));
    if (m_problems.isEmpty()) {
        QList<QList<QList<int>>> seatLines;
        Layout layout = build(&seatLines);
        reportValidation(layout, seatLines);
        if (m_problems.isEmpty())
            result.layout = std::move(layout);
    }
    result.problems = m_problems;
    return result;
}

// --- export ---

QString csvField(const QString &text, QChar separator)
{
    const bool quote = text.contains(separator) || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r') || text != text.trimmed();
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString csvNumber(double value, bool decimalComma)
{
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (decimalComma)
        text.replace(u'.', u',');
    return text;
}

} // namespace

CsvImport layoutFromCsv(QByteArrayView csv, const QString &name)
{
    return layoutFromCsv(csv, name, {});
}

CsvImport layoutFromCsv(QByteArrayView csv, const QString &name, const QList<Category> &knownCategories)
{
    return Importer(name, knownCategories).run(csv);
}

QByteArray layoutToCsv(const Layout &layout)
{
    return layoutToCsv(layout, CsvSeparator::Comma);
}

QByteArray layoutToCsv(const Layout &layout, CsvSeparator separator)
{
    const bool semicolon = separator == CsvSeparator::Semicolon;
    const QChar sep = semicolon ? QLatin1Char(';') : QLatin1Char(',');
    const QString lineEnd = QStringLiteral("\r\n");
    constexpr std::array order
        = { Column::Section,  Column::Row,   Column::Seat,      Column::X,     Column::Y,
            Column::Category, Column::Flags, Column::SectionId, Column::RowId, Column::SeatId };
    QStringList header;
    for (const Column c : order)
        header.append(columnName(c));
    QString out = header.join(sep) + lineEnd;
    out.reserve(out.size() + layout.seatCount() * 64);
    layout.forEachSeat([&](const Section &section, const Row &row, const Seat &seat) {
        QStringList flags;
        for (const SeatFlag flag : allSeatFlags()) {
            if (seat.flags.testFlag(flag))
                flags.append(seatFlagName(flag));
        }
        const QStringList fields = {
            csvField(section.name, sep),
            csvField(row.label, sep),
            csvField(seat.label, sep),
            csvField(csvNumber(seat.position.x, semicolon), sep),
            csvField(csvNumber(seat.position.y, semicolon), sep),
            csvField(seat.categoryId, sep),
            flags.join(u'|'),
            csvField(section.id, sep),
            csvField(row.id, sep),
            csvField(seat.id, sep),
        };
        out += fields.join(sep) + lineEnd;
    });
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace Marquee
