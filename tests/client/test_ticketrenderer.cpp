#include "printers.h"
#include "ticketoutput.h"
#include "ticketrenderer.h"

#include <gtest/gtest.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtPrintSupport/QPrinter>

using namespace Marquee;

namespace {

Money eur(qint64 cents)
{
    return *Money::fromMinor(cents, u"EUR");
}

TicketInfo ticket(const QString &code, const QString &seat = QStringLiteral("Row F, Seat 12"))
{
    TicketInfo info;
    info.venueName = QStringLiteral("Odeon Riverside");
    info.showTitle = QStringLiteral("The Grand Budapest Hotel");
    info.start = QDateTime(QDate(2025, 6, 14), QTime(20, 15));
    info.auditorium = QStringLiteral("Screen 3");
    info.seatLabel = seat;
    info.category = QStringLiteral("Premium");
    info.price = eur(1250);
    info.code = code;
    return info;
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Page objects of a PDF ("/Type /Page", not "/Type /Pages").
qsizetype pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    return QString::fromLatin1(pdf).count(page);
}

bool dark(QRgb pixel)
{
    return qGray(pixel) < 128;
}

qsizetype darkPixels(const QImage &image)
{
    qsizetype count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += dark(image.pixel(x, y)) ? 1 : 0;
    }
    return count;
}

// MARQUEE_SCREENSHOT_DIR=/tmp/x: keep the rendered pictures to look at.
void keep(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name));
}

void keepFile(const QString &fileName)
{
    const QString dir = qEnvironmentVariable("MARQUEE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString target = QDir(dir).filePath(QFileInfo(fileName).fileName());
        QFile::remove(target);
        QFile::copy(fileName, target);
    }
}

// The text zbarimg decodes from an image file; an empty optional when zbarimg is missing.
std::optional<QString> decodeQr(const QString &fileName, QString *why)
{
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (zbarimg.isEmpty()) {
        *why = QStringLiteral("zbarimg is not installed (Debian: zbar-tools)");
        return std::nullopt;
    }
    QProcess process;
    process.start(zbarimg, { QStringLiteral("--raw"), QStringLiteral("-q"), fileName });
    if (!process.waitForFinished(30000)) {
        *why = QStringLiteral("zbarimg did not finish");
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

SellReply sale()
{
    SellReply reply;
    reply.saleId = QStringLiteral("S-20250614-0042");
    reply.holdId = QStringLiteral("H-1");
    reply.showId = QStringLiteral("show-1");
    reply.tickets = {
        Ticket { QStringLiteral("t1"), QStringLiteral("MQ7F3K9X"), QStringLiteral("F-12"), QStringLiteral("Premium"),
                 eur(1250), TicketStatus::Valid },
        Ticket { QStringLiteral("t2"), QStringLiteral("MQ2TB4PQ"), QStringLiteral("F-13"), QStringLiteral("Child"),
                 eur(1100), TicketStatus::Valid },
    };
    reply.total = eur(2350);
    reply.changeDue = eur(150);
    reply.payments = {
        PaymentResult { PaymentMethod::Card, eur(2000), QStringLiteral("A12345") },
        PaymentResult { PaymentMethod::Cash, eur(350), std::nullopt },
    };
    return reply;
}

ReceiptInfo receipt()
{
    const QList<Payment> requested {
        Payment { PaymentMethod::Card, eur(2000), std::nullopt },
        Payment { PaymentMethod::Cash, eur(350), eur(500) },
    };
    TicketInfo child = ticket(QStringLiteral("MQ2TB4PQ"), QStringLiteral("Row F, Seat 13"));
    child.category = QStringLiteral("Child");
    ReceiptInfo info = TicketRenderer::receiptFor(
        sale(), requested, { ticket(QStringLiteral("MQ7F3K9X")), child },
        QStringLiteral("BOX-1"), QDateTime(QDate(2025, 6, 14), QTime(19, 42)));
    info.cashier = QStringLiteral("Alice");
    return info;
}

ShiftReportReply shiftReport()
{
    ShiftReportReply report;
    report.userId = QStringLiteral("alice");
    report.terminalId = QStringLiteral("BOX-1");
    report.from = QDateTime(QDate(2025, 6, 14), QTime(14, 0));
    report.to = QDateTime(QDate(2025, 6, 14), QTime(22, 0));
    report.totals = {
        MethodTotal { PaymentMethod::Cash, eur(45600), eur(1250), 31, 1 },
        MethodTotal { PaymentMethod::Card, eur(98050), eur(0), 57, 0 },
    };
    report.ticketsSold = 163;
    report.ticketsRefunded = 1;
    return report;
}

} // namespace

TEST(TicketRenderer, VerificationPayload)
{
    EXPECT_EQ(TicketRenderer::verificationPayload(QStringLiteral("MQ7F3K9X")), QStringLiteral("MARQUEE:MQ7F3K9X"));
}

TEST(TicketRenderer, RendersATicketImageOfTicketStockSize)
{
    const QImage image = TicketRenderer::renderTicket(ticket(QStringLiteral("MQ7F3K9X")), 203);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 639); // 80 mm at 203 dpi
    EXPECT_EQ(image.height(), 1199); // 150 mm
    const qsizetype inked = darkPixels(image);
    EXPECT_GT(inked, image.width() * image.height() / 50);
    EXPECT_LT(inked, image.width() * image.height() / 2);
    keep(image, QStringLiteral("ticket.png"));
}

TEST(TicketRenderer, TheQrCodeDecodesToTheVerificationPayload)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList codes { QStringLiteral("MQ7F3K9X"), QStringLiteral("K2-9d8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b") };
    for (const QString &code : codes) {
        for (const int dpi : { 203, 300 }) {
            const QString file = dir.filePath(QStringLiteral("ticket-%1.png").arg(dpi));
            ASSERT_TRUE(TicketRenderer::renderTicket(ticket(code), dpi).save(file));
            QString why;
            const auto decoded = decodeQr(file, &why);
            if (!decoded) {
                if (qEnvironmentVariableIsSet("CI"))
                    FAIL() << why.toStdString() << ": CI must check the QR code";
                GTEST_SKIP() << why.toStdString();
            }
            EXPECT_EQ(*decoded, QStringLiteral("MARQUEE:") + code) << why.toStdString() << " at " << dpi << " dpi";
        }
    }
}

TEST(TicketRenderer, WritesOnePdfPagePerTicketOnTicketStock)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("tickets.pdf"));
    const QList<TicketInfo> tickets { ticket(QStringLiteral("A1")), ticket(QStringLiteral("A2")),
                                      ticket(QStringLiteral("A3")) };
    const Status written = TicketRenderer::writeTicketsPdf(tickets, file);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pageCount(pdf), 3);
    keepFile(file);
}

TEST(TicketRenderer, PutsTwoTicketsOnAnA4Page)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("tickets-a4.pdf"));
    QList<TicketInfo> tickets;
    for (int i = 0; i < 5; ++i)
        tickets << ticket(QStringLiteral("B%1").arg(i));
    ASSERT_TRUE(TicketRenderer::writeTicketsPdf(tickets, file, TicketRenderer::PageFormat::A4));
    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pageCount(pdf), 3);
    keepFile(file);
}

TEST(TicketRenderer, PrintsToAPrinter)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    printer.setPageSize(QPageSize(QPageSize::A4));
    ASSERT_TRUE(TicketRenderer::printTickets({ ticket(QStringLiteral("C1")), ticket(QStringLiteral("C2")),
                                               ticket(QStringLiteral("C3")) },
                                             &printer));
    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pageCount(pdf), 2);

    // A page smaller than a ticket: one per page, scaled down.
    const QString small = dir.filePath(QStringLiteral("small.pdf"));
    QPrinter label(QPrinter::HighResolution);
    label.setOutputFormat(QPrinter::PdfFormat);
    label.setOutputFileName(small);
    label.setPageSize(QPageSize(QSizeF(60, 100), QPageSize::Millimeter));
    label.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    ASSERT_TRUE(TicketRenderer::printTickets({ ticket(QStringLiteral("D1")), ticket(QStringLiteral("D2")) }, &label));
    EXPECT_EQ(pageCount(readAll(small)), 2);
    keepFile(small);
}

TEST(TicketRenderer, RefusesNothingToPrintAndUnwritableFiles)
{
    EXPECT_FALSE(TicketRenderer::writeTicketsPdf({}, QDir::temp().filePath(QStringLiteral("marquee-none.pdf"))));
    EXPECT_FALSE(TicketRenderer::printTickets({ ticket(QStringLiteral("E1")) }, nullptr));
    EXPECT_FALSE(TicketRenderer::writeTicketsPdf({ ticket(QStringLiteral("E1")) },
                                                 QStringLiteral("/nonexistent-dir/x/tickets.pdf")));
}

TEST(TicketRenderer, BuildsAReceiptFromTheSale)
{
    const ReceiptInfo info = receipt();
    EXPECT_EQ(info.saleId, QStringLiteral("S-20250614-0042"));
    EXPECT_EQ(info.venueName, QStringLiteral("Odeon Riverside"));
    ASSERT_EQ(info.lines.size(), 2);
    EXPECT_EQ(info.lines.at(0).description, QStringLiteral("Row F, Seat 12 (Premium)"));
    EXPECT_EQ(info.lines.at(1).description, QStringLiteral("Row F, Seat 13 (Child)"));
    EXPECT_EQ(info.lines.at(1).price, eur(1100));
    ASSERT_EQ(info.payments.size(), 2);
    EXPECT_EQ(info.payments.at(0).reference, QStringLiteral("A12345"));
    EXPECT_FALSE(info.payments.at(0).tendered);
    EXPECT_EQ(info.payments.at(1).tendered, eur(500));
    EXPECT_EQ(info.changeDue, eur(150));
    EXPECT_EQ(info.total, eur(2350));
}

TEST(TicketRenderer, TheReceiptAndTheTicketNameTheTicketType)
{
    SellReply reply = sale();
    // The reply names categories by id; the receipt by the names the tickets print.
    reply.tickets[0].category = QStringLiteral("premium");
    reply.tickets[1].category = QStringLiteral("standard");
    reply.tickets[1].ticketTypeId = QStringLiteral("2");
    reply.tickets[1].ticketTypeName = QStringLiteral("Child");
    TicketInfo standard = ticket(QStringLiteral("MQ2TB4PQ"), QStringLiteral("Row F, Seat 13"));
    standard.category = QStringLiteral("Standard");
    const ReceiptInfo info = TicketRenderer::receiptFor(
        reply, {}, { ticket(QStringLiteral("MQ7F3K9X")), standard },
        QStringLiteral("BOX-1"), QDateTime(QDate(2025, 6, 14), QTime(19, 42)));
    ASSERT_EQ(info.lines.size(), 2);
    EXPECT_EQ(info.lines.at(0).description, QStringLiteral("Row F, Seat 12 (Premium)")) << "sold before ticket types";
    EXPECT_EQ(info.lines.at(1).description, QStringLiteral("Row F, Seat 13 (Standard, Child)"));
    // The ticket prints it too: another picture than the same ticket without a type.
    TicketInfo typed = ticket(QStringLiteral("MQ2TB4PQ"));
    const QImage plain = TicketRenderer::renderTicket(typed, 203);
    typed.ticketType = QStringLiteral("Child");
    const QImage withType = TicketRenderer::renderTicket(typed, 203);
    EXPECT_NE(plain, withType);
    EXPECT_GT(darkPixels(withType), darkPixels(plain));
}

TEST(TicketRenderer, RendersAndWritesAReceipt)
{
    const ReceiptInfo info = receipt();
    const QImage image = TicketRenderer::renderReceipt(info);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 639);
    EXPECT_GT(darkPixels(image), 1000);
    keep(image, QStringLiteral("receipt.png"));

    // More lines, a longer slip.
    ReceiptInfo longer = info;
    for (int i = 0; i < 10; ++i)
        longer.lines << ReceiptLine { QStringLiteral("Row G, Seat %1 (Adult)").arg(i + 1), eur(1250) };
    EXPECT_GT(TicketRenderer::renderReceipt(longer).height(), image.height());

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("receipt.pdf"));
    ASSERT_TRUE(TicketRenderer::writeReceiptPdf(info, file));
    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pageCount(pdf), 1);

    // A receipt longer than a metre continues on further pages.
    ReceiptInfo huge = info;
    for (int i = 0; i < 300; ++i)
        huge.lines << ReceiptLine { QStringLiteral("Row H, Seat %1 (Adult)").arg(i + 1), eur(1250) };
    const QString hugeFile = dir.filePath(QStringLiteral("huge.pdf"));
    ASSERT_TRUE(TicketRenderer::writeReceiptPdf(huge, hugeFile));
    EXPECT_GE(pageCount(readAll(hugeFile)), 2);
    keepFile(file);
    keepFile(hugeFile);
}

TEST(TicketRenderer, RendersAndWritesAShiftReport)
{
    const ShiftReportReply report = shiftReport();
    const QImage image = TicketRenderer::renderShiftReport(report);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(darkPixels(image), 1000);
    keep(image, QStringLiteral("shift.png"));

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("shift.pdf"));
    ASSERT_TRUE(TicketRenderer::writeShiftReportPdf(report, file));
    const QByteArray pdf = readAll(file);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_EQ(pageCount(pdf), 1);
    keepFile(file);

    // An empty shift still prints.
    ShiftReportReply empty;
    empty.userId = QStringLiteral("bob");
    ASSERT_TRUE(TicketRenderer::writeShiftReportPdf(empty, dir.filePath(QStringLiteral("empty.pdf"))));
    EXPECT_FALSE(TicketRenderer::renderShiftReport(empty).isNull());
}

TEST(TicketOutput, WithoutAPrinterTheTicketsGoToPdfAndTheCashierIsTold)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sale-1-tickets.pdf"));
    const TicketOutput::Delivery delivery = TicketOutput::deliver({ticket(QStringLiteral("A1"))}, nullptr, pdf);
    EXPECT_FALSE(delivery.printed);
    EXPECT_EQ(delivery.pdfPath, pdf);
    EXPECT_TRUE(QFileInfo::exists(pdf));
    EXPECT_TRUE(delivery.message().contains(QStringLiteral("No ticket printer"))) << delivery.message().toStdString();
    EXPECT_TRUE(delivery.message().contains(pdf));
}

TEST(TicketOutput, APrinterGetsTheTicketsAndNoPdfIsWritten)
{
    QTemporaryDir dir;
    // A printer as far as the renderer can tell: QPrinter writing PDF into a file.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printer-output.pdf")));
    const QString fallback = dir.filePath(QStringLiteral("fallback.pdf"));
    const TicketOutput::Delivery delivery =
        TicketOutput::deliver({ticket(QStringLiteral("A1")), ticket(QStringLiteral("A2"))}, &printer, fallback);
    EXPECT_TRUE(delivery.printed);
    EXPECT_TRUE(delivery.pdfPath.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(fallback));
    EXPECT_GT(QFileInfo(printer.outputFileName()).size(), 1000);
    EXPECT_TRUE(delivery.message().startsWith(QStringLiteral("Tickets printed on"))) << delivery.message().toStdString();
}

TEST(TicketOutput, WhenPrintingFailsThePdfIsTheFallback)
{
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("no/such/dir/out.pdf"))); // cannot be opened
    const QString fallback = dir.filePath(QStringLiteral("fallback.pdf"));
    const TicketOutput::Delivery delivery = TicketOutput::deliver({ticket(QStringLiteral("A1"))}, &printer, fallback);
    EXPECT_FALSE(delivery.printed);
    EXPECT_FALSE(delivery.error.isEmpty());
    EXPECT_EQ(delivery.pdfPath, fallback);
    EXPECT_TRUE(QFileInfo::exists(fallback));
    EXPECT_TRUE(delivery.message().contains(QStringLiteral("Printing failed"))) << delivery.message().toStdString();
}
