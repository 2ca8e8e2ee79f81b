#include "benchwidgets.h"

#include <QtCore/QEvent>
#include <QtCore/QFile>
#include <QtCore/QSysInfo>
#include <QtWidgets/QApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace Marquee::Bench {

namespace {

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

qint64 cpuNow()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString rowLabel(int i)
{
    return QString(QChar(u'A' + i % 26)) + (i >= 26 ? QString::number(i / 26) : QString());
}

} // namespace

Layout makeBenchLayout()
{
    Layout layout;
    layout.name = QStringLiteral("Bench 5000");
    layout.stage = Stage { StageKind::Screen, LayoutPoint { 0.0, 0.0 }, 40.0 };
    layout.categories
        = { Category { QStringLiteral("premium"), QStringLiteral("Premium"), QStringLiteral("#c8102e") },
            Category { QStringLiteral("standard"), QStringLiteral("Standard"), QStringLiteral("#1f6fb2") },
            Category { QStringLiteral("economy"), QStringLiteral("Economy"), QStringLiteral("#5b8c2a") } };

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

Layout makeBenchHalls(int copies)
{
    const Layout hall = makeBenchLayout();
    Layout layout = hall;
    layout.name = QStringLiteral("Bench %1").arg(hall.seatCount() * copies);
    layout.sections.clear();
    for (int copy = 0; copy < copies; ++copy) {
        const QString prefix = QStringLiteral("h%1-").arg(copy);
        const double dx = 150.0 * copy;
        for (Section section : hall.sections) {
            section.id = prefix + section.id;
            section.name = QStringLiteral("%1 %2").arg(section.name).arg(copy + 1);
            for (Row &row : section.rows) {
                row.id = prefix + row.id;
                row.centre.x += dx;
                for (Seat &seat : row.seats) {
                    seat.id = prefix + seat.id;
                    seat.position.x += dx;
                }
            }
            layout.sections.append(section);
        }
    }
    return layout;
}

void preferOffscreen()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

int runsFromArguments(const QStringList &arguments, int fallback)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--runs"));
    return at >= 0 && at + 1 < arguments.size() ? std::max(1, arguments.at(at + 1).toInt()) : fallback;
}

void Clock::start()
{
    m_wall.start();
    m_cpu = cpuNow();
}

double Clock::wallMs() const
{
    return double(m_wall.nsecsElapsed()) / 1e6;
}

double Clock::cpuMs() const
{
    return double(cpuNow() - m_cpu) / 1e6;
}

void Series::add(const Clock &clock)
{
    wall.push_back(clock.wallMs());
    cpu.push_back(clock.cpuMs());
}

bool PaintCounter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint)
        ++paints;
    return QObject::eventFilter(watched, event);
}

void runFrame(PaintCounter &counter)
{
    const int before = counter.paints;
    for (int pass = 0; pass < 3 && counter.paints == before; ++pass) {
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
    }
}

void printTableHeader()
{
    std::printf("| Measurement | Wall median (ms) | Wall max | CPU median | CPU max | Samples | Target |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---|\n");
}

void printRow(const char *name, const Series &series, const char *target, bool bold)
{
    const Stats w = stats(series.wall), c = stats(series.cpu);
    const char *b = bold ? "**" : "";
    std::printf("| %s%s%s | %s%.2f%s | %.2f | %.2f | %.2f | %lld | %s |\n", b, name, b, b, w.median, b, w.max,
                c.median, c.max, static_cast<long long>(w.count), target);
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

} // namespace Marquee::Bench
