#pragma once

// Protocol messages of webhooks (admins only): the endpoints that receive the outbox's events as
// signed HTTP POSTs, with how their deliveries go. The secret that signs the deliveries travels
// only in create_webhook and update_webhook, never back. See docs/PROTOCOL.md, "Webhooks", and
// docs/EVENTS.md for the events and the signature.

#include "envelope.h"

#include <QtCore/QDateTime>
#include <QtCore/QStringList>

#include <optional>

namespace Marquee {

inline constexpr qsizetype MaxWebhookUrlLength = 2000;
inline constexpr qsizetype MinWebhookSecretLength = 16;
inline constexpr qsizetype MaxWebhookSecretLength = 200;
inline constexpr qsizetype MaxWebhookEventTypes = 20;
inline constexpr qsizetype MaxWebhooks = 50; // the server refuses the 51st (TOO_MANY_ITEMS)
inline constexpr qsizetype MaxWebhookFailuresListed = 20; // recentFailures, newest first
inline constexpr qsizetype MaxEventTypeLength = 64;

// Every event type the outbox writes, in the order of docs/EVENTS.md: sale.completed,
// sale.refunded, ticket.admitted, show.scheduled, show.changed, show.cancelled.
const QStringList &knownEventTypes();
bool isKnownEventType(QStringView type);

// Why `url` cannot be a webhook's URL (an absolute http:// or https:// URL with a host, at most
// MaxWebhookUrlLength characters, without user:password and without a fragment); nullopt when it
// can. The same check the server applies, for clients that check a field before sending.
std::optional<QString> webhookUrlProblem(const QString &url);
// Why `secret` cannot sign a webhook's deliveries (16..200 characters, no control characters);
// nullopt when it can.
std::optional<QString> webhookSecretProblem(QStringView secret);

// One failed delivery attempt of an event to an endpoint.
struct WebhookFailure
{
    QString eventId; // the event's uuid
    QString eventType;
    qint64 sequence = 0; // the event's place in the outbox
    QDateTime at;
    qint64 attempt = 1; // 1 for the first try of the event
    QString error; // "HTTP 500", "connection refused", "timeout"
    friend bool operator==(const WebhookFailure &, const WebhookFailure &) = default;
};

// How an endpoint's deliveries go.
struct WebhookDelivery
{
    qint64 delivered = 0; // events delivered since the endpoint was registered
    qint64 pending = 0; // events it subscribes to that wait for delivery
    qint64 givenUp = 0; // events given up after a day of retries
    std::optional<QDateTime> lastDeliveredAt = std::nullopt;
    // Set while the endpoint fails: since when, how many attempts at its oldest pending event so
    // far, the last error and when the next attempt is due.
    std::optional<QDateTime> failingSince = std::nullopt;
    qint64 attempts = 0;
    std::optional<QString> lastError = std::nullopt;
    std::optional<QDateTime> nextAttemptAt = std::nullopt;
    friend bool operator==(const WebhookDelivery &, const WebhookDelivery &) = default;
};

struct Webhook
{
    QString id;
    QString url;
    QStringList eventTypes;
    bool active = true;
    QDateTime createdAt;
    WebhookDelivery delivery;
    QList<WebhookFailure> recentFailures; // the last MaxWebhookFailuresListed, newest first
    friend bool operator==(const Webhook &, const Webhook &) = default;
};

struct ListWebhooksRequest
{
    MARQUEE_MESSAGE(ListWebhooksRequest, ListWebhooks);
};

struct ListWebhooksReply
{
    MARQUEE_MESSAGE(ListWebhooksReply, ListWebhooksReply);
    QList<Webhook> webhooks; // by id
    QStringList eventTypes; // every event type the server knows
};

struct CreateWebhookRequest
{
    MARQUEE_MESSAGE(CreateWebhookRequest, CreateWebhook);
    QString url;
    QStringList eventTypes;
    QString secret;
    bool active = true;
};

struct UpdateWebhookRequest
{
    MARQUEE_MESSAGE(UpdateWebhookRequest, UpdateWebhook);
    QString webhookId;
    std::optional<QString> url = std::nullopt;
    std::optional<QStringList> eventTypes = std::nullopt;
    std::optional<QString> secret = std::nullopt;
    std::optional<bool> active = std::nullopt;
};

// The answer to create_webhook and update_webhook.
struct WebhookReply
{
    MARQUEE_MESSAGE(WebhookReply, WebhookReply);
    Webhook webhook;
};

struct DeleteWebhookRequest
{
    MARQUEE_MESSAGE(DeleteWebhookRequest, DeleteWebhook);
    QString webhookId;
};

struct DeleteWebhookReply
{
    MARQUEE_MESSAGE(DeleteWebhookReply, DeleteWebhookReply);
    QString webhookId;
};

} // namespace Marquee
