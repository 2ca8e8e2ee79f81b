// The transactional outbox and its webhooks, end to end with real parts: real marquee-server
// processes on the harness's PostgreSQL, a real HTTP receiver on loopback, sales made over real
// WebSockets. Events arrive in order and signed; a failing receiver gets every event again after
// its failures, in order; a kill -9 between the commit and the delivery loses nothing; of two
// processes on one database only one ever delivers.
#include "serverprocess.h"
#include "testpostgres.h"
#include "testterminal.h"
#include "webhookreceiver.h"

#include <gtest/gtest.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

#include <memory>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

const QByteArray Secret = "a-receivers-secret-of-32-chars!!";

QJsonObject bodyOf(const WebhookReceiver::Request &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

class EventsTest : public PostgresTest
{
protected:
    void SetUp() override
    {
        PostgresTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(m_receiver.listen());
    }

    std::unique_ptr<ServerProcess> startServer()
    {
        auto server = std::make_unique<ServerProcess>(QStringLiteral(MARQUEE_SERVER_BINARY));
        EXPECT_TRUE(server->usable());
        server->setDatabaseUrl(databaseUrl());
        const quint16 port = server->start(0, 60'000);
        EXPECT_NE(port, 0) << "marquee-server did not start:\n" << server->output().toStdString();
        m_ports[server.get()] = port;
        return server;
    }

    QUrl wsUrl(ServerProcess &server) { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_ports.value(&server))); }

    // Registers the receiver for `types` (as an admin would through the protocol).
    QString registerWebhook(const QStringList &types)
    {
        QStringList quoted;
        for (const QString &t : types)
            quoted.append(QLatin1Char('"') + t + QLatin1Char('"'));
        auto r = db().exec(QStringLiteral("SELECT marquee_webhook_save((SELECT min(id) FROM users), $1, 'h', NULL, $2, $3::text[], $4, NULL, 50)::text"),
                           {QStringLiteral("reg-%1").arg(++m_requests), m_receiver.url(),
                            QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}'), QString::fromUtf8(Secret)});
        EXPECT_TRUE(r) << (r ? "" : r.error().message.toStdString());
        if (!r)
            return {};
        return QJsonDocument::fromJson(r->value(0, 0).toUtf8()).object().value(QLatin1String("webhook")).toObject()
            .value(QLatin1String("id")).toString();
    }

    std::unique_ptr<TestTerminal> cashier(ServerProcess &server, const QString &id, const QString &user = QStringLiteral("cashier"))
    {
        auto t = std::make_unique<TestTerminal>(id);
        EXPECT_TRUE(t->open(wsUrl(server)));
        EXPECT_TRUE(t->signIn(user, user));
        return t;
    }

    // A show on sale with room for many sales of one seat; its free seat ids.
    static QStringList freeSeats(TestTerminal &t, QString *show)
    {
        QStringList free = t.subscribeToFreeSeats(60, show);
        EXPECT_FALSE(free.isEmpty()) << "no demo show on sale with 60 free seats";
        return free;
    }

    // Holds and sells the seats (cash); the sale's id, empty on failure.
    QString sell(TestTerminal &t, const QString &show, const QStringList &seats)
    {
        auto hold = t.call<HoldReply>(holdOf(show, seats));
        EXPECT_TRUE(hold) << (hold ? "" : hold.error().toString().toStdString());
        if (!hold)
            return {};
        SellRequest sell;
        sell.holdId = hold->holdId;
        sell.payments = {cash(hold->total.minorUnits(), hold->total.minorUnits())};
        auto sold = t.call<SellReply>(sell);
        EXPECT_TRUE(sold) << (sold ? "" : sold.error().toString().toStdString());
        return sold ? sold->saleId : QString();
    }

    // The received requests' bodies that were answered 2xx, in arrival order.
    QList<QJsonObject> bodies() const
    {
        QList<QJsonObject> out;
        for (const auto &r : m_receiver.requests())
            out.append(bodyOf(r));
        return out;
    }

    qint64 cursorOf(const QString &webhook)
    {
        auto r = db().exec(QStringLiteral("SELECT cursor_seq FROM outbox_consumers WHERE webhook_id = $1::bigint"), {webhook});
        return r && r->rowCount() ? r->value(0, 0).toLongLong() : -1;
    }

    qint64 maxSeq()
    {
        auto r = db().exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox"));
        return r ? r->value(0, 0).toLongLong() : -1;
    }

    // The saleIds of the sale.completed events received, in order, with repeats.
    QStringList receivedSales() const
    {
        QStringList out;
        for (const QJsonObject &b : bodies()) {
            if (b.value(QLatin1String("type")).toString() == QLatin1String("sale.completed"))
                out.append(b.value(QLatin1String("data")).toObject().value(QLatin1String("saleId")).toString());
        }
        return out;
    }

    WebhookReceiver m_receiver;
    QHash<ServerProcess *, quint16> m_ports;
    int m_requests = 0;
};

} // namespace

TEST_F(EventsTest, SalesAndRefundsArriveInOrderSignedAndWithoutSecrets)
{
    auto server = startServer(); // migrates the database
    const QString webhook = registerWebhook({QStringLiteral("sale.completed"), QStringLiteral("sale.refunded")});
    ASSERT_FALSE(webhook.isEmpty());
    auto t = cashier(*server, QStringLiteral("T1"));
    QString show;
    const QStringList free = freeSeats(*t, &show);
    ASSERT_GE(free.size(), 10);
    QStringList sales;
    for (int i = 0; i < 5; ++i)
        sales.append(sell(*t, show, {free[2 * i], free[2 * i + 1]}));
    ASSERT_EQ(sales.size(), 5);
    RefundRequest refund;
    refund.saleId = sales.first();
    refund.reason = QStringLiteral("customer changed plans");
    ASSERT_TRUE(t->call<RefundReply>(refund));

    ASSERT_TRUE(waitUntil([&] { return m_receiver.requests().size() >= 6; }, 20000))
        << "received " << m_receiver.requests().size() << " of 6 events";
    waitUntil([] { return false; }, 500); // nothing more should come
    ASSERT_EQ(m_receiver.requests().size(), 6);
    qint64 lastSeq = 0;
    QSet<QString> ids;
    for (const auto &request : m_receiver.requests()) {
        EXPECT_EQ(request.method, "POST");
        EXPECT_EQ(request.headers.value("content-type"), "application/json");
        EXPECT_TRUE(validSignature(request.headers.value("marquee-signature"), Secret, request.body))
            << request.headers.value("marquee-signature").constData();
        EXPECT_FALSE(validSignature(request.headers.value("marquee-signature"), "another-secret-of-some-length", request.body));
        const QJsonObject body = bodyOf(request);
        EXPECT_EQ(request.headers.value("marquee-event-id"), body.value(QLatin1String("id")).toString().toUtf8());
        EXPECT_EQ(request.headers.value("marquee-event-type"), body.value(QLatin1String("type")).toString().toUtf8());
        const qint64 seq = body.value(QLatin1String("sequence")).toInteger();
        EXPECT_GT(seq, lastSeq) << "events out of order";
        lastSeq = seq;
        ids.insert(body.value(QLatin1String("id")).toString());
        // No ticket codes (they admit at the door), no card data, no secrets.
        for (const char *secret : {"\"code\"", "authorization", "password", "secret"})
            EXPECT_FALSE(request.body.contains(secret)) << secret << " in " << request.body.constData();
    }
    EXPECT_EQ(ids.size(), 6);
    EXPECT_EQ(receivedSales(), sales);
    const QJsonObject refunded = bodies().last();
    EXPECT_EQ(refunded.value(QLatin1String("type")).toString(), QStringLiteral("sale.refunded"));
    EXPECT_EQ(refunded.value(QLatin1String("data")).toObject().value(QLatin1String("saleId")).toString(), sales.first());
    EXPECT_EQ(refunded.value(QLatin1String("data")).toObject().value(QLatin1String("tickets")).toArray().size(), 2);
    const QJsonObject first = bodies().first().value(QLatin1String("data")).toObject();
    EXPECT_EQ(first.value(QLatin1String("tickets")).toArray().size(), 2);
    EXPECT_EQ(first.value(QLatin1String("showId")).toString(), show);
    EXPECT_EQ(first.value(QLatin1String("payments")).toArray().first().toObject().value(QLatin1String("method")).toString(),
              QStringLiteral("cash"));
    ASSERT_TRUE(waitUntil([&] { return cursorOf(webhook) == maxSeq(); }, 5000)) << "the endpoint's cursor stayed behind";
}

TEST_F(EventsTest, AFailingReceiverGetsEveryEventAgainInOrder)
{
    int failures = 0;
    m_receiver.setAnswer([&](const WebhookReceiver::Request &) { return failures++ < 3 ? 500 : 200; });
    auto server = startServer();
    const QString webhook = registerWebhook({QStringLiteral("sale.completed")});
    ASSERT_FALSE(webhook.isEmpty());
    auto t = cashier(*server, QStringLiteral("T1"));
    QString show;
    const QStringList free = freeSeats(*t, &show);
    const QStringList sales = {sell(*t, show, {free[0]}), sell(*t, show, {free[1]}), sell(*t, show, {free[2]})};

    // 3 failures of the first event (back-off 1, 2, 4 s), then every event once, in order.
    ASSERT_TRUE(waitUntil([&] { return m_receiver.requests().size() >= 6; }, 30000))
        << "received " << m_receiver.requests().size();
    waitUntil([] { return false; }, 1500);
    const QStringList got = receivedSales();
    EXPECT_EQ(got, (QStringList{sales[0], sales[0], sales[0], sales[0], sales[1], sales[2]}));
    QList<QByteArray> attempts;
    for (const auto &r : m_receiver.requests())
        attempts.append(r.headers.value("marquee-delivery-attempt"));
    EXPECT_EQ(attempts, (QList<QByteArray>{"1", "2", "3", "4", "1", "1"}));
    // Back-off: the retries came later each time (about 1, 2, 4 s).
    const auto &r = m_receiver.requests();
    EXPECT_GE(r[1].receivedAtMs - r[0].receivedAtMs, 700);
    EXPECT_GE(r[3].receivedAtMs - r[2].receivedAtMs, r[2].receivedAtMs - r[1].receivedAtMs);
    // What the back office shows.
    ASSERT_TRUE(waitUntil([&] { return cursorOf(webhook) == maxSeq(); }, 5000));
    auto listed = db().exec(QStringLiteral("SELECT marquee_webhooks()::text"));
    ASSERT_TRUE(listed);
    const QJsonObject hook = QJsonDocument::fromJson(listed->value(0, 0).toUtf8()).object()
                                 .value(QLatin1String("webhooks")).toArray().first().toObject();
    EXPECT_EQ(hook.value(QLatin1String("delivery")).toObject().value(QLatin1String("delivered")).toInteger(), 3);
    EXPECT_EQ(hook.value(QLatin1String("delivery")).toObject().value(QLatin1String("pending")).toInteger(), 0);
    EXPECT_FALSE(hook.value(QLatin1String("delivery")).toObject().contains(QLatin1String("failingSince")));
    const QJsonArray failed = hook.value(QLatin1String("recentFailures")).toArray();
    ASSERT_EQ(failed.size(), 3);
    EXPECT_EQ(failed.first().toObject().value(QLatin1String("error")).toString(), QStringLiteral("HTTP 500"));
    EXPECT_EQ(failed.first().toObject().value(QLatin1String("attempt")).toInteger(), 3);
}

TEST_F(EventsTest, AKillBetweenCommitAndDeliveryLosesNothing)
{
    // The receiver takes the first delivery and never answers: the sale is committed, its event
    // on the wire, not delivered, when the server is killed.
    m_receiver.setAnswer([](const WebhookReceiver::Request &) { return WebhookReceiver::Hang; });
    auto server = startServer();
    const QString webhook = registerWebhook({QStringLiteral("sale.completed")});
    ASSERT_FALSE(webhook.isEmpty());
    QString sale;
    {
        auto t = cashier(*server, QStringLiteral("T1"));
        QString show;
        const QStringList free = freeSeats(*t, &show);
        sale = sell(*t, show, {free[0], free[1]});
        ASSERT_FALSE(sale.isEmpty());
        ASSERT_TRUE(waitUntil([&] { return m_receiver.requests().size() == 1; }, 10000));
    }
    server->killHard();
    const qint64 cursor = cursorOf(webhook);
    EXPECT_LT(cursor, maxSeq()) << "the cursor moved past an event that was never acknowledged";

    m_receiver.setAnswer([](const WebhookReceiver::Request &) { return 200; });
    const quint16 port = server->start(m_ports.value(server.get()), 60'000);
    ASSERT_NE(port, 0);
    ASSERT_TRUE(waitUntil([&] { return m_receiver.requests().size() >= 2; }, 15000)) << "not delivered after the restart";
    EXPECT_EQ(receivedSales(), (QStringList{sale, sale}));
    EXPECT_EQ(bodies()[0].value(QLatin1String("id")), bodies()[1].value(QLatin1String("id"))) << "the same event, by its id";
    ASSERT_TRUE(waitUntil([&] { return cursorOf(webhook) == maxSeq(); }, 5000));
}

TEST_F(EventsTest, OfTwoProcessesOnlyOneDeliversAndTheOtherTakesOver)
{
    auto a = startServer();
    const QString webhook = registerWebhook({QStringLiteral("sale.completed")});
    ASSERT_FALSE(webhook.isEmpty());
    auto b = startServer();
    auto ta = cashier(*a, QStringLiteral("TA"));
    auto tb = cashier(*b, QStringLiteral("TB"), QStringLiteral("cashier2"));
    QString show;
    const QStringList free = freeSeats(*ta, &show);
    ASSERT_GE(free.size(), 30);
    QStringList sales;
    for (int i = 0; i < 20; ++i)
        sales.append(sell(i % 2 ? *tb : *ta, show, {free[i]}));
    ASSERT_TRUE(waitUntil([&] { return m_receiver.requests().size() >= 20; }, 20000));
    waitUntil([] { return false; }, 1000);
    QStringList got = receivedSales();
    EXPECT_EQ(got.size(), 20) << "an event was delivered twice while both processes ran";
    EXPECT_EQ(QSet<QString>(got.begin(), got.end()), QSet<QString>(sales.begin(), sales.end()));

    // Which one leads? Its /metrics say so; kill it, the other takes over.
    auto leads = [](ServerProcess &s) {
        QNetworkAccessManager http;
        QNetworkReply *reply = http.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(s.httpPort()))));
        waitUntil([&] { return reply->isFinished(); }, 5000);
        const QByteArray text = reply->readAll();
        reply->deleteLater();
        return text.contains("\nmarquee_outbox_leader 1");
    };
    const bool aLeads = leads(*a);
    EXPECT_NE(aLeads, leads(*b)) << "exactly one process leads";
    ServerProcess &leader = aLeads ? *a : *b;
    TestTerminal &survivor = aLeads ? *tb : *ta;
    (aLeads ? ta : tb)->close();
    leader.killHard();
    m_receiver.clear();
    const QStringList later = {sell(survivor, show, {free[20]}), sell(survivor, show, {free[21]})};
    ASSERT_TRUE(waitUntil([&] { return receivedSales().size() >= 2; }, 15000)) << "nobody took over";
    waitUntil([] { return false; }, 1000);
    got = receivedSales();
    EXPECT_EQ(got.mid(got.size() - 2), later);
    ASSERT_TRUE(waitUntil([&] { return cursorOf(webhook) == maxSeq(); }, 5000));
}

TEST_F(EventsTest, AdminsManageWebhooksThroughTheProtocolAndBadInputChangesNothing)
{
    auto server = startServer();
    auto admin = cashier(*server, QStringLiteral("ADM"), QStringLiteral("admin"));
    CreateWebhookRequest create;
    create.url = m_receiver.url();
    create.eventTypes = {QStringLiteral("sale.completed"), QStringLiteral("show.cancelled")};
    create.secret = QString::fromLatin1(Secret);
    auto created = admin->call<WebhookReply>(create);
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    EXPECT_EQ(created->webhook.url, m_receiver.url());
    EXPECT_EQ(created->webhook.eventTypes, create.eventTypes);
    EXPECT_TRUE(created->webhook.active);
    EXPECT_EQ(created->webhook.delivery.delivered, 0);

    // The same request again (a retry): the same answer, no second endpoint.
    const QString id = admin->nextId();
    auto first = admin->call<WebhookReply>(create, id + QStringLiteral("x"));
    ASSERT_TRUE(first);
    auto again = admin->call<WebhookReply>(create, id + QStringLiteral("x"));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->webhook.id, first->webhook.id);
    DeleteWebhookRequest remove;
    remove.webhookId = first->webhook.id;
    ASSERT_TRUE(admin->call<DeleteWebhookReply>(remove));
    EXPECT_EQ(errorOf(admin->waitReply(admin->send(remove))), ErrorCode::NotFound);

    // Managers and cashiers may not.
    auto manager = cashier(*server, QStringLiteral("MGR"), QStringLiteral("manager"));
    EXPECT_EQ(errorOf(manager->waitReply(manager->send(ListWebhooksRequest{}))), ErrorCode::Forbidden);
    EXPECT_EQ(errorOf(manager->waitReply(manager->send(create))), ErrorCode::Forbidden);

    // Bad input: a clear error at the field, nothing changed.
    struct Bad
    {
        const char *what;
        std::function<void(CreateWebhookRequest &)> change;
        const char *where;
    };
    const QList<Bad> bad = {
        {"ftp URL", [](auto &r) { r.url = QStringLiteral("ftp://example.org/hook"); }, "/body/url"},
        {"javascript URL", [](auto &r) { r.url = QStringLiteral("javascript:alert(1)"); }, "/body/url"},
        {"relative URL", [](auto &r) { r.url = QStringLiteral("/hook"); }, "/body/url"},
        {"URL without host", [](auto &r) { r.url = QStringLiteral("http:///hook"); }, "/body/url"},
        {"URL with a password", [](auto &r) { r.url = QStringLiteral("https://user:pw@example.org/hook"); }, "/body/url"},
        {"URL too long", [](auto &r) { r.url = QStringLiteral("https://example.org/") + QString(2000, u'a'); }, "/body/url"},
        {"secret of 15", [](auto &r) { r.secret = QString(15, u's'); }, "/body/secret"},
        {"secret with a control character", [](auto &r) { r.secret = QStringLiteral("0123456789abcdef\n0123"); }, "/body/secret"},
        {"unknown event type", [](auto &r) { r.eventTypes = {QStringLiteral("sale.completed"), QStringLiteral("seat.sold")}; }, "/body/eventTypes/1"},
        {"event type twice", [](auto &r) { r.eventTypes = {QStringLiteral("sale.completed"), QStringLiteral("sale.completed")}; }, "/body/eventTypes/1"},
        {"no event types", [](auto &r) { r.eventTypes = {}; }, "/body/eventTypes"},
    };
    for (const Bad &b : bad) {
        CreateWebhookRequest r = create;
        b.change(r);
        const auto reply = admin->waitReply(admin->send(r));
        const auto error = errorIn(reply);
        ASSERT_TRUE(error) << b.what << ": accepted";
        EXPECT_TRUE(error->code == ErrorCode::InvalidValue || error->code == ErrorCode::MissingField
                    || error->code == ErrorCode::TooManyItems)
            << b.what << ": " << errorCodeName(error->code).toStdString();
        EXPECT_EQ(error->where, QString::fromLatin1(b.where)) << b.what;
        EXPECT_FALSE(error->message.isEmpty()) << b.what;
    }
    UpdateWebhookRequest update;
    update.webhookId = QStringLiteral("999999");
    update.active = true;
    EXPECT_EQ(errorOf(admin->waitReply(admin->send(update))), ErrorCode::NotFound);
    // A sale's e-mail address that is not one.
    auto t = cashier(*server, QStringLiteral("T1"));
    QString show;
    const QStringList free = freeSeats(*t, &show);
    auto hold = t->call<HoldReply>(holdOf(show, {free[0]}));
    ASSERT_TRUE(hold);
    SellRequest sell;
    sell.holdId = hold->holdId;
    sell.payments = {cash(hold->total.minorUnits(), hold->total.minorUnits())};
    sell.customerEmail = QStringLiteral("anna.example.org");
    const auto refused = errorIn(t->waitReply(t->send(sell)));
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->code, ErrorCode::InvalidValue);
    EXPECT_EQ(refused->where, QStringLiteral("/body/customerEmail"));

    auto listed = admin->call<ListWebhooksReply>(ListWebhooksRequest{});
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->webhooks.size(), 1) << "a refused request changed something";
    EXPECT_EQ(listed->webhooks.first().id, created->webhook.id);
    EXPECT_EQ(listed->eventTypes.size(), 6);

    // Deactivated: nothing delivered; active again: what was committed meanwhile arrives.
    UpdateWebhookRequest off;
    off.webhookId = created->webhook.id;
    off.active = false;
    ASSERT_TRUE(admin->call<WebhookReply>(off));
    const QString sale = this->sell(*t, show, {free[1]});
    waitUntil([] { return false; }, 1500);
    EXPECT_TRUE(m_receiver.requests().isEmpty());
    off.active = true;
    ASSERT_TRUE(admin->call<WebhookReply>(off, admin->nextId()));
    ASSERT_TRUE(waitUntil([&] { return !m_receiver.requests().isEmpty(); }, 10000));
    EXPECT_EQ(receivedSales(), QStringList{sale});
}

TEST_F(EventsTest, ShowChangesAndAdmissionsAreEventsSeatChangesAreNot)
{
    auto server = startServer();
    auto count = [&](const QString &type) {
        auto r = db().exec(QStringLiteral("SELECT count(*) FROM outbox WHERE type = $1"), {type});
        return r ? r->value(0, 0).toInt() : -1;
    };
    auto latest = [&](const QString &type) {
        auto r = db().exec(QStringLiteral("SELECT payload::text FROM outbox WHERE type = $1 ORDER BY id DESC LIMIT 1"), {type});
        return r && r->rowCount() ? QJsonDocument::fromJson(r->value(0, 0).toUtf8()).object() : QJsonObject();
    };
    EXPECT_GT(count(QStringLiteral("show.scheduled")), 0) << "the demo's shows were scheduled";
    auto showRow = db().exec(QStringLiteral("SELECT id FROM shows WHERE status = 'on_sale' ORDER BY id LIMIT 1"));
    ASSERT_TRUE(showRow && showRow->rowCount());
    const QString show = showRow->value(0, 0);
    const int changedBefore = count(QStringLiteral("show.changed"));
    // A seat change bumps the show's version: no show event.
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE shows SET version = version + 1 WHERE id = $1::bigint"), {show}));
    EXPECT_EQ(count(QStringLiteral("show.changed")), changedBefore);
    // Rolled back: no event.
    ASSERT_TRUE(db().execScript(QStringLiteral("BEGIN; UPDATE shows SET title = 'Never' WHERE id = %1; ROLLBACK;").arg(show)));
    EXPECT_EQ(count(QStringLiteral("show.changed")), changedBefore);
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE shows SET title = 'Metropolis (restored)' WHERE id = $1::bigint"), {show}));
    EXPECT_EQ(count(QStringLiteral("show.changed")), changedBefore + 1);
    EXPECT_EQ(latest(QStringLiteral("show.changed")).value(QLatin1String("changed")).toArray(), QJsonArray{QStringLiteral("title")});
    EXPECT_EQ(latest(QStringLiteral("show.changed")).value(QLatin1String("title")).toString(), QStringLiteral("Metropolis (restored)"));

    // A ticket admitted at the door.
    auto t = cashier(*server, QStringLiteral("T1"));
    QString onSale;
    const QStringList free = freeSeats(*t, &onSale);
    const QString sale = sell(*t, onSale, {free[0]});
    ASSERT_FALSE(sale.isEmpty());
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE tickets SET admitted_at = now(), admitted_by = 'DOOR-1' WHERE sale_id = $1::bigint"), {sale}));
    EXPECT_EQ(count(QStringLiteral("ticket.admitted")), 1);
    EXPECT_EQ(latest(QStringLiteral("ticket.admitted")).value(QLatin1String("saleId")).toString(), sale);
    EXPECT_EQ(latest(QStringLiteral("ticket.admitted")).value(QLatin1String("terminalId")).toString(), QStringLiteral("DOOR-1"));

    // Cancelled.
    ASSERT_TRUE(db().exec(QStringLiteral("UPDATE shows SET status = 'cancelled' WHERE id = $1::bigint"), {show}));
    EXPECT_EQ(count(QStringLiteral("show.cancelled")), 1);
    EXPECT_EQ(latest(QStringLiteral("show.cancelled")).value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
}
