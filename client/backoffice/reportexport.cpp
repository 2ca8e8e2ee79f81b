#include "reportexport.h"

#include "formatting.h"
#include "reporttable.h"

#include <QtCore/QSaveFile>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
#include <QtWidgets/QWidget>

namespace Marquee {

namespace {

bool commit(QSaveFile &file, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

// Draws the table from y on, a new page when one is full; the header row again on each page.
void drawTable(QPainter &painter, QPdfWriter &writer, const ReportTable &table, qreal y)
{
    const QRectF page = painter.viewport();
    const QFontMetricsF metrics(painter.font());
    const qreal rowHeight = metrics.height() * 1.5;
    const qsizetype columns = table.columns.size();
    if (columns == 0)
        return;
    // Widths by the longest text of each column (header included), scaled to the page.
    QList<qreal> widths(columns, 0);
    const auto measure = [&](const QVariantList &row) {
        for (int c = 0; c < columns; ++c)
            widths[c] = qMax(widths[c], metrics.horizontalAdvance(table.display(row.value(c), c)));
    };
    for (int c = 0; c < columns; ++c)
        widths[c] = metrics.horizontalAdvance(table.header(c));
    for (const QVariantList &row : table.rows)
        measure(row);
    measure(table.totals);
    qreal total = 0;
    for (qreal &w : widths) {
        w += metrics.averageCharWidth() * 2;
        total += w;
    }
    const qreal scale = total > page.width() ? page.width() / total : 1.0;
    for (qreal &w : widths)
        w *= scale;

    const auto drawRow = [&](const QStringList &cells, bool bold) {
        QFont font = painter.font();
        font.setBold(bold);
        painter.setFont(font);
        qreal x = 0;
        for (int c = 0; c < columns; ++c) {
            const ReportTable::Cell type = table.columns.at(c).type;
            const bool right = type == ReportTable::Cell::Count || type == ReportTable::Cell::Money
                || type == ReportTable::Cell::Percent;
            const QRectF cell(x + metrics.averageCharWidth() * scale, y, widths[c] - 2 * metrics.averageCharWidth() * scale,
                              rowHeight);
            painter.drawText(cell, Qt::AlignVCenter | (right ? Qt::AlignRight : Qt::AlignLeft),
                             metrics.elidedText(cells.value(c), Qt::ElideRight, cell.width()));
            x += widths[c];
        }
        y += rowHeight;
    };
    QStringList headers;
    for (int c = 0; c < columns; ++c)
        headers.append(table.header(c));
    const auto cellsOf = [&](const QVariantList &row) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells.append(table.display(row.value(c), c));
        return cells;
    };
    const auto rule = [&] {
        painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
    };
    drawRow(headers, true);
    rule();
    for (const QVariantList &row : table.rows) {
        if (y + 2 * rowHeight > page.height()) {
            writer.newPage();
            y = 0;
            drawRow(headers, true);
            rule();
        }
        drawRow(cellsOf(row), false);
    }
    rule();
    drawRow(cellsOf(table.totals), true);
}

} // namespace

bool writeReportCsv(const QString &fileName, const ReportTable &table, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(table.toCsv());
    return commit(file, error);
}

bool writeReportPdf(const QString &fileName, const ReportDocument &document, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Marquee"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        QPainter painter(&writer);
        const QRectF page = painter.viewport();
        QFont font(QStringLiteral("DejaVu Sans"), 9);
        painter.setFont(font);
        QFont heading = font;
        heading.setPointSize(16);
        heading.setBold(true);
        painter.setFont(heading);
        qreal y = 0;
        const qreal headingHeight = QFontMetricsF(heading).height();
        painter.drawText(QRectF(0, y, page.width(), headingHeight), Qt::AlignLeft, document.title);
        y += headingHeight * 1.2;
        painter.setFont(font);
        const qreal line = QFontMetricsF(font).height();
        for (const QString &text :
             { document.venue, document.range,
               ReportTable::tr("Generated %1").arg(formatDateTime(document.generatedAt.toLocalTime())) }) {
            painter.drawText(QRectF(0, y, page.width(), line), Qt::AlignLeft, text);
            y += line * 1.2;
        }
        y += line;
        if (document.chart && document.chart->width() > 0 && document.chart->height() > 0) {
            // The chart as the page shows it, scaled to the page's width (half its height at most).
            const QSize size = document.chart->size();
            const qreal scale = qMin(page.width() / size.width(), page.height() * 0.55 / size.height());
            painter.save();
            painter.translate(0, y);
            painter.scale(scale, scale);
            document.chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
            painter.restore();
            y += size.height() * scale + line;
        }
        if (document.table)
            drawTable(painter, writer, *document.table, y);
        if (!painter.end()) {
            file.cancelWriting();
            if (error)
                *error = ReportTable::tr("The PDF could not be drawn.");
            return false;
        }
    }
    return commit(file, error);
}

} // namespace Marquee
