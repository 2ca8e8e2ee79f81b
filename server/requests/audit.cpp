// The audit log: one page of it, newest first, for managers and admins (read-only). Every change
// writes its row in the database function that makes it; the sweeper writes the expired holds
// (server/db/sql/010_audit_index.sql). One query per page (database.cpp, "list_audit_log").
#include "syncserver.h"

#include "database.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace Marquee {

namespace {

std::optional<QString> optionalId(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    return QString::number(value.toInteger());
}

AuditEntry entryFromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.id = QString::number(o.value(QLatin1String("id")).toInteger());
    e.at = fromMs(o.value(QLatin1String("at")));
    e.userId = optionalId(o.value(QLatin1String("user")));
    if (const QJsonValue name = o.value(QLatin1String("userName")); name.isString())
        e.userName = name.toString();
    e.action = o.value(QLatin1String("action")).toString();
    e.saleId = optionalId(o.value(QLatin1String("sale")));
    e.refundId = optionalId(o.value(QLatin1String("refund")));
    e.details = o.value(QLatin1String("details")).toObject();
    return e;
}

} // namespace

void SyncServer::handleListAuditLog(Session &session, const QString &id, const ListAuditLogRequest &request)
{
    const Role role = session.claims->role;
    if (role != Role::Manager && role != Role::Admin) {
        sendError(
            session.socket, id,
            makeError(ErrorCode::Forbidden, QStringLiteral("only managers and admins read the audit log")));
        return;
    }
    // Ids that cannot exist (not a number) match nothing: NOT_FOUND, like every other id.
    QByteArray user;
    if (request.userId) {
        const auto numeric = numericId(*request.userId);
        if (!numeric) {
            sendError(session.socket, id,
                      notFound(QStringLiteral("user"), *request.userId, QStringLiteral("/body/userId")));
            return;
        }
        user = QByteArray::number(*numeric);
    }
    QByteArray before;
    if (request.before) {
        const auto numeric = numericId(*request.before);
        if (!numeric) {
            sendError(
                session.socket, id,
                notFound(QStringLiteral("audit entry"), *request.before, QStringLiteral("/body/before")));
            return;
        }
        before = QByteArray::number(*numeric);
    }
    Reply reply = replier(session, id);
    m_database->call("list_audit_log",
                     { request.from ? isoTime(*request.from) : QByteArray(),
                       request.to ? isoTime(*request.to) : QByteArray(), user,
                       request.actions.isEmpty() ? QByteArray() : Database::textArray(request.actions),
                       before, QByteArray::number(request.limit) },
                     [reply, id](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject page = result->toObject();
                         ListAuditLogReply out;
                         for (const QJsonValue &v : page.value(QLatin1String("entries")).toArray())
                             out.entries.append(entryFromJson(v.toObject()));
                         out.more = page.value(QLatin1String("more")).toBool();
                         reply(encodeMessage(out, id));
                     });
}

} // namespace Marquee
