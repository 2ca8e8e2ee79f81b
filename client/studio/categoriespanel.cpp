#include "categoriespanel.h"

#include "layoutdocument.h"

#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QColorDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>

namespace Marquee {

namespace {

// Colours for new categories that colour-blind people tell apart (Okabe-Ito).
const char *const NewColours[]
    = { "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442" };

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(140));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}

} // namespace

CategoriesPanel::CategoriesPanel(LayoutDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_colour(new QPushButton(tr("C&olour…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_paint(new QPushButton(tr("&Paint selection"), this))
{
    m_list->setObjectName(QStringLiteral("categoryList"));
    m_paint->setObjectName(QStringLiteral("paintSelection"));
    m_paint->setToolTip(tr("Give the selected seats this category (or double-click it)"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_list, 0, 0, 1, 2);
    grid->addWidget(m_paint, 1, 0, 1, 2);
    grid->addWidget(m_new, 2, 0);
    grid->addWidget(m_rename, 2, 1);
    grid->addWidget(m_colour, 3, 0);
    grid->addWidget(m_remove, 3, 1);
    connect(m_new, &QPushButton::clicked, this, &CategoriesPanel::newCategory);
    connect(m_rename, &QPushButton::clicked, this, &CategoriesPanel::renameCurrent);
    connect(m_colour, &QPushButton::clicked, this, &CategoriesPanel::recolourCurrent);
    connect(m_remove, &QPushButton::clicked, this, &CategoriesPanel::removeCurrent);
    connect(m_paint, &QPushButton::clicked, this, &CategoriesPanel::paintSelection);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &CategoriesPanel::paintSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, &CategoriesPanel::updateButtons);
    connect(document, &LayoutDocument::changed, this, [this](LayoutDocument::Parts parts) {
        if (parts.testFlag(LayoutDocument::Part::Categories))
            refresh();
    });
    connect(document, &LayoutDocument::selectionChanged, this, &CategoriesPanel::showSelectionsCategory);
    refresh();
}

QString CategoriesPanel::currentCategoryId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void CategoriesPanel::setCurrentCategoryId(const QString &categoryId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == categoryId)
            m_list->setCurrentRow(i);
    }
}

void CategoriesPanel::refresh()
{
    const QString current = currentCategoryId();
    m_list->clear();
    for (const Category &category : m_document->layout().categories) {
        auto *item = new QListWidgetItem(swatch(QColor(category.colour)), category.name, m_list);
        item->setData(Qt::UserRole, category.id);
        item->setToolTip(category.colour);
    }
    setCurrentCategoryId(current);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void CategoriesPanel::showSelectionsCategory()
{
    // The category the selected seats share, if they share one.
    const QSet<QString> &selection = m_document->selection();
    QString shared;
    bool mixed = false;
    if (!selection.isEmpty()) {
        m_document->layout().forEachSeat([&](const Section &, const Row &, const Seat &seat) {
            if (mixed || !selection.contains(seat.id))
                return;
            mixed = !shared.isEmpty() && seat.categoryId != shared;
            shared = seat.categoryId;
        });
    }
    if (!shared.isEmpty() && !mixed)
        setCurrentCategoryId(shared);
    updateButtons();
}

void CategoriesPanel::updateButtons()
{
    const bool current = m_list->currentItem() != nullptr;
    m_rename->setEnabled(current);
    m_colour->setEnabled(current);
    m_remove->setEnabled(current);
    m_paint->setEnabled(current && m_document->selectedSeatCount() > 0);
    m_new->setEnabled(m_document->layout().categories.size() < LayoutLimits::MaxCategories);
}

void CategoriesPanel::report(bool done)
{
    if (!done && !m_document->lastError().message.isEmpty())
        Q_EMIT editFailed(m_document->lastError().message);
}

void CategoriesPanel::newCategory()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("New category"), tr("Name:"), QLineEdit::Normal, QString(), &ok)
              .trimmed();
    if (!ok || name.isEmpty())
        return;
    const qsizetype n = m_document->layout().categories.size();
    const QString colour = QString::fromLatin1(NewColours[n % std::size(NewColours)]);
    const QString id = m_document->addCategory(name, colour);
    report(!id.isEmpty());
    if (!id.isEmpty())
        setCurrentCategoryId(id);
}

void CategoriesPanel::renameCurrent()
{
    const Category *category = m_document->layout().category(currentCategoryId());
    if (!category)
        return;
    const QString id = category->id;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename category"), tr("Name:"), QLineEdit::Normal,
                                               category->name, &ok)
                             .trimmed();
    if (ok)
        report(m_document->renameCategory(id, name));
}

void CategoriesPanel::recolourCurrent()
{
    const Category *category = m_document->layout().category(currentCategoryId());
    if (!category)
        return;
    const QString id = category->id;
    const QColor colour
        = QColorDialog::getColor(QColor(category->colour), this, tr("Colour of %1").arg(category->name));
    if (colour.isValid())
        report(m_document->recolourCategory(id, colour.name()));
}

void CategoriesPanel::removeCurrent()
{
    const QString id = currentCategoryId();
    if (!id.isEmpty())
        report(m_document->removeCategory(id));
}

void CategoriesPanel::paintSelection()
{
    const QString id = currentCategoryId();
    if (!id.isEmpty())
        m_document->setSelectionCategory(id);
}

} // namespace Marquee
