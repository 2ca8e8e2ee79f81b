#include "kioskidlewatch.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>
#include <QtCore/QTimer>

namespace Marquee {

KioskIdleWatch::KioskIdleWatch(QObject *parent)
    : QObject(parent)
    , m_idle(new QTimer(this))
    , m_tick(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_tick->setInterval(1000);
    connect(m_idle, &QTimer::timeout, this, &KioskIdleWatch::idleReached);
    connect(m_tick, &QTimer::timeout, this, &KioskIdleWatch::tick);
    QCoreApplication::instance()->installEventFilter(this);
}

KioskIdleWatch::~KioskIdleWatch()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void KioskIdleWatch::setTimes(int idleSeconds, int warningSeconds)
{
    m_idleSeconds = qMax(1, idleSeconds);
    m_warningSeconds = qMax(1, warningSeconds);
    if (m_active && !m_warning)
        m_idle->start(m_idleSeconds * 1000);
}

void KioskIdleWatch::setActive(bool active)
{
    const bool wasWarning = m_warning;
    m_active = active;
    m_warning = false;
    m_tick->stop();
    if (active)
        m_idle->start(m_idleSeconds * 1000);
    else
        m_idle->stop();
    if (wasWarning)
        Q_EMIT warningEnded();
}

void KioskIdleWatch::touched()
{
    if (m_active && !m_warning)
        m_idle->start(m_idleSeconds * 1000);
}

void KioskIdleWatch::keepGoing()
{
    if (!m_active)
        return;
    setActive(true);
}

void KioskIdleWatch::idleReached()
{
    if (!m_active)
        return;
    m_warning = true;
    m_left = m_warningSeconds;
    m_tick->start();
    Q_EMIT warningStarted();
    Q_EMIT countdown(m_left);
}

void KioskIdleWatch::tick()
{
    if (!m_warning)
        return;
    --m_left;
    Q_EMIT countdown(qMax(0, m_left));
    if (m_left <= 0) {
        m_warning = false;
        m_tick->stop();
        m_active = false;
        Q_EMIT warningEnded();
        Q_EMIT timedOut();
    }
}

bool KioskIdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        touched();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Marquee
