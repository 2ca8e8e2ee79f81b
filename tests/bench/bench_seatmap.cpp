// bench_seatmap: how fast the seat map opens a big layout and absorbs a burst of seat changes.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/bench_seatmap [--runs N] [--profile N]
//
// Targets (issue): a 5,000-seat layout opens in under 300 ms; a burst of 1,000 seat updates keeps
// each frame under 16 ms. The view is 1280x800 and shows the whole layout (every seat is painted
// in every frame: the worst case). "Open" is scene build + view set-up + the first paint. A frame
// is applying the changes plus the event-loop pass that paints them (QGraphicsScene's dirty-item
// processing, the paint event, the flush to the offscreen backing store). Prints Markdown.

#include "layout.h"
#include "protocol.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "seatmapview.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSysInfo>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <ctime>
#include <string>
#include <cstdio>
#include <vector>

using namespace Marquee;

namespace {

constexpr int ViewWidth = 1280;
constexpr int ViewHeight = 800;

// 5,000 seats: two straight side blocks and two curved blocks (stalls and circle).
Layout makeBenchLayout()
{
    Layout layout;
    layout.name = QStringLiteral("Bench 5000");
    layout.stage = Stage { StageKind::Screen, LayoutPoint { 0.0, 0.0 }, 40.0 };
    layout.categories = { Category { QStringLiteral("premium"), QStringLiteral("Premium"), QStringLiteral("#c8102e") },
                          Category { QStringLiteral("standard"), QStringLiteral("Standard"), QStringLiteral("#1f6fb2") },
                          Category { QStringLiteral("economy"), QStringLiteral("Economy"), QStringLiteral("#5b8c2a") } };
    auto rowLabel = [](int i) -> QString { return QString(QChar(u'A' + i % 26)) + (i >= 26 ? QString::number(i / 26) : QString()); };

    // Curved stalls: 30 rows of 50 seats.
    Section stalls { QStringLiteral("stalls"), QStringLiteral("Stalls"), {} };
    for (int r = 0; r < 30; ++r) {
        RowSeatOptions o;
        o.count = 50;
        o.spacing = 1.05;
        o.categoryId = r < 8 ? QStringLiteral("premium") : QStringLiteral("standard");
        const QString id = QStringLiteral("s-") + rowLabel(r);
        stalls.rows.append(*makeCurvedRow(id, rowLabel(r), LayoutPoint { 0.0, -40.0 }, 44.0 + r * 1.2, o));
    }
    // Curved circle: 25 rows of 60 seats, behind the stalls.
    Section circle { QStringLiteral("circle"), QStringLiteral("Circle"), {} };
    for (int r = 0; r < 25; ++r) {
        RowSeatOptions o;
        o.count = 60;
        o.spacing = 1.05;
        o.categoryId = QStringLiteral("economy");
        const QString id = QStringLiteral("c-") + rowLabel(r);
        circle.rows.append(*makeCurvedRow(id, rowLabel(r), LayoutPoint { 0.0, -40.0 }, 82.0 + r * 1.2, o));
    }
    // Straight side blocks: 2 x 40 rows of 25 seats.
    Section left { QStringLiteral("left"), QStringLiteral("Left"), {} };
    Section right { QStringLiteral("right"), QStringLiteral("Right"), {} };
    for (int r = 0; r < 40; ++r) {
        RowSeatOptions o;
        o.count = 25;
        o.categoryId = QStringLiteral("standard");
        left.rows.append(*makeStraightRow(QStringLiteral("l-") + rowLabel(r), rowLabel(r),
                                          LayoutPoint { -62.0, 4.0 + r * 1.2 }, o));
        right.rows.append(*makeStraightRow(QStringLiteral("r-") + rowLabel(r), rowLabel(r),
                                           LayoutPoint { 38.0, 4.0 + r * 1.2 }, o));
    }
    layout.sections = { stalls, circle, left, right };
    return layout;
}

QHash<QString, Money> benchPrices()
{
    return { { QStringLiteral("premium"), *Money::parse(u"45.00", u"EUR") },
             { QStringLiteral("standard"), *Money::parse(u"30.00", u"EUR") },
             { QStringLiteral("economy"), *Money::parse(u"18.50", u"EUR") } };
}

// Counts paint events of the viewport, to be sure that a measured frame did paint.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;
    int framesWithoutPaint = 0; // e.g. a change that leaves the seat as it was

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

struct Stats
{
    double median = 0.0;
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
    s.max = values.back();
    return s;
}

// Wall-clock time (what the cashier sees) and this thread's CPU time (what the seat map costs,
// independent of other processes competing for the cores). Painting offscreen happens in this
// thread.
class Clock
{
public:
    void start()
    {
        m_wall.start();
        m_cpu = cpuNow();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(cpuNow() - m_cpu) / 1e6; }

private:
    static qint64 cpuNow()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Series
{
    std::vector<double> wall;
    std::vector<double> cpu;
    void add(const Clock &clock)
    {
        wall.push_back(clock.wallMs());
        cpu.push_back(clock.cpuMs());
    }
};

void printRow(const char *name, const Series &series, const char *target, bool bold = false)
{
    const Stats w = stats(series.wall), c = stats(series.cpu);
    const char *b = bold ? "**" : "";
    std::printf("| %s%s%s | %s%.2f%s | %.2f | %.2f | %.2f | %lld | %s |\n", b, name, b, b, w.median, b, w.max, c.median,
                c.max, static_cast<long long>(w.count), target);
}

// One frame: whatever was changed since the last one gets painted. (Changes that leave a seat
// as it was paint nothing: such a frame is just the event loop pass.)
void runFrame(PaintCounter &counter)
{
    const int before = counter.paints;
    // The scene processes dirty items in a queued call, which posts the viewport's update request.
    for (int pass = 0; pass < 3 && counter.paints == before; ++pass) {
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
    }
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

// Applies `changes` in deltas of `perFrame`, one frame each.
void burst(SeatMapScene &scene, PaintCounter &counter, const QList<SeatState> &changes, qsizetype perFrame,
           Series *apply, Series *frames)
{
    Clock clock;
    for (qsizetype i = 0; i < changes.size(); i += perFrame) {
        const QList<SeatState> delta = changes.mid(i, perFrame);
        clock.start();
        scene.applyChanges(delta);
        apply->add(clock);
        const int before = counter.paints;
        runFrame(counter);
        frames->add(clock);
        if (counter.paints == before)
            ++counter.framesWithoutPaint;
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    int runs = 9;
    const qsizetype runsAt = args.indexOf(QStringLiteral("--runs"));
    if (runsAt >= 0 && runsAt + 1 < args.size())
        runs = std::max(1, args.at(runsAt + 1).toInt());

    const Layout layout = makeBenchLayout();
    const QHash<QString, Money> prices = benchPrices();
    std::printf("Layout: %lld seats, view %dx%d showing all of them, %d runs\n",
                static_cast<long long>(layout.seatCount()), ViewWidth, ViewHeight, runs);
    std::printf("Machine: %s, Qt %s, platform %s\n\n", qPrintable(cpuName()), qVersion(),
                qPrintable(QApplication::platformName()));

    // --- open: build + first paint, fresh scene and view each run ---
    Series build, open;
    for (int run = 0; run < runs; ++run) {
        Clock clock;
        clock.start();
        SeatMapScene scene;
        scene.setOwnTerminalId(QStringLiteral("T1"));
        scene.setSeatLayout(layout, prices);
        build.add(clock);
        SeatMapView view;
        PaintCounter counter;
        view.viewport()->installEventFilter(&counter);
        view.resize(ViewWidth, ViewHeight);
        view.setSeatMapScene(&scene);
        view.show();
        runFrame(counter);
        open.add(clock);
    }

    // --- bursts of 1,000 seat updates on an open map ---
    SeatMapScene scene;
    scene.setOwnTerminalId(QStringLiteral("T1"));
    scene.setSeatLayout(layout, prices);
    SeatMapView view;
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    view.resize(ViewWidth, ViewHeight);
    view.setSeatMapScene(&scene);
    view.show();
    runFrame(counter);
    // Some seats selected, as at a busy terminal.
    scene.setSelectedSeatIds({ scene.seatItems().at(10)->seatId(), scene.seatItems().at(11)->seatId() });

    // --profile N: only N full repaints (to look at with perf).
    const qsizetype profileAt = args.indexOf(QStringLiteral("--profile"));
    if (profileAt >= 0 && profileAt + 1 < args.size()) {
        for (int i = args.at(profileAt + 1).toInt(); i > 0; --i)
            view.viewport()->repaint();
        return 0;
    }

    QRandomGenerator random(20240601);
    const QList<SeatItem *> &items = scene.seatItems();
    auto makeBurst = [&] {
        QList<SeatState> changes;
        changes.reserve(1000);
        for (int i = 0; i < 1000; ++i) {
            const QString id = items.at(random.bounded(int(items.size())))->seatId();
            switch (random.bounded(4)) {
            case 0:
                changes.append(SeatState { id, SeatStatus::Held, QStringLiteral("T2") });
                break;
            case 1:
                changes.append(SeatState { id, SeatStatus::Sold, std::nullopt });
                break;
            case 2:
                changes.append(SeatState { id, SeatStatus::Held, QStringLiteral("T1") });
                break;
            default:
                changes.append(SeatState { id, SeatStatus::Available, std::nullopt });
                break;
            }
        }
        return changes;
    };

    struct Scenario
    {
        const char *name;
        qsizetype perFrame;
        Series apply;
        Series frames;
    };
    std::vector<Scenario> scenarios { { "1 delta of 1,000 changes", 1000, {}, {} },
                                      { "100 deltas of 10 changes", 10, {}, {} },
                                      { "1,000 deltas of 1 change", 1, {}, {} } };
    for (int run = 0; run < runs; ++run) {
        for (Scenario &s : scenarios)
            burst(scene, counter, makeBurst(), s.perFrame, &s.apply, &s.frames);
    }

    // A full repaint of the whole map, for reference (what any frame costs at most).
    Series fullRepaint;
    for (int run = 0; run < runs; ++run) {
        Clock clock;
        clock.start();
        view.viewport()->repaint();
        fullRepaint.add(clock);
    }

    std::printf("| Measurement | Wall median (ms) | Wall max | CPU median | CPU max | Samples | Target |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---|\n");
    printRow("Open 5,000 seats: scene build", build, "");
    printRow("Open 5,000 seats: build + view + first paint", open, "< 300 ms", true);
    for (const Scenario &s : scenarios) {
        const std::string apply = std::string("Burst, ") + s.name + ": apply";
        const std::string frame = std::string("Burst, ") + s.name + ": frame (apply + paint)";
        printRow(apply.c_str(), s.apply, "");
        printRow(frame.c_str(), s.frames, "< 16 ms each", true);
    }
    printRow("Full repaint of the whole map (reference)", fullRepaint, "");
    std::printf("\nBurst frames that painted nothing (changes that left a seat as it was): %d\n",
                counter.framesWithoutPaint);
    return 0;
}
