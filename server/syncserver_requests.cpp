// The requests of marquee-server: authentication gate, role checks, and one handler per request.
#include "syncserver.h"

#include "auth.h"
#include "database.h"
#include "logging.h"
#include "metrics.h"
#include "paymentterminal.h"
#include "protocol.h"
#include "serversession.h"
#include "showcache.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QThreadPool>
#include <QtCore/QTimeZone>

namespace Marquee {

namespace {

// A well-formed hash that never matches: unknown users cost as much time as wrong passwords.
const QString &dummyHash()
{
    static const QString hash = hashPassword(QStringLiteral("not a password"), defaultPasswordIterations);
    return hash;
}

std::optional<qint64> numericId(const QString &id)
{
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

Error notFound(const QString &what, const QString &id, const QString &where)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no %1 '%2'").arg(what, id), where);
}

QDateTime fromMs(const QJsonValue &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toInteger(), QTimeZone::utc());
}

QByteArray isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toUtf8();
}

Money money(qint64 minor, const QString &currency)
{
    auto m = Money::fromMinor(minor, currency);
    return m ? *m : Money();
}

// The error a seat operation answered with ({"error": "CODE", "message": ..., "seats": [...]}).
Error operationError(const QJsonObject &result)
{
    ErrorCode code = ErrorCode::Internal;
    if (!errorCodeFromName(result.value(QLatin1String("error")).toString(), &code))
        code = ErrorCode::Internal;
    return makeError(code, result.value(QLatin1String("message")).toString());
}

QJsonObject errorDetails(const QJsonObject &result)
{
    QJsonObject details;
    if (result.contains(QLatin1String("seats")))
        details.insert(QStringLiteral("seats"), result.value(QLatin1String("seats")));
    return details;
}

PaymentMethod methodFromName(QStringView name)
{
    return name == u"card" ? PaymentMethod::Card : PaymentMethod::Cash;
}

Ticket ticketFromJson(const QJsonObject &t, const QString &currency)
{
    Ticket ticket;
    ticket.id = QString::number(t.value(QLatin1String(t.contains(QLatin1String("ticket")) ? "ticket" : "id")).toInteger());
    ticket.code = t.value(QLatin1String("code")).toString();
    ticket.seatId = t.value(QLatin1String("seat")).toString();
    ticket.category = t.value(QLatin1String("category")).toString();
    ticket.price = money(t.value(QLatin1String("price")).toInteger(), currency);
    ticket.status = t.value(QLatin1String("status")).toString() == QLatin1String("refunded") ? TicketStatus::Refunded
                                                                                              : TicketStatus::Valid;
    return ticket;
}

bool mayHold(Role role)
{
    Q_UNUSED(role);
    return true; // every role sells: kiosks to their customers, managers at the desk
}

bool mayHandleSales(Role role)
{
    return role != Role::Kiosk;
}

} // namespace

void SyncServer::dispatch(Session &session, const Envelope &envelope)
{
    const QString &id = envelope.id;
    const MessageType type = envelope.type;
    m_metrics->counter(QStringLiteral("marquee_requests_total"), QStringLiteral("Requests by type."),
                       {{QStringLiteral("type"), messageTypeName(type)}})
        .increment();
    const bool open = type == MessageType::Hello || type == MessageType::SignIn || type == MessageType::Resume
        || type == MessageType::Ping;
    if (!open && !session.claims) {
        sendError(session.socket, id, makeError(ErrorCode::Unauthenticated, QStringLiteral("sign in first")));
        return;
    }
    if (session.claims && session.claims->expiresAt <= QDateTime::currentDateTimeUtc() && !open) {
        session.claims.reset();
        sendError(session.socket, id, makeError(ErrorCode::TokenExpired, QStringLiteral("the session has expired; sign in again")));
        return;
    }
    if (m_shuttingDown && messageTypeInfo(type).mutating) {
        sendError(session.socket, id, makeError(ErrorCode::ServiceDegraded, QStringLiteral("the server is shutting down; retry shortly")));
        return;
    }
    auto body = decodeBody(envelope);
    if (!body) {
        sendError(session.socket, id, body.error());
        return;
    }
    QByteArray hash;
    if (messageTypeInfo(type).mutating) {
        // The idempotency key's body: a retry must carry the same type and body.
        const QByteArray canonical = messageTypeName(type).toUtf8() + '\n'
            + QJsonDocument(envelope.body).toJson(QJsonDocument::Compact);
        hash = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
                   .toHex();
    }
    std::visit(
        [&](const auto &message) {
            using M = std::decay_t<decltype(message)>;
            if constexpr (std::is_same_v<M, HelloRequest>)
                handleHello(session, id, message);
            else if constexpr (std::is_same_v<M, SignInRequest>)
                handleSignIn(session, id, message);
            else if constexpr (std::is_same_v<M, ResumeRequest>)
                handleResume(session, id, message);
            else if constexpr (std::is_same_v<M, SignOutRequest>)
                handleSignOut(session, id); else if constexpr (std::is_same_v<M, PingRequest>)
                send(session.socket, encodeMessage(PongReply{}, id));
            else if constexpr (std::is_same_v<M, ListVenuesRequest>)
                handleListVenues(session, id);
            else if constexpr (std::is_same_v<M, ListShowsRequest>)
                handleListShows(session, id, message);
            else if constexpr (std::is_same_v<M, GetLayoutRequest>)
                handleGetLayout(session, id, message);
            else if constexpr (std::is_same_v<M, SubscribeRequest>)
                handleSubscribe(session, id, message);
            else if constexpr (std::is_same_v<M, UnsubscribeRequest>)
                handleUnsubscribe(session, id, message);
            else if constexpr (std::is_same_v<M, HoldRequest>)
                handleHold(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ExtendHoldRequest>)
                handleExtend(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ReleaseHoldRequest>)
                handleRelease(session, id, hash, message);
            else if constexpr (std::is_same_v<M, SellRequest>)
                handleSell(session, id, hash, message);
            else if constexpr (std::is_same_v<M, RefundRequest>)
                handleRefund(session, id, hash, message);
            else if constexpr (std::is_same_v<M, FindSalesRequest>)
                handleFindSales(session, id, message);
            else if constexpr (std::is_same_v<M, VerifyTicketRequest>)
                handleVerifyTicket(session, id, message);
            else if constexpr (std::is_same_v<M, ShiftReportRequest>)
                handleShiftReport(session, id, message);
            else if constexpr (std::is_same_v<M, CloseShiftRequest>)
                handleCloseShift(session, id, hash, message);
            else
                sendError(session.socket, id, makeError(ErrorCode::UnknownType, QStringLiteral("not a request"), QStringLiteral("/type")));
        },
        *body);
}

void SyncServer::handleHello(Session &session, const QString &id, const HelloRequest &request)
{
    if (!request.versions.contains(ProtocolVersion)) {
        sendError(session.socket, id, makeError(ErrorCode::UnsupportedVersion,
                                                QStringLiteral("this server speaks protocol version %1").arg(ProtocolVersion),
                                                QStringLiteral("/body/versions")));
        return;
    }
    session.hello = true;
    session.terminalId = request.terminalId.isEmpty() ? QStringLiteral("session-%1").arg(session.id) : request.terminalId;
    HelloReply reply;
    reply.serverName = m_config.serverName;
    reply.serverVersion = QStringLiteral(MARQUEE_VERSION);
    reply.serverTime = QDateTime::currentDateTimeUtc();
    reply.limits.maxFrameBytes = m_config.maxFrameBytes;
    send(session.socket, encodeMessage(reply, id));
}

namespace {

SessionReply sessionReply(const QString &token, const TokenClaims &claims, const QString &displayName, int ttl)
{
    SessionReply reply;
    reply.token = token;
    reply.expiresAt = claims.expiresAt;
    reply.user.id = QString::number(claims.userId);
    reply.user.name = displayName.isEmpty() ? claims.username : displayName;
    reply.user.role = claims.role;
    reply.holdTtlSeconds = ttl;
    return reply;
}

} // namespace

static int holdTtlFor(const ServerConfig &config, Role role)
{
    switch (role) {
    case Role::Kiosk:
        return config.holdTtlKioskSeconds;
    case Role::Cashier:
        return config.holdTtlCashierSeconds;
    case Role::Manager:
    case Role::Admin:
        return config.holdTtlManagerSeconds;
    }
    return config.holdTtlCashierSeconds;
}

void SyncServer::handleSignIn(Session &session, const QString &id, const SignInRequest &request)
{
    Reply reply = replier(session, id);
    QPointer<QWebSocket> socket = session.socket;
    const QString password = request.password;
    const std::optional<Money> openingFloat = request.openingFloat;
    m_database->call("user_by_name", {request.user.toUtf8()}, [this, reply, socket, id, password, openingFloat](Result<QJsonValue> user) {
        if (!user) {
            reply(encodeError(user.error(), id));
            return;
        }
        const QJsonObject row = user->toObject();
        // The KDF is slow on purpose: keep it off the event loop.
        m_kdfPool->start([this, reply, socket, id, password, row, openingFloat] {
            const QString hash = row.isEmpty() ? dummyHash() : row.value(QLatin1String("hash")).toString();
            const bool matches = verifyPassword(password, hash);
            QMetaObject::invokeMethod(this, [this, reply, socket, id, matches, row, openingFloat] {
                const auto role = roleFromName(row.value(QLatin1String("role")).toString());
                if (!matches || row.isEmpty() || !row.value(QLatin1String("active")).toBool() || !role) {
                    m_metrics->counter(QStringLiteral("marquee_sign_ins_total"), QStringLiteral("Sign-ins by result."),
                                       {{QStringLiteral("result"), QStringLiteral("refused")}}).increment();
                    reply(encodeError(makeError(ErrorCode::BadCredentials, QStringLiteral("unknown user or wrong password")), id));
                    return;
                }
                TokenClaims claims;
                claims.userId = row.value(QLatin1String("id")).toInteger();
                claims.username = row.value(QLatin1String("username")).toString();
                claims.role = *role;
                claims.issuedAt = QDateTime::currentDateTimeUtc();
                claims.expiresAt = claims.issuedAt.addSecs(m_config.tokenLifetimeSeconds);
                claims.sessionId = TokenSigner::generateSessionId();
                const QString token = m_signer->issue(claims);
                m_metrics->counter(QStringLiteral("marquee_sign_ins_total"), QStringLiteral("Sign-ins by result."),
                                   {{QStringLiteral("result"), QStringLiteral("ok")}}).increment();
                qCInfo(lcServer).noquote() << "signed in:" << claims.username << roleName(claims.role) << "request" << id;
                startSession(reply, id, socket, claims,
                             sessionReply(token, claims, row.value(QLatin1String("name")).toString(), holdTtlFor(m_config, claims.role)),
                             openingFloat);
            }, Qt::QueuedConnection);
        });
    });
}

void SyncServer::handleResume(Session &session, const QString &id, const ResumeRequest &request)
{
    auto claims = m_signer->verify(request.token, QDateTime::currentDateTimeUtc());
    if (!claims) {
        Error error = claims.error();
        error.where = QStringLiteral("/body/token");
        sendError(session.socket, id, error);
        return;
    }
    Reply reply = replier(session, id);
    QPointer<QWebSocket> socket = session.socket;
    const QString token = request.token;
    const TokenClaims verified = *claims;
    // The user may have been disabled since the token was issued.
    m_database->call("user_by_id", {QByteArray::number(verified.userId)}, [this, reply, socket, id, token, verified](Result<QJsonValue> user) {
        if (!user) {
            reply(encodeError(user.error(), id));
            return;
        }
        const QJsonObject row = user->toObject();
        if (row.isEmpty() || !row.value(QLatin1String("active")).toBool()) {
            reply(encodeError(makeError(ErrorCode::TokenInvalid, QStringLiteral("the user no longer exists or is disabled")), id));
            return;
        }
        startSession(reply, id, socket, verified,
                     sessionReply(token, verified, row.value(QLatin1String("name")).toString(), holdTtlFor(m_config, verified.role)),
                     std::nullopt);
    });
}

void SyncServer::startSession(const Reply &reply, const QString &id, QPointer<QWebSocket> socket, const TokenClaims &claims,
                              SessionReply session, const std::optional<Money> &openingFloat)
{
    const auto live = m_sessions.value(socket.data());
    if (!live) {
        reply({});
        return;
    }
    const QString terminalId = live->terminalId;
    // Kiosks take cards only: no drawer, no shift.
    const bool drawer = claims.role != Role::Kiosk;
    m_database->call("session_start",
                     {QByteArray::number(claims.userId), terminalId.toUtf8(),
                      QByteArray::number(openingFloat ? openingFloat->minorUnits() : 0), drawer ? "true" : "false"},
                     [this, reply, id, socket, claims, session](Result<QJsonValue> result) mutable {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         const QJsonObject shift = r.value(QLatin1String("shift")).toObject();
                         if (!shift.isEmpty()) {
                             ShiftInfo info;
                             info.shiftId = QString::number(shift.value(QLatin1String("shift")).toInteger());
                             info.userId = QString::number(shift.value(QLatin1String("user")).toInteger());
                             info.userName = shift.value(QLatin1String("userName")).toString();
                             info.openedAt = fromMs(shift.value(QLatin1String("openedAt")));
                             info.openingFloat = money(shift.value(QLatin1String("openingFloat")).toInteger(),
                                                       shift.value(QLatin1String("currency")).toString());
                             info.isNew = shift.value(QLatin1String("new")).toBool();
                             session.shift = info;
                         }
                         for (const QJsonValue &v : r.value(QLatin1String("holds")).toArray()) {
                             const QJsonObject h = v.toObject();
                             ActiveHold hold;
                             hold.holdId = QString::number(h.value(QLatin1String("hold")).toInteger());
                             hold.showId = QString::number(h.value(QLatin1String("show")).toInteger());
                             for (const QJsonValue &seat : h.value(QLatin1String("seats")).toArray())
                                 hold.seatIds.append(seat.toString());
                             hold.expiresAt = fromMs(h.value(QLatin1String("expires")));
                             hold.total = money(h.value(QLatin1String("total")).toInteger(), h.value(QLatin1String("currency")).toString());
                             session.holds.append(hold);
                         }
                         // Signed in only now, so that a failure above leaves the connection as it was.
                         if (const auto current = m_sessions.value(socket.data())) {
                             current->claims = claims;
                             current->signedInAt = claims.issuedAt;
                         }
                         reply(encodeMessage(session, id));
                     });
}

void SyncServer::handleSignOut(Session &session, const QString &id)
{
    // The session's holds are released (PROTOCOL.md); the answer comes once they are.
    Reply reply = replier(session, id);
    const qint64 user = session.claims->userId;
    unsubscribeAll(session);
    session.claims.reset();
    m_database->call("release_on_sign_out", {QByteArray::number(user), id.toUtf8(), session.terminalId.toUtf8()},
                     [this, reply, id](Result<QJsonValue> result) {
                         if (result) {
                             for (const QJsonValue &released : result->toArray())
                                 committed(released.toObject());
                         } else {
                             qCWarning(lcServer).noquote() << "sign_out: holds not released:" << result.error().toString();
                         }
                         reply(encodeMessage(SignOutReply{}, id));
                     });
}

void SyncServer::handleListVenues(Session &session, const QString &id)
{
    Reply reply = replier(session, id);
    m_database->call("list_venues", {}, [reply, id](Result<QJsonValue> result) {
        if (!result) {
            reply(encodeError(result.error(), id));
            return;
        }
        ListVenuesReply out;
        for (const QJsonValue &v : result->toArray()) {
            const QJsonObject o = v.toObject();
            VenueSummary venue;
            venue.id = QString::number(o.value(QLatin1String("id")).toInteger());
            venue.name = o.value(QLatin1String("name")).toString();
            for (const QJsonValue &a : o.value(QLatin1String("auditoriums")).toArray()) {
                const QJsonObject ao = a.toObject();
                AuditoriumSummary auditorium;
                auditorium.id = QString::number(ao.value(QLatin1String("id")).toInteger());
                auditorium.name = ao.value(QLatin1String("name")).toString();
                auditorium.layoutVersion = std::max<qint64>(1, ao.value(QLatin1String("layoutVersion")).toInteger());
                auditorium.seatCount = ao.value(QLatin1String("seatCount")).toInteger();
                venue.auditoriums.append(auditorium);
            }
            out.venues.append(venue);
        }
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleListShows(Session &session, const QString &id, const ListShowsRequest &request)
{
    QByteArray auditorium;
    if (request.auditoriumId) {
        const auto numeric = numericId(*request.auditoriumId);
        if (!numeric) {
            sendError(session.socket, id, notFound(QStringLiteral("auditorium"), *request.auditoriumId, QStringLiteral("/body/auditoriumId")));
            return;
        }
        auditorium = QByteArray::number(*numeric);
    }
    Reply reply = replier(session, id);
    m_database->call("list_shows",
                     {request.from ? isoTime(*request.from) : QByteArray(), request.to ? isoTime(*request.to) : QByteArray(),
                      auditorium, request.search ? request.search->toUtf8() : QByteArray()},
                     [reply, id](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         ListShowsReply out;
                         for (const QJsonValue &v : result->toArray()) {
                             const QJsonObject o = v.toObject();
                             Show show;
                             show.id = QString::number(o.value(QLatin1String("id")).toInteger());
                             show.auditoriumId = QString::number(o.value(QLatin1String("auditorium")).toInteger());
                             show.title = o.value(QLatin1String("title")).toString();
                             show.start = fromMs(o.value(QLatin1String("start")));
                             show.end = fromMs(o.value(QLatin1String("end")));
                             const QString status = o.value(QLatin1String("status")).toString();
                             show.status = status == QLatin1String("on_sale") ? ShowStatus::OnSale
                                 : status == QLatin1String("scheduled")       ? ShowStatus::Scheduled
                                 : status == QLatin1String("cancelled")       ? ShowStatus::Cancelled
                                                                              : ShowStatus::SalesClosed;
                             show.layoutVersion = o.value(QLatin1String("layoutVersion")).toInteger();
                             const QString currency = o.value(QLatin1String("currency")).toString();
                             const QJsonObject prices = o.value(QLatin1String("prices")).toObject();
                             for (auto p = prices.constBegin(); p != prices.constEnd(); ++p)
                                 show.prices.append(CategoryPrice{p.key(), money(p.value().toInteger(), currency)});
                             show.free = o.value(QLatin1String("free")).toInteger();
                             show.held = o.value(QLatin1String("held")).toInteger();
                             show.sold = o.value(QLatin1String("sold")).toInteger();
                             out.shows.append(show);
                         }
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleGetLayout(Session &session, const QString &id, const GetLayoutRequest &request)
{
    const auto auditorium = numericId(request.auditoriumId);
    if (!auditorium) {
        sendError(session.socket, id, notFound(QStringLiteral("auditorium"), request.auditoriumId, QStringLiteral("/body/auditoriumId")));
        return;
    }
    Reply reply = replier(session, id);
    const GetLayoutRequest copy = request;
    m_database->call("get_layout", {QByteArray::number(*auditorium), QByteArray::number(request.layoutVersion)},
                     [reply, id, copy](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         if (!result->isObject()) {
                             reply(encodeError(notFound(QStringLiteral("layout"),
                                                        copy.auditoriumId + u'/' + QString::number(copy.layoutVersion),
                                                        QStringLiteral("/body")),
                                               id));
                             return;
                         }
                         GetLayoutReply out;
                         out.auditoriumId = copy.auditoriumId;
                         out.layoutVersion = copy.layoutVersion;
                         out.layout = result->toObject();
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleSubscribe(Session &session, const QString &id, const SubscribeRequest &request)
{
    const auto show = numericId(request.showId);
    if (!show) {
        sendError(session.socket, id, notFound(QStringLiteral("show"), request.showId, QStringLiteral("/body/showId")));
        return;
    }
    Reply reply = replier(session, id);
    QPointer<QWebSocket> socket = session.socket;
    const std::optional<qint64> lastVersion = request.lastVersion;
    const QString showText = request.showId;
    m_cache->ensureLoaded(*show, [this, reply, socket, id, show, lastVersion, showText](const Result<qint64> &version) {
        if (!version) {
            reply(encodeError(version.error().code == ErrorCode::NotFound
                                  ? notFound(QStringLiteral("show"), showText, QStringLiteral("/body/showId"))
                                  : version.error(),
                              id));
            return;
        }
        const auto live = m_sessions.value(socket.data());
        if (!live) {
            reply({});
            return;
        }
        // From here on every delta of the show reaches this terminal, in order, after what
        // this reply announces: everything runs on one thread.
        live->shows.insert(*show);
        m_subscribers[*show].insert(socket.data());
        SubscribeReply out;
        out.showId = showText;
        out.version = *version;
        std::optional<QList<DeltaPush>> missed;
        if (lastVersion)
            missed = m_cache->deltasSince(*show, *lastVersion);
        out.resync = missed ? ResyncMode::Deltas : ResyncMode::Snapshot;
        reply(encodeMessage(out, id));
        if (missed) {
            for (const DeltaPush &delta : *missed)
                send(socket, encodeMessage(delta));
        } else {
            send(socket, encodeMessage(m_cache->snapshot(*show)));
        }
    });
}

void SyncServer::handleUnsubscribe(Session &session, const QString &id, const UnsubscribeRequest &request)
{
    const auto show = numericId(request.showId);
    if (show && session.shows.remove(*show)) {
        auto it = m_subscribers.find(*show);
        if (it != m_subscribers.end()) {
            it->remove(session.socket.data());
            if (it->isEmpty())
                m_subscribers.erase(it);
        }
    }
    UnsubscribeReply out;
    out.showId = request.showId;
    send(session.socket, encodeMessage(out, id));
}

void SyncServer::handleHold(Session &session, const QString &id, const QByteArray &hash, const HoldRequest &request)
{
    const auto show = numericId(request.showId);
    if (!show) {
        sendError(session.socket, id, notFound(QStringLiteral("show"), request.showId, QStringLiteral("/body/showId")));
        return;
    }
    if (!mayHold(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("this role may not hold seats")));
        return;
    }
    Reply reply = replier(session, id);
    if (request.holdId) {
        addToHold(reply, session, id, hash, *show, request);
        return;
    }
    const int ttl = holdTtlFor(m_config, session.claims->role);
    m_database->call("hold",
                     {QByteArray::number(session.claims->userId), id.toUtf8(), hash, session.terminalId.toUtf8(),
                      QByteArray::number(*show), Database::textArray(request.seatIds), QByteArray::number(ttl)},
                     [this, reply, id, request](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         if (r.contains(QLatin1String("error"))) {
                             const Error error = operationError(r);
                             m_metrics->counter(QStringLiteral("marquee_holds_total"), QStringLiteral("Hold requests by result."),
                                                {{QStringLiteral("result"), error.code == ErrorCode::SeatUnavailable ? QStringLiteral("conflict") : QStringLiteral("refused")}})
                                 .increment();
                             reply(encodeError(error, id, errorDetails(r)));
                             return;
                         }
                         m_metrics->counter(QStringLiteral("marquee_holds_total"), QStringLiteral("Hold requests by result."),
                                            {{QStringLiteral("result"), QStringLiteral("ok")}}).increment();
                         committed(r);
                         HoldReply out;
                         out.holdId = QString::number(r.value(QLatin1String("hold")).toInteger());
                         out.showId = request.showId;
                         QStringList seats = request.seatIds;
                         seats.sort();
                         out.seatIds = seats;
                         out.expiresAt = fromMs(r.value(QLatin1String("expires")));
                         out.total = money(r.value(QLatin1String("total")).toInteger(), r.value(QLatin1String("currency")).toString());
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::addToHold(const Reply &reply, Session &session, const QString &id, const QByteArray &hash, qint64 show,
                           const HoldRequest &request)
{
    const auto hold = numericId(*request.holdId);
    if (!hold) {
        reply(encodeError(makeError(ErrorCode::HoldNotFound, QStringLiteral("no hold '%1'").arg(*request.holdId),
                                    QStringLiteral("/body/holdId")),
                          id));
        return;
    }
    m_database->call("hold_more",
                     {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(show),
                      QByteArray::number(*hold), Database::textArray(request.seatIds)},
                     [this, reply, id, request](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         if (r.contains(QLatin1String("error"))) {
                             reply(encodeError(operationError(r), id, errorDetails(r)));
                             return;
                         }
                         committed(r);
                         HoldReply out;
                         out.holdId = *request.holdId;
                         out.showId = request.showId;
                         for (const QJsonValue &seat : r.value(QLatin1String("seats")).toArray())
                             out.seatIds.append(seat.toString());
                         out.expiresAt = fromMs(r.value(QLatin1String("expires")));
                         out.total = money(r.value(QLatin1String("total")).toInteger(), r.value(QLatin1String("currency")).toString());
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleExtend(Session &session, const QString &id, const QByteArray &hash, const ExtendHoldRequest &request)
{
    const auto hold = numericId(request.holdId);
    if (!hold) {
        sendError(session.socket, id, makeError(ErrorCode::HoldNotFound, QStringLiteral("no hold '%1'").arg(request.holdId), QStringLiteral("/body/holdId")));
        return;
    }
    Reply reply = replier(session, id);
    const Role role = session.claims->role;
    const int ttl = holdTtlFor(m_config, role);
    const int cap = role == Role::Kiosk ? m_config.kioskHoldCapSeconds : m_config.holdCapSeconds;
    const qint64 user = session.claims->userId;
    m_database->call("extend",
                     {QByteArray::number(user), id.toUtf8(), hash, QByteArray::number(*hold),
                      QByteArray::number(ttl), QByteArray::number(cap)},
                     [this, reply, id, request, holdNumber = *hold, user](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         if (r.contains(QLatin1String("error"))) {
                             reply(encodeError(operationError(r), id, errorDetails(r)));
                             return;
                         }
                         committed(r);
                         HoldReply out;
                         out.holdId = request.holdId;
                         out.showId = QString::number(r.value(QLatin1String("show")).toInteger());
                         for (const QJsonValue &c : r.value(QLatin1String("changes")).toArray())
                             out.seatIds.append(c.toObject().value(QLatin1String("seat")).toString());
                         out.expiresAt = fromMs(r.value(QLatin1String("expires")));
                         if (r.contains(QLatin1String("currency"))) {
                             out.total = money(r.value(QLatin1String("total")).toInteger(), r.value(QLatin1String("currency")).toString());
                             reply(encodeMessage(out, id));
                             return;
                         }
                         // A replayed answer remembered before migration 5 has no total: look it up.
                         m_database->call("hold_for_sale", {QByteArray::number(holdNumber), QByteArray::number(user)},
                                          [reply, id, out](Result<QJsonValue> held) mutable {
                                              if (!held || !held->isObject()) {
                                                  reply(encodeError(held ? makeError(ErrorCode::HoldNotFound, QStringLiteral("the hold is gone"))
                                                                         : held.error(),
                                                                    id));
                                                  return;
                                              }
                                              const QJsonObject h = held->toObject();
                                              out.total = money(h.value(QLatin1String("total")).toInteger(), h.value(QLatin1String("currency")).toString());
                                              reply(encodeMessage(out, id));
                                          });
                     });
}

void SyncServer::handleRelease(Session &session, const QString &id, const QByteArray &hash, const ReleaseHoldRequest &request)
{
    const auto hold = numericId(request.holdId);
    if (!hold) {
        sendError(session.socket, id, makeError(ErrorCode::HoldNotFound, QStringLiteral("no hold '%1'").arg(request.holdId), QStringLiteral("/body/holdId")));
        return;
    }
    Reply reply = replier(session, id);
    m_database->call("release",
                     {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*hold),
                      request.seatIds ? Database::textArray(*request.seatIds) : QByteArray()},
                     [this, reply, id, request](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         if (r.contains(QLatin1String("error"))) {
                             reply(encodeError(operationError(r), id, errorDetails(r)));
                             return;
                         }
                         committed(r);
                         ReleaseHoldReply out;
                         out.holdId = request.holdId;
                         for (const QJsonValue &c : r.value(QLatin1String("changes")).toArray())
                             out.releasedSeatIds.append(c.toObject().value(QLatin1String("seat")).toString());
                         for (const QJsonValue &s : r.value(QLatin1String("remaining")).toArray())
                             out.remainingSeatIds.append(s.toString());
                         reply(encodeMessage(out, id));
                     });
}

namespace {

SellReply sellReplyFrom(const QJsonObject &r, const SellRequest &request, const QJsonArray &payments)
{
    const QString currency = r.value(QLatin1String("currency")).toString();
    SellReply out;
    out.saleId = QString::number(r.value(QLatin1String("sale")).toInteger());
    out.holdId = request.holdId;
    out.showId = QString::number(r.value(QLatin1String("show")).toInteger());
    for (const QJsonValue &t : r.value(QLatin1String("tickets")).toArray())
        out.tickets.append(ticketFromJson(t.toObject(), currency));
    out.total = money(r.value(QLatin1String("total")).toInteger(), currency);
    qint64 change = 0;
    for (const QJsonValue &v : payments) {
        const QJsonObject p = v.toObject();
        PaymentResult result;
        result.method = methodFromName(p.value(QLatin1String("method")).toString());
        result.amount = money(p.value(QLatin1String("amount")).toInteger(), currency);
        if (p.contains(QLatin1String("authorization")))
            result.reference = p.value(QLatin1String("authorization")).toString();
        if (p.contains(QLatin1String("tendered")))
            change += p.value(QLatin1String("tendered")).toInteger() - p.value(QLatin1String("amount")).toInteger();
        out.payments.append(result);
    }
    out.changeDue = money(change, currency);
    return out;
}

} // namespace

void SyncServer::handleSell(Session &session, const QString &id, const QByteArray &hash, const SellRequest &request)
{
    const auto hold = numericId(request.holdId);
    if (!hold) {
        sendError(session.socket, id, makeError(ErrorCode::HoldNotFound, QStringLiteral("no hold '%1'").arg(request.holdId), QStringLiteral("/body/holdId")));
        return;
    }
    const qint64 user = session.claims->userId;
    const QString key = QString::number(user) + u':' + id;
    Reply reply = replier(session, id);
    // A retry that arrives while the first attempt is still at the card terminal waits for its
    // answer instead of charging the card a second time.
    if (auto it = m_sellWaiters.find(key); it != m_sellWaiters.end()) {
        it->append(reply);
        return;
    }
    m_sellWaiters.insert(key, {reply});
    auto finish = [this, key](const QByteArray &frame) {
        const QList<Reply> waiting = m_sellWaiters.take(key);
        for (const Reply &r : waiting)
            r(frame);
    };
    QPointer<QWebSocket> socket = session.socket;
    const QString terminalId = session.terminalId;

    m_database->call("replay", {QByteArray::number(user), id.toUtf8(), hash},
                     [this, finish, socket, id, hash, request, hold, user, terminalId](Result<QJsonValue> replay) {
        if (!replay) {
            finish(encodeError(replay.error(), id));
            return;
        }
        if (replay->isObject()) {
            // Answered before: the same answer again, and no money moves.
            const QJsonObject r = replay->toObject();
            if (r.contains(QLatin1String("error")))
                finish(encodeError(operationError(r), id, errorDetails(r)));
            else
                finish(encodeMessage(sellReplyFrom(r, request, r.value(QLatin1String("payments")).toArray()), id));
            return;
        }
        m_database->call("hold_for_sale", {QByteArray::number(*hold), QByteArray::number(user)},
                         [this, finish, socket, id, hash, request, hold, user, terminalId](Result<QJsonValue> found) {
            if (!found) {
                finish(encodeError(found.error(), id));
                return;
            }
            const QJsonObject h = found->toObject();
            if (h.isEmpty() || h.value(QLatin1String("status")).toString() != QLatin1String("active")) {
                finish(encodeError(makeError(ErrorCode::HoldNotFound, QStringLiteral("no active hold '%1'").arg(request.holdId), QStringLiteral("/body/holdId")), id));
                return;
            }
            if (h.value(QLatin1String("expired")).toBool()) {
                finish(encodeError(makeError(ErrorCode::HoldExpired, QStringLiteral("the hold has expired; hold the seats again")), id));
                return;
            }
            const QString currency = h.value(QLatin1String("currency")).toString();
            const qint64 total = h.value(QLatin1String("total")).toInteger();
            qint64 paid = 0;
            for (qsizetype i = 0; i < request.payments.size(); ++i) {
                const Payment &p = request.payments[i];
                if (p.amount.currency().code() != currency) {
                    finish(encodeError(makeError(ErrorCode::CurrencyMismatch,
                                                 QStringLiteral("this show sells in %1").arg(currency),
                                                 QStringLiteral("/body/payments/%1/amount").arg(i)), id));
                    return;
                }
                paid += p.amount.minorUnits();
            }
            if (paid != total) {
                finish(encodeError(makeError(ErrorCode::PaymentMismatch,
                                             QStringLiteral("the payments add up to %1, the seats cost %2")
                                                 .arg(money(paid, currency).toString(), money(total, currency).toString()),
                                             QStringLiteral("/body/payments")),
                                   id, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("currency"), currency}}));
                return;
            }
            // Card payments first, one after the other; then the sale in one transaction.
            struct Progress
            {
                QJsonArray payments;
                QList<std::pair<QString, Money>> charged; // reference, amount: to give back on failure
                qsizetype next = 0;
            };
            auto progress = std::make_shared<Progress>();
            auto step = std::make_shared<std::function<void()>>();
            auto refundCharged = [this, progress] {
                for (const auto &[reference, amount] : progress->charged)
                    m_terminal->refund(reference + QStringLiteral("-void"), amount);
            };
            *step = [this, finish, socket, id, hash, request, hold, user, terminalId, progress, step, refundCharged]() {
                while (progress->next < request.payments.size()) {
                    const Payment &p = request.payments[progress->next];
                    QJsonObject entry{{QStringLiteral("method"), p.method == PaymentMethod::Card ? QStringLiteral("card") : QStringLiteral("cash")},
                                      {QStringLiteral("amount"), p.amount.minorUnits()}};
                    if (p.tendered)
                        entry.insert(QStringLiteral("tendered"), p.tendered->minorUnits());
                    if (p.method == PaymentMethod::Cash) {
                        progress->payments.append(entry);
                        ++progress->next;
                        continue;
                    }
                    const QString reference = QStringLiteral("sale-%1-%2-%3").arg(user).arg(id).arg(progress->next);
                    PaymentProgressPush waiting;
                    waiting.requestId = id;
                    waiting.holdId = request.holdId;
                    waiting.stage = PaymentStage::WaitingForCard;
                    waiting.message = QStringLiteral("Present the card to the terminal (%1)").arg(p.amount.toString());
                    send(socket, encodeMessage(waiting));
                    auto connection = std::make_shared<QMetaObject::Connection>();
                    *connection = connect(m_terminal, &PaymentTerminal::finished, this,
                                          [this, connection, reference, entry, p, progress, step, finish, id, socket, request, refundCharged](const QString &ref, const PaymentOutcome &outcome) mutable {
                        if (ref != reference || outcome.operation != PaymentOutcome::Operation::Charge)
                            return;
                        disconnect(*connection);
                        PaymentProgressPush stage;
                        stage.requestId = id;
                        stage.holdId = request.holdId;
                        stage.message = outcome.message;
                        if (outcome.status == PaymentOutcome::Status::Approved) {
                            stage.stage = PaymentStage::Approved;
                            send(socket, encodeMessage(stage));
                            entry.insert(QStringLiteral("authorization"), outcome.authorizationCode);
                            progress->payments.append(entry);
                            progress->charged.append({reference, p.amount});
                            ++progress->next;
                            (*step)();
                            return;
                        }
                        stage.stage = outcome.status == PaymentOutcome::Status::Declined ? PaymentStage::Declined : PaymentStage::Cancelled;
                        send(socket, encodeMessage(stage));
                        refundCharged();
                        *step = nullptr; // break the cycle
                        m_metrics->counter(QStringLiteral("marquee_card_payments_total"), QStringLiteral("Card payments by result."),
                                           {{QStringLiteral("result"), paymentStatusName(outcome.status)}}).increment();
                        if (outcome.status == PaymentOutcome::Status::Declined) {
                            finish(encodeError(makeError(ErrorCode::PaymentDeclined, QStringLiteral("the card was declined; the seats are still held")), id));
                        } else if (outcome.status == PaymentOutcome::Status::TimedOut) {
                            finish(encodeError(makeError(ErrorCode::PaymentTimeout, QStringLiteral("the card terminal did not answer; the seats are still held")), id));
                        } else {
                            finish(encodeError(makeError(ErrorCode::PaymentDeclined, QStringLiteral("the card terminal failed: %1").arg(outcome.message)), id));
                        }
                    });
                    m_terminal->charge(reference, p.amount);
                    return; // continues in the slot
                }
                m_database->call("sell",
                                 {QByteArray::number(user), id.toUtf8(), hash, terminalId.toUtf8(), QByteArray::number(*hold),
                                  QJsonDocument(progress->payments).toJson(QJsonDocument::Compact),
                                  request.customerEmail ? request.customerEmail->toUtf8() : QByteArray()},
                                 [this, finish, id, request, progress, refundCharged, step](Result<QJsonValue> result) {
                                     *step = nullptr; // break the cycle
                                     if (!result) {
                                         refundCharged();
                                         finish(encodeError(result.error(), id));
                                         return;
                                     }
                                     QJsonObject r = result->toObject();
                                     if (r.contains(QLatin1String("error"))) {
                                         refundCharged();
                                         finish(encodeError(operationError(r), id, errorDetails(r)));
                                         return;
                                     }
                                     committed(r);
                                     m_metrics->counter(QStringLiteral("marquee_sales_total"), QStringLiteral("Completed sales.")).increment();
                                     m_metrics->counter(QStringLiteral("marquee_tickets_sold_total"), QStringLiteral("Tickets sold."))
                                         .increment(double(r.value(QLatin1String("tickets")).toArray().size()));
                                     finish(encodeMessage(sellReplyFrom(r, request, progress->payments), id));
                                 });
            };
            (*step)();
        });
    });
}

void SyncServer::handleRefund(Session &session, const QString &id, const QByteArray &hash, const RefundRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks cannot refund; ask at the box office")));
        return;
    }
    const auto sale = numericId(request.saleId);
    if (!sale) {
        sendError(session.socket, id, notFound(QStringLiteral("sale"), request.saleId, QStringLiteral("/body/saleId")));
        return;
    }
    QByteArray tickets;
    if (request.ticketIds) {
        QStringList ids;
        for (qsizetype i = 0; i < request.ticketIds->size(); ++i) {
            const auto ticket = numericId(request.ticketIds->at(i));
            if (!ticket) {
                sendError(session.socket, id, notFound(QStringLiteral("ticket"), request.ticketIds->at(i),
                                                       QStringLiteral("/body/ticketIds/%1").arg(i)));
                return;
            }
            ids.append(QString::number(*ticket));
        }
        tickets = Database::textArray(ids);
    }
    Reply reply = replier(session, id);
    m_database->call("refund",
                     {QByteArray::number(session.claims->userId), roleName(session.claims->role).toUtf8(), id.toUtf8(), hash,
                      session.terminalId.toUtf8(), QByteArray::number(*sale), tickets, request.reason.toUtf8(),
                      QByteArray::number(m_config.cashierRefundWindowSeconds)},
                     [this, reply, id, request](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         if (r.contains(QLatin1String("error"))) {
                             reply(encodeError(operationError(r), id, errorDetails(r)));
                             return;
                         }
                         committed(r);
                         m_metrics->counter(QStringLiteral("marquee_refunds_total"), QStringLiteral("Completed refunds.")).increment();
                         RefundReply out;
                         out.refundId = QString::number(r.value(QLatin1String("refund")).toInteger());
                         out.saleId = request.saleId;
                         for (const QJsonValue &t : r.value(QLatin1String("tickets")).toArray())
                             out.ticketIds.append(QString::number(t.toInteger()));
                         const QString currency = r.value(QLatin1String("currency")).toString();
                         out.amount = money(r.value(QLatin1String("amount")).toInteger(), currency);
                         for (const QJsonValue &v : r.value(QLatin1String("payments")).toArray()) {
                             PaymentResult back;
                             back.method = methodFromName(v.toObject().value(QLatin1String("method")).toString());
                             back.amount = money(v.toObject().value(QLatin1String("amount")).toInteger(), currency);
                             out.payments.append(back);
                         }
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleFindSales(Session &session, const QString &id, const FindSalesRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks cannot look up sales")));
        return;
    }
    QByteArray code, saleId, user, terminal;
    if (request.ticketCode)
        code = request.ticketCode->toUtf8();
    if (request.saleId) {
        const auto sale = numericId(*request.saleId);
        if (!sale) {
            send(session.socket, encodeMessage(FindSalesReply{}, id));
            return;
        }
        saleId = QByteArray::number(*sale);
    }
    if (request.recent) {
        if (*request.recent == SalesScope::User)
            user = QByteArray::number(session.claims->userId);
        else
            terminal = session.terminalId.toUtf8();
    }
    Reply reply = replier(session, id);
    m_database->call("find_sales", {code, saleId, user, terminal, QByteArray::number(request.limit)},
                     [reply, id](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         FindSalesReply out;
                         for (const QJsonValue &v : result->toArray()) {
                             const QJsonObject o = v.toObject();
                             const QString currency = o.value(QLatin1String("currency")).toString();
                             SaleRecord sale;
                             sale.saleId = QString::number(o.value(QLatin1String("sale")).toInteger());
                             sale.showId = QString::number(o.value(QLatin1String("show")).toInteger());
                             sale.soldAt = fromMs(o.value(QLatin1String("at")));
                             sale.terminalId = o.value(QLatin1String("terminal")).toString();
                             sale.userId = QString::number(o.value(QLatin1String("user")).toInteger());
                             sale.total = money(o.value(QLatin1String("total")).toInteger(), currency);
                             for (const QJsonValue &t : o.value(QLatin1String("tickets")).toArray())
                                 sale.tickets.append(ticketFromJson(t.toObject(), currency));
                             out.sales.append(sale);
                         }
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleVerifyTicket(Session &session, const QString &id, const VerifyTicketRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks cannot verify tickets")));
        return;
    }
    if (request.admit) {
        sendError(session.socket, id, makeError(ErrorCode::InvalidValue, QStringLiteral("admission at the door is not supported yet"),
                                                QStringLiteral("/body/admit")));
        return;
    }
    Reply reply = replier(session, id);
    const QString code = request.code;
    m_database->call("verify_ticket", {request.code.toUtf8()}, [reply, id, code](Result<QJsonValue> result) {
        if (!result) {
            reply(encodeError(result.error(), id));
            return;
        }
        const QJsonObject t = result->toObject();
        if (t.isEmpty()) {
            reply(encodeError(notFound(QStringLiteral("ticket"), code, QStringLiteral("/body/code")), id));
            return;
        }
        VerifyTicketReply out;
        out.ticket = ticketFromJson(t, t.value(QLatin1String("currency")).toString());
        out.saleId = QString::number(t.value(QLatin1String("sale")).toInteger());
        out.showId = QString::number(t.value(QLatin1String("show")).toInteger());
        reply(encodeMessage(out, id));
    });
}

namespace {

// A report of marquee_shift_report (server/sql/005_...) or of the period statement.
QList<MethodTotal> methodTotals(const QJsonObject &o, const QString &currency)
{
    QHash<int, MethodTotal> totals;
    const auto entry = [&](const QJsonObject &row) -> MethodTotal & {
        const PaymentMethod method = methodFromName(row.value(QLatin1String("method")).toString());
        MethodTotal &t = totals[int(method)];
        t.method = method;
        if (!t.sales.currency().isValid())
            t.sales = money(0, currency);
        if (!t.refunds.currency().isValid())
            t.refunds = money(0, currency);
        return t;
    };
    for (const QJsonValue &v : o.value(QLatin1String("sales")).toArray()) {
        MethodTotal &t = entry(v.toObject());
        t.sales = money(v.toObject().value(QLatin1String("amount")).toInteger(), currency);
        t.salesCount = v.toObject().value(QLatin1String("count")).toInteger();
    }
    for (const QJsonValue &v : o.value(QLatin1String("refunds")).toArray()) {
        MethodTotal &t = entry(v.toObject());
        t.refunds = money(v.toObject().value(QLatin1String("amount")).toInteger(), currency);
        t.refundsCount = v.toObject().value(QLatin1String("count")).toInteger();
    }
    QList<MethodTotal> out;
    for (const PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card}) {
        if (totals.contains(int(m)))
            out.append(totals.value(int(m)));
    }
    return out;
}

ShiftReportReply shiftReportFrom(const QJsonObject &o)
{
    const QString currency = o.value(QLatin1String("currency")).toString();
    ShiftReportReply out;
    out.shiftId = QString::number(o.value(QLatin1String("shift")).toInteger());
    out.userId = QString::number(o.value(QLatin1String("user")).toInteger());
    out.userName = o.value(QLatin1String("userName")).toString();
    out.terminalId = o.value(QLatin1String("terminal")).toString();
    out.from = fromMs(o.value(QLatin1String("openedAt")));
    out.closed = !o.value(QLatin1String("closedAt")).isNull();
    out.to = fromMs(o.value(QLatin1String(out.closed ? "closedAt" : "now")));
    out.totals = methodTotals(o, currency);
    out.ticketsSold = o.value(QLatin1String("ticketsSold")).toInteger();
    out.ticketsRefunded = o.value(QLatin1String("ticketsRefunded")).toInteger();
    out.openingFloat = money(o.value(QLatin1String("openingFloat")).toInteger(), currency);
    const qint64 expected = o.value(QLatin1String("expectedCash")).toInteger();
    out.expectedCash = money(expected, currency);
    if (out.closed) {
        const qint64 counted = o.value(QLatin1String("countedCash")).toInteger();
        out.countedCash = money(counted, currency);
        out.difference = money(counted - expected, currency);
    }
    return out;
}

} // namespace

void SyncServer::handleShiftReport(Session &session, const QString &id, const ShiftReportRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks have no shifts")));
        return;
    }
    Reply reply = replier(session, id);
    if (!request.from && !request.to) {
        // A shift: the terminal's open one, or the one asked for.
        QByteArray statement = "shift_report_open";
        QByteArray parameter = session.terminalId.toUtf8();
        if (request.shiftId) {
            const auto shift = numericId(*request.shiftId);
            if (!shift) {
                reply(encodeError(notFound(QStringLiteral("shift"), *request.shiftId, QStringLiteral("/body/shiftId")), id));
                return;
            }
            statement = "shift_report_by_id";
            parameter = QByteArray::number(*shift);
        }
        const QString terminalId = session.terminalId;
        const Role role = session.claims->role;
        const std::optional<QString> asked = request.shiftId;
        m_database->call(statement, {parameter}, [reply, id, terminalId, role, asked](Result<QJsonValue> result) {
            if (!result) {
                reply(encodeError(result.error(), id));
                return;
            }
            const QJsonObject o = result->toObject();
            if (o.isEmpty()) {
                reply(encodeError(asked ? notFound(QStringLiteral("shift"), *asked, QStringLiteral("/body/shiftId"))
                                        : makeError(ErrorCode::NotFound, QStringLiteral("no open shift at terminal '%1'").arg(terminalId)),
                                  id));
                return;
            }
            const ShiftReportReply out = shiftReportFrom(o);
            // Cashiers see the shifts of their own terminal; managers every shift.
            if (out.terminalId != terminalId && role == Role::Cashier) {
                reply(encodeError(makeError(ErrorCode::Forbidden, QStringLiteral("the shift belongs to another terminal")), id));
                return;
            }
            reply(encodeMessage(out, id));
        });
        return;
    }
    const QDateTime from = request.from.value_or(session.signedInAt);
    const QDateTime to = request.to.value_or(QDateTime::currentDateTimeUtc());
    const QString userId = QString::number(session.claims->userId);
    const QString terminalId = session.terminalId;
    m_database->call("shift_report", {userId.toUtf8(), isoTime(from), isoTime(to)},
                     [reply, id, from, to, userId, terminalId](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject o = result->toObject();
                         const QString currency = o.value(QLatin1String("currency")).toString(QStringLiteral("EUR"));
                         ShiftReportReply out;
                         out.userId = userId;
                         out.userName = o.value(QLatin1String("userName")).toString();
                         out.terminalId = terminalId;
                         out.from = from;
                         out.to = to;
                         out.totals = methodTotals(o, currency);
                         out.ticketsSold = o.value(QLatin1String("ticketsSold")).toInteger();
                         out.ticketsRefunded = o.value(QLatin1String("ticketsRefunded")).toInteger();
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleCloseShift(Session &session, const QString &id, const QByteArray &hash, const CloseShiftRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks have no shifts")));
        return;
    }
    Reply reply = replier(session, id);
    m_database->call("close_shift",
                     {QByteArray::number(session.claims->userId), id.toUtf8(), hash, session.terminalId.toUtf8(),
                      QByteArray::number(request.countedCash.minorUnits()), request.countedCash.currency().code().toUtf8(),
                      request.note ? request.note->toUtf8() : QByteArray()},
                     [this, reply, id](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         if (r.contains(QLatin1String("error"))) {
                             reply(encodeError(operationError(r), id));
                             return;
                         }
                         CloseShiftReply out;
                         out.report = shiftReportFrom(r.value(QLatin1String("report")).toObject());
                         m_metrics->counter(QStringLiteral("marquee_shifts_closed_total"), QStringLiteral("Shifts closed.")).increment();
                         qCInfo(lcServer).noquote() << "shift" << *out.report.shiftId << "closed at" << out.report.terminalId
                                                    << "difference" << out.report.difference->minorUnits();
                         reply(encodeMessage(out, id));
                     });
}

} // namespace Marquee
