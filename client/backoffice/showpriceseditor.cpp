#include "showpriceseditor.h"

#include "formatting.h"
#include "layout.h"

#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>

namespace Marquee {

ShowPricesEditor::ShowPricesEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
}

ShowPricesEditor::~ShowPricesEditor() = default;

void ShowPricesEditor::setCategories(const QList<Category> &categories, const Currency &currency,
                                     const QList<CategoryPrice> &previous)
{
    QHash<QString, QString> typed;
    for (const Row &row : std::as_const(m_rows))
        typed.insert(row.categoryId, row.amount->text());
    for (const CategoryPrice &price : previous)
        typed.insert(price.category, price.price.toDecimalString());
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    m_currency = currency;
    for (const Category &category : categories) {
        auto *field = new QWidget;
        auto *line = new QHBoxLayout(field);
        line->setContentsMargins(0, 0, 0, 0);
        Row row { category.id, category.name.isEmpty() ? category.id : category.name, new QLineEdit, new QLabel };
        row.amount->setObjectName(QStringLiteral("price-") + category.id);
        row.amount->setPlaceholderText(currency.minorDigits() > 0 ? tr("e.g. 12.50") : tr("e.g. 1250"));
        row.amount->setText(typed.value(category.id));
        row.amount->setMaximumWidth(110);
        line->addWidget(row.amount);
        line->addWidget(new QLabel(currency.code()));
        line->addWidget(row.shown, 1);
        m_rows.append(row);
        connect(row.amount, &QLineEdit::textChanged, this, [this, index = m_rows.size() - 1] {
            showAmount(m_rows.at(index));
            Q_EMIT changed();
        });
        showAmount(row);
        m_form->addRow(row.categoryName + QLatin1Char(':'), field);
    }
    Q_EMIT changed();
}

void ShowPricesEditor::showAmount(const Row &row)
{
    const QString text = row.amount->text().trimmed();
    if (text.isEmpty()) {
        row.shown->clear();
        return;
    }
    const Result<Money> money = Money::parse(text, m_currency);
    if (!money)
        row.shown->setText(tr("not an amount"));
    else if (money->isNegative())
        row.shown->setText(tr("not below zero"));
    else
        row.shown->setText(formatMoney(*money));
}

bool ShowPricesEditor::setPrice(const QString &categoryId, const QString &amount)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.categoryId == categoryId) {
            row.amount->setText(amount);
            return true;
        }
    }
    return false;
}

std::optional<QList<CategoryPrice>> ShowPricesEditor::prices() const
{
    if (!problem().isEmpty())
        return std::nullopt;
    QList<CategoryPrice> prices;
    for (const Row &row : m_rows)
        prices.append({ row.categoryId, *Money::parse(row.amount->text().trimmed(), m_currency) });
    return prices;
}

QString ShowPricesEditor::problem() const
{
    if (m_rows.isEmpty())
        return tr("The layout has no seat categories to price.");
    for (const Row &row : m_rows) {
        const QString text = row.amount->text().trimmed();
        if (text.isEmpty())
            return tr("Enter a price for %1.").arg(row.categoryName);
        const Result<Money> money = Money::parse(text, m_currency);
        if (!money || money->isNegative())
            return tr("The price for %1 is not an amount of %2 (such as 12.50).").arg(row.categoryName, m_currency.code());
    }
    return {};
}

} // namespace Marquee
