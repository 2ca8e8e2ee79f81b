#pragma once

// Protocol messages of user accounts (admins; managers for cashiers and kiosks): listing,
// creating, changing and disabling users, resetting a password, and everyone's own password
// change. Passwords travel only in create_user, reset_password (shown once) and change_password.
// See docs/PROTOCOL.md, "Users".

#include "envelope.h"
#include "roles.h"

#include <QtCore/QDateTime>

#include <optional>

namespace Marquee {

inline constexpr qsizetype MaxLoginLength = 64; // user names: 1..64 of [A-Za-z0-9._-]
inline constexpr qsizetype MaxUserNameLength = 100; // the name people read
inline constexpr qsizetype MinPasswordLength = 10;
inline constexpr qsizetype MaxPasswordLength = 200;

// 1..64 characters of [A-Za-z0-9._-].
bool isValidLogin(QStringView login);

struct UserAccount
{
    QString id;
    QString user; // the login name
    QString name;
    Role role = Role::Cashier;
    bool active = true;
    QDateTime createdAt;
    std::optional<QDateTime> lastSignInAt = std::nullopt; // absent: never signed in
    friend bool operator==(const UserAccount &, const UserAccount &) = default;
};

struct ListUsersRequest
{
    MARQUEE_MESSAGE(ListUsersRequest, ListUsers);
};

struct ListUsersReply
{
    MARQUEE_MESSAGE(ListUsersReply, ListUsersReply);
    QList<UserAccount> users; // by login name
};

struct CreateUserRequest
{
    MARQUEE_MESSAGE(CreateUserRequest, CreateUser);
    QString user;
    QString name;
    Role role = Role::Cashier;
    std::optional<QString> password = std::nullopt; // absent: the server makes one and answers it once
};

struct CreateUserReply
{
    MARQUEE_MESSAGE(CreateUserReply, CreateUserReply);
    UserAccount user;
    // The password the server made; absent when the request gave one, and in the answer to a
    // retried request (the server keeps no copy: reset_password makes a new one).
    std::optional<QString> password = std::nullopt;
};

struct UpdateUserRequest
{
    MARQUEE_MESSAGE(UpdateUserRequest, UpdateUser);
    QString userId;
    std::optional<QString> name = std::nullopt;
    std::optional<Role> role = std::nullopt;
    std::optional<bool> active = std::nullopt; // false: disabled, the user's sessions end at once
};

struct UpdateUserReply
{
    MARQUEE_MESSAGE(UpdateUserReply, UpdateUserReply);
    UserAccount user;
};

struct ResetPasswordRequest
{
    MARQUEE_MESSAGE(ResetPasswordRequest, ResetPassword);
    QString userId;
};

struct ResetPasswordReply
{
    MARQUEE_MESSAGE(ResetPasswordReply, ResetPasswordReply);
    QString userId;
    std::optional<QString> password = std::nullopt; // absent in the answer to a retried request
};

struct ChangePasswordRequest
{
    MARQUEE_MESSAGE(ChangePasswordRequest, ChangePassword);
    QString oldPassword;
    QString newPassword;
};

struct ChangePasswordReply
{
    MARQUEE_MESSAGE(ChangePasswordReply, ChangePasswordReply);
    // A fresh token for this session (the user's older tokens no longer resume).
    std::optional<QString> token = std::nullopt;
    std::optional<QDateTime> expiresAt = std::nullopt;
};

} // namespace Marquee
