#include "numberingdialog.h"

#include <QtCore/QEvent>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace Marquee {

namespace {

// The preview shows this many row labels, and a long row's ends only.
constexpr int PreviewRowLabels = 3;
constexpr int PreviewSeatsWhole = 16;
constexpr int PreviewSeatsEnd = 6;

// Selects the item whose data is `value` (the first one when none is).
template<typename T> void selectData(QComboBox *combo, T value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(int(value))));
}

template<typename T> T currentData(const QComboBox *combo)
{
    return T(combo->currentData().toInt());
}

// A form row whose label (text set by retranslate()) is the field's buddy, for its mnemonic.
void addField(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
}

void setLabel(const QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

NumberingDialog::NumberingDialog(QWidget *parent)
    : QDialog(parent)
    , m_rows(new QGroupBox(this))
    , m_rowForm(new QFormLayout)
    , m_rowStyle(new QComboBox(this))
    , m_firstLetter(new QComboBox(this))
    , m_firstRowNumber(new QSpinBox(this))
    , m_skipIAndO(new QCheckBox(this))
    , m_seats(new QGroupBox(this))
    , m_seatForm(new QFormLayout)
    , m_seatScheme(new QComboBox(this))
    , m_oddSide(new QComboBox(this))
    , m_firstSeatNumber(new QSpinBox(this))
    , m_preview(new QLabel(this))
    , m_ok(nullptr)
{
    using Style = RowLabelOptions::Style;
    using Scheme = SeatLabelOptions::Scheme;
    using Side = SeatLabelOptions::Side;
    for (const Style style : { Style::Letters, Style::LettersPaired, Style::Numbers })
        m_rowStyle->addItem(QString(), int(style));
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        m_firstLetter->addItem(QString(QChar(c)));
    m_firstRowNumber->setRange(0, 100000);
    m_firstRowNumber->setValue(1);
    for (const Scheme scheme : { Scheme::LeftToRight, Scheme::RightToLeft, Scheme::OddEven })
        m_seatScheme->addItem(QString(), int(scheme));
    for (const Side side : { Side::Right, Side::Left })
        m_oddSide->addItem(QString(), int(side));
    m_firstSeatNumber->setRange(0, 1000000);
    m_firstSeatNumber->setValue(1);
    m_rows->setCheckable(true);
    m_seats->setCheckable(true);
    const std::initializer_list<std::pair<QWidget *, const char *>> names = {
        { m_rows, "rows" },
        { m_rowStyle, "rowStyle" },
        { m_firstLetter, "firstLetter" },
        { m_firstRowNumber, "firstRowNumber" },
        { m_skipIAndO, "skipIAndO" },
        { m_seats, "seats" },
        { m_seatScheme, "seatScheme" },
        { m_oddSide, "oddSide" },
        { m_firstSeatNumber, "firstSeatNumber" },
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1StringView(name));
    // Defaults as in layoutedit.h; the seats are what a renumbering usually means.
    setRowOptions({});
    setSeatOptions({});
    setRenumberRows(false);
    setRenumberSeats(true);

    addField(m_rowForm, m_rowStyle);
    addField(m_rowForm, m_firstLetter);
    addField(m_rowForm, m_firstRowNumber);
    m_rowForm->addRow(m_skipIAndO);
    m_rows->setLayout(m_rowForm);
    addField(m_seatForm, m_seatScheme);
    addField(m_seatForm, m_oddSide);
    addField(m_seatForm, m_firstSeatNumber);
    m_seats->setLayout(m_seatForm);

    m_preview->setObjectName(QStringLiteral("numberingPreview"));
    m_preview->setWordWrap(true);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rows);
    layout->addWidget(m_seats);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    for (QComboBox *combo : { m_rowStyle, m_firstLetter, m_seatScheme, m_oddSide })
        connect(combo, &QComboBox::currentIndexChanged, this, &NumberingDialog::updateControls);
    for (QSpinBox *spin : { m_firstRowNumber, m_firstSeatNumber })
        connect(spin, &QSpinBox::valueChanged, this, &NumberingDialog::updateControls);
    for (QGroupBox *group : { m_rows, m_seats })
        connect(group, &QGroupBox::toggled, this, &NumberingDialog::updateControls);
    connect(m_skipIAndO, &QCheckBox::toggled, this, &NumberingDialog::updateControls);
    retranslate();
}

void NumberingDialog::retranslate()
{
    setWindowTitle(tr("Renumber"));
    m_rows->setTitle(tr("Renumber the &rows"));
    m_rowStyle->setItemText(0, tr("A, B, C … Z, AA, BB"));
    m_rowStyle->setItemText(1, tr("A, B, C … Z, AA, AB"));
    m_rowStyle->setItemText(2, tr("1, 2, 3 …"));
    setLabel(m_rowForm, m_rowStyle, tr("St&yle:"));
    setLabel(m_rowForm, m_firstLetter, tr("First &letter:"));
    setLabel(m_rowForm, m_firstRowNumber, tr("First row &number:"));
    m_skipIAndO->setText(tr("S&kip I and O"));
    m_seats->setTitle(tr("Renumber the &seats"));
    m_seatScheme->setItemText(0, tr("Left to right"));
    m_seatScheme->setItemText(1, tr("Right to left"));
    m_seatScheme->setItemText(2, tr("Odd and even from the centre"));
    m_oddSide->setItemText(0, tr("Odd numbers on the right"));
    m_oddSide->setItemText(1, tr("Odd numbers on the left"));
    setLabel(m_seatForm, m_seatScheme, tr("&Order:"));
    setLabel(m_seatForm, m_oddSide, tr("O&dd side:"));
    setLabel(m_seatForm, m_firstSeatNumber, tr("First seat n&umber:"));
    updateControls();
}

RowLabelOptions NumberingDialog::rowOptions() const
{
    RowLabelOptions options;
    options.style = currentData<RowLabelOptions::Style>(m_rowStyle);
    options.firstLetter = m_firstLetter->currentText().at(0);
    options.firstNumber = m_firstRowNumber->value();
    options.skipIAndO = m_skipIAndO->isChecked();
    return options;
}

SeatLabelOptions NumberingDialog::seatOptions() const
{
    SeatLabelOptions options;
    options.scheme = currentData<SeatLabelOptions::Scheme>(m_seatScheme);
    options.oddSide = currentData<SeatLabelOptions::Side>(m_oddSide);
    options.firstNumber = m_firstSeatNumber->value();
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

void NumberingDialog::setRowOptions(const RowLabelOptions &options)
{
    selectData(m_rowStyle, options.style);
    const int letter = int(options.firstLetter.toUpper().unicode()) - int(u'A');
    m_firstLetter->setCurrentIndex(std::clamp(letter, 0, m_firstLetter->count() - 1));
    m_firstRowNumber->setValue(options.firstNumber);
    m_skipIAndO->setChecked(options.skipIAndO);
}

void NumberingDialog::setSeatOptions(const SeatLabelOptions &options)
{
    selectData(m_seatScheme, options.scheme);
    selectData(m_oddSide, options.oddSide);
    m_firstSeatNumber->setValue(options.firstNumber);
}

void NumberingDialog::setRenumberRows(bool renumber)
{
    m_rows->setChecked(renumber);
}

void NumberingDialog::setRenumberSeats(bool renumber)
{
    m_seats->setChecked(renumber);
}

void NumberingDialog::setPreviewCounts(int rows, int seatsPerRow)
{
    m_previewRows = std::clamp(rows, 1, LayoutLimits::MaxRowsPerSection);
    m_previewSeats = std::clamp(seatsPerRow, 1, LayoutLimits::MaxSeatsPerRow);
    updateControls();
}

QString NumberingDialog::previewText() const
{
    return m_preview->text();
}

void NumberingDialog::updateControls()
{
    if (!m_ok)
        return; // still being built
    const RowLabelOptions rows = rowOptions();
    const bool numbers = rows.style == RowLabelOptions::Style::Numbers;
    m_rowForm->setRowVisible(m_firstLetter, !numbers);
    m_rowForm->setRowVisible(m_skipIAndO, !numbers);
    m_rowForm->setRowVisible(m_firstRowNumber, numbers);
    const SeatLabelOptions seats = seatOptions();
    m_seatForm->setRowVisible(m_oddSide, seats.scheme == SeatLabelOptions::Scheme::OddEven);

    QString rowText = tr("unchanged");
    if (renumberRows()) {
        QStringList labels;
        const int count = m_previewRows > 0 ? std::min(m_previewRows, PreviewRowLabels) : PreviewRowLabels;
        for (int i = 0; i < count; ++i)
            labels.append(rowLabel(i, rows));
        const bool more = m_previewRows == 0 || m_previewRows > PreviewRowLabels;
        rowText = labels.join(QStringLiteral(", ")) + (more ? QStringLiteral(" …") : QString());
    }
    QString seatText = tr("unchanged");
    if (renumberSeats()) {
        QStringList labels = seatLabels(m_previewSeats, seats);
        if (labels.size() > PreviewSeatsWhole)
            labels = labels.first(PreviewSeatsEnd) + QStringList { QStringLiteral("…") }
                + labels.last(PreviewSeatsEnd);
        seatText = labels.join(u' ');
    }
    m_preview->setText(tr("Rows: %1").arg(rowText) + QStringLiteral("   ") + tr("Seats: %1").arg(seatText));
    m_ok->setEnabled(renumberRows() || renumberSeats());
}

void NumberingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Marquee
