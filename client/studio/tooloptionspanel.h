#pragma once

// The studio's tool options (a dock): the active tool's parameters, such as the pitches and counts
// of a block, the curve, the numbering of what is placed and the category its seats get.

#include "studiotools.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace Marquee {

class LayoutDocument;

class ToolOptionsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToolOptionsPanel)

public:
    explicit ToolOptionsPanel(LayoutDocument *document, QWidget *parent = nullptr);

    void setTool(StudioTool tool);
    const StudioToolSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void settingsChanged(const Marquee::StudioToolSettings &settings);

private:
    QWidget *makeSelectPage();
    QWidget *makeStraightPage();
    QWidget *makeCurvedPage();
    QWidget *makeRowPage();
    QWidget *makeAislePage();
    QWidget *makeStagePage();
    QWidget *makeTextPage();
    QWidget *makeHintPage(const QString &hint);
    QGroupBox *makePitchGroup();
    QGroupBox *makeNumberingGroup();
    QSpinBox *spinBox(int minimum, int maximum, int value);
    QDoubleSpinBox *doubleSpinBox(double minimum, double maximum, double value, double step,
                                  int decimals = 2);
    void refreshCategories();
    void read();

    LayoutDocument *m_document;
    StudioToolSettings m_settings;
    bool m_reading = false;
    QStackedWidget *m_pages;
    QGroupBox *m_pitches;
    QGroupBox *m_numbering;
    QWidget *m_categoryRow;
    QComboBox *m_category;
    // Straight blocks.
    QSpinBox *m_straightRows;
    QSpinBox *m_straightSeats;
    QCheckBox *m_stagger;
    // Curved blocks.
    QSpinBox *m_curvedRows;
    QRadioButton *m_byRadius;
    QRadioButton *m_byCurve;
    QDoubleSpinBox *m_radius;
    QDoubleSpinBox *m_span;
    QDoubleSpinBox *m_curve;
    QSpinBox *m_frontSeats;
    // Rows.
    QCheckBox *m_fromLength;
    QSpinBox *m_rowSeats;
    QDoubleSpinBox *m_rowCurve;
    // Pitches and numbering.
    QDoubleSpinBox *m_seatPitch;
    QDoubleSpinBox *m_rowPitch;
    QComboBox *m_rowStyle;
    QLineEdit *m_firstLetter;
    QSpinBox *m_firstRowNumber;
    QCheckBox *m_skipIO;
    QComboBox *m_seatScheme;
    QSpinBox *m_firstSeat;
    QComboBox *m_oddSide;
    // Aisles, the stage, texts.
    QDoubleSpinBox *m_aisleWidth;
    QComboBox *m_stageKind;
    QLineEdit *m_text;
    QDoubleSpinBox *m_textSize;
};

} // namespace Marquee
