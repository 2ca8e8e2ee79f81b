#pragma once

// What the widget benches (bench_seatmap, bench_studio) share: the generated halls they open,
// a wall and CPU clock, statistics of a series and the Markdown rows they print.

#include "layout.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <vector>

namespace Marquee::Bench {

// 5,000 seats: curved stalls and circle, two straight side blocks, a screen, three categories.
Layout makeBenchLayout();
// `copies` of that hall side by side (ids prefixed "h<copy>-"): 4 copies are 20,000 seats.
Layout makeBenchHalls(int copies);

// Wall-clock time (what the user sees) and this thread's CPU time (what the code costs,
// independent of other processes competing for the cores). Painting offscreen happens in this
// thread.
class Clock
{
public:
    void start();
    double wallMs() const;
    double cpuMs() const;

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

struct Series
{
    std::vector<double> wall;
    std::vector<double> cpu;
    void add(const Clock &clock);
};

// Widget benches run offscreen unless QT_QPA_PLATFORM says otherwise (call before QApplication).
void preferOffscreen();
// The value of --runs N on the command line, or `fallback`.
int runsFromArguments(const QStringList &arguments, int fallback);

// Counts paint events of a widget (a view's viewport), to be sure that a measured frame did paint.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;
    int framesWithoutPaint = 0; // e.g. a change that leaves the seat as it was

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

// One frame: whatever was changed since the last one gets painted (the scene processes dirty
// items in a queued call, which posts the viewport's update request). Changes that leave the
// picture as it was paint nothing: such a frame is just the event loop pass.
void runFrame(PaintCounter &counter);

// | name | wall median | wall max | CPU median | CPU max | samples | target |
void printTableHeader();
void printRow(const char *name, const Series &series, const char *target, bool bold = false);

// The processor's model name, for the table's caption.
QString cpuName();

} // namespace Marquee::Bench
