#pragma once

// The studio's properties (a dock): the layout's name and what is selected, with the labels that
// can be edited by hand: the seat's label (one seat selected), the row's label (seats of one row),
// the section's name (seats of one section), a text and its size.

#include <QtWidgets/QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace Marquee {

class LayoutDocument;

class PropertiesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PropertiesPanel)

public:
    explicit PropertiesPanel(LayoutDocument *document, QWidget *parent = nullptr);

    // Puts the keyboard into the label of the selected seat (or, for seats of one row, of the row);
    // false when the selection has neither.
    bool editLabel();

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    void refresh();
    void report(bool done);
    void applyLayoutName();
    void applySectionName();
    void applyRowLabel();
    void applySeatLabel();
    void applyText();

    LayoutDocument *m_document;
    QLineEdit *m_layoutName;
    QLabel *m_summary;
    QLineEdit *m_sectionName;
    QLineEdit *m_rowLabel;
    QCheckBox *m_bestRows;
    QLineEdit *m_seatLabel;
    QLineEdit *m_text;
    QDoubleSpinBox *m_textSize;
    QString m_sectionId;
    QString m_rowId;
    QString m_seatId;
    QString m_textId;
};

} // namespace Marquee
