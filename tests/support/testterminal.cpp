#include "testterminal.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDebug>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtWebSockets/QWebSocket>

#include <gtest/gtest.h>

namespace Marquee::Test {

Money eur(qint64 cents)
{
    return *Money::fromMinor(cents, u"EUR");
}

Payment cash(qint64 amount, qint64 tendered)
{
    Payment p;
    p.method = PaymentMethod::Cash;
    p.amount = eur(amount);
    p.tendered = eur(tendered);
    return p;
}

Payment card(qint64 amount)
{
    Payment p;
    p.method = PaymentMethod::Card;
    p.amount = eur(amount);
    return p;
}

ErrorCode errorOf(const std::optional<AnyMessage> &reply)
{
    if (!reply)
        return ErrorCode::Internal;
    if (const auto *e = std::get_if<ErrorMessage>(&*reply))
        return e->code;
    return ErrorCode(-1);
}

std::optional<ErrorMessage> errorIn(const std::optional<AnyMessage> &reply)
{
    if (!reply)
        return ErrorMessage { ErrorCode::Internal, QStringLiteral("no reply in time"), {}, {} };
    if (const auto *error = std::get_if<ErrorMessage>(&*reply))
        return *error;
    return std::nullopt;
}

HoldRequest holdOf(const QString &show, const QStringList &seats, std::optional<QString> holdId)
{
    HoldRequest r;
    r.showId = show;
    r.seatIds = seats;
    r.holdId = std::move(holdId);
    return r;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

TestTerminal::TestTerminal(QString terminalId, QObject *parent)
    : QObject(parent)
    , m_terminalId(std::move(terminalId))
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &TestTerminal::onText);
    connect(m_socket, &QWebSocket::disconnected, this, &TestTerminal::disconnected);
}

TestTerminal::~TestTerminal() = default;

QString TestTerminal::nextId()
{
    // Unique in the process, also for two terminals that share a terminal id one after the other
    // (a restarted box office): request ids are idempotency keys.
    static qint64 sequence = 0;
    ++m_counter;
    return m_terminalId + u'-' + QString::number(++sequence);
}

bool TestTerminal::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(deadline.remainingTime(), 20), &loop, &QEventLoop::quit);
        connect(m_socket, &QWebSocket::textMessageReceived, &loop, &QEventLoop::quit);
        connect(m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
        connect(m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool TestTerminal::open(const QUrl &url, int timeoutMs, bool sayHello)
{
    m_socket->open(url);
    if (!waitFor([this] { return m_socket->state() == QAbstractSocket::ConnectedState; }, timeoutMs))
        return false;
    if (!sayHello)
        return true;
    HelloRequest hello;
    hello.clientName = QStringLiteral("marquee-test");
    hello.clientVersion = QStringLiteral("1");
    hello.terminalId = m_terminalId;
    return bool(call<HelloReply>(hello));
}

void TestTerminal::trustCertificate(const QByteArray &pem)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(pem, QSsl::Pem));
    m_socket->setSslConfiguration(tls);
}

void TestTerminal::close()
{
    m_socket->close();
    waitFor([this] { return m_socket->state() == QAbstractSocket::UnconnectedState; }, 5000);
}

bool TestTerminal::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QString TestTerminal::closeReason() const
{
    return m_socket->closeReason();
}

void TestTerminal::sendText(const QString &text)
{
    m_socket->sendTextMessage(text);
}

std::optional<AnyMessage> TestTerminal::waitReply(const QString &id, int timeoutMs)
{
    // A closed connection gets no more replies: said at once, with the server's reason (an idle
    // close after idle-timeout, a shutdown), rather than after the whole wait.
    waitFor([this, &id] { return m_replies.contains(id) || m_socket->state() == QAbstractSocket::UnconnectedState; },
            timeoutMs);
    if (!m_replies.contains(id) && m_socket->state() == QAbstractSocket::UnconnectedState) {
        qWarning().noquote() << "TestTerminal" << m_terminalId << ": no reply to" << id << "- the connection is closed (code"
                             << m_socket->closeCode() << "reason" << m_socket->closeReason() << ")";
    }
    return takeReply(id);
}

std::optional<AnyMessage> TestTerminal::takeReply(const QString &id)
{
    const auto it = m_replies.find(id);
    if (it == m_replies.end())
        return std::nullopt;
    AnyMessage message = *it;
    m_replies.erase(it);
    return message;
}

Status TestTerminal::signIn(const QString &user, const QString &password)
{
    SignInRequest request;
    request.user = user;
    request.password = password;
    auto session = call<SessionReply>(request);
    if (!session)
        return session.error();
    m_token = session->token;
    return {};
}

SeatStatus TestTerminal::status(const QString &showId, const QString &seatId) const
{
    return m_seats.value(showId).value(seatId).status;
}

QStringList TestTerminal::subscribeToFreeSeats(int minFree, QString *show)
{
    show->clear();
    const auto shows = call<ListShowsReply>(ListShowsRequest{});
    if (!shows)
        return {};
    for (const Show &s : std::as_const(shows->shows)) {
        if (s.status == ShowStatus::OnSale && s.free >= minFree) {
            *show = s.id;
            break;
        }
    }
    if (show->isEmpty() || !call<SubscribeReply>(SubscribeRequest{*show, std::nullopt})
        || !waitFor([&] { return !seats(*show).isEmpty(); }))
        return {};
    QStringList free;
    for (const SeatState &seat : m_seats.value(*show)) {
        if (seat.status == SeatStatus::Available)
            free.append(seat.seatId);
    }
    free.sort();
    return free;
}

void TestTerminal::onText(const QString &text)
{
    JsonLimits limits = serverFrameLimits();
    QString requestId;
    auto decoded = decodeMessage(text.toUtf8(), limits, &requestId);
    if (!decoded) {
        // The server must never send what its own protocol cannot read: a client would drop it.
        m_undecodable.append(text);
        if (!m_undecodableAllowed) {
            ADD_FAILURE() << "terminal " << m_terminalId.toStdString() << " got a frame that does not decode ("
                          << decoded.error().toString().toStdString() << "): " << text.left(2000).toStdString();
        }
        // Answer the waiting request at once rather than let it time out.
        if (!requestId.isEmpty()) {
            ErrorMessage error;
            error.code = ErrorCode::Internal;
            error.message = QStringLiteral("undecodable reply: ") + decoded.error().toString();
            error.where = decoded.error().where;
            m_replies.insert(requestId, error);
        }
        return;
    }
    const Message &message = *decoded;
    if (const auto *snapshot = std::get_if<SnapshotPush>(&message.body)) {
        auto &seats = m_seats[snapshot->showId];
        seats.clear();
        for (const SeatState &s : snapshot->seats)
            seats.insert(s.seatId, s);
        m_versions[snapshot->showId] = snapshot->version;
        m_layoutVersions[snapshot->showId] = snapshot->layoutVersion.value_or(-1);
        ++m_snapshots;
        Q_EMIT pushed();
        return;
    }
    if (const auto *delta = std::get_if<DeltaPush>(&message.body)) {
        const qint64 have = m_versions.value(delta->showId, -1);
        if (delta->toVersion <= have)
            return; // already applied
        if (delta->fromVersion != have) {
            ++m_gaps; // a real client resubscribes with its last version here
            return;
        }
        auto &seats = m_seats[delta->showId];
        for (const SeatState &s : delta->changes)
            seats.insert(s.seatId, s);
        m_versions[delta->showId] = delta->toVersion;
        ++m_deltas;
        Q_EMIT pushed();
        return;
    }
    if (const auto *notice = std::get_if<NoticePush>(&message.body)) {
        m_notices.append(*notice);
        Q_EMIT pushed();
        return;
    }
    if (const auto *changed = std::get_if<ShowsChangedPush>(&message.body)) {
        m_showsChanged.append(*changed);
        Q_EMIT pushed();
        return;
    }
    if (const auto *progress = std::get_if<PaymentProgressPush>(&message.body)) {
        m_progress.append(*progress);
        return;
    }
    if (const auto *admissions = std::get_if<AdmissionsPush>(&message.body)) {
        m_admissions.append(*admissions);
        Q_EMIT pushed();
        return;
    }
    if (!message.id.isEmpty())
        m_replies.insert(message.id, message.body);
    else
        m_replies.insert(QStringLiteral("(no id)"), message.body);
}

} // namespace Marquee::Test
