#pragma once

// The Marquee WebSocket protocol: a versioned JSON envelope around typed messages.
// docs/PROTOCOL.md is the reference; keep the two in step.
//
//   {"v":1, "type":"hold", "id":"c7-42", "body":{"showId":"s1", "seatIds":["A-1","A-2"]}}
//
// Every message type has a struct below with toJson() (the body) and a static fromJson(body) that
// validates it. fromJson() reports `where` relative to the body ("/seatIds/3"); decodeBody() and
// decodeMessage() prefix "/body" so that `where` points into the whole frame ("/body/seatIds/3").
// Bodies sent by clients are strict (unknown fields are an error); bodies sent by the server are
// tolerant (unknown fields are ignored) so that older clients keep working with newer servers.

#include "errors.h"
#include "jsonlimits.h"
#include "money.h"
#include "result.h"
#include "roles.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>
#include <variant>

namespace Marquee {

inline constexpr int ProtocolVersion = 1;
inline constexpr qsizetype MaxIdLength = 64; // request ids and entity ids
inline constexpr qsizetype MaxSeatsPerRequest = 100; // hold, release
inline constexpr qsizetype MaxTicketsPerRefund = 100;
inline constexpr qsizetype MaxPaymentsPerSale = 10;
inline constexpr qint64 MaxSafeInteger = (qint64(1) << 53) - 1; // largest exact JSON integer

// Limits for frames a server accepts from clients (64 KiB, depth 16).
JsonLimits clientFrameLimits();
// Limits for frames a client accepts from the server (snapshots and layouts are larger).
JsonLimits serverFrameLimits();

// ---------------------------------------------------------------------------------------------
// Message type registry.
// X(enumerator, "wire name", Direction, Kind, mutating, reply enumerator)
// The reply enumerator is meaningful for requests only; other kinds name themselves.
#define MARQUEE_MESSAGE_TYPES(X)                                                                             \
    X(Hello, "hello", ClientToServer, Request, false, HelloReply)                                            \
    X(HelloReply, "hello_reply", ServerToClient, Reply, false, HelloReply)                                   \
    X(SignIn, "sign_in", ClientToServer, Request, false, Session)                                            \
    X(Resume, "resume", ClientToServer, Request, false, Session)                                             \
    X(Session, "session", ServerToClient, Reply, false, Session)                                             \
    X(SignOut, "sign_out", ClientToServer, Request, false, SignOutReply)                                     \
    X(SignOutReply, "sign_out_reply", ServerToClient, Reply, false, SignOutReply)                            \
    X(ListVenues, "list_venues", ClientToServer, Request, false, ListVenuesReply)                            \
    X(ListVenuesReply, "list_venues_reply", ServerToClient, Reply, false, ListVenuesReply)                   \
    X(GetLayout, "get_layout", ClientToServer, Request, false, GetLayoutReply)                               \
    X(GetLayoutReply, "get_layout_reply", ServerToClient, Reply, false, GetLayoutReply)                      \
    X(ListShows, "list_shows", ClientToServer, Request, false, ListShowsReply)                               \
    X(ListShowsReply, "list_shows_reply", ServerToClient, Reply, false, ListShowsReply)                      \
    X(Subscribe, "subscribe", ClientToServer, Request, false, SubscribeReply)                                \
    X(SubscribeReply, "subscribe_reply", ServerToClient, Reply, false, SubscribeReply)                       \
    X(Unsubscribe, "unsubscribe", ClientToServer, Request, false, UnsubscribeReply)                          \
    X(UnsubscribeReply, "unsubscribe_reply", ServerToClient, Reply, false, UnsubscribeReply)                 \
    X(Snapshot, "snapshot", ServerToClient, Push, false, Snapshot)                                           \
    X(Delta, "delta", ServerToClient, Push, false, Delta)                                                    \
    X(Hold, "hold", ClientToServer, Request, true, HoldReply)                                                \
    X(HoldReply, "hold_reply", ServerToClient, Reply, false, HoldReply)                                      \
    X(ExtendHold, "extend_hold", ClientToServer, Request, true, HoldReply)                                   \
    X(ReleaseHold, "release_hold", ClientToServer, Request, true, ReleaseHoldReply)                          \
    X(ReleaseHoldReply, "release_hold_reply", ServerToClient, Reply, false, ReleaseHoldReply)                \
    X(Sell, "sell", ClientToServer, Request, true, SellReply)                                                \
    X(SellReply, "sell_reply", ServerToClient, Reply, false, SellReply)                                      \
    X(PaymentProgress, "payment_progress", ServerToClient, Push, false, PaymentProgress)                     \
    X(Refund, "refund", ClientToServer, Request, true, RefundReply)                                          \
    X(RefundReply, "refund_reply", ServerToClient, Reply, false, RefundReply)                                \
    X(FindSales, "find_sales", ClientToServer, Request, false, FindSalesReply)                               \
    X(FindSalesReply, "find_sales_reply", ServerToClient, Reply, false, FindSalesReply)                      \
    X(VerifyTicket, "verify_ticket", ClientToServer, Request, true, VerifyTicketReply)                       \
    X(VerifyTicketReply, "verify_ticket_reply", ServerToClient, Reply, false, VerifyTicketReply)             \
    X(ShiftReport, "shift_report", ClientToServer, Request, false, ShiftReportReply)                         \
    X(ShiftReportReply, "shift_report_reply", ServerToClient, Reply, false, ShiftReportReply)                \
    X(CloseShift, "close_shift", ClientToServer, Request, true, CloseShiftReply)                             \
    X(CloseShiftReply, "close_shift_reply", ServerToClient, Reply, false, CloseShiftReply)                   \
    X(Error, "error", ServerToClient, ErrorReply, false, Error)                                              \
    X(Notice, "notice", ServerToClient, Push, false, Notice)                                                 \
    X(Ping, "ping", ClientToServer, Request, false, Pong)                                                    \
    X(Pong, "pong", ServerToClient, Reply, false, Pong)

enum class MessageType {
#define MARQUEE_MESSAGE_ENUM(name, wire, direction, kind, mutating, reply) name,
    MARQUEE_MESSAGE_TYPES(MARQUEE_MESSAGE_ENUM)
#undef MARQUEE_MESSAGE_ENUM
};

enum class Direction { ClientToServer, ServerToClient };
// Request: carries a request id, answered by exactly one reply or error with that id.
// Reply/ErrorReply: echo the request id (an error to an unreadable frame has none).
// Push: sent by the server unasked; never carries an id.
enum class MessageKind { Request, Reply, ErrorReply, Push };

struct MessageTypeInfo
{
    MessageType type;
    QLatin1StringView name;
    Direction direction;
    MessageKind kind;
    bool mutating; // the request id is its idempotency key
    MessageType reply;
};

// Every message type, in declaration order.
const QList<MessageTypeInfo> &allMessageTypes();
const MessageTypeInfo &messageTypeInfo(MessageType type);
// nullptr when the name is unknown.
const MessageTypeInfo *messageTypeInfo(QStringView name);
QString messageTypeName(MessageType type);
// 1..64 characters of [A-Za-z0-9._:-]: request ids and every entity id.
bool isValidId(QStringView id);

// ---------------------------------------------------------------------------------------------
// Value types used in several messages.

enum class ShowStatus { Scheduled, OnSale, SalesClosed, Cancelled };
enum class SeatStatus { Available, Held, Sold, Blocked };
enum class PaymentMethod { Cash, Card };
enum class TicketStatus { Valid, Refunded, Admitted };
enum class NoticeKind { Degraded, Recovered, ShuttingDown };
enum class PaymentStage { WaitingForCard, Authorising, Approved, Declined, Cancelled };
enum class ResyncMode { Snapshot, Deltas };
enum class SalesScope { Terminal, User };


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

struct AuditoriumSummary
{
    QString id;
    QString name;
    qint64 layoutVersion = 1; // the current published layout
    qint64 seatCount = 0;
    friend bool operator==(const AuditoriumSummary &, const AuditoriumSummary &) = default;
};

struct VenueSummary
{
    QString id;
    QString name;
    QList<AuditoriumSummary> auditoriums;
    friend bool operator==(const VenueSummary &, const VenueSummary &) = default;
};

struct CategoryPrice
{
    QString category;
    Money price;
    friend bool operator==(const CategoryPrice &, const CategoryPrice &) = default;
};

struct Show
{
    QString id;
    QString auditoriumId;
    QString title;
    QDateTime start;
    QDateTime end;
    ShowStatus status = ShowStatus::Scheduled;
    qint64 layoutVersion = 1;
    QList<CategoryPrice> prices;
    qint64 free = 0;
    qint64 held = 0;
    qint64 sold = 0;
    friend bool operator==(const Show &, const Show &) = default;
};

struct SeatState
{
    QString seatId;
    SeatStatus status = SeatStatus::Available;
    // For held seats: the terminal id holding it; a client compares it with its own terminal id
    // (sent in hello) to tell "held by me" from "held by another terminal".
    std::optional<QString> heldBy;
    friend bool operator==(const SeatState &, const SeatState &) = default;
};

struct Payment
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount; // > 0
    std::optional<Money> tendered; // cash only; >= amount
    friend bool operator==(const Payment &, const Payment &) = default;
};

struct PaymentResult
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<QString> reference; // card authorisation code
    friend bool operator==(const PaymentResult &, const PaymentResult &) = default;
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
    Money total;
    friend bool operator==(const ActiveHold &, const ActiveHold &) = default;
};

struct Ticket
{
    QString id;
    QString code; // printed, in the QR code
    QString seatId;
    QString category;
    Money price;
    TicketStatus status = TicketStatus::Valid;
    friend bool operator==(const Ticket &, const Ticket &) = default;
};

struct SaleRecord
{
    QString saleId;
    QString showId;
    QDateTime soldAt;
    QString terminalId;
    QString userId;
    Money total;
    QList<Ticket> tickets;
    friend bool operator==(const SaleRecord &, const SaleRecord &) = default;
};

struct MethodTotal
{
    PaymentMethod method = PaymentMethod::Cash;
    Money sales;
    Money refunds;
    qint64 salesCount = 0;
    qint64 refundsCount = 0;
    friend bool operator==(const MethodTotal &, const MethodTotal &) = default;
};

// ---------------------------------------------------------------------------------------------
// Messages. Each one: its MessageType, its fields, toJson() for the body, fromJson() to validate
// a body, and equality.

#define MARQUEE_MESSAGE(Name, TypeName)                                                                      \
    static constexpr MessageType Type = MessageType::TypeName;                                               \
    QJsonObject toJson() const;                                                                              \
    static Result<Name> fromJson(const QJsonObject &body);                                                   \
    friend bool operator==(const Name &, const Name &) = default

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
};

struct ResumeRequest
{
    MARQUEE_MESSAGE(ResumeRequest, Resume);
    QString token;
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

struct ListVenuesRequest
{
    MARQUEE_MESSAGE(ListVenuesRequest, ListVenues);
};

struct ListVenuesReply
{
    MARQUEE_MESSAGE(ListVenuesReply, ListVenuesReply);
    QList<VenueSummary> venues;
};

struct GetLayoutRequest
{
    MARQUEE_MESSAGE(GetLayoutRequest, GetLayout);
    QString auditoriumId;
    qint64 layoutVersion = 1;
};

struct GetLayoutReply
{
    MARQUEE_MESSAGE(GetLayoutReply, GetLayoutReply);
    QString auditoriumId;
    qint64 layoutVersion = 1;
    QJsonObject layout; // opaque here; the layout module decodes it
};

struct ListShowsRequest
{
    MARQUEE_MESSAGE(ListShowsRequest, ListShows);
    std::optional<QDateTime> from; // shows starting at or after
    std::optional<QDateTime> to; // shows starting before
    std::optional<QString> auditoriumId;
    std::optional<QString> search; // case-insensitive substring of the title
};

struct ListShowsReply
{
    MARQUEE_MESSAGE(ListShowsReply, ListShowsReply);
    QList<Show> shows;
};

struct SubscribeRequest
{
    MARQUEE_MESSAGE(SubscribeRequest, Subscribe);
    QString showId;
    std::optional<qint64> lastVersion; // the version the client has, when resuming
};

struct SubscribeReply
{
    MARQUEE_MESSAGE(SubscribeReply, SubscribeReply);
    QString showId;
    qint64 version = 0; // the show's current version
    ResyncMode resync = ResyncMode::Snapshot; // what the server pushes next
};

struct UnsubscribeRequest
{
    MARQUEE_MESSAGE(UnsubscribeRequest, Unsubscribe);
    QString showId;
};

struct UnsubscribeReply
{
    MARQUEE_MESSAGE(UnsubscribeReply, UnsubscribeReply);
    QString showId;
};

struct SnapshotPush
{
    MARQUEE_MESSAGE(SnapshotPush, Snapshot);
    QString showId;
    qint64 version = 0;
    QList<SeatState> seats;
};

struct DeltaPush
{
    MARQUEE_MESSAGE(DeltaPush, Delta);
    QString showId;
    qint64 fromVersion = 0; // applies on top of this version
    qint64 toVersion = 0; // > fromVersion
    QList<SeatState> changes;
};

struct HoldRequest
{
    MARQUEE_MESSAGE(HoldRequest, Hold);
    QString showId;
    QStringList seatIds; // 1..100, no duplicates
    std::optional<QString> holdId = std::nullopt; // add the seats to this active hold of the session's user
};

struct HoldReply
{
    MARQUEE_MESSAGE(HoldReply, HoldReply);
    QString holdId;
    QString showId;
    QStringList seatIds;
    QDateTime expiresAt;
    Money total;
};

struct ExtendHoldRequest
{
    MARQUEE_MESSAGE(ExtendHoldRequest, ExtendHold);
    QString holdId;
};

struct ReleaseHoldRequest
{
    MARQUEE_MESSAGE(ReleaseHoldRequest, ReleaseHold);
    QString holdId;
    std::optional<QStringList> seatIds; // absent: the whole hold
};

struct ReleaseHoldReply
{
    MARQUEE_MESSAGE(ReleaseHoldReply, ReleaseHoldReply);
    QString holdId;
    QStringList releasedSeatIds;
    QStringList remainingSeatIds; // empty: the hold is gone
};

struct SellRequest
{
    MARQUEE_MESSAGE(SellRequest, Sell);
    QString holdId;
    QList<Payment> payments; // 1..10, one currency
    std::optional<QString> customerEmail;
};

struct SellReply
{
    MARQUEE_MESSAGE(SellReply, SellReply);
    QString saleId;
    QString holdId;
    QString showId;
    QList<Ticket> tickets;
    Money total;
    Money changeDue;
    QList<PaymentResult> payments;
};

struct PaymentProgressPush
{
    MARQUEE_MESSAGE(PaymentProgressPush, PaymentProgress);
    QString requestId; // the sell request this is about
    QString holdId;
    PaymentStage stage = PaymentStage::WaitingForCard;
    std::optional<QString> message; // for the cashier's screen
};

struct RefundRequest
{
    MARQUEE_MESSAGE(RefundRequest, Refund);
    QString saleId;
    std::optional<QStringList> ticketIds; // absent: the whole sale
    QString reason;
};

struct RefundReply
{
    MARQUEE_MESSAGE(RefundReply, RefundReply);
    QString refundId;
    QString saleId;
    QStringList ticketIds;
    Money amount;
    QList<PaymentResult> payments = {}; // how the amount goes back: card first, the rest in cash
};

// Exactly one of ticketCode, saleId, recent.
struct FindSalesRequest
{
    MARQUEE_MESSAGE(FindSalesRequest, FindSales);
    std::optional<QString> ticketCode;
    std::optional<QString> saleId;
    std::optional<SalesScope> recent; // recent sales of this terminal or of this user
    int limit = 20; // 1..100, for recent
};

struct FindSalesReply
{
    MARQUEE_MESSAGE(FindSalesReply, FindSalesReply);
    QList<SaleRecord> sales;
};

struct VerifyTicketRequest
{
    MARQUEE_MESSAGE(VerifyTicketRequest, VerifyTicket);
    QString code;
    bool admit = false; // also mark the ticket as admitted
};

struct VerifyTicketReply
{
    MARQUEE_MESSAGE(VerifyTicketReply, VerifyTicketReply);
    Ticket ticket;
    QString saleId;
    QString showId;
    std::optional<QDateTime> admittedAt;
};

struct ShiftReportRequest
{
    MARQUEE_MESSAGE(ShiftReportRequest, ShiftReport);
    // Without any: the terminal's open shift. With shiftId: that shift. With from/to: the user's
    // totals over that period.
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    std::optional<QString> shiftId = std::nullopt;
};

struct ShiftReportReply
{
    MARQUEE_MESSAGE(ShiftReportReply, ShiftReportReply);
    QString userId;
    QString terminalId;
    QDateTime from;
    QDateTime to; // the close, or now for an open shift or a period
    QList<MethodTotal> totals; // one per payment method used
    qint64 ticketsSold = 0;
    qint64 ticketsRefunded = 0;
    std::optional<QString> userName = std::nullopt;
    // For a shift:
    std::optional<QString> shiftId = std::nullopt;
    bool closed = false;
    std::optional<Money> openingFloat = std::nullopt;
    std::optional<Money> expectedCash = std::nullopt; // float + cash sales - cash refunds
    std::optional<Money> countedCash = std::nullopt; // closed shifts
    std::optional<Money> difference = std::nullopt; // counted - expected; negative when short
};

// Closes the terminal's open shift with the cash counted in the drawer.
struct CloseShiftRequest
{
    MARQUEE_MESSAGE(CloseShiftRequest, CloseShift);
    Money countedCash;
    std::optional<QString> note;
};

struct CloseShiftReply
{
    MARQUEE_MESSAGE(CloseShiftReply, CloseShiftReply);
    ShiftReportReply report; // the Z report; the body has the fields of shift_report_reply
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

#undef MARQUEE_MESSAGE

// Any message: alternative N is the struct of the Nth MessageType (checked at compile time).
using AnyMessage
    = std::variant<HelloRequest, HelloReply, SignInRequest, ResumeRequest, SessionReply, SignOutRequest,
                   SignOutReply, ListVenuesRequest, ListVenuesReply, GetLayoutRequest, GetLayoutReply,
                   ListShowsRequest, ListShowsReply, SubscribeRequest, SubscribeReply, UnsubscribeRequest,
                   UnsubscribeReply, SnapshotPush, DeltaPush, HoldRequest, HoldReply, ExtendHoldRequest,
                   ReleaseHoldRequest, ReleaseHoldReply, SellRequest, SellReply, PaymentProgressPush,
                   RefundRequest, RefundReply, FindSalesRequest, FindSalesReply, VerifyTicketRequest,
                   VerifyTicketReply, ShiftReportRequest, ShiftReportReply, CloseShiftRequest,
                   CloseShiftReply, ErrorMessage, NoticePush, PingRequest, PongReply>;

MessageType messageTypeOf(const AnyMessage &message);

// ---------------------------------------------------------------------------------------------
// Envelope.

struct Envelope
{
    int version = ProtocolVersion;
    MessageType type = MessageType::Ping;
    QString id; // request id; empty for pushes (and errors to frames without a readable id)
    QJsonObject body;
    friend bool operator==(const Envelope &, const Envelope &) = default;
};

struct Message
{
    QString id;
    AnyMessage body;
    friend bool operator==(const Message &, const Message &) = default;
};

// Decodes and checks a frame's envelope (JSON limits, v, type, id, body being an object, unknown
// envelope fields) without validating the body. When `requestId` is given it receives the frame's
// id as soon as one is readable, even if the frame is otherwise bad, so that the error reply can
// echo it.
Result<Envelope> decodeEnvelope(QByteArrayView bytes, const JsonLimits &limits, QString *requestId = nullptr);
// Validates an envelope's body into its typed message; `where` starts with "/body".
Result<AnyMessage> decodeBody(const Envelope &envelope);
// decodeEnvelope() then decodeBody().
Result<Message> decodeMessage(QByteArrayView bytes, const JsonLimits &limits, QString *requestId = nullptr);

// The body of an envelope as message type M (an error when the envelope's type is another).
template<typename M> Result<M> decodeBodyAs(const Envelope &envelope)
{
    if (envelope.type != M::Type) {
        return makeError(ErrorCode::UnknownType,
                         QStringLiteral("expected '%1', got '%2'")
                             .arg(messageTypeName(M::Type), messageTypeName(envelope.type)),
                         QStringLiteral("/type"));
    }
    auto decoded = M::fromJson(envelope.body);
    if (!decoded) {
        Error error = decoded.error();
        error.where.prepend(QStringLiteral("/body"));
        return error;
    }
    return decoded;
}

// A compact JSON text frame. `id` is left out when empty.
QByteArray encode(const Envelope &envelope);
QByteArray encodeMessage(const AnyMessage &message, const QString &id = {});
template<typename M> QByteArray encodeMessage(const M &message, const QString &id = {})
{
    return encode(Envelope { ProtocolVersion, M::Type, id, message.toJson() });
}
// An error reply to request `id` (empty when the request's id could not be read).
QByteArray encodeError(const Error &error, const QString &id, const QJsonObject &details = {});

} // namespace Marquee
