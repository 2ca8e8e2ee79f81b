#include "ticketrenderer.h"

#include "formatting.h"

#include <QtCore/QBuffer>
#include <QtCore/QLocale>
#include <QtCore/QMarginsF>
#include <QtCore/QRegularExpression>
#include <QtGui/QFont>
#include <QtGui/QFontDatabase>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPageLayout>
#include <QtGui/QPageSize>
#include <QtGui/QPagedPaintDevice>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QPdfWriter>

#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace Marquee {

namespace {

// Layout unit: a tenth of a millimetre.
constexpr qreal UnitsPerMm = 10.0;
constexpr qreal TicketWidth = TicketRenderer::TicketWidthMm * UnitsPerMm;
constexpr qreal TicketHeight = TicketRenderer::TicketHeightMm * UnitsPerMm;
constexpr qreal SlipWidth = TicketRenderer::ReceiptWidthMm * UnitsPerMm;
constexpr qreal SlipMargin = 40.0;
constexpr int QuietZoneModules = 4;
constexpr qreal MaxPdfSlipHeightMm = 1000.0; // longer receipts go on several pages

QFont sansFont(int pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // the same metrics on every device
    return font;
}

QFont monoFont(int pixelSize, bool bold = false)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Pixels of `device` per layout unit.
qreal deviceScale(const QPaintDevice *device)
{
    return device->logicalDpiX() / (25.4 * UnitsPerMm);
}

// ---------------------------------------------------------------------------------------------
// QR code.

struct QrMatrix
{
    int size = 0;
    QList<bool> dark; // size * size, row by row
};

std::optional<QrMatrix> encodeQr(const QString &payload)
{
    const QByteArray utf8 = payload.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return std::nullopt;
    QrMatrix matrix;
    matrix.size = code->width;
    matrix.dark.resize(qsizetype(code->width) * code->width);
    for (qsizetype i = 0; i < matrix.dark.size(); ++i)
        matrix.dark[i] = (code->data[i] & 1) != 0;
    return matrix;
}

// Paints the code with its quiet zone into the square `area` (layout units), with modules
// snapped to whole device pixels so that low-resolution printers print them evenly.
void paintQr(QPainter &painter, const QRectF &area, const QrMatrix &matrix)
{
    const int total = matrix.size + 2 * QuietZoneModules;
    const QTransform toDevice = painter.transform();
    const QRectF deviceArea = toDevice.mapRect(area);
    qreal moduleDevice = std::floor(deviceArea.width() / total);
    if (moduleDevice < 1.0)
        moduleDevice = deviceArea.width() / total; // tiny previews: no snapping
    const qreal sideDevice = moduleDevice * total;
    const QPointF originDevice(std::round(deviceArea.center().x() - sideDevice / 2),
                               std::round(deviceArea.center().y() - sideDevice / 2));

    painter.save();
    painter.resetTransform();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(originDevice, QSizeF(sideDevice, sideDevice)));
    // One rectangle per horizontal run of dark modules: fewer shapes, no seams in PDF viewers.
    QPainterPath path;
    for (int y = 0; y < matrix.size; ++y) {
        int x = 0;
        while (x < matrix.size) {
            if (!matrix.dark[qsizetype(y) * matrix.size + x]) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.size && matrix.dark[qsizetype(y) * matrix.size + x])
                ++x;
            path.addRect(QRectF(originDevice.x() + (start + QuietZoneModules) * moduleDevice,
                                originDevice.y() + (y + QuietZoneModules) * moduleDevice,
                                (x - start) * moduleDevice, moduleDevice));
        }
    }
    path.setFillRule(Qt::WindingFill);
    painter.fillPath(path, Qt::black);
    painter.restore();
}

// ---------------------------------------------------------------------------------------------
// Ticket.

// Draws `text` in `rect`, shrinking the font from `largest` to `smallest` pixels until it fits
// (word-wrapped); elides what still does not fit at the smallest size.
void drawFitted(QPainter &painter, const QRectF &rect, const QString &text, int largest, int smallest,
                bool bold, int flags)
{
    for (int size = largest; size >= smallest; size -= 2) {
        const QFont font = sansFont(size, bold);
        const QFontMetricsF metrics(font);
        const QRectF needed = metrics.boundingRect(rect, flags | Qt::TextWordWrap, text);
        if (needed.height() <= rect.height() && needed.width() <= rect.width() + 0.5) {
            painter.setFont(font);
            painter.drawText(rect, flags | Qt::TextWordWrap, text);
            return;
        }
    }
    const QFont font = sansFont(smallest, bold);
    painter.setFont(font);
    const QString elided = QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, flags, elided);
}

void drawField(QPainter &painter, const QRectF &rect, const QString &label, const QString &value,
               int valueSize, Qt::Alignment align)
{
    painter.setFont(sansFont(24));
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 32), int(align | Qt::AlignTop),
                     label.toUpper());
    drawFitted(painter, QRectF(rect.left(), rect.top() + 32, rect.width(), rect.height() - 32), value, valueSize,
               qMin(valueSize, 28), true, int(align | Qt::AlignTop));
}

// Paints one ticket in layout units at (0, 0)-(TicketWidth, TicketHeight).
void paintTicket(QPainter &painter, const TicketInfo &ticket, const std::optional<QrMatrix> &qr, bool cutLine)
{
    const qreal margin = 50;
    const qreal inner = TicketWidth - 2 * margin;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRectF(0, 0, TicketWidth, TicketHeight), Qt::white);
    painter.setPen(Qt::black);

    if (cutLine) {
        QPen pen(Qt::darkGray, 3, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(1.5, 1.5, TicketWidth - 3, TicketHeight - 3));
        painter.setPen(Qt::black);
    }

    // Venue band.
    painter.fillRect(QRectF(0, 0, TicketWidth, 100), Qt::black);
    painter.setPen(Qt::white);
    drawFitted(painter, QRectF(margin, 10, inner, 80), ticket.venueName.toUpper(), 40, 24, true,
               Qt::AlignCenter);
    painter.setPen(Qt::black);

    // Title, date and time.
    drawFitted(painter, QRectF(margin, 130, inner, 200), ticket.showTitle, 76, 40, true, Qt::AlignCenter);
    const QDateTime start = ticket.start; // in the venue's time zone: its wall clock
    const QLocale locale = ticket.locale.value_or(QLocale());
    painter.setFont(sansFont(38));
    painter.drawText(QRectF(margin, 340, inner, 50), Qt::AlignCenter,
                     locale.toString(start.date(), QLocale::LongFormat));
    painter.setFont(sansFont(64, true));
    painter.drawText(QRectF(margin, 390, inner, 80), Qt::AlignCenter,
                     formatTime(start.time(), locale));

    painter.fillRect(QRectF(margin, 490, inner, 4), Qt::black);

    // Where to sit, what it cost.
    drawField(painter, QRectF(margin, 515, inner, 90), TicketRenderer::tr("Auditorium"), ticket.auditorium, 44,
              Qt::AlignLeft);
    drawField(painter, QRectF(margin, 615, inner, 110), TicketRenderer::tr("Seat"), ticket.seatLabel, 64,
              Qt::AlignLeft);
    if (ticket.ticketType.isEmpty()) {
        drawField(painter, QRectF(margin, 735, inner * 0.55, 90), TicketRenderer::tr("Category"), ticket.category,
                  40, Qt::AlignLeft);
    } else {
        drawField(painter, QRectF(margin, 735, inner * 0.55, 90), TicketRenderer::tr("Category, ticket"),
                  TicketRenderer::tr("%1, %2").arg(ticket.category, ticket.ticketType), 40, Qt::AlignLeft);
    }
    drawField(painter, QRectF(margin + inner * 0.55, 735, inner * 0.45, 90), TicketRenderer::tr("Price"),
              formatMoney(ticket.price, locale), 40, Qt::AlignRight);

    // Perforation-style divider, then the QR code and the code in plain text.
    QPen dots(Qt::black, 3, Qt::DotLine);
    painter.setPen(dots);
    painter.drawLine(QPointF(margin, 850), QPointF(TicketWidth - margin, 850));
    painter.setPen(Qt::black);

    const QRectF qrArea((TicketWidth - 460) / 2, 875, 460, 460);
    if (qr) {
        paintQr(painter, qrArea, *qr);
    } else {
        painter.drawText(qrArea, Qt::AlignCenter | Qt::TextWordWrap, TicketRenderer::tr("(no QR code)"));
    }
    painter.setFont(monoFont(40, true));
    painter.drawText(QRectF(margin, 1340, inner, 55), Qt::AlignCenter, ticket.code);
    painter.setFont(sansFont(24));
    painter.drawText(QRectF(margin, 1405, inner, 60), Qt::AlignCenter | Qt::TextWordWrap,
                     TicketRenderer::tr("Show this ticket at the entrance. Valid for one admission."));
    painter.restore();
}

// ---------------------------------------------------------------------------------------------
// Slips: receipts and shift reports, 80 mm wide, as a list of rows.

struct SlipRow
{
    enum Kind { Centered, Pair, Text, Rule, Space };
    Kind kind = Text;
    QString left;
    QString right;
    int size = 30;
    bool bold = false;
};

using Slip = QList<SlipRow>;

SlipRow centered(const QString &text, int size, bool bold = false)
{
    return SlipRow { SlipRow::Centered, text, QString(), size, bold };
}

SlipRow pair(const QString &left, const QString &right, int size = 30, bool bold = false)
{
    return SlipRow { SlipRow::Pair, left, right, size, bold };
}

SlipRow text(const QString &content, int size = 30, bool bold = false)
{
    return SlipRow { SlipRow::Text, content, QString(), size, bold };
}

SlipRow rule()
{
    return SlipRow { SlipRow::Rule, QString(), QString(), 0, false };
}

SlipRow space(int height = 30)
{
    return SlipRow { SlipRow::Space, QString(), QString(), height, false };
}

constexpr qreal SlipInner = SlipWidth - 2 * SlipMargin;

qreal rowHeight(const SlipRow &row)
{
    switch (row.kind) {
    case SlipRow::Rule:
        return 30;
    case SlipRow::Space:
        return row.size;
    case SlipRow::Centered:
    case SlipRow::Text: {
        const QFontMetricsF metrics(sansFont(row.size, row.bold));
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, SlipInner, 1e6), Qt::TextWordWrap, row.left);
        return std::max(bounds.height(), metrics.height()) + row.size * 0.3;
    }
    case SlipRow::Pair:
        return QFontMetricsF(sansFont(row.size, row.bold)).height() + row.size * 0.3;
    }
    return 0;
}

void paintRow(QPainter &painter, const SlipRow &row, qreal y, qreal height)
{
    const QRectF rect(SlipMargin, y, SlipInner, height);
    switch (row.kind) {
    case SlipRow::Space:
        return;
    case SlipRow::Rule: {
        painter.save();
        painter.setPen(QPen(Qt::black, 3, Qt::DashLine));
        painter.drawLine(QPointF(SlipMargin, y + height / 2), QPointF(SlipMargin + SlipInner, y + height / 2));
        painter.restore();
        return;
    }
    case SlipRow::Centered:
        painter.setFont(sansFont(row.size, row.bold));
        painter.drawText(rect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, row.left);
        return;
    case SlipRow::Text:
        painter.setFont(sansFont(row.size, row.bold));
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, row.left);
        return;
    case SlipRow::Pair: {
        const QFont font = sansFont(row.size, row.bold);
        const QFontMetricsF metrics(font);
        painter.setFont(font);
        const qreal rightWidth = metrics.horizontalAdvance(row.right);
        const qreal leftWidth = std::max<qreal>(0, SlipInner - rightWidth - 20);
        painter.drawText(rect, Qt::AlignRight | Qt::AlignTop, row.right);
        painter.drawText(QRectF(SlipMargin, y, leftWidth, height), Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(row.left, Qt::ElideRight, leftWidth));
        return;
    }
    }
}

qreal slipHeight(const Slip &slip)
{
    qreal height = 2 * SlipMargin;
    for (const SlipRow &row : slip)
        height += rowHeight(row);
    return height;
}

QImage renderSlip(const Slip &slip, int dpi)
{
    const qreal height = slipHeight(slip);
    const qreal pxPerUnit = dpi / (25.4 * UnitsPerMm);
    QImage image(qRound(SlipWidth * pxPerUnit), qRound(height * pxPerUnit), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(pxPerUnit, pxPerUnit);
    painter.setPen(Qt::black);
    qreal y = SlipMargin;
    for (const SlipRow &row : slip) {
        const qreal h = rowHeight(row);
        paintRow(painter, row, y, h);
        y += h;
    }
    return image;
}

Status printSlip(const Slip &slip, QPagedPaintDevice *device)
{
    if (!device)
        return makeError(ErrorCode::InvalidValue, TicketRenderer::tr("No printer or file to print to."));
    QPainter painter;
    if (!painter.begin(device))
        return makeError(ErrorCode::Internal, TicketRenderer::tr("Cannot print: the printer or file is not available."));
    const qreal pxPerUnit = deviceScale(device);
    const qreal pageWidth = device->width() / pxPerUnit;
    const qreal pageHeight = device->height() / pxPerUnit;
    // Full size when the page is wide enough, narrower pages scale the slip down.
    const qreal scale = std::min<qreal>(1.0, pageWidth / SlipWidth);
    const qreal usable = pageHeight / scale;
    painter.scale(pxPerUnit * scale, pxPerUnit * scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::black);
    qreal y = SlipMargin;
    for (const SlipRow &row : slip) {
        const qreal h = rowHeight(row);
        if (y + h > usable - SlipMargin + 5 && y > SlipMargin) { // 5: device rounding
            if (!device->newPage()) {
                painter.end();
                return makeError(ErrorCode::Internal, TicketRenderer::tr("Cannot start a new page."));
            }
            y = SlipMargin;
        }
        paintRow(painter, row, y, h);
        y += h;
    }
    if (!painter.end())
        return makeError(ErrorCode::Internal, TicketRenderer::tr("Printing failed."));
    return {};
}

Status writeSlipPdf(const Slip &slip, const QString &fileName, const QString &title)
{
    QPdfWriter writer(fileName);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Marquee"));
    writer.setResolution(600);
    const qreal heightMm = std::min(slipHeight(slip) / UnitsPerMm, MaxPdfSlipHeightMm);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(TicketRenderer::ReceiptWidthMm, heightMm),
                                               QPageSize::Millimeter, title, QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    return printSlip(slip, &writer);
}

Slip receiptSlip(const ReceiptInfo &receipt)
{
    Slip slip;
    if (!receipt.venueName.isEmpty())
        slip << centered(receipt.venueName, 44, true);
    slip << centered(TicketRenderer::tr("Receipt"), 32) << space(20);
    slip << pair(TicketRenderer::tr("Sale"), receipt.saleId, 28)
         << pair(TicketRenderer::tr("Date"), formatDateTime(receipt.soldAt), 28)
         << pair(TicketRenderer::tr("Terminal"), receipt.terminalId, 28);
    if (!receipt.cashier.isEmpty())
        slip << pair(TicketRenderer::tr("Cashier"), receipt.cashier, 28);
    slip << rule();
    if (!receipt.showTitle.isEmpty())
        slip << text(receipt.showTitle, 34, true);
    QStringList when;
    if (receipt.showStart.isValid())
        when << formatWallClock(receipt.showStart);
    if (!receipt.auditorium.isEmpty())
        when << receipt.auditorium;
    if (!when.isEmpty())
        slip << text(when.join(QStringLiteral(", ")), 28) << space(10);
    for (const ReceiptLine &line : receipt.lines)
        slip << pair(line.description, formatMoney(line.price));
    slip << rule() << pair(TicketRenderer::tr("Total"), formatMoney(receipt.total), 40, true) << space(10);
    for (const ReceiptPayment &payment : receipt.payments) {
        QString method = TicketRenderer::methodName(payment.method);
        if (payment.reference)
            method = TicketRenderer::tr("%1 (auth. %2)").arg(method, *payment.reference);
        slip << pair(method, formatMoney(payment.amount));
        if (payment.tendered)
            slip << pair(TicketRenderer::tr("  Tendered"), formatMoney(*payment.tendered), 28);
    }
    slip << pair(TicketRenderer::tr("Change"), formatMoney(receipt.changeDue), 36, true);
    slip << space(40) << centered(TicketRenderer::tr("Thank you for your visit."), 28);
    return slip;
}

Slip shiftSlip(const ShiftReportReply &report)
{
    Slip slip;
    // X report: an open shift so far; Z report: the final one of a closed shift.
    const QString title = !report.shiftId ? TicketRenderer::tr("Shift report")
        : report.closed                   ? TicketRenderer::tr("Z report (shift closed)")
                                          : TicketRenderer::tr("X report (shift open)");
    slip << centered(title, 44, true) << space(20);
    if (report.shiftId)
        slip << pair(TicketRenderer::tr("Shift"), *report.shiftId, 28);
    slip << pair(TicketRenderer::tr("User"), report.userName.value_or(report.userId), 28)
         << pair(TicketRenderer::tr("Terminal"), report.terminalId, 28)
         << pair(TicketRenderer::tr("From"), formatDateTime(report.from), 28)
         << pair(TicketRenderer::tr("To"), formatDateTime(report.to), 28) << rule();
    QList<Money> nets;
    bool netsValid = true;
    for (const MethodTotal &total : report.totals) {
        slip << text(TicketRenderer::methodName(total.method), 34, true);
        slip << pair(TicketRenderer::tr("Sales (%n)", nullptr, int(total.salesCount)), formatMoney(total.sales));
        slip << pair(TicketRenderer::tr("Refunds (%n)", nullptr, int(total.refundsCount)),
                     formatMoney(total.refunds));
        const auto net = total.sales.minus(total.refunds);
        if (net) {
            slip << pair(TicketRenderer::tr("Net"), formatMoney(*net), 30, true);
            nets << *net;
        } else {
            netsValid = false;
        }
        slip << space(16);
    }
    if (report.totals.isEmpty())
        slip << text(TicketRenderer::tr("No payments in this shift."));
    slip << rule();
    if (netsValid && !nets.isEmpty()) {
        if (const auto sum = Money::sum(nets))
            slip << pair(TicketRenderer::tr("Net total"), formatMoney(*sum), 38, true);
    }
    slip << pair(TicketRenderer::tr("Tickets sold"), QLocale().toString(report.ticketsSold))
         << pair(TicketRenderer::tr("Tickets refunded"), QLocale().toString(report.ticketsRefunded));
    if (report.expectedCash) {
        // The drawer: what should be in it, and what was counted.
        slip << rule() << text(TicketRenderer::tr("Cash drawer"), 34, true);
        if (report.openingFloat)
            slip << pair(TicketRenderer::tr("Opening float"), formatMoney(*report.openingFloat));
        slip << pair(TicketRenderer::tr("Expected cash"), formatMoney(*report.expectedCash), 32, true);
        if (report.countedCash)
            slip << pair(TicketRenderer::tr("Counted cash"), formatMoney(*report.countedCash), 32, true);
        if (report.difference) {
            const QString difference = report.difference->isZero() ? TicketRenderer::tr("none")
                : report.difference->isNegative()                   ? TicketRenderer::tr("%1 short").arg(formatMoney(*report.difference->negated()))
                                                                    : TicketRenderer::tr("%1 over").arg(formatMoney(*report.difference));
            slip << pair(TicketRenderer::tr("Difference"), difference, 32, true);
        }
    }
    slip << space(40)
         << pair(TicketRenderer::tr("Printed"), formatDateTime(QDateTime::currentDateTime()), 24) << space(60)
         << text(TicketRenderer::tr("Signature: ______________________"), 28);
    return slip;
}

Slip refundSlip(const RefundReply &refund, const QString &terminalId)
{
    Slip slip;
    slip << centered(TicketRenderer::tr("Refund"), 44, true) << space(20);
    slip << pair(TicketRenderer::tr("Refund"), refund.refundId, 28) << pair(TicketRenderer::tr("Sale"), refund.saleId, 28)
         << pair(TicketRenderer::tr("Terminal"), terminalId, 28)
         << pair(TicketRenderer::tr("Date"), formatDateTime(QDateTime::currentDateTime()), 28)
         << pair(TicketRenderer::tr("Tickets"), QLocale().toString(refund.ticketIds.size()), 28) << rule();
    for (const PaymentResult &p : refund.payments) {
        slip << pair(p.method == PaymentMethod::Cash ? TicketRenderer::tr("Paid back in cash") : TicketRenderer::tr("Back to the card"),
                     formatMoney(p.amount));
    }
    slip << rule() << pair(TicketRenderer::tr("Total refunded"), formatMoney(refund.amount), 38, true) << space(60)
         << text(TicketRenderer::tr("Customer's signature: ______________"), 28);
    return slip;
}

} // namespace

QString TicketRenderer::refundInstruction(const RefundReply &refund)
{
    QList<Money> cash, card;
    for (const PaymentResult &p : refund.payments)
        (p.method == PaymentMethod::Cash ? cash : card).append(p.amount);
    const auto total = [](const QList<Money> &amounts) { return amounts.isEmpty() ? QString() : formatMoney(*Money::sum(amounts)); };
    if (refund.payments.isEmpty())
        return tr("Refunded %1: give it back to the customer.").arg(formatMoney(refund.amount));
    if (card.isEmpty())
        return tr("Refunded: hand back %1 in cash.").arg(total(cash));
    if (cash.isEmpty())
        return tr("Refunded: %1 goes back to the card; no cash to hand back.").arg(total(card));
    return tr("Refunded: hand back %1 in cash; %2 goes back to the card.").arg(total(cash), total(card));
}

QImage TicketRenderer::renderRefundSlip(const RefundReply &refund, const QString &terminalId, int dpi)
{
    return renderSlip(refundSlip(refund, terminalId), dpi);
}

Status TicketRenderer::writeRefundSlipPdf(const RefundReply &refund, const QString &terminalId, const QString &fileName)
{
    return writeSlipPdf(refundSlip(refund, terminalId), fileName, tr("Refund"));
}

QString TicketRenderer::verificationPayload(const QString &code)
{
    return QStringLiteral("MARQUEE:") + code;
}

QString TicketRenderer::methodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Card:
        return tr("Card");
    }
    return QString();
}

QImage TicketRenderer::renderTicket(const TicketInfo &ticket, int dpi)
{
    const qreal pxPerUnit = dpi / (25.4 * UnitsPerMm);
    QImage image(qRound(TicketWidth * pxPerUnit), qRound(TicketHeight * pxPerUnit), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(pxPerUnit, pxPerUnit);
    paintTicket(painter, ticket, encodeQr(verificationPayload(ticket.code)), false);
    return image;
}

Status TicketRenderer::printTickets(const QList<TicketInfo> &tickets, QPagedPaintDevice *device)
{
    if (!device)
        return makeError(ErrorCode::InvalidValue, tr("No printer or file to print to."));
    if (tickets.isEmpty())
        return makeError(ErrorCode::InvalidValue, tr("There are no tickets to print."));
    QPainter painter;
    if (!painter.begin(device))
        return makeError(ErrorCode::Internal, tr("Cannot print: the printer or file is not available."));
    const qreal pxPerUnit = deviceScale(device);
    const qreal pageWidth = device->width() / pxPerUnit;
    const qreal pageHeight = device->height() / pxPerUnit;
    // Tile full-size tickets when they fit (A4: two), else one per page scaled to fit.
    const int columns = std::max(1, int((pageWidth + 0.5) / TicketWidth));
    const int rows = std::max(1, int((pageHeight + 0.5) / TicketHeight));
    const qreal scale = std::min({ 1.0, pageWidth / TicketWidth, pageHeight / TicketHeight });
    const int perPage = columns * rows;
    const bool cutLines = perPage > 1;
    const qreal gapX = columns > 1 ? (pageWidth - columns * TicketWidth) / (columns - 1) : 0;

    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const int slot = int(i % perPage);
        if (i > 0 && slot == 0 && !device->newPage()) {
            painter.end();
            return makeError(ErrorCode::Internal, tr("Cannot start a new page."));
        }
        const int column = slot % columns;
        const int row = slot / columns;
        painter.save();
        painter.scale(pxPerUnit, pxPerUnit);
        painter.translate(column * (TicketWidth + gapX), row * TicketHeight);
        painter.scale(scale, scale);
        paintTicket(painter, tickets.at(i), encodeQr(verificationPayload(tickets.at(i).code)), cutLines);
        painter.restore();
    }
    if (!painter.end())
        return makeError(ErrorCode::Internal, tr("Printing failed."));
    return {};
}

namespace {

Status writeTicketsPdfTo(QPdfWriter &writer, const QList<TicketInfo> &tickets, TicketRenderer::PageFormat format)
{
    writer.setTitle(TicketRenderer::tr("Tickets"));
    writer.setCreator(QStringLiteral("Marquee"));
    writer.setResolution(600);
    if (format == TicketRenderer::PageFormat::TicketStock) {
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(TicketRenderer::TicketWidthMm, TicketRenderer::TicketHeightMm), QPageSize::Millimeter,
                                                   TicketRenderer::tr("Ticket"), QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    } else {
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 10, 15, 10), QPageLayout::Millimeter));
    }
    return TicketRenderer::printTickets(tickets, &writer);
}

} // namespace

Status TicketRenderer::writeTicketsPdf(const QList<TicketInfo> &tickets, const QString &fileName, PageFormat format)
{
    QPdfWriter writer(fileName);
    return writeTicketsPdfTo(writer, tickets, format);
}

Result<QByteArray> TicketRenderer::ticketsPdf(const QList<TicketInfo> &tickets, PageFormat format)
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const Status written = writeTicketsPdfTo(writer, tickets, format);
        if (!written)
            return written.error();
    } // the writer finishes the file when it goes
    return pdf;
}

ReceiptInfo TicketRenderer::receiptFor(const SellReply &reply, const QList<Payment> &requested,
                                       const QList<TicketInfo> &tickets, const QString &terminalId,
                                       const QDateTime &soldAt)
{
    ReceiptInfo receipt;
    receipt.saleId = reply.saleId;
    receipt.soldAt = soldAt;
    receipt.terminalId = terminalId;
    receipt.total = reply.total;
    receipt.changeDue = reply.changeDue;
    if (!tickets.isEmpty()) {
        receipt.venueName = tickets.constFirst().venueName;
        receipt.showTitle = tickets.constFirst().showTitle;
        receipt.showStart = tickets.constFirst().start;
        receipt.auditorium = tickets.constFirst().auditorium;
    }
    for (qsizetype i = 0; i < reply.tickets.size(); ++i) {
        const Ticket &ticket = reply.tickets.at(i);
        const QString seat = i < tickets.size() ? tickets.at(i).seatLabel : ticket.seatId;
        // The category's name as the ticket prints it; its id only when the name is unknown.
        const QString category = i < tickets.size() && !tickets.at(i).category.isEmpty() ? tickets.at(i).category
                                                                                         : ticket.category;
        const QString type = ticket.ticketTypeName ? *ticket.ticketTypeName
                                                   : (i < tickets.size() ? tickets.at(i).ticketType : QString());
        receipt.lines.append(ReceiptLine { type.isEmpty() ? tr("%1 (%2)").arg(seat, category)
                                                          : tr("%1 (%2, %3)").arg(seat, category, type),
                                           ticket.price });
    }
    QList<Payment> unmatched = requested;
    for (const PaymentResult &result : reply.payments) {
        ReceiptPayment payment { result.method, result.amount, std::nullopt, result.reference };
        const auto match = std::find_if(unmatched.begin(), unmatched.end(), [&result](const Payment &p) {
            return p.method == result.method && p.amount == result.amount;
        });
        if (match != unmatched.end()) {
            if (result.method == PaymentMethod::Cash)
                payment.tendered = match->tendered;
            unmatched.erase(match);
        }
        receipt.payments.append(payment);
    }
    return receipt;
}

QImage TicketRenderer::renderReceipt(const ReceiptInfo &receipt, int dpi)
{
    return renderSlip(receiptSlip(receipt), dpi);
}

Status TicketRenderer::writeReceiptPdf(const ReceiptInfo &receipt, const QString &fileName)
{
    return writeSlipPdf(receiptSlip(receipt), fileName, tr("Receipt %1").arg(receipt.saleId));
}

Status TicketRenderer::printReceipt(const ReceiptInfo &receipt, QPagedPaintDevice *device)
{
    return printSlip(receiptSlip(receipt), device);
}

QImage TicketRenderer::renderShiftReport(const ShiftReportReply &report, int dpi)
{
    return renderSlip(shiftSlip(report), dpi);
}

Status TicketRenderer::writeShiftReportPdf(const ShiftReportReply &report, const QString &fileName)
{
    return writeSlipPdf(shiftSlip(report), fileName, tr("Shift report"));
}

Status TicketRenderer::printShiftReport(const ShiftReportReply &report, QPagedPaintDevice *device)
{
    return printSlip(shiftSlip(report), device);
}

} // namespace Marquee
