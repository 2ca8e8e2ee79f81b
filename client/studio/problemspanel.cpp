#include "problemspanel.h"

// PLACEHOLDER (branch wt-studio only), see problemspanel.h.

#include "layout.h"
#include "layoutvalidator.h"

#include <QtCore/QRegularExpression>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QVBoxLayout>

namespace Marquee {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT problemActivated(item->data(Qt::UserRole).toStringList(),
                                item->data(Qt::UserRole + 1).toString());
    });
}

void ProblemsPanel::showProblems(const Layout &layout)
{
    m_list->clear();
    static const QRegularExpression seatPath(QStringLiteral("^/sections/(\\d+)/rows/(\\d+)/seats/(\\d+)"));
    for (const Error &error : validateLayout(layout)) {
        auto *item
            = new QListWidgetItem(errorCodeName(error.code) + QStringLiteral(": ") + error.message, m_list);
        QStringList seats;
        const QRegularExpressionMatch match = seatPath.match(error.where);
        if (match.hasMatch()) {
            const qsizetype s = match.captured(1).toLongLong(), r = match.captured(2).toLongLong(),
                            i = match.captured(3).toLongLong();
            if (s < layout.sections.size() && r < layout.sections.at(s).rows.size()
                && i < layout.sections.at(s).rows.at(r).seats.size())
                seats.append(layout.sections.at(s).rows.at(r).seats.at(i).id);
        }
        item->setData(Qt::UserRole, seats);
        item->setData(Qt::UserRole + 1, error.where);
    }
}

int ProblemsPanel::problemCount() const
{
    return m_list->count();
}

} // namespace Marquee
