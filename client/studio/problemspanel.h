#pragma once

// The studio's problems panel: every problem validateLayout() finds in the layout being edited,
// with its code and message, under a count ("3 problems" or "No problems: ready to publish").
// Clicking a problem, or Enter on it, asks to select the seats it is about. A list view over a
// model, so that a thousand problems of a 20,000-seat layout stay quick.

#include <QtWidgets/QWidget>

class QLabel;
class QModelIndex;
class QTreeView;

namespace Marquee {

struct Error;
struct Layout;
class ProblemsModel;

class ProblemsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsPanel)

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);
    ~ProblemsPanel() override;

    // Runs the validator on `layout` and lists its problems (the panel keeps a copy of the
    // layout, shared with it until either changes, to find the seats of a problem).
    void showProblems(const Marquee::Layout &layout);
    int problemCount() const;
    // The header line: "3 problems", "No problems: ready to publish".
    QString summaryText() const;

    // The seats a problem at `where` is about: a seat ("/sections/i/rows/j/seats/k/..."), and for
    // LAYOUT_OVERLAP the seat it overlaps (found by geometry, the one the message names); every
    // seat of a row or section; none for the layout as a whole. Empty for paths that do not exist.
    static QStringList seatIdsOf(const Layout &layout, const Error &problem);

Q_SIGNALS:
    void problemActivated(const QStringList &seatIds, const QString &where);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void updateSummary();

    ProblemsModel *m_model;
    QLabel *m_summary;
    QTreeView *m_view;
};

} // namespace Marquee
