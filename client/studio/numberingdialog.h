#pragma once

// Asks how to renumber the selected rows and seats: row labels (letters A, B, C with AA, BB after
// Z, or AA, AB like a spreadsheet, or numbers; the first letter or number; I and O skipped) and
// seat numbers (left to right, right to left, or odd and even from the centre with the odd side
// chosen; the first number, e.g. 101), with a live preview of the result:
// "Rows: A, B, C …   Seats: 7 5 3 1 2 4 6 8".

#include "layoutedit.h"

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
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

    void setRowOptions(const Marquee::RowLabelOptions &options);
    void setSeatOptions(const Marquee::SeatLabelOptions &options);
    void setRenumberRows(bool renumber);
    void setRenumberSeats(bool renumber);
    // How many rows, and seats in a row, the preview shows: the selection's. By default the rows
    // are not known (three labels, then "…") and a row has 8 seats.
    void setPreviewCounts(int rows, int seatsPerRow);

    // The preview line as shown.
    QString previewText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateControls(); // the fields that apply, the preview, OK

    QGroupBox *m_rows;
    QFormLayout *m_rowForm;
    QComboBox *m_rowStyle;
    QComboBox *m_firstLetter;
    QSpinBox *m_firstRowNumber;
    QCheckBox *m_skipIAndO;
    QGroupBox *m_seats;
    QFormLayout *m_seatForm;
    QComboBox *m_seatScheme;
    QComboBox *m_oddSide;
    QSpinBox *m_firstSeatNumber;
    QLabel *m_preview;
    QPushButton *m_ok;
    int m_previewRows = 0; // 0: not known
    int m_previewSeats = 8;
};

} // namespace Marquee
