#include "loadterminal.h"

#include "serverconnection.h"

#include <QtCore/QDateTime>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

namespace Marquee::Test {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString describe(const Result<AnyMessage> &reply)
{
    if (!reply)
        return reply.error().toString();
    if (const auto *error = std::get_if<ErrorMessage>(&*reply))
        return error->toError().toString();
    return QStringLiteral("an unexpected reply");
}

} // namespace

LoadTerminal::LoadTerminal(QString terminalId, QString user, QString password, QString showId, QStringList seats,
                           QObject *parent)
    : QObject(parent)
    , m_connection(new ServerConnection(std::move(terminalId), this))
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_showId(std::move(showId))
    , m_seats(std::move(seats))
{
    connect(m_connection, &ServerConnection::stateChanged, this, [this](ServerConnection::State state) {
        if (state == ServerConnection::State::Connected) {
            if (m_lostAtMs > 0)
                m_longestOutageMs = std::max(m_longestOutageMs, nowMs() - m_lostAtMs);
            m_lostAtMs = 0;
        } else if (m_lostAtMs == 0 && m_connection->isSignedIn()) {
            m_lostAtMs = nowMs();
            ++m_outages;
        }
    });
    connect(m_connection, &ServerConnection::noticeReceived, this,
            [this](const NoticePush &notice) { ++m_notices[int(notice.kind)]; });
    connect(m_connection, &ServerConnection::sessionLost, this,
            [this](const Error &error) { m_unexpected.append(QStringLiteral("session lost: ") + error.toString()); });
}

LoadTerminal::~LoadTerminal() = default;

void LoadTerminal::open(const QUrl &url)
{
    m_connection->open(url);
    m_connection->signIn(m_user, m_password, [this](const Result<SessionReply> &session) {
        if (!session) {
            m_unexpected.append(QStringLiteral("sign-in refused: ") + session.error().toString());
            return;
        }
        m_connection->watch(m_showId);
    });
}

bool LoadTerminal::isSignedIn() const
{
    return m_connection->isSignedIn();
}

bool LoadTerminal::isConnected() const
{
    return m_connection->state() == ServerConnection::State::Connected;
}

void LoadTerminal::run()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_busy)
        nextHold();
}

void LoadTerminal::stop()
{
    m_running = false;
}

void LoadTerminal::later(const std::function<void()> &step, int ms)
{
    QTimer::singleShot(ms, this, step);
}

void LoadTerminal::nextHold()
{
    const int count = m_round % 3 == 2 ? 2 : 1;
    if (!m_running || m_next + count > m_seats.size()) {
        m_busy = false;
        m_running = false;
        return;
    }
    m_busy = true;
    HoldRequest request;
    request.showId = m_showId;
    request.seatIds = m_seats.mid(m_next, count);
    m_next += count;
    hold(QString(), request);
}

void LoadTerminal::hold(const QString &id, const HoldRequest &request)
{
    auto answered = [this, request](const QString &sentAs, const Result<AnyMessage> &reply) {
        ++m_done;
        if (retried(reply, [this, sentAs, request] { hold(sentAs, request); }))
            return;
        const auto *held = reply ? std::get_if<HoldReply>(&*reply) : nullptr;
        if (!held) {
            unexpected(QStringLiteral("hold of %1").arg(request.seatIds.join(u',')), reply);
            later([this] { nextHold(); }, m_pauseMs);
            return;
        }
        QStringList asked = request.seatIds, got = held->seatIds;
        asked.sort();
        got.sort();
        if (got != asked || m_holds.contains(held->holdId))
            m_unexpected.append(QStringLiteral("hold of %1 answered with hold %2 of %3")
                                    .arg(request.seatIds.join(u','), held->holdId, held->seatIds.join(u',')));
        m_holds.insert(held->holdId, held->seatIds);
        const bool keepOpen = m_round++ % 4 == 3;
        if (keepOpen) {
            m_openHolds.insert(held->holdId, held->seatIds);
            later([this] { nextHold(); }, m_pauseMs);
            return;
        }
        SellRequest sell;
        sell.holdId = held->holdId;
        Payment payment;
        payment.method = m_salesMade++ % 3 == 2 ? PaymentMethod::Card : PaymentMethod::Cash;
        payment.amount = held->total;
        if (payment.method == PaymentMethod::Cash)
            payment.tendered = held->total;
        sell.payments = {payment};
        this->sell(QString(), sell, held->seatIds);
    };
    if (id.isEmpty()) {
        auto sentAs = std::make_shared<QString>();
        *sentAs = m_connection->send(MessageType::Hold, request.toJson(),
                                     [answered, sentAs](const Result<AnyMessage> &reply) { answered(*sentAs, reply); });
    } else {
        m_connection->sendAgain(id, MessageType::Hold, request.toJson(),
                                [answered, id](const Result<AnyMessage> &reply) { answered(id, reply); });
    }
}

void LoadTerminal::sell(const QString &id, const SellRequest &request, const QStringList &seats)
{
    auto answered = [this, request, seats](const QString &sentAs, const Result<AnyMessage> &reply) {
        ++m_done;
        if (retried(reply, [this, sentAs, request, seats] { sell(sentAs, request, seats); }))
            return;
        const auto *sold = reply ? std::get_if<SellReply>(&*reply) : nullptr;
        if (!sold) {
            unexpected(QStringLiteral("sale of hold %1 (%2)").arg(request.holdId, seats.join(u',')), reply);
        } else {
            if (sold->holdId != request.holdId || sold->tickets.size() != seats.size() || m_sales.contains(sold->saleId))
                m_unexpected.append(QStringLiteral("sale of hold %1 answered with sale %2 of hold %3, %4 tickets")
                                        .arg(request.holdId, sold->saleId, sold->holdId)
                                        .arg(sold->tickets.size()));
            m_sales.insert(sold->saleId, seats);
            if (!request.payments.isEmpty() && request.payments.constFirst().method == PaymentMethod::Card)
                m_cardSales.insert(sold->saleId);
        }
        later([this] { nextHold(); }, m_pauseMs);
    };
    if (id.isEmpty()) {
        auto sentAs = std::make_shared<QString>();
        *sentAs = m_connection->send(MessageType::Sell, request.toJson(),
                                     [answered, sentAs](const Result<AnyMessage> &reply) { answered(*sentAs, reply); },
                                     60000);
    } else {
        m_connection->sendAgain(id, MessageType::Sell, request.toJson(),
                                [answered, id](const Result<AnyMessage> &reply) { answered(id, reply); }, 60000);
    }
}

bool LoadTerminal::retried(const Result<AnyMessage> &reply, const std::function<void()> &again)
{
    ErrorCode code;
    if (!reply) {
        code = reply.error().code;
    } else if (const auto *error = std::get_if<ErrorMessage>(&*reply)) {
        code = error->code;
    } else {
        return false;
    }
    m_errors[errorCodeName(code)] += 1;
    // PAYMENT_TIMEOUT with retryAfterSeconds: an earlier attempt of this sale is still in a
    // (dead) server's hands; the retry under the same id settles it once that time is up.
    const auto *error = reply ? std::get_if<ErrorMessage>(&*reply) : nullptr;
    const qint64 after = error ? error->details.value(QStringLiteral("retryAfterSeconds")).toInteger() : 0;
    if (code == ErrorCode::PaymentTimeout && after > 0) {
        later(again, int(after * 1000));
        return true;
    }
    if (code != ErrorCode::ServiceDegraded && code != ErrorCode::RateLimited)
        return false;
    later(again, 500);
    return true;
}

void LoadTerminal::unexpected(const QString &what, const Result<AnyMessage> &reply)
{
    m_unexpected.append(what + QStringLiteral(": ") + describe(reply));
}

} // namespace Marquee::Test
