#pragma once

#include "protocol.h"

#include <QtCore/QHash>
#include <QtCore/QMap>
#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QStringList>

class QUrl;

namespace Marquee {
class ServerConnection;
}

namespace Marquee::Test {

// A box-office terminal under steady load for the fault tests, on the client's real connection
// (ServerConnection: reconnect with back-off, resume, resubscribe, requests resent with their ids).
// It holds its own seats of one show one or two at a time and sells most holds (cash, every third
// sale by card), leaving every fourth hold open; it writes down what the server acknowledged.
// An answer that says "the database is unreachable" (SERVICE_DEGRADED, also the connection's own
// time-out) leaves the outcome open: the request is sent again with the same id until it is
// answered, so that every request ends with exactly one decided answer.
class LoadTerminal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadTerminal)

public:
    LoadTerminal(QString terminalId, QString user, QString password, QString showId, QStringList seats,
                 QObject *parent = nullptr);
    ~LoadTerminal() override;

    ServerConnection &connection() { return *m_connection; }
    const ServerConnection &connection() const { return *m_connection; }
    // Connects, signs in and watches the show; the load starts with run().
    void open(const QUrl &url);
    bool isSignedIn() const;
    bool isConnected() const;
    void setPauseMs(int ms) { m_pauseMs = ms; }
    void run();
    // No new hold after the one in progress.
    void stop();
    // Stopped, and no request waits for its answer.
    bool isIdle() const { return !m_running && !m_busy; }
    int requestsDone() const { return m_done; }

    // What the server acknowledged: sales (sale id -> seats), holds (hold id -> seats) and the
    // holds left open (not sold).
    const QHash<QString, QStringList> &sales() const { return m_sales; }
    const QHash<QString, QStringList> &holds() const { return m_holds; }
    const QHash<QString, QStringList> &openHolds() const { return m_openHolds; }
    QSet<QString> cardSales() const { return m_cardSales; }
    // Error answers by code (SERVICE_DEGRADED ...), retried or not.
    const QMap<QString, int> &errors() const { return m_errors; }
    // Answers that break a promise (a resent hold refused as if another had its seats, ...).
    const QStringList &unexpected() const { return m_unexpected; }
    int notices(NoticeKind kind) const { return m_notices.value(int(kind)); }
    // Times the connection was lost, and the longest time from losing it to being signed in again
    // with the session resumed.
    int outages() const { return m_outages; }
    qint64 longestOutageMs() const { return m_longestOutageMs; }

private:
    void nextHold();
    void hold(const QString &id, const HoldRequest &request);
    void sell(const QString &id, const SellRequest &request, const QStringList &seats);
    // A retryable answer: the same request again with the same id, a little later.
    bool retried(const Result<AnyMessage> &reply, const std::function<void()> &again);
    void unexpected(const QString &what, const Result<AnyMessage> &reply);
    void later(const std::function<void()> &step, int ms);

    ServerConnection *m_connection;
    QString m_user;
    QString m_password;
    QString m_showId;
    QStringList m_seats;
    int m_next = 0;
    int m_round = 0;
    int m_salesMade = 0;
    int m_pauseMs = 150;
    bool m_running = false;
    bool m_busy = false;
    int m_done = 0;
    QHash<QString, QStringList> m_sales;
    QHash<QString, QStringList> m_holds;
    QHash<QString, QStringList> m_openHolds;
    QSet<QString> m_cardSales;
    QMap<QString, int> m_errors;
    QStringList m_unexpected;
    QHash<int, int> m_notices;
    int m_outages = 0;
    qint64 m_lostAtMs = 0;
    qint64 m_longestOutageMs = 0;
};

} // namespace Marquee::Test
