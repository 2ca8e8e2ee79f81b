// Users: listing, creating, changing and disabling accounts, password resets (admins; managers for
// cashiers and kiosks) and everyone's own password change; and the session epochs that end a
// user's sessions on every server process at once. The database does each change in one function
// (server/db/sql/008_users.sql) and is the judge of the role rules; the server hashes passwords
// (off the event loop) and pre-checks what the token's role can never do.
#include "syncserver.h"

#include "auth.h"
#include "database.h"
#include "logging.h"
#include "offloop.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace Marquee {

namespace {

UserAccount accountFromJson(const QJsonObject &o)
{
    UserAccount u;
    u.id = QString::number(o.value(QLatin1String("id")).toInteger());
    u.user = o.value(QLatin1String("user")).toString();
    u.name = o.value(QLatin1String("name")).toString();
    u.role = roleFromName(o.value(QLatin1String("role")).toString()).value_or(Role::Kiosk);
    u.active = o.value(QLatin1String("active")).toBool();
    u.createdAt = fromMs(o.value(QLatin1String("createdAt")));
    if (o.contains(QLatin1String("lastSignInAt")))
        u.lastSignInAt = fromMs(o.value(QLatin1String("lastSignInAt")));
    return u;
}

bool replayed(const QJsonObject &result)
{
    return result.value(QLatin1String("replayed")).toBool();
}

Error forbiddenFor(Role role)
{
    return makeError(ErrorCode::Forbidden,
                     QStringLiteral("your role may not manage %1 accounts").arg(roleName(role)));
}

} // namespace

// ---- Session epochs -----------------------------------------------------------------------------

Error SyncServer::sessionEnded()
{
    return makeError(ErrorCode::TokenInvalid,
                     QStringLiteral("this session has ended (the account was disabled, its role or password "
                                    "changed); sign in again"));
}

void SyncServer::noteEpoch(qint64 userId, qint64 epoch)
{
    qint64 &known = m_userEpochs[userId];
    if (epoch <= known)
        return;
    known = epoch;
    // The user's older sessions here get no more pushes; their next request is refused (dispatch()).
    // (A session changing its own password moves to the new epoch itself: passwordChanged().)
    for (const auto &session : std::as_const(m_sessions)) {
        if (session->claims && session->claims->userId == userId && session->claims->epoch < epoch
            && !session->changingPassword)
            unsubscribeAll(*session);
    }
}

bool SyncServer::sessionIsCurrent(const Session &session) const
{
    return !session.claims || m_userEpochs.value(session.claims->userId, 0) <= session.claims->epoch;
}

void SyncServer::refreshEpochs()
{
    QStringList users;
    for (const auto &session : std::as_const(m_sessions)) {
        if (session->claims)
            users.append(QString::number(session->claims->userId));
    }
    if (users.isEmpty())
        return;
    users.removeDuplicates();
    m_database->call("user_epochs", { Database::textArray(users) }, [this](Result<QJsonValue> epochs) {
        if (!epochs)
            return;
        const QJsonObject known = epochs->toObject();
        for (auto e = known.constBegin(); e != known.constEnd(); ++e)
            noteEpoch(e.key().toLongLong(), e.value().toInteger());
    });
}

// ---- Requests ---------------------------------------------------------------------------------

bool SyncServer::allowUserManagement(Session &session, const QString &id, std::optional<Role> role)
{
    const Role own = session.claims->role;
    const bool allowed = own == Role::Admin
        || (own == Role::Manager && (!role || *role == Role::Cashier || *role == Role::Kiosk));
    if (!allowed)
        sendError(
            session.socket, id,
            role ? forbiddenFor(*role)
                 : makeError(ErrorCode::Forbidden, QStringLiteral("only managers and admins manage users")));
    return allowed;
}

void SyncServer::hashThen(const QString &password, std::function<void(const QString &hash)> next)
{
    const int iterations = m_config.passwordIterations;
    offLoop(m_cpuPool, this, [password, iterations] { return hashPassword(password, iterations); }, std::move(next));
}

void SyncServer::handleListUsers(Session &session, const QString &id)
{
    if (!allowUserManagement(session, id, std::nullopt))
        return;
    Reply reply = replier(session, id);
    m_database->call("list_users", {}, [reply, id](Result<QJsonValue> result) {
        if (!result) {
            reply(encodeError(result.error(), id));
            return;
        }
        ListUsersReply out;
        for (const QJsonValue &v : result->toArray())
            out.users.append(accountFromJson(v.toObject()));
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleCreateUser(Session &session, const QString &id, const QByteArray &hash,
                                  const CreateUserRequest &request)
{
    if (!allowUserManagement(session, id, request.role))
        return;
    Reply reply = replier(session, id);
    const bool generated = !request.password;
    const QString password = generated ? generatePassword() : *request.password;
    const QList<QByteArray> parameters = { QByteArray::number(session.claims->userId),
                                           id.toUtf8(),
                                           hash,
                                           request.user.toUtf8(),
                                           request.name.toUtf8(),
                                           roleName(request.role).toUtf8() };
    hashThen(password, [this, reply, id, parameters, generated, password](const QString &passwordHash) {
        runOperation("create_user", parameters + QList<QByteArray> { passwordHash.toUtf8() }, reply, id,
                     [reply, id, generated, password](const QJsonObject &r) {
                         CreateUserReply out;
                         out.user = accountFromJson(r.value(QLatin1String("user")).toObject());
                         // Shown once: a retry's answer comes from the idempotency record, which
                         // holds no password.
                         if (generated && !replayed(r))
                             out.password = password;
                         qCInfo(lcServer).noquote()
                             << "user created:" << out.user.user << roleName(out.user.role);
                         reply(encodeMessage(out, id));
                     });
    });
}

void SyncServer::handleUpdateUser(Session &session, const QString &id, const QByteArray &hash,
                                  const UpdateUserRequest &request)
{
    if (!allowUserManagement(session, id, request.role))
        return;
    const auto user = numericId(request.userId);
    if (!user) {
        sendError(session.socket, id,
                  notFound(QStringLiteral("user"), request.userId, QStringLiteral("/body/userId")));
        return;
    }
    Reply reply = replier(session, id);
    runOperation("update_user",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*user),
                   request.name ? request.name->toUtf8() : QByteArray(),
                   request.role ? roleName(*request.role).toUtf8() : QByteArray(),
                   request.active ? QByteArray(*request.active ? "true" : "false") : QByteArray() },
                 reply, id, [reply, id](const QJsonObject &r) {
                     UpdateUserReply out;
                     out.user = accountFromJson(r.value(QLatin1String("user")).toObject());
                     reply(encodeMessage(out, id));
                 });
}

void SyncServer::handleResetPassword(Session &session, const QString &id, const QByteArray &hash,
                                     const ResetPasswordRequest &request)
{
    if (!allowUserManagement(session, id, std::nullopt))
        return;
    const auto user = numericId(request.userId);
    if (!user) {
        sendError(session.socket, id,
                  notFound(QStringLiteral("user"), request.userId, QStringLiteral("/body/userId")));
        return;
    }
    Reply reply = replier(session, id);
    const QString password = generatePassword();
    const QList<QByteArray> parameters
        = { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*user) };
    hashThen(password, [this, reply, id, parameters, password, request](const QString &passwordHash) {
        runOperation("reset_password", parameters + QList<QByteArray> { passwordHash.toUtf8() }, reply, id,
                     [reply, id, password, request](const QJsonObject &r) {
                         ResetPasswordReply out;
                         out.userId = request.userId;
                         if (!replayed(r))
                             out.password = password;
                         reply(encodeMessage(out, id));
                     });
    });
}

// change_password in steps: the first answer of a retry or the user's hash (one round trip), the
// old password checked and the new one hashed off the event loop, the change (the user's epoch
// rises: every other session ends), and a token of the new epoch for this session.
void SyncServer::handleChangePassword(Session &session, const QString &id, const QByteArray &hash,
                                      const ChangePasswordRequest &request)
{
    QPointer<QWebSocket> socket = session.socket;
    session.changingPassword = true;
    const Reply answer = replier(session, id);
    const Reply reply = [this, answer, socket](const QByteArray &frame) {
        if (const auto current = m_sessions.value(socket.data()))
            current->changingPassword = false;
        answer(frame);
    };
    const qint64 user = session.claims->userId;
    const QList<QByteArray> key = { QByteArray::number(user), id.toUtf8(), hash };
    m_database->call(
        "change_password_read", key, [this, reply, socket, id, key, request](Result<QJsonValue> read) {
            if (!read) {
                reply(encodeError(read.error(), id));
                return;
            }
            const QJsonObject found = read->toObject();
            const QJsonObject row = found.value(QLatin1String("user")).toObject();
            if (row.isEmpty() || !row.value(QLatin1String("active")).toBool()) {
                reply(encodeError(sessionEnded(), id));
                return;
            }
            const QJsonObject first = found.value(QLatin1String("replay")).toObject();
            if (!first.isEmpty()) {
                QJsonObject replay = first;
                replay.insert(QStringLiteral("epoch"), row.value(QLatin1String("epoch")));
                finishOperation(
                    QJsonValue(replay), reply, id, [this, reply, socket, id](const QJsonObject &r) {
                        passwordChanged(reply, socket, id, r.value(QLatin1String("epoch")).toInteger());
                    });
                return;
            }
            const QString stored = row.value(QLatin1String("hash")).toString();
            const int iterations = m_config.passwordIterations;
            offLoop(
                m_cpuPool, this,
                [oldPassword = request.oldPassword, newPassword = request.newPassword, stored, iterations] {
                    // The new hash, or a null string when the old password is wrong.
                    return verifyPassword(oldPassword, stored) ? hashPassword(newPassword, iterations) : QString();
                },
                [this, reply, socket, id, key](const QString &newHash) {
                    if (newHash.isNull()) {
                        reply(encodeError(makeError(ErrorCode::BadCredentials,
                                                    QStringLiteral("the old password is wrong"),
                                                    QStringLiteral("/body/oldPassword")),
                                          id));
                        return;
                    }
                    runOperation("change_password", key + QList<QByteArray> { newHash.toUtf8() }, reply, id,
                                 [this, reply, socket, id](const QJsonObject &r) {
                                     passwordChanged(reply, socket, id, r.value(QLatin1String("epoch")).toInteger());
                                 });
                });
        });
}

void SyncServer::passwordChanged(const Reply &reply, QPointer<QWebSocket> socket, const QString &id,
                                 qint64 epoch)
{
    ChangePasswordReply out;
    if (const auto session = m_sessions.value(socket.data()); session && session->claims) {
        // This session stays, at the new epoch, with a token that resumes it.
        TokenClaims claims = *session->claims;
        claims.epoch = std::max(claims.epoch, epoch);
        claims.issuedAt = QDateTime::currentDateTimeUtc();
        claims.expiresAt = claims.issuedAt.addSecs(m_config.tokenLifetimeSeconds);
        session->claims = claims;
        noteEpoch(claims.userId, epoch);
        out.token = m_signer->issue(claims);
        out.expiresAt = claims.expiresAt;
    }
    reply(encodeMessage(out, id));
}

} // namespace Marquee
