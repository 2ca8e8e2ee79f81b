#pragma once

#include "result.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QQueue>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Marquee {

class Metrics;
class PgPool;
struct PgReply;

// When and how often a failing delivery is tried again.
struct RetryPolicy
{
    std::chrono::milliseconds first{1000}; // then doubled per failure, with +-20 % jitter
    std::chrono::milliseconds longest{3600 * 1000};
    std::chrono::milliseconds giveUpAfter{24 * 3600 * 1000}; // from the event's first failure
    std::chrono::milliseconds requestTimeout{10 * 1000};
};

// Sends the e-mail of one sale (the JSON of marquee_sale_mail); `done` runs on the caller's thread.
using MailSender = std::function<void(const QJsonObject &mail, const QString &messageId, std::function<void(Status)> done)>;

// The outbox's publisher (server/db/sql/022_outbox.sql, docs/EVENTS.md). Every server process runs
// one; the one whose database session holds the outbox's advisory lock publishes, the others stand
// by and try to take the lock every second (it is free as soon as the holder's session ends).
// Leading means: stamping committed events with the next sequence numbers (woken by the
// marquee_outbox notification), and handing them to every consumer in order: each webhook endpoint
// (a signed HTTP POST per event) and the mailer (the tickets of a sale with an e-mail). A consumer's
// cursor moves on only after a delivery succeeded (or was given up after a day of retries with
// exponential back-off), so a crash repeats at most the deliveries in flight: at least once, in
// order, one failing consumer never holding up another.
class OutboxPublisher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxPublisher)

public:
    OutboxPublisher(const QString &databaseUrl, Metrics *metrics, RetryPolicy retry = {}, QObject *parent = nullptr);
    ~OutboxPublisher() override;

    // Without a mail sender, sales with an e-mail are passed over (logged and counted).
    void setMailSender(MailSender sender) { m_mail = std::move(sender); }
    void start();
    bool isLeader() const { return m_leader; }

    // "t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the secret>" (docs/EVENTS.md).
    static QByteArray signature(const QByteArray &secret, qint64 unixSeconds, const QByteArray &body);

Q_SIGNALS:
    void leadershipChanged(bool leader);

private:
    struct Event
    {
        qint64 seq = 0;
        QString id;
        QString type;
        QString aggregateId;
        QByteArray body; // what a webhook receives, exactly as signed
    };
    struct Consumer;

    void call(const QByteArray &statement, QList<QByteArray> parameters, std::function<void(Result<QJsonValue>)> done);
    void setLeader(bool leader);
    void stamp();
    void stampSoon();
    void loadConsumers();
    void pump();
    void pump(Consumer &consumer);
    void fetch(Consumer &consumer);
    void deliver(Consumer &consumer);
    void deliverWebhook(Consumer &consumer, const Event &event);
    void deliverMail(Consumer &consumer, const Event &event);
    void delivered(const QString &name, qint64 seq, bool sent);
    // `permanent`: trying again cannot help (the SMTP server refused the address): given up at once.
    void failed(const QString &name, qint64 seq, const QString &error, bool permanent = false);
    void persistCursor(Consumer &consumer);
    void scheduleWake(qint64 atMs);
    void prune();
    void updateGauges();

    PgPool *m_pool;
    Metrics *m_metrics;
    RetryPolicy m_retry;
    MailSender m_mail;
    QNetworkAccessManager *m_http;
    QTimer *m_tick;  // standby: try the lock; leader: stamp (in case a notification was missed)
    QTimer *m_wake;  // the earliest retry due
    QTimer *m_stampTimer;
    qint64 m_lastStampMs = 0;
    bool m_leader = false;
    quint64 m_generation = 0; // bumped when leadership ends: callbacks of before are ignored
    bool m_stamping = false;
    bool m_stampAgain = false;
    bool m_loadingConsumers = false;
    bool m_reloadConsumers = false;
    qint64 m_top = 0; // the highest stamped sequence
    qint64 m_nextPruneMs = 0;
    QHash<QString, std::shared_ptr<Consumer>> m_consumers;
};

} // namespace Marquee
