#pragma once

#include "protocol.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <functional>

class QWebSocket;

namespace Marquee::Test {

// Runs the event loop until `condition` holds; false when `timeoutMs` passed first.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 15000);

// Requests as tests write them: EUR amounts in cents, cash (with the cash tendered) and card
// payments, holds (added to an existing hold with holdId).
Money eur(qint64 cents);
Payment cash(qint64 amount, qint64 tendered);
Payment card(qint64 amount);
HoldRequest holdOf(const QString &show, const QStringList &seats, std::optional<QString> holdId = std::nullopt);
// The error code of a reply (waitReply()); Internal when none came, ErrorCode(-1) for a success.
ErrorCode errorOf(const std::optional<AnyMessage> &reply);
// The error a reply is (details included): Internal "no reply in time" when none came, nothing
// for a success.
std::optional<ErrorMessage> errorIn(const std::optional<AnyMessage> &reply);

// A terminal for tests and benchmarks: a real WebSocket speaking the real protocol, which keeps
// the seat maps of the shows it subscribed to from snapshots and deltas, as a client would.
class TestTerminal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestTerminal)

public:
    explicit TestTerminal(QString terminalId, QObject *parent = nullptr);
    ~TestTerminal() override;

    QString terminalId() const { return m_terminalId; }
    // Connects and says hello (with this terminal's id), unless `sayHello` is false: hello is
    // optional, and a client may start with sign_in.
    bool open(const QUrl &url, int timeoutMs = 10000, bool sayHello = true);
    // For wss: trust this certificate (a test's self-signed one) and nothing else.
    void trustCertificate(const QByteArray &pem);
    void close();
    bool isConnected() const;
    // The reason the server gave when it closed the connection ("idle", ...).
    QString closeReason() const;
    // Sends raw text (for malformed frames).
    void sendText(const QString &text);

    // Sends a request and returns its id at once; the reply arrives later (replyFor()).
    template<typename M>
    QString send(const M &message, QString id = {})
    {
        if (id.isEmpty())
            id = nextId();
        sendText(QString::fromUtf8(encodeMessage(message, id)));
        return id;
    }
    // Waits for the reply to a request id; an ErrorMessage when the server answered with an error,
    // or nothing on time-out.
    std::optional<AnyMessage> waitReply(const QString &id, int timeoutMs = 30000);
    bool hasReply(const QString &id) const { return m_replies.contains(id); }
    std::optional<AnyMessage> takeReply(const QString &id);

    // send() then waitReply(); the reply as M, or the error.
    template<typename R, typename M>
    Result<R> call(const M &message, const QString &id = {}, int timeoutMs = 30000)
    {
        const auto reply = waitReply(send(message, id), timeoutMs);
        if (!reply)
            return makeError(ErrorCode::Internal, QStringLiteral("no reply in time"));
        if (const auto *error = std::get_if<ErrorMessage>(&*reply))
            return error->toError();
        if (const auto *r = std::get_if<R>(&*reply))
            return *r;
        return makeError(ErrorCode::Internal, QStringLiteral("unexpected reply"));
    }

    Status signIn(const QString &user, const QString &password);

    // Waits until `condition` holds, processing events; false on time-out.
    bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000);

    // The seat map as this terminal knows it.
    qint64 version(const QString &showId) const { return m_versions.value(showId, -1); }
    // The layout version of the show's last snapshot (-1: none, or a server that does not say).
    qint64 layoutVersion(const QString &showId) const { return m_layoutVersions.value(showId, -1); }
    QHash<QString, SeatState> seats(const QString &showId) const { return m_seats.value(showId); }
    SeatStatus status(const QString &showId, const QString &seatId) const;
    // Subscribes to the first show on sale with at least `minFree` free seats and waits for its
    // seat map; that show's id in `show` and its free seat ids, sorted (none: no such show).
    QStringList subscribeToFreeSeats(int minFree, QString *show);
    int deltasReceived() const { return m_deltas; }
    int snapshotsReceived() const { return m_snapshots; }
    int gapsSeen() const { return m_gaps; }
    QList<NoticePush> notices() const { return m_notices; }
    QList<PaymentProgressPush> paymentProgress() const { return m_progress; }
    // shows_changed pushes (after watch_shows), in arrival order.
    QList<ShowsChangedPush> showsChanged() const { return m_showsChanged; }
    // admissions pushes (of the shows this terminal subscribed to), in arrival order.
    QList<AdmissionsPush> admissions() const { return m_admissions; }
    QString lastSessionToken() const { return m_token; }
    // Text of frames that did not decode. Each one fails the running test (ADD_FAILURE) unless a
    // test that sends the server something odd on purpose allows them.
    QStringList undecodable() const { return m_undecodable; }
    void setUndecodableFramesAllowed(bool allowed) { m_undecodableAllowed = allowed; }

    QString nextId();

Q_SIGNALS:
    void pushed();
    void disconnected();

private:
    void onText(const QString &text);

    QString m_terminalId;
    QWebSocket *m_socket;
    qint64 m_counter = 0;
    QHash<QString, AnyMessage> m_replies;
    QHash<QString, qint64> m_versions;
    QHash<QString, qint64> m_layoutVersions;
    QHash<QString, QHash<QString, SeatState>> m_seats;
    QList<NoticePush> m_notices;
    QList<PaymentProgressPush> m_progress;
    QList<ShowsChangedPush> m_showsChanged;
    QList<AdmissionsPush> m_admissions;
    QStringList m_undecodable;
    bool m_undecodableAllowed = false;
    QString m_token;
    int m_deltas = 0;
    int m_snapshots = 0;
    int m_gaps = 0;
};

} // namespace Marquee::Test
