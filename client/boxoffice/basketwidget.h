#pragma once

#include "money.h"

#include <QtCore/QDateTime>
#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Marquee {

struct BasketLine
{
    QString seatId;
    QString seatLabel;
    QString category;
    Money price;
    bool held = false; // part of the hold (else selected, not held yet)
};

// The seats the cashier is selling: lines, total, the hold with its countdown, and the actions.
class BasketWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasketWidget)

public:
    explicit BasketWidget(QWidget *parent = nullptr);
    ~BasketWidget() override;

    void setLines(const QList<BasketLine> &lines);
    const QList<BasketLine> &lines() const { return m_lines; }
    Money total() const;

    void setHold(const QString &holdId, const QDateTime &expiresAt);
    void clearHold();
    QString holdId() const { return m_holdId; }
    bool isHeld() const { return !m_holdId.isEmpty(); }
    QDateTime holdExpiry() const { return m_expiresAt; }
    // Lines selected but not in the hold yet.
    qsizetype unheldCount() const;
    // Seconds left on the hold, 0 when expired or none.
    qint64 secondsLeft() const;
    QString countdownText() const;
    void setBusy(bool busy);
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // While offline with a hold, a reassuring message ("take the payment") gives way to a warning
    // until the connection is back; errors stay.
    void showMessage(const QString &message, bool error);
    QString message() const { return m_messageText; }
    QString displayedMessage() const;

Q_SIGNALS:
    void holdRequested();
    void releaseRequested();
    void extendRequested();
    void payRequested();
    void clearRequested();
    // The hold ran out while the cashier was still at it.
    void holdExpired();

private:
    void tick();
    void updateButtons();
    void updateMessage();

    QTreeWidget *m_list;
    QLabel *m_total;
    QLabel *m_countdown;
    QLabel *m_message;
    QPushButton *m_hold;
    QPushButton *m_extend;
    QPushButton *m_release;
    QPushButton *m_pay;
    QPushButton *m_clear;
    QTimer *m_timer;
    QList<BasketLine> m_lines;
    QString m_holdId;
    QDateTime m_expiresAt;
    QString m_messageText;
    bool m_messageIsError = false;
    bool m_busy = false;
    bool m_online = false;
};

} // namespace Marquee
