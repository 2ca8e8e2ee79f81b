#include "users.h"

#include "codec.h"

namespace Marquee {

using namespace Wire;

bool isValidLogin(QStringView login)
{
    if (login.isEmpty() || login.size() > MaxLoginLength)
        return false;
    for (const QChar c : login) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')
            || u == u'.' || u == u'_' || u == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

namespace {

QString readLogin(Reader &r, QLatin1StringView key)
{
    const QString login = r.string(key, MaxLoginLength);
    if (r.ok() && !isValidLogin(login))
        r.fail(ErrorCode::InvalidValue,
               QStringLiteral("a user name has 1 to %1 characters of A-Z a-z 0-9 . _ -").arg(MaxLoginLength),
               r.path(key));
    return login;
}

// A new password: MinPasswordLength..MaxPasswordLength characters.
QString checkedPassword(Reader &r, QLatin1StringView key, const QString &password)
{
    if (r.ok() && password.size() < MinPasswordLength)
        r.fail(ErrorCode::InvalidValue,
               QStringLiteral("a password has at least %1 characters").arg(MinPasswordLength), r.path(key));
    return password;
}

QJsonObject accountToJson(const UserAccount &u)
{
    QJsonObject o { { L1("id"), u.id },         { L1("user"), u.user },
                    { L1("name"), u.name },     { L1("role"), enumToString(roleNames, u.role) },
                    { L1("active"), u.active }, { L1("createdAt"), toJsonValue(u.createdAt) } };
    insertOptional(o, L1("lastSignInAt"), u.lastSignInAt);
    return o;
}

UserAccount readAccount(Reader &r)
{
    UserAccount u;
    u.id = r.id(L1("id"));
    u.user = r.string(L1("user"), MaxLoginLength);
    u.name = r.string(L1("name"), MaxNameLength);
    u.role = r.enumeration(L1("role"), roleNames);
    u.active = r.boolean(L1("active"), true);
    u.createdAt = r.dateTime(L1("createdAt"));
    u.lastSignInAt = r.optDateTime(L1("lastSignInAt"));
    return u;
}

} // namespace

MARQUEE_EMPTY_MESSAGE(ListUsersRequest)

QJsonObject ListUsersReply::toJson() const
{
    return { { L1("users"), toJsonArray(users, accountToJson) } };
}

Result<ListUsersReply> ListUsersReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListUsersReply m;
    m.users = r.objectListField<UserAccount>(L1("users"), readAccount);
    return finishRead(r, std::move(m));
}

QJsonObject CreateUserRequest::toJson() const
{
    QJsonObject o { { L1("user"), user },
                    { L1("name"), name },
                    { L1("role"), enumToString(roleNames, role) } };
    insertOptional(o, L1("password"), password);
    return o;
}

Result<CreateUserRequest> CreateUserRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreateUserRequest m;
    m.user = readLogin(r, L1("user"));
    m.name = r.name(L1("name"), MaxUserNameLength);
    m.role = r.enumeration(L1("role"), roleNames);
    m.password = r.optString(L1("password"), MaxPasswordLength);
    if (m.password)
        checkedPassword(r, L1("password"), *m.password);
    return finishRead(r, std::move(m));
}

QJsonObject CreateUserReply::toJson() const
{
    QJsonObject o { { L1("user"), accountToJson(user) } };
    insertOptional(o, L1("password"), password);
    return o;
}

Result<CreateUserReply> CreateUserReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    CreateUserReply m;
    m.user = r.nested(L1("user"), readAccount);
    m.password = r.optString(L1("password"), MaxPasswordLength);
    return finishRead(r, std::move(m));
}

QJsonObject UpdateUserRequest::toJson() const
{
    QJsonObject o { { L1("userId"), userId } };
    insertOptional(o, L1("name"), name);
    if (role)
        o.insert(L1("role"), enumToString(roleNames, *role));
    if (active)
        o.insert(L1("active"), *active);
    return o;
}

Result<UpdateUserRequest> UpdateUserRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UpdateUserRequest m;
    m.userId = r.id(L1("userId"));
    if (body.contains(L1("name")))
        m.name = r.name(L1("name"), MaxUserNameLength);
    if (const auto role = r.take(L1("role"), false))
        m.role = r.enumValue(*role, r.path(L1("role")), roleNames);
    if (body.contains(L1("active")))
        m.active = r.boolean(L1("active"), true);
    if (r.ok() && !m.name && !m.role && !m.active)
        r.fail(ErrorCode::MissingField, QStringLiteral("change at least one of name, role, active"),
               QString());
    return finishRead(r, std::move(m));
}

QJsonObject UpdateUserReply::toJson() const
{
    return { { L1("user"), accountToJson(user) } };
}

Result<UpdateUserReply> UpdateUserReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UpdateUserReply m;
    m.user = r.nested(L1("user"), readAccount);
    return finishRead(r, std::move(m));
}

QJsonObject ResetPasswordRequest::toJson() const
{
    return { { L1("userId"), userId } };
}

Result<ResetPasswordRequest> ResetPasswordRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ResetPasswordRequest m;
    m.userId = r.id(L1("userId"));
    return finishRead(r, std::move(m));
}

QJsonObject ResetPasswordReply::toJson() const
{
    QJsonObject o { { L1("userId"), userId } };
    insertOptional(o, L1("password"), password);
    return o;
}

Result<ResetPasswordReply> ResetPasswordReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ResetPasswordReply m;
    m.userId = r.id(L1("userId"));
    m.password = r.optString(L1("password"), MaxPasswordLength);
    return finishRead(r, std::move(m));
}

QJsonObject ChangePasswordRequest::toJson() const
{
    return { { L1("oldPassword"), oldPassword }, { L1("newPassword"), newPassword } };
}

Result<ChangePasswordRequest> ChangePasswordRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ChangePasswordRequest m;
    m.oldPassword = r.string(L1("oldPassword"), MaxPasswordLength);
    m.newPassword = checkedPassword(r, L1("newPassword"), r.string(L1("newPassword"), MaxPasswordLength));
    return finishRead(r, std::move(m));
}

QJsonObject ChangePasswordReply::toJson() const
{
    QJsonObject o;
    insertOptional(o, L1("token"), token);
    insertOptional(o, L1("expiresAt"), expiresAt);
    return o;
}

Result<ChangePasswordReply> ChangePasswordReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ChangePasswordReply m;
    m.token = r.optString(L1("token"), MaxTokenLength * 4);
    m.expiresAt = r.optDateTime(L1("expiresAt"));
    return finishRead(r, std::move(m));
}

} // namespace Marquee
