// The outbox's publisher in the test process, with a short retry policy: a real PostgreSQL (the
// harness's), a real HTTP receiver on loopback. What the end-to-end tests (test_events) cannot wait
// for: an event given up after its retry window, the endpoint going on with the next one; two
// publishers on one database, one leading, the other taking over; the documented signature.
#include "metrics.h"
#include "outboxpublisher.h"
#include "schema.h"
#include "testpostgres.h"
#include "testterminal.h"
#include "webhookreceiver.h"

#include <gtest/gtest.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <memory>

using namespace Marquee;
using namespace Marquee::Test;
using namespace std::chrono_literals;

namespace {

class OutboxPublisherTest : public PostgresTest
{
protected:
    void SetUp() override
    {
        PostgresTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(migrate(db()));
        ASSERT_TRUE(db().exec(QStringLiteral("INSERT INTO users (username, password_hash, role) VALUES ('admin', 'x', 'admin')")));
        ASSERT_TRUE(m_receiver.listen());
        auto r = db().exec(QStringLiteral("SELECT marquee_webhook_save((SELECT min(id) FROM users), 'r1', 'h', NULL, $1,"
                                          " '{show.changed}', 'a-secret-of-twenty-chars', NULL, 50) #>> '{webhook,id}'"),
                           {m_receiver.url()});
        ASSERT_TRUE(r);
        m_webhook = r->value(0, 0);
    }

    void addEvent(const QString &show)
    {
        ASSERT_TRUE(db().exec(QStringLiteral("SELECT marquee_outbox_add('show.changed', 'show', $1::text, jsonb_build_object('showId', $1::text))"),
                              {show}));
    }

    QJsonObject webhookJson()
    {
        auto r = db().exec(QStringLiteral("SELECT marquee_webhooks()::text"));
        return r ? QJsonDocument::fromJson(r->value(0, 0).toUtf8()).object().value(QLatin1String("webhooks")).toArray()
                       .first().toObject()
                 : QJsonObject();
    }

    QStringList deliveredShows() const
    {
        QStringList out;
        for (const auto &r : m_receiver.requests())
            out.append(QJsonDocument::fromJson(r.body).object().value(QLatin1String("data")).toObject()
                           .value(QLatin1String("showId")).toString());
        return out;
    }

    static RetryPolicy fast()
    {
        RetryPolicy retry;
        retry.first = 50ms;
        retry.longest = 200ms;
        retry.giveUpAfter = 700ms;
        retry.requestTimeout = 2000ms;
        return retry;
    }

    WebhookReceiver m_receiver;
    QString m_webhook;
};

} // namespace

TEST(OutboxSignature, MatchesTheDocumentedTestVector)
{
    // docs/EVENTS.md, "The signature".
    const QByteArray body = R"({"id":"9b2f0c56-4a4e-4c43-9d0c-1f0e8d7c6b5a","sequence":1042,"type":"sale.refunded"})";
    EXPECT_EQ(OutboxPublisher::signature("whsec-demo-0123456789abcdef", 1764694800, body),
              "t=1764694800,v1=2eefe8541c8076a985dd0b5626b45d009b209b03474a5e08a034a94d00cc9ff0");
}

TEST_F(OutboxPublisherTest, AnEventFailingForItsWholeRetryWindowIsGivenUpAndTheNextOneDelivered)
{
    m_receiver.setAnswer([](const WebhookReceiver::Request &r) { return r.body.contains("\"showId\":\"1\"") ? 503 : 200; });
    Metrics metrics;
    OutboxPublisher publisher(databaseUrl(), &metrics, fast());
    publisher.start();
    addEvent(QStringLiteral("1"));
    addEvent(QStringLiteral("2"));
    ASSERT_TRUE(waitUntil([&] { return deliveredShows().contains(QStringLiteral("2")); }, 15000));
    const QStringList shows = deliveredShows();
    EXPECT_GE(shows.count(QStringLiteral("1")), 3) << "retried with back-off before giving up";
    EXPECT_EQ(shows.last(), QStringLiteral("2"));
    EXPECT_EQ(shows.indexOf(QStringLiteral("2")), shows.size() - 1) << "event 2 waited for event 1";
    ASSERT_TRUE(waitUntil([&] { return webhookJson().value(QLatin1String("delivery")).toObject().value(QLatin1String("delivered")).toInteger() == 1; }, 5000));
    const QJsonObject delivery = webhookJson().value(QLatin1String("delivery")).toObject();
    EXPECT_EQ(delivery.value(QLatin1String("givenUp")).toInteger(), 1);
    EXPECT_EQ(delivery.value(QLatin1String("pending")).toInteger(), 0);
    EXPECT_FALSE(delivery.contains(QLatin1String("failingSince")));
    EXPECT_EQ(webhookJson().value(QLatin1String("recentFailures")).toArray().first().toObject().value(QLatin1String("error")).toString(),
              QStringLiteral("HTTP 503"));
    const QByteArray givenUp = "marquee_outbox_given_up_total{consumer=\"webhook:" + m_webhook.toUtf8() + "\"} 1";
    EXPECT_TRUE(metrics.exposition().contains(givenUp))
        << metrics.exposition().constData();
}

TEST_F(OutboxPublisherTest, OnePublisherLeadsAndAnotherTakesOverWhenItGoes)
{
    Metrics m1, m2;
    auto first = std::make_unique<OutboxPublisher>(databaseUrl(), &m1, fast());
    first->start();
    ASSERT_TRUE(waitUntil([&] { return first->isLeader(); }, 5000));
    OutboxPublisher second(databaseUrl(), &m2, fast());
    second.start();
    addEvent(QStringLiteral("1"));
    ASSERT_TRUE(waitUntil([&] { return m_receiver.requests().size() == 1; }, 5000));
    waitUntil([] { return false; }, 1500); // both had time to act
    EXPECT_TRUE(first->isLeader());
    EXPECT_FALSE(second.isLeader());
    EXPECT_EQ(m_receiver.requests().size(), 1);

    first.reset(); // its session ends: the lock is free
    ASSERT_TRUE(waitUntil([&] { return second.isLeader(); }, 5000)) << "nobody took over";
    addEvent(QStringLiteral("2"));
    ASSERT_TRUE(waitUntil([&] { return m_receiver.requests().size() >= 2; }, 5000));
    EXPECT_EQ(deliveredShows().last(), QStringLiteral("2"));
}
