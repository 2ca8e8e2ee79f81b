#pragma once

#include "ticketrenderer.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <functional>
#include <memory>

class QPrinter;

namespace Marquee {

// Where the tickets of a sale go: straight to the terminal's ticket printer (QSettings
// "printing/ticketPrinter", chosen in PrinterSettingsDialog); a PDF only as a fallback (no printer
// set up, the printer is gone, or printing failed) or when the cashier asks for one.
class TicketOutput
{
    Q_DECLARE_TR_FUNCTIONS(Marquee::TicketOutput)

public:
    static QString configuredPrinterName();
    static void setConfiguredPrinterName(const QString &name);
    // The configured printer, set up for ticket stock; nullptr when none is configured or it is
    // not installed (any more).
    static std::unique_ptr<QPrinter> configuredPrinter();
    // Tests: a printer to use instead of the configured one (e.g. QPrinter::PdfFormat into a
    // file); an empty function restores the configured one.
    static void setPrinterFactoryForTesting(std::function<std::unique_ptr<QPrinter>()> factory);

    // A printer by name, for ticket stock (80 x 150 mm, full page); nullptr when it is not installed.
    static std::unique_ptr<QPrinter> printerNamed(const QString &name);

    struct Delivery
    {
        bool printed = false;
        QString printerName; // printed: where
        QString pdfPath;     // the fallback PDF, when one was written
        QString error;       // why printing failed, when it did
        bool pdfFailed = false;
        // For the basket: "Printed on X.", "No ticket printer is set up: saved as PDF ...", ...
        QString message() const;
    };
    // Prints on `printer` when there is one, else (or when that fails) writes `pdfFallback`.
    static Delivery deliver(const QList<TicketInfo> &tickets, QPrinter *printer, const QString &pdfFallback);
};

} // namespace Marquee
