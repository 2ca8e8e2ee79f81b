#include "printersettingsdialog.h"

#include "ticketoutput.h"

#include <QtPrintSupport/QPrinter>
#include <QtPrintSupport/QPrinterInfo>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

PrinterSettingsDialog::PrinterSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_printers(new QComboBox(this))
    , m_test(new QPushButton(tr("&Test print"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Ticket printer"));
    m_printers->setObjectName(QStringLiteral("ticketPrinter"));
    m_printers->addItem(tr("None: save the tickets as PDF"), QString());
    const QString current = TicketOutput::configuredPrinterName();
    const QStringList names = QPrinterInfo::availablePrinterNames();
    for (const QString &name : names)
        m_printers->addItem(name, name);
    if (!current.isEmpty() && !names.contains(current))
        m_printers->addItem(tr("%1 (not installed)").arg(current), current);
    m_printers->setCurrentIndex(std::max(0, m_printers->findData(current)));
    m_test->setObjectName(QStringLiteral("testPrint"));
    m_status->setObjectName(QStringLiteral("printerStatus"));
    m_status->setWordWrap(true);
    if (names.isEmpty())
        m_status->setText(tr("No printer is installed on this computer: tickets are saved as PDF."));

    auto *form = new QFormLayout;
    form->addRow(tr("Print tickets &on:"), m_printers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    const auto updateTest = [this] { m_test->setEnabled(!selectedPrinter().isEmpty()); };
    connect(m_printers, &QComboBox::currentIndexChanged, this, updateTest);
    connect(m_test, &QPushButton::clicked, this, &PrinterSettingsDialog::testPrint);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateTest();
}

PrinterSettingsDialog::~PrinterSettingsDialog() = default;

QString PrinterSettingsDialog::selectedPrinter() const
{
    return m_printers->currentData().toString();
}

void PrinterSettingsDialog::testPrint()
{
    const auto printer = TicketOutput::printerNamed(selectedPrinter());
    if (!printer) {
        m_status->setText(tr("This printer is not installed."));
        return;
    }
    TicketInfo sample;
    sample.venueName = tr("Test print");
    sample.showTitle = tr("Test ticket: if you can read this, the printer works");
    sample.start = QDateTime::currentDateTime();
    sample.auditorium = tr("Test");
    sample.seatLabel = tr("Row %1, seat %2").arg(QStringLiteral("A"), QStringLiteral("1"));
    sample.category = tr("Test");
    sample.code = QStringLiteral("TEST");
    const Status printed = TicketRenderer::printTickets({sample}, printer.get());
    m_status->setText(printed ? tr("Test ticket sent to %1.").arg(selectedPrinter())
                              : tr("The test print failed: %1").arg(printed.error().message));
}

void PrinterSettingsDialog::accept()
{
    TicketOutput::setConfiguredPrinterName(selectedPrinter());
    QDialog::accept();
}

} // namespace Marquee
