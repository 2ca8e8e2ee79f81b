#pragma once

#include <QtCore/QObject>

class QTimer;

namespace Marquee {

// Notices when nobody has touched the kiosk for a while: after `idleSeconds` without a touch
// (mouse press, touch, key) it warns (warningStarted(); the window shows "Still there?" with a
// countdown), and after `warningSeconds` more it times out. A touch during the warning does not
// count: only keepGoing() (the "Continue" button) ends it, so that a tap meant for the page
// beneath does not leave the customer wondering what happened.
class KioskIdleWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KioskIdleWatch)

public:
    explicit KioskIdleWatch(QObject *parent = nullptr);
    ~KioskIdleWatch() override;

    void setTimes(int idleSeconds, int warningSeconds);
    int idleSeconds() const { return m_idleSeconds; }
    int warningSeconds() const { return m_warningSeconds; }

    // Watching only while a customer is on the way (not on the idle screen, not while paying).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    bool isWarning() const { return m_warning; }
    int secondsLeft() const { return m_left; }
    // A touch: the idle time starts again (ignored during the warning).
    void touched();
    // "Continue": the warning ends, the idle time starts again.
    void keepGoing();

Q_SIGNALS:
    void warningStarted();
    void countdown(int secondsLeft);
    void warningEnded();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void idleReached();
    void tick();

    QTimer *m_idle;
    QTimer *m_tick;
    int m_idleSeconds = 60;
    int m_warningSeconds = 10;
    int m_left = 0;
    bool m_active = false;
    bool m_warning = false;
};

} // namespace Marquee
