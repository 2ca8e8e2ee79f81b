// CSV seat lists: round trips with both separators, the decimal comma, quoting, BOM and line ends;
// generated ids and categories; every malformed file reported with its exact line, column and
// code; random and truncated input never crashes.
#include "layoutcsv.h"
#include "layoutedit.h"
#include "layoutvalidator.h"
#include "printers.h"
#include "testlayouts.h"

#include <gtest/gtest.h>

#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>

using namespace Marquee;

namespace {

const QString Std = QStringLiteral("std");

QByteArray bytes(const char *text)
{
    return QByteArray(text);
}

CsvImport read(const QByteArray &csv)
{
    return layoutFromCsv(csv, QStringLiteral("Test"));
}

std::string describe(const CsvImport &import)
{
    std::string out;
    for (const CsvProblem &p : import.problems)
        out += "[" + std::to_string(p.line) + " " + p.column.toStdString() + " "
            + errorCodeName(p.code).toStdString() + "] " + p.message.toStdString() + "\n";
    return out;
}

Category category(const char *id, const char *name, const char *colour)
{
    return Category { QString::fromUtf8(id), QString::fromUtf8(name), QString::fromUtf8(colour) };
}

// Two sections of straight rows (seats in x order, as the reader sorts them), every flag, two
// categories, labels that need quoting and coordinates that do not print short.
Layout sampleLayout()
{
    Layout layout;
    layout.name = QStringLiteral("Sample");
    layout.categories = { category("std", "Standard", "#336699"), category("vip", "Loge", "#C8102E") };

    StraightBlockOptions stalls;
    stalls.sectionId = QStringLiteral("stalls");
    stalls.sectionName = QStringLiteral("Parkett, \"Mitte\"");
    stalls.origin = { -5.0 / 3.0, 0.1 + 0.2 };
    stalls.rows = 4;
    stalls.seatsPerRow = 9;
    stalls.seatPitch = 1.1;
    stalls.categoryId = Std;
    stalls.seatLabels.scheme = SeatLabelOptions::Scheme::OddEven;
    Section s1 = *makeStraightBlock(stalls);
    Seat &wheelchair = s1.rows[0].seats[0];
    wheelchair.flags = SeatFlag::Wheelchair;
    s1.rows[0].seats[1].flags = SeatFlag::Companion | SeatFlag::RestrictedView;
    s1.rows[1].seats[4].flags = SeatFlag::Blocked;
    s1.rows[2].seats[2].categoryId = QStringLiteral("vip");

    StraightBlockOptions circle;
    circle.sectionId = QStringLiteral("rang-uber");
    circle.sectionName = QStringLiteral("Rang über");
    circle.origin = { -12345.678, 40.25 };
    circle.rows = 2;
    circle.seatsPerRow = 5;
    circle.categoryId = QStringLiteral("vip");
    circle.rowLabels.style = RowLabelOptions::Style::Numbers;
    Section s2 = *makeStraightBlock(circle);
    s2.rows[1].label = QStringLiteral(" Loge 2 "); // blanks kept by quoting
    s2.rows[1].seats[3].label = QStringLiteral("4;a");
    layout.sections = { s1, s2 };
    return layout;
}

void expectInvariants(const CsvImport &import)
{
    EXPECT_EQ(import.layout.has_value(), import.problems.isEmpty());
    EXPECT_LE(import.problems.size(), MaxCsvProblems);
    int last = 0;
    for (const CsvProblem &p : import.problems) {
        EXPECT_GE(p.line, last) << "problems in line order";
        last = p.line;
        EXPECT_FALSE(p.message.isEmpty());
    }
}

// The file has exactly one problem, at this line and column, with this code.
void expectOneProblem(const QByteArray &csv, int line, const QString &column, ErrorCode code)
{
    const CsvImport import = read(csv);
    EXPECT_FALSE(import.layout);
    ASSERT_EQ(import.problems.size(), 1) << describe(import);
    const CsvProblem &p = import.problems.first();
    EXPECT_EQ(p.line, line) << describe(import);
    EXPECT_EQ(p.column, column) << describe(import);
    EXPECT_EQ(errorCodeName(p.code), errorCodeName(code)) << describe(import);
    if (line > 0) {
        EXPECT_TRUE(p.message.startsWith(QStringLiteral("line %1: ").arg(line))) << p.message.toStdString();
    }
}

} // namespace

TEST(LayoutCsv, RoundTripKeepsEveryIdWithBothSeparators)
{
    const Layout layout = sampleLayout();
    ASSERT_TRUE(validateLayout(layout).isEmpty()) << validationProblems(layout);
    for (const CsvSeparator separator : { CsvSeparator::Comma, CsvSeparator::Semicolon }) {
        const QByteArray csv = layoutToCsv(layout, separator);
        ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF")) << "a BOM for spreadsheets";
        EXPECT_TRUE(csv.contains("\r\n"));
        const CsvImport back = layoutFromCsv(csv, layout.name, layout.categories);
        ASSERT_TRUE(back.layout) << describe(back);
        EXPECT_EQ(*back.layout, layout) << csv.toStdString();
    }
    // The semicolon file writes decimal commas, the comma file points.
    EXPECT_TRUE(layoutToCsv(layout, CsvSeparator::Semicolon).contains(";-1,6666666666666667;"));
    EXPECT_TRUE(layoutToCsv(layout).contains(",-1.6666666666666667,"));
    EXPECT_EQ(layoutToCsv(layout), layoutToCsv(layout, CsvSeparator::Comma));
}

TEST(LayoutCsv, RoundTripOfTheGrandHallKeepsSeatsRowsAndSections)
{
    const Layout hall = loadDemoLayout(QStringLiteral("grand-hall"));
    ASSERT_GT(hall.seatCount(), 2000);
    const CsvImport back = layoutFromCsv(layoutToCsv(hall), hall.name, hall.categories);
    ASSERT_TRUE(back.layout) << describe(back);
    const Layout &imported = *back.layout;
    EXPECT_EQ(imported.categories, hall.categories);
    ASSERT_EQ(imported.sections.size(), hall.sections.size());
    for (qsizetype s = 0; s < hall.sections.size(); ++s) {
        const Section &a = hall.sections.at(s);
        const Section &b = imported.sections.at(s);
        EXPECT_EQ(b.id, a.id);
        EXPECT_EQ(b.name, a.name);
        ASSERT_EQ(b.rows.size(), a.rows.size());
        for (qsizetype r = 0; r < a.rows.size(); ++r) {
            EXPECT_EQ(b.rows.at(r).id, a.rows.at(r).id);
            EXPECT_EQ(b.rows.at(r).label, a.rows.at(r).label);
            EXPECT_EQ(b.rows.at(r).kind, RowKind::Straight) << "a seat list has no arcs";
            QList<Seat> seats = a.rows.at(r).seats; // the reader orders seats by x
            std::stable_sort(seats.begin(), seats.end(),
                             [](const Seat &l, const Seat &m) { return l.position.x < m.position.x; });
            EXPECT_EQ(b.rows.at(r).seats, seats) << "row " << a.rows.at(r).id.toStdString();
        }
    }
}

TEST(LayoutCsv, MinimalFileGetsGeneratedIdsCategoriesAndOrder)
{
    // Sections and rows in order of first appearance, seats of a row sorted by x.
    const CsvImport import
        = layoutFromCsv(bytes("section,row,seat,x,y,category,flags\n"
                              "Stalls,A,2,1.1,0,std,\n"
                              "Rang über,1,1,0,10,balcony,wheelchair\n"
                              "Stalls,A,1,0,0,std,\n"
                              "Stalls,B,1,0.5,1.6,premium,restrictedView|blocked\n"
                              "Rang über,1,2,1,10,balcony,Companion\n"),
                        QStringLiteral("Imported"), { category("std", "Standard", "#1f6fb2") });
    ASSERT_TRUE(import.layout) << describe(import);
    const Layout &layout = *import.layout;
    EXPECT_EQ(layout.name, QStringLiteral("Imported"));
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << validationProblems(layout);
    ASSERT_EQ(layout.sections.size(), 2);
    const Section &stalls = layout.sections.at(0);
    EXPECT_EQ(stalls.id, QStringLiteral("stalls"));
    ASSERT_EQ(stalls.rows.size(), 2);
    EXPECT_EQ(stalls.rows.at(0).id, QStringLiteral("stalls-A"));
    EXPECT_EQ(stalls.rows.at(0).kind, RowKind::Straight);
    ASSERT_EQ(stalls.rows.at(0).seats.size(), 2);
    EXPECT_EQ(stalls.rows.at(0).seats.at(0).id, QStringLiteral("stalls-A-1")) << "sorted by x";
    EXPECT_EQ(stalls.rows.at(0).seats.at(1).id, QStringLiteral("stalls-A-2"));
    EXPECT_EQ(stalls.rows.at(1).seats.at(0).flags, SeatFlags(SeatFlag::RestrictedView | SeatFlag::Blocked));
    const Section &balcony = layout.sections.at(1);
    EXPECT_EQ(balcony.id, QStringLiteral("rang-uber")) << "accents dropped, blanks as '-'";
    EXPECT_EQ(balcony.rows.at(0).seats.at(0).id, QStringLiteral("rang-uber-1-1"));
    EXPECT_EQ(balcony.rows.at(0).seats.at(0).flags, SeatFlags(SeatFlag::Wheelchair));
    EXPECT_EQ(balcony.rows.at(0).seats.at(1).flags, SeatFlags(SeatFlag::Companion));

    // The known category first, as it was; new ones named by their id in distinct colours.
    ASSERT_EQ(layout.categories.size(), 3);
    EXPECT_EQ(layout.categories.at(0), category("std", "Standard", "#1f6fb2"));
    EXPECT_EQ(layout.categories.at(1).id, QStringLiteral("balcony"));
    EXPECT_EQ(layout.categories.at(1).name, QStringLiteral("balcony"));
    EXPECT_EQ(layout.categories.at(2).id, QStringLiteral("premium"));
    QSet<QString> colours;
    for (const Category &c : layout.categories) {
        EXPECT_TRUE(isValidColour(c.colour)) << c.colour.toStdString();
        colours.insert(c.colour.toLower());
    }
    EXPECT_EQ(colours.size(), 3) << "the palette skips colours in use";
}

TEST(LayoutCsv, GeneratedIdsNeverCollideWithGivenOnes)
{
    // Seat A 1 would be generated as "s-A-1", which another seat already has.
    const CsvImport import = read(bytes("section,row,seat,x,y,category,flags,seat_id\n"
                                        "S,A,1,0,0,std,,\n"
                                        "S,B,1,0,2,std,,s-A-1\n"));
    ASSERT_TRUE(import.layout) << describe(import);
    EXPECT_EQ(import.layout->sections.at(0).rows.at(1).seats.at(0).id, QStringLiteral("s-A-1"));
    EXPECT_EQ(import.layout->sections.at(0).rows.at(0).seats.at(0).id, QStringLiteral("s-A-1-2"));
    EXPECT_TRUE(validateLayout(*import.layout).isEmpty()) << validationProblems(*import.layout);
}

TEST(LayoutCsv, SemicolonsAndDecimalCommasReadLikeCommasAndPoints)
{
    const CsvImport comma = read(bytes("section,row,seat,x,y,category,flags\n"
                                       "Stalls,A,1,-1.5,2.25,std,\n"
                                       "Stalls,A,2,0,2.25,std,\n"));
    const CsvImport semicolon = read(bytes("section;row;seat;x;y;category;flags\n"
                                           "Stalls;A;1;-1,5;2,25;std;\n"
                                           "Stalls;A;2;0;\"2.25\";std;\n"));
    ASSERT_TRUE(comma.layout) << describe(comma);
    ASSERT_TRUE(semicolon.layout) << describe(semicolon);
    EXPECT_EQ(*semicolon.layout, *comma.layout);
    EXPECT_DOUBLE_EQ(comma.layout->sections.at(0).rows.at(0).seats.at(0).position.x, -1.5);
}

TEST(LayoutCsv, HeaderInAnyOrderAndCaseWithTheIdColumns)
{
    const CsvImport import = read(bytes("Seat_ID;Y;x;SEAT;Row;Section;Flags;Category;row_id;section_id\n"
                                        "p-1;3;4;1;A;Stalls;;std;r-a;stalls-1\n"));
    ASSERT_TRUE(import.layout) << describe(import);
    const Section &section = import.layout->sections.at(0);
    EXPECT_EQ(section.id, QStringLiteral("stalls-1"));
    EXPECT_EQ(section.rows.at(0).id, QStringLiteral("r-a"));
    const Seat &seat = section.rows.at(0).seats.at(0);
    EXPECT_EQ(seat.id, QStringLiteral("p-1"));
    EXPECT_EQ(seat.position, (LayoutPoint { 4.0, 3.0 }));
}

TEST(LayoutCsv, BomCrLfLoneCrBlankLinesAndQuoting)
{
    const QByteArray lf = "section,row,seat,x,y,category,flags\n"
                          "\"Rang, links\",A,1,0,0,std,\n"
                          "\"Rang, links\",A,\"2\",1,0,std,\"restrictedView blocked\"\n";
    const CsvImport plain = read(lf);
    ASSERT_TRUE(plain.layout) << describe(plain);
    EXPECT_EQ(plain.layout->sections.at(0).name, QStringLiteral("Rang, links"));
    EXPECT_EQ(plain.layout->sections.at(0).rows.at(0).seats.at(1).flags,
              SeatFlags(SeatFlag::RestrictedView | SeatFlag::Blocked));

    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace("\n", "\r");
    QByteArray bom = "\xEF\xBB\xBF" + lf;
    QByteArray blank = "\n  \n" + lf;
    blank.replace("std,\n\"Rang", "std,\n\n,,,,,,\r\n\"Rang");
    QByteArray noFinalNewline = lf;
    noFinalNewline.chop(1);
    for (const QByteArray &variant : { crlf, cr, bom, blank, noFinalNewline }) {
        const CsvImport import = read(variant);
        ASSERT_TRUE(import.layout) << describe(import) << variant.toStdString();
        EXPECT_EQ(*import.layout, *plain.layout);
    }

    // "" is a quote inside a quoted field; a quoted newline is part of the field (and no label
    // may hold one, so it is reported at the line where the record starts).
    const CsvImport quotes = read(bytes("section,row,seat,x,y,category,flags\n"
                                        "\"The \"\"Box\"\"\",A,1,0,0,std,\n"));
    ASSERT_TRUE(quotes.layout) << describe(quotes);
    EXPECT_EQ(quotes.layout->sections.at(0).name, QStringLiteral("The \"Box\""));
    const CsvImport newline = read(bytes("section,row,seat,x,y,category,flags\n"
                                         "\"Two\r\nlines\",A,1,0,0,std,\n"
                                         "Stalls,A,1,x,0,std,\n"));
    ASSERT_EQ(newline.problems.size(), 2) << describe(newline);
    EXPECT_EQ(newline.problems.at(0).line, 2);
    EXPECT_EQ(newline.problems.at(0).column, QStringLiteral("section"));
    EXPECT_EQ(newline.problems.at(1).line, 4) << "lines inside quotes are counted";
}

struct Malformed
{
    const char *name;
    QByteArray csv;
    int line;
    const char *column;
    ErrorCode code;
};

TEST(LayoutCsv, EveryMalformedFileNamesItsLineColumnAndCode)
{
    const QByteArray header = "section,row,seat,x,y,category,flags\n";
    const QByteArray good = "Stalls,A,1,0,0,std,\n";
    const QList<Malformed> cases = {
        { "missing header column", "section,row,seat,x,category,flags\nS,A,1,0,std,\n", 1, "y",
          ErrorCode::MissingField },
        { "unknown column", "section,row,seat,x,y,category,flags,price\nS,A,1,0,0,std,,9\n", 1, "price",
          ErrorCode::UnknownField },
        { "column named twice", "section,row,seat,x,y,category,flags,X\nS,A,1,0,0,std,,1\n", 1, "x",
          ErrorCode::InvalidValue },
        { "wrong field count", header + good + "Stalls,A,2,1,0,std\n", 3, "", ErrorCode::InvalidValue },
        { "empty required field", header + good + "Stalls,,2,1,0,std,\n", 3, "row", ErrorCode::MissingField },
        { "empty category", header + "Stalls,A,1,0,0,,\n", 2, "category", ErrorCode::MissingField },
        { "bad number", header + good + "Stalls,A,2,abc,0,std,\n", 3, "x", ErrorCode::WrongType },
        { "decimal comma with commas", header + "Stalls,A,1,\"1,5\",0,std,\n", 2, "x", ErrorCode::WrongType },
        { "not finite", header + "Stalls,A,1,0,nan,std,\n", 2, "y", ErrorCode::WrongType },
        { "coordinate out of range", header + good + "Stalls,A,2,1,200000,std,\n", 3, "y",
          ErrorCode::InvalidValue },
        { "label too long", header + "Stalls,A," + QByteArray(33, '9') + ",0,0,std,\n", 2, "seat",
          ErrorCode::InvalidValue },
        { "label only blanks", header + "\"  \",A,1,0,0,std,\n", 2, "section", ErrorCode::InvalidValue },
        { "bad category id", header + "Stalls,A,1,0,0,Parkett Mitte,\n", 2, "category",
          ErrorCode::InvalidValue },
        { "bad seat id", "section,row,seat,x,y,category,flags,seat_id\nS,A,1,0,0,std,,a b\n", 2, "seat_id",
          ErrorCode::InvalidValue },
        { "unknown flag", header + good + "Stalls,A,2,1,0,std,vip\n", 3, "flags", ErrorCode::InvalidValue },
        { "flag twice", header + "Stalls,A,2,1,0,std,blocked|Blocked\n", 2, "flags",
          ErrorCode::InvalidValue },
        { "duplicate seat in a row", header + good + "Stalls,B,1,0,2,std,\nStalls,A,1,5,0,std,\n", 4, "seat",
          ErrorCode::LayoutDuplicateLabel },
        { "duplicate seat id",
          "section,row,seat,x,y,category,flags,seat_id\nS,A,1,0,0,std,,p1\nS,A,2,1,0,std,,p1\n", 3, "seat_id",
          ErrorCode::LayoutDuplicateId },
        { "row id used by a seat",
          "section,row,seat,x,y,category,flags,seat_id,row_id\nS,A,1,0,0,std,,p1,\nS,B,1,0,2,std,,,p1\n", 3,
          "row_id", ErrorCode::LayoutDuplicateId },
        { "row with two ids",
          "section,row,seat,x,y,category,flags,row_id\nS,A,1,0,0,std,,ra\nS,A,2,1,0,std,,rb\n", 3, "row_id",
          ErrorCode::InvalidValue },
        { "unterminated quote", header + good + "\"Stalls,A,2,1,0,std,\nStalls,A,3,2,0,std,\n", 3, "section",
          ErrorCode::InvalidValue },
        { "text after a closing quote", header + good + "Stalls,\"A\"x,2,1,0,std,\n", 3, "row",
          ErrorCode::InvalidValue },
        { "not UTF-8", header + good + "Stalls,A,2,1,0,std,\xff\n", 3, "", ErrorCode::InvalidValue },
        { "cut inside a UTF-8 character", header + "R\xc3", 2, "", ErrorCode::InvalidValue },
        { "empty file", "", 0, "", ErrorCode::LayoutEmpty },
        { "only a BOM and blank lines", "\xEF\xBB\xBF\r\n \r\n", 0, "", ErrorCode::LayoutEmpty },
        { "header and no data", header + "\n", 0, "", ErrorCode::LayoutEmpty },
        { "two seats overlap (validator)", header + good + "Stalls,A,2,0.5,0,std,\n", 3, "",
          ErrorCode::LayoutOverlap },
        { "companion alone (validator)", header + good + "Stalls,A,2,1,0,std,companion\n", 3, "flags",
          ErrorCode::LayoutCompanionWithoutWheelchair },
    };
    ASSERT_GE(cases.size(), 15);
    for (const Malformed &c : cases) {
        SCOPED_TRACE(c.name);
        expectOneProblem(c.csv, c.line, QString::fromUtf8(c.column), c.code);
    }
}

TEST(LayoutCsv, ProblemMessagesNameTheLineTheColumnAndTheValue)
{
    const CsvImport bad = read(bytes("section,row,seat,x,y,category,flags\nStalls,A,1,abc,0,std,\n"));
    ASSERT_EQ(bad.problems.size(), 1);
    EXPECT_EQ(bad.problems.first().message, QStringLiteral("line 2: x: 'abc' is not a number"));

    const CsvImport twice
        = read(bytes("section,row,seat,x,y,category,flags\nS,A,1,0,0,std,\nS,A,1,3,0,std,\n"));
    ASSERT_EQ(twice.problems.size(), 1);
    EXPECT_TRUE(twice.problems.first().message.contains(QStringLiteral("already on line 2")))
        << describe(twice);
}

TEST(LayoutCsv, TheLimitsAreReportedOnceAtTheLineThatCrossesThem)
{
    const QByteArray header = "section,row,seat,x,y,category,flags\n";
    // 1,001 seats in one row: the 1,001st seat is on line 1,002.
    QByteArray row = header;
    for (int i = 1; i <= LayoutLimits::MaxSeatsPerRow + 2; ++i)
        row += "S,A," + QByteArray::number(i) + "," + QByteArray::number(i * 2) + ",0,std,\n";
    expectOneProblem(row, LayoutLimits::MaxSeatsPerRow + 2, QStringLiteral("seat"), ErrorCode::TooManyItems);

    QByteArray rows = header;
    for (int i = 1; i <= LayoutLimits::MaxRowsPerSection + 2; ++i)
        rows += "S," + QByteArray::number(i) + ",1,0," + QByteArray::number(i * 2) + ",std,\n";
    expectOneProblem(rows, LayoutLimits::MaxRowsPerSection + 2, QStringLiteral("row"),
                     ErrorCode::TooManyItems);

    QByteArray sections = header;
    for (int i = 1; i <= LayoutLimits::MaxSections + 2; ++i)
        sections += "S" + QByteArray::number(i) + ",A,1," + QByteArray::number(i * 2) + ",0,std,\n";
    expectOneProblem(sections, LayoutLimits::MaxSections + 2, QStringLiteral("section"),
                     ErrorCode::TooManyItems);

    QByteArray categories = header;
    for (int i = 1; i <= LayoutLimits::MaxCategories + 2; ++i)
        categories += "S,A," + QByteArray::number(i) + "," + QByteArray::number(i * 2) + ",0,c"
            + QByteArray::number(i) + ",\n";
    expectOneProblem(categories, LayoutLimits::MaxCategories + 2, QStringLiteral("category"),
                     ErrorCode::TooManyItems);

    // 20,001 seats in 21 rows: the 20,001st seat crosses the layout's limit.
    QByteArray seats = header;
    for (int i = 0; i <= LayoutLimits::MaxSeats; ++i)
        seats += "S," + QByteArray::number(i / 1000) + "," + QByteArray::number(i % 1000) + ","
            + QByteArray::number(i % 1000) + "," + QByteArray::number(i / 1000) + ",std,\n";
    expectOneProblem(seats, LayoutLimits::MaxSeats + 2, QString(), ErrorCode::TooManyItems);
    seats.chop(seats.size() - seats.lastIndexOf("S,20,"));
    EXPECT_TRUE(read(seats).layout) << "exactly 20,000 seats are fine";

    // Too large to read at all.
    expectOneProblem(QByteArray(MaxCsvBytes + 1, ' '), 0, QString(), ErrorCode::TooManyItems);
}

TEST(LayoutCsv, EveryProblemIsReportedUpToTheMaximum)
{
    // One line with three problems, two more bad lines, a good one between them.
    const CsvImport several = read(bytes("section,row,seat,x,y,category,flags\n"
                                         ",A,1,abc,0,std,vip\n"
                                         "Stalls,A,1,0,0,std,\n"
                                         "Stalls,A,2,1,0,std\n"
                                         "Stalls,A,3,2,1e9,std,\n"));
    ASSERT_EQ(several.problems.size(), 5) << describe(several);
    const QList<std::pair<int, QString>> expected = { { 2, QStringLiteral("section") },
                                                      { 2, QStringLiteral("x") },
                                                      { 2, QStringLiteral("flags") },
                                                      { 4, QString() },
                                                      { 5, QStringLiteral("y") } };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(several.problems.at(i).line, expected.at(i).first) << i;
        EXPECT_EQ(several.problems.at(i).column, expected.at(i).second) << i;
    }

    QByteArray many = "section,row,seat,x,y,category,flags\n";
    for (int i = 0; i < 3 * MaxCsvProblems; ++i)
        many += "Stalls,A,1,bad,0,std,\n";
    const CsvImport capped = read(many);
    EXPECT_EQ(capped.problems.size(), MaxCsvProblems);
    EXPECT_EQ(capped.problems.last().line, MaxCsvProblems + 1);
}

TEST(LayoutCsv, RandomBytesNeverCrash)
{
    QRandomGenerator random(20261201); // fixed: a failure can be replayed
    const QByteArray alphabet
        = "section,row;seat\"x y\r\n\n|wheelchair0123456789.-;,,\"\"\xc3\xa4\xff\xef\xbb\xbf";
    for (int round = 0; round < 3000; ++round) {
        QByteArray data;
        const int length = int(random.bounded(400));
        for (int i = 0; i < length; ++i)
            data += round % 3 == 0 ? char(random.bounded(256))
                                   : alphabet.at(random.bounded(int(alphabet.size())));
        if (round % 2 == 0)
            data.prepend("section,row,seat,x,y,category,flags\n");
        const CsvImport import = read(data);
        expectInvariants(import);
        if (::testing::Test::HasFailure())
            FAIL() << "round " << round << ": " << data.toHex().toStdString();
    }
}

TEST(LayoutCsv, TruncatedAndMutatedFilesNeverCrash)
{
    const QByteArray whole = layoutToCsv(sampleLayout(), CsvSeparator::Semicolon);
    for (qsizetype cut = 0; cut < whole.size(); ++cut) {
        const CsvImport import = read(whole.left(cut));
        expectInvariants(import);
        if (::testing::Test::HasFailure())
            FAIL() << "cut at " << cut;
    }
    QRandomGenerator random(42);
    for (int round = 0; round < 500; ++round) {
        QByteArray mutated = whole;
        for (int flips = 0; flips < 3; ++flips)
            mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
        expectInvariants(read(mutated));
        if (::testing::Test::HasFailure())
            FAIL() << "round " << round;
    }
}
