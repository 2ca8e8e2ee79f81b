#pragma once

// PLACEHOLDER (branch wt-studio only): a minimal stand-in with the agreed API; the lead takes the
// real StatisticsPanel of the other engineer's branch at the merge.
//
// Seats per section and per category, wheelchair spaces and companion seats.

#include <QtWidgets/QWidget>

class QLabel;

namespace Marquee {

struct Layout;

class StatisticsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsPanel)

public:
    explicit StatisticsPanel(QWidget *parent = nullptr);
    void showStatistics(const Marquee::Layout &layout);

private:
    QLabel *m_text;
};

} // namespace Marquee
