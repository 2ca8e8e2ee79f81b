#include "kiosksale.h"

#include "serverconnection.h"

#include <QtCore/QJsonArray>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

namespace Marquee {

KioskSale::KioskSale(ServerConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_extend(new QTimer(this))
{
    m_extend->setInterval(15000);
    connect(m_extend, &QTimer::timeout, this, &KioskSale::extendIfDue);
    connect(m_connection, &ServerConnection::paymentProgress, this, [this](const PaymentProgressPush &progress) {
        if (m_state == State::Paying && progress.requestId == m_payRequest)
            Q_EMIT paymentProgress(progress.stage);
    });
}

KioskSale::~KioskSale() = default;

void KioskSale::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (state == State::Held)
        m_extend->start();
    else if (state == State::Idle || state == State::Sold)
        m_extend->stop();
    Q_EMIT stateChanged(state);
}

void KioskSale::start(const QString &showId)
{
    if (!m_holdId.isEmpty())
        releaseAll();
    clear();
    m_showId = showId;
}

void KioskSale::clear()
{
    ++m_generation;
    m_holdId.clear();
    m_held.clear();
    m_total = Money();
    m_expiresAt = QDateTime();
    m_payRequest.clear();
    m_sale = SellReply();
    setState(State::Idle);
}

void KioskSale::setTicketTypes(const QStringList &typeOrder, const QHash<QString, int> &counts)
{
    m_typeOrder = typeOrder;
    m_counts = counts;
}

int KioskSale::ticketCount() const
{
    int n = 0;
    for (int count : m_counts)
        n += count;
    return n;
}

QHash<QString, QString> KioskSale::seatTypes() const
{
    // The first seats get the first type (the default), and so on, in the order the seats were
    // chosen: one ticket of each requested type per seat.
    QHash<QString, QString> types;
    qsizetype seat = 0;
    for (const QString &type : m_typeOrder) {
        for (int i = 0; i < m_counts.value(type) && seat < m_held.size(); ++i)
            types.insert(m_held[seat++], type);
    }
    return types;
}

void KioskSale::holdSeats(const QStringList &seatIds)
{
    if (m_showId.isEmpty() || isBusy() || m_state == State::Sold)
        return;
    QStringList add, release;
    for (const QString &seat : seatIds) {
        if (!m_held.contains(seat))
            add.append(seat);
    }
    for (const QString &seat : std::as_const(m_held)) {
        if (!seatIds.contains(seat))
            release.append(seat);
    }
    if (add.isEmpty()) {
        if (!release.isEmpty())
            releaseSeats(release);
        return;
    }
    HoldRequest request;
    request.showId = m_showId;
    request.seatIds = add;
    if (!m_holdId.isEmpty())
        request.holdId = m_holdId;
    setState(State::Holding);
    const quint64 generation = m_generation;
    QPointer<KioskSale> self(this);
    m_connection->ask<HoldReply>(request, [this, self, generation, release, seatIds](const HoldReply *reply, const ErrorMessage *error) {
        if (!self || generation != m_generation)
            return;
        if (error) {
            setState(m_holdId.isEmpty() ? State::Idle : State::Held);
            refused(*error);
            return;
        }
        // In the customer's order, so that the types go to the seats as they were chosen.
        HoldReply ordered = *reply;
        QStringList seats;
        for (const QString &seat : seatIds) {
            if (reply->seatIds.contains(seat))
                seats.append(seat);
        }
        for (const QString &seat : reply->seatIds) {
            if (!seats.contains(seat))
                seats.append(seat);
        }
        ordered.seatIds = seats;
        holdAdded(ordered, release);
    }, 20000);
}

void KioskSale::holdAdded(const HoldReply &reply, const QStringList &release)
{
    applyHold(reply);
    setState(State::Held);
    if (!release.isEmpty())
        releaseSeats(release); // their types are sent once they are gone
    else
        sendTicketTypes();
    Q_EMIT holdChanged();
}

void KioskSale::applyHold(const HoldReply &reply)
{
    m_holdId = reply.holdId;
    m_held = reply.seatIds;
    m_total = reply.total;
    m_expiresAt = reply.expiresAt;
}

void KioskSale::releaseSeats(const QStringList &seatIds)
{
    if (m_holdId.isEmpty())
        return;
    ReleaseHoldRequest request;
    request.holdId = m_holdId;
    request.seatIds = seatIds;
    for (const QString &seat : seatIds)
        m_held.removeAll(seat);
    setState(State::Holding);
    const quint64 generation = m_generation;
    QPointer<KioskSale> self(this);
    m_connection->ask<ReleaseHoldReply>(request, [this, self, generation](const ReleaseHoldReply *reply, const ErrorMessage *error) {
        if (!self || generation != m_generation)
            return;
        if (error || reply->remainingSeatIds.isEmpty()) {
            const QString show = m_showId;
            clear();
            m_showId = show;
            Q_EMIT holdLost();
            return;
        }
        setState(State::Held);
        sendTicketTypes(); // answers the hold's new total
        Q_EMIT holdChanged();
    }, 20000);
}

void KioskSale::sendTicketTypes()
{
    if (m_holdId.isEmpty() || m_held.isEmpty() || m_typeOrder.isEmpty())
        return;
    const QHash<QString, QString> types = seatTypes();
    SetTicketTypesRequest request;
    request.holdId = m_holdId;
    bool allDefault = true;
    for (const QString &seat : std::as_const(m_held)) {
        const QString type = types.value(seat, m_typeOrder.constFirst());
        allDefault = allDefault && type == m_typeOrder.constFirst();
        request.seats.append({ seat, type });
    }
    if (allDefault)
        return; // a plain hold has the default type already; its total is right
    setState(State::Holding);
    const quint64 generation = m_generation;
    QPointer<KioskSale> self(this);
    m_connection->send(MessageType::SetTicketTypes, request.toJson(), [this, self, generation](const Result<AnyMessage> &reply) {
        if (!self || generation != m_generation)
            return;
        setState(m_holdId.isEmpty() ? State::Idle : State::Held);
        if (reply) {
            if (const auto *hold = std::get_if<HoldReply>(&*reply)) {
                m_total = hold->total;
                m_expiresAt = hold->expiresAt;
                Q_EMIT holdChanged();
                return;
            }
            if (const auto *error = std::get_if<ErrorMessage>(&*reply))
                refused(*error);
        }
    }, 20000);
}

void KioskSale::refused(const ErrorMessage &error)
{
    QStringList seats;
    const QJsonValue detail = error.details.value(QLatin1String("seats"));
    for (const QJsonValue &v : detail.toArray())
        seats.append(v.isObject() ? v.toObject().value(QLatin1String("seat")).toString() : v.toString());
    if (error.code == ErrorCode::HoldExpired || error.code == ErrorCode::HoldNotFound) {
        const QString show = m_showId;
        clear();
        m_showId = show;
        Q_EMIT holdLost();
    }
    Q_EMIT holdRefused(error.code, seats);
}

void KioskSale::extendIfDue()
{
    if (m_state != State::Held || m_holdId.isEmpty() || !m_expiresAt.isValid()
        || QDateTime::currentDateTimeUtc().secsTo(m_expiresAt) > 90)
        return;
    ExtendHoldRequest request;
    request.holdId = m_holdId;
    const quint64 generation = m_generation;
    QPointer<KioskSale> self(this);
    m_connection->ask<HoldReply>(request, [this, self, generation](const HoldReply *reply, const ErrorMessage *) {
        // Refused (the cap reached): the hold runs out as it would; paying says so.
        if (self && generation == m_generation && reply && reply->holdId == m_holdId)
            m_expiresAt = reply->expiresAt;
    }, 20000);
}

void KioskSale::releaseAll()
{
    if (!m_holdId.isEmpty()) {
        ReleaseHoldRequest request;
        request.holdId = m_holdId;
        // Nobody waits for the answer: the customer is gone. Queued while offline; the server's
        // short kiosk hold time covers the rest.
        m_connection->ask<ReleaseHoldReply>(request, [](const ReleaseHoldReply *, const ErrorMessage *) {}, 120000);
    }
    const QString show = m_showId;
    clear();
    m_showId = show;
}

void KioskSale::payByCard(const std::optional<QString> &customerEmail, const std::optional<QString> &language)
{
    if (m_state != State::Held || m_holdId.isEmpty() || m_held.isEmpty() || m_held.size() != ticketCount())
        return;
    SellRequest request;
    request.holdId = m_holdId;
    request.customerEmail = customerEmail;
    request.language = customerEmail ? language : std::nullopt;
    Payment card;
    card.method = PaymentMethod::Card;
    card.amount = m_total;
    request.payments = { card };
    setState(State::Paying);
    const quint64 generation = m_generation;
    QPointer<KioskSale> self(this);
    // Long enough for a card, short enough that a request lost with the network is not made
    // much later: once it timed out, the connection never sends it again.
    m_payRequest = m_connection->call<SellReply>(request, [this, self, generation](const Result<SellReply> &reply) {
        if (!self || generation != m_generation)
            return;
        m_payRequest.clear();
        if (!reply) {
            setState(State::Held);
            if (reply.error().code == ErrorCode::HoldExpired || reply.error().code == ErrorCode::HoldNotFound) {
                const QString show = m_showId;
                clear();
                m_showId = show;
                Q_EMIT holdLost();
            }
            Q_EMIT paymentFailed(reply.error().code, reply.error().message);
            return;
        }
        m_sale = *reply;
        m_holdId.clear();
        setState(State::Sold);
        Q_EMIT sold(*reply);
    }, 90000);
}

} // namespace Marquee
