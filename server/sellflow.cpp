#include "sellflow.h"

#include "database.h"
#include "logging.h"
#include "metrics.h"
#include "paymentterminal.h"
#include "protocol.h"
#include "requestutil.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QMetaEnum>
#include <QtWebSockets/QWebSocket>

namespace Marquee {

namespace {

QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

SellReply sellReplyFrom(const QJsonObject &r, const QString &holdId)
{
    const QString currency = text(r, "currency");
    SellReply out;
    out.saleId = QString::number(number(r, "sale"));
    out.holdId = holdId;
    out.showId = QString::number(number(r, "show"));
    for (const QJsonValue &t : r.value(QLatin1String("tickets")).toArray())
        out.tickets.append(ticketFromJson(t.toObject(), currency));
    out.total = money(number(r, "total"), currency);
    qint64 change = 0;
    for (const QJsonValue &v : r.value(QLatin1String("payments")).toArray()) {
        const QJsonObject p = v.toObject();
        PaymentResult result;
        result.method = methodFromName(text(p, "method"));
        result.amount = money(number(p, "amount"), currency);
        if (p.contains(QLatin1String("authorization")))
            result.reference = text(p, "authorization");
        if (p.contains(QLatin1String("tendered")))
            change += number(p, "tendered") - number(p, "amount");
        out.payments.append(result);
    }
    out.changeDue = money(change, currency);
    return out;
}

// The answer to a sell request that an operation gave (a sale, or its refusal).
QByteArray sellAnswer(const QJsonObject &r, const QString &holdId, const QString &id)
{
    if (r.contains(QLatin1String("error")))
        return encodeError(operationError(r), id, errorDetails(r));
    return encodeMessage(sellReplyFrom(r, holdId), id);
}

QString stateName(SellFlow::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<SellFlow::State>().valueToKey(int(state)));
}

} // namespace

SellFlow::SellFlow(const SellPorts &ports, QObject *parent)
    : QObject(parent)
    , m_ports(ports)
{
}

void SellFlow::sell(const SellPorts &ports, Order order, std::function<void(const QByteArray &)> answer, QObject *parent)
{
    auto *flow = new SellFlow(ports, parent);
    flow->m_order = std::move(order);
    flow->m_answer = std::move(answer);
    flow->replay();
}

void SellFlow::settle(const SellPorts &ports, const QJsonObject &attempt, std::function<void()> done, QObject *parent)
{
    auto *flow = new SellFlow(ports, parent);
    flow->m_done = std::move(done);
    flow->m_attempt = number(attempt, "attempt");
    if (ports.settling)
        ports.settling->insert(flow->m_attempt);
    flow->m_attemptState = text(attempt, "state");
    flow->m_intents = attempt.value(QLatin1String("intents")).toArray();
    flow->m_payments = attempt.value(QLatin1String("payments")).toArray();
    flow->m_show = number(attempt, "show");
    flow->m_order.user = number(attempt, "user");
    flow->m_order.requestId = text(attempt, "request");
    flow->m_order.hash = text(attempt, "hash").toUtf8();
    flow->m_order.terminalId = text(attempt, "terminal");
    flow->m_order.hold = number(attempt, "hold");
    if (attempt.value(QLatin1String("email")).isString()) {
        auto request = std::make_shared<SellRequest>();
        request->customerEmail = text(attempt, "email");
        if (attempt.value(QLatin1String("language")).isString())
            request->language = text(attempt, "language");
        flow->m_order.request = std::move(request);
    }
    qCInfo(lcPayment).noquote() << "reconciling sell attempt" << flow->m_attempt << "of hold" << flow->m_order.hold
                                << "(" << flow->m_attemptState << ")";
    flow->m_next = 0;
    flow->enter(State::Checking);
    flow->checkNext();
}

void SellFlow::enter(State state)
{
    qCDebug(lcPayment).noquote() << "sell" << m_order.requestId << "attempt" << m_attempt << stateName(m_state) << "->"
                                 << stateName(state);
    m_state = state;
}

// Replaying: a request answered before gets the same answer, and no money moves.
void SellFlow::replay()
{
    enter(State::Replaying);
    m_ports.database->call("replay", {QByteArray::number(m_order.user), m_order.requestId.toUtf8(), m_order.hash},
                           [this](Result<QJsonValue> replayed) {
        if (!replayed) {
            answer(encodeError(replayed.error(), m_order.requestId));
            return finish();
        }
        if (replayed->isObject()) {
            answer(sellAnswer(replayed->toObject(), m_order.request->holdId, m_order.requestId));
            return finish();
        }
        readHold();
    });
}

// ReadingHold: the hold and its total, before any money moves.
void SellFlow::readHold()
{
    enter(State::ReadingHold);
    m_ports.database->call("hold_for_sale", {QByteArray::number(m_order.hold), QByteArray::number(m_order.user)},
                           [this](Result<QJsonValue> found) {
        const QString &id = m_order.requestId;
        const SellRequest &request = *m_order.request;
        if (!found) {
            answer(encodeError(found.error(), id));
            return finish();
        }
        const QJsonObject h = found->toObject();
        const QString status = text(h, "status");
        if (h.isEmpty() || status == QLatin1String("released") || status == QLatin1String("sold")) {
            answer(encodeError(makeError(ErrorCode::HoldNotFound,
                                         status == QLatin1String("sold") ? QStringLiteral("the hold '%1' has been sold already").arg(request.holdId)
                                                                         : QStringLiteral("no active hold '%1'").arg(request.holdId),
                                         QStringLiteral("/body/holdId")), id));
            return finish();
        }
        if (status == QLatin1String("expired") || h.value(QLatin1String("expired")).toBool()) {
            answer(encodeError(makeError(ErrorCode::HoldExpired, QStringLiteral("the hold has expired; hold the seats again"),
                                         QStringLiteral("/body/holdId")), id));
            return finish();
        }
        m_currency = text(h, "currency");
        m_payments = {};
        m_show = number(h, "show");
        const qint64 total = number(h, "total");
        qint64 paid = 0;
        bool cards = false;
        for (qsizetype i = 0; i < request.payments.size(); ++i) {
            const Payment &p = request.payments[i];
            if (p.amount.currency().code() != m_currency) {
                answer(encodeError(makeError(ErrorCode::CurrencyMismatch, QStringLiteral("this show sells in %1").arg(m_currency),
                                             QStringLiteral("/body/payments/%1/amount").arg(i)), id));
                return finish();
            }
            paid += p.amount.minorUnits();
            QJsonObject entry {{QStringLiteral("method"), p.method == PaymentMethod::Card ? QStringLiteral("card") : QStringLiteral("cash")},
                               {QStringLiteral("amount"), p.amount.minorUnits()}};
            if (p.tendered)
                entry.insert(QStringLiteral("tendered"), p.tendered->minorUnits());
            m_payments.append(entry);
            cards = cards || p.method == PaymentMethod::Card;
        }
        if (paid != total) {
            answer(encodeError(makeError(ErrorCode::PaymentMismatch,
                                         QStringLiteral("the payments add up to %1, the seats cost %2")
                                             .arg(money(paid, m_currency).toString(), money(total, m_currency).toString()),
                                         QStringLiteral("/body/payments")),
                               id, QJsonObject {{QStringLiteral("total"), total}, {QStringLiteral("currency"), m_currency}}));
            return finish();
        }
        if (cards)
            open();
        else
            commitSale(); // cash only: no money to keep track of outside the drawer
    });
}

// Opening: the attempt and one intent per card payment on record before any card is charged.
void SellFlow::open()
{
    enter(State::Opening);
    const SellRequest &request = *m_order.request;
    m_ports.database->call("payment_open",
                           {QByteArray::number(m_order.user), m_order.requestId.toUtf8(), m_order.hash,
                            m_order.terminalId.toUtf8(), QByteArray::number(m_order.hold), QByteArray::number(m_show),
                            json(m_payments), optionalText(request.customerEmail), m_currency.toUtf8(),
                            m_ports.owner.toUtf8(), QByteArray::number(m_ports.leaseSeconds),
                            optionalText(request.language)},
                           [this](Result<QJsonValue> opened) {
        if (!opened) {
            answer(encodeError(opened.error(), m_order.requestId));
            return finish();
        }
        const QJsonObject o = opened->toObject();
        if (o.contains(QLatin1String("unfinished")))
            return settlePrevious(o.value(QLatin1String("unfinished")).toObject());
        const QJsonObject attempt = o.value(QLatin1String("opened")).toObject();
        m_attempt = number(attempt, "attempt");
        if (m_ports.settling)
            m_ports.settling->insert(m_attempt);
        m_attemptState = text(attempt, "state");
        m_intents = attempt.value(QLatin1String("intents")).toArray();
        m_next = 0;
        chargeNext();
    });
}

// Settling: the same request left an attempt unfinished (its server died at the card terminal, or
// the database went away before the sale): settle it first, then the request starts over, and a
// completed sale is its answer. An attempt another process still works on is a PAYMENT_TIMEOUT.
void SellFlow::settlePrevious(const QJsonObject &attempt)
{
    enter(State::Settling);
    const qint64 left = number(attempt, "leaseLeft");
    if (m_settledPrevious) {
        answer(encodeError(makeError(ErrorCode::PaymentTimeout,
                                     QStringLiteral("an earlier attempt of this sale is still at the card terminal; retry in %1 s").arg(left)),
                           m_order.requestId, QJsonObject {{QStringLiteral("retryAfterSeconds"), std::max<qint64>(left, 1)}}));
        return finish();
    }
    m_settledPrevious = true;
    m_ports.database->call("payment_claim",
                           {m_ports.owner.toUtf8(), QByteArray::number(m_ports.leaseSeconds), QByteArrayLiteral("1"),
                            QByteArray::number(m_order.user), m_order.requestId.toUtf8()},
                           [this, attempt](Result<QJsonValue> claimed) {
        if (!claimed) {
            answer(encodeError(claimed.error(), m_order.requestId));
            return finish();
        }
        const QJsonArray taken = claimed->toArray();
        if (taken.isEmpty() || (m_ports.settling && m_ports.settling->contains(number(taken.first().toObject(), "attempt"))))
            return settlePrevious(attempt); // someone else's: PAYMENT_TIMEOUT
        settle(m_ports, taken.first().toObject(), [this] { replay(); }, this);
    });
}

// Charging: the card payments one after the other.
void SellFlow::chargeNext()
{
    while (m_next < m_intents.size() && text(m_intents[m_next].toObject(), "status") != QLatin1String("created"))
        ++m_next;
    if (m_next == m_intents.size())
        return commitSale();
    enter(State::Charging);
    const QJsonObject intent = m_intents[m_next].toObject();
    const Money amount = money(number(intent, "amount"), text(intent, "currency"));
    progress(int(PaymentStage::WaitingForCard), QStringLiteral("Present the card to the terminal (%1)").arg(amount.toString()));
    m_terminalConnection = connect(m_ports.terminal, &PaymentTerminal::finished, this,
                                   [this, reference = text(intent, "reference")](const QString &ref, const PaymentOutcome &outcome) {
        if (ref == reference && outcome.operation == PaymentOutcome::Operation::Charge)
            charged(ref, outcome);
    });
    m_ports.terminal->charge(text(intent, "reference"), amount);
}

void SellFlow::charged(const QString &reference, const PaymentOutcome &outcome)
{
    disconnect(m_terminalConnection);
    m_ports.metrics->counter(QStringLiteral("marquee_card_payments_total"), QStringLiteral("Card payments by result."),
                             {{QStringLiteral("result"), paymentStatusName(outcome.status)}}).increment();
    using Status = PaymentOutcome::Status;
    if (outcome.status == Status::Approved) {
        progress(int(PaymentStage::Approved), outcome.message);
        return capture(m_next, outcome.authorizationCode);
    }
    progress(int(outcome.status == Status::Declined ? PaymentStage::Declined : PaymentStage::Cancelled), outcome.message);
    QJsonObject intent = m_intents[m_next].toObject();
    if (outcome.status != Status::TimedOut) {
        // Declined, or refused before any money moved: nothing to give back.
        intent.insert(QStringLiteral("status"), QStringLiteral("not_charged"));
        m_intents[m_next] = intent;
        m_ports.database->call("payment_released", {QByteArray::number(number(intent, "intent")), "not_charged", "declined"},
                               [](Result<QJsonValue>) {});
    }
    // Timed out: whether money moved is unknown; the intent stays 'created' for the reconciler,
    // which asks the terminal once it has made up its mind. The cards after it were never asked.
    for (qsizetype later = m_next + 1; later < m_intents.size(); ++later) {
        QJsonObject untried = m_intents[later].toObject();
        untried.insert(QStringLiteral("status"), QStringLiteral("not_charged"));
        m_intents[later] = untried;
        m_ports.database->call("payment_released", {QByteArray::number(number(untried, "intent")), "not_charged", "not_tried"},
                               [](Result<QJsonValue>) {});
    }
    const QString &id = m_order.requestId;
    qCInfo(lcPayment).noquote() << "card payment" << reference << paymentStatusName(outcome.status) << outcome.message;
    if (outcome.status == Status::Declined)
        refuse(encodeError(makeError(ErrorCode::PaymentDeclined, QStringLiteral("the card was declined; the seats are still held")), id),
               QStringLiteral("declined"));
    else if (outcome.status == Status::TimedOut)
        refuse(encodeError(makeError(ErrorCode::PaymentTimeout,
                                     QStringLiteral("the card terminal did not answer; the seats are still held, and a charge that "
                                                    "went through after all is given back")), id),
               QStringLiteral("timed_out"));
    else
        refuse(encodeError(makeError(ErrorCode::PaymentDeclined, QStringLiteral("the card terminal failed: %1").arg(outcome.message)), id),
               QStringLiteral("terminal_error"));
}

// Capturing: the approval on record; then the next card, or the sale.
void SellFlow::capture(qsizetype index, const QString &authorization)
{
    const QByteArray how = m_done ? QByteArrayLiteral("lookup") : QByteArrayLiteral("approved");
    enter(State::Capturing);
    QJsonObject intent = m_intents[index].toObject();
    intent.insert(QStringLiteral("status"), QStringLiteral("captured"));
    intent.insert(QStringLiteral("authorization"), authorization);
    m_intents[index] = intent;
    m_ports.database->call("payment_captured",
                           {QByteArray::number(number(intent, "intent")), authorization.toUtf8(),
                            how},
                           [this](Result<QJsonValue> recorded) {
        if (!recorded) {
            if (m_done)
                return finish(); // the next round of reconciliation asks again
            // The database is away: no sale can commit now. The charge goes back (the record
            // follows when the reconciler finds the intent and asks the terminal).
            return refuse(encodeError(recorded.error(), m_order.requestId), QStringLiteral("database"));
        }
        ++m_next;
        if (m_done)
            checkNext();
        else
            chargeNext();
    });
}

// Selling: the seats sold and the attempt closed, in one transaction.
void SellFlow::commitSale()
{
    enter(State::Selling);
    // The card payments' authorizations, by their position among the payments.
    for (const QJsonValue &v : std::as_const(m_intents)) {
        const QJsonObject intent = v.toObject();
        const qsizetype position = number(intent, "position");
        if (position < m_payments.size() && intent.contains(QLatin1String("authorization"))) {
            QJsonObject payment = m_payments[position].toObject();
            payment.insert(QStringLiteral("authorization"), text(intent, "authorization"));
            m_payments[position] = payment;
        }
    }
    const SellRequest *request = m_order.request.get();
    m_ports.sell(m_show, m_order.hold,
                 {QByteArray::number(m_order.user), m_order.requestId.toUtf8(), m_order.hash, m_order.terminalId.toUtf8(),
                  QByteArray::number(m_order.hold), json(m_payments),
                  request ? optionalText(request->customerEmail) : QByteArray(),
                  request && request->customerEmail ? optionalText(request->language) : QByteArray()},
                 [this](Result<QJsonValue> result) {
        const QString &id = m_order.requestId;
        if (!result) {
            // Whether the sale committed is unknown: the attempt stays as it is (open), and the
            // reconciler (or this request's retry) finds out, completing or voiding it.
            qCWarning(lcPayment).noquote() << "sell" << id << "attempt" << m_attempt << "left to reconciliation:"
                                           << result.error().toString();
            answer(encodeError(result.error(), id));
            return finish();
        }
        const QJsonObject r = result->toObject();
        if (r.contains(QLatin1String("error"))) {
            if (m_answer)
                answer(sellAnswer(r, m_order.request->holdId, id));
            return refuse({}, text(r, "error"));
        }
        m_ports.committed(r);
        m_ports.metrics->counter(QStringLiteral("marquee_sales_total"), QStringLiteral("Completed sales.")).increment();
        m_ports.metrics->counter(QStringLiteral("marquee_tickets_sold_total"), QStringLiteral("Tickets sold."))
            .increment(double(r.value(QLatin1String("tickets")).toArray().size()));
        if (m_answer)
            answer(encodeMessage(sellReplyFrom(r, m_order.request->holdId), id));
        audit(QStringLiteral("completed"), {{QStringLiteral("sale"), number(r, "sale")}});
        finish();
    });
}

// Checking (settling): what became of each charge that may hold money, by the terminal's own
// record: one whose outcome is not on record, and one on record as captured (a refund may have gone
// through while its record did not: the database was away).
void SellFlow::checkNext()
{
    const auto unsettled = [](const QJsonObject &intent) {
        const QString status = text(intent, "status");
        return status == QLatin1String("created") || status == QLatin1String("captured");
    };
    while (m_next < m_intents.size() && !unsettled(m_intents[m_next].toObject()))
        ++m_next;
    if (m_next == m_intents.size()) {
        bool allTaken = true;
        for (const QJsonValue &v : std::as_const(m_intents))
            allTaken = allTaken && text(v.toObject(), "status") == QLatin1String("captured");
        if (m_attemptState == QLatin1String("open") && allTaken) {
            // Never answered, every card paid: the customer gets the sale if the hold is still good.
            return commitSale();
        }
        return refuse({}, m_attemptState == QLatin1String("open") ? QStringLiteral("not_all_charged")
                                                                  : QStringLiteral("answered_refused"));
    }
    enter(State::Checking);
    const QString reference = text(m_intents[m_next].toObject(), "reference");
    m_terminalConnection = connect(m_ports.terminal, &PaymentTerminal::finished, this,
                                   [this, reference](const QString &ref, const PaymentOutcome &outcome) {
        if (ref == reference && outcome.operation == PaymentOutcome::Operation::Lookup)
            checked(ref, outcome);
    });
    m_ports.terminal->lookup(reference);
}

void SellFlow::checked(const QString &reference, const PaymentOutcome &outcome)
{
    disconnect(m_terminalConnection);
    qCInfo(lcPayment).noquote() << "reconciliation: charge" << reference << "is" << paymentStatusName(outcome.status)
                                << outcome.message;
    using Status = PaymentOutcome::Status;
    QJsonObject intent = m_intents[m_next].toObject();
    const bool captured = text(intent, "status") == QLatin1String("captured");
    if (outcome.status == Status::Approved && captured) {
        ++m_next;
        return checkNext();
    }
    if (outcome.status == Status::Approved)
        return capture(m_next, outcome.authorizationCode); // Capturing continues with checkNext()
    if (outcome.status == Status::Declined) {
        // Nothing is held: never taken, or given back already.
        const QByteArray status = captured ? QByteArrayLiteral("voided") : QByteArrayLiteral("not_charged");
        intent.insert(QStringLiteral("status"), QString::fromLatin1(status));
        m_intents[m_next] = intent;
        m_ports.database->call("payment_released", {QByteArray::number(number(intent, "intent")), status, "lookup"},
                               [this](Result<QJsonValue> recorded) {
            if (!recorded)
                return finish(); // the next round tries again
            ++m_next;
            checkNext();
        });
        return;
    }
    // The terminal is still deciding, or cannot be reached: the next round asks again.
    finish();
}

// Voiding: every charge the sale does not keep goes back to its card.
void SellFlow::voidNext()
{
    while (m_next < m_intents.size() && text(m_intents[m_next].toObject(), "status") != QLatin1String("captured"))
        ++m_next;
    if (m_next == m_intents.size())
        return finish();
    enter(State::Voiding);
    const QJsonObject intent = m_intents[m_next].toObject();
    const QString reference = text(intent, "reference");
    m_terminalConnection = connect(m_ports.terminal, &PaymentTerminal::finished, this,
                                   [this, reference](const QString &ref, const PaymentOutcome &outcome) {
        if (ref == reference && outcome.operation == PaymentOutcome::Operation::Refund)
            voided(ref, outcome);
    });
    m_ports.terminal->refund(reference, money(number(intent, "amount"), text(intent, "currency")));
}

void SellFlow::voided(const QString &reference, const PaymentOutcome &outcome)
{
    disconnect(m_terminalConnection);
    if (outcome.status != PaymentOutcome::Status::Approved) {
        // Still held: the attempt stays 'voiding', and the reconciler tries again when the lease ends.
        qCWarning(lcPayment).noquote() << "void of" << reference << paymentStatusName(outcome.status) << outcome.message
                                       << "- left to reconciliation";
        return finish();
    }
    const QJsonObject intent = m_intents[m_next].toObject();
    m_ports.database->call("payment_released", {QByteArray::number(number(intent, "intent")), "voided", "refund"},
                           [this](Result<QJsonValue>) {
        ++m_next;
        voidNext();
    });
}

// A refusal: answered at once (the cashier need not wait for the voids), then the attempt is
// marked failed and its charges go back.
void SellFlow::refuse(const QByteArray &frame, const QString &reason)
{
    if (!frame.isEmpty())
        answer(frame);
    if (m_attempt == 0)
        return finish();
    m_ports.database->call("payment_failed", {QByteArray::number(m_attempt), reason.toUtf8()}, [this, reason](Result<QJsonValue>) {
        if (m_done)
            audit(QStringLiteral("voided"), {{QStringLiteral("reason"), reason}});
        m_attemptState = QStringLiteral("voiding");
        m_next = 0;
        voidNext();
    });
}

void SellFlow::audit(const QString &outcome, const QJsonObject &details)
{
    if (m_done) // only reconciliation's decisions: the sell flow's own steps have their rows
        m_ports.database->call("payment_reconciled", {QByteArray::number(m_attempt), outcome.toUtf8(), json(details)},
                               [](Result<QJsonValue>) {});
}

void SellFlow::answer(const QByteArray &frame)
{
    if (const auto send = std::exchange(m_answer, {}))
        send(frame);
}

void SellFlow::progress(int stage, const QString &message)
{
    if (!m_order.socket || !m_order.request)
        return;
    PaymentProgressPush push;
    push.requestId = m_order.requestId;
    push.holdId = m_order.request->holdId;
    push.stage = PaymentStage(stage);
    push.message = message;
    m_ports.send(m_order.socket, encodeMessage(push));
}

void SellFlow::finish()
{
    enter(State::Done);
    disconnect(m_terminalConnection);
    if (m_ports.settling && m_attempt != 0)
        m_ports.settling->remove(m_attempt);
    if (const auto done = std::exchange(m_done, {}))
        done();
    deleteLater();
}

} // namespace Marquee
