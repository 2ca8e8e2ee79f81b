#pragma once

#include "money.h"
#include "protocol/catalogue.h"

#include <QtWidgets/QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace Marquee {

struct Category;

// The prices of a show: one amount per seat category of its layout version, typed in the venue's
// currency ("12.50") and shown as the locale writes money. Self-contained, so that a choice of a
// price card can sit beside it later.
class ShowPricesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowPricesEditor)

public:
    explicit ShowPricesEditor(QWidget *parent = nullptr);
    ~ShowPricesEditor() override;

    // One row per category; amounts of `previous` (same category id) are kept.
    void setCategories(const QList<Category> &categories, const Currency &currency,
                       const QList<CategoryPrice> &previous = {});
    Currency currency() const { return m_currency; }
    qsizetype categoryCount() const { return m_rows.size(); }
    // Types an amount ("12.50") for a category (tests); false for an unknown category.
    bool setPrice(const QString &categoryId, const QString &amount);
    // Every price, or nothing when one is missing or not an amount (problem() says which).
    std::optional<QList<CategoryPrice>> prices() const;
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QString categoryId;
        QString categoryName;
        QLineEdit *amount;
        QLabel *shown;
    };
    void showAmount(const Row &row);

    QFormLayout *m_form;
    Currency m_currency;
    QList<Row> m_rows;
};

} // namespace Marquee
