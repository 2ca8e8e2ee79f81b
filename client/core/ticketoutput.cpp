#include "ticketoutput.h"

#include <QtCore/QSettings>
#include <QtPrintSupport/QPrinter>
#include <QtPrintSupport/QPrinterInfo>

namespace Marquee {

namespace {

const QString SettingKey = QStringLiteral("printing/ticketPrinter");

std::function<std::unique_ptr<QPrinter>()> &testFactory()
{
    static std::function<std::unique_ptr<QPrinter>()> factory;
    return factory;
}

} // namespace

QString TicketOutput::configuredPrinterName()
{
    return QSettings().value(SettingKey).toString();
}

void TicketOutput::setConfiguredPrinterName(const QString &name)
{
    if (name.isEmpty())
        QSettings().remove(SettingKey);
    else
        QSettings().setValue(SettingKey, name);
}

std::unique_ptr<QPrinter> TicketOutput::printerNamed(const QString &name)
{
    if (name.isEmpty() || !QPrinterInfo::availablePrinterNames().contains(name))
        return nullptr;
    auto printer = std::make_unique<QPrinter>(QPrinterInfo::printerInfo(name), QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QSizeF(TicketRenderer::TicketWidthMm, TicketRenderer::TicketHeightMm), QPageSize::Millimeter,
                                   QString(), QPageSize::ExactMatch));
    printer->setFullPage(true);
    printer->setDocName(tr("Tickets"));
    return printer;
}

std::unique_ptr<QPrinter> TicketOutput::configuredPrinter()
{
    if (testFactory())
        return testFactory()();
    return printerNamed(configuredPrinterName());
}

void TicketOutput::setPrinterFactoryForTesting(std::function<std::unique_ptr<QPrinter>()> factory)
{
    testFactory() = std::move(factory);
}

TicketOutput::Delivery TicketOutput::deliver(const QList<TicketInfo> &tickets, QPrinter *printer, const QString &pdfFallback)
{
    Delivery delivery;
    if (printer) {
        delivery.printerName = printer->outputFormat() == QPrinter::PdfFormat ? printer->outputFileName() : printer->printerName();
        const Status printed = TicketRenderer::printTickets(tickets, printer);
        if (printed) {
            delivery.printed = true;
            return delivery;
        }
        delivery.error = printed.error().message;
    }
    const Status written = TicketRenderer::writeTicketsPdf(tickets, pdfFallback);
    if (written)
        delivery.pdfPath = pdfFallback;
    else
        delivery.pdfFailed = true;
    return delivery;
}

QString TicketOutput::Delivery::message() const
{
    if (printed)
        return tr("Tickets printed on %1.").arg(printerName);
    if (pdfFailed)
        return error.isEmpty() ? tr("No ticket printer is set up, and the tickets could not be saved as PDF.")
                               : tr("Printing failed (%1), and the tickets could not be saved as PDF.").arg(error);
    return error.isEmpty() ? tr("No ticket printer is set up: tickets saved as PDF %1").arg(pdfPath)
                           : tr("Printing failed (%1): tickets saved as PDF %2").arg(error, pdfPath);
}

} // namespace Marquee
