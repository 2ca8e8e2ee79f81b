#include "outboxpublisher.h"

#include "metrics.h"
#include "pgpool.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include <algorithm>
#include <cmath>

#ifndef MARQUEE_VERSION
#define MARQUEE_VERSION "0"
#endif

namespace Marquee {

namespace {

Q_LOGGING_CATEGORY(lcEvents, "marquee.server.events", QtInfoMsg)

constexpr int StampBatch = 1000;
constexpr qint64 StampIntervalMs = 20;
constexpr int FetchBatch = 200;
constexpr int PruneDays = 7;
constexpr qint64 PruneEveryMs = 3600 * 1000;
const QString Channel = QStringLiteral("marquee_outbox");
const QString MailConsumer = QStringLiteral("mail");

QList<PreparedStatement> statements()
{
    return {
        {"stamp", "SELECT marquee_outbox_stamp($1::integer)::text"},
        {"consumers", "SELECT marquee_outbox_consumers()::text"},
        {"events", "SELECT marquee_outbox_events($1::bigint, $2::text[], $3::boolean, $4::integer)::text"},
        {"advance", "SELECT marquee_outbox_advance($1, $2::bigint, $3::integer)::text"},
        {"failed", "SELECT marquee_outbox_failed($1, $2::bigint, $3::integer, $4, $5::bigint, $6::boolean)::text"},
        {"prune", "SELECT marquee_outbox_prune($1::integer)::text"},
        {"sale_mail", "SELECT marquee_sale_mail($1::bigint)::text"},
    };
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray textArray(const QStringList &items)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        QByteArray item = items[i].toUtf8();
        item.replace('\\', "\\\\").replace('"', "\\\"");
        out += '"' + item + '"';
    }
    return out + '}';
}

qint64 number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

struct OutboxPublisher::Consumer
{
    QString name;
    bool mail = false;
    QUrl url;
    QByteArray secret;
    QStringList types;
    bool active = true;
    qint64 cursor = 0;    // every event up to here is done with (in memory; persisted lazily)
    int unpersisted = 0;  // deliveries since the last cursor write
    bool writing = false; // a cursor write in flight
    bool dirty = false;   // the cursor moved while it was being written
    qint64 scanned = 0;   // fetched up to here
    QQueue<Event> queue;  // fetched, not yet delivered
    bool fetching = false;
    bool busy = false;    // a delivery in flight
    qint64 failingSeq = 0;
    int attempts = 0;
    qint64 failingSinceMs = 0;
    qint64 nextAttemptMs = 0;
    QPointer<QNetworkReply> reply;
};

OutboxPublisher::OutboxPublisher(const QString &databaseUrl, Metrics *metrics, RetryPolicy retry, QObject *parent)
    : QObject(parent)
    , m_pool(new PgPool(databaseUrl, 1, statements(), this))
    , m_metrics(metrics)
    , m_retry(retry)
    , m_http(new QNetworkAccessManager(this))
    , m_tick(new QTimer(this))
    , m_wake(new QTimer(this))
    , m_stampTimer(new QTimer(this))
{
    // marquee_outbox: the webhooks changed. marquee_changes: a change committed (seats of a sale or
    // refund, a show, an admission): there may be events to publish.
    m_pool->setSessionSetup("LISTEN marquee_outbox; LISTEN marquee_changes");
    connect(m_pool, &PgPool::notified, this, [this](const QString &channel, const QString &payload) {
        if (!m_leader)
            return;
        if (channel == Channel && payload == QLatin1String("consumers"))
            loadConsumers();
        else
            stampSoon();
    });
    connect(m_pool, &PgPool::healthChanged, this, [this](bool up) {
        if (up)
            stamp();
        else
            setLeader(false); // the lock went with the session
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        stamp();
        if (m_leader && nowMs() >= m_nextPruneMs)
            prune();
    });
    m_stampTimer->setSingleShot(true);
    connect(m_stampTimer, &QTimer::timeout, this, &OutboxPublisher::stamp);
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, qOverload<>(&OutboxPublisher::pump));
    m_metrics->gauge(QStringLiteral("marquee_outbox_leader"),
                     QStringLiteral("1 while this process publishes the outbox (holds its lock)."))
        .set(0);
}

OutboxPublisher::~OutboxPublisher()
{
    ++m_generation; // what is in flight is of no account any more
    for (const auto &consumer : std::as_const(m_consumers)) {
        if (consumer->reply)
            consumer->reply->abort();
    }
    // The pool goes first, while the members its callbacks look at are still there.
    m_pool->disconnect(this);
    delete m_pool;
}

void OutboxPublisher::start()
{
    m_pool->start();
    m_tick->start();
}

QByteArray OutboxPublisher::signature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body)
{
    const QByteArray t = QByteArray::number(unixSeconds);
    const QByteArray mac = QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256);
    return "t=" + t + ",v1=" + mac.toHex();
}

void OutboxPublisher::call(const QByteArray &statement, QList<QByteArray> parameters,
                           std::function<void(Result<QJsonValue>)> done)
{
    m_pool->execute(statement, std::move(parameters), [statement, done = std::move(done)](PgReply &&reply) {
        if (!reply.ok) {
            if (!reply.sqlState.startsWith(QLatin1String("08")) && !reply.sqlState.isEmpty())
                qCWarning(lcEvents).noquote() << "outbox statement" << statement << "failed:" << reply.sqlState << reply.message;
            return done(makeError(ErrorCode::ServiceDegraded, reply.message));
        }
        if (reply.result.rowCount() == 0 || reply.result.isNull(0, 0))
            return done(QJsonValue(QJsonValue::Null));
        const QJsonDocument doc = QJsonDocument::fromJson(reply.result.value(0, 0).toUtf8());
        done(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    });
}

void OutboxPublisher::setLeader(bool leader)
{
    if (leader == m_leader)
        return;
    m_leader = leader;
    m_metrics->gauge(QStringLiteral("marquee_outbox_leader"),
                     QStringLiteral("1 while this process publishes the outbox (holds its lock)."))
        .set(leader ? 1 : 0);
    if (leader) {
        qCInfo(lcEvents) << "publishing the outbox (this process holds its lock)";
        m_nextPruneMs = nowMs() + 60 * 1000;
        loadConsumers();
    } else {
        qCInfo(lcEvents) << "not publishing the outbox (another process holds its lock, or the database is away)";
        // Whatever was in flight is of no account any more: the next leader starts from the cursors
        // in the database (these deliveries may be repeated: at least once).
        for (const auto &consumer : std::as_const(m_consumers)) {
            if (consumer->reply)
                consumer->reply->abort();
        }
        ++m_generation;
        m_consumers.clear();
        m_wake->stop();
    }
    Q_EMIT leadershipChanged(leader);
}

// Under load a change is announced every few milliseconds: one stamping transaction per
// StampInterval at most (each is a synchronous commit).
void OutboxPublisher::stampSoon()
{
    if (m_stamping) {
        m_stampAgain = true;
        return;
    }
    const qint64 wait = m_lastStampMs + StampIntervalMs - nowMs();
    if (wait <= 0)
        return stamp();
    if (!m_stampTimer->isActive())
        m_stampTimer->start(int(wait));
}

// Stamping: committed events get their sequence numbers (and standing by: trying the lock).
void OutboxPublisher::stamp()
{
    if (!m_pool->isHealthy())
        return;
    if (m_stamping) {
        m_stampAgain = true;
        return;
    }
    m_stamping = true;
    m_stampAgain = false;
    m_lastStampMs = nowMs();
    call("stamp", {QByteArray::number(StampBatch)}, [this](Result<QJsonValue> result) {
        m_stamping = false;
        if (!result)
            return;
        const QJsonObject o = result->toObject();
        const bool lead = o.value(QLatin1String("lead")).toBool();
        setLeader(lead);
        if (!lead)
            return;
        const qint64 top = number(o, "top");
        if (top > m_top) {
            m_metrics->counter(QStringLiteral("marquee_outbox_events_total"),
                               QStringLiteral("Events stamped and published from the outbox by this process."))
                .increment(double(top - m_top));
        }
        m_top = std::max(m_top, top);
        pump();
        if (o.value(QLatin1String("more")).toBool())
            stamp();
        else if (m_stampAgain)
            stampSoon();
    });
}

void OutboxPublisher::loadConsumers()
{
    if (m_loadingConsumers) {
        m_reloadConsumers = true;
        return;
    }
    m_loadingConsumers = true;
    m_reloadConsumers = false;
    call("consumers", {}, [this](Result<QJsonValue> result) {
        m_loadingConsumers = false;
        if (m_reloadConsumers)
            return loadConsumers();
        if (!result || !m_leader)
            return;
        QSet<QString> seen;
        for (const QJsonValue &v : result->toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = text(o, "name");
            seen.insert(name);
            auto &slot = m_consumers[name];
            const bool fresh = !slot;
            if (fresh) {
                slot = std::make_shared<Consumer>();
                slot->name = name;
                slot->mail = name == MailConsumer;
                slot->cursor = number(o, "cursor");
                slot->scanned = slot->cursor;
                slot->failingSeq = number(o, "failingSeq");
                slot->attempts = int(number(o, "attempts"));
                slot->failingSinceMs = number(o, "failingSince");
                slot->nextAttemptMs = number(o, "nextAttemptAt");
            }
            Consumer &c = *slot;
            c.active = o.value(QLatin1String("active")).toBool(true);
            if (c.mail) {
                c.types = {QStringLiteral("sale.completed")};
            } else {
                const QUrl url(text(o, "url"));
                QStringList types;
                for (const QJsonValue &t : o.value(QLatin1String("types")).toArray())
                    types.append(t.toString());
                if (!fresh && types != c.types) { // fetched under the old types: fetch again
                    c.queue.clear();
                    c.scanned = c.cursor;
                }
                c.url = url;
                c.types = types;
                c.secret = text(o, "secret").toUtf8();
            }
            if (!c.active && c.reply)
                c.reply->abort();
        }
        for (auto it = m_consumers.begin(); it != m_consumers.end();) {
            if (!seen.contains(it.key())) {
                if (it.value()->reply)
                    it.value()->reply->abort();
                it = m_consumers.erase(it);
            } else {
                ++it;
            }
        }
        pump();
    });
}

void OutboxPublisher::pump()
{
    if (!m_leader)
        return;
    const auto consumers = m_consumers; // pump(c) may change the hash through callbacks later only
    for (const auto &consumer : consumers)
        pump(*consumer);
    updateGauges();
}

void OutboxPublisher::pump(Consumer &c)
{
    if (!m_leader || !c.active || c.busy)
        return;
    if (c.nextAttemptMs > nowMs()) {
        scheduleWake(c.nextAttemptMs);
        return;
    }
    if (!c.queue.isEmpty())
        return deliver(c);
    if (c.scanned < m_top)
        return fetch(c);
    if (c.cursor < c.scanned) { // the rest up to "scanned" is not for this consumer
        c.cursor = c.scanned;
        persistCursor(c);
    }
}

void OutboxPublisher::fetch(Consumer &c)
{
    if (c.fetching)
        return;
    c.fetching = true;
    const QString name = c.name;
    const qint64 from = c.scanned;
    call("events", {QByteArray::number(from), textArray(c.types), c.mail ? "true" : "false", QByteArray::number(FetchBatch)},
         [this, name, from, generation = m_generation](Result<QJsonValue> result) {
        if (generation != m_generation)
            return;
        const auto it = m_consumers.constFind(name);
        if (it == m_consumers.constEnd())
            return;
        Consumer &target = **it;
        target.fetching = false;
        if (!result || target.scanned != from) // failed, or the consumer was reset meanwhile
            return;
        const QJsonObject o = result->toObject();
        for (const QJsonValue &v : o.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            Event event;
            event.seq = number(e, "seq");
            event.id = text(e, "id");
            event.type = text(e, "type");
            event.aggregateId = text(e, "aggregateId");
            const QJsonObject envelope{
                {QStringLiteral("id"), event.id},
                {QStringLiteral("sequence"), event.seq},
                {QStringLiteral("type"), event.type},
                {QStringLiteral("occurredAt"), e.value(QLatin1String("occurredAt"))},
                {QStringLiteral("aggregate"), QJsonObject{{QStringLiteral("type"), e.value(QLatin1String("aggregateType"))},
                                                          {QStringLiteral("id"), event.aggregateId}}},
                {QStringLiteral("data"), e.value(QLatin1String("data"))},
            };
            event.body = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
            target.queue.enqueue(std::move(event));
        }
        target.scanned = std::max(target.scanned, number(o, "scanned"));
        pump(target);
    });
}

void OutboxPublisher::deliver(Consumer &c)
{
    c.busy = true;
    const Event &event = c.queue.head();
    if (c.mail)
        deliverMail(c, event);
    else
        deliverWebhook(c, event);
}

void OutboxPublisher::deliverWebhook(Consumer &c, const Event &event)
{
    QNetworkRequest request(c.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Marquee/" MARQUEE_VERSION));
    request.setRawHeader("Marquee-Event-Id", event.id.toUtf8());
    request.setRawHeader("Marquee-Event-Type", event.type.toUtf8());
    request.setRawHeader("Marquee-Event-Sequence", QByteArray::number(event.seq));
    request.setRawHeader("Marquee-Delivery-Attempt", QByteArray::number(c.failingSeq == event.seq ? c.attempts + 1 : 1));
    request.setRawHeader("Marquee-Signature", signature(c.secret, nowMs() / 1000, event.body));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_retry.requestTimeout.count()));
    QNetworkReply *reply = m_http->post(request, event.body);
    c.reply = reply;
    const QString name = c.name;
    const qint64 seq = event.seq;
    connect(reply, &QNetworkReply::finished, this, [this, reply, name, seq, generation = m_generation] {
        reply->deleteLater();
        if (generation != m_generation) // no longer leading (or going away): aborted
            return;
        const auto it = m_consumers.constFind(name);
        if (it != m_consumers.constEnd() && !(*it)->active) { // deactivated meanwhile: not a failure
            (*it)->busy = false;
            (*it)->reply = nullptr;
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300)
            return delivered(name, seq, true);
        failed(name, seq, status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
    });
}

void OutboxPublisher::deliverMail(Consumer &c, const Event &event)
{
    const QString name = c.name;
    const qint64 seq = event.seq;
    const QString messageId = event.id;
    call("sale_mail", {event.aggregateId.toUtf8()}, [this, name, seq, messageId, generation = m_generation](Result<QJsonValue> mail) {
        if (generation != m_generation)
            return;
        if (!mail)
            return failed(name, seq, mail.error().message);
        if (!mail->isObject()) // the sale has no e-mail
            return delivered(name, seq, false);
        if (!m_mail) {
            qCWarning(lcEvents).noquote() << "sale" << mail->toObject().value(QLatin1String("saleId")).toString()
                                          << "has an e-mail address but no SMTP server is configured: not mailed";
            m_metrics->counter(QStringLiteral("marquee_mail_skipped_total"),
                               QStringLiteral("Sales with an e-mail address not mailed (no SMTP server configured)."))
                .increment();
            return delivered(name, seq, false);
        }
        m_mail(mail->toObject(), messageId, [self = QPointer<OutboxPublisher>(this), name, seq, generation](Status sent) {
            if (!self || generation != self->m_generation)
                return;
            if (sent)
                self->delivered(name, seq, true);
            else
                self->failed(name, seq, sent.error().message, sent.error().code == ErrorCode::InvalidValue);
        });
    });
}

void OutboxPublisher::delivered(const QString &name, qint64 seq, bool sent)
{
    const auto it = m_consumers.constFind(name);
    if (it == m_consumers.constEnd())
        return; // no longer leading, or the endpoint was deleted
    Consumer &c = **it;
    c.busy = false;
    c.reply = nullptr;
    if (c.queue.isEmpty() || c.queue.head().seq != seq)
        return;
    c.queue.dequeue();
    c.cursor = seq;
    c.failingSeq = 0;
    c.attempts = 0;
    c.failingSinceMs = 0;
    c.nextAttemptMs = 0;
    if (sent) {
        ++c.unpersisted;
        m_metrics->counter(QStringLiteral("marquee_outbox_deliveries_total"),
                           QStringLiteral("Events delivered, by consumer (webhook:<id>, mail)."),
                           {{QStringLiteral("consumer"), name}})
            .increment();
    }
    persistCursor(c);
    pump(c);
    updateGauges();
}

void OutboxPublisher::failed(const QString &name, qint64 seq, const QString &error, bool permanent)
{
    const auto it = m_consumers.constFind(name);
    if (it == m_consumers.constEnd())
        return;
    Consumer &c = **it;
    c.busy = false;
    c.reply = nullptr;
    if (c.queue.isEmpty() || c.queue.head().seq != seq)
        return;
    const qint64 now = nowMs();
    if (c.failingSeq != seq) {
        c.failingSeq = seq;
        c.attempts = 0;
        c.failingSinceMs = now;
    }
    ++c.attempts;
    const bool giveUp = permanent || now - c.failingSinceMs >= m_retry.giveUpAfter.count();
    const double backoff = std::min(double(m_retry.first.count()) * std::pow(2.0, std::min(c.attempts - 1, 30)),
                                    double(m_retry.longest.count()));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    c.nextAttemptMs = giveUp ? 0 : now + qint64(backoff * jitter);
    m_metrics->counter(QStringLiteral("marquee_outbox_failures_total"),
                       QStringLiteral("Failed delivery attempts, by consumer (webhook:<id>, mail)."),
                       {{QStringLiteral("consumer"), name}})
        .increment();
    qCWarning(lcEvents).noquote() << name << "event" << seq << "attempt" << c.attempts << "failed:" << error
                                  << (giveUp ? (permanent ? QStringLiteral("(given up: it cannot succeed)") : QStringLiteral("(given up after a day of failures)"))
                                             : QStringLiteral("(next try in %1 ms)").arg(c.nextAttemptMs - now));
    call("failed", {name.toUtf8(), QByteArray::number(seq), QByteArray::number(c.attempts), error.toUtf8(),
                    QByteArray::number(c.nextAttemptMs ? c.nextAttemptMs : now), giveUp ? "true" : "false"},
         [](Result<QJsonValue>) {});
    if (giveUp) {
        m_metrics->counter(QStringLiteral("marquee_outbox_given_up_total"),
                           QStringLiteral("Events given up by a consumer after a day of failed attempts."),
                           {{QStringLiteral("consumer"), name}})
            .increment();
        c.queue.dequeue();
        c.cursor = seq;
        c.failingSeq = 0;
        c.attempts = 0;
        c.failingSinceMs = 0;
        // The failure record moved the cursor in the database.
        pump(c);
        return;
    }
    scheduleWake(c.nextAttemptMs);
}

// One cursor write in flight per consumer; moves meanwhile are written together after it.
void OutboxPublisher::persistCursor(Consumer &c)
{
    if (c.writing) {
        c.dirty = true;
        return;
    }
    c.writing = true;
    c.dirty = false;
    const int delivered = c.unpersisted;
    c.unpersisted = 0;
    const QString name = c.name;
    call("advance", {name.toUtf8(), QByteArray::number(c.cursor), QByteArray::number(delivered)},
         [this, name, delivered, generation = m_generation](Result<QJsonValue> result) {
        if (generation != m_generation)
            return;
        const auto it = m_consumers.constFind(name);
        if (it == m_consumers.constEnd())
            return;
        Consumer &target = **it;
        target.writing = false;
        if (!result)
            target.unpersisted += delivered; // counted with the next write
        if (target.dirty || !result)
            persistCursor(target);
    });
}

void OutboxPublisher::scheduleWake(qint64 atMs)
{
    const qint64 delay = std::max<qint64>(0, atMs - nowMs());
    if (!m_wake->isActive() || m_wake->remainingTime() > delay)
        m_wake->start(int(std::min<qint64>(delay, 24 * 3600 * 1000)));
}

void OutboxPublisher::prune()
{
    m_nextPruneMs = nowMs() + PruneEveryMs;
    call("prune", {QByteArray::number(PruneDays)}, [](Result<QJsonValue> result) {
        if (result && result->toObject().value(QLatin1String("pruned")).toInteger() > 0)
            qCInfo(lcEvents) << "outbox: pruned" << result->toObject().value(QLatin1String("pruned")).toInteger()
                             << "published events older than" << PruneDays << "days";
    });
}

void OutboxPublisher::updateGauges()
{
    for (const auto &consumer : std::as_const(m_consumers)) {
        m_metrics->gauge(QStringLiteral("marquee_outbox_consumer_lag"),
                         QStringLiteral("Published events after the consumer's cursor (of any type), by consumer."),
                         {{QStringLiteral("consumer"), consumer->name}})
            .set(double(std::max<qint64>(0, m_top - consumer->cursor)));
        m_metrics->gauge(QStringLiteral("marquee_outbox_consumer_failing"),
                         QStringLiteral("Failed attempts in a row of the consumer's next event (0: healthy)."),
                         {{QStringLiteral("consumer"), consumer->name}})
            .set(consumer->attempts);
    }
}

} // namespace Marquee
