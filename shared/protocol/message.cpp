// Any message (protocol.h): the decoder of each message type, whole frames in and out.
#include "protocol.h"

#include <QtCore/QHash>

#include <utility>

namespace Marquee {

namespace {

using Decoder = Result<AnyMessage> (*)(const QJsonObject &);

template<std::size_t I> Result<AnyMessage> decodeAlternative(const QJsonObject &body)
{
    using M = std::variant_alternative_t<I, AnyMessage>;
    auto decoded = M::fromJson(body);
    if (!decoded)
        return decoded.error();
    return AnyMessage(std::in_place_index<I>, std::move(decoded).value());
}

template<std::size_t... I> constexpr bool typesInOrder(std::index_sequence<I...>)
{
    // Alternative I is the struct of MessageType I.
    return ((static_cast<std::size_t>(std::variant_alternative_t<I, AnyMessage>::Type) == I) && ...);
}
static_assert(typesInOrder(std::make_index_sequence<std::variant_size_v<AnyMessage>>()));

template<std::size_t... I> const QHash<int, Decoder> &makeDecoders(std::index_sequence<I...>)
{
    static const QHash<int, Decoder> decoders
        = { { static_cast<int>(std::variant_alternative_t<I, AnyMessage>::Type), &decodeAlternative<I> }... };
    return decoders;
}

const QHash<int, Decoder> &decoders()
{
    return makeDecoders(std::make_index_sequence<std::variant_size_v<AnyMessage>>());
}

} // namespace

MessageType messageTypeOf(const AnyMessage &message)
{
    return std::visit([](const auto &m) { return std::decay_t<decltype(m)>::Type; }, message);
}

Result<AnyMessage> decodeBody(const Envelope &envelope)
{
    const Decoder decoder = decoders().value(static_cast<int>(envelope.type), nullptr);
    if (!decoder) {
        return makeError(ErrorCode::UnknownType,
                         QStringLiteral("no decoder for '%1'").arg(messageTypeName(envelope.type)),
                         QStringLiteral("/type"));
    }
    auto decoded = decoder(envelope.body);
    if (!decoded) {
        Error error = decoded.error();
        error.where.prepend(QStringLiteral("/body"));
        return error;
    }
    return decoded;
}

Result<Message> decodeMessage(QByteArrayView bytes, const JsonLimits &limits, QString *requestId)
{
    auto envelope = decodeEnvelope(bytes, limits, requestId);
    if (!envelope)
        return envelope.error();
    auto body = decodeBody(*envelope);
    if (!body)
        return body.error();
    return Message { envelope->id, std::move(body).value() };
}

QByteArray encodeMessage(const AnyMessage &message, const QString &id)
{
    return std::visit([&id](const auto &m) { return encodeMessage(m, id); }, message);
}

QByteArray encodeError(const Error &error, const QString &id, const QJsonObject &details)
{
    return encodeMessage(ErrorMessage::fromError(error, details), id);
}

} // namespace Marquee
