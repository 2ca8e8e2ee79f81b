// The dispatch table of marquee-server's requests: authentication gate, shutdown, body
// validation and the idempotency hash, then one handler per request type (one file per domain).
#include "syncserver.h"

#include "auth.h"
#include "database.h"
#include "logging.h"
#include "metrics.h"
#include "paymentterminal.h"
#include "protocol.h"
#include "requestutil.h"
#include "seatgroups.h"
#include "serversession.h"
#include "showcache.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QThreadPool>
#include <QtCore/QTimeZone>

#include <algorithm>

namespace Marquee {

namespace {

// Requests a connection may send while its sign_out is under way (they wait for its answer).
constexpr qsizetype MaxRequestsAfterSignOut = 64;

bool hasCashPayment(const SellRequest &request)
{
    return std::any_of(request.payments.cbegin(), request.payments.cend(),
                       [](const Payment &p) { return p.method == PaymentMethod::Cash; });
}

} // namespace

void SyncServer::dispatch(Session &session, const Envelope &envelope)
{
    const QString &id = envelope.id;
    const MessageType type = envelope.type;
    if (session.signingOut) {
        // Served once the sign_out is answered (handleSignOut()), as a signed-out connection.
        if (session.afterSignOut.size() >= MaxRequestsAfterSignOut) {
            sendError(session.socket, id, makeError(ErrorCode::RateLimited, QStringLiteral("too many requests during a sign-out; slow down")));
            return;
        }
        session.afterSignOut.append(envelope);
        return;
    }
    m_metrics->counter(QStringLiteral("marquee_requests_total"), QStringLiteral("Requests by type."),
                       {{QStringLiteral("type"), messageTypeName(type)}})
        .increment();
    const bool open = type == MessageType::Hello || type == MessageType::SignIn || type == MessageType::Resume
        || type == MessageType::Ping;
    if (!open && !session.claims) {
        sendError(session.socket, id, makeError(ErrorCode::Unauthenticated, QStringLiteral("sign in first")));
        return;
    }
    if (session.claims && session.claims->expiresAt <= QDateTime::currentDateTimeUtc() && !open) {
        session.claims.reset();
        sendError(session.socket, id, makeError(ErrorCode::TokenExpired, QStringLiteral("the session has expired; sign in again")));
        return;
    }
    if (session.claims && !open && !sessionIsCurrent(session)) {
        // Disabled, another role, or a new password since this session signed in.
        session.claims.reset();
        unsubscribeAll(session);
        sendError(session.socket, id, sessionEnded());
        return;
    }
    if (m_shuttingDown && messageTypeInfo(type).mutating) {
        sendError(session.socket, id, makeError(ErrorCode::ServiceDegraded, QStringLiteral("the server is shutting down; retry shortly")));
        return;
    }
    auto body = decodeBody(envelope);
    if (!body) {
        sendError(session.socket, id, body.error());
        return;
    }
    QByteArray hash;
    if (messageTypeInfo(type).mutating) {
        // The idempotency key's body: a retry must carry the same type and body.
        const QByteArray canonical = messageTypeName(type).toUtf8() + '\n'
            + QJsonDocument(envelope.body).toJson(QJsonDocument::Compact);
        hash = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)
                   .toHex();
    }
    std::visit(
        [&](const auto &message) {
            using M = std::decay_t<decltype(message)>;
            if constexpr (std::is_same_v<M, HelloRequest>)
                handleHello(session, id, message);
            else if constexpr (std::is_same_v<M, SignInRequest>)
                handleSignIn(session, id, message);
            else if constexpr (std::is_same_v<M, ResumeRequest>)
                handleResume(session, id, message);
            else if constexpr (std::is_same_v<M, SignOutRequest>)
                handleSignOut(session, id);
            else if constexpr (std::is_same_v<M, PingRequest>)
                send(session.socket, encodeMessage(PongReply{}, id));
            else if constexpr (std::is_same_v<M, ListVenuesRequest>)
                handleListVenues(session, id);
            else if constexpr (std::is_same_v<M, ListShowsRequest>)
                handleListShows(session, id, message);
            else if constexpr (std::is_same_v<M, GetLayoutRequest>)
                handleGetLayout(session, id, message);
            else if constexpr (std::is_same_v<M, SubscribeRequest>)
                handleSubscribe(session, id, message);
            else if constexpr (std::is_same_v<M, UnsubscribeRequest>)
                handleUnsubscribe(session, id, message);
            else if constexpr (std::is_same_v<M, HoldRequest>)
                handleHold(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ExtendHoldRequest>)
                handleExtend(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ReleaseHoldRequest>)
                handleRelease(session, id, hash, message);
            else if constexpr (std::is_same_v<M, SellRequest>) {
                // Kiosks take cards only: a kiosk has no drawer, so a "cash" sale there would be a
                // free ticket (docs/SECURITY.md, T2/T3). Refused before anything is read or charged.
                if (session.claims->role == Role::Kiosk && hasCashPayment(message)) {
                    sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks take cards only"),
                                                            QStringLiteral("/body/payments")));
                    return;
                }
                handleSell(session, id, hash, message);
            }
            else if constexpr (std::is_same_v<M, RefundRequest>)
                handleRefund(session, id, hash, message);
            else if constexpr (std::is_same_v<M, FindSalesRequest>)
                handleFindSales(session, id, message);
            else if constexpr (std::is_same_v<M, VerifyTicketRequest>)
                handleVerifyTicket(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ShowAdmissionsRequest>)
                handleShowAdmissions(session, id, message);
            else if constexpr (std::is_same_v<M, ShiftReportRequest>)
                handleShiftReport(session, id, message);
            else if constexpr (std::is_same_v<M, CloseShiftRequest>)
                handleCloseShift(session, id, hash, message);
            else if constexpr (std::is_same_v<M, CreateVenueRequest>)
                handleCreateVenue(session, id, hash, message);
            else if constexpr (std::is_same_v<M, CreateAuditoriumRequest>)
                handleCreateAuditorium(session, id, hash, message);
            else if constexpr (std::is_same_v<M, RenameVenueRequest>)
                handleRenameVenue(session, id, hash, message);
            else if constexpr (std::is_same_v<M, RenameAuditoriumRequest>)
                handleRenameAuditorium(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ListLayoutVersionsRequest>)
                handleListLayoutVersions(session, id, message);
            else if constexpr (std::is_same_v<M, UploadLayoutRequest>)
                handleUploadLayout(session, id, hash, message);
            else if constexpr (std::is_same_v<M, SaveLayoutDraftRequest>)
                handleSaveLayoutDraft(session, id, hash, message);
            else if constexpr (std::is_same_v<M, GetLayoutDraftRequest>)
                handleGetLayoutDraft(session, id, message);
            else if constexpr (std::is_same_v<M, DiscardLayoutDraftRequest>)
                handleDiscardLayoutDraft(session, id, hash, message);
            else if constexpr (std::is_same_v<M, PublishLayoutRequest>)
                handlePublishLayout(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ChangeShowLayoutRequest>)
                handleChangeShowLayout(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ListUsersRequest>)
                handleListUsers(session, id);
            else if constexpr (std::is_same_v<M, ListWebhooksRequest>)
                handleListWebhooks(session, id);
            else if constexpr (std::is_same_v<M, CreateWebhookRequest>)
                handleCreateWebhook(session, id, hash, message);
            else if constexpr (std::is_same_v<M, UpdateWebhookRequest>)
                handleUpdateWebhook(session, id, hash, message);
            else if constexpr (std::is_same_v<M, DeleteWebhookRequest>)
                handleDeleteWebhook(session, id, hash, message);
            else if constexpr (std::is_same_v<M, CreateUserRequest>)
                handleCreateUser(session, id, hash, message);
            else if constexpr (std::is_same_v<M, UpdateUserRequest>)
                handleUpdateUser(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ResetPasswordRequest>)
                handleResetPassword(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ChangePasswordRequest>)
                handleChangePassword(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ListTitlesRequest>)
                handleListTitles(session, id);
            else if constexpr (std::is_same_v<M, CreateTitleRequest>)
                handleCreateTitle(session, id, hash, message);
            else if constexpr (std::is_same_v<M, UpdateTitleRequest>)
                handleUpdateTitle(session, id, hash, message);
            else if constexpr (std::is_same_v<M, UpdateVenueRequest>)
                handleUpdateVenue(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ScheduleShowRequest>)
                handleScheduleShow(session, id, hash, message);
            else if constexpr (std::is_same_v<M, UpdateShowRequest>)
                handleUpdateShow(session, id, hash, message);
            else if constexpr (std::is_same_v<M, SetShowStatusRequest>)
                handleSetShowStatus(session, id, hash, message);
            else if constexpr (std::is_same_v<M, CancelShowRequest>)
                handleCancelShow(session, id, hash, message);
            else if constexpr (std::is_same_v<M, RefundShowRequest>)
                handleRefundShow(session, id, hash, message);
            else if constexpr (std::is_same_v<M, CopyShowsRequest>)
                handleCopyShows(session, id, hash, message);
            else if constexpr (std::is_same_v<M, ListAuditLogRequest>)
                handleListAuditLog(session, id, message);
            else if constexpr (std::is_same_v<M, BlockSeatsRequest>)
                handleBlockSeats(session, id, hash, message);
            else if constexpr (std::is_same_v<M, UnblockSeatsRequest>)
                handleUnblockSeats(session, id, hash, message);
            else if constexpr (std::is_same_v<M, WatchShowsRequest>)
                handleWatchShows(session, id);
            else if constexpr (std::is_same_v<M, ListPricingRequest>)
                handleListPricing(session, id, message);
            else if constexpr (std::is_same_v<M, CreateTicketTypeRequest>)
                handleCreateTicketType(session, id, hash, message);
            else if constexpr (std::is_same_v<M, UpdateTicketTypeRequest>)
                handleUpdateTicketType(session, id, hash, message);
            else if constexpr (std::is_same_v<M, CreatePriceCardRequest>)
                handleCreatePriceCard(session, id, hash, message);
            else if constexpr (std::is_same_v<M, UpdatePriceCardRequest>)
                handleUpdatePriceCard(session, id, hash, message);
            else if constexpr (std::is_same_v<M, DeletePriceCardRequest>)
                handleDeletePriceCard(session, id, hash, message);
            else if constexpr (std::is_same_v<M, SetTicketTypesRequest>)
                handleSetTicketTypes(session, id, hash, message);
            else if constexpr (std::is_same_v<M, GetReportRequest>)
                handleGetReport(session, id, message);
            else
                sendError(session.socket, id, makeError(ErrorCode::UnknownType, QStringLiteral("not a request"), QStringLiteral("/type")));
        },
        *body);
}

void SyncServer::runOperation(const QByteArray &statement, const QList<QByteArray> &parameters, const Reply &reply,
                              const QString &id, std::function<void(const QJsonObject &)> done)
{
    m_database->call(statement, parameters, [this, reply, id, done = std::move(done)](Result<QJsonValue> result) {
        finishOperation(result, reply, id, done);
    });
}

void SyncServer::decideSeats(qint64 show, qint64 hold, const QByteArray &statement, const QList<QByteArray> &parameters,
                             std::function<void(Result<QJsonValue>)> done)
{
    if (m_groups)
        m_groups->submit(show, hold, statement, parameters, std::move(done));
    else
        m_database->call(statement, parameters, std::move(done));
}

void SyncServer::runSeatOperation(qint64 show, qint64 hold, const QByteArray &statement,
                                  const QList<QByteArray> &parameters, const Reply &reply, const QString &id,
                                  std::function<void(const QJsonObject &)> done)
{
    decideSeats(show, hold, statement, parameters, [this, reply, id, done = std::move(done)](Result<QJsonValue> result) {
        finishOperation(result, reply, id, done);
    });
}

void SyncServer::finishOperation(const Result<QJsonValue> &result, const Reply &reply, const QString &id,
                                 const std::function<void(const QJsonObject &)> &done)
{
    if (!result) {
        reply(encodeError(result.error(), id));
        return;
    }
    const QJsonObject r = result->toObject();
    if (r.contains(QLatin1String("error"))) {
        reply(encodeError(operationError(r), id, errorDetails(r)));
        return;
    }
    committed(r);
    done(r);
}

} // namespace Marquee
