#pragma once

// The seat map's legend: every seat state and flag, painted with the seat map's own painter code
// (shape, pattern and colour), and every price category with its price for the show.

#include "layout.h"
#include "money.h"

#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QStringList>
#include <QtWidgets/QWidget>

#include <vector>

namespace Marquee {

class SeatMapScene;

class LegendWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegendWidget)

public:
    explicit LegendWidget(QWidget *parent = nullptr);
    ~LegendWidget() override;

    // Follows the scene's layout and prices.
    void setScene(SeatMapScene *scene);
    void setCategories(const QList<Category> &categories, const QHash<QString, Money> &prices);

    // The texts shown, in order (headings and the hint included), e.g. "Premium: 45.00 EUR".
    QStringList entryTexts() const;
    // The last line: how a cashier selects seats.
    static QString hintText();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry;
    void rebuild();
    int rowHeight() const;
    // Where each entry goes when the legend is `width` wide: a heading starts a line, the entries
    // after it flow left to right and wrap. Returns the height used.
    int place(int width, QList<QRect> *rects) const;

    QPointer<SeatMapScene> m_scene;
    QList<Category> m_categories;
    QHash<QString, Money> m_prices;
    std::vector<Entry> m_entries;
};

} // namespace Marquee
