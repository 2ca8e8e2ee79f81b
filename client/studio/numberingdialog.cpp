#include "numberingdialog.h"

// PLACEHOLDER (branch wt-studio only), see numberingdialog.h.

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QSpinBox>

namespace Marquee {

NumberingDialog::NumberingDialog(QWidget *parent)
    : QDialog(parent)
    , m_rows(new QCheckBox(tr("Renumber the &rows"), this))
    , m_rowStyle(new QComboBox(this))
    , m_seats(new QCheckBox(tr("Renumber the &seats"), this))
    , m_seatScheme(new QComboBox(this))
    , m_firstSeat(new QSpinBox(this))
{
    setWindowTitle(tr("Renumber"));
    m_rowStyle->addItems({ tr("A, B, C … (no I, O)"), tr("1, 2, 3 …") });
    m_seatScheme->addItems({ tr("Left to right"), tr("Right to left"), tr("Odd and even from the centre") });
    m_firstSeat->setRange(0, 100000);
    m_firstSeat->setValue(1);
    m_seats->setChecked(true);
    auto *form = new QFormLayout(this);
    form->addRow(m_rows);
    form->addRow(tr("Row labels:"), m_rowStyle);
    form->addRow(m_seats);
    form->addRow(tr("Seat numbers:"), m_seatScheme);
    form->addRow(tr("First number:"), m_firstSeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

RowLabelOptions NumberingDialog::rowOptions() const
{
    RowLabelOptions options;
    if (m_rowStyle->currentIndex() == 1)
        options.style = RowLabelOptions::Style::Numbers;
    return options;
}

SeatLabelOptions NumberingDialog::seatOptions() const
{
    SeatLabelOptions options;
    options.scheme = static_cast<SeatLabelOptions::Scheme>(m_seatScheme->currentIndex());
    options.firstNumber = m_firstSeat->value();
    return options;
}

bool NumberingDialog::renumberRows() const
{
    return m_rows->isChecked();
}

bool NumberingDialog::renumberSeats() const
{
    return m_seats->isChecked();
}

} // namespace Marquee
