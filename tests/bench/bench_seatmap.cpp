// bench_seatmap: how fast the seat map opens a big layout and absorbs a burst of seat changes.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/bench_seatmap [--runs N] [--profile N]
//
// Targets (issue): a 5,000-seat layout opens in under 300 ms; a burst of 1,000 seat updates keeps
// each frame under 16 ms. The view is 1280x800 and shows the whole layout (every seat is painted
// in every frame: the worst case). "Open" is scene build + view set-up + the first paint. A frame
// is applying the changes plus the event-loop pass that paints them (QGraphicsScene's dirty-item
// processing, the paint event, the flush to the offscreen backing store). Prints Markdown.

#include "benchwidgets.h"
#include "layout.h"
#include "protocol.h"
#include "seatitem.h"
#include "seatmapscene.h"
#include "seatmapview.h"

#include <QtCore/QRandomGenerator>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <string>
#include <cstdio>
#include <vector>

using namespace Marquee;
using namespace Marquee::Bench;

namespace {

constexpr int ViewWidth = 1280;
constexpr int ViewHeight = 800;

QHash<QString, Money> benchPrices()
{
    return { { QStringLiteral("premium"), *Money::parse(u"45.00", u"EUR") },
             { QStringLiteral("standard"), *Money::parse(u"30.00", u"EUR") },
             { QStringLiteral("economy"), *Money::parse(u"18.50", u"EUR") } };
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
    preferOffscreen();
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    int runs = runsFromArguments(args, 9);

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

    printTableHeader();
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
