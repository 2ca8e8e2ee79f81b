#pragma once

// The studio's statistics: total seats, seats per section and per category (with the category's
// colour), wheelchair spaces, companion seats, restricted view and blocked seats, as a compact
// two-column list that follows the layout being edited.

#include <QtWidgets/QWidget>

#include <memory>

class QTreeWidget;

namespace Marquee {

struct Layout;

class StatisticsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPanel)

public:
    explicit StatisticsPanel(QWidget *parent = nullptr);
    ~StatisticsPanel() override;

    void showStatistics(const Marquee::Layout &layout);

    // What is shown, one "label: count" per line in order (headings without a count), e.g.
    // "Seats: 2,037", "Stalls: 1,200", "Wheelchair spaces: 4".
    QStringList lines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    struct Counts;
    std::unique_ptr<Counts> m_counts;
    QTreeWidget *m_tree;
};

} // namespace Marquee
