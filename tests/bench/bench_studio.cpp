// bench_studio: how fast the layout studio edits big layouts.
//
//   QT_QPA_PLATFORM=offscreen build/release/tests/bench/bench_studio [--runs N] [--profile-move N]
//
// Targets (issue 9): with a 5,000-seat layout, select all + move one step < 50 ms (the command
// and the canvas update); generating a 2,000-seat curved block < 100 ms; validating 20,000 seats
// < 100 ms; opening a 20,000-seat layout in the studio window < 1 s (openLayout() until the scene
// is built). The window is 1360x860 and shows the whole layout. Extra rows show what follows
// each measured step (the paint of the frame, adding the generated block to a document). Prints
// Markdown.

#include "benchwidgets.h"
#include "layoutdocument.h"
#include "layoutedit.h"
#include "layoutvalidator.h"
#include "seatitem.h"
#include "studioscene.h"
#include "studioview.h"
#include "studiowindow.h"

#include <QtGui/QUndoStack>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>

using namespace Marquee;
using namespace Marquee::Bench;

namespace {

// A curved block of about 2,000 seats: 20 rows over 115 degrees from a radius of 40.
CurvedBlockOptions curvedBlock2000()
{
    CurvedBlockOptions o;
    o.sectionId = QStringLiteral("balcony");
    o.sectionName = QStringLiteral("Balcony");
    o.centre = { 0.0, -40.0 };
    o.firstRadius = 40.0;
    o.rowPitch = 1.6;
    o.rows = 20;
    o.spanDegrees = 115.0;
    o.seatPitch = 1.1;
    o.categoryId = QStringLiteral("standard");
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    preferOffscreen();
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    int runs = runsFromArguments(args, 9);

    const Layout hall = makeBenchLayout();
    const Layout halls = makeBenchHalls(4);
    std::printf("Layouts: %lld and %lld seats, studio window 1360x860 showing all of them, %d runs\n",
                static_cast<long long>(hall.seatCount()), static_cast<long long>(halls.seatCount()), runs);
    std::printf("Machine: %s, Qt %s, platform %s\n\n", qPrintable(cpuName()), qVersion(),
                qPrintable(QApplication::platformName()));

    Series open20k, openPaint20k, selectMove, movePaint, generate, addBlock, validate;
    // --profile-move N: only N selects and moves of 5,000 seats (to look at with perf).
    const qsizetype profileAt = args.indexOf(QStringLiteral("--profile-move"));
    const int profileMoves
        = profileAt >= 0 && profileAt + 1 < args.size() ? args.at(profileAt + 1).toInt() : 0;
    if (profileMoves > 0)
        runs = profileMoves;
    if (profileMoves == 0) {
        // --- opening 20,000 seats: a fresh window each run ---
        for (int run = 0; run < runs; ++run) {
            StudioWindow window;
            window.resize(1360, 860);
            window.show();
            PaintCounter counter;
            window.view()->viewport()->installEventFilter(&counter);
            runFrame(counter);
            Clock clock;
            clock.start();
            window.openLayout(halls, QStringLiteral("Bench"));
            open20k.add(clock);
            runFrame(counter);
            openPaint20k.add(clock);
            if (window.scene()->seatItems().size() != halls.seatCount())
                return 1;
            window.markSaved();
        }
    }
    {
        // --- select all + move one step, 5,000 seats ---
        StudioWindow window;
        window.resize(1360, 860);
        window.show();
        PaintCounter counter;
        window.view()->viewport()->installEventFilter(&counter);
        window.openLayout(hall, QStringLiteral("Bench"));
        runFrame(counter);
        LayoutDocument *document = window.document();
        for (int run = 0; run < runs; ++run) {
            document->setSelection({});
            runFrame(counter);
            Clock clock;
            clock.start();
            document->selectAll();
            document->moveSelection(run % 2 ? -0.5 : 0.5, 0.0);
            selectMove.add(clock);
            runFrame(counter);
            movePaint.add(clock);
        }
        const double x = window.scene()->seatItems().first()->pos().x();
        if (x != document->layout().sections.first().rows.first().seats.first().position.x)
            return 1;
        // --- a 2,000-seat curved block into the document (and onto the canvas) ---
        for (int run = 0; run < runs; ++run) {
            Clock clock;
            clock.start();
            CurvedBlockOptions options = curvedBlock2000();
            options.sectionId = freshSectionId(document->layout());
            const Result<Section> block = makeCurvedBlock(options);
            generate.add(clock);
            if (!block)
                return 1;
            document->addSection(*block, QStringLiteral("Add a block"));
            runFrame(counter);
            addBlock.add(clock);
            document->undoStack()->undo();
            if (profileMoves > 0)
                break;
        }
        window.markSaved();
    }
    if (profileMoves > 0)
        return 0;
    qsizetype blockSeats = 0;
    const Result<Section> block = makeCurvedBlock(curvedBlock2000());
    for (const Row &row : block->rows)
        blockSeats += row.seats.size();
    // --- validating 20,000 seats ---
    qsizetype problems = 0;
    for (int run = 0; run < runs; ++run) {
        Clock clock;
        clock.start();
        problems = validateLayout(halls).size();
        validate.add(clock);
    }

    printTableHeader();
    printRow("Open 20,000 seats in the studio (openLayout until the scene is built)", open20k, "< 1 s", true);
    printRow("Open 20,000 seats: ... and the first paint", openPaint20k, "");
    printRow("5,000 seats: select all + move one step (command and canvas)", selectMove, "< 50 ms", true);
    printRow("5,000 seats: ... and the frame that paints it", movePaint, "");
    const std::string generateName = "Generate a curved block of " + std::to_string(blockSeats) + " seats";
    printRow(generateName.c_str(), generate, "< 100 ms", true);
    printRow("... and add it to a 5,000-seat document and its canvas, painted", addBlock, "");
    printRow("Validate 20,000 seats", validate, "< 100 ms", true);
    std::printf("\nProblems found in the 20,000-seat layout: %lld\n", static_cast<long long>(problems));
    return 0;
}
