#pragma once

// Protocol messages of the connection and its session: hello, sign-in and resume, sign-out, and
// what every connection may get (errors, notices, ping). See docs/PROTOCOL.md, "Sessions".

#include "envelope.h"
#include "money.h"
#include "roles.h"
#include "seats.h"

#include <QtCore/QDateTime>
#include <QtCore/QStringList>

#include <optional>

namespace Marquee {

enum class NoticeKind { Degraded, Recovered, ShuttingDown };

struct UserInfo
{
    QString id;
    QString name;
    Role role = Role::Cashier;
    friend bool operator==(const UserInfo &, const UserInfo &) = default;
};

struct ServerLimits
{
    qint64 maxFrameBytes = 64 * 1024;
    qint64 maxDepth = 16;
    qint64 maxArrayItems = 10000;
    qint64 maxSeatsPerHold = MaxSeatsPerRequest;
    friend bool operator==(const ServerLimits &, const ServerLimits &) = default;
};

// The cash-drawer shift a session works in (see close_shift).
struct ShiftInfo
{
    QString shiftId;
    QString userId; // who opened it
    QString userName;
    QDateTime openedAt;
    Money openingFloat;
    bool isNew = false; // opened by this sign-in
    friend bool operator==(const ShiftInfo &, const ShiftInfo &) = default;
};

// An active hold, as a session recovers it at sign-in.
struct ActiveHold
{
    QString holdId;
    QString showId;
    QStringList seatIds;
    QDateTime expiresAt;
    Money total; // at each seat's ticket type's price
    // Each seat's ticket type, by seat id, as hold_reply has them; empty from older servers.
    QList<SeatTicketType> ticketTypes = {};
    friend bool operator==(const ActiveHold &, const ActiveHold &) = default;
};

struct HelloRequest
{
    MARQUEE_MESSAGE(HelloRequest, Hello);
    QList<int> versions { ProtocolVersion }; // protocol versions the client speaks
    QString clientName;
    QString clientVersion;
    QString terminalId;
};

struct HelloReply
{
    MARQUEE_MESSAGE(HelloReply, HelloReply);
    int version = ProtocolVersion; // the version chosen for this connection
    QString serverName;
    QString serverVersion;
    QDateTime serverTime;
    ServerLimits limits;
};

struct SignInRequest
{
    MARQUEE_MESSAGE(SignInRequest, SignIn);
    QString user;
    QString password;
    std::optional<Money> openingFloat = std::nullopt; // cash in the drawer, when this sign-in opens a shift
    // false: this terminal takes no money here (the back office, the layout studio): the session
    // neither joins nor opens a shift. Default true.
    std::optional<bool> drawer = std::nullopt;
};

struct ResumeRequest
{
    MARQUEE_MESSAGE(ResumeRequest, Resume);
    QString token;
    std::optional<bool> drawer = std::nullopt; // as in sign_in
};

struct SessionReply
{
    MARQUEE_MESSAGE(SessionReply, Session);
    QString token;
    QDateTime expiresAt;
    UserInfo user;
    qint64 holdTtlSeconds = 0;
    std::optional<ShiftInfo> shift = std::nullopt; // absent for kiosks
    QList<ActiveHold> holds = {}; // this user's active holds at this terminal, newest first
};

struct SignOutRequest
{
    MARQUEE_MESSAGE(SignOutRequest, SignOut);
};

struct SignOutReply
{
    MARQUEE_MESSAGE(SignOutReply, SignOutReply);
};

struct ErrorMessage
{
    MARQUEE_MESSAGE(ErrorMessage, Error);
    ErrorCode code = ErrorCode::Internal; // an unknown wire name decodes as Internal
    QString message;
    QString where;
    QJsonObject details;

    static ErrorMessage fromError(const Error &error, const QJsonObject &details = {});
    Error toError() const;
};

struct NoticePush
{
    MARQUEE_MESSAGE(NoticePush, Notice);
    NoticeKind kind = NoticeKind::Degraded;
    QString message;
    std::optional<qint64> retryAfterSeconds;
};

struct PingRequest
{
    MARQUEE_MESSAGE(PingRequest, Ping);
};

struct PongReply
{
    MARQUEE_MESSAGE(PongReply, Pong);
};

} // namespace Marquee
