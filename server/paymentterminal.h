#pragma once

#include "money.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <array>
#include <chrono>

class QFile;

namespace Marquee {

// What became of one charge or refund.
struct PaymentOutcome
{
    // Lookup asks what became of an earlier charge (after a time-out or a restart): Approved
    // (with its authorization code) when the money is taken and not given back, Declined when
    // nothing is taken (no such charge, declined, or refunded in full), TimedOut while the device is
    // still deciding, Error when the terminal cannot be reached.
    enum class Operation { Charge, Refund, Lookup };
    enum class Status {
        Approved, // the money moved; authorizationCode is set
        Declined, // the card or the bank said no; nothing moved
        TimedOut, // no answer in time; whether money moved is unknown until reconciled
        Error, // the request was refused (bad amount, duplicate reference) or the terminal failed
    };

    Operation operation = Operation::Charge;
    Status status = Status::Error;
    QString authorizationCode; // the acquirer's code for an approval, empty otherwise
    QString message; // human-readable detail, for logs and the cashier

    friend bool operator==(const PaymentOutcome &, const PaymentOutcome &) = default;
};

// "approved", "declined", "timed_out", "error".
QString paymentStatusName(PaymentOutcome::Status status);

// A card payment terminal, asynchronous: charge() and refund() return at once, and every call later
// emits finished() exactly once with its reference, never from within the call itself, so a caller
// may connect after calling. A call whose reference is still in flight for the same operation, with
// an empty reference, or with an amount that is not positive, finishes with Status::Error (and leaves
// the one in flight alone). An implementation reports TimedOut when the device does not answer within
// its timeout. Do not delete a terminal from a slot connected to finished(); use deleteLater().
class PaymentTerminal : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentTerminal)

public:
    ~PaymentTerminal() override;

    // Takes `amount` from the customer's card. `reference` names the transaction (the sale or
    // payment id), so that the answer can be matched and a retry recognised.
    virtual void charge(const QString &reference, const Money &amount) = 0;
    // Gives `amount` back to the card that paid `reference`. Refunding more than is left of a
    // charge gives back what is left: a repeated void is harmless.
    virtual void refund(const QString &reference, const Money &amount) = 0;
    // Asks what became of the charge `reference` (see PaymentOutcome::Operation::Lookup).
    virtual void lookup(const QString &reference) = 0;

Q_SIGNALS:
    void finished(const QString &reference, const Marquee::PaymentOutcome &outcome);

protected:
    explicit PaymentTerminal(QObject *parent = nullptr);
};

// A terminal for development, demos and tests, with no hardware. Each call's behaviour is chosen, in
// this order, by:
//   1. the queue of setNextOutcome() behaviours: each call takes (and removes) the first one;
//   2. with setCentRulesEnabled(true), the amount's last two digits of minor units (like payment
//      providers' test cards): ..01 declines ("insufficient funds"), ..02 never answers (so it times
//      out), ..03 fails with an error, ..04 approves only after the time-out (the caller has been
//      told TimedOut, and the money is taken), ..05 is unreachable; other amounts fall through to
//      3. E.g. 10.01 EUR declines;
//   3. the default behaviour (Approve unless setDefaultBehaviour() says otherwise).
// An answer comes after delay() (default 200 ms); if that is not before timeout() (default 30 s),
// or the behaviour is TimeOut, the call finishes with TimedOut once timeout() has passed.
// Approvals carry authorization codes "SIM000001", "SIM000002", ... Refunds follow the same rules;
// lookups answer, after delay(), what the device had decided when asked, and obey only Unreachable.
//
// The device's record (every charge, its refunds) is its own, like an acquirer's: with
// setLedger() it is kept in a file of JSON lines, one per decision, written when the device decides
// (a late approval too), and read back when the file is set, so that it survives the server's
// crash and a reconciliation after a restart finds the charges the crash left behind. Server
// processes that share a ledger share the device: each decision and lookup reads it first.
class SimulatedPaymentTerminal final : public PaymentTerminal
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedPaymentTerminal)

public:
    enum class Behaviour { Approve, Decline, TimeOut, Fail, ApproveLate, Unreachable };

    explicit SimulatedPaymentTerminal(QObject *parent = nullptr);
    ~SimulatedPaymentTerminal() override;

    void charge(const QString &reference, const Money &amount) override;
    void refund(const QString &reference, const Money &amount) override;
    void lookup(const QString &reference) override;

    // Keeps the device's record in `path` (created if missing, its records read back if not);
    // false, with the reason in `error`, when the file cannot be used.
    bool setLedger(const QString &path, QString *error = nullptr);

    void setDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds delay() const { return m_delay; }
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Queues the behaviour of the next call that has no queued behaviour yet.
    void setNextOutcome(Behaviour behaviour);
    void setDefaultBehaviour(Behaviour behaviour) { m_defaultBehaviour = behaviour; }
    Behaviour defaultBehaviour() const { return m_defaultBehaviour; }
    void setCentRulesEnabled(bool enabled) { m_centRules = enabled; }
    bool centRulesEnabled() const { return m_centRules; }

    // Calls that have not finished yet.
    int pendingCount() const { return int(m_pending.size()); }

private:
    struct Pending
    {
        QString reference;
        PaymentOutcome::Operation operation;
    };
    // What the device knows of one charge reference.
    struct Charge
    {
        qint64 amount = 0; // minor units taken (0: declined)
        qint64 refunded = 0;
        QString currency;
        QString authorization;
    };

    void start(PaymentOutcome::Operation operation, const QString &reference, const Money &amount);
    Behaviour behaviourFor(const Money &amount);
    // The device decides: records an approval (or a decline) and says what the caller is told.
    PaymentOutcome decide(PaymentOutcome::Operation operation, const QString &reference, const Money &amount,
                          Behaviour behaviour);
    PaymentOutcome lookupNow(const QString &reference);
    // The device's record from the ledger (setLedger()); again before each decision and lookup,
    // as several server processes may share one ledger.
    void readLedger(QFile &file);
    void refreshFromLedger();
    void record(const QString &op, const QString &reference, const Money &amount, const QString &status,
                const QString &authorization);
    void complete(quint64 id, PaymentOutcome outcome);
    void finishLater(const QString &reference, PaymentOutcome outcome);

    std::chrono::milliseconds m_delay { 200 };
    std::chrono::milliseconds m_timeout { 30'000 };
    QList<Behaviour> m_nextBehaviours;
    Behaviour m_defaultBehaviour = Behaviour::Approve;
    bool m_centRules = false;
    quint64 m_nextId = 1;
    quint64 m_approvals = 0;
    QHash<quint64, Pending> m_pending;
    std::array<QSet<QString>, 3> m_inFlight; // references in flight, per operation
    QSet<QString> m_deciding; // charges the device still works on (a late approval after the time-out)
    QHash<QString, Charge> m_charges;
    QString m_ledgerPath; // empty: the record lives in memory only
    qint64 m_ledgerSize = 0; // the ledger's size when the memory last had all of it
};

} // namespace Marquee
