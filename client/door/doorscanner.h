#pragma once

#include "protocol.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <optional>

namespace Marquee {

class ServerConnection;

// One scan at the door and what became of it.
struct DoorScan
{
    enum class Outcome {
        Waiting,         // sent (or waiting for the server); no answer yet
        Admitted,        // the ticket is in: let the guest pass
        AlreadyAdmitted, // ALREADY_ADMITTED
        Refunded,        // ALREADY_REFUNDED
        WrongShow,       // WRONG_SHOW
        ShowCancelled,   // SHOW_CANCELLED
        Unknown,         // NOT_FOUND, or not a ticket code at all
        Problem,         // not the ticket's fault: a refusal of this door (FORBIDDEN, ...)
    };

    int number = 0; // 1, 2, ... in the order of the scans
    QString code;
    QString requestId; // empty for a scan that was never sent (not a ticket code)
    QDateTime scannedAt;
    Outcome outcome = Outcome::Waiting;
    // The ticket as the server described it: the reply, or a refusal's details.
    std::optional<VerifyTicketReply> ticket;
    ErrorCode error = ErrorCode::Internal; // the server's code of a refusal or a problem
    QString message;                       // a problem's explanation, in the user's language
    int attempts = 0;                      // how often the request was sent (retries: same id)

    bool refused() const { return outcome != Outcome::Waiting && outcome != Outcome::Admitted; }
};

// The door's scans: each one a verify_ticket with admit, under a request id of its own. A scan
// never gets lost: while the server cannot be reached it waits in the connection's queue and is
// sent when the server is back; an answer that says the outcome is not known (SERVICE_DEGRADED,
// no answer in time) makes it go again under the same id, which the server answers with its first
// answer (so a ticket is never admitted twice by one scan, and a resent scan is harmless).
class DoorScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DoorScanner)

public:
    explicit DoorScanner(ServerConnection *connection, QObject *parent = nullptr);
    ~DoorScanner() override;

    // The show the door admits for; nothing: any show of the day (verify_ticket without showId).
    void setShow(const std::optional<QString> &showId);
    std::optional<QString> show() const { return m_showId; }
    // Milliseconds before a scan whose outcome is unknown goes again (tests make it short).
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }

    // Trims the text (a scanner's code and Enter, or typed by hand) and sends it; returns the
    // scan's number, 0 when the text was blank (nothing happens).
    int scan(const QString &text);
    // The scans so far, the latest last (the last 200).
    const QList<DoorScan> &scans() const { return m_scans; }
    // Valid until the next scan (the list moves): copy what is kept.
    const DoorScan *scanNumber(int number) const;
    // Scans still waiting for their answer.
    int waiting() const;

Q_SIGNALS:
    void scanStarted(const Marquee::DoorScan &scan);
    void scanAnswered(const Marquee::DoorScan &scan);
    void waitingChanged(int waiting);

private:
    void send(int number, bool again);
    void answered(int number, const Result<AnyMessage> &reply);
    DoorScan *find(int number);

    ServerConnection *m_connection;
    std::optional<QString> m_showId;
    QList<DoorScan> m_scans;
    QHash<int, QJsonObject> m_bodies; // the request of each scan still waiting, for a resend
    int m_counter = 0;
    int m_retryDelayMs = 2000;
};

} // namespace Marquee

Q_DECLARE_METATYPE(Marquee::DoorScan)
