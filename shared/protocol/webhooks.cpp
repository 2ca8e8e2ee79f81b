#include "webhooks.h"

#include "codec.h"

#include <QtCore/QUrl>

#include <limits>

namespace Marquee {

using namespace Wire;

const QStringList &knownEventTypes()
{
    static const QStringList types { QStringLiteral("sale.completed"), QStringLiteral("sale.refunded"),
                                     QStringLiteral("ticket.admitted"), QStringLiteral("show.scheduled"),
                                     QStringLiteral("show.changed"),   QStringLiteral("show.cancelled") };
    return types;
}

bool isKnownEventType(QStringView type)
{
    for (const QString &known : knownEventTypes()) {
        if (type == known)
            return true;
    }
    return false;
}

namespace {

bool hasControlOrSpace(QStringView text, bool allowSpace)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || (!allowSpace && c.isSpace()))
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> webhookUrlProblem(const QString &url)
{
    if (url.size() > MaxWebhookUrlLength)
        return QStringLiteral("a webhook URL has at most %1 characters").arg(MaxWebhookUrlLength);
    const QString notHttp = QStringLiteral("a webhook URL is an http:// or https:// address with a host");
    if (url.isEmpty() || hasControlOrSpace(url, false))
        return notHttp;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative() || (parsed.scheme() != u"http" && parsed.scheme() != u"https")
        || parsed.host().isEmpty() || !url.contains(QLatin1StringView("://")))
        return notHttp;
    if (!parsed.userInfo().isEmpty() || url.section(u'/', 2, 2).contains(u'@'))
        return QStringLiteral("a webhook URL has no user name or password (the secret signs the requests)");
    if (parsed.hasFragment())
        return QStringLiteral("a webhook URL has no #fragment");
    return std::nullopt;
}

std::optional<QString> webhookSecretProblem(QStringView secret)
{
    if (secret.size() < MinWebhookSecretLength || secret.size() > MaxWebhookSecretLength)
        return QStringLiteral("a webhook secret has %1 to %2 characters")
            .arg(MinWebhookSecretLength)
            .arg(MaxWebhookSecretLength);
    if (hasControlOrSpace(secret, true))
        return QStringLiteral("a webhook secret has no control characters");
    return std::nullopt;
}

namespace {

QString readUrl(Reader &r)
{
    // The length is checked by webhookUrlProblem() (the frame's limit bounds it before), so that a
    // long URL gets the webhook message rather than the generic one.
    const QString url = r.string(L1("url"), std::numeric_limits<qsizetype>::max());
    if (r.ok()) {
        if (const auto problem = webhookUrlProblem(url))
            r.fail(ErrorCode::InvalidValue, *problem, r.path(L1("url")));
    }
    return url;
}

QString readSecret(Reader &r)
{
    const QString secret = r.string(L1("secret"), std::numeric_limits<qsizetype>::max());
    if (r.ok()) {
        if (const auto problem = webhookSecretProblem(secret))
            r.fail(ErrorCode::InvalidValue, *problem, r.path(L1("secret")));
    }
    return secret;
}

// A request's event types: 1..MaxWebhookEventTypes known types, none twice.
QStringList readEventTypes(Reader &r)
{
    const auto value = r.take(L1("eventTypes"), true);
    if (!value)
        return {};
    QStringList seen;
    return r.list<QString>(
        *value, r.path(L1("eventTypes")), MaxWebhookEventTypes, false, ErrorCode::InvalidValue,
        [&seen](Reader &reader, const QJsonValue &v, const QString &at) {
            QString type = reader.stringValue(v, at, MaxEventTypeLength);
            if (reader.ok() && !isKnownEventType(type)) {
                reader.fail(ErrorCode::InvalidValue,
                            QStringLiteral("unknown event type '%1'; expected one of: %2")
                                .arg(type, knownEventTypes().join(QStringLiteral(", "))),
                            at);
            } else if (reader.ok() && seen.contains(type)) {
                reader.fail(ErrorCode::InvalidValue, QStringLiteral("'%1' appears twice").arg(type), at);
            }
            seen.append(type);
            return type;
        });
}

// Event types as the server sends them: any names (a newer server may know more).
QStringList readEventTypeNames(Reader &r, QLatin1StringView key)
{
    return r.listField<QString>(key, MaxListItems, [](Reader &reader, const QJsonValue &v, const QString &at) {
        return reader.stringValue(v, at, MaxEventTypeLength);
    });
}

QJsonObject failureToJson(const WebhookFailure &f)
{
    return { { L1("eventId"), f.eventId },         { L1("eventType"), f.eventType },
             { L1("sequence"), f.sequence },       { L1("at"), toJsonValue(f.at) },
             { L1("attempt"), f.attempt },         { L1("error"), f.error } };
}

WebhookFailure readFailure(Reader &r)
{
    WebhookFailure f;
    f.eventId = r.string(L1("eventId"), MaxIdLength);
    f.eventType = r.string(L1("eventType"), MaxEventTypeLength);
    f.sequence = r.integer(L1("sequence"), 0, MaxSafeInteger);
    f.at = r.dateTime(L1("at"));
    f.attempt = r.integer(L1("attempt"), 0, MaxSafeInteger);
    f.error = r.string(L1("error"), MaxTextLength);
    return f;
}

QJsonObject deliveryToJson(const WebhookDelivery &d)
{
    QJsonObject o { { L1("delivered"), d.delivered },
                    { L1("pending"), d.pending },
                    { L1("givenUp"), d.givenUp },
                    { L1("attempts"), d.attempts } };
    insertOptional(o, L1("lastDeliveredAt"), d.lastDeliveredAt);
    insertOptional(o, L1("failingSince"), d.failingSince);
    insertOptional(o, L1("lastError"), d.lastError);
    insertOptional(o, L1("nextAttemptAt"), d.nextAttemptAt);
    return o;
}

WebhookDelivery readDelivery(Reader &r)
{
    WebhookDelivery d;
    d.delivered = r.integer(L1("delivered"), 0, MaxSafeInteger);
    d.pending = r.integer(L1("pending"), 0, MaxSafeInteger);
    d.givenUp = r.integer(L1("givenUp"), 0, MaxSafeInteger);
    d.lastDeliveredAt = r.optDateTime(L1("lastDeliveredAt"));
    d.failingSince = r.optDateTime(L1("failingSince"));
    d.attempts = r.optInteger(L1("attempts"), 0, MaxSafeInteger).value_or(0);
    d.lastError = r.optString(L1("lastError"), MaxTextLength);
    d.nextAttemptAt = r.optDateTime(L1("nextAttemptAt"));
    return d;
}

QJsonObject webhookToJson(const Webhook &w)
{
    return { { L1("id"), w.id },
             { L1("url"), w.url },
             { L1("eventTypes"), toJsonValue(w.eventTypes) },
             { L1("active"), w.active },
             { L1("createdAt"), toJsonValue(w.createdAt) },
             { L1("delivery"), deliveryToJson(w.delivery) },
             { L1("recentFailures"), toJsonArray(w.recentFailures, failureToJson) } };
}

Webhook readWebhook(Reader &r)
{
    Webhook w;
    w.id = r.id(L1("id"));
    w.url = r.string(L1("url"), MaxWebhookUrlLength);
    w.eventTypes = readEventTypeNames(r, L1("eventTypes"));
    w.active = r.boolean(L1("active"), true);
    w.createdAt = r.dateTime(L1("createdAt"));
    w.delivery = r.nested(L1("delivery"), readDelivery);
    w.recentFailures = r.optListField<WebhookFailure>(
        L1("recentFailures"), MaxListItems, [](Reader &reader, const QJsonValue &v, const QString &at) {
            return reader.objectValue(v, at, readFailure);
        });
    return w;
}

} // namespace

MARQUEE_EMPTY_MESSAGE(ListWebhooksRequest)

QJsonObject ListWebhooksReply::toJson() const
{
    return { { L1("webhooks"), toJsonArray(webhooks, webhookToJson) },
             { L1("eventTypes"), toJsonValue(eventTypes) } };
}

Result<ListWebhooksReply> ListWebhooksReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListWebhooksReply m;
    m.webhooks = r.objectListField<Webhook>(L1("webhooks"), readWebhook);
    m.eventTypes = readEventTypeNames(r, L1("eventTypes"));
    return finishRead(r, std::move(m));
}

QJsonObject CreateWebhookRequest::toJson() const
{
    return { { L1("url"), url },
             { L1("eventTypes"), toJsonValue(eventTypes) },
             { L1("secret"), secret },
             { L1("active"), active } };
}

Result<CreateWebhookRequest> CreateWebhookRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreateWebhookRequest m;
    m.url = readUrl(r);
    m.eventTypes = readEventTypes(r);
    m.secret = readSecret(r);
    m.active = r.boolean(L1("active"), true);
    return finishRead(r, std::move(m));
}

QJsonObject UpdateWebhookRequest::toJson() const
{
    QJsonObject o { { L1("webhookId"), webhookId } };
    insertOptional(o, L1("url"), url);
    if (eventTypes)
        o.insert(L1("eventTypes"), toJsonValue(*eventTypes));
    insertOptional(o, L1("secret"), secret);
    if (active)
        o.insert(L1("active"), *active);
    return o;
}

Result<UpdateWebhookRequest> UpdateWebhookRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UpdateWebhookRequest m;
    m.webhookId = r.id(L1("webhookId"));
    if (body.contains(L1("url")))
        m.url = readUrl(r);
    if (body.contains(L1("eventTypes")))
        m.eventTypes = readEventTypes(r);
    if (body.contains(L1("secret")))
        m.secret = readSecret(r);
    if (body.contains(L1("active")))
        m.active = r.boolean(L1("active"), true);
    if (r.ok() && !m.url && !m.eventTypes && !m.secret && !m.active)
        r.fail(ErrorCode::MissingField, QStringLiteral("change at least one of url, eventTypes, secret, active"),
               QString());
    return finishRead(r, std::move(m));
}

QJsonObject WebhookReply::toJson() const
{
    return { { L1("webhook"), webhookToJson(webhook) } };
}

Result<WebhookReply> WebhookReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    WebhookReply m;
    m.webhook = r.nested(L1("webhook"), readWebhook);
    return finishRead(r, std::move(m));
}

QJsonObject DeleteWebhookRequest::toJson() const
{
    return { { L1("webhookId"), webhookId } };
}

Result<DeleteWebhookRequest> DeleteWebhookRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    DeleteWebhookRequest m;
    m.webhookId = r.id(L1("webhookId"));
    return finishRead(r, std::move(m));
}

QJsonObject DeleteWebhookReply::toJson() const
{
    return { { L1("webhookId"), webhookId } };
}

Result<DeleteWebhookReply> DeleteWebhookReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    DeleteWebhookReply m;
    m.webhookId = r.id(L1("webhookId"));
    return finishRead(r, std::move(m));
}

} // namespace Marquee
