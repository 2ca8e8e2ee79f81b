#pragma once

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <functional>
#include <memory>

class QWebSocket;

namespace Marquee {

template<typename T> class Result;
class Database;
class Metrics;
class PaymentTerminal;
struct PaymentOutcome;
struct SellRequest;

// What a sale needs of the server around it.
struct SellPorts
{
    Database *database = nullptr;
    PaymentTerminal *terminal = nullptr;
    Metrics *metrics = nullptr;
    QString owner;         // this server process, as sell_attempts.owner names it
    int leaseSeconds = 60; // how long an attempt stays this process's alone (card time-out + margin)
    // The seat part of the sale: the "sell" operation, decided in the show's next group.
    std::function<void(qint64 show, qint64 hold, const QList<QByteArray> &parameters,
                       std::function<void(Result<QJsonValue>)> done)> sell;
    // A committed seat change: applied, pushed, announced.
    std::function<void(const QJsonObject &result)> committed;
    // A frame for the terminal that sells (payment_progress); it may have gone.
    std::function<void(QPointer<QWebSocket> socket, const QByteArray &frame)> send;
    // Attempts this process is settling (shared by every flow of one server).
    std::shared_ptr<QSet<qint64>> settling;
};

// One sale with the card terminal, as an explicit state machine (docs/OPERATIONS.md, "Card
// payments"). A card is charged only after the attempt and its payment intents are on record, and
// the sale commits with the attempt closed in its own transaction, so that whatever stops the flow
// (a crash of the server, the database away, the terminal silent) leaves a record that the
// reconciler settles: it completes the sale when the hold is still good, or gives the money back.
//
//   new sale:  Replaying -> ReadingHold -> Opening -> (Charging -> Capturing)* -> Selling -> Done
//              Opening finds an unfinished attempt of the same request (a retry after a crash):
//              Settling it first, then Replaying again.
//              A refusal (declined, timed out, the hold gone): the answer, then Voiding -> Done.
//   settling:  Checking (the terminal's own record of each charge that may hold money) -> Selling when
//              every charge was taken and the attempt was never answered, else Voiding -> Done.
// Each flow deletes itself when Done.
class SellFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SellFlow)

public:
    enum class State { Replaying, ReadingHold, Opening, Settling, Charging, Capturing, Selling, Checking, Voiding, Done };
    Q_ENUM(State)

    // The sell request `request`, with id `requestId` and body hash `hash`, of `user` at
    // `terminalId` from `socket`; `answer` gets the one reply frame.
    struct Order
    {
        qint64 user = 0;
        QString requestId;
        QByteArray hash;
        QString terminalId;
        qint64 hold = 0;
        std::shared_ptr<const SellRequest> request;
        QPointer<QWebSocket> socket;
    };
    static void sell(const SellPorts &ports, Order order, std::function<void(const QByteArray &frame)> answer,
                     QObject *parent);
    // An unfinished attempt (marquee_attempt_json) that nobody waits for: settled, then `done`.
    static void settle(const SellPorts &ports, const QJsonObject &attempt, std::function<void()> done, QObject *parent);

    State state() const { return m_state; }

private:
    SellFlow(const SellPorts &ports, QObject *parent);

    void enter(State state);
    void replay();
    void readHold();
    void open();
    void settlePrevious(const QJsonObject &attempt);
    void chargeNext();
    void charged(const QString &reference, const PaymentOutcome &outcome);
    void capture(qsizetype intent, const QString &authorization);
    void commitSale();
    void checkNext();
    void checked(const QString &reference, const PaymentOutcome &outcome);
    void voidNext();
    void voided(const QString &reference, const PaymentOutcome &outcome);
    // Answers the terminal (once; later answers are dropped), then settles what the refusal left.
    void refuse(const QByteArray &frame, const QString &reason);
    void answer(const QByteArray &frame);
    void finish();
    void audit(const QString &outcome, const QJsonObject &details);
    void progress(int stage, const QString &message);

    SellPorts m_ports;
    State m_state = State::Replaying;
    Order m_order;
    std::function<void(const QByteArray &)> m_answer; // empty once answered, or when settling
    std::function<void()> m_done;
    // The attempt: its id (0: cash only, nothing on record), state, and intents by position as
    // marquee_attempt_json gives them, with their current status.
    qint64 m_attempt = 0;
    QString m_attemptState;
    QJsonArray m_intents;
    QJsonArray m_payments; // the payments as marquee_sell takes them, authorizations filled in
    qint64 m_show = 0;
    QString m_currency;
    qsizetype m_next = 0; // the intent being charged, checked or voided
    bool m_settledPrevious = false;
    QMetaObject::Connection m_terminalConnection;
};

} // namespace Marquee
