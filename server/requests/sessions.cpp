// Sessions: hello, sign-in (with the terminal's shift and the user's holds), resume, sign-out.
#include "syncserver.h"

#include "auth.h"
#include "database.h"
#include "logging.h"
#include "metrics.h"
#include "offloop.h"
#include "paymentterminal.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"
#include "showcache.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QTimeZone>

namespace Marquee {

namespace {

// A well-formed hash that never matches: unknown users cost as much time as wrong passwords.
const QString &dummyHash()
{
    static const QString hash = hashPassword(QStringLiteral("not a password"), defaultPasswordIterations);
    return hash;
}

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

void SyncServer::handleHello(Session &session, const QString &id, const HelloRequest &request)
{
    if (!request.versions.contains(ProtocolVersion)) {
        sendError(session.socket, id, makeError(ErrorCode::UnsupportedVersion,
                                                QStringLiteral("this server speaks protocol version %1").arg(ProtocolVersion),
                                                QStringLiteral("/body/versions")));
        return;
    }
    session.hello = true;
    // Without a terminalId the connection keeps the name it got when it connected (acceptConnection()).
    if (!request.terminalId.isEmpty())
        session.terminalId = request.terminalId;
    HelloReply reply;
    reply.serverName = m_config.serverName;
    reply.serverVersion = QStringLiteral(MARQUEE_VERSION);
    reply.serverTime = QDateTime::currentDateTimeUtc();
    reply.limits.maxFrameBytes = m_config.maxFrameBytes;
    send(session.socket, encodeMessage(reply, id));
}

// sign_in in steps: signInLookup (the user and the name's lockout, one round trip), the password
// checked off the event loop, then signInRefused (counted in the database, answered
// BAD_CREDENTIALS or ACCOUNT_LOCKED) or signInAccepted (failures forgotten, the session starts).
void SyncServer::handleSignIn(Session &session, const QString &id, const SignInRequest &request)
{
    Reply reply = replier(session, id);
    QPointer<QWebSocket> socket = session.socket;
    const SignInRequest copy = request;
    m_database->call("sign_in_lookup", {request.user.toUtf8()}, [this, reply, socket, id, copy](Result<QJsonValue> lookup) {
        if (!lookup) {
            reply(encodeError(lookup.error(), id));
            return;
        }
        const QJsonObject found = lookup->toObject();
        const qint64 lockedFor = found.value(QLatin1String("lockedFor")).toInteger();
        if (lockedFor > 0) {
            // Locked: refused without looking at the password (the right one too).
            countSignIn(QStringLiteral("locked"));
            reply(encodeError(accountLocked(lockedFor), id, {{QStringLiteral("retryAfterSeconds"), lockedFor}}));
            return;
        }
        const QJsonObject row = found.value(QLatin1String("user")).toObject();
        // The KDF is slow on purpose: keep it off the event loop.
        offLoop(m_cpuPool, this,
                [password = copy.password, hash = row.value(QLatin1String("hash")).toString(), unknown = row.isEmpty()] {
                    return verifyPassword(password, unknown ? dummyHash() : hash);
                },
                [this, reply, socket, id, copy, row](bool matches) {
                    const auto role = roleFromName(row.value(QLatin1String("role")).toString());
                    // A disabled user is refused like a wrong password: the answer does not tell
                    // which names exist.
                    if (!matches || row.isEmpty() || !row.value(QLatin1String("active")).toBool() || !role)
                        signInRefused(reply, id, copy.user);
                    else
                        signInAccepted(reply, id, socket, row, *role, copy.openingFloat, copy.drawer.value_or(true));
                });
    });
}

void SyncServer::countSignIn(const QString &result)
{
    m_metrics->counter(QStringLiteral("marquee_sign_ins_total"), QStringLiteral("Sign-ins by result."),
                       {{QStringLiteral("result"), result}}).increment();
}

Error SyncServer::accountLocked(qint64 seconds)
{
    return makeError(ErrorCode::AccountLocked,
                     QStringLiteral("too many failed sign-ins for this user name; retry in %1 seconds").arg(seconds));
}

void SyncServer::signInRefused(const Reply &reply, const QString &id, const QString &user)
{
    countSignIn(QStringLiteral("refused"));
    m_database->call("sign_in_failed",
                     {user.toUtf8(), QByteArray::number(m_config.signInWindowSeconds),
                      QByteArray::number(m_config.signInMaxFailures), QByteArray::number(m_config.signInLockSeconds)},
                     [this, reply, id, user](Result<QJsonValue> counted) {
                         const qint64 lockedFor = counted ? counted->toObject().value(QLatin1String("lockedFor")).toInteger() : 0;
                         if (!counted)
                             qCWarning(lcServer).noquote() << "sign-in failure not counted:" << counted.error().toString();
                         if (lockedFor > 0) {
                             qCWarning(lcServer).noquote() << "sign-ins locked for" << lockedFor << "s after failures:" << user;
                             reply(encodeError(accountLocked(lockedFor), id, {{QStringLiteral("retryAfterSeconds"), lockedFor}}));
                             return;
                         }
                         reply(encodeError(makeError(ErrorCode::BadCredentials, QStringLiteral("unknown user or wrong password")), id));
                     });
}

void SyncServer::signInAccepted(const Reply &reply, const QString &id, QPointer<QWebSocket> socket, const QJsonObject &row,
                                Role role, const std::optional<Money> &openingFloat, bool drawer)
{
    TokenClaims claims;
    claims.userId = row.value(QLatin1String("id")).toInteger();
    claims.username = row.value(QLatin1String("username")).toString();
    claims.role = role;
    claims.epoch = row.value(QLatin1String("epoch")).toInteger();
    claims.issuedAt = QDateTime::currentDateTimeUtc();
    claims.expiresAt = claims.issuedAt.addSecs(m_config.tokenLifetimeSeconds);
    claims.sessionId = TokenSigner::generateSessionId();
    noteEpoch(claims.userId, claims.epoch);
    const QString token = m_signer->issue(claims);
    const QString name = row.value(QLatin1String("name")).toString();
    m_database->call("signed_in", {QByteArray::number(claims.userId)},
                     [this, reply, id, socket, claims, token, name, openingFloat, drawer](Result<QJsonValue> done) {
                         if (!done) {
                             reply(encodeError(done.error(), id));
                             return;
                         }
                         countSignIn(QStringLiteral("ok"));
                         qCInfo(lcServer).noquote() << "signed in:" << claims.username << roleName(claims.role) << "request" << id;
                         startSession(reply, id, socket, claims,
                                      sessionReply(token, claims, name, holdTtlFor(m_config, claims.role)), openingFloat, drawer);
                     });
}

void SyncServer::handleResume(Session &session, const QString &id, const ResumeRequest &request)
{
    auto claims = m_signer->verify(request.token, QDateTime::currentDateTimeUtc());
    const bool drawer = request.drawer.value_or(true);
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
    // The user may have been disabled, or their sessions ended, or this one signed out, since the
    // token was issued.
    m_database->call("resume_user", {QByteArray::number(verified.userId), verified.sessionId.toUtf8()},
                     [this, reply, socket, id, token, verified, drawer](Result<QJsonValue> user) {
        if (!user) {
            reply(encodeError(user.error(), id));
            return;
        }
        const QJsonObject row = user->toObject();
        if (row.isEmpty() || !row.value(QLatin1String("active")).toBool()) {
            reply(encodeError(makeError(ErrorCode::TokenInvalid, QStringLiteral("the user no longer exists or is disabled"),
                                        QStringLiteral("/body/token")), id));
            return;
        }
        const qint64 epoch = row.value(QLatin1String("epoch")).toInteger();
        noteEpoch(verified.userId, epoch);
        if (verified.epoch < epoch) {
            reply(encodeError(sessionEnded(), id));
            return;
        }
        if (row.value(QLatin1String("revoked")).toBool()) {
            reply(encodeError(makeError(ErrorCode::TokenInvalid, QStringLiteral("this session has signed out; sign in again"),
                                        QStringLiteral("/body/token")), id));
            return;
        }
        startSession(reply, id, socket, verified,
                     sessionReply(token, verified, row.value(QLatin1String("name")).toString(), holdTtlFor(m_config, verified.role)),
                     std::nullopt, drawer);
    });
}

void SyncServer::startSession(const Reply &reply, const QString &id, QPointer<QWebSocket> socket, const TokenClaims &claims,
                              SessionReply session, const std::optional<Money> &openingFloat, bool takesMoney)
{
    const auto live = m_sessions.value(socket.data());
    if (!live) {
        reply({});
        return;
    }
    const QString terminalId = live->terminalId;
    // Kiosks take cards only, and the back office and the studio take no money: no drawer, no shift.
    const bool drawer = claims.role != Role::Kiosk && takesMoney;
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
                             hold.ticketTypes
                                 = seatTicketTypesFromJson(h.value(QLatin1String("ticketTypes")).toArray());
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
    // Requests that arrive from now on wait for this sign_out's answer (dispatch()).
    session.signingOut = true;
    QPointer<QWebSocket> socket = session.socket;
    if (session.inFlight > 0) {
        // Requests sent before sign_out (a pipelined hold) finish first, so that their holds are
        // released too.
        session.whenIdle = [this, socket, id] {
            const auto live = m_sessions.value(socket.data());
            if (!live)
                return;
            if (!live->claims) {
                sendError(socket, id, makeError(ErrorCode::Unauthenticated, QStringLiteral("sign in first")));
                serveAfterSignOut(socket);
            } else {
                handleSignOut(*live, id);
            }
        };
        return;
    }
    // The session's holds at this terminal are released and its token is revoked (PROTOCOL.md), in
    // one transaction; the answer comes once both are done. Until then the session stays signed in,
    // so that a sign_out that fails (the database away) can be sent again.
    Reply reply = replier(session, id);
    const TokenClaims claims = *session.claims;
    m_database->call("sign_out",
                     {QByteArray::number(claims.userId), id.toUtf8(), session.terminalId.toUtf8(), claims.sessionId.toUtf8(),
                      isoTime(claims.expiresAt)},
                     [this, reply, id, claims, socket](Result<QJsonValue> result) {
                         if (!result) {
                             qCWarning(lcServer).noquote() << "sign_out failed:" << result.error().toString();
                             reply(encodeError(result.error(), id));
                             serveAfterSignOut(socket); // still signed in: served as before
                             return;
                         }
                         for (const QJsonValue &released : result->toArray())
                             committed(released.toObject());
                         sessionSignedOut(claims.sessionId);
                         reply(encodeMessage(SignOutReply{}, id));
                         serveAfterSignOut(socket);
                     });
}

void SyncServer::serveAfterSignOut(const QPointer<QWebSocket> &socket)
{
    const auto session = m_sessions.value(socket.data());
    if (!session)
        return;
    session->signingOut = false;
    const QList<Envelope> waiting = std::exchange(session->afterSignOut, {});
    for (const Envelope &envelope : waiting) {
        // One of them may be a sign_out (or close the connection): dispatch() queues again or the
        // session is gone.
        const auto live = m_sessions.value(socket.data());
        if (!live)
            return;
        dispatch(*live, envelope);
    }
}

void SyncServer::sessionSignedOut(const QString &sessionId)
{
    // Every connection of this session here (a token may be resumed on several) is signed out: no
    // more pushes, and its next request is UNAUTHENTICATED. Other processes learn it from the
    // change feed ("session:<id>", onNotification()).
    for (const auto &session : std::as_const(m_sessions)) {
        if (session->claims && session->claims->sessionId == sessionId) {
            session->claims.reset();
            unsubscribeAll(*session);
        }
    }
}

} // namespace Marquee
