#include "statisticspanel.h"

#include "layout.h"
#include "seatitem.h"

#include <QtCore/QEvent>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtGui/QPainter>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QTreeWidgetItemIterator>
#include <QtWidgets/QVBoxLayout>

#include <array>
#include <optional>

namespace Marquee {

struct StatisticsPanel::Counts
{
    struct Part
    {
        QString name;
        QColor colour; // categories only
        qsizetype seats = 0;
    };
    qsizetype seats = 0;
    QList<Part> sections;
    QList<Part> categories;
    qsizetype unknownCategory = 0; // seats whose category the layout does not define
    std::array<qsizetype, 4> flags {}; // in the order of allSeatFlags()
};

namespace {

constexpr int IconSize = 16;

// A seat of the category's colour, drawn as the seat map draws it.
QIcon categoryIcon(const QColor &colour)
{
    QPixmap pixmap(IconSize, IconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(IconSize / 2.0, IconSize / 2.0);
    painter.scale(IconSize, IconSize);
    SeatItem::paintSeat(&painter, SeatAppearance { SeatVisualState::Available, colour, {}, false, false, {} },
                        IconSize);
    painter.end();
    return QIcon(pixmap);
}

QString flagText(SeatFlag flag)
{
    switch (flag) {
    case SeatFlag::Wheelchair:
        return StatisticsPanel::tr("Wheelchair spaces");
    case SeatFlag::Companion:
        return StatisticsPanel::tr("Companion seats");
    case SeatFlag::RestrictedView:
        return StatisticsPanel::tr("Restricted view");
    case SeatFlag::Blocked:
        return StatisticsPanel::tr("Blocked (not for sale)");
    }
    return {};
}

} // namespace

StatisticsPanel::StatisticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_counts(std::make_unique<Counts>())
    , m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("statisticsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);
    m_tree->setIndentation(IconSize);
    m_tree->setIconSize(QSize(IconSize, IconSize));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    rebuild();
}

StatisticsPanel::~StatisticsPanel() = default;

void StatisticsPanel::showStatistics(const Layout &layout)
{
    Counts counts;
    QHash<QString, qsizetype> categoryIndex;
    for (const Category &c : layout.categories) {
        categoryIndex.insert(c.id, counts.categories.size());
        counts.categories.append({ c.name, QColor(c.colour), 0 });
    }
    for (const Section &section : layout.sections) {
        Counts::Part part { section.name, {}, 0 };
        for (const Row &row : section.rows) {
            part.seats += row.seats.size();
            for (const Seat &seat : row.seats) {
                const auto category = categoryIndex.constFind(seat.categoryId);
                if (category != categoryIndex.cend())
                    ++counts.categories[category.value()].seats;
                else
                    ++counts.unknownCategory;
                for (std::size_t f = 0; f < counts.flags.size(); ++f)
                    counts.flags[f] += seat.flags.testFlag(allSeatFlags().at(qsizetype(f))) ? 1 : 0;
            }
        }
        counts.seats += part.seats;
        counts.sections.append(part);
    }
    *m_counts = std::move(counts);
    rebuild();
}

void StatisticsPanel::rebuild()
{
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    m_tree->clear();
    auto add = [&](QTreeWidgetItem *parent, const QString &text, std::optional<qsizetype> count) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, text);
        if (count) {
            item->setText(1, locale.toString(qlonglong(*count)));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (!parent) {
            item->setFont(0, bold);
            item->setFont(1, bold);
        }
        return item;
    };
    const Counts &c = *m_counts;
    add(nullptr, tr("Seats"), c.seats);
    if (!c.sections.isEmpty()) {
        QTreeWidgetItem *sections = add(nullptr, tr("Sections"), std::nullopt);
        for (const Counts::Part &part : c.sections)
            add(sections, part.name, part.seats);
    }
    if (!c.categories.isEmpty() || c.unknownCategory > 0) {
        QTreeWidgetItem *categories = add(nullptr, tr("Categories"), std::nullopt);
        for (const Counts::Part &part : c.categories)
            add(categories, part.name, part.seats)
                ->setIcon(0, categoryIcon(part.colour.isValid() ? part.colour : Qt::gray));
        if (c.unknownCategory > 0)
            add(categories, tr("Unknown category"), c.unknownCategory);
    }
    QTreeWidgetItem *special = add(nullptr, tr("Special seats"), std::nullopt);
    for (std::size_t f = 0; f < c.flags.size(); ++f)
        add(special, flagText(allSeatFlags().at(qsizetype(f))), c.flags[f]);
    m_tree->expandAll();
}

QStringList StatisticsPanel::lines() const
{
    QStringList out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QTreeWidgetItem *item = *it;
        out.append(item->text(1).isEmpty() ? item->text(0)
                                           : item->text(0) + QStringLiteral(": ") + item->text(1));
    }
    return out;
}

void StatisticsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace Marquee
