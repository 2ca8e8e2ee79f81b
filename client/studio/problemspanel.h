#pragma once

// PLACEHOLDER (branch wt-studio only): a minimal stand-in with the agreed API so that the studio
// compiles and runs; the lead takes the real ProblemsPanel of the other engineer's branch at the
// merge.
//
// Lists validateLayout()'s problems with their codes; activating one asks to select and centre
// the seats it is about.

#include <QtWidgets/QWidget>

class QListWidget;

namespace Marquee {

struct Layout;

class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    // Runs the validator and refreshes the list.
    void showProblems(const Marquee::Layout &layout);
    int problemCount() const;

Q_SIGNALS:
    void problemActivated(const QStringList &seatIds, const QString &where);

private:
    QListWidget *m_list;
};

} // namespace Marquee
