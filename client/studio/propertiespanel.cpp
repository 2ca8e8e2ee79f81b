#include "propertiespanel.h"

#include "layoutdocument.h"

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>

namespace Marquee {

PropertiesPanel::PropertiesPanel(LayoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_layoutName(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_sectionName(new QLineEdit(this))
    , m_rowLabel(new QLineEdit(this))
    , m_bestRows(new QCheckBox(tr("&Best rows"), this))
    , m_seatLabel(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_textSize(new QDoubleSpinBox(this))
{
    m_layoutName->setObjectName(QStringLiteral("layoutName"));
    m_sectionName->setObjectName(QStringLiteral("sectionName"));
    m_rowLabel->setObjectName(QStringLiteral("rowLabel"));
    m_seatLabel->setObjectName(QStringLiteral("seatLabel"));
    m_layoutName->setMaxLength(LayoutLimits::MaxNameLength);
    m_sectionName->setMaxLength(LayoutLimits::MaxNameLength);
    m_rowLabel->setMaxLength(LayoutLimits::MaxLabelLength);
    m_seatLabel->setMaxLength(LayoutLimits::MaxLabelLength);
    m_text->setMaxLength(LayoutLimits::MaxNameLength);
    m_textSize->setRange(0.2, LayoutLimits::MaxTextSize);
    m_textSize->setDecimals(1);
    m_summary->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Layout na&me:"), m_layoutName);
    form->addRow(m_summary);
    form->addRow(tr("Sectio&n:"), m_sectionName);
    form->addRow(tr("&Row:"), m_rowLabel);
    m_bestRows->setObjectName(QStringLiteral("bestRows"));
    m_bestRows->setToolTip(tr("The rows with the best view: best-available seats (kiosk, box office) are chosen here first."));
    form->addRow(QString(), m_bestRows);
    connect(m_bestRows, &QCheckBox::clicked, this, [this](bool checked) { report(m_document->setSelectedRowsBest(checked)); });
    form->addRow(tr("Se&at:"), m_seatLabel);
    form->addRow(tr("Te&xt:"), m_text);
    form->addRow(tr("Text si&ze:"), m_textSize);
    connect(m_layoutName, &QLineEdit::editingFinished, this, &PropertiesPanel::applyLayoutName);
    connect(m_sectionName, &QLineEdit::editingFinished, this, &PropertiesPanel::applySectionName);
    connect(m_rowLabel, &QLineEdit::editingFinished, this, &PropertiesPanel::applyRowLabel);
    connect(m_seatLabel, &QLineEdit::editingFinished, this, &PropertiesPanel::applySeatLabel);
    connect(m_text, &QLineEdit::editingFinished, this, &PropertiesPanel::applyText);
    connect(m_textSize, &QDoubleSpinBox::editingFinished, this, &PropertiesPanel::applyText);
    connect(document, &LayoutDocument::selectionChanged, this, &PropertiesPanel::refresh);
    connect(document, &LayoutDocument::changed, this, &PropertiesPanel::refresh);
    refresh();
}

void PropertiesPanel::refresh()
{
    const Layout &layout = m_document->layout();
    const QSet<QString> &selection = m_document->selection();
    if (!m_layoutName->hasFocus())
        m_layoutName->setText(layout.name);

    // Where the selected seats are.
    QSet<QString> sections, rows, bestRows;
    const Section *oneSection = nullptr;
    const Row *oneRow = nullptr;
    const Seat *oneSeat = nullptr;
    int seats = 0;
    if (!selection.isEmpty()) {
        layout.forEachSeat([&](const Section &section, const Row &row, const Seat &seat) {
            if (!selection.contains(seat.id))
                return;
            ++seats;
            sections.insert(section.id);
            rows.insert(row.id);
            if (row.best)
                bestRows.insert(row.id);
            oneSection = &section;
            oneRow = &row;
            oneSeat = &seat;
        });
    }
    const TextLabel *oneText = nullptr;
    int texts = 0;
    for (const TextLabel &text : layout.labels) {
        if (selection.contains(text.id)) {
            ++texts;
            oneText = &text;
        }
    }
    const int others = int(selection.size()) - seats;
    if (selection.isEmpty())
        m_summary->setText(tr("Nothing selected"));
    else if (others == 0)
        m_summary->setText(tr("%n seat(s)", nullptr, seats) + QStringLiteral(", ")
                           + tr("%n row(s)", nullptr, int(rows.size())) + QStringLiteral(", ")
                           + tr("%n section(s)", nullptr, int(sections.size())));
    else
        m_summary->setText(tr("%n item(s) selected", nullptr, int(selection.size())));

    m_sectionId = sections.size() == 1 ? oneSection->id : QString();
    m_rowId = rows.size() == 1 ? oneRow->id : QString();
    m_seatId = seats == 1 ? oneSeat->id : QString();
    m_textId = texts == 1 ? oneText->id : QString();
    const auto show = [](QLineEdit *edit, bool enabled, const QString &text) {
        edit->setEnabled(enabled);
        if (!edit->hasFocus() || !enabled)
            edit->setText(enabled ? text : QString());
    };
    show(m_sectionName, !m_sectionId.isEmpty(), m_sectionId.isEmpty() ? QString() : oneSection->name);
    show(m_rowLabel, !m_rowId.isEmpty(), m_rowId.isEmpty() ? QString() : oneRow->label);
    show(m_seatLabel, !m_seatId.isEmpty(), m_seatId.isEmpty() ? QString() : oneSeat->label);
    // Checked when every row of the selection is a best row, partly when some are.
    m_bestRows->setEnabled(!rows.isEmpty());
    m_bestRows->setCheckState(rows.isEmpty() || bestRows.isEmpty() ? Qt::Unchecked
                              : bestRows.size() == rows.size()     ? Qt::Checked
                                                                   : Qt::PartiallyChecked);
    show(m_text, !m_textId.isEmpty(), m_textId.isEmpty() ? QString() : oneText->text);
    if (oneText && !m_textSize->hasFocus())
        m_textSize->setValue(oneText->size);
    // The text's rows only while a text is selected.
    auto *form = static_cast<QFormLayout *>(QWidget::layout());
    form->setRowVisible(m_text, !m_textId.isEmpty());
    form->setRowVisible(m_textSize, !m_textId.isEmpty());
}

bool PropertiesPanel::editLabel()
{
    QLineEdit *edit = !m_seatId.isEmpty() ? m_seatLabel : !m_rowId.isEmpty() ? m_rowLabel : nullptr;
    if (!edit)
        return false;
    edit->setFocus(Qt::ShortcutFocusReason);
    edit->selectAll();
    return true;
}

void PropertiesPanel::report(bool done)
{
    if (!done && !m_document->lastError().message.isEmpty()) {
        Q_EMIT editFailed(m_document->lastError().message);
        refresh(); // back to what the layout says
    }
}

void PropertiesPanel::applyLayoutName()
{
    if (m_layoutName->text() != m_document->layout().name)
        report(m_document->setLayoutName(m_layoutName->text()));
}

void PropertiesPanel::applySectionName()
{
    if (!m_sectionId.isEmpty() && m_sectionName->isModified())
        report(m_document->setSectionName(m_sectionId, m_sectionName->text()));
    m_sectionName->setModified(false);
}

void PropertiesPanel::applyRowLabel()
{
    if (!m_rowId.isEmpty() && m_rowLabel->isModified())
        report(m_document->setRowLabel(m_rowId, m_rowLabel->text()));
    m_rowLabel->setModified(false);
}

void PropertiesPanel::applySeatLabel()
{
    if (!m_seatId.isEmpty() && m_seatLabel->isModified())
        report(m_document->setSeatLabel(m_seatId, m_seatLabel->text()));
    m_seatLabel->setModified(false);
}

void PropertiesPanel::applyText()
{
    if (!m_textId.isEmpty())
        report(m_document->setText(m_textId, m_text->text(), m_textSize->value()));
}

} // namespace Marquee
