#pragma once

#include "protocol.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <functional>

class QWebSocket;
class QTimer;

namespace Marquee {

// The seats of one show as this terminal knows them.
struct LiveShow
{
    QString showId;
    qint64 version = -1;
    QHash<QString, SeatState> seats;
    // The layout version the seats belong to, from the last snapshot; 0 when the server did not
    // say (older servers). A show moved onto another layout version gets a snapshot with the new one.
    qint64 layoutVersion = 0;
};

// The client's one connection to marquee-server. It stays connected: a lost connection is
// reopened with back-off, the session resumed with its token, every watched show resubscribed
// with the version the terminal has (so it gets exactly the missed deltas, or a snapshot), and
// every request still waiting for its answer sent again with the same id (the server answers a
// retry with the first answer, so nothing the cashier did is lost or done twice).
class ServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnection)

public:
    enum class State { Offline, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    explicit ServerConnection(QString terminalId, QObject *parent = nullptr);
    ~ServerConnection() override;

    QString terminalId() const { return m_terminalId; }
    State state() const { return m_state; }
    bool isSignedIn() const { return !m_token.isEmpty(); }
    const SessionReply &session() const { return m_session; }

    // Connects, and keeps reconnecting until close().
    void open(const QUrl &url);
    void close();
    QUrl url() const { return m_url; }
    // Opened and not connected (yet, or any more): the next attempt is on its way.
    bool isRetrying() const { return m_wanted && m_state != State::Connected; }
    // Why the last attempt failed or the last connection ended ("connection refused"), in the
    // user's language; empty once connected.
    QString lastError() const { return m_lastError; }
    // Milliseconds until the next attempt, -1 when none is scheduled.
    int msUntilNextAttempt() const;
    // Tries again at once instead of waiting for the back-off.
    void retryNow();
    // Drops the socket as a network failure would (tests, and the keep-alive).
    void dropConnection();

    using Handler = std::function<void(const Result<AnyMessage> &reply)>;
    // Sends a request; `done` gets its reply (or error) exactly once, also across reconnects.
    // Returns the request id.
    QString send(MessageType type, const QJsonObject &body, Handler done, int timeoutMs = 45000);
    // Sends a request again under the id of an earlier one whose outcome is not known (answered
    // SERVICE_DEGRADED, or not in time): the server answers with the first answer if it did it,
    // and does it now if it did not. The same type and body as the first time.
    void sendAgain(const QString &id, MessageType type, const QJsonObject &body, Handler done, int timeoutMs = 45000);

    // Keep-alive: a ping after `pingAfterMs` without a frame from the server; the connection is
    // dropped (and reopened) after `deadAfterMs` without one, and so is an attempt to connect
    // that gets no answer for as long. Default 15 s and 40 s.
    void setKeepAlive(int pingAfterMs, int deadAfterMs);

    template<typename R, typename M>
    QString call(const M &message, std::function<void(const Result<R> &)> done, int timeoutMs = 45000)
    {
        return send(M::Type, message.toJson(), [done = std::move(done)](const Result<AnyMessage> &reply) {
            if (!reply) {
                done(reply.error());
            } else if (const auto *r = std::get_if<R>(&*reply)) {
                done(*r);
            } else if (const auto *e = std::get_if<ErrorMessage>(&*reply)) {
                done(e->toError());
            } else {
                done(makeError(ErrorCode::Internal, QStringLiteral("unexpected reply")));
            }
        }, timeoutMs);
    }

    // Like call(), with the server's refusal as it came (its details too): done(reply, nullptr) or
    // done(nullptr, error); a failure of the connection reads as an error of its own code.
    template<typename R, typename M>
    QString ask(const M &message, std::function<void(const R *reply, const ErrorMessage *error)> done,
                int timeoutMs = 45000)
    {
        return send(M::Type, message.toJson(), [done = std::move(done)](const Result<AnyMessage> &reply) {
            if (!reply) {
                const ErrorMessage error = ErrorMessage::fromError(reply.error());
                done(nullptr, &error);
            } else if (const auto *r = std::get_if<R>(&*reply)) {
                done(r, nullptr);
            } else if (const auto *e = std::get_if<ErrorMessage>(&*reply)) {
                done(nullptr, e);
            } else {
                const ErrorMessage error = ErrorMessage::fromError(makeError(ErrorCode::Internal, QStringLiteral("unexpected reply")));
                done(nullptr, &error);
            }
        }, timeoutMs);
    }

    // Waits for the server as long as it takes (a terminal started offline signs in by itself when
    // the server is back); once sent, the server has 30 s to answer. openingFloat: the cash in the
    // drawer, when this sign-in opens the terminal's shift.
    void signIn(const QString &user, const QString &password, const std::optional<Money> &openingFloat,
                std::function<void(const Result<SessionReply> &)> done);
    void signIn(const QString &user, const QString &password, std::function<void(const Result<SessionReply> &)> done)
    {
        signIn(user, password, std::nullopt, std::move(done));
    }
    void signOut();
    // A sign-in is waiting for the server or its answer: as whom.
    QString signingInAs() const { return m_signingInAs; }
    // false: this window takes no money (the back office, the layout studio): its sign-ins and
    // resumes say so (drawer false) and join or open no shift. Default true (a till).
    void setDrawer(bool drawer) { m_drawer = drawer; }
    bool hasDrawer() const { return m_drawer; }
    // The server's refusal of the last sign-in, with its details (ACCOUNT_LOCKED:
    // retryAfterSeconds); code Internal and empty after a sign-in that succeeded.
    const ErrorMessage &lastSignInRefusal() const { return m_signInRefusal; }

    // Keeps the show's seat map up to date from now on (across reconnects).
    void watch(const QString &showId);
    void unwatch(const QString &showId);
    const LiveShow *show(const QString &showId) const;
    // Asks for shows_changed pushes (watch_shows) from now on, across reconnects and sign-ins;
    // showsChanged() brings them.
    void watchShows();

Q_SIGNALS:
    void stateChanged(Marquee::ServerConnection::State state);
    // An attempt failed or the connection ended; lastError() says why. Emitted on every failed
    // attempt, also when the state stays the same.
    void connectionFailed(const QString &reason);
    void signedIn(const Marquee::SessionReply &session);
    // The session was resumed on a new connection (its holds and shift as the server has them now).
    void resumed(const Marquee::SessionReply &session);
    // The session could not be resumed (expired, user disabled): sign in again.
    void sessionLost(const Marquee::Error &error);
    // The whole map of a show was replaced (subscription, resync).
    void showReset(const QString &showId);
    // Some seats of a show changed.
    void seatsChanged(const QString &showId, const QList<Marquee::SeatState> &changes);
    void noticeReceived(const Marquee::NoticePush &notice);
    // Shows were scheduled, changed, cancelled or removed (after watchShows()).
    void showsChanged(const Marquee::ShowsChangedPush &changes);
    void paymentProgress(const Marquee::PaymentProgressPush &progress);
    // A ticket was admitted at a door, of a show whose count this connection asked for
    // (show_admissions): the show's count after it.
    void admissionsChanged(const Marquee::AdmissionsPush &admissions);
    // A frame from the server that the protocol's decoder refused (a server bug; tests fail on it).
    void undecodableFrame(const QString &text, const Marquee::Error &error);

private:
    struct Pending
    {
        QByteArray frame;
        Handler done;
        qint64 deadlineMs = 0;
        bool sent = false;
        MessageType type = MessageType::Ping;
        // Not 0: the deadline counts from each time the request is sent, not from when it was made.
        int timeoutAfterSendMs = 0;
    };

    void setState(State state);
    void connected();
    void disconnected();
    void scheduleReconnect();
    // Opens the socket (one connection attempt).
    void attempt();
    void onText(const QString &text);
    void afterHandshake();
    void subscribe(const QString &showId);
    // What a signed-in session restores on every connection: subscriptions, watch_shows.
    void restoreWatches();
    void flushPending();
    void checkTimeouts();
    void sendRaw(const QString &id, Pending &pending);
    void enqueue(const QString &id, MessageType type, const QJsonObject &body, Handler done, int timeoutMs);
    void finish(const QString &id, const Result<AnyMessage> &reply);
    bool mayBeSent(const Pending &pending) const;
    QString nextId();

    QString m_terminalId;
    QUrl m_url;
    QWebSocket *m_socket;
    QTimer *m_reconnectTimer;
    QTimer *m_keepAlive;
    State m_state = State::Offline;
    bool m_wanted = false;
    bool m_ready = false; // hello (and resume) done on this socket
    bool m_socketUp = false; // this socket connected (before the handshake)
    bool m_serverLeaving = false; // the server said it is shutting down (notice shutting_down)
    QString m_lastError;
    QString m_signingInAs;
    bool m_drawer = true;
    int m_attempt = 0;
    qint64 m_lastFrameMs = 0;
    qint64 m_attemptMs = 0; // when the attempt under way began; 0 when none is
    int m_pingAfterMs = 15000;
    int m_deadAfterMs = 40000;
    qint64 m_counter = 0;
    QString m_idPrefix;
    QString m_token;
    SessionReply m_session;
    ErrorMessage m_signInRefusal;
    QHash<QString, Pending> m_pending;
    QStringList m_order; // request ids in the order they were made
    QHash<QString, LiveShow> m_shows;
    bool m_watchShows = false;
};

} // namespace Marquee
