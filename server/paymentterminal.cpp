#include "paymentterminal.h"

#include "logging.h"

#include <QtCore/QTimer>

#include <algorithm>

namespace Marquee {

namespace {

std::size_t operationIndex(PaymentOutcome::Operation operation)
{
    return operation == PaymentOutcome::Operation::Charge ? 0 : 1;
}

QString operationName(PaymentOutcome::Operation operation)
{
    return operation == PaymentOutcome::Operation::Charge ? QStringLiteral("charge")
                                                          : QStringLiteral("refund");
}

PaymentOutcome makeOutcome(PaymentOutcome::Operation operation, PaymentOutcome::Status status,
                           QString message)
{
    PaymentOutcome outcome;
    outcome.operation = operation;
    outcome.status = status;
    outcome.message = std::move(message);
    return outcome;
}

} // namespace

QString paymentStatusName(PaymentOutcome::Status status)
{
    switch (status) {
    case PaymentOutcome::Status::Approved:
        return QStringLiteral("approved");
    case PaymentOutcome::Status::Declined:
        return QStringLiteral("declined");
    case PaymentOutcome::Status::TimedOut:
        return QStringLiteral("timed_out");
    case PaymentOutcome::Status::Error:
        return QStringLiteral("error");
    }
    Q_UNREACHABLE();
    return {};
}

PaymentTerminal::PaymentTerminal(QObject *parent)
    : QObject(parent)
{
}

PaymentTerminal::~PaymentTerminal() = default;

SimulatedPaymentTerminal::SimulatedPaymentTerminal(QObject *parent)
    : PaymentTerminal(parent)
{
}

// Pending timers have this object as their context: they die with it, unanswered.
SimulatedPaymentTerminal::~SimulatedPaymentTerminal() = default;

void SimulatedPaymentTerminal::charge(const QString &reference, const Money &amount)
{
    start(PaymentOutcome::Operation::Charge, reference, amount);
}

void SimulatedPaymentTerminal::refund(const QString &reference, const Money &amount)
{
    start(PaymentOutcome::Operation::Refund, reference, amount);
}

void SimulatedPaymentTerminal::setDelay(std::chrono::milliseconds delay)
{
    m_delay = std::max(delay, std::chrono::milliseconds(0));
}

void SimulatedPaymentTerminal::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(0));
}

void SimulatedPaymentTerminal::setNextOutcome(Behaviour behaviour)
{
    m_nextBehaviours.append(behaviour);
}

void SimulatedPaymentTerminal::start(PaymentOutcome::Operation operation, const QString &reference,
                                     const Money &amount)
{
    using Status = PaymentOutcome::Status;
    qCDebug(lcPayment) << "simulated" << operationName(operation) << reference << amount.toString();

    if (reference.isEmpty()) {
        finishLater(reference,
                    makeOutcome(operation, Status::Error, QStringLiteral("No transaction reference.")));
        return;
    }
    if (!amount.currency().isValid() || amount.minorUnits() <= 0) {
        finishLater(reference,
                    makeOutcome(operation, Status::Error,
                                QStringLiteral("The amount must be positive: ") + amount.toString()));
        return;
    }
    QSet<QString> &inFlight = m_inFlight[operationIndex(operation)];
    if (inFlight.contains(reference)) {
        finishLater(reference,
                    makeOutcome(operation, Status::Error,
                                QStringLiteral("A ") + operationName(operation)
                                    + QStringLiteral(" with this reference is already in progress.")));
        return;
    }

    const quint64 id = m_nextId++;
    inFlight.insert(reference);
    m_pending.insert(id, Pending { reference, operation });

    // The guard every real adapter has: no answer in time is an answer too.
    QTimer::singleShot(m_timeout, this, [this, id, operation] {
        complete(id,
                 makeOutcome(operation, Status::TimedOut,
                             QStringLiteral("The payment terminal did not answer in time.")));
    });

    const Behaviour behaviour = behaviourFor(amount);
    if (behaviour == Behaviour::TimeOut || m_delay >= m_timeout)
        return;
    QTimer::singleShot(m_delay, this, [this, id, operation, behaviour] {
        switch (behaviour) {
        case Behaviour::Approve: {
            PaymentOutcome outcome = makeOutcome(operation, Status::Approved, QStringLiteral("Approved."));
            outcome.authorizationCode = QStringLiteral("SIM%1").arg(++m_approvals, 6, 10, QLatin1Char('0'));
            complete(id, std::move(outcome));
            break;
        }
        case Behaviour::Decline:
            complete(
                id,
                makeOutcome(operation, Status::Declined, QStringLiteral("Declined: insufficient funds.")));
            break;
        case Behaviour::Fail:
            complete(id,
                     makeOutcome(operation, Status::Error,
                                 QStringLiteral("The payment terminal reported a fault.")));
            break;
        case Behaviour::TimeOut:
            break;
        }
    });
}

SimulatedPaymentTerminal::Behaviour SimulatedPaymentTerminal::behaviourFor(const Money &amount)
{
    if (!m_nextBehaviours.isEmpty())
        return m_nextBehaviours.takeFirst();
    if (m_centRules) {
        switch (amount.minorUnits() % 100) {
        case 1:
            return Behaviour::Decline;
        case 2:
            return Behaviour::TimeOut;
        case 3:
            return Behaviour::Fail;
        default:
            break;
        }
    }
    return m_defaultBehaviour;
}

void SimulatedPaymentTerminal::complete(quint64 id, PaymentOutcome outcome)
{
    // The first of the answer and the timeout wins; the other finds nothing pending.
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    m_inFlight[operationIndex(pending.operation)].remove(pending.reference);
    qCDebug(lcPayment) << "simulated" << operationName(pending.operation) << pending.reference
                       << paymentStatusName(outcome.status);
    Q_EMIT finished(pending.reference, outcome);
}

void SimulatedPaymentTerminal::finishLater(const QString &reference, PaymentOutcome outcome)
{
    qCDebug(lcPayment) << "simulated" << operationName(outcome.operation) << reference
                       << "refused:" << outcome.message;
    QTimer::singleShot(0, this, [this, reference, outcome] { Q_EMIT finished(reference, outcome); });
}

} // namespace Marquee
