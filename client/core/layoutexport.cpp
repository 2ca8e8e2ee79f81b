#include "layoutexport.h"

#include "formatting.h"
#include "layout.h"
#include "seatitem.h"
#include "seatmapscene.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QDir>
#include <QtCore/QSaveFile>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
#include <QtSvg/QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace Marquee {

namespace {

class LayoutExport
{
    Q_DECLARE_TR_FUNCTIONS(Marquee::LayoutExport)
};

// The page, in millimetres: title line on top, the plan fitted below it, the legend at the bottom.
constexpr qreal MarginMm = 10.0;
constexpr qreal HeaderMm = 12.0;
constexpr qreal GapMm = 4.0;
constexpr qreal SwatchMm = 4.5;
constexpr qreal LegendRowMm = 7.0;
constexpr qreal LegendSpacingMm = 6.0; // between legend entries
constexpr qreal PlanMarginUnits = 0.5; // around the plan's drawing, in layout units
// A4 while seats stay at least this large on it; A3 for larger halls. A small hall is not blown
// up beyond MaxSeatMm a seat.
constexpr qreal MinSeatMmOnA4 = 4.0;
constexpr qreal MaxSeatMm = 12.0;
// SVG: device pixels per seat, enough for the seats' labels (the seat map shows them from 34).
constexpr qreal SvgPixelsPerSeat = 40.0;
constexpr int PdfResolution = 1200;

const QColor TextColour = QColor::fromRgb(0x1a, 0x1a, 0x1a);
const QColor RuleColour = QColor::fromRgb(0xb0, 0xb0, 0xb0);
// Flag symbols are shown on a neutral colour, as in the seat map's legend.
const QColor NeutralColour = QColor::fromRgb(0x5f, 0x6b, 0x7a);

struct LegendEntry
{
    QString text;
    SeatAppearance appearance;
};

// Every category, then the symbols of the flags the layout uses.
QList<LegendEntry> legendEntries(const Layout &layout)
{
    QList<LegendEntry> entries;
    for (const Category &c : layout.categories) {
        const QColor colour(c.colour);
        entries.append({ c.name,
                         SeatAppearance { SeatVisualState::Available,
                                          colour.isValid() ? colour : NeutralColour,
                                          {},
                                          false,
                                          false,
                                          {} } });
    }
    SeatFlags used;
    layout.forEachSeat([&](const Section &, const Row &, const Seat &seat) { used |= seat.flags; });
    for (const SeatFlag flag : allSeatFlags()) {
        if (!used.testFlag(flag))
            continue;
        const SeatVisualState state
            = flag == SeatFlag::Blocked ? SeatVisualState::Blocked : SeatVisualState::Available;
        entries.append(
            { SeatItem::flagName(flag), SeatAppearance { state, NeutralColour, flag, false, false, {} } });
    }
    return entries;
}

QFont pointFont(qreal points, bool bold = false)
{
    QFont font;
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// The plan as the seat map draws it (a SeatMapScene: the same seats, row labels, aisles, stage
// and section names), with a title line and a legend, on a page of any paint device.
class PlanPage
{
public:
    explicit PlanPage(const Layout &layout)
        : m_layout(layout)
        , m_legend(legendEntries(layout))
    {
        m_scene.setSeatLayout(layout);
        m_scene.setBackgroundBrush(Qt::NoBrush); // white paper
        const qreal m = PlanMarginUnits;
        m_source = m_scene.contentRect().adjusted(-m, -m, m, m);
        if (m_source.width() < SeatSize || m_source.height() < SeatSize) // nothing drawn
            m_source = QRectF(-SeatSize, -SeatSize, 2 * SeatSize, 2 * SeatSize);
    }

    // Millimetres per layout unit when the page of `paperMm` holds the plan (with a legend of
    // two lines: an estimate for choosing the paper).
    qreal scaleOn(QSizeF paperMm) const
    {
        const qreal width = paperMm.width() - 2 * MarginMm;
        const qreal height = paperMm.height() - 2 * MarginMm - HeaderMm - 2 * GapMm - 2 * LegendRowMm;
        return std::min({ width / m_source.width(), height / m_source.height(), MaxSeatMm });
    }

    // Landscape A4, or A3 when the seats would be too small on A4.
    QPageSize::PageSizeId paper() const
    {
        const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Millimeter).transposed();
        return scaleOn(a4) >= MinSeatMmOnA4 ? QPageSize::A4 : QPageSize::A3;
    }

    // Paints the page into `page` (device units); `mm` is device units per millimetre.
    void paint(QPainter *painter, const QRectF &page, qreal mm)
    {
        painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const QRectF header(page.left(), page.top(), page.width(), HeaderMm * mm);
        paintHeader(painter, header, mm);
        const qreal legendHeight = placeLegend(painter, page.width(), mm, nullptr);
        const QRectF legend(page.left(), page.bottom() - legendHeight, page.width(), legendHeight);
        const QRectF area(page.left(), header.bottom() + GapMm * mm, page.width(),
                          std::max(0.0, legend.top() - header.bottom() - 2 * GapMm * mm));
        const qreal scale = std::min(
            { area.width() / m_source.width(), area.height() / m_source.height(), MaxSeatMm * mm });
        QRectF plan(QPointF(0, 0), m_source.size() * scale);
        plan.moveCenter(area.center());
        m_scene.render(painter, plan, m_source, Qt::IgnoreAspectRatio);
        paintLegend(painter, legend, mm);
    }

private:
    void paintHeader(QPainter *painter, const QRectF &header, qreal mm) const
    {
        const QString name = m_layout.name.isEmpty() ? LayoutExport::tr("Seating plan") : m_layout.name;
        const QString details = LayoutExport::tr("%n seat(s)", nullptr, int(m_layout.seatCount()))
            + QStringLiteral("  ·  ") + formatDate(QDate::currentDate());
        const QFont small = pointFont(9.0);
        const qreal detailsWidth = QFontMetricsF(small, painter->device()).horizontalAdvance(details);
        painter->setPen(TextColour);
        painter->setFont(small);
        painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, details);
        const QFont title = pointFont(16.0, true);
        painter->setFont(title);
        const qreal titleWidth = std::max(0.0, header.width() - detailsWidth - GapMm * mm);
        painter->drawText(
            header, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(title, painter->device()).elidedText(name, Qt::ElideRight, titleWidth));
        painter->fillRect(QRectF(header.left(), header.bottom() - 0.25 * mm, header.width(), 0.25 * mm),
                          RuleColour);
    }

    // Flows the entries left to right and wraps them; returns the legend's height.
    qreal placeLegend(const QPainter *painter, qreal width, qreal mm, QList<QRectF> *rects) const
    {
        const QFontMetricsF metrics(pointFont(9.0), painter->device());
        qreal x = 0.0;
        qreal y = 0.0;
        for (const LegendEntry &entry : m_legend) {
            const qreal w = (SwatchMm + 2.0) * mm + metrics.horizontalAdvance(entry.text);
            if (x > 0.0 && x + w > width) {
                x = 0.0;
                y += LegendRowMm * mm;
            }
            if (rects)
                rects->append(QRectF(x, y, w, LegendRowMm * mm));
            x += w + LegendSpacingMm * mm;
        }
        return m_legend.isEmpty() ? 0.0 : y + LegendRowMm * mm;
    }

    void paintLegend(QPainter *painter, const QRectF &area, qreal mm) const
    {
        QList<QRectF> rects;
        placeLegend(painter, area.width(), mm, &rects);
        painter->setFont(pointFont(9.0));
        const qreal swatch = SwatchMm * mm;
        for (qsizetype i = 0; i < m_legend.size(); ++i) {
            const QRectF r = rects.at(i).translated(area.topLeft());
            painter->save();
            painter->translate(r.left() + swatch / 2.0, r.center().y());
            painter->scale(swatch, swatch);
            SeatItem::paintSeat(painter, m_legend.at(i).appearance, swatch);
            painter->restore();
            painter->setPen(TextColour);
            painter->drawText(r.adjusted(swatch + 2.0 * mm, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              m_legend.at(i).text);
        }
    }

    const Layout &m_layout;
    QList<LegendEntry> m_legend;
    SeatMapScene m_scene;
    QRectF m_source;
};

bool failed(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = LayoutExport::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    return false;
}

// Opens `path` for writing (replaced only once the export is complete).
bool openFile(QSaveFile *file, QString *error)
{
    if (file->open(QIODevice::WriteOnly))
        return true;
    return failed(error, file->fileName(), file->errorString());
}

bool commitFile(QSaveFile *file, QString *error)
{
    if (file->commit())
        return true;
    return failed(error, file->fileName(), file->errorString());
}

QSizeF landscapeMm(QPageSize::PageSizeId id)
{
    return QPageSize(id).size(QPageSize::Millimeter).transposed();
}

} // namespace

bool exportLayoutPdf(const Layout &layout, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!openFile(&file, error))
        return false;
    PlanPage page(layout);
    QPdfWriter writer(&file);
    writer.setResolution(PdfResolution);
    writer.setPageLayout(QPageLayout(QPageSize(page.paper()), QPageLayout::Landscape,
                                     QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                                     QPageLayout::Millimeter));
    writer.setTitle(layout.name);
    writer.setCreator(QStringLiteral("Marquee"));
    QPainter painter;
    if (!painter.begin(&writer))
        return failed(error, path, LayoutExport::tr("the PDF could not be started"));
    // The painter's origin is the top left corner inside the margins.
    const QRectF area(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    page.paint(&painter, area, writer.resolution() / 25.4);
    painter.end();
    return commitFile(&file, error);
}

bool exportLayoutSvg(const Layout &layout, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!openFile(&file, error))
        return false;
    PlanPage page(layout);
    // The same page as the PDF, at a resolution that draws each seat SvgPixelsPerSeat wide.
    const QSizeF paper = landscapeMm(page.paper());
    const int dpi = std::max(96, int(std::ceil(SvgPixelsPerSeat / page.scaleOn(paper) * 25.4)));
    const qreal mm = dpi / 25.4;
    const QSize size(qRound(paper.width() * mm), qRound(paper.height() * mm));
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setResolution(dpi);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(layout.name);
    generator.setDescription(LayoutExport::tr("Seating plan of %1").arg(layout.name));
    QPainter painter;
    if (!painter.begin(&generator))
        return failed(error, path, LayoutExport::tr("the SVG could not be started"));
    const qreal margin = MarginMm * mm;
    page.paint(&painter, QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin), mm);
    painter.end();
    return commitFile(&file, error);
}

} // namespace Marquee
