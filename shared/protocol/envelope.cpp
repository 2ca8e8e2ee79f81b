#include "envelope.h"

#include "codec.h"

#include <QtCore/QJsonDocument>

namespace Marquee {

using Wire::jsonTypeName;
using Wire::L1;
using Wire::pointerToken;

namespace {

const QList<MessageTypeInfo> &registry()
{
    static const QList<MessageTypeInfo> infos = {
#define MARQUEE_MESSAGE_INFO(name, wire, direction, kind, mutating, reply)                                   \
    MessageTypeInfo { MessageType::name, QLatin1StringView(wire), Direction::direction, MessageKind::kind,   \
                      mutating,          MessageType::reply },
        MARQUEE_MESSAGE_TYPES(MARQUEE_MESSAGE_INFO)
#undef MARQUEE_MESSAGE_INFO
    };
    return infos;
}

bool isIdChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
        || u == u'_' || u == u':' || u == u'-';
}

} // namespace

JsonLimits clientFrameLimits()
{
    return JsonLimits { 64 * 1024, 16, 10000 };
}

JsonLimits serverFrameLimits()
{
    return JsonLimits { 16 * 1024 * 1024, 32, Wire::MaxListItems };
}

const QList<MessageTypeInfo> &allMessageTypes()
{
    return registry();
}

const MessageTypeInfo &messageTypeInfo(MessageType type)
{
    return registry().at(static_cast<qsizetype>(type));
}

const MessageTypeInfo *messageTypeInfo(QStringView name)
{
    for (const MessageTypeInfo &info : registry()) {
        if (name == info.name)
            return &info;
    }
    return nullptr;
}

QString messageTypeName(MessageType type)
{
    return QString(messageTypeInfo(type).name);
}

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (const QChar c : id) {
        if (!isIdChar(c))
            return false;
    }
    return true;
}

Result<Envelope> decodeEnvelope(QByteArrayView bytes, const JsonLimits &limits, QString *requestId)
{
    if (requestId)
        requestId->clear();
    auto parsed = parseJsonObject(bytes, limits);
    if (!parsed)
        return parsed.error();
    const QJsonObject &object = *parsed;

    const auto idIt = object.constFind(L1("id"));
    const bool hasId = idIt != object.constEnd();
    if (requestId && hasId && idIt->isString() && isValidId(idIt->toString()))
        *requestId = idIt->toString();

    Envelope envelope;
    const auto v = object.constFind(L1("v"));
    if (v == object.constEnd())
        return makeError(ErrorCode::MissingField, QStringLiteral("'v' is required"), QStringLiteral("/v"));
    if (!v->isDouble()) {
        return makeError(ErrorCode::WrongType, QStringLiteral("'v' is a number, got %1").arg(jsonTypeName(*v)),
                         QStringLiteral("/v"));
    }
    if (v->toDouble() != double(ProtocolVersion)) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("this server speaks protocol version %1").arg(ProtocolVersion),
                         QStringLiteral("/v"));
    }

    const auto type = object.constFind(L1("type"));
    if (type == object.constEnd())
        return makeError(ErrorCode::MissingField, QStringLiteral("'type' is required"), QStringLiteral("/type"));
    if (!type->isString()) {
        return makeError(ErrorCode::WrongType, QStringLiteral("'type' is a string, got %1").arg(jsonTypeName(*type)),
                         QStringLiteral("/type"));
    }
    const QString typeName = type->toString();
    const MessageTypeInfo *info = messageTypeInfo(typeName);
    if (!info) {
        return makeError(ErrorCode::UnknownType, QStringLiteral("unknown message type '%1'").arg(typeName.left(64)),
                         QStringLiteral("/type"));
    }
    envelope.type = info->type;

    if (info->direction == Direction::ClientToServer) {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (key != L1("v") && key != L1("type") && key != L1("id") && key != L1("body")) {
                return makeError(ErrorCode::UnknownField, QStringLiteral("unknown envelope field '%1'").arg(key),
                                 u'/' + pointerToken(key));
            }
        }
    }

    if (hasId) {
        if (!idIt->isString()) {
            return makeError(ErrorCode::WrongType, QStringLiteral("'id' is a string, got %1").arg(jsonTypeName(*idIt)),
                             QStringLiteral("/id"));
        }
        envelope.id = idIt->toString();
        if (!isValidId(envelope.id)) {
            return makeError(ErrorCode::InvalidValue,
                             QStringLiteral("a request id has 1 to %1 characters of A-Z a-z 0-9 . _ : -").arg(MaxIdLength),
                             QStringLiteral("/id"));
        }
        if (info->kind == MessageKind::Push) {
            return makeError(ErrorCode::InvalidValue, QStringLiteral("'%1' is a push and carries no id").arg(typeName),
                             QStringLiteral("/id"));
        }
    } else if (info->kind == MessageKind::Request || info->kind == MessageKind::Reply) {
        return makeError(ErrorCode::MissingField, QStringLiteral("'%1' needs a request id").arg(typeName),
                         QStringLiteral("/id"));
    }

    const auto body = object.constFind(L1("body"));
    if (body != object.constEnd()) {
        if (!body->isObject()) {
            return makeError(ErrorCode::NotAnObject, QStringLiteral("'body' is an object, got %1").arg(jsonTypeName(*body)),
                             QStringLiteral("/body"));
        }
        envelope.body = body->toObject();
    }
    return envelope;
}

QByteArray encode(const Envelope &envelope)
{
    QJsonObject object { { L1("v"), envelope.version },
                         { L1("type"), messageTypeName(envelope.type) },
                         { L1("body"), envelope.body } };
    if (!envelope.id.isEmpty())
        object.insert(L1("id"), envelope.id);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Marquee
