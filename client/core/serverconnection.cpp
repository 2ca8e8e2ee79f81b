#include "serverconnection.h"

#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

namespace Marquee {

namespace {

Q_LOGGING_CATEGORY(lcConnection, "marquee.client.connection", QtInfoMsg)

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr int signInAnswerMs = 30000; // a sent sign-in gets its answer within this

// Why an attempt to connect failed, in words a cashier can pass on to the IT person.
QString describeSocketError(QAbstractSocket::SocketError error, const QString &fallback)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return ServerConnection::tr("connection refused");
    case QAbstractSocket::HostNotFoundError:
        return ServerConnection::tr("host not found");
    case QAbstractSocket::SocketTimeoutError:
        return ServerConnection::tr("no answer");
    case QAbstractSocket::NetworkError:
        return ServerConnection::tr("network unreachable");
    case QAbstractSocket::SslHandshakeFailedError:
        return ServerConnection::tr("secure connection failed");
    case QAbstractSocket::RemoteHostClosedError:
        return ServerConnection::tr("the server closed the connection");
    default:
        return fallback.isEmpty() ? ServerConnection::tr("connection failed") : fallback;
    }
}

} // namespace

ServerConnection::ServerConnection(QString terminalId, QObject *parent)
    : QObject(parent)
    , m_terminalId(std::move(terminalId))
    , m_socket(new QWebSocket(QStringLiteral("marquee"), QWebSocketProtocol::VersionLatest, this))
    , m_reconnectTimer(new QTimer(this))
    , m_keepAlive(new QTimer(this))
{
    m_socket->setMaxAllowedIncomingMessageSize(quint64(serverFrameLimits().maxBytes));
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_wanted)
            attempt();
    });
    connect(m_socket, &QWebSocket::connected, this, &ServerConnection::connected);
    connect(m_socket, &QWebSocket::disconnected, this, &ServerConnection::disconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ServerConnection::onText);
    connect(m_keepAlive, &QTimer::timeout, this, [this] {
        checkTimeouts();
        if (!m_socketUp && m_attemptMs > 0 && nowMs() - m_attemptMs > m_deadAfterMs) {
            // An attempt that neither connects nor fails: a server that takes the connection and
            // then says nothing (stalled, or a proxy whose server is gone). Given up after as long
            // as a silent connection, and tried again.
            qCInfo(lcConnection) << "no answer to the connection attempt for" << nowMs() - m_attemptMs << "ms: trying again";
            m_attemptMs = 0;
            m_socket->abort();
            if (m_wanted && !m_reconnectTimer->isActive())
                disconnected(); // abort() of a socket that never connected says nothing
            return;
        }
        if (!m_ready)
            return;
        const qint64 silent = nowMs() - m_lastFrameMs;
        if (silent > m_deadAfterMs) {
            qCInfo(lcConnection) << "no answer from the server for" << silent << "ms: reconnecting";
            dropConnection();
        } else if (silent > m_pingAfterMs) {
            send(MessageType::Ping, {}, [](const Result<AnyMessage> &) {}, m_deadAfterMs);
        }
    });
    m_keepAlive->start(1000);
}

ServerConnection::~ServerConnection()
{
    m_wanted = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

QString ServerConnection::nextId()
{
    // Request ids are idempotency keys: unique per user for a day, also across restarts of this
    // terminal. The prefix is fixed per connection object: its start time and a random part (two
    // starts within one second must not reuse ids).
    if (m_idPrefix.isEmpty()) {
        m_idPrefix = m_terminalId.left(40) + u':' + QString::number(QDateTime::currentSecsSinceEpoch(), 36) + u'.'
            + QString::number(QRandomGenerator::global()->bounded(36 * 36 * 36 * 36), 36) + u'.';
    }
    return m_idPrefix + QString::number(++m_counter);
}

void ServerConnection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ServerConnection::open(const QUrl &url)
{
    // Whatever the old socket was doing ends quietly.
    m_wanted = false;
    m_socket->abort();
    m_reconnectTimer->stop();
    m_lastError.clear();
    m_url = url;
    m_wanted = true;
    m_attempt = 0;
    setState(State::Connecting);
    attempt();
}

void ServerConnection::attempt()
{
    m_attemptMs = nowMs();
    m_socket->open(m_url);
}

void ServerConnection::close()
{
    m_wanted = false;
    m_reconnectTimer->stop();
    m_socket->close();
    setState(State::Offline);
}

void ServerConnection::dropConnection()
{
    m_socket->abort();
}

int ServerConnection::msUntilNextAttempt() const
{
    return m_reconnectTimer->isActive() ? m_reconnectTimer->remainingTime() : -1;
}

void ServerConnection::retryNow()
{
    if (!m_wanted || m_state == State::Connected || !m_reconnectTimer->isActive())
        return;
    m_reconnectTimer->stop();
    m_attempt = 0;
    attempt();
}

void ServerConnection::connected()
{
    m_ready = false;
    m_socketUp = true;
    m_attemptMs = 0;
    m_lastFrameMs = nowMs();
    HelloRequest hello;
    hello.clientName = QStringLiteral("marquee-client");
    hello.clientVersion = QStringLiteral("1");
    hello.terminalId = m_terminalId;
    // The handshake goes first, past the queue of waiting requests.
    const QString id = nextId();
    m_socket->sendTextMessage(QString::fromUtf8(encodeMessage(hello, id)));
    m_pending.insert(id, Pending{{}, [this](const Result<AnyMessage> &reply) {
                                     if (!reply) {
                                         dropConnection();
                                         return;
                                     }
                                     if (m_token.isEmpty()) {
                                         afterHandshake();
                                         return;
                                     }
                                     ResumeRequest resume;
                                     resume.token = m_token;
                                     if (!m_drawer)
                                         resume.drawer = false;
                                     const QString resumeId = nextId();
                                     m_socket->sendTextMessage(QString::fromUtf8(encodeMessage(resume, resumeId)));
                                     m_pending.insert(resumeId, Pending{{}, [this](const Result<AnyMessage> &resumed) {
                                                                            const auto *session = resumed ? std::get_if<SessionReply>(&*resumed) : nullptr;
                                                                            if (session) {
                                                                                m_session = *session;
                                                                                Q_EMIT this->resumed(*session);
                                                                            } else if (resumed) {
                                                                                const auto *error = std::get_if<ErrorMessage>(&*resumed);
                                                                                m_token.clear();
                                                                                Q_EMIT sessionLost(error ? error->toError() : makeError(ErrorCode::TokenInvalid, {}));
                                                                            }
                                                                            afterHandshake();
                                                                        },
                                                                        nowMs() + 15000, true});
                                 },
                                 nowMs() + 15000, true});
}

void ServerConnection::afterHandshake()
{
    m_ready = true;
    m_attempt = 0;
    m_lastError.clear();
    setState(State::Connected);
    if (isSignedIn())
        restoreWatches();
    flushPending();
}

void ServerConnection::disconnected()
{
    m_ready = false;
    m_serverLeaving = false;
    m_attemptMs = 0;
    m_lastError = m_socketUp ? tr("the connection was lost") : describeSocketError(m_socket->error(), m_socket->errorString());
    m_socketUp = false;
    // Handshake requests die with the socket; the others wait to be sent again.
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->frame.isEmpty()) {
            it = m_pending.erase(it);
        } else {
            it->sent = false;
            ++it;
        }
    }
    if (!m_wanted) {
        m_lastError.clear();
        setState(State::Offline);
        return;
    }
    scheduleReconnect();
    qCInfo(lcConnection).noquote() << "cannot reach" << m_url.toString() << ":" << m_lastError;
    Q_EMIT connectionFailed(m_lastError);
}

void ServerConnection::scheduleReconnect()
{
    setState(m_attempt < 3 ? State::Reconnecting : State::Offline);
    // 0.25 s, 0.5 s, 1 s, 2 s ... up to 10 s, with jitter so that a room of terminals does not
    // come back in lock step after a server restart.
    const int base = std::min(10000, 250 << std::min(m_attempt, 6));
    const int delay = base / 2 + int(QRandomGenerator::global()->bounded(base / 2 + 1));
    ++m_attempt;
    qCInfo(lcConnection) << "reconnecting in" << delay << "ms";
    m_reconnectTimer->start(delay);
}

QString ServerConnection::send(MessageType type, const QJsonObject &body, Handler done, int timeoutMs)
{
    const QString id = nextId();
    enqueue(id, type, body, std::move(done), timeoutMs);
    return id;
}

void ServerConnection::sendAgain(const QString &id, MessageType type, const QJsonObject &body, Handler done, int timeoutMs)
{
    if (m_pending.contains(id)) { // still waiting for its answer: one request per id
        QTimer::singleShot(0, this, [done = std::move(done)] {
            if (done)
                done(makeError(ErrorCode::Internal, QStringLiteral("this request is still waiting for its answer")));
        });
        return;
    }
    enqueue(id, type, body, std::move(done), timeoutMs);
}

void ServerConnection::setKeepAlive(int pingAfterMs, int deadAfterMs)
{
    m_pingAfterMs = pingAfterMs;
    m_deadAfterMs = deadAfterMs;
}

void ServerConnection::enqueue(const QString &id, MessageType type, const QJsonObject &body, Handler done, int timeoutMs)
{
    QByteArray frame = encode(Envelope{ProtocolVersion, type, id, body});
    // Every request passes the server's own validation before it leaves: a malformed frame is a
    // bug of this terminal, answered here at once, and never reaches the server.
    if (auto valid = decodeMessage(frame, clientFrameLimits()); !valid) {
        const Error error = valid.error();
        qCWarning(lcConnection).noquote() << "not sending an invalid" << messageTypeName(type) << "request:" << error.toString();
        QTimer::singleShot(0, this, [done = std::move(done), error] {
            if (done)
                done(makeError(ErrorCode::Internal, tr("This terminal made an invalid request (%1); nothing was sent.")
                                                        .arg(error.toString())));
        });
        return;
    }
    Pending pending{std::move(frame), std::move(done), nowMs() + timeoutMs, false, type, 0};
    m_pending.insert(id, pending);
    m_order.append(id);
    if (mayBeSent(pending))
        sendRaw(id, m_pending[id]);
}

bool ServerConnection::mayBeSent(const Pending &pending) const
{
    return m_ready && (isSignedIn() || pending.type == MessageType::SignIn || pending.type == MessageType::Ping);
}

void ServerConnection::sendRaw(const QString &id, Pending &pending)
{
    Q_UNUSED(id);
    pending.sent = true;
    if (pending.timeoutAfterSendMs > 0)
        pending.deadlineMs = nowMs() + pending.timeoutAfterSendMs;
    m_socket->sendTextMessage(QString::fromUtf8(pending.frame));
}

void ServerConnection::flushPending()
{
    QStringList order;
    for (const QString &id : std::as_const(m_order)) {
        auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;
        order.append(id);
        // Requests made before a sign-in wait for it (the server would refuse them).
        if (!it->sent && !it->frame.isEmpty() && mayBeSent(*it))
            sendRaw(id, *it);
    }
    m_order = order;
}

void ServerConnection::checkTimeouts()
{
    const qint64 now = nowMs();
    QStringList expired;
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        if (it->timeoutAfterSendMs > 0 && !it->sent)
            continue; // waits for the server
        if (it->deadlineMs < now)
            expired.append(it.key());
    }
    for (const QString &id : expired) {
        const bool handshake = m_pending.value(id).frame.isEmpty();
        finish(id, makeError(ErrorCode::ServiceDegraded, tr("The server did not answer in time.")));
        if (handshake)
            dropConnection();
    }
}

void ServerConnection::finish(const QString &id, const Result<AnyMessage> &reply)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Handler done = std::move(it->done);
    m_pending.erase(it);
    m_order.removeOne(id);
    // A new password ends the user's other sessions; this one goes on with the token of the reply,
    // so that a reconnect resumes with it (the old token no longer resumes).
    if (const auto *changed = reply ? std::get_if<ChangePasswordReply>(&*reply) : nullptr; changed && changed->token) {
        m_token = *changed->token;
        m_session.token = *changed->token;
        if (changed->expiresAt)
            m_session.expiresAt = *changed->expiresAt;
    }
    if (done)
        done(reply);
}

void ServerConnection::signIn(const QString &user, const QString &password, const std::optional<Money> &openingFloat,
                              std::function<void(const Result<SessionReply> &)> done)
{
    SignInRequest request;
    request.user = user;
    request.password = password;
    request.openingFloat = m_drawer ? openingFloat : std::nullopt;
    if (!m_drawer)
        request.drawer = false;
    m_signingInAs = user;
    const QString id = send(MessageType::SignIn, request.toJson(), [this, done = std::move(done)](const Result<AnyMessage> &reply) {
        m_signingInAs.clear();
        Result<SessionReply> session = makeError(ErrorCode::Internal, QStringLiteral("unexpected reply"));
        if (!reply)
            session = reply.error();
        else if (const auto *r = std::get_if<SessionReply>(&*reply))
            session = *r;
        else if (const auto *e = std::get_if<ErrorMessage>(&*reply))
            session = e->toError();
        m_signInRefusal = ErrorMessage();
        if (const auto *e = reply ? std::get_if<ErrorMessage>(&*reply) : nullptr)
            m_signInRefusal = *e;
        if (session) {
            m_token = session->token;
            m_session = *session;
            restoreWatches();
            flushPending();
            Q_EMIT signedIn(*session);
        }
        done(session);
    });
    // Sent at once when connected; otherwise when the server is back.
    auto it = m_pending.find(id);
    if (it != m_pending.end()) {
        it->timeoutAfterSendMs = signInAnswerMs;
        if (it->sent)
            it->deadlineMs = nowMs() + signInAnswerMs;
    }
}

void ServerConnection::signOut()
{
    if (m_ready)
        send(MessageType::SignOut, {}, [](const Result<AnyMessage> &) {});
    m_token.clear();
    m_session = SessionReply();
}

void ServerConnection::watch(const QString &showId)
{
    if (m_shows.contains(showId))
        return;
    LiveShow show;
    show.showId = showId;
    m_shows.insert(showId, show);
    if (m_ready && isSignedIn())
        subscribe(showId);
}

void ServerConnection::unwatch(const QString &showId)
{
    if (!m_shows.remove(showId))
        return;
    if (m_ready && isSignedIn()) {
        UnsubscribeRequest request;
        request.showId = showId;
        send(MessageType::Unsubscribe, request.toJson(), [](const Result<AnyMessage> &) {});
    }
}

const LiveShow *ServerConnection::show(const QString &showId) const
{
    const auto it = m_shows.constFind(showId);
    return it == m_shows.constEnd() ? nullptr : &*it;
}

void ServerConnection::watchShows()
{
    if (m_watchShows)
        return;
    m_watchShows = true;
    if (m_ready && isSignedIn())
        restoreWatches();
}

void ServerConnection::restoreWatches()
{
    for (auto it = m_shows.constBegin(); it != m_shows.constEnd(); ++it)
        subscribe(it.key());
    if (!m_watchShows)
        return;
    // Straight to the socket, like a subscription: state to restore, not a request to replay.
    const QString id = nextId();
    m_pending.insert(id, Pending{{}, [](const Result<AnyMessage> &) {}, nowMs() + 30000, true});
    m_socket->sendTextMessage(QString::fromUtf8(encodeMessage(WatchShowsRequest{}, id)));
}

void ServerConnection::subscribe(const QString &showId)
{
    SubscribeRequest request;
    request.showId = showId;
    const qint64 version = m_shows.value(showId).version;
    if (version >= 0)
        request.lastVersion = version;
    // Straight to the socket: a subscription is state to restore, not a request to replay.
    const QString id = nextId();
    m_pending.insert(id, Pending{{}, [this, showId](const Result<AnyMessage> &reply) {
                                     const auto *subscribed = reply ? std::get_if<SubscribeReply>(&*reply) : nullptr;
                                     // Resumed with deltas: the map is current again once they
                                     // are applied (they follow this reply); a snapshot resets
                                     // it by itself.
                                     if (subscribed && subscribed->resync == ResyncMode::Deltas && m_shows.contains(showId))
                                         Q_EMIT showReset(showId);
                                 },
                                 nowMs() + 30000, true});
    m_socket->sendTextMessage(QString::fromUtf8(encodeMessage(request, id)));
}

void ServerConnection::onText(const QString &text)
{
    m_lastFrameMs = nowMs();
    QString requestId;
    auto decoded = decodeMessage(text.toUtf8(), serverFrameLimits(), &requestId);
    if (!decoded) {
        qCWarning(lcConnection).noquote() << "undecodable frame from the server:" << decoded.error().toString();
        Q_EMIT undecodableFrame(text, decoded.error());
        // The answer to a request that cannot be read ends that request now, saying so, rather
        // than as a time-out much later (a retry would only get the same answer again).
        if (!requestId.isEmpty() && m_pending.contains(requestId)) {
            finish(requestId, makeError(ErrorCode::Internal,
                                        tr("The server's answer could not be read: %1").arg(decoded.error().toString())));
        }
        return;
    }
    Message &message = *decoded;
    if (auto *snapshot = std::get_if<SnapshotPush>(&message.body)) {
        auto it = m_shows.find(snapshot->showId);
        if (it == m_shows.end())
            return;
        it->seats.clear();
        for (const SeatState &s : std::as_const(snapshot->seats))
            it->seats.insert(s.seatId, s);
        it->version = snapshot->version;
        it->layoutVersion = snapshot->layoutVersion.value_or(0);
        Q_EMIT showReset(snapshot->showId);
        return;
    }
    if (auto *delta = std::get_if<DeltaPush>(&message.body)) {
        auto it = m_shows.find(delta->showId);
        if (it == m_shows.end() || delta->toVersion <= it->version)
            return;
        if (delta->fromVersion != it->version) {
            // A gap: ask for what is missing (deltas, or a snapshot when too old).
            qCInfo(lcConnection) << "gap in show" << delta->showId << "at" << it->version << ": resyncing";
            subscribe(delta->showId);
            return;
        }
        for (const SeatState &s : std::as_const(delta->changes))
            it->seats.insert(s.seatId, s);
        it->version = delta->toVersion;
        Q_EMIT seatsChanged(delta->showId, delta->changes);
        return;
    }
    if (const auto *changed = std::get_if<ShowsChangedPush>(&message.body)) {
        Q_EMIT showsChanged(*changed);
        return;
    }
    if (const auto *notice = std::get_if<NoticePush>(&message.body)) {
        if (notice->kind == NoticeKind::ShuttingDown)
            m_serverLeaving = true;
        Q_EMIT noticeReceived(*notice);
        return;
    }
    if (const auto *progress = std::get_if<PaymentProgressPush>(&message.body)) {
        Q_EMIT paymentProgress(*progress);
        return;
    }
    if (const auto *admissions = std::get_if<AdmissionsPush>(&message.body)) {
        Q_EMIT admissionsChanged(*admissions);
        return;
    }
    if (!message.id.isEmpty()) {
        // A server that is shutting down refuses new work (SERVICE_DEGRADED) while it finishes
        // what it has, then closes. The request waits for the connection to the next server
        // (behind a load balancer another process, else this one restarted) and goes again
        // under its id there: a rolling restart costs the cashier a moment, not an error.
        const auto *error = std::get_if<ErrorMessage>(&message.body);
        if (m_serverLeaving && error && error->code == ErrorCode::ServiceDegraded) {
            if (auto it = m_pending.find(message.id); it != m_pending.end() && !it->frame.isEmpty()) {
                it->sent = false;
                return;
            }
        }
        finish(message.id, message.body);
    }
}

} // namespace Marquee
