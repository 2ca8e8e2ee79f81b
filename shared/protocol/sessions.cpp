#include "sessions.h"

#include "codec.h"

namespace Marquee {

using namespace Wire;

const std::array<EnumName<Role>, 4> Wire::roleNames { {
    { Role::Admin, QLatin1StringView("admin") },
    { Role::Manager, QLatin1StringView("manager") },
    { Role::Cashier, QLatin1StringView("cashier") },
    { Role::Kiosk, QLatin1StringView("kiosk") },
} };

namespace {

constexpr std::array<EnumName<NoticeKind>, 3> noticeKindNames { {
    { NoticeKind::Degraded, QLatin1StringView("degraded") },
    { NoticeKind::Recovered, QLatin1StringView("recovered") },
    { NoticeKind::ShuttingDown, QLatin1StringView("shutting_down") },
} };

QJsonObject userToJson(const UserInfo &user)
{
    return { { L1("id"), user.id }, { L1("name"), user.name }, { L1("role"), roleName(user.role) } };
}

UserInfo readUser(Reader &r)
{
    UserInfo user;
    user.id = r.id(L1("id"));
    user.name = r.string(L1("name"), MaxNameLength);
    user.role = r.enumeration(L1("role"), roleNames);
    return user;
}

QJsonObject limitsToJson(const ServerLimits &limits)
{
    return { { L1("maxFrameBytes"), limits.maxFrameBytes },
             { L1("maxDepth"), limits.maxDepth },
             { L1("maxArrayItems"), limits.maxArrayItems },
             { L1("maxSeatsPerHold"), limits.maxSeatsPerHold } };
}

ServerLimits readLimits(Reader &r)
{
    ServerLimits limits;
    limits.maxFrameBytes = r.integer(L1("maxFrameBytes"), 1, MaxSafeInteger);
    limits.maxDepth = r.integer(L1("maxDepth"), 1, 1000);
    limits.maxArrayItems = r.integer(L1("maxArrayItems"), 1, MaxSafeInteger);
    limits.maxSeatsPerHold = r.integer(L1("maxSeatsPerHold"), 1, MaxSafeInteger);
    return limits;
}

QJsonObject shiftInfoToJson(const ShiftInfo &s)
{
    return { { L1("shiftId"), s.shiftId },
             { L1("userId"), s.userId },
             { L1("userName"), s.userName },
             { L1("openedAt"), toJsonValue(s.openedAt) },
             { L1("openingFloat"), toJsonValue(s.openingFloat) },
             { L1("new"), s.isNew } };
}

ShiftInfo readShiftInfo(Reader &r)
{
    ShiftInfo s;
    s.shiftId = r.id(L1("shiftId"));
    s.userId = r.id(L1("userId"));
    s.userName = r.string(L1("userName"), MaxNameLength);
    s.openedAt = r.dateTime(L1("openedAt"));
    s.openingFloat = r.money(L1("openingFloat"));
    s.isNew = r.boolean(L1("new"), false);
    return s;
}

QJsonObject activeHoldToJson(const ActiveHold &h)
{
    QJsonObject o { { L1("holdId"), h.holdId },
                    { L1("showId"), h.showId },
                    { L1("seatIds"), toJsonValue(h.seatIds) },
                    { L1("expiresAt"), toJsonValue(h.expiresAt) },
                    { L1("total"), toJsonValue(h.total) } };
    insertSeatTicketTypes(o, h.ticketTypes);
    return o;
}

ActiveHold readActiveHold(Reader &r)
{
    ActiveHold h;
    h.holdId = r.id(L1("holdId"));
    h.showId = r.id(L1("showId"));
    h.seatIds = r.idListField(L1("seatIds"), MaxListItems, ErrorCode::EmptySeatList, ErrorCode::DuplicateSeat);
    h.expiresAt = r.dateTime(L1("expiresAt"));
    h.total = r.money(L1("total"));
    h.ticketTypes = readSeatTicketTypes(r);
    return h;
}

} // namespace

QJsonObject HelloRequest::toJson() const
{
    return { { L1("versions"), toJsonArray(versions, [](int v) { return QJsonValue(v); }) },
             { L1("clientName"), clientName },
             { L1("clientVersion"), clientVersion },
             { L1("terminalId"), terminalId } };
}

Result<HelloRequest> HelloRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    HelloRequest m;
    m.versions = r.listField<int>(L1("versions"), 16, [](Reader &p, const QJsonValue &value, const QString &at) {
        return int(p.integerValue(value, at, 1, 1000));
    });
    if (r.ok() && m.versions.isEmpty())
        r.fail(ErrorCode::InvalidValue, QStringLiteral("name at least one version"), QStringLiteral("/versions"));
    m.clientName = r.string(L1("clientName"), MaxNameLength);
    m.clientVersion = r.string(L1("clientVersion"), MaxNameLength);
    m.terminalId = r.id(L1("terminalId"));
    return finishRead(r, std::move(m));
}

QJsonObject HelloReply::toJson() const
{
    return { { L1("version"), version },
             { L1("serverName"), serverName },
             { L1("serverVersion"), serverVersion },
             { L1("serverTime"), toJsonValue(serverTime) },
             { L1("limits"), limitsToJson(limits) } };
}

Result<HelloReply> HelloReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    HelloReply m;
    m.version = int(r.integer(L1("version"), 1, 1000));
    m.serverName = r.string(L1("serverName"), MaxNameLength);
    m.serverVersion = r.string(L1("serverVersion"), MaxNameLength);
    m.serverTime = r.dateTime(L1("serverTime"));
    m.limits = r.nested(L1("limits"), readLimits);
    return finishRead(r, std::move(m));
}

QJsonObject SignInRequest::toJson() const
{
    QJsonObject o { { L1("user"), user }, { L1("password"), password } };
    insertOptional(o, L1("openingFloat"), openingFloat);
    if (drawer)
        o.insert(L1("drawer"), *drawer);
    return o;
}

Result<SignInRequest> SignInRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SignInRequest m;
    m.user = r.string(L1("user"), MaxNameLength);
    m.password = r.string(L1("password"), MaxTokenLength);
    m.openingFloat = r.optMoney(L1("openingFloat"));
    if (body.contains(L1("drawer")))
        m.drawer = r.boolean(L1("drawer"), true);
    return finishRead(r, std::move(m));
}

QJsonObject ResumeRequest::toJson() const
{
    QJsonObject o { { L1("token"), token } };
    if (drawer)
        o.insert(L1("drawer"), *drawer);
    return o;
}

Result<ResumeRequest> ResumeRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ResumeRequest m;
    m.token = r.string(L1("token"), MaxTokenLength);
    if (body.contains(L1("drawer")))
        m.drawer = r.boolean(L1("drawer"), true);
    return finishRead(r, std::move(m));
}

QJsonObject SessionReply::toJson() const
{
    QJsonObject o { { L1("token"), token },
                    { L1("expiresAt"), toJsonValue(expiresAt) },
                    { L1("user"), userToJson(user) },
                    { L1("holdTtlSeconds"), holdTtlSeconds },
                    { L1("holds"), toJsonArray(holds, activeHoldToJson) } };
    if (shift)
        o.insert(L1("shift"), shiftInfoToJson(*shift));
    return o;
}

Result<SessionReply> SessionReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SessionReply m;
    m.token = r.string(L1("token"), MaxTokenLength);
    m.expiresAt = r.dateTime(L1("expiresAt"));
    m.user = r.nested(L1("user"), readUser);
    m.holdTtlSeconds = r.integer(L1("holdTtlSeconds"), 1, MaxSafeInteger);
    m.shift = r.optNested(L1("shift"), readShiftInfo);
    m.holds = r.optListField<ActiveHold>(L1("holds"), MaxListItems,
                                         [](Reader &h, const QJsonValue &value, const QString &at) {
                                             return h.objectValue(value, at, readActiveHold);
                                         });
    return finishRead(r, std::move(m));
}

MARQUEE_EMPTY_MESSAGE(SignOutRequest)
MARQUEE_EMPTY_MESSAGE(SignOutReply)
MARQUEE_EMPTY_MESSAGE(PingRequest)
MARQUEE_EMPTY_MESSAGE(PongReply)

QJsonObject ErrorMessage::toJson() const
{
    QJsonObject o { { L1("code"), errorCodeName(code) }, { L1("message"), message } };
    if (!where.isEmpty())
        o.insert(L1("where"), where);
    if (!details.isEmpty())
        o.insert(L1("details"), details);
    return o;
}

Result<ErrorMessage> ErrorMessage::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ErrorMessage m;
    m.code = readErrorCode(r, L1("code"));
    m.message = r.string(L1("message"), MaxTextLength * 4);
    if (const auto where = r.take(L1("where"), false))
        m.where = r.stringValue(*where, QStringLiteral("/where"), MaxTextLength, true);
    if (const auto details = r.take(L1("details"), false)) {
        if (!details->isObject())
            r.fail(ErrorCode::NotAnObject, QStringLiteral("'details' is an object"), QStringLiteral("/details"));
        else
            m.details = details->toObject();
    }
    return finishRead(r, std::move(m));
}

ErrorMessage ErrorMessage::fromError(const Error &error, const QJsonObject &details)
{
    return ErrorMessage { error.code, error.message, error.where, details };
}

Error ErrorMessage::toError() const
{
    return Error { code, message, where };
}

QJsonObject NoticePush::toJson() const
{
    QJsonObject o { { L1("kind"), enumToString(noticeKindNames, kind) }, { L1("message"), message } };
    insertOptional(o, L1("retryAfterSeconds"), retryAfterSeconds);
    return o;
}

Result<NoticePush> NoticePush::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    NoticePush m;
    m.kind = r.enumeration(L1("kind"), noticeKindNames);
    m.message = r.string(L1("message"), MaxTextLength);
    m.retryAfterSeconds = r.optInteger(L1("retryAfterSeconds"), 0, 86400);
    return finishRead(r, std::move(m));
}

} // namespace Marquee
