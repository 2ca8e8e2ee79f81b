// bench_bestavailable: best-available seats and the no-orphan rule on a 5,000-seat plan.
//
//   build/tests/bench/bench_bestavailable [--runs N] [--full PERCENT]
//
// Target (issue 13): the best 6 seats in a 5,000-seat plan 80 % full well under 5 ms. The plan is
// tests/support's generated hall (makeTestHall5000: 40 stalls rows in three blocks, 20 curved
// circle rows), built once like a server builds it once per layout version. Occupancy: each seat
// taken with the given probability, a fresh random pattern (fixed seed) every 20 calls. One call is
// one sample. stranded() checks the 6 seats best() proposed, with isFree a look-up in the pattern
// (plan index, then a vector), as a server's hold check would ask it. Wall time (what a caller
// waits) and this thread's CPU time (what the code costs, whatever else runs on the cores). QtCore
// only; prints Markdown.

#include "bestavailable.h"
#include "layout.h"
#include "testlayouts.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStringList>
#include <QtCore/QSysInfo>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

using namespace Marquee;

namespace {

constexpr int CallsPerPattern = 20;

struct Stats
{
    double median = 0.0;
    double p99 = 0.0;
    double max = 0.0;
    qsizetype count = 0;
};

Stats stats(std::vector<double> values)
{
    Stats s;
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = qsizetype(values.size());
    s.median = values[values.size() / 2];
    s.p99 = values[std::min(values.size() - 1, values.size() * 99 / 100)];
    s.max = values.back();
    return s;
}

// Microseconds per call, wall and CPU.
struct Series
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

qint64 cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

class Clock
{
public:
    Clock()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    void addTo(Series &series) const
    {
        const double cpu = double(cpuNow() - m_cpu) / 1000.0;
        series.wall.push_back(double(m_wall.nsecsElapsed()) / 1000.0);
        series.cpu.push_back(cpu);
    }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

void printTableHeader()
{
    std::printf("| Measurement | Wall median (µs) | Wall p99 | Wall max | CPU median | CPU p99 | CPU max | Samples | Target |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
}

void printRow(const std::string &name, const Series &series, const char *target, bool bold = false)
{
    const Stats w = stats(series.wall);
    const Stats c = stats(series.cpu);
    const char *b = bold ? "**" : "";
    std::printf("| %s%s%s | %s%.1f%s | %s%.1f%s | %.1f | %.1f | %.1f | %.1f | %lld | %s |\n", b, name.c_str(), b, b,
                w.median, b, b, w.p99, b, w.max, c.median, c.p99, c.max, static_cast<long long>(w.count), target);
}

QString cpuName()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

int intArgument(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? std::max(1, arguments.at(at + 1).toInt()) : fallback;
}

struct Outcome
{
    int together = 0;
    int split = 0;
    int stranding = 0;
    int empty = 0;
};

// `runs` calls of best(request) over fresh patterns with `taken` of the seats gone.
Series timeBest(const SeatingPlan &plan, double taken, const BestSeatsRequest &request, int runs, quint32 seed,
                Outcome *outcome, Series *strandedTimes = nullptr)
{
    QRandomGenerator random(seed);
    std::vector<bool> free(size_t(plan.size()));
    Series times;
    times.wall.reserve(size_t(runs));
    times.cpu.reserve(size_t(runs));
    const auto isFree = [&](const QString &id) {
        const qsizetype i = plan.indexOf(id);
        return i >= 0 && free[size_t(i)];
    };
    for (int run = 0; run < runs; ++run) {
        if (run % CallsPerPattern == 0) {
            for (size_t i = 0; i < free.size(); ++i)
                free[i] = random.generateDouble() >= taken;
        }
        const Clock clock;
        const BestSeats best = plan.best(free, request);
        clock.addTo(times);
        if (!outcome || run % CallsPerPattern != 0)
            continue;
        if (best.isEmpty()) {
            ++outcome->empty;
            continue;
        }
        ++(best.together ? outcome->together : outcome->split);
        const Clock strandedClock;
        const QStringList alone = plan.stranded(isFree, best.seatIds);
        if (strandedTimes)
            strandedClock.addTo(*strandedTimes);
        outcome->stranding += alone.isEmpty() ? 0 : 1;
    }
    return times;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int runs = intArgument(arguments, QStringLiteral("--runs"), 20000);
    const int full = std::min(99, intArgument(arguments, QStringLiteral("--full"), 80));
    const double taken = full / 100.0;

    const Layout hall = makeTestHall5000();
    Series construct;
    SeatingPlan plan;
    for (int i = 0; i < 20; ++i) {
        const Clock clock;
        plan = SeatingPlan(hall);
        clock.addTo(construct);
    }

    std::printf("Best available: %lld-seat plan, %d %% full (random, fixed seed, a new pattern every %d calls), "
                "%d calls per row\n",
                static_cast<long long>(plan.size()), full, CallsPerPattern, runs);
    std::printf("Machine: %s, Qt %s\n\n", qPrintable(cpuName()), qVersion());

    timeBest(plan, taken, BestSeatsRequest{6, 0}, 2000, 1, nullptr); // warm-up
    Outcome six;
    Series strandedTimes;
    const Series bestSix = timeBest(plan, taken, BestSeatsRequest{6, 0}, runs, 20261202, &six, &strandedTimes);
    Outcome two;
    const Series bestTwo = timeBest(plan, taken, BestSeatsRequest{2, 0}, runs, 7, &two);
    Outcome wheelchair;
    const Series bestWheelchair
        = timeBest(plan, taken, BestSeatsRequest{4, 1}, runs, 11, &wheelchair);
    Outcome emptyHall;
    const Series bestEmpty = timeBest(plan, 0.0, BestSeatsRequest{6, 0}, runs, 13, &emptyHall);

    printTableHeader();
    const std::string percent = ", " + std::to_string(full) + " % full";
    printRow("best(6)" + percent, bestSix, "well under 5 ms", true);
    printRow("stranded() of the 6 seats best() proposed", strandedTimes, "");
    printRow("best(2)" + percent, bestTwo, "");
    printRow("best(4 with 1 wheelchair space)" + percent, bestWheelchair, "");
    printRow("best(6), empty hall", bestEmpty, "");
    printRow("SeatingPlan(layout): blocks and scores of 5,000 seats", construct, "once per layout version");
    std::printf("\nAnswers (one call per pattern): best(6): %d together, %d split, %d stranding a seat, %d empty; "
                "best(2): %d together, %d split; best(4, 1 wheelchair): %d together, %d split, %d empty.\n",
                six.together, six.split, six.stranding, six.empty, two.together, two.split, wheelchair.together,
                wheelchair.split, wheelchair.empty);
    return 0;
}
