#pragma once

// The studio's categories (a dock): the layout's price categories with their colours. New,
// rename, recolour (QColorDialog) and remove (unused ones); "Paint selection" (or a double click)
// gives the selected seats the chosen category.

#include <QtWidgets/QWidget>

class QListWidget;
class QPushButton;

namespace Marquee {

class LayoutDocument;

class CategoriesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoriesPanel)

public:
    explicit CategoriesPanel(LayoutDocument *document, QWidget *parent = nullptr);

    // The category chosen in the list; empty when none.
    QString currentCategoryId() const;
    void setCurrentCategoryId(const QString &categoryId);

    void newCategory();
    void renameCurrent();
    void recolourCurrent();
    void removeCurrent();
    void paintSelection();

Q_SIGNALS:
    // An edit was refused (the document's message).
    void editFailed(const QString &message);

private:
    void refresh();
    void updateButtons();
    void showSelectionsCategory();
    void report(bool done);

    LayoutDocument *m_document;
    QListWidget *m_list;
    QPushButton *m_new;
    QPushButton *m_rename;
    QPushButton *m_colour;
    QPushButton *m_remove;
    QPushButton *m_paint;
};

} // namespace Marquee
