#include "syncserver.h"

#include "auth.h"
#include "database.h"
#include "firstadmin.h"
#include "httpendpoint.h"
#include "logging.h"
#include "metrics.h"
#include "outboxpublisher.h"
#include "paymentterminal.h"
#include "pgconnection.h"
#include "pgpool.h"
#include "protocol.h"
#include "schema.h"
#include "seatgroups.h"
#include "sellflow.h"
#include "serversession.h"
#include "showcache.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSysInfo>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#include <QtWebSockets/QWebSocket>
#include <QtWebSockets/QWebSocketCorsAuthenticator>
#include <QtWebSockets/QWebSocketServer>

#include <utility>

namespace Marquee {

namespace {

constexpr qint64 hardFrameLimit = 1024 * 1024; // beyond this the socket is closed (1009)

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A monotonic clock in ns, for the push latency (ms of the wall clock are too coarse for it).
qint64 monotonicNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

// Queues a text frame and hands it to the kernel at once: without the flush every socket waits for
// its write notifier on a later pass of the event loop, a thousand activations for a thousand
// watchers before the last one has its delta.
void sendNow(QWebSocket *socket, const QString &text)
{
    socket->sendTextMessage(text);
    socket->flush();
}

Result<QByteArray> loadOrCreateSecret(PgConnection &db)
{
    const QString candidate = QString::fromLatin1(TokenSigner::generateSecret().toHex());
    auto inserted = db.exec(QStringLiteral("INSERT INTO server_secrets (name, value) VALUES ('token', decode($1, 'hex'))"
                                           " ON CONFLICT (name) DO NOTHING"),
                            {candidate});
    if (!inserted)
        return inserted.error();
    auto secret = db.exec(QStringLiteral("SELECT encode(value, 'hex') FROM server_secrets WHERE name = 'token'"));
    if (!secret)
        return secret.error();
    return QByteArray::fromHex(secret->value(0, 0).toLatin1());
}

} // namespace

SyncServer::SyncServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_metrics(std::make_unique<Metrics>())
{
    m_cpuPool = new QThreadPool(this);
    m_cpuPool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

SyncServer::~SyncServer()
{
    // Sign-ins and layout checks in flight post back to this object: let them finish first.
    m_cpuPool->waitForDone();
    QCoreApplication::removePostedEvents(this);
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (QWebSocket *socket = it.key()) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }
}

Status SyncServer::start()
{
    // Schema and the shared token secret, once, before serving.
    {
        auto db = PgConnection::connect(m_config.databaseUrl);
        if (!db)
            return db.error();
        auto migrated = migrate(*db);
        if (!migrated)
            return migrated.error();
        if (Status admin = createFirstAdmin(*db, m_config); !admin)
            return admin;
        auto secret = loadOrCreateSecret(*db);
        if (!secret)
            return secret.error();
        m_signer = std::make_unique<TokenSigner>(*secret);
    }

    m_database = new Database(m_config.databaseUrl, m_config.databaseConnections, this);
    connect(m_database, &Database::healthChanged, this, &SyncServer::setDatabaseHealthy);
    m_cache = new ShowCache(m_database, this);
    if (m_config.seatGroups) {
        m_groups = new SeatGroups(m_database, m_metrics.get(), m_config.seatGroupSize, m_config.seatGroupsInFlight, this);
        connect(m_groups, &SeatGroups::committed, this, &SyncServer::committed);
    }
    connect(m_cache, &ShowCache::deltaReady, this, &SyncServer::pushDelta);
    connect(m_cache, &ShowCache::showReloaded, this, &SyncServer::pushSnapshots);
    m_database->start();

    // The change feed: every server process LISTENs, so that a change committed through any of
    // them reaches the terminals of all of them.
    m_feed = new PgPool(m_config.databaseUrl, 1, {}, this);
    m_feed->setSessionSetup("LISTEN marquee_changes");
    connect(m_feed, &PgPool::notified, this, [this](const QString &, const QString &payload) {
        onNotification(payload);
    });
    connect(m_feed, &PgPool::healthChanged, this, [this](bool up) {
        m_metrics->gauge(QStringLiteral("marquee_change_feed_up"), QStringLiteral("1 while the change feed (LISTEN) is connected."))
            .set(up ? 1 : 0);
        if (up) { // notifications may have been missed while the feed was down
            m_cache->refreshAllStatuses();
            pollVersions();
            refreshEpochs();
        }
    });
    m_feed->start();

    // The outbox: one process of all publishes (webhooks, e-mailed tickets); the others stand by.
    m_publisher = new OutboxPublisher(m_config.databaseUrl, m_metrics.get(), {}, this);
    m_publisher->start();

    auto *terminal = new SimulatedPaymentTerminal(this);
    terminal->setDelay(std::chrono::milliseconds(m_config.paymentDelayMs));
    terminal->setTimeout(std::chrono::milliseconds(m_config.paymentTimeoutMs));
    m_terminal = terminal;
    if (!m_config.paymentLedger.isEmpty()) {
        QString error;
        if (!terminal->setLedger(m_config.paymentLedger, &error))
            return makeError(ErrorCode::Internal, QStringLiteral("payment ledger %1: %2").arg(m_config.paymentLedger, error));
    }
    terminal->setCentRulesEnabled(m_config.paymentTestAmounts);

    m_sellPorts = std::make_unique<SellPorts>();
    m_sellPorts->database = m_database;
    m_sellPorts->terminal = m_terminal;
    m_sellPorts->metrics = m_metrics.get();
    m_sellPorts->owner = QStringLiteral("%1:%2:%3").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch());
    m_sellPorts->leaseSeconds = m_config.paymentLeaseSeconds > 0 ? m_config.paymentLeaseSeconds
                                                                 : (m_config.paymentTimeoutMs + 999) / 1000 + 30;
    m_sellPorts->sell = [this](qint64 show, qint64 hold, const QList<QByteArray> &parameters,
                               std::function<void(Result<QJsonValue>)> done) {
        decideSeats(show, hold, "sell", parameters, std::move(done));
    };
    m_sellPorts->committed = [this](const QJsonObject &result) { committed(result); };
    m_sellPorts->send = [this](QPointer<QWebSocket> socket, const QByteArray &frame) { send(socket, frame); };
    m_sellPorts->settling = std::make_shared<QSet<qint64>>();

    m_http = new HttpEndpoint(m_metrics.get(), this);
    m_http->setHealthCheck([this] {
        HealthStatus status;
        const bool db = m_database->isHealthy();
        const bool feed = m_feed->isHealthy();
        status.healthy = db && feed && !m_shuttingDown;
        if (!db)
            status.reason = QStringLiteral("database unreachable");
        else if (!feed)
            status.reason = QStringLiteral("change feed down");
        else if (m_shuttingDown)
            status.reason = QStringLiteral("shutting down");
        status.components = {{QStringLiteral("database"), db ? QStringLiteral("up") : QStringLiteral("down")},
                             {QStringLiteral("feed"), feed ? QStringLiteral("up") : QStringLiteral("down")}};
        return status;
    });
    const Status httpListening = m_http->listen(QHostAddress(m_config.httpAddress), m_config.httpPort);
    if (!httpListening)
        return httpListening;

    const bool secure = !m_config.tlsCertificate.isEmpty() && !m_config.tlsKey.isEmpty();
    m_server = new QWebSocketServer(m_config.serverName,
                                    secure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    if (secure) {
        QFile certFile(m_config.tlsCertificate);
        QFile keyFile(m_config.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Internal, QStringLiteral("cannot read the TLS certificate or key"));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        if (tls.privateKey().isNull())
            tls.setPrivateKey(QSslKey(keyFile.seek(0) ? keyFile.readAll() : QByteArray(), QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server->setSslConfiguration(tls);
    }
    m_server->setMaxPendingConnections(1024);
    if (!m_config.allowedOrigins.isEmpty()) {
        connect(m_server, &QWebSocketServer::originAuthenticationRequired, this,
                [this](QWebSocketCorsAuthenticator *auth) {
                    auth->setAllowed(auth->origin().isEmpty() || m_config.allowedOrigins.contains(auth->origin()));
                });
    }
    connect(m_server, &QWebSocketServer::newConnection, this, &SyncServer::acceptConnection);
    if (!m_server->listen(QHostAddress(m_config.listenAddress), m_config.port)) {
        return makeError(ErrorCode::Internal, QStringLiteral("cannot listen on %1:%2: %3")
                                                  .arg(m_config.listenAddress)
                                                  .arg(m_config.port)
                                                  .arg(m_server->errorString()));
    }

    m_sweepTimer = new QTimer(this);
    connect(m_sweepTimer, &QTimer::timeout, this, &SyncServer::sweep);
    m_sweepTimer->start(m_config.sweepIntervalMs);
    m_pollTimer = new QTimer(this);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncServer::pollVersions);
    m_pollTimer->start(2000);
    m_idleTimer = new QTimer(this);
    connect(m_idleTimer, &QTimer::timeout, this, &SyncServer::closeIdleSessions);
    m_idleTimer->start(5000);
    m_reconcileTimer = new QTimer(this);
    connect(m_reconcileTimer, &QTimer::timeout, this, &SyncServer::reconcilePayments);
    m_reconcileTimer->start(m_config.paymentReconcileIntervalMs);
    QTimer::singleShot(0, this, &SyncServer::reconcilePayments); // what the last run left

    m_metrics->gauge(QStringLiteral("marquee_up"), QStringLiteral("1 while the server runs.")).set(1);
    qCInfo(lcServer).noquote() << "marquee-server ready:" << (secure ? "wss" : "ws") << "on"
                               << QString(m_config.listenAddress + u':' + QString::number(port()))
                               << "- health and metrics on"
                               << QString(QStringLiteral("http://") + m_config.httpAddress + u':' + QString::number(httpPort()));
    return {};
}

quint16 SyncServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

quint16 SyncServer::httpPort() const
{
    return m_http ? m_http->serverPort() : 0;
}

bool SyncServer::isSecure() const
{
    return m_server && m_server->secureMode() == QWebSocketServer::SecureMode;
}

void SyncServer::acceptConnection()
{
    while (m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        if (m_shuttingDown) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("shutting down"));
            socket->deleteLater();
            continue;
        }
        socket->setMaxAllowedIncomingMessageSize(quint64(hardFrameLimit));
        auto session = std::make_shared<Session>();
        session->id = m_nextSessionId++;
        session->socket = socket;
        // The terminal's name until hello gives one (hello is optional): unique across server
        // processes, so that holds and the shift of a connection without hello are its own.
        session->terminalId = QStringLiteral("conn-") + QString::number(QRandomGenerator::system()->generate64(), 16);
        session->tokens = m_config.connectionBurst;
        session->refillMs = nowMs();
        session->lastActivityMs = session->refillMs;
        m_sessions.insert(socket, session);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onFrame(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &) {
            sendError(socket, {}, makeError(ErrorCode::MalformedJson, QStringLiteral("binary frames are not part of the protocol")));
        });
        connect(socket, &QWebSocket::pong, this, [this, socket](quint64, const QByteArray &) {
            if (auto s = m_sessions.value(socket))
                s->lastActivityMs = nowMs();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        m_metrics->gauge(QStringLiteral("marquee_connections"), QStringLiteral("Connected terminals.")).increment();
        m_metrics->counter(QStringLiteral("marquee_connections_total"), QStringLiteral("Terminals that connected.")).increment();
    }
}

void SyncServer::onDisconnected(QWebSocket *socket)
{
    const auto session = m_sessions.take(socket);
    if (session) {
        unsubscribeAll(*session);
        m_metrics->gauge(QStringLiteral("marquee_connections"), QStringLiteral("Connected terminals.")).decrement();
    }
    socket->deleteLater();
}

void SyncServer::unsubscribeAll(Session &session)
{
    for (const qint64 show : std::as_const(session.shows)) {
        auto it = m_subscribers.find(show);
        if (it == m_subscribers.end())
            continue;
        it->remove(session.socket.data());
        if (it->isEmpty()) {
            m_subscribers.erase(it);
            // Nobody watches: keep the memory for shows that are watched.
            QTimer::singleShot(60'000, this, [this, show] {
                if (!m_subscribers.contains(show)) {
                    m_cache->evict(show);
                    m_seating.remove(show); // its seating plan too: memory for watched shows only
                }
            });
        }
    }
    session.shows.clear();
    for (const qint64 show : std::as_const(session.admissionShows)) {
        auto it = m_admissionWatchers.find(show);
        if (it != m_admissionWatchers.end() && (it->remove(session.socket.data()), it->isEmpty()))
            m_admissionWatchers.erase(it);
    }
    session.admissionShows.clear();
}

bool SyncServer::Session::takeToken(double rate, double burst, qint64 now)
{
    tokens = std::min(burst, tokens + double(now - refillMs) * rate / 1000.0);
    refillMs = now;
    if (tokens < 1.0)
        return false;
    tokens -= 1.0;
    return true;
}

void SyncServer::onFrame(QWebSocket *socket, const QString &text)
{
    const auto session = m_sessions.value(socket);
    if (!session)
        return;
    const qint64 now = nowMs();
    session->lastActivityMs = now;
    m_metrics->counter(QStringLiteral("marquee_frames_total"), QStringLiteral("Frames received.")).increment();

    const QByteArray bytes = text.toUtf8();
    JsonLimits limits = clientFrameLimits();
    limits.maxBytes = m_config.maxFrameBytes;
    QString id;
    auto envelope = decodeEnvelope(bytes, limits, &id);
    if (!envelope) {
        sendError(socket, id, envelope.error());
        return;
    }
    const MessageTypeInfo &info = messageTypeInfo(envelope->type);
    if (info.direction != Direction::ClientToServer || info.kind != MessageKind::Request) {
        sendError(socket, envelope->id, makeError(ErrorCode::UnknownType,
                                                  QStringLiteral("'%1' is not a request").arg(info.name), QStringLiteral("/type")));
        return;
    }
    if (envelope->id.isEmpty()) {
        sendError(socket, {}, makeError(ErrorCode::MissingField, QStringLiteral("requests need an id"), QStringLiteral("/id")));
        return;
    }
    // Rate limits: per connection, and per user across all of the user's connections.
    bool allowed = session->takeToken(m_config.connectionRatePerSecond, m_config.connectionBurst, now);
    if (allowed && session->claims) {
        auto &bucket = m_userBuckets[session->claims->userId];
        if (bucket.second == 0)
            bucket = {m_config.userBurst, now};
        bucket.first = std::min(m_config.userBurst, bucket.first + double(now - bucket.second) * m_config.userRatePerSecond / 1000.0);
        bucket.second = now;
        allowed = bucket.first >= 1.0;
        if (allowed)
            bucket.first -= 1.0;
    }
    if (!allowed) {
        m_metrics->counter(QStringLiteral("marquee_rate_limited_total"), QStringLiteral("Requests refused by the rate limits.")).increment();
        sendError(socket, envelope->id, makeError(ErrorCode::RateLimited, QStringLiteral("too many requests; slow down")));
        return;
    }
    dispatch(*session, *envelope);
}

void SyncServer::send(QWebSocket *socket, const QByteArray &frame)
{
    // Replies are not flushed here: a change's delta (flushDeltas, a posted call) then follows its
    // reply in the same write, so a terminal has both together, as before.
    if (socket && socket->isValid())
        socket->sendTextMessage(QString::fromUtf8(frame));
}

void SyncServer::sendError(QWebSocket *socket, const QString &id, const Error &error)
{
    m_metrics->counter(QStringLiteral("marquee_errors_total"), QStringLiteral("Error replies by code."),
                       {{QStringLiteral("code"), errorCodeName(error.code)}})
        .increment();
    send(socket, encodeError(error, id));
}

SyncServer::Reply SyncServer::replier(Session &session, const QString &id)
{
    Q_UNUSED(id);
    ++m_inFlight;
    ++session.inFlight;
    QPointer<QWebSocket> socket = session.socket;
    const std::weak_ptr<Session> live = m_sessions.value(socket.data());
    const qint64 started = nowMs();
    return [this, socket, started, live](const QByteArray &frame) {
        --m_inFlight;
        m_metrics->histogram(QStringLiteral("marquee_request_duration_seconds"), QStringLiteral("Time from request to reply."),
                             {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30})
            .observe(double(nowMs() - started) / 1000.0);
        if (socket)
            send(socket, frame);
        maybeFinishShutdown();
        if (const auto s = live.lock(); s && --s->inFlight == 0 && s->whenIdle)
            std::exchange(s->whenIdle, {})();
    };
}

void SyncServer::committed(const QJsonObject &result)
{
    const qint64 show = result.value(QLatin1String("show")).toInteger();
    const qint64 version = result.value(QLatin1String("version")).toInteger();
    if (show <= 0 || version <= 0 || result.value(QLatin1String("replayed")).toBool())
        return;
    m_cache->applyChange(show, version, result.value(QLatin1String("changes")).toArray());
    publish(show, version);
}

struct SyncServer::PendingDelta
{
    DeltaPush delta;
    QHash<QString, qsizetype> seatIndex; // where each seat's latest change is in delta.changes
    qint64 knownAtNs = 0;                // when the first of its changes was known committed here (monotonicNs)
};

void SyncServer::pushDelta(qint64 showId, const DeltaPush &delta)
{
    const auto it = m_subscribers.constFind(showId);
    if (it == m_subscribers.constEnd() || it->isEmpty())
        return;
    auto found = m_pendingDeltas.find(showId);
    if (found != m_pendingDeltas.end() && (*found)->delta.toVersion != delta.fromVersion) {
        flushDeltas(); // not contiguous: send what is merged so far first
        found = m_pendingDeltas.end();
    }
    if (found == m_pendingDeltas.end()) {
        auto fresh = std::make_shared<PendingDelta>();
        fresh->delta.showId = delta.showId;
        fresh->delta.fromVersion = delta.fromVersion;
        fresh->knownAtNs = monotonicNs();
        found = m_pendingDeltas.insert(showId, fresh);
    }
    PendingDelta &pending = **found;
    pending.delta.toVersion = delta.toVersion;
    for (const SeatState &change : delta.changes) {
        const auto seat = pending.seatIndex.constFind(change.seatId);
        if (seat != pending.seatIndex.constEnd()) {
            pending.delta.changes[*seat] = change; // the later state wins
        } else {
            pending.seatIndex.insert(change.seatId, pending.delta.changes.size());
            pending.delta.changes.append(change);
        }
    }
    if (!m_deltaFlushScheduled) {
        m_deltaFlushScheduled = true;
        QMetaObject::invokeMethod(this, &SyncServer::flushDeltas, Qt::QueuedConnection);
    }
}

void SyncServer::flushDeltas()
{
    m_deltaFlushScheduled = false;
    const auto pending = std::exchange(m_pendingDeltas, {});
    for (auto p = pending.constBegin(); p != pending.constEnd(); ++p) {
        const auto it = m_subscribers.constFind(p.key());
        if (it == m_subscribers.constEnd() || it->isEmpty())
            continue;
        // Encoded once for every terminal that watches the show.
        const QString text = QString::fromUtf8(encodeMessage((*p)->delta));
        for (QWebSocket *socket : *it)
            sendNow(socket, text);
        m_metrics->counter(QStringLiteral("marquee_deltas_pushed_total"), QStringLiteral("Delta frames sent to terminals."))
            .increment(double(it->size()));
        m_metrics->histogram(QStringLiteral("marquee_push_latency_seconds"),
                             QStringLiteral("From a committed change known to this process to its frames written to every watching terminal."),
                             {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1})
            .observe(double(monotonicNs() - (*p)->knownAtNs) / 1e9);
    }
}

void SyncServer::pushSnapshots(qint64 showId)
{
    const auto it = m_subscribers.constFind(showId);
    if (it == m_subscribers.constEnd())
        return;
    const QString text = QString::fromUtf8(encodeMessage(m_cache->snapshot(showId)));
    for (QWebSocket *socket : *it)
        sendNow(socket, text);
}

void SyncServer::publish(qint64 showId, qint64 version)
{
    m_pendingNotifications.append(QString::number(showId) + u':' + QString::number(version));
    if (!m_notifyScheduled) {
        m_notifyScheduled = true;
        QMetaObject::invokeMethod(this, &SyncServer::flushNotifications, Qt::QueuedConnection);
    }
}

void SyncServer::flushNotifications()
{
    m_notifyScheduled = false;
    // One NOTIFY per batch of changes, each payload under PostgreSQL's 8,000-byte limit.
    while (!m_pendingNotifications.isEmpty()) {
        QString payload;
        while (!m_pendingNotifications.isEmpty() && payload.size() + m_pendingNotifications.first().size() < 7900) {
            if (!payload.isEmpty())
                payload += u',';
            payload += m_pendingNotifications.takeFirst();
        }
        m_database->call("notify", {payload.toUtf8()}, [](Result<QJsonValue> result) {
            if (!result)
                qCWarning(lcServer).noquote() << "notify failed:" << result.error().message;
        });
    }
}

void SyncServer::onNotification(const QString &payload)
{
    for (const QStringView entry : QStringView(payload).split(u',')) {
        if (entry.startsWith(u"show:")) { // "show:<id>": a show as list_shows lists it changed
            showChanged(entry.sliced(5).toLongLong());
            continue;
        }
        if (entry.startsWith(u"admit:")) { // "admit:<show>": a ticket of the show was admitted at a door
            pushAdmissions(entry.sliced(6).toLongLong());
            continue;
        }
        if (entry.startsWith(u"venue:")) { // "venue:<id>": its settings (the orphan rule) changed
            m_seating.clear();
            continue;
        }
        if (entry.startsWith(u"session:")) { // "session:<id>": the session signed out (sign_out)
            sessionSignedOut(entry.sliced(8).toString());
            continue;
        }
        if (entry.startsWith(u"user:")) { // "user:<id>:<epoch>": the user's older sessions end
            const auto parts = entry.split(u':');
            if (parts.size() == 3)
                noteEpoch(parts[1].toLongLong(), parts[2].toLongLong());
            continue;
        }
        const qsizetype colon = entry.indexOf(u':');
        if (colon < 0)
            continue;
        const qint64 show = entry.first(colon).toLongLong();
        const qint64 version = entry.sliced(colon + 1).toLongLong();
        if (m_cache->isLoaded(show) && m_cache->version(show) < version)
            m_cache->catchUp(show);
    }
}

void SyncServer::sweep()
{
    if (m_sweeping || !m_database->isHealthy())
        return;
    m_sweeping = true;
    m_database->call("sweep", {QByteArray::number(m_config.sweepBatch)}, [this](Result<QJsonValue> result) {
        m_sweeping = false;
        if (!result)
            return;
        qint64 freed = 0;
        for (const QJsonValue &v : result->toArray()) {
            const QJsonObject change = v.toObject();
            freed += change.value(QLatin1String("changes")).toArray().size();
            committed(change);
        }
        if (freed > 0) {
            m_metrics->counter(QStringLiteral("marquee_expired_seats_total"), QStringLiteral("Seats freed by expired holds."))
                .increment(double(freed));
            qCDebug(lcServer) << "sweeper freed" << freed << "seats";
        }
        if (freed >= m_config.sweepBatch) {
            QMetaObject::invokeMethod(this, &SyncServer::sweep, Qt::QueuedConnection); // more to do
        } else if (!m_sweepScheduled) {
            // Sweep when the next hold expires rather than up to a sweep interval later (a burst
            // of expiries is then freed and pushed at once); seats left locked by a sale in
            // progress are retried a little later, not in a busy loop.
            m_sweepScheduled = true;
            m_database->call("next_expiry", {}, [this, freed](Result<QJsonValue> next) {
                const qint64 at = next ? next->toVariant().toLongLong() : 0;
                const qint64 wait = at > 0 ? std::max<qint64>(at - nowMs() + 1, freed > 0 ? 0 : 50) : -1;
                if (wait < 0 || wait >= m_config.sweepIntervalMs) {
                    m_sweepScheduled = false; // the regular timer comes first
                    return;
                }
                QTimer::singleShot(std::chrono::milliseconds(wait), this, [this] {
                    m_sweepScheduled = false;
                    sweep();
                });
            });
        }
    });
}

void SyncServer::pollVersions()
{
    m_metrics->gauge(QStringLiteral("marquee_db_queue"), QStringLiteral("Statements waiting for a database connection."))
        .set(m_database->queued());
    const QList<qint64> shows = m_cache->loadedShows();
    if (shows.isEmpty() || !m_database->isHealthy())
        return;
    QStringList ids;
    ids.reserve(shows.size());
    for (const qint64 show : shows)
        ids.append(QString::number(show));
    m_database->call("show_versions", {Database::textArray(ids)}, [this](Result<QJsonValue> result) {
        if (!result)
            return;
        const QJsonObject versions = result->toObject();
        for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
            const qint64 show = it.key().toLongLong();
            if (m_cache->isLoaded(show) && m_cache->version(show) < it.value().toInteger())
                m_cache->catchUp(show);
        }
    });
}

void SyncServer::closeIdleSessions()
{
    const qint64 limit = nowMs() - qint64(m_config.idleTimeoutSeconds) * 1000;
    for (auto it = m_sessions.constBegin(); it != m_sessions.constEnd(); ++it) {
        if ((*it)->lastActivityMs < limit && it.key())
            it.key()->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("idle"));
    }
}

void SyncServer::setDatabaseHealthy(bool healthy)
{
    if (healthy == m_databaseHealthy)
        return;
    const bool recovered = healthy && m_metrics->counter(QStringLiteral("marquee_db_outages_total"),
                                                         QStringLiteral("Times the database became unreachable.")).value() > 0;
    m_databaseHealthy = healthy;
    if (!healthy) {
        m_metrics->counter(QStringLiteral("marquee_db_outages_total"), QStringLiteral("Times the database became unreachable.")).increment();
        broadcastNotice(int(NoticeKind::Degraded), QStringLiteral("The database is unreachable; sales are paused."), 2);
    } else if (recovered) {
        broadcastNotice(int(NoticeKind::Recovered), QStringLiteral("The database is back."));
        pollVersions();
    }
    if (healthy)
        QTimer::singleShot(0, this, &SyncServer::reconcilePayments); // sales the outage left unfinished
}

void SyncServer::broadcastNotice(int kind, const QString &message, std::optional<qint64> retryAfterSeconds)
{
    NoticePush notice;
    notice.kind = NoticeKind(kind);
    notice.message = message;
    notice.retryAfterSeconds = retryAfterSeconds;
    const QString text = QString::fromUtf8(encodeMessage(notice));
    // Every connection, hello or not (hello is optional, PROTOCOL.md "Sessions").
    for (auto it = m_sessions.constBegin(); it != m_sessions.constEnd(); ++it) {
        if (it.key())
            it.key()->sendTextMessage(text);
    }
}

void SyncServer::shutdown(int graceMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    qCInfo(lcServer) << "shutting down: no new connections, finishing" << m_inFlight << "requests";
    // The listening socket closes at once: a connection attempt is refused rather than left in
    // the backlog until the process exits, so a load balancer sends it to another process
    // straight away (HAProxy's redispatch), and a terminal's reconnect is not stuck on this one.
    if (m_server)
        m_server->close();
    for (QTimer *timer : {m_sweepTimer, m_pollTimer, m_idleTimer, m_reconcileTimer}) {
        if (timer)
            timer->stop();
    }
    // retryAfterSeconds: the grace period, after which the connection closes (PROTOCOL.md, `notice`).
    broadcastNotice(int(NoticeKind::ShuttingDown), QStringLiteral("The server is restarting; reconnecting shortly."),
                    (qint64(graceMs) + 999) / 1000);
    QTimer::singleShot(graceMs, this, [this] {
        if (m_inFlight > 0)
            qCWarning(lcServer) << "grace period over with" << m_inFlight << "requests in flight";
        m_inFlight = 0;
        maybeFinishShutdown();
    });
    maybeFinishShutdown();
}

void SyncServer::reconcilePayments()
{
    if (m_reconciling > 0 || m_shuttingDown || !m_databaseHealthy)
        return;
    m_reconciling = 1; // the claim itself
    m_database->call("payment_claim",
                     {m_sellPorts->owner.toUtf8(), QByteArray::number(m_sellPorts->leaseSeconds), QByteArrayLiteral("20"),
                      QByteArray(), QByteArray()},
                     [this](Result<QJsonValue> claimed) {
        --m_reconciling;
        if (!claimed) {
            qCWarning(lcServer).noquote() << "payment reconciliation:" << claimed.error().toString();
            return;
        }
        for (const QJsonValue &v : claimed->toArray()) {
            const QJsonObject attempt = v.toObject();
            if (m_sellPorts->settling->contains(attempt.value(QLatin1String("attempt")).toInteger()))
                continue; // one of this process's flows works on it
            ++m_reconciling;
            m_metrics->counter(QStringLiteral("marquee_payment_reconciliations_total"),
                               QStringLiteral("Unfinished sell attempts taken over by the reconciler.")).increment();
            SellFlow::settle(*m_sellPorts, attempt, [this] { --m_reconciling; }, this);
        }
    });
}

void SyncServer::maybeFinishShutdown()
{
    if (!m_shuttingDown || m_stopping || m_inFlight > 0)
        return;
    m_stopping = true;
    const auto sockets = m_sessions.keys();
    for (QWebSocket *socket : sockets) {
        if (socket)
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
    }
    if (m_server)
        m_server->close();
    if (m_http)
        m_http->close();
    QTimer::singleShot(0, this, &SyncServer::stopped);
}

} // namespace Marquee
