#pragma once

#include <QtWidgets/QLabel>

namespace Marquee {

// A one-line label that never asks for the width of its text: what does not fit is elided
// ("Das Cabinet des Dr. Cal…"), the whole text is in the tooltip. For headers that must not widen
// the window, whatever show is open.
class ElidingLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingLabel)

public:
    explicit ElidingLabel(QWidget *parent = nullptr);
    ~ElidingLabel() override;

    // The text as drawn at the current width.
    QString displayedText() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace Marquee
