#pragma once

#include "money.h"
#include "protocol.h"
#include "result.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QLocale>
#include <QtCore/QString>
#include <QtGui/QImage>

#include <optional>

class QPagedPaintDevice;

namespace Marquee {

// What a printed ticket shows; filled by the caller so that the renderer needs no network state.
struct TicketInfo
{
    QString venueName;
    QString showTitle;
    QDateTime start;
    QString auditorium;
    QString seatLabel; // "Row F, Seat 12"
    QString category;
    QString ticketType; // "Child"; empty for tickets sold before ticket types
    Money price;
    QString code; // the ticket code; the QR code holds TicketRenderer::verificationPayload(code)
    // The language of the date, time and price (an e-mailed ticket: the sale's); unset: QLocale().
    std::optional<QLocale> locale;
};

struct ReceiptLine
{
    QString description; // "Row F, Seat 12 (Adult)"
    Money price;
};

struct ReceiptPayment
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<Money> tendered; // cash
    std::optional<QString> reference; // card authorisation
};

struct ReceiptInfo
{
    QString venueName;
    QString saleId;
    QDateTime soldAt;
    QString terminalId;
    QString cashier;
    QString showTitle;
    QDateTime showStart;
    QString auditorium;
    QList<ReceiptLine> lines;
    Money total;
    QList<ReceiptPayment> payments;
    Money changeDue;
};

// Renders tickets (80 x 150 mm stock, with a QR code), receipts and shift reports (80 mm wide,
// receipt printer) to images, PDF files and printers. Everything is laid out in tenths of a
// millimetre and scaled to the device, so that preview, PDF and printer show the same thing.
class TicketRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Marquee::TicketRenderer)

public:
    enum class PageFormat {
        TicketStock, // one ticket per 80 x 150 mm page
        A4, // as many tickets per A4 page as fit (two), with cut lines
    };

    static constexpr qreal TicketWidthMm = 80.0;
    static constexpr qreal TicketHeightMm = 150.0;
    static constexpr qreal ReceiptWidthMm = 80.0;
    static constexpr int DefaultDpi = 203; // thermal ticket and receipt printers

    // "MARQUEE:<code>", the text in a ticket's QR code.
    static QString verificationPayload(const QString &code);

    static QImage renderTicket(const TicketInfo &ticket, int dpi = DefaultDpi);
    static Status writeTicketsPdf(const QList<TicketInfo> &tickets, const QString &fileName,
                                  PageFormat format = PageFormat::TicketStock);
    // The same PDF in memory (an e-mail's attachment).
    static Result<QByteArray> ticketsPdf(const QList<TicketInfo> &tickets, PageFormat format = PageFormat::TicketStock);
    // Paints on a printer (from QPrintDialog) or PDF writer whose page layout is already set:
    // as many tickets per page as fit at full size, or one per page scaled down to fit.
    static Status printTickets(const QList<TicketInfo> &tickets, QPagedPaintDevice *device);

    // Builds a receipt from a sale's reply; `requested` supplies the cash tendered, `tickets` the
    // lines (in the reply's ticket order).
    static ReceiptInfo receiptFor(const SellReply &reply, const QList<Payment> &requested,
                                  const QList<TicketInfo> &tickets, const QString &terminalId,
                                  const QDateTime &soldAt);
    static QImage renderReceipt(const ReceiptInfo &receipt, int dpi = DefaultDpi);
    static Status writeReceiptPdf(const ReceiptInfo &receipt, const QString &fileName);
    static Status printReceipt(const ReceiptInfo &receipt, QPagedPaintDevice *device);

    static QImage renderShiftReport(const ShiftReportReply &report, int dpi = DefaultDpi);
    static Status writeShiftReportPdf(const ShiftReportReply &report, const QString &fileName);
    static Status printShiftReport(const ShiftReportReply &report, QPagedPaintDevice *device);

    // A refund: what the cashier hands back ("hand back 9.50 EUR in cash"), and the slip for the
    // customer (which tickets, how much, to cash or card; a line to sign).
    static QString refundInstruction(const RefundReply &refund);
    static QImage renderRefundSlip(const RefundReply &refund, const QString &terminalId, int dpi = DefaultDpi);
    static Status writeRefundSlipPdf(const RefundReply &refund, const QString &terminalId, const QString &fileName);

    static QString methodName(PaymentMethod method);
};

} // namespace Marquee
