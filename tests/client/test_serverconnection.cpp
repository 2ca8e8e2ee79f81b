// ServerConnection: against a scripted server on loopback, and the validation of every request
// before it is sent (the client never sends a malformed frame).
#include "printers.h"
#include "serverconnection.h"
#include "testterminal.h"

#include <gtest/gtest.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtWebSockets/QWebSocket>
#include <QtWebSockets/QWebSocketServer>

#include <utility>

using namespace Marquee;

namespace {

// Says hello and signs in properly, and answers every extend_hold with a hold_reply that has no currency (what
// marquee-server once sent): a frame that the protocol cannot decode.
class BrokenServer final : public QObject
{
public:
    BrokenServer()
        : m_server(QStringLiteral("broken"), QWebSocketServer::NonSecureMode)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server.nextPendingConnection();
            socket->setParent(this);
            connect(socket, &QWebSocket::textMessageReceived, this, [socket](const QString &text) {
                QString id;
                auto request = decodeMessage(text.toUtf8(), clientFrameLimits(), &id);
                if (!request)
                    return;
                if (std::holds_alternative<HelloRequest>(request->body)) {
                    HelloReply hello;
                    hello.serverName = QStringLiteral("broken");
                    hello.serverVersion = QStringLiteral("1");
                    hello.serverTime = QDateTime::currentDateTimeUtc();
                    socket->sendTextMessage(QString::fromUtf8(encodeMessage(hello, id)));
                } else if (std::holds_alternative<SignInRequest>(request->body)) {
                    SessionReply session;
                    session.token = QStringLiteral("token");
                    session.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
                    session.user = UserInfo{QStringLiteral("3"), QStringLiteral("Cashier"), Role::Cashier};
                    session.holdTtlSeconds = 600;
                    socket->sendTextMessage(QString::fromUtf8(encodeMessage(session, id)));
                } else if (const auto *extend = std::get_if<ExtendHoldRequest>(&request->body)) {
                    HoldReply reply; // total left default-constructed: an empty currency
                    reply.holdId = extend->holdId;
                    reply.showId = QStringLiteral("1");
                    reply.seatIds = {QStringLiteral("A-1")};
                    reply.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
                    socket->sendTextMessage(QString::fromUtf8(encodeMessage(reply, id)));
                }
            });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort())); }

private:
    QWebSocketServer m_server;
};

} // namespace

TEST(ServerConnection, AnUndecodableAnswerEndsItsRequestAtOnceWithAClearError)
{
    BrokenServer server;
    ServerConnection connection(QStringLiteral("T-broken"));
    connection.open(server.url());
    ASSERT_TRUE(Marquee::Test::waitUntil([&] { return connection.state() == ServerConnection::State::Connected; }, 5000));
    std::optional<Result<SessionReply>> session;
    connection.signIn(QStringLiteral("cashier"), QStringLiteral("cashier"), [&session](const Result<SessionReply> &reply) { session = reply; });
    ASSERT_TRUE(Marquee::Test::waitUntil([&] { return session.has_value(); }, 5000));
    ASSERT_TRUE(*session) << session->error().toString().toStdString();

    std::optional<Result<HoldReply>> answer;
    QElapsedTimer clock;
    clock.start();
    ExtendHoldRequest extend;
    extend.holdId = QStringLiteral("42");
    connection.call<HoldReply>(extend, [&answer](const Result<HoldReply> &reply) { answer = reply; });
    // Far below any request's time-out.
    ASSERT_TRUE(Marquee::Test::waitUntil([&] { return answer.has_value(); }, 3000)) << "the request was left waiting for a time-out";
    ASSERT_FALSE(*answer);
    EXPECT_EQ(answer->error().code, ErrorCode::Internal);
    EXPECT_TRUE(answer->error().message.contains(QStringLiteral("could not be read"))) << answer->error().message.toStdString();
    EXPECT_TRUE(answer->error().message.contains(QStringLiteral("INVALID_CURRENCY"))) << answer->error().message.toStdString();
    EXPECT_LT(clock.elapsed(), 3000);
    connection.close();
}

namespace {

template<std::size_t... I> QList<AnyMessage> defaults(std::index_sequence<I...>)
{
    return {AnyMessage(std::in_place_index<I>)...};
}

QList<AnyMessage> everyMessageDefaultConstructed()
{
    return defaults(std::make_index_sequence<std::variant_size_v<AnyMessage>>());
}

} // namespace

TEST(ServerConnection, EveryRequestPassesTheSharedValidationBeforeItIsSent)
{
    ServerConnection connection(QStringLiteral("T-validate"));
    int requests = 0, refused = 0;
    for (const AnyMessage &message : everyMessageDefaultConstructed()) {
        const MessageType type = messageTypeOf(message);
        if (messageTypeInfo(type).direction != Direction::ClientToServer || type == MessageType::Hello)
            continue;
        ++requests;
        const QJsonObject body = std::visit([](const auto &m) { return m.toJson(); }, message);
        const bool valid = bool(decodeBody(Envelope{ProtocolVersion, type, QStringLiteral("x"), body}));
        std::optional<Result<AnyMessage>> answer;
        connection.send(type, body, [&answer](const Result<AnyMessage> &reply) { answer = reply; });
        QCoreApplication::processEvents();
        if (valid) {
            EXPECT_FALSE(answer) << messageTypeName(type).toStdString() << ": a valid request waits for the server";
        } else {
            ++refused;
            ASSERT_TRUE(answer) << messageTypeName(type).toStdString() << ": an invalid request is answered at once";
            ASSERT_FALSE(*answer);
            EXPECT_EQ(answer->error().code, ErrorCode::Internal);
            EXPECT_TRUE(answer->error().message.contains(QLatin1String("nothing was sent")))
                << answer->error().message.toStdString();
        }
    }
    EXPECT_GE(requests, 15);
    EXPECT_GE(refused, 5) << "default-constructed requests without their ids are invalid";
}

TEST(ServerConnection, ASaleWithoutAHoldIdIsNeverSent)
{
    // The defect of the expired hold: a sell with an empty hold id.
    ServerConnection connection(QStringLiteral("T-validate"));
    SellRequest sell;
    Payment cash;
    cash.method = PaymentMethod::Cash;
    cash.amount = *Money::fromMinor(950, u"EUR");
    sell.payments = {cash};
    std::optional<Result<SellReply>> answer;
    connection.call<SellReply>(sell, [&answer](const Result<SellReply> &reply) { answer = reply; });
    QCoreApplication::processEvents();
    ASSERT_TRUE(answer);
    ASSERT_FALSE(*answer);
    EXPECT_TRUE(answer->error().message.contains(QLatin1String("/body/holdId"))) << answer->error().message.toStdString();
}

// A server that takes the connection and then says nothing (stalled with SIGSTOP, or a proxy whose
// server is gone): the attempt is given up after the keep-alive's dead time and tried again,
// rather than waited on for ever.
TEST(ServerConnection, AnAttemptThatGetsNoAnswerIsGivenUpAndTriedAgain)
{
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    int accepted = 0;
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection()) {
            socket->setParent(&silent); // kept open, never answered
            ++accepted;
        }
    });
    ServerConnection connection(QStringLiteral("till"));
    connection.setKeepAlive(200, 1000);
    QStringList failures;
    QObject::connect(&connection, &ServerConnection::connectionFailed, &connection,
                     [&](const QString &reason) { failures.append(reason); });
    connection.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(silent.serverPort())));
    EXPECT_TRUE(Marquee::Test::waitUntil([&] { return accepted >= 2; }, 20'000)) << "the connection attempt was never given up";
    EXPECT_FALSE(failures.isEmpty());
    EXPECT_NE(connection.state(), ServerConnection::State::Connected);
    connection.close();
}

namespace {

// A server that, on the first connection, answers a hold the way a marquee-server that is
// shutting down does (the `shutting_down` notice, SERVICE_DEGRADED, then the connection closed
// with 1001), and takes the hold on the next connection. With `announce` false it leaves out the
// notice: a database that is unreachable, not a server that is leaving.
class LeavingServer final : public QObject
{
public:
    explicit LeavingServer(bool announce)
        : m_server(QStringLiteral("leaving"), QWebSocketServer::NonSecureMode)
        , m_announce(announce)
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server.nextPendingConnection();
            socket->setParent(this);
            const int connection = ++m_connections;
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket, connection](const QString &text) {
                QString id;
                auto request = decodeMessage(text.toUtf8(), clientFrameLimits(), &id);
                if (!request)
                    return;
                auto send = [socket](const auto &message, const QString &replyTo) {
                    socket->sendTextMessage(QString::fromUtf8(encodeMessage(message, replyTo)));
                };
                if (std::holds_alternative<HelloRequest>(request->body)) {
                    HelloReply hello;
                    hello.serverName = QStringLiteral("leaving");
                    hello.serverVersion = QStringLiteral("1");
                    hello.serverTime = QDateTime::currentDateTimeUtc();
                    send(hello, id);
                } else if (std::holds_alternative<SignInRequest>(request->body) || std::holds_alternative<ResumeRequest>(request->body)) {
                    SessionReply session;
                    session.token = QStringLiteral("token");
                    session.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
                    session.user = UserInfo{QStringLiteral("3"), QStringLiteral("Cashier"), Role::Cashier};
                    session.holdTtlSeconds = 600;
                    send(session, id);
                } else if (const auto *hold = std::get_if<HoldRequest>(&request->body)) {
                    holdIds.append(id);
                    if (connection == 1) {
                        if (m_announce) {
                            NoticePush notice;
                            notice.kind = NoticeKind::ShuttingDown;
                            notice.message = QStringLiteral("The server is restarting; reconnecting shortly.");
                            send(notice, QString());
                        }
                        send(ErrorMessage::fromError(makeError(ErrorCode::ServiceDegraded, QStringLiteral("the server is shutting down; retry shortly"))), id);
                        if (m_announce)
                            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("server shutting down"));
                        return;
                    }
                    HoldReply reply;
                    reply.holdId = QStringLiteral("77");
                    reply.showId = hold->showId;
                    reply.seatIds = hold->seatIds;
                    reply.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
                    reply.total = *Money::fromMinor(1200, u"EUR");
                    send(reply, id);
                }
            });
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort())); }
    int connections() const { return m_connections; }

    QStringList holdIds; // the request ids of the holds, in the order they came

private:
    QWebSocketServer m_server;
    bool m_announce;
    int m_connections = 0;
};

std::optional<Result<HoldReply>> holdThrough(LeavingServer &server)
{
    ServerConnection connection(QStringLiteral("T-leaving"));
    connection.open(server.url());
    std::optional<Result<SessionReply>> session;
    connection.signIn(QStringLiteral("cashier"), QStringLiteral("cashier"), [&session](const Result<SessionReply> &reply) { session = reply; });
    if (!Marquee::Test::waitUntil([&] { return session.has_value(); }, 5000) || !*session)
        return std::nullopt;
    HoldRequest hold;
    hold.showId = QStringLiteral("1");
    hold.seatIds = {QStringLiteral("A-1")};
    std::optional<Result<HoldReply>> answer;
    connection.call<HoldReply>(hold, [&answer](const Result<HoldReply> &reply) { answer = reply; });
    Marquee::Test::waitUntil([&] { return answer.has_value(); }, 10'000);
    connection.close();
    return answer;
}

} // namespace

// A rolling restart behind a load balancer: the request that a leaving server refuses waits for
// the next connection and goes again there under its id; the cashier never sees the refusal.
TEST(ServerConnection, ARequestRefusedByALeavingServerGoesAgainUnderItsIdAfterTheReconnect)
{
    LeavingServer server(true);
    const auto answer = holdThrough(server);
    ASSERT_TRUE(answer.has_value()) << "no answer";
    ASSERT_TRUE(*answer) << answer->error().toString().toStdString();
    EXPECT_EQ((*answer)->holdId, QStringLiteral("77"));
    EXPECT_EQ(server.connections(), 2);
    ASSERT_EQ(server.holdIds.size(), 2);
    EXPECT_EQ(server.holdIds[0], server.holdIds[1]) << "the retry must carry the first request's id";
}

// Without the notice, SERVICE_DEGRADED is the database's: the caller decides (and is told at once).
TEST(ServerConnection, ServiceDegradedWithoutAShutdownNoticeIsTheCallersAnswer)
{
    LeavingServer server(false);
    const auto answer = holdThrough(server);
    ASSERT_TRUE(answer.has_value()) << "no answer";
    ASSERT_FALSE(*answer);
    EXPECT_EQ(answer->error().code, ErrorCode::ServiceDegraded);
    EXPECT_EQ(server.connections(), 1);
    EXPECT_EQ(server.holdIds.size(), 1);
}
