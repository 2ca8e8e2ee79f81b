#pragma once

#include "serverconfig.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QSet>

#include <functional>
#include <memory>
#include <optional>

class QWebSocket;
class QWebSocketServer;
class QThreadPool;
class QTimer;
class QHostAddress;
class QJsonObject;
class QJsonValue;

namespace Marquee {

template<typename T> class Result;
class Database;
class HttpEndpoint;
class Metrics;
class PaymentTerminal;
class OutboxPublisher;
class PgPool;
class SeatGroups;
struct SellPorts;
class ShowCache;
class TokenSigner;
struct DeltaPush;
struct Error;
class Status;
struct Envelope;
struct HelloRequest;
struct ListAuditLogRequest;
struct ListPricingRequest;
struct CreateTicketTypeRequest;
struct UpdateTicketTypeRequest;
struct CreatePriceCardRequest;
struct UpdatePriceCardRequest;
struct DeletePriceCardRequest;
struct SetTicketTypesRequest;
struct HoldReply;
struct GetReportRequest;
struct SignInRequest;
struct ResumeRequest;
struct SubscribeRequest;
struct UnsubscribeRequest;
struct ListShowsRequest;
struct GetLayoutRequest;
struct HoldRequest;
struct ExtendHoldRequest;
struct ReleaseHoldRequest;
struct SellRequest;
struct RefundRequest;
struct FindSalesRequest;
struct VerifyTicketRequest;
struct ShowAdmissionsRequest;
struct ShiftReportRequest;
struct CloseShiftRequest;
struct CreateVenueRequest;
struct CreateAuditoriumRequest;
struct RenameVenueRequest;
struct RenameAuditoriumRequest;
struct ListLayoutVersionsRequest;
struct UploadLayoutRequest;
struct SaveLayoutDraftRequest;
struct GetLayoutDraftRequest;
struct DiscardLayoutDraftRequest;
struct PublishLayoutRequest;
struct ChangeShowLayoutRequest;
struct CreateUserRequest;
struct CreateWebhookRequest;
struct DeleteWebhookRequest;
struct UpdateWebhookRequest;
struct UpdateUserRequest;
struct ResetPasswordRequest;
struct ChangePasswordRequest;
struct CreateTitleRequest;
struct UpdateTitleRequest;
struct UpdateVenueRequest;
struct ScheduleShowRequest;
struct UpdateShowRequest;
struct SetShowStatusRequest;
struct CancelShowRequest;
struct RefundShowRequest;
struct CopyShowsRequest;
struct BlockSeatsRequest;
struct UnblockSeatsRequest;
enum class Role;
struct LayoutJob;
struct SessionReply;
struct TokenClaims;
class Money;

// marquee-server's service: WebSocket sessions, requests, live push to every terminal that
// watches a show, the expiry sweeper, the change feed between server processes, and the
// operations endpoint. One event loop; the database is reached through non-blocking connections.
class SyncServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncServer)

public:
    explicit SyncServer(ServerConfig config, QObject *parent = nullptr);
    ~SyncServer() override;

    // Connects to the database (schema migrated beforehand), starts listening. The ports actually
    // used are available afterwards (the configured ports may be 0).
    Status start();
    quint16 port() const;
    quint16 httpPort() const;
    bool isSecure() const;

    // Stops accepting, tells terminals, finishes what is in flight (up to `graceMs`), then emits
    // stopped().
    void shutdown(int graceMs = 10000);

    PaymentTerminal *paymentTerminal() const { return m_terminal; }
    Metrics &metrics() const { return *m_metrics; }
    int sessionCount() const { return int(m_sessions.size()); }

Q_SIGNALS:
    void stopped();

private:
    struct Session;
    using Reply = std::function<void(const QByteArray &frame)>;

    void acceptConnection();
    void onFrame(QWebSocket *socket, const QString &text);
    void onDisconnected(QWebSocket *socket);

    // Requests (requests/*.cpp, one file per domain; dispatch.cpp routes them). Each answers
    // exactly once through `reply`.
    void dispatch(Session &session, const Envelope &envelope);
    void handleHello(Session &session, const QString &id, const HelloRequest &request);
    void handleSignIn(Session &session, const QString &id, const SignInRequest &request);
    void handleResume(Session &session, const QString &id, const ResumeRequest &request);
    void handleSubscribe(Session &session, const QString &id, const SubscribeRequest &request);
    void handleUnsubscribe(Session &session, const QString &id, const UnsubscribeRequest &request);
    void handleSignOut(Session &session, const QString &id);
    void handleListVenues(Session &session, const QString &id);
    void handleListShows(Session &session, const QString &id, const ListShowsRequest &request);
    void handleGetLayout(Session &session, const QString &id, const GetLayoutRequest &request);
    void handleHold(Session &session, const QString &id, const QByteArray &hash, const HoldRequest &request);
    void addToHold(const Reply &reply, Session &session, const QString &id, const QByteArray &hash, qint64 show,
                   const HoldRequest &request);
    void decideHold(Session &session, const Reply &reply, const QString &id, const QByteArray &hash, qint64 show,
                    const HoldRequest &request);
    void countHoldDecision(const QString &path);
    void handleExtend(Session &session, const QString &id, const QByteArray &hash, const ExtendHoldRequest &request);
    void handleRelease(Session &session, const QString &id, const QByteArray &hash, const ReleaseHoldRequest &request);
    void handleSell(Session &session, const QString &id, const QByteArray &hash, const SellRequest &request);
    void handleRefund(Session &session, const QString &id, const QByteArray &hash, const RefundRequest &request);
    void handleFindSales(Session &session, const QString &id, const FindSalesRequest &request);
    void handleVerifyTicket(Session &session, const QString &id, const QByteArray &hash, const VerifyTicketRequest &request);
    // The door (requests/sales.cpp): a show's admission count, pushed to its subscribers when it
    // changes through any server process ("admit:<show>" notifications).
    void handleShowAdmissions(Session &session, const QString &id, const ShowAdmissionsRequest &request);
    void pushAdmissions(qint64 showId);
    // The venue's no-orphan-seats rule (requests/seats.cpp): calls `proceed` when the hold may go
    // on; answers ORPHAN_SEAT (or FORBIDDEN for a kiosk's override) itself otherwise.
    void checkOrphanRule(Session &session, const QString &id, qint64 show, const HoldRequest &request,
                         const Reply &reply, std::function<void()> proceed);
    struct ShowSeating;
    using SeatingReady = std::function<void(const Result<std::shared_ptr<const ShowSeating>> &)>;
    void loadSeating(qint64 show, SeatingReady ready);
    void handleShiftReport(Session &session, const QString &id, const ShiftReportRequest &request);
    void handleCloseShift(Session &session, const QString &id, const QByteArray &hash, const CloseShiftRequest &request);
    // Venues and the layout studio (requests/catalogue.cpp, requests/layouts.cpp): managers and admins.
    bool allowCatalogueEditing(Session &session, const QString &id);
    // The database id of the venue, auditorium or show (`what`) a manager's request names; nothing
    // when the role may not (FORBIDDEN) or the id is no database id (NOT_FOUND at /body/<field>),
    // both answered.
    std::optional<qint64> editableId(Session &session, const QString &id, const QString &what, const QString &entityId,
                                     QLatin1StringView field);
    void handleCreateVenue(Session &session, const QString &id, const QByteArray &hash, const CreateVenueRequest &request);
    void handleCreateAuditorium(Session &session, const QString &id, const QByteArray &hash,
                                const CreateAuditoriumRequest &request);
    void handleRenameVenue(Session &session, const QString &id, const QByteArray &hash, const RenameVenueRequest &request);
    void handleRenameAuditorium(Session &session, const QString &id, const QByteArray &hash,
                                const RenameAuditoriumRequest &request);
    void handleListLayoutVersions(Session &session, const QString &id, const ListLayoutVersionsRequest &request);
    void handleUploadLayout(Session &session, const QString &id, const QByteArray &hash, const UploadLayoutRequest &request);
    void handleSaveLayoutDraft(Session &session, const QString &id, const QByteArray &hash,
                               const SaveLayoutDraftRequest &request);
    void handleGetLayoutDraft(Session &session, const QString &id, const GetLayoutDraftRequest &request);
    void handleDiscardLayoutDraft(Session &session, const QString &id, const QByteArray &hash,
                                  const DiscardLayoutDraftRequest &request);
    void handlePublishLayout(Session &session, const QString &id, const QByteArray &hash, const PublishLayoutRequest &request);
    void handleChangeShowLayout(Session &session, const QString &id, const QByteArray &hash,
                                const ChangeShowLayoutRequest &request);
    // A layout document on its way into the database, a draft to save or to publish: decoded and
    // validated off the event loop (checkLayout), then stored (storeDraft, storePublish).
    using LayoutStep = void (SyncServer::*)(const Reply &reply, const std::shared_ptr<LayoutJob> &job);
    void checkLayout(const Reply &reply, const std::shared_ptr<LayoutJob> &job, LayoutStep next);
    void storeDraft(const Reply &reply, const std::shared_ptr<LayoutJob> &job);
    void storePublish(const Reply &reply, const std::shared_ptr<LayoutJob> &job);
    // The programme (requests/programme.cpp): managers and admins.
    void handleListTitles(Session &session, const QString &id);
    void handleCreateTitle(Session &session, const QString &id, const QByteArray &hash, const CreateTitleRequest &request);
    void handleUpdateTitle(Session &session, const QString &id, const QByteArray &hash, const UpdateTitleRequest &request);
    void handleUpdateVenue(Session &session, const QString &id, const QByteArray &hash, const UpdateVenueRequest &request);
    void handleScheduleShow(Session &session, const QString &id, const QByteArray &hash, const ScheduleShowRequest &request);
    void handleUpdateShow(Session &session, const QString &id, const QByteArray &hash, const UpdateShowRequest &request);
    void handleSetShowStatus(Session &session, const QString &id, const QByteArray &hash,
                             const SetShowStatusRequest &request);
    void handleCancelShow(Session &session, const QString &id, const QByteArray &hash, const CancelShowRequest &request);
    void handleRefundShow(Session &session, const QString &id, const QByteArray &hash, const RefundShowRequest &request);
    void handleCopyShows(Session &session, const QString &id, const QByteArray &hash, const CopyShowsRequest &request);
    // Blocked and house seats (requests/showseats.cpp): managers and admins.
    void handleBlockSeats(Session &session, const QString &id, const QByteArray &hash, const BlockSeatsRequest &request);
    void handleUnblockSeats(Session &session, const QString &id, const QByteArray &hash,
                            const UnblockSeatsRequest &request);
    // Live show lists (requests/showseats.cpp): after watch_shows a session gets shows_changed
    // pushes of every show the change feed names ('show:<id>'), read once per event-loop turn.
    void handleWatchShows(Session &session, const QString &id);
    void showChanged(qint64 showId);
    void flushShowChanges();
    QList<QPointer<QWebSocket>> showWatchers() const;
    // Users (requests/users.cpp): admins, and managers for cashiers and kiosks.
    // FORBIDDEN (answered) unless the session's role may manage users (of `role`, when given).
    bool allowUserManagement(Session &session, const QString &id, std::optional<Role> role);
    void handleListUsers(Session &session, const QString &id);
    // Webhooks (requests/webhooks.cpp): admins only.
    bool allowWebhooks(Session &session, const QString &id);
    void handleListWebhooks(Session &session, const QString &id);
    void handleCreateWebhook(Session &session, const QString &id, const QByteArray &hash, const CreateWebhookRequest &request);
    void handleUpdateWebhook(Session &session, const QString &id, const QByteArray &hash, const UpdateWebhookRequest &request);
    void handleDeleteWebhook(Session &session, const QString &id, const QByteArray &hash, const DeleteWebhookRequest &request);
    void handleCreateUser(Session &session, const QString &id, const QByteArray &hash, const CreateUserRequest &request);
    void handleUpdateUser(Session &session, const QString &id, const QByteArray &hash, const UpdateUserRequest &request);
    void handleResetPassword(Session &session, const QString &id, const QByteArray &hash, const ResetPasswordRequest &request);
    void handleChangePassword(Session &session, const QString &id, const QByteArray &hash,
                              const ChangePasswordRequest &request);
    void passwordChanged(const Reply &reply, QPointer<QWebSocket> socket, const QString &id, qint64 epoch);
    // A password hashed off the event loop (m_config.passwordIterations), then next(hash) on it.
    void hashThen(const QString &password, std::function<void(const QString &hash)> next);
    // Session epochs (TokenClaims::epoch): the highest known per user, from sign-ins, resumes and
    // the change feed; a session of an older epoch has ended (sessionEnded()) and gets no pushes.
    void noteEpoch(qint64 userId, qint64 epoch);
    // A session (TokenClaims::sessionId) signed out: its connections here are signed out too.
    void sessionSignedOut(const QString &sessionId);
    // A sign_out of this connection was answered: what arrived meanwhile is served now, in order.
    void serveAfterSignOut(const QPointer<QWebSocket> &socket);
    bool sessionIsCurrent(const Session &session) const;
    void refreshEpochs();
    static Error sessionEnded();
    // The audit log (requests/audit.cpp): managers and admins, read-only.
    void handleListAuditLog(Session &session, const QString &id, const ListAuditLogRequest &request);
    // Ticket types and price cards (requests/pricing.cpp): read by everyone signed in, kept by
    // managers and admins; set_ticket_types by whoever holds the seats.
    void handleListPricing(Session &session, const QString &id, const ListPricingRequest &request);
    void handleCreateTicketType(Session &session, const QString &id, const QByteArray &hash,
                                const CreateTicketTypeRequest &request);
    void handleUpdateTicketType(Session &session, const QString &id, const QByteArray &hash,
                                const UpdateTicketTypeRequest &request);
    void handleCreatePriceCard(Session &session, const QString &id, const QByteArray &hash,
                               const CreatePriceCardRequest &request);
    void handleUpdatePriceCard(Session &session, const QString &id, const QByteArray &hash,
                               const UpdatePriceCardRequest &request);
    void handleDeletePriceCard(Session &session, const QString &id, const QByteArray &hash,
                               const DeletePriceCardRequest &request);
    void handleSetTicketTypes(Session &session, const QString &id, const QByteArray &hash,
                              const SetTicketTypesRequest &request);
    // Reports (requests/reports.cpp): managers and admins, read-only, one query each.
    void handleGetReport(Session &session, const QString &id, const GetReportRequest &request);
    // sign_in's steps (requests/sessions.cpp).
    void signInRefused(const Reply &reply, const QString &id, const QString &user);
    void signInAccepted(const Reply &reply, const QString &id, QPointer<QWebSocket> socket, const QJsonObject &row,
                        Role role, const std::optional<Money> &openingFloat, bool drawer);
    void countSignIn(const QString &result);
    static Error accountLocked(qint64 seconds);
    // The end of sign_in and resume: the terminal's shift and the user's active holds, then the
    // session is signed in and answered.
    void startSession(const Reply &reply, const QString &id, QPointer<QWebSocket> socket, const TokenClaims &claims,
                      SessionReply session, const std::optional<Money> &openingFloat, bool drawer);
    // Runs an operation of the database (a SQL function answering {"result": "ok", ...} or
    // {"error": "CODE", ...}): a failure of the database or a refusal is answered as an error;
    // a success is applied and published (committed()) and handed to `done`, which answers.
    void runOperation(const QByteArray &statement, const QList<QByteArray> &parameters, const Reply &reply,
                      const QString &id, std::function<void(const QJsonObject &result)> done);
    // A seat operation (hold, hold_typed, hold_more, extend, release, sell): decided in the next
    // group (group decisions on) or alone. `show` or `hold` name what it touches (0: not named).
    void decideSeats(qint64 show, qint64 hold, const QByteArray &statement, const QList<QByteArray> &parameters,
                     std::function<void(Result<QJsonValue>)> done);
    // runOperation() for a seat operation (decideSeats()).
    void runSeatOperation(qint64 show, qint64 hold, const QByteArray &statement, const QList<QByteArray> &parameters,
                          const Reply &reply, const QString &id, std::function<void(const QJsonObject &result)> done);
    // The same for an operation's answer at hand (a retried request's first answer).
    void finishOperation(const Result<QJsonValue> &result, const Reply &reply, const QString &id,
                         const std::function<void(const QJsonObject &result)> &done);
    // Applies a committed seat change locally and announces it to the other server processes.
    void committed(const QJsonObject &result);
    // A reply function bound to the session's socket, safe to call after it has gone.
    Reply replier(Session &session, const QString &id);
    void pushDelta(qint64 showId, const DeltaPush &delta);
    void flushDeltas();
    void pushSnapshots(qint64 showId);
    void publish(qint64 showId, qint64 version);
    void flushNotifications();
    void onNotification(const QString &payload);
    void sweep();
    // Settles the sell attempts that a server left unfinished (server/sellflow.h).
    void reconcilePayments();
    void pollVersions();
    void closeIdleSessions();
    void setDatabaseHealthy(bool healthy);
    void broadcastNotice(int kind, const QString &message, std::optional<qint64> retryAfterSeconds = std::nullopt);
    void maybeFinishShutdown();
    void unsubscribeAll(Session &session);

    void send(QWebSocket *socket, const QByteArray &frame);
    void sendError(QWebSocket *socket, const QString &id, const Error &error);

    ServerConfig m_config;
    QWebSocketServer *m_server = nullptr;
    Database *m_database = nullptr;
    PgPool *m_feed = nullptr;
    OutboxPublisher *m_publisher = nullptr; // server/events/: webhooks and e-mailed tickets
    ShowCache *m_cache = nullptr;
    SeatGroups *m_groups = nullptr; // null: group decisions off
    PaymentTerminal *m_terminal = nullptr;
    HttpEndpoint *m_http = nullptr;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<TokenSigner> m_signer;
    // Slow work runs here, off the event loop: password hashing (slow on purpose), decoding and
    // validating big layouts. The pool's threads end with the server (OpenSSL frees its
    // per-thread state when they do).
    QThreadPool *m_cpuPool = nullptr;
    QTimer *m_sweepTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_idleTimer = nullptr;
    QTimer *m_reconcileTimer = nullptr;
    std::unique_ptr<SellPorts> m_sellPorts;
    int m_reconciling = 0; // settle flows of the current round
    QHash<QWebSocket *, std::shared_ptr<Session>> m_sessions;
    QHash<qint64, QSet<QWebSocket *>> m_subscribers;
    // Per show: its venue's orphan rule and its layout's seating plan (loadSeating()), dropped when
    // a venue or the show's layout changes.
    QHash<qint64, std::shared_ptr<const ShowSeating>> m_seating;
    QHash<qint64, QList<SeatingReady>> m_seatingLoading;
    QHash<qint64, QSet<QWebSocket *>> m_admissionWatchers; // show_admissions asked: admissions pushes
    QSet<qint64> m_admissionsReading; // pushAdmissions() reading a show's count
    QSet<qint64> m_admissionsAgain;   // ... and another admission arrived meanwhile
    QHash<qint64, std::pair<double, qint64>> m_userBuckets; // tokens, last refill (ms)
    QHash<qint64, qint64> m_userEpochs; // user -> highest session epoch known (noteEpoch())
    QStringList m_pendingNotifications;
    // Deltas of this event-loop turn, merged per show: one frame per show and turn however many
    // changes a burst brings (a rush decides many holds of one show at once).
    struct PendingDelta;
    QHash<qint64, std::shared_ptr<PendingDelta>> m_pendingDeltas;
    bool m_deltaFlushScheduled = false;
    QSet<qint64> m_changedShows; // shows the change feed named this turn (showChanged())
    bool m_showsFlushScheduled = false;
    bool m_notifyScheduled = false;
    bool m_sweeping = false;
    bool m_sweepScheduled = false; // a sweep is due at the next hold's expiry
    bool m_databaseHealthy = false;
    bool m_shuttingDown = false;
    bool m_stopping = false;
    QHash<QString, QList<Reply>> m_sellWaiters; // "user:request" of sales in progress
    int m_inFlight = 0;
    qint64 m_nextSessionId = 1;
};

} // namespace Marquee
