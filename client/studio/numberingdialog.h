#pragma once

// PLACEHOLDER (branch wt-studio only): a minimal stand-in with the agreed API; the lead takes the
// real NumberingDialog of the other engineer's branch at the merge.
//
// Asks how to renumber the selected rows and seats.

#include "layoutedit.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Marquee {

class NumberingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberingDialog)

public:
    explicit NumberingDialog(QWidget *parent = nullptr);

    Marquee::RowLabelOptions rowOptions() const;
    Marquee::SeatLabelOptions seatOptions() const;
    bool renumberRows() const;
    bool renumberSeats() const;

private:
    QCheckBox *m_rows;
    QComboBox *m_rowStyle;
    QCheckBox *m_seats;
    QComboBox *m_seatScheme;
    QSpinBox *m_firstSeat;
};

} // namespace Marquee
