// Webhooks (admins): the endpoints that receive the outbox's events (server/events/, docs/EVENTS.md).
// The database saves them with their consumer cursor and audit record (server/db/sql/022_outbox.sql)
// and wakes the publisher; the secret goes in and never comes back out.
#include "syncserver.h"

#include "database.h"
#include "logging.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace Marquee {

namespace {

std::optional<QDateTime> optionalTime(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return std::nullopt;
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Webhook webhookFromJson(const QJsonObject &o)
{
    Webhook w;
    w.id = o.value(QLatin1String("id")).toString();
    w.url = o.value(QLatin1String("url")).toString();
    for (const QJsonValue &t : o.value(QLatin1String("eventTypes")).toArray())
        w.eventTypes.append(t.toString());
    w.active = o.value(QLatin1String("active")).toBool();
    w.createdAt = optionalTime(o, "createdAt").value_or(QDateTime());
    const QJsonObject d = o.value(QLatin1String("delivery")).toObject();
    w.delivery.delivered = d.value(QLatin1String("delivered")).toInteger();
    w.delivery.pending = d.value(QLatin1String("pending")).toInteger();
    w.delivery.givenUp = d.value(QLatin1String("givenUp")).toInteger();
    w.delivery.lastDeliveredAt = optionalTime(d, "lastDeliveredAt");
    w.delivery.failingSince = optionalTime(d, "failingSince");
    if (w.delivery.failingSince) { // the rest of a failure is said only while it lasts
        w.delivery.attempts = d.value(QLatin1String("attempts")).toInteger();
        w.delivery.nextAttemptAt = optionalTime(d, "nextAttemptAt");
        if (d.value(QLatin1String("lastError")).isString())
            w.delivery.lastError = d.value(QLatin1String("lastError")).toString();
    }
    for (const QJsonValue &v : o.value(QLatin1String("recentFailures")).toArray()) {
        const QJsonObject f = v.toObject();
        WebhookFailure failure;
        failure.eventId = f.value(QLatin1String("eventId")).toString();
        failure.eventType = f.value(QLatin1String("eventType")).toString();
        failure.sequence = f.value(QLatin1String("sequence")).toInteger();
        failure.at = optionalTime(f, "at").value_or(QDateTime());
        failure.attempt = f.value(QLatin1String("attempt")).toInteger();
        failure.error = f.value(QLatin1String("error")).toString();
        w.recentFailures.append(failure);
    }
    return w;
}

QByteArray optionalTypes(const std::optional<QStringList> &types)
{
    return types ? Database::textArray(*types) : QByteArray();
}

QByteArray optionalBool(const std::optional<bool> &value)
{
    return value ? QByteArray(*value ? "true" : "false") : QByteArray();
}

} // namespace

bool SyncServer::allowWebhooks(Session &session, const QString &id)
{
    if (session.claims->role == Role::Admin)
        return true;
    sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("only admins manage webhooks")));
    return false;
}

void SyncServer::handleListWebhooks(Session &session, const QString &id)
{
    if (!allowWebhooks(session, id))
        return;
    Reply reply = replier(session, id);
    m_database->call("list_webhooks", {}, [reply, id](Result<QJsonValue> result) {
        if (!result)
            return reply(encodeError(result.error(), id));
        ListWebhooksReply out;
        for (const QJsonValue &v : result->toObject().value(QLatin1String("webhooks")).toArray())
            out.webhooks.append(webhookFromJson(v.toObject()));
        out.eventTypes = knownEventTypes();
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleCreateWebhook(Session &session, const QString &id, const QByteArray &hash,
                                     const CreateWebhookRequest &request)
{
    if (!allowWebhooks(session, id))
        return;
    Reply reply = replier(session, id);
    runOperation("save_webhook",
                 {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray(), request.url.toUtf8(),
                  Database::textArray(request.eventTypes), request.secret.toUtf8(), optionalBool(request.active),
                  QByteArray::number(MaxWebhooks)},
                 reply, id, [reply, id](const QJsonObject &r) {
        WebhookReply out;
        out.webhook = webhookFromJson(r.value(QLatin1String("webhook")).toObject());
        qCInfo(lcServer).noquote() << "webhook" << out.webhook.id << "registered:" << out.webhook.url;
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleUpdateWebhook(Session &session, const QString &id, const QByteArray &hash,
                                     const UpdateWebhookRequest &request)
{
    if (!allowWebhooks(session, id))
        return;
    const auto webhook = numericId(request.webhookId);
    if (!webhook) {
        sendError(session.socket, id, notFound(QStringLiteral("webhook"), request.webhookId, QStringLiteral("/body/webhookId")));
        return;
    }
    Reply reply = replier(session, id);
    runOperation("save_webhook",
                 {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*webhook),
                  optionalText(request.url), optionalTypes(request.eventTypes), optionalText(request.secret),
                  optionalBool(request.active), QByteArray::number(MaxWebhooks)},
                 reply, id, [reply, id](const QJsonObject &r) {
        WebhookReply out;
        out.webhook = webhookFromJson(r.value(QLatin1String("webhook")).toObject());
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleDeleteWebhook(Session &session, const QString &id, const QByteArray &hash,
                                     const DeleteWebhookRequest &request)
{
    if (!allowWebhooks(session, id))
        return;
    const auto webhook = numericId(request.webhookId);
    if (!webhook) {
        sendError(session.socket, id, notFound(QStringLiteral("webhook"), request.webhookId, QStringLiteral("/body/webhookId")));
        return;
    }
    Reply reply = replier(session, id);
    runOperation("delete_webhook", {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*webhook)},
                 reply, id, [reply, id](const QJsonObject &r) {
        DeleteWebhookReply out;
        out.webhookId = r.value(QLatin1String("webhookId")).toString();
        reply(encodeMessage(out, id));
    });
}

} // namespace Marquee
