#pragma once

// The Marquee WebSocket protocol's envelope: the versioned JSON frame around every message, the
// registry of message types, the limits of frames, and ids. docs/PROTOCOL.md is the reference.
//
//   {"v":1, "type":"hold", "id":"c7-42", "body":{"showId":"s1", "seatIds":["A-1","A-2"]}}
//
// The message types themselves are declared per domain beside this file (sessions.h, catalogue.h,
// seats.h, sales.h, shifts.h, layouts.h, users.h, programme.h); protocol.h includes them all.
// seats.h, sales.h, shifts.h, layouts.h, users.h, audit.h, showseats.h, pricing.h, reports.h, webhooks.h); protocol.h
// includes them all.

#include "errors.h"
#include "jsonlimits.h"
#include "result.h"

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

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
    X(Pong, "pong", ServerToClient, Reply, false, Pong)                                                      \
    /* venues (catalogue.h) */                                                                               \
    X(CreateVenue, "create_venue", ClientToServer, Request, true, CreateVenueReply)                          \
    X(CreateVenueReply, "create_venue_reply", ServerToClient, Reply, false, CreateVenueReply)                \
    X(CreateAuditorium, "create_auditorium", ClientToServer, Request, true, CreateAuditoriumReply)           \
    X(CreateAuditoriumReply, "create_auditorium_reply", ServerToClient, Reply, false, CreateAuditoriumReply) \
    X(RenameVenue, "rename_venue", ClientToServer, Request, true, RenameVenueReply)                          \
    X(RenameVenueReply, "rename_venue_reply", ServerToClient, Reply, false, RenameVenueReply)                \
    X(RenameAuditorium, "rename_auditorium", ClientToServer, Request, true, RenameAuditoriumReply)           \
    X(RenameAuditoriumReply, "rename_auditorium_reply", ServerToClient, Reply, false, RenameAuditoriumReply) \
    /* the layout studio (layouts.h) */                                                                      \
    X(ListLayoutVersions, "list_layout_versions", ClientToServer, Request, false, ListLayoutVersionsReply)   \
    X(ListLayoutVersionsReply, "list_layout_versions_reply", ServerToClient, Reply, false,                   \
      ListLayoutVersionsReply)                                                                               \
    X(UploadLayout, "upload_layout", ClientToServer, Request, true, UploadLayoutReply)                       \
    X(UploadLayoutReply, "upload_layout_reply", ServerToClient, Reply, false, UploadLayoutReply)             \
    X(SaveLayoutDraft, "save_layout_draft", ClientToServer, Request, true, SaveLayoutDraftReply)             \
    X(SaveLayoutDraftReply, "save_layout_draft_reply", ServerToClient, Reply, false, SaveLayoutDraftReply)   \
    X(GetLayoutDraft, "get_layout_draft", ClientToServer, Request, false, GetLayoutDraftReply)               \
    X(GetLayoutDraftReply, "get_layout_draft_reply", ServerToClient, Reply, false, GetLayoutDraftReply)      \
    X(DiscardLayoutDraft, "discard_layout_draft", ClientToServer, Request, true, DiscardLayoutDraftReply)    \
    X(DiscardLayoutDraftReply, "discard_layout_draft_reply", ServerToClient, Reply, false,                   \
      DiscardLayoutDraftReply)                                                                               \
    X(PublishLayout, "publish_layout", ClientToServer, Request, true, PublishLayoutReply)                    \
    X(PublishLayoutReply, "publish_layout_reply", ServerToClient, Reply, false, PublishLayoutReply)          \
    X(ChangeShowLayout, "change_show_layout", ClientToServer, Request, true, ChangeShowLayoutReply)          \
    X(ChangeShowLayoutReply, "change_show_layout_reply", ServerToClient, Reply, false, ChangeShowLayoutReply) \
    /* users (users.h) */                                                                                    \
    X(ListUsers, "list_users", ClientToServer, Request, false, ListUsersReply)                               \
    X(ListUsersReply, "list_users_reply", ServerToClient, Reply, false, ListUsersReply)                      \
    X(CreateUser, "create_user", ClientToServer, Request, true, CreateUserReply)                             \
    X(CreateUserReply, "create_user_reply", ServerToClient, Reply, false, CreateUserReply)                   \
    X(UpdateUser, "update_user", ClientToServer, Request, true, UpdateUserReply)                             \
    X(UpdateUserReply, "update_user_reply", ServerToClient, Reply, false, UpdateUserReply)                   \
    X(ResetPassword, "reset_password", ClientToServer, Request, true, ResetPasswordReply)                     \
    X(ResetPasswordReply, "reset_password_reply", ServerToClient, Reply, false, ResetPasswordReply)          \
    X(ChangePassword, "change_password", ClientToServer, Request, true, ChangePasswordReply)                 \
    X(ChangePasswordReply, "change_password_reply", ServerToClient, Reply, false, ChangePasswordReply)      \
    /* the programme (programme.h) */                                                                        \
    X(ListTitles, "list_titles", ClientToServer, Request, false, ListTitlesReply)                            \
    X(ListTitlesReply, "list_titles_reply", ServerToClient, Reply, false, ListTitlesReply)                   \
    X(CreateTitle, "create_title", ClientToServer, Request, true, TitleReply)                                \
    X(TitleReply, "title_reply", ServerToClient, Reply, false, TitleReply)                                   \
    X(UpdateTitle, "update_title", ClientToServer, Request, true, TitleReply)                                \
    X(UpdateVenue, "update_venue", ClientToServer, Request, true, UpdateVenueReply)                          \
    X(UpdateVenueReply, "update_venue_reply", ServerToClient, Reply, false, UpdateVenueReply)                \
    X(ScheduleShow, "schedule_show", ClientToServer, Request, true, ShowReply)                               \
    X(ShowReply, "show_reply", ServerToClient, Reply, false, ShowReply)                                      \
    X(UpdateShow, "update_show", ClientToServer, Request, true, ShowReply)                                   \
    X(SetShowStatus, "set_show_status", ClientToServer, Request, true, ShowReply)                            \
    X(CancelShow, "cancel_show", ClientToServer, Request, true, CancelShowReply)                             \
    X(CancelShowReply, "cancel_show_reply", ServerToClient, Reply, false, CancelShowReply)                   \
    X(RefundShow, "refund_show", ClientToServer, Request, true, RefundShowReply)                             \
    X(RefundShowReply, "refund_show_reply", ServerToClient, Reply, false, RefundShowReply)                   \
    X(CopyShows, "copy_shows", ClientToServer, Request, true, CopyShowsReply)                                \
    X(CopyShowsReply, "copy_shows_reply", ServerToClient, Reply, false, CopyShowsReply)                     \
    /* the audit log (audit.h) */                                                                            \
    X(ListAuditLog, "list_audit_log", ClientToServer, Request, false, ListAuditLogReply)                     \
    X(ListAuditLogReply, "list_audit_log_reply", ServerToClient, Reply, false, ListAuditLogReply)           \
    /* blocked and house seats, live show lists (showseats.h) */                                             \
    X(BlockSeats, "block_seats", ClientToServer, Request, true, BlockSeatsReply)                             \
    X(BlockSeatsReply, "block_seats_reply", ServerToClient, Reply, false, BlockSeatsReply)                   \
    X(UnblockSeats, "unblock_seats", ClientToServer, Request, true, UnblockSeatsReply)                       \
    X(UnblockSeatsReply, "unblock_seats_reply", ServerToClient, Reply, false, UnblockSeatsReply)             \
    X(WatchShows, "watch_shows", ClientToServer, Request, false, WatchShowsReply)                            \
    X(WatchShowsReply, "watch_shows_reply", ServerToClient, Reply, false, WatchShowsReply)                   \
    X(ShowsChanged, "shows_changed", ServerToClient, Push, false, ShowsChanged)                              \
    /* ticket types and price cards (pricing.h) */                                                           \
    X(ListPricing, "list_pricing", ClientToServer, Request, false, ListPricingReply)                         \
    X(ListPricingReply, "list_pricing_reply", ServerToClient, Reply, false, ListPricingReply)                \
    X(CreateTicketType, "create_ticket_type", ClientToServer, Request, true, TicketTypeReply)                \
    X(TicketTypeReply, "ticket_type_reply", ServerToClient, Reply, false, TicketTypeReply)                   \
    X(UpdateTicketType, "update_ticket_type", ClientToServer, Request, true, TicketTypeReply)                \
    X(CreatePriceCard, "create_price_card", ClientToServer, Request, true, PriceCardReply)                   \
    X(PriceCardReply, "price_card_reply", ServerToClient, Reply, false, PriceCardReply)                      \
    X(UpdatePriceCard, "update_price_card", ClientToServer, Request, true, PriceCardReply)                   \
    X(DeletePriceCard, "delete_price_card", ClientToServer, Request, true, DeletePriceCardReply)             \
    X(DeletePriceCardReply, "delete_price_card_reply", ServerToClient, Reply, false, DeletePriceCardReply)   \
    X(SetTicketTypes, "set_ticket_types", ClientToServer, Request, true, HoldReply)                          \
    /* reports (reports.h) */                                                                                \
    X(GetReport, "get_report", ClientToServer, Request, false, ReportReply)                                  \
    X(ReportReply, "report_reply", ServerToClient, Reply, false, ReportReply)                                \
    /* admission at the door (sales.h) */                                                                    \
    X(ShowAdmissions, "show_admissions", ClientToServer, Request, false, ShowAdmissionsReply)                \
    X(ShowAdmissionsReply, "show_admissions_reply", ServerToClient, Reply, false, ShowAdmissionsReply)       \
    X(Admissions, "admissions", ServerToClient, Push, false, Admissions)                                    \
    /* webhooks (webhooks.h) */                                                                              \
    X(ListWebhooks, "list_webhooks", ClientToServer, Request, false, ListWebhooksReply)                      \
    X(ListWebhooksReply, "list_webhooks_reply", ServerToClient, Reply, false, ListWebhooksReply)             \
    X(CreateWebhook, "create_webhook", ClientToServer, Request, true, WebhookReply)                          \
    X(WebhookReply, "webhook_reply", ServerToClient, Reply, false, WebhookReply)                             \
    X(UpdateWebhook, "update_webhook", ClientToServer, Request, true, WebhookReply)                          \
    X(DeleteWebhook, "delete_webhook", ClientToServer, Request, true, DeleteWebhookReply)                    \
    X(DeleteWebhookReply, "delete_webhook_reply", ServerToClient, Reply, false, DeleteWebhookReply)

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

// Every message type has a struct (in its domain's header) with toJson() (the body) and a static
// fromJson(body) that validates it. fromJson() reports `where` relative to the body ("/seatIds/3");
// decodeBody() and decodeMessage() (protocol.h) prefix "/body" so that `where` points into the
// whole frame ("/body/seatIds/3"). Bodies sent by clients are strict (unknown fields are an
// error); bodies sent by the server are tolerant (unknown fields are ignored) so that older
// clients keep working with newer servers.
#define MARQUEE_MESSAGE(Name, TypeName)                                                                      \
    static constexpr MessageType Type = MessageType::TypeName;                                               \
    QJsonObject toJson() const;                                                                              \
    static Result<Name> fromJson(const QJsonObject &body);                                                   \
    friend bool operator==(const Name &, const Name &) = default

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

// Decodes and checks a frame's envelope (JSON limits, v, type, id, body being an object, unknown
// envelope fields) without validating the body. When `requestId` is given it receives the frame's
// id as soon as one is readable, even if the frame is otherwise bad, so that the error reply can
// echo it.
Result<Envelope> decodeEnvelope(QByteArrayView bytes, const JsonLimits &limits, QString *requestId = nullptr);

// A compact JSON text frame. `id` is left out when empty.
QByteArray encode(const Envelope &envelope);

} // namespace Marquee
