// ServerConnection against a scripted server on loopback.
#include "printers.h"
#include "serverconnection.h"
#include "testterminal.h"

#include <gtest/gtest.h>

#include <QtCore/QElapsedTimer>
#include <QtWebSockets/QWebSocket>
#include <QtWebSockets/QWebSocketServer>

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
