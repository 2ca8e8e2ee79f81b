#include "testlayouts.h"

#include "layoutjson.h"
#include "layoutvalidator.h"

#include <QtCore/QFile>

namespace {

QString rowLabel(int i)
{
    return QString(QChar(u'A' + i % 26)) + (i >= 26 ? QString::number(i / 26) : QString());
}

} // namespace

Marquee::Layout loadDemoLayout(const QString &name)
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/resources/layouts/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    auto layout = Marquee::layoutFromJsonText(file.readAll());
    return layout ? *layout : Marquee::Layout{};
}

Marquee::Layout makeTestHall5000()
{
    using namespace Marquee;
    Layout layout;
    layout.name = QStringLiteral("Test hall 5000");
    layout.stage = Stage{StageKind::Screen, LayoutPoint{0.0, 0.0}, 40.0};
    layout.categories = {Category{QStringLiteral("standard"), QStringLiteral("Standard"), QStringLiteral("#1f6fb2")}};

    Section stalls{QStringLiteral("stalls"), QStringLiteral("Stalls"), {}};
    for (int r = 0; r < 40; ++r) {
        const QString id = QStringLiteral("st-") + rowLabel(r);
        Row row;
        row.id = id;
        row.label = rowLabel(r);
        // Blocks of 16, 48 and 16 seats; the aisles between them are 3.0 from seat to seat.
        const int sizes[] = {16, 48, 16};
        const double starts[] = {-42.0, -23.5, 26.0};
        int first = 1;
        for (int b = 0; b < 3; ++b) {
            RowSeatOptions o;
            o.count = sizes[b];
            o.firstNumber = first;
            o.categoryId = QStringLiteral("standard");
            row.seats.append(makeStraightRow(id, row.label, LayoutPoint{starts[b], 4.0 + 1.2 * r}, o)->seats);
            first += sizes[b];
        }
        stalls.rows.append(row);
    }
    QList<Seat> &last = stalls.rows.last().seats;
    last[16].flags = SeatFlag::Wheelchair;
    last[17].flags = SeatFlag::Companion;
    last[62].flags = SeatFlag::Companion;
    last[63].flags = SeatFlag::Wheelchair;
    stalls.rows.first().seats.first().flags = SeatFlag::Blocked;

    Section circle{QStringLiteral("circle"), QStringLiteral("Circle"), {}};
    for (int r = 0; r < 20; ++r) {
        RowSeatOptions o;
        o.count = 90;
        o.spacing = 1.05;
        o.categoryId = QStringLiteral("standard");
        circle.rows.append(*makeCurvedRow(QStringLiteral("ci-") + rowLabel(r), rowLabel(r), LayoutPoint{0.0, -40.0},
                                          110.0 + 1.2 * r, o));
    }
    layout.sections = {stalls, circle};
    return layout;
}

std::string validationProblems(const Marquee::Layout &layout)
{
    std::string out;
    for (const Marquee::Error &error : Marquee::validateLayout(layout))
        out += error.toString().toStdString() + "\n";
    return out;
}
