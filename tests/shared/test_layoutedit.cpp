// The layout studio's editing operations as plain functions: numbering schemes, generated blocks
// and rows (checked with the shared validator), renumbering, moving, rotating.
#include "layoutedit.h"
#include "layoutvalidator.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Marquee;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

// A layout holding the given sections, with the category they use and a screen in front.
Layout layoutOf(const QList<Section> &sections)
{
    Layout layout;
    layout.name = QStringLiteral("Test");
    layout.stage.position = {0.0, -12.0};
    layout.categories = {Category{QStringLiteral("std"), QStringLiteral("Standard"), QStringLiteral("#336699")}};
    layout.sections = sections;
    return layout;
}

std::string problems(const Layout &layout)
{
    std::string out;
    for (const Error &error : validateLayout(layout))
        out += error.toString().toStdString() + "\n";
    return out;
}

double distance(LayoutPoint a, LayoutPoint b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

} // namespace

TEST(RowLabels, LettersSkipIAndODoubleAfterZAndNumbers)
{
    QStringList first;
    for (int i = 0; i < 10; ++i)
        first.append(rowLabel(i));
    EXPECT_EQ(first, strings({"A", "B", "C", "D", "E", "F", "G", "H", "J", "K"}));
    EXPECT_EQ(rowLabel(23), QStringLiteral("Z")); // 24 letters without I and O
    EXPECT_EQ(rowLabel(24), QStringLiteral("AA"));
    EXPECT_EQ(rowLabel(25), QStringLiteral("BB"));
    EXPECT_EQ(rowLabel(48), QStringLiteral("AAA"));

    RowLabelOptions keep;
    keep.skipIAndO = false;
    EXPECT_EQ(rowLabel(8, keep), QStringLiteral("I"));
    EXPECT_EQ(rowLabel(26, keep), QStringLiteral("AA"));

    RowLabelOptions paired;
    paired.style = RowLabelOptions::Style::LettersPaired;
    EXPECT_EQ(rowLabel(24, paired), QStringLiteral("AA"));
    EXPECT_EQ(rowLabel(25, paired), QStringLiteral("AB"));

    RowLabelOptions fromC;
    fromC.firstLetter = u'C';
    EXPECT_EQ(rowLabel(0, fromC), QStringLiteral("C"));
    RowLabelOptions fromI; // a skipped first letter starts at the next one used
    fromI.firstLetter = u'I';
    EXPECT_EQ(rowLabel(0, fromI), QStringLiteral("J"));

    RowLabelOptions numbers;
    numbers.style = RowLabelOptions::Style::Numbers;
    numbers.firstNumber = 3;
    EXPECT_EQ(rowLabel(0, numbers), QStringLiteral("3"));
    EXPECT_EQ(rowLabel(9, numbers), QStringLiteral("12"));
}

TEST(SeatLabels, LeftToRightRightToLeftOddEvenAndAHundredAndOne)
{
    EXPECT_EQ(seatLabels(4), strings({"1", "2", "3", "4"}));
    SeatLabelOptions rtl;
    rtl.scheme = SeatLabelOptions::Scheme::RightToLeft;
    EXPECT_EQ(seatLabels(4, rtl), strings({"4", "3", "2", "1"}));

    // Odd numbers to the right of the centre, even to the left, both counting outwards.
    SeatLabelOptions oddEven;
    oddEven.scheme = SeatLabelOptions::Scheme::OddEven;
    EXPECT_EQ(seatLabels(6, oddEven), strings({"6", "4", "2", "1", "3", "5"}));
    EXPECT_EQ(seatLabels(7, oddEven), strings({"6", "4", "2", "1", "3", "5", "7"}));
    oddEven.oddSide = SeatLabelOptions::Side::Left;
    EXPECT_EQ(seatLabels(6, oddEven), strings({"5", "3", "1", "2", "4", "6"}));

    // A centre block numbered from 101.
    SeatLabelOptions centre;
    centre.firstNumber = 101;
    EXPECT_EQ(seatLabels(3, centre), strings({"101", "102", "103"}));
    centre.scheme = SeatLabelOptions::Scheme::OddEven;
    EXPECT_EQ(seatLabels(4, centre), strings({"104", "102", "101", "103"}));

    EXPECT_TRUE(seatLabels(0).isEmpty());
    // Every scheme gives distinct labels.
    for (auto scheme : {SeatLabelOptions::Scheme::LeftToRight, SeatLabelOptions::Scheme::RightToLeft,
                        SeatLabelOptions::Scheme::OddEven}) {
        SeatLabelOptions options;
        options.scheme = scheme;
        const QStringList labels = seatLabels(31, options);
        EXPECT_EQ(QSet<QString>(labels.cbegin(), labels.cend()).size(), 31);
    }
}

TEST(Blocks, AStraightBlockIsValidStaggeredAndTurned)
{
    StraightBlockOptions options;
    options.sectionId = QStringLiteral("stalls");
    options.sectionName = QStringLiteral("Stalls");
    options.origin = {-6.0, 0.0};
    options.rows = 10;
    options.seatsPerRow = 12;
    options.stagger = true;
    options.categoryId = QStringLiteral("std");
    auto block = makeStraightBlock(options);
    ASSERT_TRUE(block) << block.error().toString().toStdString();
    ASSERT_EQ(block->rows.size(), 10);
    EXPECT_EQ(block->rows.at(8).label, QStringLiteral("J")); // no I
    EXPECT_EQ(block->rows.first().seats.first().id, QStringLiteral("stalls-A-1"));
    EXPECT_DOUBLE_EQ(block->rows.at(0).seats.first().position.x, -6.0);
    EXPECT_DOUBLE_EQ(block->rows.at(1).seats.first().position.x, -6.0 + options.seatPitch / 2.0); // staggered
    EXPECT_DOUBLE_EQ(block->rows.at(1).seats.first().position.y, options.rowPitch);
    EXPECT_TRUE(validateLayout(layoutOf({*block})).isEmpty()) << problems(layoutOf({*block}));

    // Turned by 90 degrees, the rows run down the screen and every distance stays.
    options.rotationDegrees = 90.0;
    options.stagger = false;
    auto turned = makeStraightBlock(options);
    ASSERT_TRUE(turned);
    EXPECT_NEAR(turned->rows.at(0).seats.at(1).position.x, -6.0, 1e-9);
    EXPECT_NEAR(turned->rows.at(0).seats.at(1).position.y, options.seatPitch, 1e-9);
    EXPECT_NEAR(turned->rows.at(1).seats.at(0).position.x, -6.0 - options.rowPitch, 1e-9);

    options.rowPitch = 0.5;
    EXPECT_EQ(makeStraightBlock(options).error().where, QStringLiteral("rowPitch"));
    options.rowPitch = 1.6;
    options.sectionId = QStringLiteral("bad id");
    EXPECT_EQ(makeStraightBlock(options).error().where, QStringLiteral("sectionId"));
}

TEST(Blocks, ACurvedBlockGrowsWithItsRadiusAndStaysOnItsArcs)
{
    CurvedBlockOptions options;
    options.sectionId = QStringLiteral("circle");
    options.sectionName = QStringLiteral("Circle");
    options.centre = {0.0, -10.0};
    options.firstRadius = 12.0;
    options.rows = 8;
    options.spanDegrees = 70.0;
    options.categoryId = QStringLiteral("std");
    options.seatLabels.scheme = SeatLabelOptions::Scheme::OddEven;
    auto block = makeCurvedBlock(options);
    ASSERT_TRUE(block) << block.error().toString().toStdString();
    ASSERT_EQ(block->rows.size(), 8);
    for (qsizetype r = 0; r < block->rows.size(); ++r) {
        const Row &row = block->rows.at(r);
        EXPECT_EQ(row.kind, RowKind::Curved);
        EXPECT_DOUBLE_EQ(row.radius, options.firstRadius + r * options.rowPitch);
        for (const Seat &seat : row.seats)
            EXPECT_NEAR(distance(seat.position, options.centre), row.radius, 1e-9);
        if (r > 0) {
            EXPECT_GE(row.seats.size(), block->rows.at(r - 1).seats.size()) << "row " << r;
        }
    }
    EXPECT_GT(block->rows.last().seats.size(), block->rows.first().seats.size()) << "seats grow with the radius";
    // Odd/even: seat 1 is just right of the centre line.
    const Row &front = block->rows.first();
    const qsizetype one = front.seats.indexOf(*std::find_if(front.seats.cbegin(), front.seats.cend(),
                                                            [](const Seat &s) { return s.label == QLatin1String("1"); }));
    EXPECT_GE(front.seats.at(one).position.x, -1e-9);
    EXPECT_TRUE(validateLayout(layoutOf({*block})).isEmpty()) << problems(layoutOf({*block}));

    // A balcony of 2,000 seats in one call, still valid.
    options.rows = 25;
    options.firstRadius = 20.0;
    options.spanDegrees = 120.0;
    options.rowPitch = 1.2;
    options.sectionId = QStringLiteral("balcony");
    auto big = makeCurvedBlock(options);
    ASSERT_TRUE(big);
    qsizetype seats = 0;
    for (const Row &row : big->rows)
        seats += row.seats.size();
    EXPECT_GT(seats, 1500);
    EXPECT_TRUE(validateLayout(layoutOf({*big})).isEmpty()) << problems(layoutOf({*big}));

    options.spanDegrees = 0.0;
    EXPECT_EQ(makeCurvedBlock(options).error().where, QStringLiteral("spanDegrees"));
    options.spanDegrees = 60.0;
    options.firstRadius = 0.3;
    EXPECT_EQ(makeCurvedBlock(options).error().where, QStringLiteral("firstRadius"));
}

TEST(Rows, ARowBetweenTwoPointsStraightOrCurved)
{
    auto straight = makeRowBetween(QStringLiteral("r"), QStringLiteral("A"), {0.0, 0.0}, {9.0, 0.0}, 10);
    ASSERT_TRUE(straight) << straight.error().toString().toStdString();
    EXPECT_EQ(straight->kind, RowKind::Straight);
    EXPECT_NEAR(straight->seats.last().position.x, 9.0, 1e-9);
    EXPECT_EQ(straight->seats.at(4).id, QStringLiteral("r-5"));

    // Bowing away from the stage: both ends where asked, the middle further back, even spacing.
    auto bowed = makeRowBetween(QStringLiteral("b"), QStringLiteral("B"), {0.0, 0.0}, {12.0, 0.0}, 11, 0.3);
    ASSERT_TRUE(bowed) << bowed.error().toString().toStdString();
    EXPECT_EQ(bowed->kind, RowKind::Curved);
    EXPECT_NEAR(distance(bowed->seats.first().position, {0.0, 0.0}), 0.0, 1e-9);
    EXPECT_NEAR(distance(bowed->seats.last().position, {12.0, 0.0}), 0.0, 1e-9);
    EXPECT_NEAR(bowed->seats.at(5).position.y, 0.3 * 6.0, 1e-9); // the sagitta
    EXPECT_NEAR(bowed->seats.at(5).position.x, 6.0, 1e-9);
    const double gap = distance(bowed->seats.at(0).position, bowed->seats.at(1).position);
    for (qsizetype i = 1; i + 1 < bowed->seats.size(); ++i)
        EXPECT_NEAR(distance(bowed->seats.at(i).position, bowed->seats.at(i + 1).position), gap, 1e-9);
    for (const Seat &seat : bowed->seats)
        EXPECT_NEAR(distance(seat.position, bowed->centre), bowed->radius, 1e-9);
    auto towards = makeRowBetween(QStringLiteral("c"), QStringLiteral("C"), {0.0, 0.0}, {12.0, 0.0}, 11, -0.3);
    ASSERT_TRUE(towards);
    EXPECT_NEAR(towards->seats.at(5).position.y, -1.8, 1e-9);

    EXPECT_EQ(makeRowBetween(QStringLiteral("r"), QStringLiteral("A"), {0.0, 0.0}, {3.0, 0.0}, 10).error().where,
              QStringLiteral("spacing"));
    EXPECT_EQ(makeRowBetween(QStringLiteral("r"), QStringLiteral("A"), {0.0, 0.0}, {3.0, 0.0}, 10, 0.5).error().where,
              QStringLiteral("count"));
    EXPECT_EQ(makeRowBetween(QStringLiteral("r"), QStringLiteral("A"), {0.0, 0.0}, {30.0, 0.0}, 0).error().where,
              QStringLiteral("count"));
}

TEST(Edits, RenumberingKeepsIdsAndMovingAndTurningKeepDistances)
{
    StraightBlockOptions options;
    options.sectionId = QStringLiteral("s");
    options.rows = 3;
    options.seatsPerRow = 6;
    options.categoryId = QStringLiteral("std");
    Section section = *makeStraightBlock(options);
    const QString firstId = section.rows.first().seats.first().id;

    SeatLabelOptions oddEven;
    oddEven.scheme = SeatLabelOptions::Scheme::OddEven;
    renumberSeats(section.rows[0], oddEven);
    EXPECT_EQ(section.rows[0].seats.first().label, QStringLiteral("6"));
    EXPECT_EQ(section.rows[0].seats.first().id, firstId) << "sold seats stay the same seats";
    RowLabelOptions numbers;
    numbers.style = RowLabelOptions::Style::Numbers;
    renumberRows(section, numbers);
    EXPECT_EQ(section.rows.last().label, QStringLiteral("3"));

    Layout layout = layoutOf({section});
    const LayoutPoint before = layout.sections[0].rows[1].seats[2].position;
    moveSeats(layout, {layout.sections[0].rows[1].seats[2].id}, 0.5, -0.25);
    EXPECT_DOUBLE_EQ(layout.sections[0].rows[1].seats[2].position.x, before.x + 0.5);
    EXPECT_DOUBLE_EQ(layout.sections[0].rows[1].seats[2].position.y, before.y - 0.25);
    EXPECT_EQ(layout.sections[0].rows[1].seats[3].position, section.rows[1].seats[3].position);

    // A curved row moved whole keeps its arc; a turned section keeps every distance.
    CurvedBlockOptions curved;
    curved.sectionId = QStringLiteral("c");
    curved.centre = {0.0, -10.0};
    curved.firstRadius = 10.0;
    curved.rows = 2;
    curved.categoryId = QStringLiteral("std");
    Layout arcs = layoutOf({*makeCurvedBlock(curved)});
    QSet<QString> all;
    arcs.forEachSeat([&all](const Section &, const Row &, const Seat &seat) { all.insert(seat.id); });
    moveSeats(arcs, all, 3.0, 4.0);
    EXPECT_EQ(arcs.sections[0].rows[0].centre, (LayoutPoint{3.0, -6.0}));
    EXPECT_TRUE(validateLayout(arcs).isEmpty()) << problems(arcs);

    Section turned = arcs.sections[0];
    const LayoutPoint pivot = sectionCentre(turned);
    rotateSection(turned, 33.0, pivot);
    for (qsizetype r = 0; r < turned.rows.size(); ++r) {
        const Row &a = arcs.sections[0].rows[r];
        const Row &b = turned.rows[r];
        EXPECT_NEAR(distance(b.centre, pivot), distance(a.centre, pivot), 1e-9);
        for (qsizetype i = 0; i + 1 < a.seats.size(); ++i) {
            EXPECT_NEAR(distance(b.seats[i].position, b.seats[i + 1].position),
                        distance(a.seats[i].position, a.seats[i + 1].position), 1e-9);
            EXPECT_NEAR(distance(b.seats[i].position, b.centre), b.radius, 1e-9);
        }
    }
    rotateSection(turned, -33.0, pivot);
    for (qsizetype i = 0; i < turned.rows[0].seats.size(); ++i)
        EXPECT_NEAR(distance(turned.rows[0].seats[i].position, arcs.sections[0].rows[0].seats[i].position), 0.0, 1e-9);
}
