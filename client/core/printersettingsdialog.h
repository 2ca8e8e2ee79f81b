#pragma once

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace Marquee {

// Settings > Ticket printer: which installed printer the tickets go to after a sale (none: they
// are saved as PDF), with a test print.
class PrinterSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterSettingsDialog)

public:
    explicit PrinterSettingsDialog(QWidget *parent = nullptr);
    ~PrinterSettingsDialog() override;

    // The printer chosen in the dialog; empty for "none".
    QString selectedPrinter() const;
    void testPrint();
    void accept() override;

private:
    QComboBox *m_printers;
    QPushButton *m_test;
    QLabel *m_status;
};

} // namespace Marquee
