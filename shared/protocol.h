#pragma once

// The Marquee WebSocket protocol: a versioned JSON envelope around typed messages.
// docs/PROTOCOL.md is the reference; keep the two in step.
//
// This header includes every part of it (shared/protocol/): the envelope, limits and ids
// (envelope.h) and the message types per domain, as the server's request handlers are split
// (sessions.h, catalogue.h, seats.h, sales.h, shifts.h, layouts.h for the layout studio, users.h, programme.h). Here: any message, and decoding and
// (sessions.h, catalogue.h, seats.h, sales.h, shifts.h, layouts.h for the layout studio, users.h, audit.h). Here: any message, and decoding and
// encoding whole frames.

#include "protocol/catalogue.h"
#include "protocol/envelope.h"
#include "protocol/layouts.h"
#include "protocol/pricing.h"
#include "protocol/programme.h"
#include "protocol/sales.h"
#include "protocol/seats.h"
#include "protocol/sessions.h"
#include "protocol/shifts.h"
#include "protocol/users.h"
#include "protocol/audit.h"
#include "protocol/showseats.h"
#include "protocol/reports.h"
#include "protocol/webhooks.h"

#include <variant>

namespace Marquee {

// Any message: alternative N is the struct of the Nth MessageType (checked at compile time).
using AnyMessage
    = std::variant<HelloRequest, HelloReply, SignInRequest, ResumeRequest, SessionReply, SignOutRequest,
                   SignOutReply, ListVenuesRequest, ListVenuesReply, GetLayoutRequest, GetLayoutReply,
                   ListShowsRequest, ListShowsReply, SubscribeRequest, SubscribeReply, UnsubscribeRequest,
                   UnsubscribeReply, SnapshotPush, DeltaPush, HoldRequest, HoldReply, ExtendHoldRequest,
                   ReleaseHoldRequest, ReleaseHoldReply, SellRequest, SellReply, PaymentProgressPush,
                   RefundRequest, RefundReply, FindSalesRequest, FindSalesReply, VerifyTicketRequest,
                   VerifyTicketReply, ShiftReportRequest, ShiftReportReply, CloseShiftRequest,
                   CloseShiftReply, ErrorMessage, NoticePush, PingRequest, PongReply, CreateVenueRequest,
                   CreateVenueReply, CreateAuditoriumRequest, CreateAuditoriumReply, RenameVenueRequest,
                   RenameVenueReply, RenameAuditoriumRequest, RenameAuditoriumReply, ListLayoutVersionsRequest,
                   ListLayoutVersionsReply, UploadLayoutRequest, UploadLayoutReply, SaveLayoutDraftRequest,
                   SaveLayoutDraftReply, GetLayoutDraftRequest, GetLayoutDraftReply, DiscardLayoutDraftRequest,
                   DiscardLayoutDraftReply, PublishLayoutRequest, PublishLayoutReply, ChangeShowLayoutRequest,
                   ChangeShowLayoutReply, ListUsersRequest, ListUsersReply, CreateUserRequest, CreateUserReply,
                   UpdateUserRequest, UpdateUserReply, ResetPasswordRequest, ResetPasswordReply,
                   ChangePasswordRequest, ChangePasswordReply, ListTitlesRequest, ListTitlesReply,
                   CreateTitleRequest, TitleReply, UpdateTitleRequest, UpdateVenueRequest, UpdateVenueReply,
                   ScheduleShowRequest, ShowReply, UpdateShowRequest, SetShowStatusRequest, CancelShowRequest,
                   CancelShowReply, RefundShowRequest, RefundShowReply, CopyShowsRequest, CopyShowsReply,
                   ListAuditLogRequest, ListAuditLogReply, BlockSeatsRequest, BlockSeatsReply,
                   UnblockSeatsRequest, UnblockSeatsReply, WatchShowsRequest, WatchShowsReply, ShowsChangedPush,
                   ListPricingRequest, ListPricingReply,
                   CreateTicketTypeRequest, TicketTypeReply, UpdateTicketTypeRequest, CreatePriceCardRequest,
                   PriceCardReply, UpdatePriceCardRequest, DeletePriceCardRequest, DeletePriceCardReply,
                   SetTicketTypesRequest, GetReportRequest, ReportReply,
                   ShowAdmissionsRequest, ShowAdmissionsReply, AdmissionsPush,
                   ListWebhooksRequest, ListWebhooksReply, CreateWebhookRequest, WebhookReply,
                   UpdateWebhookRequest, DeleteWebhookRequest, DeleteWebhookReply>;

MessageType messageTypeOf(const AnyMessage &message);

struct Message
{
    QString id;
    AnyMessage body;
    friend bool operator==(const Message &, const Message &) = default;
};

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

QByteArray encodeMessage(const AnyMessage &message, const QString &id = {});
template<typename M> QByteArray encodeMessage(const M &message, const QString &id = {})
{
    return encode(Envelope { ProtocolVersion, M::Type, id, message.toJson() });
}
// An error reply to request `id` (empty when the request's id could not be read).
QByteArray encodeError(const Error &error, const QString &id, const QJsonObject &details = {});

} // namespace Marquee
