#include "bestavailable.h"

#include <QtCore/QHash>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>

namespace Marquee {

namespace {

// What a seat is to the search. Wheelchair spaces and companion seats are never "ordinary": they
// are sold only to those who ask for them, so to their ordinary neighbours they are walls (a
// seat between a taken seat and a wheelchair space is alone). A blocked seat is never sold: a
// wall as well, whatever the caller says about it being free.
enum class Kind : std::uint8_t { Ordinary, Wheelchair, Companion, Blocked };

Kind kindOf(SeatFlags flags)
{
    if (flags.testFlag(SeatFlag::Blocked))
        return Kind::Blocked;
    if (flags.testFlag(SeatFlag::Wheelchair))
        return Kind::Wheelchair;
    if (flags.testFlag(SeatFlag::Companion))
        return Kind::Companion;
    return Kind::Ordinary;
}

// A row splits into blocks where neighbouring seats are this much further apart than the row's
// median spacing (an aisle or a wider gap: nobody sits "together" across it).
constexpr double GapFactor = 1.5;
// The score: ScoreFloor + (1 - ScoreFloor) * (HorizontalWeight * h + (1 - HorizontalWeight) * r),
// h and r in [0, 1]. The floor keeps every score above 0 as the header promises.
constexpr double ScoreFloor = 0.05;
constexpr double HorizontalWeight = 0.5;
// When the layout marks best rows, the other rows' r is at most this (nearer the band: higher),
// so that a best row always wins the row part of the score.
constexpr double OtherRowsCeiling = 0.7;
// Restricted-view seats are sold with a warning: a best-available search should not lead with them.
constexpr double RestrictedViewFactor = 0.6;
// Sums of scores compare with this tolerance: the first (in plan order) of equal windows wins,
// whatever the rounding of the sums.
constexpr double Tolerance = 1e-9;
// Splits over adjacent rows look at this many rows at most (then any runs anywhere).
constexpr int MaxAdjacentRows = 4;

constexpr double NoValue = -std::numeric_limits<double>::infinity();

// Whether the segment p-q and the segment a-b cross (properly: touching does not count).
bool crosses(LayoutPoint p, LayoutPoint q, LayoutPoint a, LayoutPoint b)
{
    const auto side = [](LayoutPoint o, LayoutPoint u, LayoutPoint v) {
        return (u.x - o.x) * (v.y - o.y) - (u.y - o.y) * (v.x - o.x);
    };
    const double d1 = side(a, b, p);
    const double d2 = side(a, b, q);
    const double d3 = side(p, q, a);
    const double d4 = side(p, q, b);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

struct Block
{
    qsizetype start = 0; // plan indexes [start, end)
    qsizetype end = 0;
    qsizetype row = 0;   // index into PlanData::rows
};

struct RowSpan
{
    qsizetype start = 0; // plan indexes [start, end)
    qsizetype end = 0;
    qsizetype section = 0;
};

// The immutable part of a plan, shared by its copies. (SeatingPlan::Data is private; the search
// below works on this base.)
struct PlanData
{
    std::vector<QString> ids;
    QHash<QString, qsizetype> indexes;
    std::vector<Kind> kinds;
    std::vector<double> scores;
    std::vector<double> prefix;       // prefix[i]: the sum of scores[0..i)
    std::vector<qsizetype> blockOf;   // index into blocks
    std::vector<qsizetype> partner;   // a wheelchair space's companion seat and back; -1: none
    std::vector<Block> blocks;
    std::vector<RowSpan> rows;

    qsizetype size() const { return qsizetype(ids.size()); }
    double sum(qsizetype from, qsizetype to) const { return prefix[size_t(to)] - prefix[size_t(from)]; }
    qsizetype rowOf(qsizetype index) const { return blocks[size_t(blockOf[size_t(index)])].row; }
    // Whether `other` is a seat of the same block as `index`.
    bool sameBlock(qsizetype index, qsizetype other) const
    {
        if (other < 0 || other >= size())
            return false;
        return blockOf[size_t(other)] == blockOf[size_t(index)];
    }
};

// A maximal stretch of free ordinary seats in a block: walls (the block's ends, taken seats,
// wheelchair spaces, companion and blocked seats) on both sides. Taking t of its L seats leaves no
// new orphan exactly when the seats left over are none or at least two on each side: t == L, or a
// window that does not leave a single seat at either end. A run of one was alone already.
struct Run
{
    qsizetype start = 0;
    int length = 0;
    qsizetype row = 0;
};

// A contiguous window of seats; no value when there is none.
struct Window
{
    double value = NoValue;
    qsizetype start = -1;
    int strands = 0; // orphans it would make
    bool found() const { return start >= 0; }
};

struct Choice
{
    std::vector<qsizetype> seats; // plan indexes
    bool together = false;
    bool clean = true; // leaves no new orphan
};

class Search
{
public:
    Search(const PlanData &plan, const std::vector<bool> &free)
        : m_plan(plan)
        , m_free(free)
    {
    }

    // `count` ordinary seats: together without orphans, else split without orphans, else together
    // with an orphan, else split anyhow; nothing when fewer seats are free.
    Choice ordinary(int count);
    Choice withWheelchairs(int count, int wheelchairSpaces);

private:
    bool isFree(qsizetype i) const { return m_free[size_t(i)]; }
    bool isOpen(qsizetype i) const { return m_plan.kinds[size_t(i)] == Kind::Ordinary && isFree(i); }
    // A free ordinary seat of the same block as `index`.
    bool isOpenNeighbour(qsizetype index, qsizetype other) const
    {
        return m_plan.sameBlock(index, other) && isOpen(other);
    }

    void findRuns();
    Window bestWindowInRun(const Run &run, int take, bool clean) const;
    Choice together(int count, bool clean) const;
    Choice splitOverAdjacentRows(int count) const;
    Choice splitOverRuns(int count) const;
    Choice splitAnyhow(int count) const;
    void computeRunOptions(int count);
    // The best clean window of `take` seats in run `r` (precomputed by computeRunOptions).
    const Window &option(qsizetype r, int take) const
    {
        return m_options[size_t(m_optionStart[size_t(r)] + take - 1)];
    }
    int optionCount(qsizetype r) const
    {
        return int(m_optionStart[size_t(r) + 1] - m_optionStart[size_t(r)]);
    }
    static void appendWindow(std::vector<qsizetype> &seats, qsizetype start, int length)
    {
        for (int i = 0; i < length; ++i)
            seats.push_back(start + i);
    }

    const PlanData &m_plan;
    const std::vector<bool> &m_free;
    std::vector<Run> m_runs;
    qsizetype m_openSeats = 0;
    // computeRunOptions(): for run r, the best clean windows of 1..min(length, count) seats.
    std::vector<qsizetype> m_optionStart;
    std::vector<Window> m_options;
};

void Search::findRuns()
{
    m_runs.clear();
    m_openSeats = 0;
    for (const Block &block : m_plan.blocks) {
        qsizetype start = -1;
        for (qsizetype i = block.start; i <= block.end; ++i) {
            const bool open = i < block.end && isOpen(i);
            if (open && start < 0) {
                start = i;
            } else if (!open && start >= 0) {
                m_runs.push_back(Run{start, int(i - start), block.row});
                m_openSeats += i - start;
                start = -1;
            }
        }
    }
}

Window Search::bestWindowInRun(const Run &run, int take, bool clean) const
{
    Window best;
    if (take < 1 || take > run.length)
        return best;
    for (int offset = 0; offset + take <= run.length; ++offset) {
        const int rest = run.length - take - offset;
        const int strands = (offset == 1 ? 1 : 0) + (rest == 1 ? 1 : 0);
        if (clean && strands > 0)
            continue;
        const double value = m_plan.sum(run.start + offset, run.start + offset + take);
        if (!best.found() || strands < best.strands || (strands == best.strands && value > best.value + Tolerance))
            best = Window{value, run.start + offset, strands};
    }
    return best;
}

Choice Search::together(int count, bool clean) const
{
    Window best;
    for (const Run &run : m_runs) {
        if (run.length < count)
            continue;
        const Window w = bestWindowInRun(run, count, clean);
        if (w.found()
            && (!best.found() || w.strands < best.strands
                || (w.strands == best.strands && w.value > best.value + Tolerance)))
            best = w;
    }
    Choice choice;
    if (best.found()) {
        appendWindow(choice.seats, best.start, count);
        choice.together = true;
        choice.clean = best.strands == 0;
    }
    return choice;
}

void Search::computeRunOptions(int count)
{
    m_optionStart.assign(m_runs.size() + 1, 0);
    m_options.clear();
    for (size_t r = 0; r < m_runs.size(); ++r) {
        const int n = std::min(m_runs[r].length, count);
        m_optionStart[r] = qsizetype(m_options.size());
        for (int take = 1; take <= n; ++take)
            m_options.push_back(bestWindowInRun(m_runs[r], take, true));
    }
    m_optionStart[m_runs.size()] = qsizetype(m_options.size());
}

// One group in each of m adjacent rows of a section (m = 2.., fewest rows first), the best sum
// of scores among them.
Choice Search::splitOverAdjacentRows(int count) const
{
    // For every row: the best clean window of each size over its runs (table[t - 1]).
    struct RowOption
    {
        double value = NoValue;
        qsizetype run = -1;
    };
    const qsizetype rowCount = qsizetype(m_plan.rows.size());
    std::vector<qsizetype> tableStart(size_t(rowCount) + 1, 0);
    {
        std::vector<int> longest(size_t(rowCount), 0);
        for (const Run &run : m_runs)
            longest[size_t(run.row)] = std::max(longest[size_t(run.row)], std::min(run.length, count));
        for (qsizetype r = 0; r < rowCount; ++r)
            tableStart[size_t(r) + 1] = tableStart[size_t(r)] + longest[size_t(r)];
    }
    std::vector<RowOption> table(static_cast<size_t>(tableStart[size_t(rowCount)]));
    for (size_t r = 0; r < m_runs.size(); ++r) {
        const qsizetype row = m_runs[r].row;
        for (int take = 1; take <= optionCount(qsizetype(r)); ++take) {
            const Window &w = option(qsizetype(r), take);
            RowOption &slot = table[size_t(tableStart[size_t(row)] + take - 1)];
            if (w.found() && w.value > slot.value + Tolerance)
                slot = RowOption{w.value, qsizetype(r)};
        }
    }
    const auto sizes = [&](qsizetype row) { return int(tableStart[size_t(row) + 1] - tableStart[size_t(row)]); };
    const auto at = [&](qsizetype row, int take) -> const RowOption & {
        return table[size_t(tableStart[size_t(row)] + take - 1)];
    };

    // dp[s]: the best sum of s seats with one group in each row so far.
    const int maxRows = std::min(count, MaxAdjacentRows);
    std::vector<double> dp(size_t(count) + 1);
    std::vector<double> next(size_t(count) + 1);
    int bestRows = maxRows + 1;
    double bestValue = NoValue;
    qsizetype bestStart = -1;
    for (qsizetype first = 0; first < rowCount; ++first) {
        if (sizes(first) == 0)
            continue;
        std::fill(dp.begin(), dp.end(), NoValue);
        for (int take = 1; take <= sizes(first); ++take)
            dp[size_t(take)] = at(first, take).value;
        for (int m = 2; m <= std::min(maxRows, bestRows); ++m) {
            const qsizetype row = first + m - 1;
            if (row >= rowCount || m_plan.rows[size_t(row)].section != m_plan.rows[size_t(first)].section
                || sizes(row) == 0)
                break;
            std::fill(next.begin(), next.end(), NoValue);
            bool any = false;
            for (int s = m; s <= count; ++s) {
                for (int take = 1; take <= std::min(sizes(row), s - 1); ++take) {
                    const double before = dp[size_t(s - take)];
                    const double here = at(row, take).value;
                    if (before == NoValue || here == NoValue)
                        continue;
                    if (before + here > next[size_t(s)]) {
                        next[size_t(s)] = before + here;
                        any = true;
                    }
                }
            }
            dp.swap(next);
            if (!any)
                break;
            if (dp[size_t(count)] != NoValue
                && (m < bestRows || (m == bestRows && dp[size_t(count)] > bestValue + Tolerance))) {
                bestRows = m;
                bestValue = dp[size_t(count)];
                bestStart = first;
            }
        }
    }
    Choice choice;
    if (bestStart < 0)
        return choice;

    // Again for the winner, with the sizes chosen per row.
    std::vector<std::vector<double>> values(size_t(bestRows), std::vector<double>(size_t(count) + 1, NoValue));
    std::vector<std::vector<int>> takes(size_t(bestRows), std::vector<int>(size_t(count) + 1, 0));
    for (int take = 1; take <= sizes(bestStart); ++take) {
        values[0][size_t(take)] = at(bestStart, take).value;
        takes[0][size_t(take)] = take;
    }
    for (int m = 1; m < bestRows; ++m) {
        const qsizetype row = bestStart + m;
        for (int s = 1; s <= count; ++s) {
            for (int take = 1; take <= std::min(sizes(row), s - 1); ++take) {
                const double before = values[size_t(m - 1)][size_t(s - take)];
                const double here = at(row, take).value;
                if (before == NoValue || here == NoValue)
                    continue;
                if (before + here > values[size_t(m)][size_t(s)]) {
                    values[size_t(m)][size_t(s)] = before + here;
                    takes[size_t(m)][size_t(s)] = take;
                }
            }
        }
    }
    int s = count;
    for (int m = bestRows - 1; m >= 0; --m) {
        const int take = takes[size_t(m)][size_t(s)];
        const RowOption &o = at(bestStart + m, take);
        appendWindow(choice.seats, option(o.run, take).start, take);
        s -= take;
    }
    std::sort(choice.seats.begin(), choice.seats.end());
    return choice;
}

// Any runs anywhere: the fewest groups, then the best sum (a knapsack over the runs, each giving
// one clean window). Exact: when some choice of `count` seats leaves no new orphan, this finds one.
Choice Search::splitOverRuns(int count) const
{
    struct Cell
    {
        int groups = std::numeric_limits<int>::max();
        double value = NoValue;
        bool reached() const { return groups != std::numeric_limits<int>::max(); }
    };
    std::vector<Cell> dp(size_t(count) + 1);
    dp[0] = Cell{0, 0.0};
    // taken[r * (count + 1) + s]: seats run r gave when dp[s] last improved at run r (0: none).
    std::vector<std::uint8_t> taken(m_runs.size() * size_t(count + 1), 0);
    for (size_t r = 0; r < m_runs.size(); ++r) {
        const int n = optionCount(qsizetype(r));
        for (int s = count; s >= 1; --s) {
            for (int take = 1; take <= std::min(n, s); ++take) {
                const Window &w = option(qsizetype(r), take);
                const Cell &before = dp[size_t(s - take)];
                if (!w.found() || !before.reached())
                    continue;
                const Cell candidate{before.groups + 1, before.value + w.value};
                Cell &cell = dp[size_t(s)];
                if (candidate.groups < cell.groups
                    || (candidate.groups == cell.groups && candidate.value > cell.value + Tolerance)) {
                    cell = candidate;
                    taken[r * size_t(count + 1) + size_t(s)] = std::uint8_t(take);
                }
            }
        }
    }
    Choice choice;
    if (!dp[size_t(count)].reached())
        return choice;
    int s = count;
    for (size_t r = m_runs.size(); r-- > 0 && s > 0;) {
        const int take = taken[r * size_t(count + 1) + size_t(s)];
        if (take == 0)
            continue;
        appendWindow(choice.seats, option(qsizetype(r), take).start, take);
        s -= take;
    }
    std::sort(choice.seats.begin(), choice.seats.end());
    return choice;
}

// The last resort (enough seats are free, but every choice strands someone): the longest runs
// first, each window placed as well as it can be.
Choice Search::splitAnyhow(int count) const
{
    std::vector<size_t> order(m_runs.size());
    for (size_t r = 0; r < order.size(); ++r)
        order[r] = r;
    std::stable_sort(order.begin(), order.end(),
                     [this](size_t a, size_t b) { return m_runs[a].length > m_runs[b].length; });
    Choice choice;
    choice.clean = false;
    int left = count;
    for (const size_t r : order) {
        if (left == 0)
            break;
        const int take = std::min(left, m_runs[r].length);
        appendWindow(choice.seats, bestWindowInRun(m_runs[r], take, false).start, take);
        left -= take;
    }
    std::sort(choice.seats.begin(), choice.seats.end());
    return choice;
}

Choice Search::ordinary(int count)
{
    findRuns();
    if (count < 1 || m_openSeats < count)
        return {};
    if (Choice c = together(count, true); !c.seats.empty())
        return c;
    computeRunOptions(count);
    if (Choice c = splitOverAdjacentRows(count); !c.seats.empty())
        return c;
    if (Choice c = splitOverRuns(count); !c.seats.empty())
        return c;
    if (Choice c = together(count, false); !c.seats.empty())
        return c;
    return splitAnyhow(count);
}

Choice Search::withWheelchairs(int count, int wheelchairSpaces)
{
    const auto usable = [this](qsizetype i) { return isFree(i) && m_plan.kinds[size_t(i)] != Kind::Blocked; };
    const auto freeCompanion = [&](qsizetype wheelchair) {
        const qsizetype c = m_plan.partner[size_t(wheelchair)];
        return c >= 0 && m_plan.kinds[size_t(c)] == Kind::Companion && usable(c);
    };

    // Together: a window of usable seats in one block with exactly the wheelchair spaces asked
    // for, every companion seat beside its own wheelchair space, and each free companion of a
    // chosen space inside unless the window has no ordinary seat left to give up for it.
    Window best;
    for (const Block &block : m_plan.blocks) {
        for (qsizetype start = block.start; start + count <= block.end; ++start) {
            const qsizetype end = start + count;
            int wheelchairs = 0;
            int companions = 0;
            int missing = 0;
            bool ok = true;
            for (qsizetype i = start; i < end && ok; ++i) {
                if (!usable(i)) {
                    ok = false;
                    break;
                }
                const qsizetype p = m_plan.partner[size_t(i)];
                switch (m_plan.kinds[size_t(i)]) {
                case Kind::Wheelchair:
                    ++wheelchairs;
                    if (freeCompanion(i) && (p < start || p >= end))
                        ++missing;
                    break;
                case Kind::Companion:
                    ++companions;
                    ok = p >= start && p < end;
                    break;
                case Kind::Ordinary:
                    break;
                case Kind::Blocked:
                    ok = false;
                    break;
                }
            }
            if (!ok || wheelchairs != wheelchairSpaces)
                continue;
            const int ordinarySeats = count - wheelchairs - companions;
            if (missing > 0 && ordinarySeats > 0)
                continue;
            // A free ordinary neighbour left alone: its other neighbour is no open seat, and the
            // window's end beside it was one.
            int strands = 0;
            if (isOpenNeighbour(start, start - 1) && isOpen(start) && !isOpenNeighbour(start, start - 2))
                ++strands;
            if (isOpenNeighbour(end - 1, end) && isOpen(end - 1) && !isOpenNeighbour(end - 1, end + 1))
                ++strands;
            const double value = m_plan.sum(start, end);
            if (!best.found() || strands < best.strands
                || (strands == best.strands && value > best.value + Tolerance))
                best = Window{value, start, strands};
        }
    }
    Choice sideBySide;
    if (best.found()) {
        appendWindow(sideBySide.seats, best.start, count);
        sideBySide.together = true;
        sideBySide.clean = best.strands == 0;
        if (sideBySide.clean)
            return sideBySide;
    }

    // Split: the best wheelchair spaces (each with its free companion, as far as count allows),
    // the ordinary seats wherever they are best. Wheelchair spaces and companions are walls to
    // ordinary seats, so only the ordinary part can strand anyone.
    std::vector<qsizetype> spaces;
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        if (m_plan.kinds[size_t(i)] == Kind::Wheelchair && usable(i))
            spaces.push_back(i);
    }
    if (qsizetype(spaces.size()) < wheelchairSpaces)
        return sideBySide; // empty unless a together window exists (it cannot: too few spaces)
    const auto unitValue = [&](qsizetype w) {
        return m_plan.scores[size_t(w)] + (freeCompanion(w) ? m_plan.scores[size_t(m_plan.partner[size_t(w)])] : 0.0);
    };
    std::stable_sort(spaces.begin(), spaces.end(),
                     [&](qsizetype a, qsizetype b) { return unitValue(a) > unitValue(b) + Tolerance; });
    spaces.resize(size_t(wheelchairSpaces));
    Choice split;
    int companionsLeft = count - wheelchairSpaces;
    for (const qsizetype w : spaces) {
        split.seats.push_back(w);
        if (companionsLeft > 0 && freeCompanion(w)) {
            split.seats.push_back(m_plan.partner[size_t(w)]);
            --companionsLeft;
        }
    }
    const int rest = count - int(split.seats.size());
    if (rest > 0) {
        const Choice others = ordinary(rest);
        if (others.seats.empty())
            return sideBySide;
        if (!others.clean && best.found())
            return sideBySide; // a together window that strands a seat beats a split that does too
        split.clean = others.clean;
        split.seats.insert(split.seats.end(), others.seats.begin(), others.seats.end());
    }
    std::sort(split.seats.begin(), split.seats.end());
    // Units picked one by one may still sit side by side in one block (W C W C).
    split.together = true;
    for (size_t i = 1; i < split.seats.size() && split.together; ++i)
        split.together = split.seats[i] == split.seats[i - 1] + 1 && m_plan.sameBlock(split.seats[i], split.seats[i - 1]);
    return split;
}

} // namespace

struct SeatingPlan::Data : PlanData
{
};

SeatingPlan::SeatingPlan(const Layout &layout)
{
    auto data = std::make_shared<Data>();
    const qsizetype n = layout.seatCount();
    data->ids.reserve(size_t(n));
    data->indexes.reserve(n);
    data->kinds.reserve(size_t(n));
    data->blockOf.reserve(size_t(n));
    data->partner.assign(size_t(n), -1);

    const LayoutPoint stage = layout.stage.position;
    std::vector<double> rowDepths; // a row's mean distance from the stage along y
    std::vector<bool> bestRows;
    std::vector<double> gaps;
    double halfWidth = 0.0;
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        for (const Row &row : layout.sections.at(s).rows) {
            const qsizetype rowIndex = qsizetype(data->rows.size());
            const qsizetype start = data->size();
            const QList<Seat> &seats = row.seats;

            // The row's usual spacing: the median distance between neighbours.
            gaps.clear();
            for (qsizetype i = 1; i < seats.size(); ++i)
                gaps.push_back(std::hypot(seats.at(i).position.x - seats.at(i - 1).position.x,
                                          seats.at(i).position.y - seats.at(i - 1).position.y));
            double threshold = std::numeric_limits<double>::infinity();
            if (!gaps.empty()) {
                std::vector<double> sorted = gaps;
                std::nth_element(sorted.begin(), sorted.begin() + std::ptrdiff_t(sorted.size() / 2), sorted.end());
                threshold = GapFactor * sorted[sorted.size() / 2];
            }

            double depth = 0.0;
            qsizetype blockStart = start;
            for (qsizetype i = 0; i < seats.size(); ++i) {
                const Seat &seat = seats.at(i);
                const qsizetype index = data->size();
                if (i > 0) {
                    bool split = gaps[size_t(i - 1)] > threshold;
                    for (qsizetype a = 0; a < layout.aisles.size() && !split; ++a)
                        split = crosses(seats.at(i - 1).position, seat.position, layout.aisles.at(a).from,
                                        layout.aisles.at(a).to);
                    if (split) {
                        data->blocks.push_back(Block{blockStart, index, rowIndex});
                        blockStart = index;
                    }
                }
                data->ids.push_back(seat.id);
                if (!data->indexes.contains(seat.id)) // an invalid layout's duplicate: the first wins
                    data->indexes.insert(seat.id, index);
                data->kinds.push_back(kindOf(seat.flags));
                data->blockOf.push_back(qsizetype(data->blocks.size()));
                depth += std::abs(seat.position.y - stage.y);
                halfWidth = std::max(halfWidth, std::abs(seat.position.x - stage.x));
            }
            if (!seats.isEmpty())
                data->blocks.push_back(Block{blockStart, data->size(), rowIndex});
            data->rows.push_back(RowSpan{start, data->size(), s});
            rowDepths.push_back(seats.isEmpty() ? 0.0 : depth / double(seats.size()));
            bestRows.push_back(row.best);

            // Each wheelchair space's companion: the companion seat beside it (left first) not yet
            // taken by another space. A second companion beside the same space belongs to none and
            // is never proposed (a space comes with one companion).
            for (qsizetype i = start; i < data->size(); ++i) {
                if (data->kinds[size_t(i)] != Kind::Wheelchair)
                    continue;
                for (const qsizetype c : {i - 1, i + 1}) {
                    if (c >= start && c < data->size() && data->kinds[size_t(c)] == Kind::Companion
                        && data->partner[size_t(c)] < 0) {
                        data->partner[size_t(i)] = c;
                        data->partner[size_t(c)] = i;
                        break;
                    }
                }
            }
        }
    }

    // The row part of the score: 1 in the best rows (or two thirds back when none are marked),
    // falling off linearly with the distance from them.
    std::vector<double> rowScores(rowDepths.size(), 1.0);
    std::vector<double> bestDepths;
    for (size_t r = 0; r < rowDepths.size(); ++r) {
        if (bestRows[r])
            bestDepths.push_back(rowDepths[r]);
    }
    if (!rowDepths.empty()) {
        if (!bestDepths.empty()) {
            std::sort(bestDepths.begin(), bestDepths.end());
            std::vector<double> distances(rowDepths.size(), 0.0);
            double farthest = 0.0;
            for (size_t r = 0; r < rowDepths.size(); ++r) {
                const auto it = std::lower_bound(bestDepths.begin(), bestDepths.end(), rowDepths[r]);
                double d = std::numeric_limits<double>::infinity();
                if (it != bestDepths.end())
                    d = *it - rowDepths[r];
                if (it != bestDepths.begin())
                    d = std::min(d, rowDepths[r] - *(it - 1));
                distances[r] = d;
                farthest = std::max(farthest, d);
            }
            for (size_t r = 0; r < rowDepths.size(); ++r)
                rowScores[r] = bestRows[r] ? 1.0
                                           : OtherRowsCeiling * (farthest > 0.0 ? 1.0 - distances[r] / farthest : 1.0);
        } else {
            const auto [front, back] = std::minmax_element(rowDepths.begin(), rowDepths.end());
            const double target = *front + (*back - *front) * 2.0 / 3.0;
            const double span = std::max(target - *front, *back - target);
            for (size_t r = 0; r < rowDepths.size(); ++r)
                rowScores[r] = span > 0.0 ? 1.0 - std::abs(rowDepths[r] - target) / span : 1.0;
        }
    }

    halfWidth = std::max(halfWidth, SeatSize);
    data->scores.reserve(size_t(n));
    data->prefix.reserve(size_t(n) + 1);
    data->prefix.push_back(0.0);
    qsizetype rowIndex = 0;
    for (const Section &section : layout.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                const double h = 1.0 - std::abs(seat.position.x - stage.x) / halfWidth;
                const double r = rowScores[size_t(rowIndex)];
                double score = ScoreFloor
                               + (1.0 - ScoreFloor) * (HorizontalWeight * h + (1.0 - HorizontalWeight) * r);
                if (seat.flags.testFlag(SeatFlag::RestrictedView))
                    score *= RestrictedViewFactor;
                score = std::clamp(score, ScoreFloor * RestrictedViewFactor, 1.0);
                data->scores.push_back(score);
                data->prefix.push_back(data->prefix.back() + score);
            }
            ++rowIndex;
        }
    }
    d = std::move(data);
}

qsizetype SeatingPlan::size() const
{
    return d ? d->size() : 0;
}

qsizetype SeatingPlan::indexOf(const QString &seatId) const
{
    return d ? d->indexes.value(seatId, -1) : -1;
}

QString SeatingPlan::seatId(qsizetype index) const
{
    return index >= 0 && index < size() ? d->ids[size_t(index)] : QString();
}

double SeatingPlan::score(qsizetype index) const
{
    return index >= 0 && index < size() ? d->scores[size_t(index)] : 0.0;
}

BestSeats SeatingPlan::best(const std::vector<bool> &free, const BestSeatsRequest &request) const
{
    if (!d || qsizetype(free.size()) != size() || request.count < 1 || request.count > BestSeatsRequest::MaxCount
        || request.wheelchairSpaces < 0 || request.wheelchairSpaces > request.count)
        return {};
    Search search(*d, free);
    const Choice choice = request.wheelchairSpaces > 0
                              ? search.withWheelchairs(request.count, request.wheelchairSpaces)
                              : search.ordinary(request.count);
    BestSeats result;
    if (qsizetype(choice.seats.size()) != request.count)
        return result;
    result.together = choice.together;
    result.seatIds.reserve(request.count);
    qsizetype lastRow = -1;
    for (const qsizetype i : choice.seats) { // sorted: rows come in plan order
        result.seatIds.append(d->ids[size_t(i)]);
        const qsizetype row = d->rowOf(i);
        if (row != lastRow) {
            ++result.rows;
            lastRow = row;
        }
    }
    return result;
}

QStringList SeatingPlan::stranded(const std::function<bool(const QString &seatId)> &isFree,
                                  const QStringList &taking) const
{
    if (!d || taking.isEmpty())
        return {};
    std::vector<qsizetype> taken;
    taken.reserve(size_t(taking.size()));
    for (const QString &id : taking) {
        const qsizetype i = d->indexes.value(id, -1);
        if (i >= 0)
            taken.push_back(i);
    }
    std::sort(taken.begin(), taken.end());
    taken.erase(std::unique(taken.begin(), taken.end()), taken.end());
    const auto isTaking = [&](qsizetype i) { return std::binary_search(taken.begin(), taken.end(), i); };
    const auto ordinary = [&](qsizetype i) { return d->kinds[size_t(i)] == Kind::Ordinary; };

    std::vector<qsizetype> alone;
    for (const qsizetype t : taken) {
        for (const qsizetype seat : {t - 1, t + 1}) {
            if (!d->sameBlock(t, seat) || !ordinary(seat) || isTaking(seat) || !isFree(d->ids[size_t(seat)]))
                continue;
            // `seat` stays free. Alone now: no open neighbour once `taking` is taken; it had one
            // before (a seat being taken counts as free before).
            bool openAfter = false;
            bool openBefore = false;
            for (const qsizetype other : {seat - 1, seat + 1}) {
                if (!d->sameBlock(seat, other) || !ordinary(other))
                    continue;
                if (isTaking(other)) {
                    openBefore = true;
                } else if (isFree(d->ids[size_t(other)])) {
                    openBefore = true;
                    openAfter = true;
                }
            }
            if (!openAfter && openBefore)
                alone.push_back(seat);
        }
    }
    std::sort(alone.begin(), alone.end());
    alone.erase(std::unique(alone.begin(), alone.end()), alone.end());
    QStringList ids;
    ids.reserve(qsizetype(alone.size()));
    for (const qsizetype i : alone)
        ids.append(d->ids[size_t(i)]);
    return ids;
}

} // namespace Marquee
