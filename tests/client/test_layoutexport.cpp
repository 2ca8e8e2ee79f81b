// The plan export: a one-page landscape PDF and an SVG whose seats are the seat map's own shapes,
// one per seat, at their layout positions; write errors come back as messages.
#include "layoutedit.h"
#include "layoutexport.h"
#include "printers.h"
#include "seatitem.h"
#include "testlayouts.h"

#include <gtest/gtest.h>

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QXmlStreamReader>
#include <QtGui/QPainter>
#include <QtGui/QTransform>
#include <QtSvg/QSvgGenerator>

#include <cmath>

using namespace Marquee;

namespace {

// Two sections side by side: a wheelchair space with its companion, a blocked seat, two categories.
Layout smallLayout()
{
    Layout layout;
    layout.name = QStringLiteral("Studio 2");
    layout.stage.position = { 4.0, -3.0 };
    layout.categories
        = { Category { QStringLiteral("std"), QStringLiteral("Standard"), QStringLiteral("#336699") },
            Category { QStringLiteral("vip"), QStringLiteral("Loge"), QStringLiteral("#c8102e") } };
    StraightBlockOptions left;
    left.sectionId = QStringLiteral("left");
    left.sectionName = QStringLiteral("Left");
    left.rows = 3;
    left.seatsPerRow = 4;
    left.categoryId = QStringLiteral("std");
    StraightBlockOptions right = left;
    right.sectionId = QStringLiteral("right");
    right.sectionName = QStringLiteral("Right");
    right.origin = { 6.5, 0.4 };
    right.categoryId = QStringLiteral("vip");
    Section a = *makeStraightBlock(left);
    a.rows[0].seats[0].flags = SeatFlag::Wheelchair;
    a.rows[0].seats[1].flags = SeatFlag::Companion;
    a.rows[2].seats[3].flags = SeatFlag::Blocked;
    layout.sections = { a, *makeStraightBlock(right) };
    return layout;
}

// A hall too wide for seats of 4 mm on A4.
Layout wideLayout()
{
    Layout layout = smallLayout();
    StraightBlockOptions far;
    far.sectionId = QStringLiteral("far");
    far.sectionName = QStringLiteral("Far");
    far.origin = { 100.0, 0.0 };
    far.categoryId = QStringLiteral("std");
    layout.sections.append(*makeStraightBlock(far));
    return layout;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

QSizeF pdfMediaBox(const QByteArray &pdf)
{
    static const QRegularExpression box(
        QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]"));
    const auto m = box.match(QString::fromLatin1(pdf));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

struct SvgPath
{
    QString d;
    QTransform transform; // of the group it is drawn in
};

QTransform svgMatrix(QStringView text)
{
    static const QRegularExpression matrix(QStringLiteral("matrix\\(([^)]*)\\)"));
    const auto m = matrix.match(text);
    if (!m.hasMatch())
        return {};
    const QStringList v = m.captured(1).split(u',');
    if (v.size() != 6)
        return {};
    return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toDouble(),
                      v[5].toDouble());
}

// Every <path> in document order with its group's transform; false when the XML does not parse.
bool parseSvg(const QByteArray &svg, QList<SvgPath> *paths, QString *title)
{
    QXmlStreamReader xml(svg);
    QList<QTransform> groups { QTransform() };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"g") {
                const auto transform = xml.attributes().value(QStringLiteral("transform"));
                groups.append(transform.isEmpty() ? groups.last() : svgMatrix(transform));
            } else if (xml.name() == u"path") {
                paths->append({ xml.attributes().value(QStringLiteral("d")).toString(), groups.last() });
            } else if (xml.name() == u"title") {
                *title = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"g") {
            groups.removeLast();
        }
    }
    return !xml.hasError();
}

// The outline SeatItem::paintSeat() draws first for a seat of these flags: its body, as the SVG
// generator writes it.
QString seatBody(SeatFlags flags)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(100, 100));
    QPainter painter(&generator);
    painter.translate(50, 50);
    painter.scale(40, 40);
    SeatItem::paintSeat(
        &painter, SeatAppearance { SeatVisualState::Available, QColor(Qt::red), flags, false, false, {} },
        40);
    painter.end();
    QList<SvgPath> paths;
    QString title;
    if (!parseSvg(buffer.data(), &paths, &title) || paths.isEmpty())
        return {};
    return paths.first().d;
}

QList<LayoutPoint> seatPositions(const Layout &layout)
{
    QList<LayoutPoint> points;
    layout.forEachSeat([&](const Section &, const Row &, const Seat &seat) { points.append(seat.position); });
    return points;
}

// Checks the SVG of `layout`: one seat body per seat, in layout order, each where its layout
// position maps to (one scale, one offset for all), then one swatch per legend entry.
void checkSvg(const Layout &layout, const QString &path, int legendEntries)
{
    QList<SvgPath> paths;
    QString title;
    ASSERT_TRUE(parseSvg(readAll(path), &paths, &title)) << "the SVG parses as XML";
    EXPECT_EQ(title, layout.name);
    const QString square = seatBody({});
    const QString circle = seatBody(SeatFlag::Wheelchair);
    ASSERT_FALSE(square.isEmpty());
    ASSERT_NE(square, circle);
    QList<QPointF> bodies;
    for (const SvgPath &p : std::as_const(paths)) {
        if (p.d == square || p.d == circle)
            bodies.append(p.transform.map(QPointF(0, 0))); // a seat's centre on the page
    }
    const QList<LayoutPoint> seats = seatPositions(layout);
    ASSERT_EQ(bodies.size(), seats.size() + legendEntries) << "one body per seat and legend swatch";

    // Fit the scale from the first seat and the one farthest from it, then check every seat.
    qsizetype far = 1;
    for (qsizetype i = 1; i < seats.size(); ++i) {
        if (std::hypot(seats[i].x - seats[0].x, seats[i].y - seats[0].y)
            > std::hypot(seats[far].x - seats[0].x, seats[far].y - seats[0].y))
            far = i;
    }
    const QPointF layoutSpan(seats[far].x - seats[0].x, seats[far].y - seats[0].y);
    const QPointF svgSpan = bodies[far] - bodies[0];
    const qreal scale = std::hypot(svgSpan.x(), svgSpan.y()) / std::hypot(layoutSpan.x(), layoutSpan.y());
    EXPECT_GT(scale, 34.0) << "seats large enough for their labels";
    const QPointF offset = bodies[0] - QPointF(seats[0].x, seats[0].y) * scale;
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QPointF expected = offset + QPointF(seats[i].x, seats[i].y) * scale;
        EXPECT_NEAR(bodies[i].x(), expected.x(), 0.01 * scale) << "seat " << i;
        EXPECT_NEAR(bodies[i].y(), expected.y(), 0.01 * scale) << "seat " << i;
    }
}

} // namespace

TEST(LayoutExport, PdfIsOneLandscapePageA4OrA3)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString small = dir.filePath(QStringLiteral("small.pdf"));
    QString error;
    ASSERT_TRUE(exportLayoutPdf(smallLayout(), small, &error)) << error.toStdString();
    const QByteArray pdf = readAll(small);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_EQ(pdfPageCount(pdf), 1);
    const QSizeF a4 = pdfMediaBox(pdf);
    EXPECT_NEAR(a4.width(), 842.0, 1.0) << "A4 landscape";
    EXPECT_NEAR(a4.height(), 595.0, 1.0);

    const QString wide = dir.filePath(QStringLiteral("wide.pdf"));
    ASSERT_TRUE(exportLayoutPdf(wideLayout(), wide, &error)) << error.toStdString();
    const QByteArray widePdf = readAll(wide);
    EXPECT_EQ(pdfPageCount(widePdf), 1);
    const QSizeF a3 = pdfMediaBox(widePdf);
    EXPECT_NEAR(a3.width(), 1191.0, 1.0) << "A3 landscape for a hall too wide for A4";
    EXPECT_NEAR(a3.height(), 842.0, 1.0);
}

TEST(LayoutExport, SvgHasOneSeatShapePerSeatAtItsLayoutPosition)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("small.svg"));
    QString error;
    ASSERT_TRUE(exportLayoutSvg(smallLayout(), path, &error)) << error.toStdString();
    // Legend: two categories, then wheelchair, companion and blocked.
    checkSvg(smallLayout(), path, 5);
}

TEST(LayoutExport, SvgOfTheGrandHallCurvedRowsIncluded)
{
    const Layout hall = loadDemoLayout(QStringLiteral("grand-hall"));
    ASSERT_GT(hall.seatCount(), 2000);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("hall.svg"));
    QString error;
    ASSERT_TRUE(exportLayoutSvg(hall, path, &error)) << error.toStdString();
    SeatFlags used;
    hall.forEachSeat([&](const Section &, const Row &, const Seat &seat) { used |= seat.flags; });
    int flags = 0;
    for (const SeatFlag flag : allSeatFlags())
        flags += used.testFlag(flag) ? 1 : 0;
    checkSvg(hall, path, int(hall.categories.size()) + flags);
}

TEST(LayoutExport, WriteErrorsReturnFalseWithAMessageAndLeaveNoFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString missingDir = dir.filePath(QStringLiteral("no/such/folder/plan.pdf"));
    for (const auto exporter : { &exportLayoutPdf, &exportLayoutSvg }) {
        QString error;
        EXPECT_FALSE(exporter(smallLayout(), missingDir, &error));
        EXPECT_TRUE(error.contains(QStringLiteral("plan.pdf"))) << error.toStdString();
        EXPECT_FALSE(QFile::exists(missingDir));
        error.clear();
        EXPECT_FALSE(exporter(smallLayout(), dir.path(), &error)) << "a folder is no file";
        EXPECT_FALSE(error.isEmpty());
        EXPECT_FALSE(exporter(smallLayout(), missingDir, nullptr)) << "the message is optional";
    }
}

TEST(LayoutExport, AnExportReplacesAnOlderFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("plan.svg"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    ASSERT_TRUE(exportLayoutSvg(smallLayout(), path));
    EXPECT_TRUE(readAll(path).startsWith("<?xml"));
}
