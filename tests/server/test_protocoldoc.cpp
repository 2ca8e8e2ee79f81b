// What docs/PROTOCOL.md promises where an outside client (written from the document alone) found it
// unclear or at odds with the server (issue 12, item 6): each behaviour as the document now states
// it, on real WebSockets on loopback and a real PostgreSQL.
#include "serverfixture.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

const NoticePush *noticeOf(const TestTerminal &t, NoticeKind kind, QList<NoticePush> &storage)
{
    storage = t.notices();
    for (const NoticePush &n : std::as_const(storage)) {
        if (n.kind == kind)
            return &n;
    }
    return nullptr;
}

} // namespace

class ProtocolDoc : public ServerTest
{
protected:
    // Sends raw text and returns the error it got under `key` (the request id, or "(no id)").
    std::optional<ErrorMessage> errorFor(TestTerminal *t, const QString &text, const QString &key)
    {
        t->sendText(text);
        const auto reply = t->waitReply(key, 10000);
        EXPECT_TRUE(reply) << "no answer under " << key.toStdString() << " to " << text.left(120).toStdString();
        // No other answer for this frame: the connection answers a ping next.
        EXPECT_TRUE(t->call<PongReply>(PingRequest {}));
        EXPECT_FALSE(t->hasReply(QStringLiteral("(no id)")));
        return errorIn(reply);
    }
};

TEST_F(ProtocolDoc, SeatUnavailableListsTheSeatsWithTheirStatesAtBodySeatIds)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    TestTerminal *first = terminal();
    TestTerminal *second = terminal(QStringLiteral("cashier2"));
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    ASSERT_TRUE(first->call<HoldReply>(holdOf(show, {seats[0]})));
    auto sold = first->call<HoldReply>(holdOf(show, {seats[1]}));
    ASSERT_TRUE(sold);
    SellRequest sell;
    sell.holdId = sold->holdId;
    sell.payments = {cash(sold->total.minorUnits(), sold->total.minorUnits())};
    ASSERT_TRUE(first->call<SellReply>(sell));

    const auto expectSeats = [](const std::optional<AnyMessage> &reply, const QJsonArray &expected, const char *what) {
        const auto error = errorIn(reply);
        ASSERT_TRUE(error) << what;
        EXPECT_EQ(errorCodeName(error->code), errorCodeName(ErrorCode::SeatUnavailable)) << what;
        EXPECT_EQ(error->where, QStringLiteral("/body/seatIds")) << what;
        EXPECT_EQ(error->details.value(QLatin1String("seats")).toArray(), expected) << what;
        EXPECT_FALSE(error->details.contains(QLatin1String("seatIds"))) << what;
    };
    const QJsonObject held {{QStringLiteral("seat"), seats[0]}, {QStringLiteral("state"), QStringLiteral("held")}};
    const QJsonObject soldSeat {{QStringLiteral("seat"), seats[1]}, {QStringLiteral("state"), QStringLiteral("sold")}};
    // Decided by the database (a seat held just now), and its retry (the remembered answer).
    const QString id = second->nextId();
    expectSeats(second->waitReply(second->send(holdOf(show, {seats[0], seats[2]}), id)), QJsonArray {held}, "hold, database");
    expectSeats(second->waitReply(second->send(holdOf(show, {seats[0], seats[2]}), id)), QJsonArray {held}, "hold, retried");
    // A sold seat (the server may answer from memory): the same shape.
    expectSeats(second->waitReply(second->send(holdOf(show, {seats[1], seats[2]}))), QJsonArray {soldSeat}, "hold, sold seat");
    // Adding to a hold, and blocking: the same shape too.
    auto mine = second->call<HoldReply>(holdOf(show, {seats[3]}));
    ASSERT_TRUE(mine);
    expectSeats(second->waitReply(second->send(holdOf(show, {seats[1]}, mine->holdId))), QJsonArray {soldSeat}, "hold more");
    BlockSeatsRequest block;
    block.showId = show;
    block.seatIds = {seats[1], seats[4]};
    block.kind = SeatBlock::Blocked;
    expectSeats(manager->waitReply(manager->send(block)), QJsonArray {soldSeat}, "block_seats");
}

TEST_F(ProtocolDoc, FrameErrorsCarryNoIdEnvelopeAndBodyErrorsEchoIt)
{
    TestTerminal *t = terminal();
    const QString show = showId();
    QStringList many;
    for (int i = 0; i < 10001; ++i)
        many.append(QStringLiteral("1"));
    QStringList hundredAndOne;
    for (int i = 0; i < 101; ++i)
        hundredAndOne.append(QStringLiteral("\"S%1\"").arg(i));
    struct Case
    {
        const char *name;
        QString text;
        ErrorCode code;
        QString id;    // echoed id; empty: none
        QString where;
    };
    const QString noId = QString();
    const QList<Case> cases = {
        // Frame errors: no id, no where.
        {"frame too large", QStringLiteral(R"({"v":1,"type":"ping","id":"f1","body":{"pad":"%1"}})").arg(QString(70000, u'x')), ErrorCode::FrameTooLarge, noId, {}},
        {"too deep", QStringLiteral(R"({"v":1,"type":"ping","id":"f2","body":{"a":%1%2}})").arg(QString(20, u'['), QString(20, u']')), ErrorCode::TooDeep, noId, {}},
        {"array over 10,000", QStringLiteral(R"({"v":1,"type":"ping","id":"f3","body":{"a":[%1]}})").arg(many.join(u',')), ErrorCode::TooManyItems, noId, {}},
        {"not JSON", QStringLiteral(R"({"v":1,"type":"ping","id":"f4")"), ErrorCode::MalformedJson, noId, {}},
        {"top level not an object", QStringLiteral(R"(["v",1])"), ErrorCode::NotAnObject, noId, {}},
        // Envelope errors: the id when it is a valid one, where = the field.
        {"v missing", QStringLiteral(R"({"type":"ping","id":"e1"})"), ErrorCode::MissingField, QStringLiteral("e1"), QStringLiteral("/v")},
        {"v a string", QStringLiteral(R"({"v":"1","type":"ping","id":"e2"})"), ErrorCode::WrongType, QStringLiteral("e2"), QStringLiteral("/v")},
        {"v another number", QStringLiteral(R"({"v":2,"type":"ping","id":"e3"})"), ErrorCode::UnsupportedVersion, QStringLiteral("e3"), QStringLiteral("/v")},
        {"unknown type", QStringLiteral(R"({"v":1,"type":"fly","id":"e4"})"), ErrorCode::UnknownType, QStringLiteral("e4"), QStringLiteral("/type")},
        {"unknown envelope field", QStringLiteral(R"({"v":1,"type":"ping","id":"e5","extra":1})"), ErrorCode::UnknownField, QStringLiteral("e5"), QStringLiteral("/extra")},
        {"body not an object", QStringLiteral(R"({"v":1,"type":"ping","id":"e6","body":[]})"), ErrorCode::NotAnObject, QStringLiteral("e6"), QStringLiteral("/body")},
        {"id invalid", QStringLiteral(R"({"v":1,"type":"ping","id":"e 7"})"), ErrorCode::InvalidValue, noId, QStringLiteral("/id")},
        {"id missing", QStringLiteral(R"({"v":1,"type":"ping"})"), ErrorCode::MissingField, noId, QStringLiteral("/id")},
        // Body errors: the id, where into the body; TOO_MANY_ITEMS of a request's own limit too.
        {"101 seats", QStringLiteral(R"({"v":1,"type":"hold","id":"b1","body":{"showId":"%1","seatIds":[%2]}})").arg(show, hundredAndOne.join(u',')), ErrorCode::TooManyItems, QStringLiteral("b1"), QStringLiteral("/body/seatIds")},
    };
    for (const Case &c : cases) {
        const auto error = errorFor(t, c.text, c.id.isEmpty() ? QStringLiteral("(no id)") : c.id);
        ASSERT_TRUE(error) << c.name;
        EXPECT_EQ(errorCodeName(error->code), errorCodeName(c.code)) << c.name;
        EXPECT_EQ(error->where, c.where) << c.name;
    }
}

TEST_F(ProtocolDoc, FindSalesWithNoneOrTwoOfItsKeysIsInvalidValueAtBody)
{
    TestTerminal *t = terminal();
    for (const QString &body : {QStringLiteral("{}"), QStringLiteral(R"({"saleId":"1","ticketCode":"QR1"})"),
                                QStringLiteral(R"({"saleId":"1","recent":"user"})")}) {
        const QString id = t->nextId();
        const auto error = errorFor(t, QStringLiteral(R"({"v":1,"type":"find_sales","id":"%1","body":%2})").arg(id, body), id);
        ASSERT_TRUE(error) << body.toStdString();
        EXPECT_EQ(errorCodeName(error->code), errorCodeName(ErrorCode::InvalidValue)) << body.toStdString();
        EXPECT_EQ(error->where, QStringLiteral("/body")) << body.toStdString();
    }
    const QString id = t->nextId();
    const auto limit = errorFor(t, QStringLiteral(R"({"v":1,"type":"find_sales","id":"%1","body":{"saleId":"1","limit":5}})").arg(id), id);
    ASSERT_TRUE(limit);
    EXPECT_EQ(errorCodeName(limit->code), errorCodeName(ErrorCode::InvalidValue));
    EXPECT_EQ(limit->where, QStringLiteral("/body/limit"));
}

// hello is optional; notices reach connections without it; shutting_down says how long the
// server gives requests in flight (the grace period) before it closes the connection.
TEST_F(ProtocolDoc, HelloIsOptionalAndShuttingDownSaysWhenTheConnectionCloses)
{
    auto bare = std::make_unique<TestTerminal>(QStringLiteral("no-hello"));
    ASSERT_TRUE(bare->open(url(), 10000, false));
    ASSERT_TRUE(bare->signIn(QStringLiteral("cashier"), QStringLiteral("cashier")));
    EXPECT_TRUE(bare->call<ListVenuesReply>(ListVenuesRequest {}));
    TestTerminal *greeted = terminal();
    m_server->shutdown(3000);
    QList<NoticePush> storage;
    for (TestTerminal *t : {bare.get(), greeted}) {
        ASSERT_TRUE(t->waitFor([&] { return noticeOf(*t, NoticeKind::ShuttingDown, storage) != nullptr; }, 5000));
        const NoticePush *notice = noticeOf(*t, NoticeKind::ShuttingDown, storage);
        ASSERT_TRUE(notice->retryAfterSeconds);
        EXPECT_EQ(*notice->retryAfterSeconds, 3);
    }
    // With nothing in flight the grace period ends at once: the server closes the connections.
    EXPECT_TRUE(greeted->waitFor([&] { return !greeted->isConnected(); }, 5000));
}

// extend_hold counts from now (not from the old expiry) and stops at the cap; kiosks have their
// own cap (kiosk-hold-cap).
TEST_F(ProtocolDoc, ExtendHoldCountsFromNowAndStopsAtTheCap)
{
    ServerConfig config = baseConfig();
    config.holdTtlKioskSeconds = 60;
    config.kioskHoldCapSeconds = 90;
    config.holdTtlCashierSeconds = 600;
    config.holdCapSeconds = 1800;
    m_server = startServer(config);
    ASSERT_TRUE(m_server);
    const QString show = showId();
    const QStringList seats = seatIds(show);
    const auto secondsFromNow = [](const QDateTime &at) { return QDateTime::currentDateTimeUtc().secsTo(at); };

    TestTerminal *cashier = terminal();
    auto hold = cashier->call<HoldReply>(holdOf(show, {seats[0]}));
    ASSERT_TRUE(hold);
    // Ten minutes are left of it; extending gives ten minutes from now, not twenty.
    ExtendHoldRequest extend;
    extend.holdId = hold->holdId;
    auto extended = cashier->call<HoldReply>(extend);
    ASSERT_TRUE(extended) << extended.error().toString().toStdString();
    EXPECT_NEAR(double(secondsFromNow(extended->expiresAt)), 600.0, 10.0);

    TestTerminal *kiosk = terminal(QStringLiteral("kiosk"));
    auto kioskHold = kiosk->call<HoldReply>(holdOf(show, {seats[1]}));
    ASSERT_TRUE(kioskHold);
    EXPECT_NEAR(double(secondsFromNow(kioskHold->expiresAt)), 60.0, 10.0);
    // As if the hold had been made 50 s ago and had 10 s left: the kiosk's cap (90 s) ends it 40 s
    // from now, before now + 60 s.
    ASSERT_TRUE(db().execScript(QStringLiteral("UPDATE holds SET created_at = now() - interval '50 seconds',"
                                               " expires_at = now() + interval '10 seconds' WHERE id = %1;"
                                               " UPDATE show_seats SET hold_expires = now() + interval '10 seconds' WHERE hold_id = %1;")
                                    .arg(kioskHold->holdId)));
    ExtendHoldRequest extendKiosk;
    extendKiosk.holdId = kioskHold->holdId;
    auto capped = kiosk->call<HoldReply>(extendKiosk);
    ASSERT_TRUE(capped) << capped.error().toString().toStdString();
    EXPECT_NEAR(double(secondsFromNow(capped->expiresAt)), 40.0, 10.0);
    auto again = kiosk->call<HoldReply>(extendKiosk);
    ASSERT_FALSE(again);
    EXPECT_EQ(errorCodeName(again.error().code), errorCodeName(ErrorCode::HoldExtendLimit));
}

TEST_F(ProtocolDoc, ARefundFreesTheSeatsAtOnce)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    TestTerminal *seller = terminal();
    TestTerminal *watcher = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(watcher->call<SubscribeReply>(SubscribeRequest {show, std::nullopt}));
    auto hold = seller->call<HoldReply>(holdOf(show, {seats[0], seats[1]}));
    ASSERT_TRUE(hold);
    SellRequest sell;
    sell.holdId = hold->holdId;
    sell.payments = {card(hold->total.minorUnits())};
    auto sale = seller->call<SellReply>(sell);
    ASSERT_TRUE(sale) << sale.error().toString().toStdString();
    ASSERT_TRUE(watcher->waitFor([&] { return watcher->status(show, seats[0]) == SeatStatus::Sold; }));
    RefundRequest refund;
    refund.saleId = sale->saleId;
    refund.ticketIds = QStringList {sale->tickets.first().id};
    refund.reason = QStringLiteral("changed plans");
    ASSERT_TRUE(seller->call<RefundReply>(refund));
    const QString freed = sale->tickets.first().seatId;
    const QString kept = sale->tickets.last().seatId;
    EXPECT_TRUE(watcher->waitFor([&] { return watcher->status(show, freed) == SeatStatus::Available; }));
    EXPECT_EQ(watcher->status(show, kept), SeatStatus::Sold);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM show_seats WHERE show_id = $1 AND seat_id = $2"), {show, freed}),
              QStringLiteral("available"));
    // And anyone can hold it again.
    EXPECT_TRUE(watcher->call<HoldReply>(holdOf(show, {freed})));
}

// Deltas for a resubscribe come from the memory of the process that has the show loaded; a
// process that has not, or a lastVersion from the future, answers with a snapshot. Never
// STALE_VERSION.
TEST_F(ProtocolDoc, DeltasComeFromTheProcessThatWatchedElseASnapshot)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    TestTerminal *t = terminal();
    auto first = t->call<SubscribeReply>(SubscribeRequest {show, std::nullopt});
    ASSERT_TRUE(first);
    ASSERT_TRUE(t->call<HoldReply>(holdOf(show, {seats[0]})));
    ASSERT_TRUE(t->call<HoldReply>(holdOf(show, {seats[1]})));
    ASSERT_TRUE(t->waitFor([&] { return t->version(show) >= first->version + 2; }));

    TestTerminal *again = terminal();
    auto deltas = again->call<SubscribeReply>(SubscribeRequest {show, first->version});
    ASSERT_TRUE(deltas) << deltas.error().toString().toStdString();
    EXPECT_EQ(deltas->resync, ResyncMode::Deltas);
    auto future = again->call<SubscribeReply>(SubscribeRequest {show, first->version + 1000});
    ASSERT_TRUE(future) << future.error().toString().toStdString();
    EXPECT_EQ(future->resync, ResyncMode::Snapshot);

    auto other = startServer();
    ASSERT_TRUE(other);
    TestTerminal *elsewhere = terminal(QStringLiteral("cashier"), other.get());
    auto fresh = elsewhere->call<SubscribeReply>(SubscribeRequest {show, first->version});
    ASSERT_TRUE(fresh) << fresh.error().toString().toStdString();
    EXPECT_EQ(fresh->resync, ResyncMode::Snapshot);
    EXPECT_TRUE(elsewhere->waitFor([&] { return elsewhere->status(show, seats[1]) == SeatStatus::Held; }));
}
