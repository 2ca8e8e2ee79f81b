#include "problemspanel.h"

#include "layout.h"
#include "layoutvalidator.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QEvent>
#include <QtCore/QRegularExpression>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

namespace Marquee {

// The validator's problems of one layout, one row each: code, message.
class ProblemsModel final : public QAbstractTableModel
{
public:
    enum Column { CodeColumn, MessageColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(const Layout &layout, QList<Error> problems)
    {
        beginResetModel();
        m_layout = layout;
        m_problems = std::move(problems);
        endResetModel();
    }
    const Layout &layout() const { return m_layout; }
    const Error &problem(int row) const { return m_problems.at(row); }
    int count() const { return int(m_problems.size()); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : count(); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= count())
            return {};
        const Error &e = m_problems.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == CodeColumn ? errorCodeName(e.code) : e.message;
        case Qt::ToolTipRole:
            return index.column() == CodeColumn ? errorCodeDescription(e.code) : e.message;
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == CodeColumn ? ProblemsPanel::tr("Code") : ProblemsPanel::tr("Problem");
    }

    void retranslate() { Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

private:
    Layout m_layout;
    QList<Error> m_problems;
};

namespace {

QStringList seatIdsOfRow(const Row &row)
{
    QStringList ids;
    ids.reserve(row.seats.size());
    for (const Seat &seat : row.seats)
        ids.append(seat.id);
    return ids;
}

// The seat that `seat` overlaps, as the validator's message names it: the seats closer than a
// seat's size, the one whose description the message holds (a seat may overlap several).
QString overlapPartner(const Layout &layout, SeatLocation at, const QString &message)
{
    const Seat &seat = layout.sections.at(at.section).rows.at(at.row).seats.at(at.seat);
    QString nearest;
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        const Section &section = layout.sections.at(s);
        for (qsizetype r = 0; r < section.rows.size(); ++r) {
            const Row &row = section.rows.at(r);
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                const Seat &other = row.seats.at(i);
                if (SeatLocation { s, r, i } == at
                    || std::hypot(other.position.x - seat.position.x, other.position.y - seat.position.y)
                        >= SeatSize)
                    continue;
                if (message.contains(QStringLiteral(" overlaps ") + describeSeat(section, row, other)
                                     + QStringLiteral(" (")))
                    return other.id;
                if (nearest.isEmpty())
                    nearest = other.id;
            }
        }
    }
    return nearest;
}

} // namespace

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProblemsModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
{
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));

    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // a thousand rows without measuring each
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(
        ProblemsModel::CodeColumn,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("LAYOUT_DUPLICATE_LABEL")) + 16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::clicked, this, &ProblemsPanel::activate);
    connect(m_view, &QAbstractItemView::activated, this, &ProblemsPanel::activate); // Enter, double click
    updateSummary();
}

ProblemsPanel::~ProblemsPanel() = default;

void ProblemsPanel::showProblems(const Layout &layout)
{
    m_model->setProblems(layout, validateLayout(layout));
    updateSummary();
}

int ProblemsPanel::problemCount() const
{
    return m_model->count();
}

QString ProblemsPanel::summaryText() const
{
    return m_summary->text();
}

void ProblemsPanel::updateSummary()
{
    const int count = problemCount();
    m_summary->setText(count == 0 ? tr("No problems: ready to publish")
                                  : tr("%n problem(s)", nullptr, count));
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_model->count())
        return;
    const Error &problem = m_model->problem(index.row());
    Q_EMIT problemActivated(seatIdsOf(m_model->layout(), problem), problem.where);
}

QStringList ProblemsPanel::seatIdsOf(const Layout &layout, const Error &problem)
{
    static const QRegularExpression path(
        QStringLiteral("^/sections/(\\d+)(?:/rows/(\\d+)(?:/seats/(\\d+))?)?(?:/|$)"));
    const QRegularExpressionMatch m = path.match(problem.where);
    if (!m.hasMatch())
        return {};
    const qsizetype s = m.captured(1).toLongLong();
    if (s >= layout.sections.size())
        return {};
    const Section &section = layout.sections.at(s);
    if (!m.hasCaptured(2)) {
        QStringList ids;
        for (const Row &row : section.rows)
            ids += seatIdsOfRow(row);
        return ids;
    }
    const qsizetype r = m.captured(2).toLongLong();
    if (r >= section.rows.size())
        return {};
    const Row &row = section.rows.at(r);
    if (!m.hasCaptured(3))
        return seatIdsOfRow(row);
    const qsizetype i = m.captured(3).toLongLong();
    if (i >= row.seats.size())
        return {};
    QStringList ids { row.seats.at(i).id };
    if (problem.code == ErrorCode::LayoutOverlap) {
        const QString partner = overlapPartner(layout, SeatLocation { s, r, i }, problem.message);
        if (!partner.isEmpty())
            ids.append(partner);
    }
    return ids;
}

void ProblemsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateSummary();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace Marquee
