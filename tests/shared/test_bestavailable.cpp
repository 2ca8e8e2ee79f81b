// Best-available seats and the no-orphan rule (shared/bestavailable.h): blocks split at gaps and
// aisles, scores, wheelchair spaces and companions, splits over rows, stranded(); property tests
// over random occupancy against independent references (a subset brute force on small plans, a
// run count on the 5,000-seat hall, a window brute force on single rows).
#include "bestavailable.h"
#include "layout.h"
#include "printers.h"
#include "testlayouts.h"

#include <gtest/gtest.h>

#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <initializer_list>
#include <vector>

using namespace Marquee;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

std::string text(const QStringList &ids)
{
    return "[" + ids.join(QStringLiteral(", ")).toStdString() + "]";
}

// A straight row of `count` seats at y, spaced 1.0 from x0, with a wider gap (`gap` from seat to
// seat) after the seats whose 0-based order is in `gapsAfter`. Ids "<id>-1".. from the left.
Row straightRow(const QString &id, int count, double y, double x0 = 0.0, const QList<int> &gapsAfter = {},
                double gap = 3.0)
{
    Row row;
    row.id = id;
    row.label = id;
    double x = x0;
    for (int i = 0; i < count; ++i) {
        Seat seat;
        seat.label = QString::number(i + 1);
        seat.id = generatedSeatId(id, seat.label);
        seat.position = LayoutPoint{x, y};
        seat.categoryId = s("std");
        row.seats.append(seat);
        x += gapsAfter.contains(i) ? gap : 1.0;
    }
    return row;
}

// One section of the given rows, a screen at (screenX, 0).
Layout layoutOf(const QList<Row> &rows, double screenX = 0.0)
{
    Layout layout;
    layout.name = s("Test");
    layout.stage = Stage{StageKind::Screen, LayoutPoint{screenX, 0.0}, 10.0};
    layout.categories = {Category{s("std"), s("Standard"), s("#112233")}};
    layout.sections = {Section{s("main"), s("Main"), rows}};
    return layout;
}

std::vector<bool> allFree(const SeatingPlan &plan)
{
    return std::vector<bool>(size_t(plan.size()), true);
}

// Free seats given as a pattern per seat in plan order: '.' free, 'x' taken.
std::vector<bool> pattern(const char *text)
{
    std::vector<bool> free;
    for (const char *c = text; *c; ++c) {
        if (*c == '.' || *c == 'x')
            free.push_back(*c == '.');
    }
    return free;
}

std::function<bool(const QString &)> freeFunction(const SeatingPlan &plan, const std::vector<bool> &free)
{
    return [&plan, &free](const QString &id) {
        const qsizetype i = plan.indexOf(id);
        return i >= 0 && free[size_t(i)];
    };
}

QStringList stranded(const SeatingPlan &plan, const std::vector<bool> &free, const QStringList &taking)
{
    return plan.stranded(freeFunction(plan, free), taking);
}

double scoreOf(const SeatingPlan &plan, const QStringList &ids)
{
    double sum = 0.0;
    for (const QString &id : ids)
        sum += plan.score(plan.indexOf(id));
    return sum;
}

BestSeatsRequest request(int count, int wheelchairSpaces = 0)
{
    BestSeatsRequest r;
    r.count = count;
    r.wheelchairSpaces = wheelchairSpaces;
    return r;
}

QStringList ids(const SeatingPlan &plan, std::initializer_list<int> indexes)
{
    QStringList out;
    for (const int i : indexes)
        out.append(plan.seatId(i));
    return out;
}

// What the tests know about every seat of a plan: its flags and its row (by plan index).
struct PlanFacts
{
    std::vector<SeatFlags> flags;
    std::vector<int> row;
    explicit PlanFacts(const Layout &layout)
    {
        int r = 0;
        for (const Section &section : layout.sections) {
            for (const Row &layoutRow : section.rows) {
                for (const Seat &seat : layoutRow.seats) {
                    flags.push_back(seat.flags);
                    row.push_back(r);
                }
                ++r;
            }
        }
    }
    bool ordinary(size_t i) const
    {
        return !(flags[i] & (SeatFlag::Wheelchair | SeatFlag::Companion | SeatFlag::Blocked));
    }
};

// The rules every answer keeps, whatever the occupancy: the right number of distinct free seats in
// plan order, no blocked seat, wheelchair spaces exactly as asked and companions only with
// theirs, `rows` and `together` telling the truth (`sameBlock(i, i + 1)`: the reference's blocks).
void expectWellFormed(const SeatingPlan &plan, const PlanFacts &facts, const std::vector<bool> &free,
                      const BestSeatsRequest &req, const BestSeats &result,
                      const std::function<bool(qsizetype)> &sameBlockAsNext = {})
{
    if (result.isEmpty()) {
        EXPECT_FALSE(result.together);
        EXPECT_EQ(result.rows, 0);
        return;
    }
    ASSERT_EQ(result.seatIds.size(), req.count) << text(result.seatIds);
    std::vector<qsizetype> indexes;
    int wheelchairs = 0;
    for (const QString &id : result.seatIds) {
        const qsizetype i = plan.indexOf(id);
        ASSERT_GE(i, 0) << id.toStdString();
        EXPECT_TRUE(free[size_t(i)]) << "not free: " << id.toStdString();
        const SeatFlags f = facts.flags[size_t(i)];
        EXPECT_FALSE(f.testFlag(SeatFlag::Blocked)) << id.toStdString();
        if (f.testFlag(SeatFlag::Wheelchair))
            ++wheelchairs;
        if (f.testFlag(SeatFlag::Companion)) {
            const bool beside = (i > 0 && result.seatIds.contains(plan.seatId(i - 1))
                                 && facts.flags[size_t(i - 1)].testFlag(SeatFlag::Wheelchair))
                                || (i + 1 < plan.size() && result.seatIds.contains(plan.seatId(i + 1))
                                    && facts.flags[size_t(i + 1)].testFlag(SeatFlag::Wheelchair));
            EXPECT_TRUE(beside) << "companion without its wheelchair space: " << id.toStdString();
        }
        indexes.push_back(i);
    }
    EXPECT_EQ(wheelchairs, req.wheelchairSpaces) << text(result.seatIds);
    // A wheelchair space comes with its free companion unless only companions fill the count.
    int ordinarySeats = 0;
    bool companionLeftOut = false;
    for (const qsizetype i : indexes) {
        ordinarySeats += facts.ordinary(size_t(i)) ? 1 : 0;
        if (!facts.flags[size_t(i)].testFlag(SeatFlag::Wheelchair))
            continue;
        bool withCompanion = false;
        bool freeCompanion = false;
        for (const qsizetype c : {i - 1, i + 1}) {
            if (c < 0 || c >= plan.size() || facts.row[size_t(c)] != facts.row[size_t(i)]
                || !facts.flags[size_t(c)].testFlag(SeatFlag::Companion))
                continue;
            withCompanion = withCompanion || std::find(indexes.begin(), indexes.end(), c) != indexes.end();
            freeCompanion = freeCompanion || free[size_t(c)];
        }
        companionLeftOut = companionLeftOut || (freeCompanion && !withCompanion);
    }
    EXPECT_FALSE(companionLeftOut && ordinarySeats > 0) << "a free companion left out: " << text(result.seatIds);
    EXPECT_TRUE(std::is_sorted(indexes.begin(), indexes.end())) << "plan order: " << text(result.seatIds);
    EXPECT_EQ(std::adjacent_find(indexes.begin(), indexes.end()), indexes.end()) << "twice: " << text(result.seatIds);
    QSet<int> rows;
    for (const qsizetype i : indexes)
        rows.insert(facts.row[size_t(i)]);
    EXPECT_EQ(result.rows, rows.size());
    if (result.together) {
        for (size_t k = 1; k < indexes.size(); ++k) {
            EXPECT_EQ(indexes[k], indexes[k - 1] + 1) << "together but apart: " << text(result.seatIds);
            if (sameBlockAsNext) {
                EXPECT_TRUE(sameBlockAsNext(indexes[k - 1])) << "together across a gap: " << text(result.seatIds);
            }
        }
    }
}

// Whether two neighbouring seats (plan indexes i, i + 1, both ordinary) share a block, asked through
// the public no-orphan rule: with only the two free, taking the right one strands the left one
// exactly when nothing but the block's end or a taken seat is beside it.
bool sameBlockByRule(const SeatingPlan &plan, qsizetype i)
{
    const QString left = plan.seatId(i);
    const QString right = plan.seatId(i + 1);
    const QStringList result = plan.stranded([&](const QString &id) { return id == left || id == right; }, {right});
    return result == QStringList{left};
}

// Runs of free ordinary seats between walls, from the reference's blocks.
std::vector<int> runLengths(const PlanFacts &facts, const std::vector<bool> &free, const std::vector<bool> &sameBlockAsNext)
{
    std::vector<int> runs;
    int length = 0;
    for (size_t i = 0; i < free.size(); ++i) {
        if (free[i] && facts.ordinary(i)) {
            ++length;
            const bool continues = i + 1 < free.size() && sameBlockAsNext[i] && free[i + 1] && facts.ordinary(i + 1);
            if (!continues) {
                runs.push_back(length);
                length = 0;
            }
        }
    }
    return runs;
}

// Whether `count` seats can be taken leaving no new orphan: from a run of L one may take t in
// 0..L-2 or all L (a run of one was alone already), summed over runs (subset sum).
bool orphanFreeExists(const std::vector<int> &runs, int count)
{
    std::vector<bool> reachable(size_t(count) + 1, false);
    reachable[0] = true;
    for (const int length : runs) {
        std::vector<bool> next = reachable;
        for (int s = 0; s <= count; ++s) {
            if (!reachable[size_t(s)])
                continue;
            for (int t = 1; t <= length && s + t <= count; ++t) {
                if (t <= length - 2 || t == length)
                    next[size_t(s + t)] = true;
            }
        }
        reachable.swap(next);
    }
    return reachable[size_t(count)];
}

} // namespace

// --- the plan ---

TEST(SeatingPlan, IndexesIdsAndAnEmptyPlan)
{
    const SeatingPlan empty;
    EXPECT_EQ(empty.size(), 0);
    EXPECT_EQ(empty.indexOf(s("A-1")), -1);
    EXPECT_TRUE(empty.seatId(0).isEmpty());
    EXPECT_TRUE(empty.best({}, request(1)).isEmpty());
    EXPECT_TRUE(empty.stranded([](const QString &) { return true; }, {s("A-1")}).isEmpty());

    const SeatingPlan plan(layoutOf({straightRow(s("A"), 3, 3.0), straightRow(s("B"), 4, 4.0)}));
    EXPECT_EQ(plan.size(), 7);
    EXPECT_EQ(plan.indexOf(s("A-1")), 0);
    EXPECT_EQ(plan.indexOf(s("B-1")), 3);
    EXPECT_EQ(plan.indexOf(s("B-4")), 6);
    EXPECT_EQ(plan.indexOf(s("C-1")), -1);
    EXPECT_EQ(plan.seatId(4), s("B-2"));
    EXPECT_TRUE(plan.seatId(7).isEmpty());
    EXPECT_TRUE(plan.seatId(-1).isEmpty());

    // A copy shares the data and answers alike.
    const SeatingPlan copy = plan;
    EXPECT_EQ(copy.best(allFree(copy), request(3)).seatIds, plan.best(allFree(plan), request(3)).seatIds);
}

TEST(SeatingPlan, ScoresFavourTheMiddleAndTwoThirdsBack)
{
    // Six rows of 9 seats centred on the screen (x = 4), no best rows: two thirds back from the
    // first row (y = 3) to the last (y = 8) is y = 6.33: the row at y = 6 (D) scores highest.
    QList<Row> rows;
    for (int r = 0; r < 6; ++r)
        rows.append(straightRow(QString(QChar(u'A' + r)), 9, 3.0 + r, 0.0));
    const SeatingPlan plan(layoutOf(rows, 4.0));
    for (qsizetype i = 0; i < plan.size(); ++i) {
        EXPECT_GT(plan.score(i), 0.0);
        EXPECT_LE(plan.score(i), 1.0);
    }
    const auto at = [&](const char *id) { return plan.score(plan.indexOf(s(id))); };
    EXPECT_GT(at("D-5"), at("D-4"));
    EXPECT_GT(at("D-4"), at("D-1"));
    EXPECT_NEAR(at("D-4"), at("D-6"), 1e-12) << "symmetric about the screen";
    EXPECT_GT(at("D-5"), at("C-5"));
    EXPECT_GT(at("D-5"), at("E-5"));
    EXPECT_GT(at("C-5"), at("A-5"));
    EXPECT_EQ(plan.score(-1), 0.0);
    EXPECT_EQ(plan.score(plan.size()), 0.0);

    const BestSeats best = plan.best(allFree(plan), request(3));
    EXPECT_EQ(best.seatIds, (QStringList{s("D-4"), s("D-5"), s("D-6")}));
    EXPECT_TRUE(best.together);
    EXPECT_EQ(best.rows, 1);

    // Marking row B best moves the answer there; B scores highest, and rows nearer B beat rows
    // further away.
    rows[1].best = true;
    const SeatingPlan marked(layoutOf(rows, 4.0));
    const auto m = [&](const char *id) { return marked.score(marked.indexOf(s(id))); };
    EXPECT_NEAR(m("B-5"), 1.0, 1e-12);
    EXPECT_GT(m("B-5"), m("A-5"));
    EXPECT_GT(m("B-5"), m("C-5"));
    EXPECT_GT(m("C-5"), m("E-5"));
    EXPECT_GT(m("B-1"), m("F-1"));
    EXPECT_EQ(marked.best(allFree(marked), request(3)).seatIds, (QStringList{s("B-4"), s("B-5"), s("B-6")}));
}

TEST(SeatingPlan, RestrictedViewScoresLower)
{
    Row row = straightRow(s("A"), 5, 3.0);
    row.seats[1].flags = SeatFlag::RestrictedView;
    const SeatingPlan plan(layoutOf({row}, 2.0));
    EXPECT_LT(plan.score(1), plan.score(3));
    EXPECT_GT(plan.score(1), 0.0);
}

// --- blocks ---

TEST(BestAvailable, BlocksSplitAtWiderGaps)
{
    // 4 | 3 seats: 1.0 apart, then 3.0 across the gap.
    const SeatingPlan plan(layoutOf({straightRow(s("A"), 7, 3.0, 0.0, {3})}, 4.0));
    const std::vector<bool> free = allFree(plan);
    EXPECT_TRUE(plan.best(free, request(4)).together);
    EXPECT_EQ(plan.best(free, request(4)).seatIds, ids(plan, {0, 1, 2, 3}));
    EXPECT_EQ(plan.best(free, request(3)).seatIds, ids(plan, {4, 5, 6})) << "three of the left four strand one";
    const BestSeats five = plan.best(free, request(5));
    EXPECT_FALSE(five.together) << "not across the gap: " << text(five.seatIds);
    EXPECT_EQ(five.seatIds.size(), 5);
    EXPECT_EQ(five.rows, 1);

    // The no-orphan rule stops at the gap as well.
    EXPECT_EQ(stranded(plan, pattern(".... ..."), {plan.seatId(1)}), ids(plan, {0}));
    EXPECT_EQ(stranded(plan, pattern("x... ..."), {plan.seatId(2)}), ids(plan, {1, 3}))
        << "seat 4 is alone in its block although seat 5 is free across the gap";

    // A slightly uneven row is one block (1.4 < 1.5 times the usual spacing).
    Row uneven = straightRow(s("B"), 6, 3.0);
    uneven.seats[3].position.x += 0.4;
    uneven.seats[4].position.x += 0.4;
    uneven.seats[5].position.x += 0.4;
    const SeatingPlan one(layoutOf({uneven}, 3.0));
    EXPECT_TRUE(one.best(allFree(one), request(6)).together);
}

TEST(BestAvailable, BlocksSplitWhereAnAisleCrossesTheRow)
{
    // Evenly spaced, but an aisle runs between seats 4 and 5.
    Layout layout = layoutOf({straightRow(s("A"), 8, 3.0)}, 3.5);
    layout.aisles = {Aisle{s("aisle"), s("Aisle"), LayoutPoint{3.5, 1.0}, LayoutPoint{3.5, 10.0}, 0.4}};
    const SeatingPlan plan(layout);
    EXPECT_TRUE(plan.best(allFree(plan), request(4)).together);
    EXPECT_FALSE(plan.best(allFree(plan), request(5)).together);
    // An aisle beside the row (the front walkway) splits nothing.
    layout.aisles = {Aisle{s("front"), s("Front"), LayoutPoint{-1.0, 2.0}, LayoutPoint{9.0, 2.0}, 1.0}};
    const SeatingPlan walkway(layout);
    EXPECT_TRUE(walkway.best(allFree(walkway), request(8)).together);
}

TEST(BestAvailable, TheGeneratedHallSplitsItsStallsRowsIntoThreeBlocks)
{
    const Layout hall = makeTestHall5000();
    ASSERT_EQ(hall.seatCount(), 5000);
    EXPECT_EQ(validationProblems(hall), "");
    const SeatingPlan plan(hall);
    ASSERT_EQ(plan.size(), 5000);
    // In a stalls row (80 seats: 16 | 48 | 16) the blocks end after seats 16 and 64.
    const qsizetype a1 = plan.indexOf(s("st-A-1"));
    for (qsizetype i = a1 + 1; i < a1 + 79; ++i)
        EXPECT_EQ(sameBlockByRule(plan, i), i != a1 + 15 && i != a1 + 63) << plan.seatId(i).toStdString();
    // A circle row is one block of 90.
    const qsizetype c1 = plan.indexOf(s("ci-A-1"));
    for (qsizetype i = c1; i < c1 + 89; ++i)
        EXPECT_TRUE(sameBlockByRule(plan, i)) << plan.seatId(i).toStdString();

    // 48 together fit the stalls' middle blocks and the circle; 60 only the circle.
    std::vector<bool> free = allFree(plan);
    const BestSeats fortyEight = plan.best(free, request(48));
    EXPECT_TRUE(fortyEight.together);
    const BestSeats sixty = plan.best(free, request(60));
    EXPECT_TRUE(sixty.together);
    EXPECT_TRUE(sixty.seatIds.first().startsWith(s("ci-"))) << sixty.seatIds.first().toStdString();
    // With the circle sold out, 60 cannot sit together.
    for (qsizetype i = c1; i < plan.size(); ++i)
        free[size_t(i)] = false;
    const BestSeats split = plan.best(free, request(60));
    EXPECT_FALSE(split.together);
    EXPECT_EQ(split.seatIds.size(), 60);
    EXPECT_TRUE(stranded(plan, free, split.seatIds).isEmpty()) << text(stranded(plan, free, split.seatIds));
}

// --- the demo layouts ---

TEST(BestAvailable, DemoLayoutsAnswerInTheirBestRows)
{
    for (const char *name : {"studio", "cinema", "grand-hall"}) {
        SCOPED_TRACE(name);
        const Layout layout = loadDemoLayout(s(name));
        ASSERT_GT(layout.seatCount(), 0);
        const SeatingPlan plan(layout);
        const PlanFacts facts(layout);
        ASSERT_EQ(plan.size(), layout.seatCount());
        QSet<QString> bestRowSeats;
        layout.forEachSeat([&](const Section &, const Row &row, const Seat &seat) {
            if (row.best)
                bestRowSeats.insert(seat.id);
        });
        ASSERT_FALSE(bestRowSeats.isEmpty()) << "the demo layouts mark best rows";
        const std::vector<bool> free = allFree(plan);
        for (int count = 1; count <= 8; ++count) {
            const BestSeats best = plan.best(free, request(count));
            expectWellFormed(plan, facts, free, request(count), best);
            EXPECT_TRUE(best.together) << count;
            EXPECT_EQ(best.rows, 1);
            for (const QString &id : best.seatIds)
                EXPECT_TRUE(bestRowSeats.contains(id)) << id.toStdString() << " of " << count;
        }
        // Nothing in the demo halls is proposed to someone who did not ask for a wheelchair space.
        for (int count = 1; count <= 20; ++count)
            expectWellFormed(plan, facts, free, request(count), plan.best(free, request(count)));
    }
}

// --- the no-orphan rule in best() ---

TEST(BestAvailable, ATogetherWindowNeverStrandsASeatWhenAnotherDoesNot)
{
    // 7 free: 4 must not start at seat 2 (stranding seat 1) nor end at seat 6.
    const SeatingPlan plan(layoutOf({straightRow(s("A"), 7, 3.0)}, 3.5));
    const BestSeats best = plan.best(allFree(plan), request(4));
    EXPECT_TRUE(best.together);
    EXPECT_TRUE(stranded(plan, allFree(plan), best.seatIds).isEmpty()) << text(best.seatIds);
    EXPECT_TRUE(best.seatIds == ids(plan, {0, 1, 2, 3}) || best.seatIds == ids(plan, {3, 4, 5, 6})) << text(best.seatIds);
}

TEST(BestAvailable, StrandsASeatOnlyWhenNothingElseExists)
{
    // Five free in one row, four wanted: every choice strands one; together it is.
    const SeatingPlan plan(layoutOf({straightRow(s("A"), 5, 3.0)}, 2.0));
    const BestSeats best = plan.best(allFree(plan), request(4));
    EXPECT_TRUE(best.together);
    EXPECT_EQ(best.seatIds.size(), 4);
    EXPECT_EQ(stranded(plan, allFree(plan), best.seatIds).size(), 1);

    // With two more free in the next row, 2 + 2 over two rows strands nobody and wins.
    const SeatingPlan two(layoutOf({straightRow(s("A"), 5, 3.0), straightRow(s("B"), 5, 4.0)}, 2.0));
    const std::vector<bool> free = pattern("..... xx..x");
    const BestSeats split = two.best(free, request(4));
    EXPECT_FALSE(split.together);
    EXPECT_EQ(split.rows, 2);
    EXPECT_TRUE(stranded(two, free, split.seatIds).isEmpty()) << text(split.seatIds);
    EXPECT_TRUE(split.seatIds.contains(s("B-3")) && split.seatIds.contains(s("B-4"))) << text(split.seatIds);
}

TEST(BestAvailable, SplitsOverAdjacentRowsWhenNoRowHasRoom)
{
    // Rows A, B, C, D: two free in each, never more; 4 wanted: two adjacent rows, 2 + 2.
    QList<Row> rows;
    for (int r = 0; r < 4; ++r)
        rows.append(straightRow(QString(QChar(u'A' + r)), 6, 3.0 + r));
    const SeatingPlan plan(layoutOf(rows, 2.5));
    const std::vector<bool> free = pattern("..xxxx x..xxx xx..xx xxx..x");
    const BestSeats best = plan.best(free, request(4));
    const PlanFacts facts(layoutOf(rows, 2.5));
    expectWellFormed(plan, facts, free, request(4), best);
    EXPECT_FALSE(best.together);
    EXPECT_EQ(best.rows, 2);
    ASSERT_EQ(best.seatIds.size(), 4);
    const QChar first = best.seatIds.first().at(0);
    const QChar last = best.seatIds.last().at(0);
    EXPECT_EQ(last.unicode(), first.unicode() + 1) << "adjacent rows: " << text(best.seatIds);
    EXPECT_TRUE(stranded(plan, free, best.seatIds).isEmpty());

    // 6 wanted: three adjacent rows.
    const BestSeats six = plan.best(free, request(6));
    EXPECT_FALSE(six.together);
    EXPECT_EQ(six.rows, 3);
    EXPECT_TRUE(stranded(plan, free, six.seatIds).isEmpty());

    // 9 wanted, 8 free: nothing.
    EXPECT_TRUE(plan.best(free, request(9)).isEmpty());
    // All 8: every row.
    EXPECT_EQ(plan.best(free, request(8)).rows, 4);

    // Adjacent rows beat better seats further apart: A and C (best rows, the middle) or C and D
    // (D's two at the edge).
    rows[0].best = true;
    rows[2].best = true;
    rows.append(straightRow(s("E"), 6, 7.0));
    const SeatingPlan marked(layoutOf(rows, 2.5));
    const std::vector<bool> apart = pattern("xx..xx xxxxxx xx..xx ..xxxx xxxxxx");
    EXPECT_GT(marked.score(marked.indexOf(s("A-3"))), marked.score(marked.indexOf(s("D-1"))));
    const BestSeats adjacent = marked.best(apart, request(4));
    EXPECT_EQ(adjacent.seatIds, (QStringList{s("C-3"), s("C-4"), s("D-1"), s("D-2")}));
    EXPECT_EQ(adjacent.rows, 2);
    EXPECT_FALSE(adjacent.together);
}

TEST(BestAvailable, SplitsBeforeStrandingEvenInRowsFarApart)
{
    // Free: three in row A, two in C, one (alone already) in E; B and D sold out. 4 wanted:
    // nothing together, no two adjacent rows with free seats. Two of C would leave A's third or
    // C's second alone; the only clean choice is all of A and E's lone seat.
    QList<Row> rows;
    for (int r = 0; r < 5; ++r)
        rows.append(straightRow(QString(QChar(u'A' + r)), 5, 3.0 + r));
    const SeatingPlan plan(layoutOf(rows, 2.0));
    const std::vector<bool> free = pattern("x...x xxxxx ..xxx xxxxx xx.xx");
    const BestSeats best = plan.best(free, request(4));
    EXPECT_FALSE(best.together);
    EXPECT_TRUE(stranded(plan, free, best.seatIds).isEmpty()) << text(best.seatIds);
    // A's three and E's lone seat are the only clean choice of four.
    EXPECT_EQ(best.seatIds, (QStringList{s("A-2"), s("A-3"), s("A-4"), s("E-3")}));
    EXPECT_EQ(best.rows, 2);
}

// --- wheelchair spaces and companions ---

TEST(BestAvailable, WheelchairSpacesOnlyWhenAskedAndWithTheirCompanions)
{
    const Layout studio = loadDemoLayout(s("studio"));
    const SeatingPlan plan(studio);
    const PlanFacts facts(studio);
    std::vector<bool> free = allFree(plan);

    const BestSeats one = plan.best(free, request(1, 1));
    EXPECT_EQ(one.seatIds, QStringList{s("main-A-1")});
    const BestSeats two = plan.best(free, request(2, 1));
    EXPECT_EQ(two.seatIds, (QStringList{s("main-A-1"), s("main-A-2")}));
    EXPECT_TRUE(two.together);
    const BestSeats four = plan.best(free, request(4, 1));
    EXPECT_EQ(four.seatIds, (QStringList{s("main-A-1"), s("main-A-2"), s("main-A-3"), s("main-A-4")}));
    EXPECT_TRUE(four.together);
    expectWellFormed(plan, facts, free, request(4, 1), four);
    // Two spaces asked, one exists: nothing.
    EXPECT_TRUE(plan.best(free, request(2, 2)).isEmpty());
    // Bad requests: nothing.
    EXPECT_TRUE(plan.best(free, request(1, 2)).isEmpty());
    EXPECT_TRUE(plan.best(free, request(0)).isEmpty());
    EXPECT_TRUE(plan.best(free, request(BestSeatsRequest::MaxCount + 1)).isEmpty());
    EXPECT_TRUE(plan.best(free, request(2, -1)).isEmpty());
    EXPECT_TRUE(plan.best(std::vector<bool>(size_t(plan.size()) - 1, true), request(2)).isEmpty());

    // Without asking, neither the space nor its companion, even when row A is all that is left.
    for (qsizetype i = 12; i < plan.size(); ++i)
        free[size_t(i)] = false;
    for (int count = 1; count <= 10; ++count) {
        const BestSeats best = plan.best(free, request(count));
        expectWellFormed(plan, facts, free, request(count), best);
        EXPECT_FALSE(best.seatIds.contains(s("main-A-1")));
        EXPECT_FALSE(best.seatIds.contains(s("main-A-2")));
    }
    EXPECT_TRUE(plan.best(free, request(11)).isEmpty()) << "ten ordinary seats are left";

    // The companion taken: the space alone, the other seat elsewhere, never that companion.
    free = allFree(plan);
    free[1] = false;
    const BestSeats withoutCompanion = plan.best(free, request(2, 1));
    expectWellFormed(plan, facts, free, request(2, 1), withoutCompanion);
    EXPECT_TRUE(withoutCompanion.seatIds.contains(s("main-A-1")));
    EXPECT_FALSE(withoutCompanion.together);
    // The space taken: nothing for a wheelchair user.
    free = allFree(plan);
    free[0] = false;
    EXPECT_TRUE(plan.best(free, request(2, 1)).isEmpty());
}

TEST(BestAvailable, OneCompanionPerWheelchairSpace)
{
    // C W C . .: the space's companion is the one on its left; the one on the right belongs to no
    // space and is never proposed, although it is nearer the screen.
    Row row = straightRow(s("A"), 5, 3.0);
    row.seats[0].flags = SeatFlag::Companion;
    row.seats[1].flags = SeatFlag::Wheelchair;
    row.seats[2].flags = SeatFlag::Companion;
    const Layout layout = layoutOf({row}, 4.0);
    const SeatingPlan plan(layout);
    const std::vector<bool> free = allFree(plan);
    const BestSeats two = plan.best(free, request(2, 1));
    EXPECT_EQ(two.seatIds, (QStringList{s("A-1"), s("A-2")}));
    EXPECT_TRUE(two.together);
    const BestSeats three = plan.best(free, request(3, 1));
    EXPECT_FALSE(three.seatIds.contains(s("A-3"))) << text(three.seatIds);
    EXPECT_EQ(three.seatIds.size(), 3);
}

TEST(BestAvailable, WheelchairSpacesAcrossBlockedSeats)
{
    // The grand hall's last stalls-centre row: wheelchair, companion, blocked, blocked, companion,
    // wheelchair at its left end (plus the side sections' pairs).
    const Layout hall = loadDemoLayout(s("grand-hall"));
    const SeatingPlan plan(hall);
    const PlanFacts facts(hall);
    const std::vector<bool> free = allFree(plan);
    for (int count = 2; count <= 6; ++count) {
        const BestSeats best = plan.best(free, request(count, 2));
        expectWellFormed(plan, facts, free, request(count, 2), best);
        int companions = 0;
        for (const QString &id : best.seatIds)
            companions += facts.flags[size_t(plan.indexOf(id))].testFlag(SeatFlag::Companion) ? 1 : 0;
        EXPECT_EQ(companions, std::min(2, count - 2)) << "each space with its companion: " << text(best.seatIds);
        EXPECT_TRUE(stranded(plan, free, best.seatIds).isEmpty());
    }
    // Blocked seats are never proposed, whatever `free` says.
    for (int count = 1; count <= 30; ++count)
        expectWellFormed(plan, facts, free, request(count), plan.best(free, request(count)));
}

TEST(BestAvailable, BlockedSeatsAreWallsAndNeverProposed)
{
    Row row = straightRow(s("A"), 7, 3.0);
    row.seats[3].flags = SeatFlag::Blocked;
    const Layout layout = layoutOf({row}, 3.0);
    const SeatingPlan plan(layout);
    const PlanFacts facts(layout);
    const std::vector<bool> free = allFree(plan);
    const BestSeats three = plan.best(free, request(3));
    EXPECT_TRUE(three.together);
    EXPECT_TRUE(three.seatIds == ids(plan, {0, 1, 2}) || three.seatIds == ids(plan, {4, 5, 6})) << text(three.seatIds);
    const BestSeats six = plan.best(free, request(6));
    EXPECT_FALSE(six.together);
    expectWellFormed(plan, facts, free, request(6), six);
    EXPECT_TRUE(plan.best(free, request(7)).isEmpty());
    // Seat 3 between a taken seat and the blocked one is alone.
    EXPECT_EQ(stranded(plan, free, {plan.seatId(1)}), ids(plan, {0, 2}));
}

// --- stranded() ---

TEST(Stranded, EdgesNeighboursAndPlanOrder)
{
    const SeatingPlan plan(layoutOf({straightRow(s("A"), 5, 3.0), straightRow(s("B"), 3, 4.0)}));
    const std::vector<bool> free = allFree(plan);
    // Taking the second seat leaves the first alone at the row's end.
    EXPECT_EQ(stranded(plan, free, {s("A-2")}), QStringList{s("A-1")});
    EXPECT_EQ(stranded(plan, free, {s("A-4")}), QStringList{s("A-5")});
    // The first seat strands nobody.
    EXPECT_TRUE(stranded(plan, free, {s("A-1")}).isEmpty());
    EXPECT_TRUE(stranded(plan, free, {s("A-1"), s("A-2")}).isEmpty());
    // The middle of three: both ends; reported in plan order, across rows.
    EXPECT_EQ(stranded(plan, free, {s("B-2"), s("A-4"), s("A-2")}),
              (QStringList{s("A-1"), s("A-3"), s("A-5"), s("B-1"), s("B-3")}));
    // Rows are separate: the end of A is not beside the start of B.
    EXPECT_TRUE(stranded(plan, free, {s("B-1"), s("A-1")}).isEmpty());
    // Taken neighbours: A-3 between a sold A-2 and the taken A-4.
    EXPECT_EQ(stranded(plan, pattern(".x... ..."), {s("A-4")}), (QStringList{s("A-3"), s("A-5")}));
    // A taken seat next to nothing free strands nobody; a duplicate id changes nothing.
    EXPECT_TRUE(stranded(plan, pattern("x.x.x ..."), {s("A-4")}).isEmpty());
    EXPECT_EQ(stranded(plan, free, {s("A-2"), s("A-2")}), QStringList{s("A-1")});
    EXPECT_TRUE(plan.stranded([](const QString &) { return true; }, {}).isEmpty());
}

TEST(Stranded, SeatsAloneBeforeAreNotReported)
{
    const SeatingPlan plan(layoutOf({straightRow(s("A"), 7, 3.0)}));
    // are alone already; taking A-6 strands only.
    const std::vector<bool> free = pattern(".x.x...");
    EXPECT_EQ(stranded(plan, free, {s("A-6")}), (QStringList{s("A-5"), s("A-7")}));
    // A seat being taken counts as free before (held by the one taking it): are free
    // only from the taker's point of view, and A-5 was not alone with them.
    const std::vector<bool> held = pattern(".x.x.xx");
    EXPECT_EQ(stranded(plan, held, {s("A-6"), s("A-7")}), QStringList{s("A-5")});
    // A-1, alone before, is not reported with the seats that are newly alone.
    EXPECT_EQ(stranded(plan, pattern(".x....."), {s("A-4")}), QStringList{s("A-3")});
}

TEST(Stranded, WheelchairCompanionAndBlockedSeatsAreWalls)
{
    Row row = straightRow(s("A"), 8, 3.0);
    row.seats[0].flags = SeatFlag::Wheelchair;
    row.seats[1].flags = SeatFlag::Companion;
    row.seats[7].flags = SeatFlag::Blocked;
    const SeatingPlan plan(layoutOf({row}));
    const std::vector<bool> free = allFree(plan);
    // A-3 between the (free) companion and a taken A-4: alone.
    EXPECT_EQ(stranded(plan, free, {s("A-4")}), QStringList{s("A-3")});
    // A-7 between a taken A-6 and the blocked A-8 (even when "free").
    EXPECT_EQ(stranded(plan, free, {s("A-6")}), QStringList{s("A-7")});
    // Taking the wheelchair space or the companion strands nobody; they are never reported.
    EXPECT_TRUE(stranded(plan, free, {s("A-1"), s("A-2")}).isEmpty());
    EXPECT_TRUE(stranded(plan, free, {s("A-3")}).isEmpty());
    EXPECT_TRUE(stranded(plan, pattern("..x....."), {s("A-1")}).isEmpty());
    // A-3, alone between the companion and a sold A-4 already, is not newly alone when the
    // companion is taken.
    EXPECT_TRUE(stranded(plan, pattern("...x...."), {s("A-2")}).isEmpty());
    EXPECT_TRUE(stranded(plan, pattern("...x...."), {s("A-1"), s("A-2")}).isEmpty());
}

TEST(Stranded, UnknownIdsAreIgnored)
{
    const SeatingPlan plan(layoutOf({straightRow(s("A"), 4, 3.0)}));
    const std::vector<bool> free = allFree(plan);
    EXPECT_TRUE(stranded(plan, free, {s("nope")}).isEmpty());
    EXPECT_EQ(stranded(plan, free, {s("nope"), s("A-2"), QString()}), QStringList{s("A-1")});
}

// --- properties ---

// 1,000 random occupancies of the 5,000-seat hall (50 % to 99 % taken, 1 to 10 seats wanted):
// every answer well formed, never an orphan when a choice without one exists (reference: the runs
// between walls, found through stranded(), and a subset sum over them), together whenever a run
// holds a clean window.
TEST(BestAvailableProperty, NeverAnOrphanWhenAChoiceWithoutOneExists)
{
    const Layout hall = makeTestHall5000();
    const SeatingPlan plan(hall);
    const PlanFacts facts(hall);
    std::vector<bool> sameBlockAsNext(size_t(plan.size()), false);
    for (qsizetype i = 0; i + 1 < plan.size(); ++i) {
        if (facts.ordinary(size_t(i)) && facts.ordinary(size_t(i + 1)))
            sameBlockAsNext[size_t(i)] = sameBlockByRule(plan, i);
    }
    const auto sameBlock = [&](qsizetype i) {
        return facts.ordinary(size_t(i)) && facts.ordinary(size_t(i + 1)) ? bool(sameBlockAsNext[size_t(i)]) : true;
    };

    QRandomGenerator random(20261202);
    int clean = 0;
    int together = 0;
    int dirty = 0;
    for (int round = 0; round < 1000; ++round) {
        const double taken = 0.5 + 0.49 * random.generateDouble();
        std::vector<bool> free(size_t(plan.size()));
        for (size_t i = 0; i < free.size(); ++i)
            free[i] = random.generateDouble() >= taken;
        const int count = 1 + int(random.bounded(10));
        const BestSeatsRequest req = request(count);
        const BestSeats best = plan.best(free, req);
        SCOPED_TRACE(testing::Message() << "round " << round << ", " << count << " seats, " << taken);
        expectWellFormed(plan, facts, free, req, best, sameBlock);

        const std::vector<int> runs = runLengths(facts, free, sameBlockAsNext);
        int open = 0;
        bool cleanWindow = false;
        for (const int length : runs) {
            open += length;
            cleanWindow = cleanWindow || length == count || length >= count + 2;
        }
        ASSERT_EQ(best.isEmpty(), open < count);
        if (best.isEmpty())
            continue;
        const QStringList orphans = stranded(plan, free, best.seatIds);
        if (orphanFreeExists(runs, count)) {
            EXPECT_TRUE(orphans.isEmpty()) << text(best.seatIds) << " strands " << text(orphans);
            ++clean;
        } else {
            EXPECT_FALSE(orphans.isEmpty()) << "the reference found no clean choice, best() did";
            ++dirty;
        }
        if (cleanWindow) {
            EXPECT_TRUE(best.together) << text(best.seatIds);
            ++together;
        }
    }
    // The patterns cover the cases.
    EXPECT_GT(clean, 500);
    EXPECT_GT(together, 100);
    std::printf("[          ] %d clean, %d together, %d without a clean choice\n", clean, together, dirty);
}

// 1,000 random small plans (1-3 rows of 1-6 seats with gaps, wheelchair pairs and blocked seats)
// and occupancies: whether an orphan-free choice exists comes from trying every subset of free
// ordinary seats with stranded().
TEST(BestAvailableProperty, SmallPlansAgainstEverySubset)
{
    QRandomGenerator random(1302);
    int cleanExpected = 0;
    for (int round = 0; round < 1000; ++round) {
        QList<Row> rows;
        const int rowCount = 1 + int(random.bounded(3));
        for (int r = 0; r < rowCount; ++r) {
            const int n = 1 + int(random.bounded(6));
            QList<int> gaps;
            if (n > 2 && random.bounded(3) == 0)
                gaps.append(int(random.bounded(n - 1)));
            Row row = straightRow(QString(QChar(u'A' + r)), n, 3.0 + r, 0.0, gaps);
            if (n >= 2 && random.bounded(5) == 0) {
                const int at = int(random.bounded(n - 1));
                row.seats[at].flags = SeatFlag::Wheelchair;
                row.seats[at + 1].flags = SeatFlag::Companion;
            }
            if (random.bounded(8) == 0)
                row.seats[int(random.bounded(n))].flags = SeatFlag::Blocked;
            rows.append(row);
        }
        const Layout layout = layoutOf(rows, random.bounded(6.0));
        const SeatingPlan plan(layout);
        const PlanFacts facts(layout);
        std::vector<bool> free(size_t(plan.size()));
        const double freeShare = 0.3 + 0.6 * random.generateDouble();
        for (size_t i = 0; i < free.size(); ++i)
            free[i] = random.generateDouble() < freeShare;
        const int count = 1 + int(random.bounded(4));

        std::vector<qsizetype> candidates;
        for (qsizetype i = 0; i < plan.size(); ++i) {
            if (free[size_t(i)] && facts.ordinary(size_t(i)))
                candidates.push_back(i);
        }
        bool exists = false;
        QStringList subset;
        std::function<void(size_t)> tryFrom = [&](size_t from) {
            if (exists)
                return;
            if (subset.size() == count) {
                exists = stranded(plan, free, subset).isEmpty();
                return;
            }
            for (size_t k = from; k < candidates.size() && !exists; ++k) {
                subset.append(plan.seatId(candidates[k]));
                tryFrom(k + 1);
                subset.removeLast();
            }
        };
        tryFrom(0);

        const BestSeats best = plan.best(free, request(count));
        SCOPED_TRACE(testing::Message() << "round " << round << ", " << count << " of " << plan.size());
        expectWellFormed(plan, facts, free, request(count), best);
        ASSERT_EQ(best.isEmpty(), qsizetype(candidates.size()) < count);
        if (exists) {
            ++cleanExpected;
            EXPECT_TRUE(stranded(plan, free, best.seatIds).isEmpty()) << text(best.seatIds);
        }
    }
    EXPECT_GT(cleanExpected, 300);
}

// 1,000 random small plans with wheelchair spaces (each with a companion beside it, left or
// right), one or two asked for: every answer well formed (exactly the spaces asked, each free
// companion with its space, no companion otherwise, nothing blocked, nothing taken) and empty only
// when too few spaces or seats are free.
TEST(BestAvailableProperty, WheelchairRequestsOnSmallPlans)
{
    QRandomGenerator random(4242);
    int answered = 0;
    int together = 0;
    for (int round = 0; round < 1000; ++round) {
        QList<Row> rows;
        const int rowCount = 1 + int(random.bounded(3));
        for (int r = 0; r < rowCount; ++r) {
            const int n = 2 + int(random.bounded(8));
            Row row = straightRow(QString(QChar(u'A' + r)), n, 3.0 + r);
            if (random.bounded(3) != 0) {
                const int at = int(random.bounded(n - 1));
                const bool wheelchairLeft = random.bounded(2) == 0;
                row.seats[at].flags = wheelchairLeft ? SeatFlag::Wheelchair : SeatFlag::Companion;
                row.seats[at + 1].flags = wheelchairLeft ? SeatFlag::Companion : SeatFlag::Wheelchair;
            }
            if (random.bounded(6) == 0) {
                const int at = int(random.bounded(n));
                if (!row.seats[at].flags)
                    row.seats[at].flags = SeatFlag::Blocked;
            }
            rows.append(row);
        }
        const Layout layout = layoutOf(rows, random.bounded(8.0));
        const SeatingPlan plan(layout);
        const PlanFacts facts(layout);
        std::vector<bool> free(size_t(plan.size()));
        for (size_t i = 0; i < free.size(); ++i)
            free[i] = random.generateDouble() < 0.7;
        const int spaces = 1 + int(random.bounded(2));
        const int count = spaces + int(random.bounded(4));
        const BestSeatsRequest req = request(count, spaces);
        const BestSeats best = plan.best(free, req);
        SCOPED_TRACE(testing::Message() << "round " << round << ", " << count << " with " << spaces);
        expectWellFormed(plan, facts, free, req, best);

        int freeSpaces = 0;
        int freeOrdinary = 0;
        for (size_t i = 0; i < free.size(); ++i) {
            freeSpaces += free[i] && facts.flags[i].testFlag(SeatFlag::Wheelchair) ? 1 : 0;
            freeOrdinary += free[i] && facts.ordinary(i) ? 1 : 0;
        }
        if (freeSpaces < spaces) {
            EXPECT_TRUE(best.isEmpty());
        } else if (freeOrdinary >= count - spaces) {
            EXPECT_FALSE(best.isEmpty()) << "spaces and seats are free";
        }
        answered += best.isEmpty() ? 0 : 1;
        together += best.together ? 1 : 0;
    }
    EXPECT_GT(answered, 300);
    EXPECT_GT(together, 50);
}

// Single rows of up to 12 seats (sometimes with a gap), every window tried: best() finds a
// together choice without orphans exactly when one exists, and one as good.
TEST(BestAvailableProperty, SingleRowsAgainstEveryWindow)
{
    QRandomGenerator random(77);
    int together = 0;
    for (int round = 0; round < 1000; ++round) {
        const int n = 1 + int(random.bounded(12));
        QList<int> gaps;
        if (n > 3 && random.bounded(3) == 0)
            gaps.append(1 + int(random.bounded(n - 2)));
        const Layout layout = layoutOf({straightRow(s("A"), n, 3.0, 0.0, gaps)}, random.bounded(double(n)));
        const SeatingPlan plan(layout);
        std::vector<bool> free(static_cast<size_t>(n));
        const double freeShare = 0.4 + 0.6 * random.generateDouble();
        for (size_t i = 0; i < free.size(); ++i)
            free[i] = random.generateDouble() < freeShare;
        const int count = 1 + int(random.bounded(std::min(n, 6)));

        double bestScore = -1.0;
        for (int start = 0; start + count <= n; ++start) {
            bool ok = true;
            for (int i = start; i < start + count && ok; ++i)
                ok = free[size_t(i)] && (i == start || !gaps.contains(i - 1));
            if (!ok)
                continue;
            QStringList window;
            for (int i = start; i < start + count; ++i)
                window.append(plan.seatId(i));
            if (stranded(plan, free, window).isEmpty())
                bestScore = std::max(bestScore, scoreOf(plan, window));
        }

        const BestSeats best = plan.best(free, request(count));
        SCOPED_TRACE(testing::Message() << "round " << round << ", " << count << " of " << n);
        const bool cleanTogether = best.together && stranded(plan, free, best.seatIds).isEmpty();
        EXPECT_EQ(cleanTogether, bestScore >= 0.0) << text(best.seatIds);
        if (bestScore >= 0.0) {
            ++together;
            EXPECT_GE(scoreOf(plan, best.seatIds), bestScore - 1e-9) << text(best.seatIds);
        }
    }
    EXPECT_GT(together, 300);
}
