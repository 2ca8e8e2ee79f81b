// bench_weekgrid: how fast the programme's week grid opens with a full week of a 10-screen cinema.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/bench_weekgrid [--runs N]
//
// Target (issue 10): 10 auditoriums x 7 days x 6 shows (420 shows) open in under 200 ms. "Open" is
// building the scene (the auditoriums and the 420 show boxes) + the view's set-up + the first
// paint, fresh each run. Measured twice: in a 1280x800 view (what a manager sees; the grid scrolls)
// and in a view as big as the whole week (every box painted: the worst case). Prints Markdown.

#include "benchwidgets.h"
#include "protocol.h"
#include "weekgrid.h"

#include <QtWidgets/QApplication>

#include <cstdio>

using namespace Marquee;
using namespace Marquee::Bench;

namespace {

constexpr int Auditoriums = 10;
constexpr int ShowsPerDay = 6;

QList<AuditoriumSummary> benchAuditoriums()
{
    QList<AuditoriumSummary> auditoriums;
    for (int i = 1; i <= Auditoriums; ++i)
        auditoriums.append({ QString::number(i), QStringLiteral("Screen %1").arg(i), 1, 200 });
    return auditoriums;
}

// Six shows a day in every auditorium, from 10:00 every 2 h 30 (2 h 10 each, the last until 01:10).
QList<Show> benchShows(const QDate &monday)
{
    QList<Show> shows;
    const ShowStatus statuses[] = { ShowStatus::Scheduled, ShowStatus::OnSale, ShowStatus::SalesClosed };
    int id = 0;
    for (int day = 0; day < 7; ++day) {
        for (int a = 1; a <= Auditoriums; ++a) {
            for (int n = 0; n < ShowsPerDay; ++n) {
                Show show;
                show.id = QString::number(++id);
                show.auditoriumId = QString::number(a);
                show.title = QStringLiteral("Feature number %1 of the week").arg(id % 37);
                show.start = QDateTime(monday.addDays(day), QTime(10, 0)).addSecs(qint64(n) * 150 * 60 + a * 60);
                show.end = show.start.addSecs(130 * 60);
                show.status = statuses[id % 3];
                show.sold = id % 120;
                show.free = 200 - show.sold;
                shows.append(show);
            }
        }
    }
    return shows;
}

Series open(const QList<AuditoriumSummary> &auditoriums, const QList<Show> &shows, const QDate &monday, int runs,
            bool wholeWeek)
{
    Series series;
    for (int run = 0; run < runs; ++run) {
        Clock clock;
        clock.start();
        WeekGridScene scene;
        scene.setWeek(monday);
        scene.setAuditoriums(auditoriums);
        scene.setShows(shows);
        WeekGridView view(&scene);
        PaintCounter counter;
        view.viewport()->installEventFilter(&counter);
        if (wholeWeek)
            view.resize(scene.sceneRect().size().toSize() + QSize(4, 4));
        else
            view.resize(1280, 800);
        view.show();
        runFrame(counter);
        series.add(clock);
        if (counter.paints == 0)
            std::fprintf(stderr, "warning: run %d painted nothing\n", run);
        if (scene.showItems().size() != shows.size())
            std::fprintf(stderr, "error: %lld of %lld shows on the grid\n", static_cast<long long>(scene.showItems().size()),
                         static_cast<long long>(shows.size()));
    }
    return series;
}

} // namespace

int main(int argc, char **argv)
{
    preferOffscreen();
    QApplication app(argc, argv);
    const int runs = runsFromArguments(QApplication::arguments(), 9);
    const QDate monday(2026, 11, 30);
    const QList<AuditoriumSummary> auditoriums = benchAuditoriums();
    const QList<Show> shows = benchShows(monday);
    std::printf("Week grid: %d auditoriums x 7 days x %d shows = %lld shows, %d runs\n", Auditoriums, ShowsPerDay,
                static_cast<long long>(shows.size()), runs);
    std::printf("Machine: %s, Qt %s, platform %s\n\n", qPrintable(cpuName()), qVersion(),
                qPrintable(QApplication::platformName()));

    open(auditoriums, shows, monday, 1, false); // warm-up: fonts, style
    const Series visible = open(auditoriums, shows, monday, runs, false);
    const Series whole = open(auditoriums, shows, monday, runs, true);
    printTableHeader();
    printRow("open, 1280x800 view (build + first paint)", visible, "< 200 ms", true);
    printRow("open, the whole week in view (420 boxes painted)", whole, "< 200 ms");
    return 0;
}
