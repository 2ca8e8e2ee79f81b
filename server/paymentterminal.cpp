#include "paymentterminal.h"

#include "logging.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>

#include <algorithm>

namespace Marquee {

namespace {

std::size_t operationIndex(PaymentOutcome::Operation operation)
{
    return std::size_t(operation);
}

QString operationName(PaymentOutcome::Operation operation)
{
    switch (operation) {
    case PaymentOutcome::Operation::Charge:
        return QStringLiteral("charge");
    case PaymentOutcome::Operation::Refund:
        return QStringLiteral("refund");
    case PaymentOutcome::Operation::Lookup:
        return QStringLiteral("lookup");
    }
    Q_UNREACHABLE();
    return {};
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

void SimulatedPaymentTerminal::lookup(const QString &reference)
{
    start(PaymentOutcome::Operation::Lookup, reference, Money());
}

bool SimulatedPaymentTerminal::setLedger(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    readLedger(file);
    // A last line cut short (the power failed mid-write) must not swallow the next record.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.peek(1) != "\n")
        file.write("\n");
    file.flush();
    m_ledgerSize = file.size();
    m_ledgerPath = path;
    return true;
}

void SimulatedPaymentTerminal::readLedger(QFile &file)
{
    file.seek(0);
    m_charges.clear();
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        const QString reference = line.value(QLatin1String("reference")).toString();
        const QString authorization = line.value(QLatin1String("authorization")).toString();
        const qint64 amount = line.value(QLatin1String("amount")).toInteger();
        const QString status = line.value(QLatin1String("status")).toString();
        if (reference.isEmpty() || (status != QLatin1String("approved") && status != QLatin1String("declined")))
            continue; // a line cut short by a crash, or a record of no consequence
        if (authorization.startsWith(QLatin1String("SIM")))
            m_approvals = std::max(m_approvals, authorization.mid(3).toULongLong());
        const QString op = line.value(QLatin1String("op")).toString();
        if (op == QLatin1String("charge")) {
            Charge &charge = m_charges[reference];
            charge.currency = line.value(QLatin1String("currency")).toString();
            if (status == QLatin1String("approved")) {
                charge.amount = amount;
                charge.authorization = authorization;
            }
        } else if (op == QLatin1String("refund") && m_charges.contains(reference)) {
            m_charges[reference].refunded += amount;
        }
    }
    m_ledgerSize = file.size();
}

void SimulatedPaymentTerminal::refreshFromLedger()
{
    // Nothing to read while nobody else wrote: the record in memory is the file's.
    if (m_ledgerPath.isEmpty() || QFileInfo(m_ledgerPath).size() == m_ledgerSize)
        return;
    QFile file(m_ledgerPath);
    if (file.open(QIODevice::ReadOnly | QIODevice::Text))
        readLedger(file);
}

void SimulatedPaymentTerminal::record(const QString &op, const QString &reference, const Money &amount,
                                      const QString &status, const QString &authorization)
{
    if (m_ledgerPath.isEmpty())
        return;
    QJsonObject line {{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("op"), op},
                      {QStringLiteral("reference"), reference},
                      {QStringLiteral("amount"), amount.minorUnits()},
                      {QStringLiteral("currency"), amount.currency().code()},
                      {QStringLiteral("status"), status}};
    if (!authorization.isEmpty())
        line.insert(QStringLiteral("authorization"), authorization);
    // One write per line, in append mode: a kill of the process never leaves half a record
    // behind another one (a cut last line is skipped when the ledger is read).
    QFile file(m_ledgerPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcPayment).noquote() << "simulated terminal: cannot write its ledger" << m_ledgerPath << file.errorString();
        return;
    }
    const qint64 before = file.size();
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(text) < 0 || !file.flush())
        qCWarning(lcPayment).noquote() << "simulated terminal: cannot write its ledger" << m_ledgerPath << file.errorString();
    else if (before == m_ledgerSize && file.size() == before + text.size())
        m_ledgerSize = file.size(); // only this line is new: the memory has it already
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
    using Operation = PaymentOutcome::Operation;
    qCDebug(lcPayment) << "simulated" << operationName(operation) << reference << amount.toString();

    if (reference.isEmpty()) {
        finishLater(reference,
                    makeOutcome(operation, Status::Error, QStringLiteral("No transaction reference.")));
        return;
    }
    if (operation != Operation::Lookup && (!amount.currency().isValid() || amount.minorUnits() <= 0)) {
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

    // A lookup asks the device's record: only an unreachable terminal keeps it from answering.
    const Behaviour behaviour = operation == Operation::Lookup
        ? (m_defaultBehaviour == Behaviour::Unreachable ? Behaviour::Unreachable : Behaviour::Approve)
        : behaviourFor(amount);
    if (behaviour == Behaviour::Unreachable) {
        QTimer::singleShot(std::min(m_delay, m_timeout / 2), this, [this, id, operation] {
            complete(id, makeOutcome(operation, Status::Error,
                                     QStringLiteral("The payment terminal cannot be reached.")));
        });
        return;
    }
    if (behaviour == Behaviour::ApproveLate) {
        // The caller hears TimedOut; the device approves a moment later all the same.
        m_deciding.insert(reference);
        QTimer::singleShot(m_timeout + m_delay, this, [this, operation, reference, amount] {
            m_deciding.remove(reference);
            decide(operation, reference, amount, Behaviour::Approve);
        });
        return;
    }
    if (behaviour == Behaviour::TimeOut || m_delay >= m_timeout)
        return;
    if (operation == Operation::Lookup) {
        // The record as it is when asked, delivered after the usual delay.
        QTimer::singleShot(m_delay, this, [this, id, outcome = lookupNow(reference)] { complete(id, outcome); });
        return;
    }
    QTimer::singleShot(m_delay, this, [this, id, operation, reference, amount, behaviour] {
        // Decided only if the caller still waits: a call that timed out took nothing.
        if (m_pending.contains(id))
            complete(id, decide(operation, reference, amount, behaviour));
    });
}

PaymentOutcome SimulatedPaymentTerminal::decide(PaymentOutcome::Operation operation, const QString &reference,
                                                const Money &amount, Behaviour behaviour)
{
    using Status = PaymentOutcome::Status;
    using Operation = PaymentOutcome::Operation;
    const QString op = operationName(operation);
    // The record as the other server processes on the same ledger left it: a refund knows their
    // charges, and approval codes go on from the last one any of them gave.
    refreshFromLedger();
    switch (behaviour) {
    case Behaviour::Approve: {
        PaymentOutcome outcome = makeOutcome(operation, Status::Approved, QStringLiteral("Approved."));
        outcome.authorizationCode = QStringLiteral("SIM%1").arg(++m_approvals, 6, 10, QLatin1Char('0'));
        Money moved = amount;
        if (operation == Operation::Charge) {
            m_charges[reference] = Charge { amount.minorUnits(), 0, amount.currency().code(), outcome.authorizationCode };
        } else if (const auto it = m_charges.find(reference); it != m_charges.end() && it->amount > 0) {
            // A refund of a known charge gives back at most what is left of it.
            const qint64 left = it->amount - it->refunded;
            moved = *Money::fromMinor(std::min(left, amount.minorUnits()), it->currency);
            it->refunded += moved.minorUnits();
            if (moved.minorUnits() == 0)
                outcome.message = QStringLiteral("Nothing left to refund.");
        }
        record(op, reference, moved, QStringLiteral("approved"), outcome.authorizationCode);
        return outcome;
    }
    case Behaviour::Decline:
        if (operation == Operation::Charge && !m_charges.contains(reference))
            m_charges.insert(reference, Charge { 0, 0, amount.currency().code(), {} });
        record(op, reference, amount, QStringLiteral("declined"), {});
        return makeOutcome(operation, Status::Declined, QStringLiteral("Declined: insufficient funds."));
    case Behaviour::Fail:
        return makeOutcome(operation, Status::Error, QStringLiteral("The payment terminal reported a fault."));
    case Behaviour::TimeOut:
    case Behaviour::ApproveLate:
    case Behaviour::Unreachable:
        break;
    }
    Q_UNREACHABLE();
    return {};
}

PaymentOutcome SimulatedPaymentTerminal::lookupNow(const QString &reference)
{
    using Status = PaymentOutcome::Status;
    const auto operation = PaymentOutcome::Operation::Lookup;
    // Another server process on the same ledger (one device, several servers) may have taken or
    // given back this charge: its reconciler settles attempts of any process whose lease ended.
    refreshFromLedger();
    if (m_deciding.contains(reference) || m_inFlight[operationIndex(PaymentOutcome::Operation::Charge)].contains(reference))
        return makeOutcome(operation, Status::TimedOut, QStringLiteral("The charge is still being decided."));
    const auto it = m_charges.constFind(reference);
    if (it == m_charges.constEnd())
        return makeOutcome(operation, Status::Declined, QStringLiteral("No charge with this reference."));
    if (it->amount == 0)
        return makeOutcome(operation, Status::Declined, QStringLiteral("The charge was declined."));
    if (it->refunded >= it->amount)
        return makeOutcome(operation, Status::Declined, QStringLiteral("The charge was refunded."));
    PaymentOutcome outcome = makeOutcome(operation, Status::Approved, QStringLiteral("Charged."));
    outcome.authorizationCode = it->authorization;
    return outcome;
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
        case 4:
            return Behaviour::ApproveLate;
        case 5:
            return Behaviour::Unreachable;
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
