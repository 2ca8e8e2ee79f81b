#include "tooloptionspanel.h"

#include "layoutdocument.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

namespace {

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

ToolOptionsPanel::ToolOptionsPanel(LayoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_pages(new QStackedWidget(this))
{
    // One page per tool, in StudioTool's order.
    m_pages->addWidget(makeSelectPage());
    m_pages->addWidget(makeStraightPage());
    m_pages->addWidget(makeCurvedPage());
    m_pages->addWidget(makeRowPage());
    m_pages->addWidget(
        makeHintPage(tr("Click to add a seat: it joins the row beside it, or starts a row of its own.")));
    m_pages->addWidget(makeAislePage());
    m_pages->addWidget(makeStagePage());
    m_pages->addWidget(makeTextPage());
    m_pages->addWidget(makeHintPage(tr("Drag between two points of the floor plan whose distance you know, "
                                       "then type that distance.")));
    m_pitches = makePitchGroup();
    m_numbering = makeNumberingGroup();

    m_categoryRow = new QWidget(this);
    auto *categoryForm = new QFormLayout(m_categoryRow);
    categoryForm->setContentsMargins(0, 0, 0, 0);
    m_category = new QComboBox(m_categoryRow);
    m_category->setObjectName(QStringLiteral("toolCategory"));
    categoryForm->addRow(tr("C&ategory:"), m_category);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ToolOptionsPanel::read);

    auto *box = new QVBoxLayout(this);
    box->addWidget(m_pages);
    box->addWidget(m_pitches);
    box->addWidget(m_numbering);
    box->addWidget(m_categoryRow);
    box->addStretch();

    connect(document, &LayoutDocument::changed, this, [this](LayoutDocument::Parts parts) {
        if (parts.testFlag(LayoutDocument::Part::Categories))
            refreshCategories();
    });
    refreshCategories();
    read();
    setTool(StudioTool::Select);
}

QSpinBox *ToolOptionsPanel::spinBox(int minimum, int maximum, int value)
{
    auto *spin = new QSpinBox(this);
    spin->setRange(minimum, maximum);
    spin->setValue(value);
    connect(spin, &QSpinBox::valueChanged, this, &ToolOptionsPanel::read);
    return spin;
}

QDoubleSpinBox *ToolOptionsPanel::doubleSpinBox(double minimum, double maximum, double value, double step,
                                                int decimals)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setDecimals(decimals);
    spin->setRange(minimum, maximum);
    spin->setSingleStep(step);
    spin->setValue(value);
    connect(spin, &QDoubleSpinBox::valueChanged, this, &ToolOptionsPanel::read);
    return spin;
}

QWidget *ToolOptionsPanel::makeHintPage(const QString &hint)
{
    auto *page = new QWidget(this);
    auto *box = new QVBoxLayout(page);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(hintLabel(hint, page));
    box->addStretch();
    return page;
}

QWidget *ToolOptionsPanel::makeSelectPage()
{
    return makeHintPage(
        tr("Click, shift-click or drag a frame to select; drag the selection to move it; the arrow keys "
           "move it by the grid (shift: ten steps). Double-click a seat to select its row."));
}

QWidget *ToolOptionsPanel::makeStraightPage()
{
    const StudioToolSettings defaults;
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(hintLabel(
        tr("Drag a rectangle: its size decides the rows and seats. A click places the counts below."), page));
    m_straightRows = spinBox(1, LayoutLimits::MaxRowsPerSection, defaults.straightRows);
    m_straightRows->setObjectName(QStringLiteral("straightRows"));
    m_straightSeats = spinBox(1, LayoutLimits::MaxSeatsPerRow, defaults.straightSeats);
    m_straightSeats->setObjectName(QStringLiteral("straightSeats"));
    m_stagger = new QCheckBox(tr("&Stagger every second row"), page);
    connect(m_stagger, &QCheckBox::toggled, this, &ToolOptionsPanel::read);
    form->addRow(tr("&Rows:"), m_straightRows);
    form->addRow(tr("Seats a ro&w:"), m_straightSeats);
    form->addRow(m_stagger);
    return page;
}

QWidget *ToolOptionsPanel::makeCurvedPage()
{
    const StudioToolSettings defaults;
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(
        hintLabel(tr("Click the front row's middle; drag away from the stage for more rows. Rows further "
                     "back hold more seats."),
                  page));
    m_curvedRows = spinBox(1, LayoutLimits::MaxRowsPerSection, defaults.curvedRows);
    m_curvedRows->setObjectName(QStringLiteral("curvedRows"));
    m_byRadius = new QRadioButton(tr("By radius and span"), page);
    m_byCurve = new QRadioButton(tr("By curve and front row"), page);
    m_byRadius->setChecked(defaults.curveByRadius);
    m_byCurve->setChecked(!defaults.curveByRadius);
    connect(m_byRadius, &QRadioButton::toggled, this, &ToolOptionsPanel::read);
    m_radius = doubleSpinBox(1.0, 1000.0, defaults.radius, 0.5, 1);
    m_span = doubleSpinBox(5.0, 355.0, defaults.spanDegrees, 5.0, 0);
    m_span->setSuffix(QStringLiteral("°"));
    m_radius->setObjectName(QStringLiteral("curvedRadius"));
    m_span->setObjectName(QStringLiteral("curvedSpan"));
    m_curve = doubleSpinBox(0.05, 1.0, defaults.curveFactor, 0.05);
    m_frontSeats = spinBox(2, LayoutLimits::MaxSeatsPerRow, defaults.frontRowSeats);
    form->addRow(tr("&Rows:"), m_curvedRows);
    form->addRow(m_byRadius);
    form->addRow(tr("Front ra&dius:"), m_radius);
    form->addRow(tr("S&pan:"), m_span);
    form->addRow(m_byCurve);
    form->addRow(tr("C&urve (0–1):"), m_curve);
    form->addRow(tr("Front row &seats:"), m_frontSeats);
    return page;
}

QWidget *ToolOptionsPanel::makeRowPage()
{
    const StudioToolSettings defaults;
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(hintLabel(tr("Drag from the first seat to the last."), page));
    m_fromLength = new QCheckBox(tr("Seats from the len&gth"), page);
    m_fromLength->setChecked(defaults.rowCountFromLength);
    connect(m_fromLength, &QCheckBox::toggled, this, &ToolOptionsPanel::read);
    m_rowSeats = spinBox(2, LayoutLimits::MaxSeatsPerRow, defaults.rowSeats);
    m_rowCurve = doubleSpinBox(-1.0, 1.0, defaults.rowCurve, 0.05);
    form->addRow(m_fromLength);
    form->addRow(tr("&Number of seats:"), m_rowSeats);
    form->addRow(tr("C&urve (−1–1):"), m_rowCurve);
    return page;
}

QWidget *ToolOptionsPanel::makeAislePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(hintLabel(tr("Drag along the aisle's middle."), page));
    m_aisleWidth = doubleSpinBox(0.2, 50.0, StudioToolSettings().aisleWidth, 0.1);
    form->addRow(tr("&Width:"), m_aisleWidth);
    return page;
}

QWidget *ToolOptionsPanel::makeStagePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(hintLabel(tr("Drag from one end to the other; a click moves it."), page));
    m_stageKind = new QComboBox(page);
    m_stageKind->addItem(tr("Screen"));
    m_stageKind->addItem(tr("Stage"));
    connect(m_stageKind, &QComboBox::currentIndexChanged, this, &ToolOptionsPanel::read);
    form->addRow(tr("&Kind:"), m_stageKind);
    return page;
}

QWidget *ToolOptionsPanel::makeTextPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(hintLabel(tr("Type the text, then click where it goes."), page));
    m_text = new QLineEdit(page);
    m_text->setObjectName(QStringLiteral("toolText"));
    m_text->setMaxLength(LayoutLimits::MaxNameLength);
    connect(m_text, &QLineEdit::textChanged, this, &ToolOptionsPanel::read);
    m_textSize = doubleSpinBox(0.2, LayoutLimits::MaxTextSize, StudioToolSettings().textSize, 0.1, 1);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(tr("Si&ze:"), m_textSize);
    return page;
}

QGroupBox *ToolOptionsPanel::makePitchGroup()
{
    const StudioToolSettings defaults;
    auto *group = new QGroupBox(tr("Spacing"), this);
    auto *form = new QFormLayout(group);
    m_seatPitch = doubleSpinBox(SeatSize, 10.0, defaults.seatPitch, 0.05);
    m_seatPitch->setObjectName(QStringLiteral("seatPitch"));
    m_rowPitch = doubleSpinBox(SeatSize, 10.0, defaults.rowPitch, 0.05);
    m_rowPitch->setObjectName(QStringLiteral("rowPitch"));
    form->addRow(tr("Seat pitc&h:"), m_seatPitch);
    form->addRow(tr("R&ow pitch:"), m_rowPitch);
    return group;
}

QGroupBox *ToolOptionsPanel::makeNumberingGroup()
{
    auto *group = new QGroupBox(tr("Numbering"), this);
    auto *form = new QFormLayout(group);
    m_rowStyle = new QComboBox(group);
    m_rowStyle->addItem(tr("A … Z, AA, BB …"));
    m_rowStyle->addItem(tr("A … Z, AA, AB …"));
    m_rowStyle->addItem(tr("1, 2, 3 …"));
    m_firstLetter = new QLineEdit(QStringLiteral("A"), group);
    m_firstLetter->setMaxLength(1);
    m_firstRowNumber = spinBox(0, 100000, 1);
    m_skipIO = new QCheckBox(tr("Skip I and O"), group);
    m_skipIO->setChecked(true);
    m_seatScheme = new QComboBox(group);
    m_seatScheme->setObjectName(QStringLiteral("seatScheme"));
    m_seatScheme->addItem(tr("Left to right"));
    m_seatScheme->addItem(tr("Right to left"));
    m_seatScheme->addItem(tr("Odd and even from the centre"));
    m_firstSeat = spinBox(0, 100000, 1);
    m_oddSide = new QComboBox(group);
    m_oddSide->addItem(tr("Odd on the right"));
    m_oddSide->addItem(tr("Odd on the left"));
    for (QComboBox *combo : { m_rowStyle, m_seatScheme, m_oddSide })
        connect(combo, &QComboBox::currentIndexChanged, this, &ToolOptionsPanel::read);
    connect(m_firstLetter, &QLineEdit::textChanged, this, &ToolOptionsPanel::read);
    connect(m_skipIO, &QCheckBox::toggled, this, &ToolOptionsPanel::read);
    form->addRow(tr("Rows:"), m_rowStyle);
    form->addRow(tr("First row:"), m_firstLetter);
    form->addRow(tr("First row:"), m_firstRowNumber);
    form->addRow(m_skipIO);
    form->addRow(tr("Seats:"), m_seatScheme);
    form->addRow(tr("First seat:"), m_firstSeat);
    form->addRow(QString(), m_oddSide);
    return group;
}

void ToolOptionsPanel::setTool(StudioTool tool)
{
    m_pages->setCurrentIndex(int(tool));
    const bool blocks = tool == StudioTool::StraightBlock || tool == StudioTool::CurvedBlock;
    const bool seats = blocks || tool == StudioTool::Row || tool == StudioTool::Seat;
    m_pitches->setVisible(blocks || tool == StudioTool::Row);
    m_numbering->setVisible(blocks || tool == StudioTool::Row);
    m_categoryRow->setVisible(seats);
    // Only the page shown takes room.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                          i == int(tool) ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    // No maximum height from the page's size hint: a wrapped hint is taller in a narrow dock (and
    // in German) than the hint says; the stretch below takes the room that is left.
    m_pages->updateGeometry();
}

void ToolOptionsPanel::refreshCategories()
{
    m_reading = true; // refilling is no choice of the user's
    const QString current = m_category->currentData().toString();
    m_category->clear();
    for (const Category &category : m_document->layout().categories)
        m_category->addItem(category.name, category.id);
    const int index = m_category->findData(current);
    m_category->setCurrentIndex(index >= 0 ? index : 0);
    m_reading = false;
    read();
}

void ToolOptionsPanel::read()
{
    if (m_reading)
        return;
    StudioToolSettings &s = m_settings;
    s.straightRows = m_straightRows->value();
    s.straightSeats = m_straightSeats->value();
    s.stagger = m_stagger->isChecked();
    s.curvedRows = m_curvedRows->value();
    s.curveByRadius = m_byRadius->isChecked();
    s.radius = m_radius->value();
    s.spanDegrees = m_span->value();
    s.curveFactor = m_curve->value();
    s.frontRowSeats = m_frontSeats->value();
    s.rowCountFromLength = m_fromLength->isChecked();
    s.rowSeats = m_rowSeats->value();
    s.rowCurve = m_rowCurve->value();
    s.seatPitch = m_seatPitch->value();
    s.rowPitch = m_rowPitch->value();
    s.rowLabels.style = static_cast<RowLabelOptions::Style>(m_rowStyle->currentIndex());
    s.rowLabels.firstLetter
        = m_firstLetter->text().isEmpty() ? QChar(u'A') : m_firstLetter->text().at(0).toUpper();
    s.rowLabels.firstNumber = m_firstRowNumber->value();
    s.rowLabels.skipIAndO = m_skipIO->isChecked();
    s.seatLabels.scheme = static_cast<SeatLabelOptions::Scheme>(m_seatScheme->currentIndex());
    s.seatLabels.firstNumber = m_firstSeat->value();
    s.seatLabels.oddSide
        = m_oddSide->currentIndex() == 0 ? SeatLabelOptions::Side::Right : SeatLabelOptions::Side::Left;
    s.categoryId = m_category->currentData().toString();
    s.aisleWidth = m_aisleWidth->value();
    s.stageKind = m_stageKind->currentIndex() == 0 ? StageKind::Screen : StageKind::Stage;
    s.text = m_text->text();
    s.textSize = m_textSize->value();

    // Show what applies.
    const bool numbers = s.rowLabels.style == RowLabelOptions::Style::Numbers;
    auto *form = static_cast<QFormLayout *>(m_numbering->layout());
    form->setRowVisible(m_firstLetter, !numbers);
    form->setRowVisible(m_firstRowNumber, numbers);
    form->setRowVisible(m_skipIO, !numbers);
    form->setRowVisible(m_oddSide, s.seatLabels.scheme == SeatLabelOptions::Scheme::OddEven);
    m_radius->setEnabled(s.curveByRadius);
    m_span->setEnabled(s.curveByRadius);
    m_curve->setEnabled(!s.curveByRadius);
    m_frontSeats->setEnabled(!s.curveByRadius);
    m_rowSeats->setEnabled(!s.rowCountFromLength);
    Q_EMIT settingsChanged(m_settings);
}

} // namespace Marquee
