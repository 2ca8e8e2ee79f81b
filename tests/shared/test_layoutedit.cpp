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

// --- the studio's edits on a selection ---

namespace {

// Two straight blocks (stalls, circle), an aisle, a text and a screen: valid.
Layout studioLayout()
{
    StraightBlockOptions stalls;
    stalls.sectionId = QStringLiteral("stalls");
    stalls.sectionName = QStringLiteral("Stalls");
    stalls.rows = 3;
    stalls.seatsPerRow = 5;
    stalls.categoryId = QStringLiteral("std");
    stalls.origin = {0.0, 2.0};
    StraightBlockOptions circle = stalls;
    circle.sectionId = QStringLiteral("circle");
    circle.sectionName = QStringLiteral("Circle");
    circle.origin = {0.0, 12.0};
    Layout layout = layoutOf({*makeStraightBlock(stalls), *makeStraightBlock(circle)});
    layout.aisles = {Aisle{QStringLiteral("aisle-1"), QStringLiteral("Aisle"), {-2.0, 2.0}, {-2.0, 10.0}, 1.0}};
    layout.labels = {TextLabel{QStringLiteral("text-1"), QStringLiteral("Circle"), {2.0, 10.0}, 1.2}};
    return layout;
}

QSet<QString> seatIdsOf(const Row &row)
{
    QSet<QString> ids;
    for (const Seat &seat : row.seats)
        ids.insert(seat.id);
    return ids;
}

QSet<QString> allSeatIds(const Layout &layout)
{
    QSet<QString> ids;
    layout.forEachSeat([&ids](const Section &, const Row &, const Seat &seat) { ids.insert(seat.id); });
    return ids;
}

} // namespace

TEST(Selection, MovingMovesSeatsAislesTextsAndTheStageAndKeepsArcsOfWholeRows)
{
    Layout layout = studioLayout();
    const Layout before = layout;
    const QString seat = layout.sections[0].rows[0].seats[0].id;
    moveElements(layout, {seat, QStringLiteral("aisle-1"), QStringLiteral("text-1"), stageElementId(), QStringLiteral("nope")}, 1.5, -0.5);
    EXPECT_EQ(layout.sections[0].rows[0].seats[0].position, (LayoutPoint{before.sections[0].rows[0].seats[0].position.x + 1.5, 1.5}));
    EXPECT_EQ(layout.sections[0].rows[0].seats[1].position, before.sections[0].rows[0].seats[1].position);
    EXPECT_EQ(layout.aisles[0].from, (LayoutPoint{-0.5, 1.5}));
    EXPECT_EQ(layout.aisles[0].to, (LayoutPoint{-0.5, 9.5}));
    EXPECT_EQ(layout.labels[0].position, (LayoutPoint{3.5, 9.5}));
    EXPECT_EQ(layout.stage.position, (LayoutPoint{1.5, -12.5}));
    // Rows the move did not touch still share their seats with the layout before it.
    EXPECT_TRUE(layout.sections[1].rows[0].seats.isSharedWith(before.sections[1].rows[0].seats));
    EXPECT_FALSE(layout.sections[0].rows[0].seats.isSharedWith(before.sections[0].rows[0].seats));

    CurvedBlockOptions curved;
    curved.sectionId = QStringLiteral("c");
    curved.centre = {0.0, -10.0};
    curved.firstRadius = 10.0;
    curved.rows = 2;
    curved.categoryId = QStringLiteral("std");
    Layout arcs = layoutOf({*makeCurvedBlock(curved)});
    const Row front = arcs.sections[0].rows[0];
    QSet<QString> part{front.seats[0].id};
    moveElements(arcs, part, 0.0, 1.0);
    EXPECT_EQ(arcs.sections[0].rows[0].centre, front.centre) << "a row moved in part keeps its arc";
    moveElements(arcs, seatIdsOf(arcs.sections[0].rows[1]), 0.0, 1.0);
    EXPECT_EQ(arcs.sections[0].rows[1].centre, (LayoutPoint{0.0, -9.0}));
}

TEST(Selection, RotatingTurnsAboutTheCentreAndBack)
{
    Layout layout = studioLayout();
    const Layout before = layout;
    QSet<QString> ids = seatIdsOf(layout.sections[0].rows[0]);
    ids.insert(QStringLiteral("text-1"));
    const std::optional<LayoutPoint> centre = selectionCentre(layout, ids);
    ASSERT_TRUE(centre.has_value());
    EXPECT_NEAR(centre->x, 2.2, 1e-9); // seats 0..4.4 and the text at 2
    EXPECT_NEAR(centre->y, 6.0, 1e-9); // the row at 2, the text at 10
    rotateElements(layout, ids, 90.0, *centre);
    // Clockwise on screen: (x, y) - centre turns to (-(y - cy), x - cx).
    EXPECT_NEAR(layout.sections[0].rows[0].seats[0].position.x, centre->x + 4.0, 1e-9);
    EXPECT_NEAR(layout.sections[0].rows[0].seats[0].position.y, centre->y - 2.2, 1e-9);
    EXPECT_NEAR(layout.labels[0].position.x, centre->x - 4.0, 1e-9);
    EXPECT_EQ(layout.labels[0].size, before.labels[0].size);
    rotateElements(layout, ids, -90.0, *centre);
    for (qsizetype i = 0; i < before.sections[0].rows[0].seats.size(); ++i)
        EXPECT_NEAR(distance(layout.sections[0].rows[0].seats[i].position, before.sections[0].rows[0].seats[i].position), 0.0, 1e-9);
    EXPECT_FALSE(selectionCentre(layout, {QStringLiteral("unknown")}).has_value());
}

TEST(Selection, AlignLinesUpRowsAndDistributeSpacesThemEvenly)
{
    StraightBlockOptions options;
    options.sectionId = QStringLiteral("s");
    options.rows = 4;
    options.seatsPerRow = 6;
    options.stagger = true; // rows 1 and 3 start half a seat to the right
    options.categoryId = QStringLiteral("std");
    Layout layout = layoutOf({*makeStraightBlock(options)});
    const QSet<QString> all = allSeatIds(layout);
    alignElements(layout, all, AlignEdge::Left);
    for (const Row &row : layout.sections[0].rows)
        EXPECT_DOUBLE_EQ(row.seats.first().position.x, 0.0) << row.label.toStdString();
    EXPECT_DOUBLE_EQ(layout.sections[0].rows[1].seats[1].position.x, 1.1) << "a row moves as a whole";
    options.stagger = true;
    Layout right = layoutOf({*makeStraightBlock(options)});
    alignElements(right, all, AlignEdge::Right);
    for (const Row &row : right.sections[0].rows)
        EXPECT_DOUBLE_EQ(row.seats.last().position.x, 5.5 + 0.55);

    // Rows at y 0, 1.6, 3.2, 10: distributed vertically they stand 10/3 apart.
    moveElements(layout, seatIdsOf(layout.sections[0].rows[3]), 0.0, 10.0 - 4.8);
    distributeElements(layout, all, DistributeAxis::Vertical);
    for (qsizetype r = 0; r < 4; ++r)
        EXPECT_NEAR(layout.sections[0].rows[r].seats[0].position.y, r * 10.0 / 3.0, 1e-9);
    // Two units: nothing to distribute.
    Layout two = layout;
    distributeElements(two, seatIdsOf(layout.sections[0].rows[0]) | seatIdsOf(layout.sections[0].rows[3]),
                       DistributeAxis::Vertical);
    EXPECT_EQ(two, layout);
    // Top and bottom with a text among the rows.
    Layout withText = studioLayout();
    alignElements(withText, seatIdsOf(withText.sections[0].rows[2]) | QSet<QString>{QStringLiteral("text-1")}, AlignEdge::Top);
    EXPECT_DOUBLE_EQ(withText.labels[0].position.y, 5.2);
}

TEST(Selection, DeletingRemovesEmptiedRowsAndSectionsAislesAndTexts)
{
    Layout layout = studioLayout();
    QSet<QString> ids = seatIdsOf(layout.sections[1].rows[0]) | seatIdsOf(layout.sections[1].rows[1])
                        | seatIdsOf(layout.sections[1].rows[2]);
    ids.insert(layout.sections[0].rows[0].seats[2].id);
    ids.insert(QStringLiteral("aisle-1"));
    ids.insert(QStringLiteral("text-1"));
    ids.insert(stageElementId()); // the stage stays
    EXPECT_EQ(removeElements(layout, ids), 15 + 1 + 2);
    ASSERT_EQ(layout.sections.size(), 1);
    EXPECT_EQ(layout.sections[0].rows[0].seats.size(), 4);
    EXPECT_TRUE(layout.aisles.isEmpty());
    EXPECT_TRUE(layout.labels.isEmpty());
    EXPECT_EQ(layout.stage, studioLayout().stage);
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << problems(layout);
    EXPECT_EQ(removeElements(layout, {QStringLiteral("nothing")}), 0);
}

TEST(Selection, CopyAndPasteGiveFreshIdsAndKeepLabels)
{
    Layout layout = studioLayout();
    const QSet<QString> row = seatIdsOf(layout.sections[0].rows[1]);
    const Layout fragment = copyElements(layout, row | QSet<QString>{QStringLiteral("text-1")});
    ASSERT_EQ(fragment.sections.size(), 1);
    EXPECT_EQ(fragment.sections[0].rows.size(), 1);
    EXPECT_EQ(fragment.seatCount(), 5);
    EXPECT_EQ(fragment.categories.size(), 1);
    EXPECT_EQ(fragment.labels.size(), 1);

    const QSet<QString> before = elementIds(layout);
    const QSet<QString> added = pasteElements(layout, fragment, 0.0, 30.0);
    EXPECT_EQ(added.size(), 6);
    EXPECT_FALSE(added.intersects(before)) << "fresh ids";
    ASSERT_EQ(layout.sections.size(), 3);
    EXPECT_EQ(layout.sections[2].name, QStringLiteral("Stalls 2"));
    EXPECT_EQ(layout.sections[2].rows[0].label, QStringLiteral("B"));
    EXPECT_EQ(layout.sections[2].rows[0].seats[0].label, QStringLiteral("1"));
    EXPECT_DOUBLE_EQ(layout.sections[2].rows[0].seats[0].position.y, 3.6 + 30.0);
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << problems(layout);
    // Pasted twice more: still fresh, still valid.
    pasteElements(layout, fragment, 0.0, 40.0);
    pasteElements(layout, fragment, 0.0, 50.0);
    EXPECT_EQ(layout.sections.last().name, QStringLiteral("Stalls 4"));
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << problems(layout);

    // Into another layout: a category it lacks comes along.
    Layout other;
    other.name = QStringLiteral("Other");
    other.categories = {Category{QStringLiteral("vip"), QStringLiteral("VIP"), QStringLiteral("#aa0000")}};
    pasteElements(other, fragment, 0.0, 0.0);
    EXPECT_EQ(other.categories.size(), 2);
    EXPECT_EQ(other.sections[0].rows[0].seats[0].categoryId, QStringLiteral("std"));
    EXPECT_TRUE(validateLayout(other).isEmpty()) << problems(other);
}

TEST(Selection, CategoriesFlagsAndRenumberingOfASelection)
{
    Layout layout = studioLayout();
    const QSet<QString> row = seatIdsOf(layout.sections[0].rows[0]);
    layout.categories.append(Category{QStringLiteral("vip"), QStringLiteral("VIP"), QStringLiteral("#aa0000")});
    EXPECT_EQ(setSeatsCategory(layout, row, QStringLiteral("vip")), 5);
    EXPECT_EQ(setSeatsCategory(layout, row, QStringLiteral("vip")), 0);
    EXPECT_EQ(layout.sections[0].rows[0].seats[4].categoryId, QStringLiteral("vip"));
    EXPECT_EQ(setSeatsFlag(layout, {layout.sections[0].rows[0].seats[0].id}, SeatFlag::Wheelchair, true), 1);
    EXPECT_EQ(setSeatsFlag(layout, row, SeatFlag::Blocked, true), 5);
    EXPECT_EQ(layout.sections[0].rows[0].seats[0].flags, SeatFlags(SeatFlag::Wheelchair | SeatFlag::Blocked));
    EXPECT_EQ(setSeatsFlag(layout, row, SeatFlag::Blocked, false), 5);

    // Rows 2 and 3 of the stalls and three seats of the circle's front row.
    QSet<QString> picked = seatIdsOf(layout.sections[0].rows[1]) | seatIdsOf(layout.sections[0].rows[2]);
    const QStringList ids = {layout.sections[1].rows[0].seats[1].id, layout.sections[1].rows[0].seats[2].id,
                             layout.sections[1].rows[0].seats[3].id};
    picked.unite(QSet<QString>(ids.cbegin(), ids.cend()));
    RowLabelOptions numbers;
    numbers.style = RowLabelOptions::Style::Numbers;
    numbers.firstNumber = 10;
    SeatLabelOptions oddEven;
    oddEven.scheme = SeatLabelOptions::Scheme::OddEven;
    oddEven.firstNumber = 101;
    renumberElements(layout, picked, &numbers, &oddEven);
    EXPECT_EQ(layout.sections[0].rows[0].label, QStringLiteral("A")) << "not selected";
    EXPECT_EQ(layout.sections[0].rows[1].label, QStringLiteral("10"));
    EXPECT_EQ(layout.sections[0].rows[2].label, QStringLiteral("11"));
    EXPECT_EQ(layout.sections[1].rows[0].label, QStringLiteral("10"));
    QStringList labels;
    for (const Seat &seat : layout.sections[0].rows[1].seats)
        labels.append(seat.label);
    EXPECT_EQ(labels, strings({"104", "102", "101", "103", "105"}));
    labels.clear();
    for (const Seat &seat : layout.sections[1].rows[0].seats)
        labels.append(seat.label);
    EXPECT_EQ(labels, strings({"1", "102", "101", "103", "5"}));
    EXPECT_EQ(layout.sections[1].rows[0].seats[1].id, ids[0]) << "ids are kept";
    renumberElements(layout, picked, nullptr, nullptr); // nothing asked, nothing done
    EXPECT_EQ(layout.sections[0].rows[1].label, QStringLiteral("10"));
}

TEST(Selection, RowsAndSectionsOfSelectedSeats)
{
    const Layout layout = studioLayout();
    const QString seat = layout.sections[1].rows[2].seats[3].id;
    EXPECT_EQ(seatsOfRows(layout, {seat}), seatIdsOf(layout.sections[1].rows[2]));
    EXPECT_EQ(seatsOfSections(layout, {seat}).size(), 15);
    EXPECT_TRUE(seatsOfRows(layout, {QStringLiteral("aisle-1")}).isEmpty());
}

TEST(Labels, ByHandWithClearErrorsForBadInput)
{
    Layout layout = studioLayout();
    const Layout before = layout;
    const QString seat = layout.sections[0].rows[0].seats[0].id;
    EXPECT_TRUE(setSeatLabel(layout, seat, QStringLiteral("1a")));
    EXPECT_EQ(layout.sections[0].rows[0].seats[0].label, QStringLiteral("1a"));
    EXPECT_EQ(layout.sections[0].rows[0].seats[0].id, seat);
    EXPECT_TRUE(setRowLabel(layout, QStringLiteral("stalls-B"), QStringLiteral("BB")));
    EXPECT_TRUE(setSectionName(layout, QStringLiteral("circle"), QStringLiteral("Dress circle")));
    EXPECT_EQ(layout.sections[1].name, QStringLiteral("Dress circle"));

    Layout unchanged = layout;
    for (const QString &bad : {QString(), QStringLiteral("   "), QStringLiteral("a\nb"), QString(33, u'x')}) {
        const Status status = setSeatLabel(layout, seat, bad);
        EXPECT_FALSE(status);
        EXPECT_EQ(status.error().code, ErrorCode::InvalidValue);
        EXPECT_EQ(setRowLabel(layout, QStringLiteral("stalls-A"), bad).error().code, ErrorCode::InvalidValue);
    }
    EXPECT_EQ(setSectionName(layout, QStringLiteral("stalls"), QString(101, u'x')).error().code, ErrorCode::InvalidValue);
    EXPECT_EQ(setSeatLabel(layout, QStringLiteral("nope"), QStringLiteral("1")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(setRowLabel(layout, QStringLiteral("nope"), QStringLiteral("A")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(setSectionName(layout, QStringLiteral("nope"), QStringLiteral("A")).error().code, ErrorCode::NotFound);
    EXPECT_EQ(layout, unchanged) << "bad input changes nothing";
    EXPECT_NE(layout, before);
}

TEST(Labels, BestRowsAreMarkedAndUnmarkedAllOrNothing)
{
    Layout layout = studioLayout();
    const QString a = layout.sections[0].rows[0].id;
    const QString b = layout.sections[0].rows[1].id;
    for (const Section &section : layout.sections) {
        for (const Row &row : section.rows)
            EXPECT_FALSE(row.best) << "the test layout marks no best rows";
    }
    EXPECT_TRUE(setRowsBest(layout, {a, b}, true));
    EXPECT_TRUE(layout.sections[0].rows[0].best);
    EXPECT_TRUE(layout.sections[0].rows[1].best);
    EXPECT_FALSE(layout.sections[0].rows[2].best);
    const Layout marked = layout;
    const Status unknown = setRowsBest(layout, {a, QStringLiteral("nope")}, false);
    EXPECT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    EXPECT_EQ(layout, marked) << "an unknown row changes nothing";
    EXPECT_TRUE(setRowsBest(layout, {a}, false));
    EXPECT_FALSE(layout.sections[0].rows[0].best);
    EXPECT_TRUE(layout.sections[0].rows[1].best);
}

TEST(Categories, AddRenameRecolourAndRemoveOnlyWhenUnused)
{
    Layout layout = studioLayout();
    const Result<QString> id = addCategory(layout, QStringLiteral("Premium Plus"), QStringLiteral("#123456"));
    ASSERT_TRUE(id);
    EXPECT_EQ(*id, QStringLiteral("premium-plus"));
    const Result<QString> again = addCategory(layout, QStringLiteral("Premium plus"), QStringLiteral("#654321"));
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, QStringLiteral("premium-plus-2"));
    EXPECT_EQ(addCategory(layout, QStringLiteral("X"), QStringLiteral("red")).error().code, ErrorCode::InvalidValue);
    EXPECT_EQ(addCategory(layout, QString(), QStringLiteral("#000000")).error().code, ErrorCode::InvalidValue);
    EXPECT_TRUE(renameCategory(layout, *id, QStringLiteral("Gold")));
    EXPECT_TRUE(recolourCategory(layout, *id, QStringLiteral("#ffd700")));
    EXPECT_EQ(layout.category(*id)->name, QStringLiteral("Gold"));
    EXPECT_EQ(layout.category(*id)->colour, QStringLiteral("#ffd700"));
    EXPECT_EQ(recolourCategory(layout, *id, QStringLiteral("#ffd70")).error().code, ErrorCode::InvalidValue);
    EXPECT_EQ(renameCategory(layout, QStringLiteral("nope"), QStringLiteral("A")).error().code, ErrorCode::NotFound);
    const Status used = removeCategory(layout, QStringLiteral("std"));
    EXPECT_EQ(used.error().code, ErrorCode::InvalidValue) << "30 seats use it";
    EXPECT_TRUE(removeCategory(layout, *again));
    EXPECT_EQ(layout.categories.size(), 2);
    while (layout.categories.size() < LayoutLimits::MaxCategories)
        ASSERT_TRUE(addCategory(layout, QStringLiteral("C"), QStringLiteral("#000000")));
    EXPECT_EQ(addCategory(layout, QStringLiteral("One too many"), QStringLiteral("#000000")).error().code,
              ErrorCode::TooManyItems);
}

TEST(Drawing, ASingleSeatJoinsItsRowOrStartsOne)
{
    Layout layout = studioLayout();
    // Beside the end of the stalls' front row (seats at x 0 .. 4.4, y 2).
    const Result<QString> joined = addSeat(layout, {5.5, 2.0}, QStringLiteral("std"));
    ASSERT_TRUE(joined);
    const Row &front = layout.sections[0].rows[0];
    ASSERT_EQ(front.seats.size(), 6);
    EXPECT_EQ(front.seats.last().id, *joined);
    EXPECT_EQ(front.seats.last().label, QStringLiteral("6"));
    // Before the front row's first seat: first in the row's order, numbered after the highest.
    const Result<QString> leftmost = addSeat(layout, {-1.1, 2.0}, QStringLiteral("std"));
    ASSERT_TRUE(leftmost);
    EXPECT_EQ(layout.sections[0].rows[0].seats.first().id, *leftmost);
    EXPECT_EQ(layout.sections[0].rows[0].seats.first().label, QStringLiteral("7"));
    // Three units in front of the stalls: a new row of the stalls, first in the section's order.
    const Result<QString> ahead = addSeat(layout, {2.0, -1.0}, QStringLiteral("std"));
    ASSERT_TRUE(ahead);
    EXPECT_EQ(layout.sections[0].rows.size(), 4);
    EXPECT_EQ(layout.sections[0].rows[0].seats[0].id, *ahead);
    EXPECT_EQ(layout.sections[0].rows[0].label, QStringLiteral("D"));
    // Far from everything: a section of its own.
    const Result<QString> alone = addSeat(layout, {40.0, 40.0}, QStringLiteral("std"));
    ASSERT_TRUE(alone);
    EXPECT_EQ(layout.sections.size(), 3);
    EXPECT_EQ(layout.sections.last().name, QStringLiteral("Section"));
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << problems(layout);
    EXPECT_EQ(addSeat(layout, {qInf(), 0.0}, QStringLiteral("std")).error().code, ErrorCode::InvalidValue);
}

TEST(Drawing, ARowJoinsTheSectionItComesNearInOrderFromTheStage)
{
    Layout layout = studioLayout();
    // Between the stalls' rows B (y 3.6) and C (y 5.2) there is no room; behind C (y 6.8) there is.
    Result<Row> row = makeRowBetween(QStringLiteral("tmp"), QStringLiteral("?"), {0.0, 6.8}, {4.4, 6.8}, 5, 0.0, {},
                                     QStringLiteral("std"));
    ASSERT_TRUE(row);
    const Result<QString> id = addRow(layout, *row);
    ASSERT_TRUE(id);
    ASSERT_EQ(layout.sections[0].rows.size(), 4);
    EXPECT_EQ(layout.sections[0].rows[3].id, *id);
    EXPECT_EQ(layout.sections[0].rows[3].label, QStringLiteral("D"));
    EXPECT_EQ(layout.sections[0].rows[3].seats[0].id, *id + QStringLiteral("-1"));
    // One in front of the stalls goes first.
    row = makeRowBetween(QStringLiteral("tmp"), QStringLiteral("?"), {0.0, 0.4}, {4.4, 0.4}, 5, 0.0, {}, QStringLiteral("std"));
    const Result<QString> front = addRow(layout, *row);
    ASSERT_TRUE(front);
    EXPECT_EQ(layout.sections[0].rows[0].id, *front);
    EXPECT_EQ(layout.sections[0].rows[0].label, QStringLiteral("E"));
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << problems(layout);
    EXPECT_FALSE(addRow(layout, Row{}));
}

TEST(Drawing, SectionsAisleAndTextsGetFreshIdsAndChecks)
{
    Layout layout = studioLayout();
    StraightBlockOptions options;
    options.sectionId = QStringLiteral("stalls"); // taken: gets a fresh one
    options.sectionName = QStringLiteral("Stalls");
    options.origin = {20.0, 2.0};
    options.rows = 2;
    options.seatsPerRow = 3;
    options.categoryId = QStringLiteral("std");
    const QString id = addSection(layout, *makeStraightBlock(options));
    EXPECT_NE(id, QStringLiteral("stalls"));
    EXPECT_EQ(layout.sections.last().name, QStringLiteral("Stalls 2"));
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << problems(layout);
    const QString fresh = freshSectionId(layout);
    for (const QString &used : elementIds(layout))
        EXPECT_FALSE(used == fresh || used.startsWith(fresh + u'-')) << used.toStdString();

    const Result<QString> aisle = addAisle(layout, {10.0, 0.0}, {10.0, 20.0}, 1.5, QStringLiteral("Centre"));
    ASSERT_TRUE(aisle);
    EXPECT_EQ(layout.aisles.last().name, QStringLiteral("Centre"));
    EXPECT_EQ(addAisle(layout, {0, 0}, {1, 1}, 0.0).error().code, ErrorCode::InvalidValue);
    const Result<QString> text = addTextLabel(layout, QStringLiteral("Exit"), {0.0, 30.0}, 1.0);
    ASSERT_TRUE(text);
    EXPECT_NE(*text, QStringLiteral("text-1"));
    EXPECT_TRUE(setTextLabel(layout, *text, QStringLiteral("Way out"), 2.0));
    EXPECT_EQ(layout.labels.last().text, QStringLiteral("Way out"));
    EXPECT_EQ(setTextLabel(layout, *text, QStringLiteral("Way out"), 0.0).error().code, ErrorCode::InvalidValue);
    EXPECT_EQ(setTextLabel(layout, QStringLiteral("nope"), QStringLiteral("x"), 1.0).error().code, ErrorCode::NotFound);
    EXPECT_EQ(addTextLabel(layout, QStringLiteral(" "), {0, 0}, 1.0).error().code, ErrorCode::InvalidValue);
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << problems(layout);
    EXPECT_EQ(uniqueElementId({QStringLiteral("a"), QStringLiteral("a-2")}, QStringLiteral("a")), QStringLiteral("a-3"));
    EXPECT_EQ(uniqueElementId({QString(64, u'x')}, QString(64, u'x')).size(), 64);
}

TEST(Blocks, ACurveInsteadOfARadius)
{
    CurvedBlockOptions options;
    options.sectionId = QStringLiteral("c");
    options.rows = 3;
    options.categoryId = QStringLiteral("std");
    ASSERT_TRUE(setCurvedBlockCurve(options, 1.0, 21));
    EXPECT_NEAR(options.spanDegrees, 180.0, 1e-9) << "a curve of 1 is a half circle";
    const Section section = *makeCurvedBlock(options);
    EXPECT_EQ(section.rows[0].seats.size(), 21);
    EXPECT_GT(section.rows[2].seats.size(), 21);
    EXPECT_TRUE(validateLayout(layoutOf({section})).isEmpty()) << problems(layoutOf({section}));
    ASSERT_TRUE(setCurvedBlockCurve(options, 0.25, 12));
    EXPECT_EQ(makeCurvedBlock(options)->rows[0].seats.size(), 12);
    const CurvedBlockOptions kept = options;
    EXPECT_FALSE(setCurvedBlockCurve(options, 0.0, 12));
    EXPECT_FALSE(setCurvedBlockCurve(options, 1.5, 12));
    EXPECT_FALSE(setCurvedBlockCurve(options, 0.5, 1));
    EXPECT_EQ(options.firstRadius, kept.firstRadius);
}
