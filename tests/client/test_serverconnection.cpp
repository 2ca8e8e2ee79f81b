// The client never sends a malformed frame: every request goes through the shared decoder's
// validation (the server's own) before it leaves, and a bad one is answered locally at once.
#include "printers.h"
#include "serverconnection.h"

#include <gtest/gtest.h>

#include <QtCore/QCoreApplication>

#include <utility>

using namespace Marquee;

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
