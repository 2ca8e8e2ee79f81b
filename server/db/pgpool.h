#pragma once

#include "pgconnection.h"
#include "pgendpoints.h"

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QQueue>

#include <functional>
#include <memory>
#include <vector>

namespace Marquee {

// The answer to one statement: its rows, or the SQLSTATE and message of its failure.
struct PgReply
{
    bool ok = false;
    QString sqlState; // "23505" (unique violation), "08006" (connection lost), ...
    QString message;
    PgResult result;
};

struct PreparedStatement
{
    QByteArray name;
    QByteArray sql;
};

// A small pool of non-blocking libpq connections driven by the event loop: requests queue and go to
// the next idle connection, so one slow statement never stalls the others or the pushes.
// Statements are prepared on every connection when it opens; only prepared statements run.
// Lost connections fail their statement (ServiceDegraded, retryable by the client's request id)
// and reconnect with back-off. A connection attempt gets connect_timeout (PgEndpoints), after
// which the host it was stuck on is tried last.
class PgPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PgPool)

public:
    using Callback = std::function<void(PgReply &&)>;

    PgPool(QString conninfo, int size, QList<PreparedStatement> statements, QObject *parent = nullptr);
    ~PgPool() override;

    // SQL run on every connection once it is open and its statements are prepared (e.g. LISTEN).
    void setSessionSetup(const QByteArray &sql) { m_setupSql = sql; }
    void start();
    // A null QByteArray parameter is SQL NULL. `done` runs on the event loop, never inside execute().
    void execute(const QByteArray &statement, QList<QByteArray> parameters, Callback done);

    bool isHealthy() const { return m_healthy; }
    int queued() const { return int(m_queue.size()); }
    int size() const { return int(m_connections.size()); }

Q_SIGNALS:
    void healthChanged(bool healthy);
    // A NOTIFY on a channel that a connection LISTENs to.
    void notified(const QString &channel, const QString &payload);

private:
    class Connection;
    struct Request
    {
        QByteArray statement;
        QList<QByteArray> parameters;
        Callback done;
    };

    void dispatch();
    void connectionStateChanged();
    void failLater(Callback done, const QString &message);

    QString m_conninfo;
    PgEndpoints m_endpoints; // the hosts of m_conninfo, in the order the next attempt tries them
    QList<PreparedStatement> m_statements;
    QByteArray m_setupSql;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QQueue<Request> m_queue;
    bool m_healthy = false;
    bool m_everHealthy = false;
};

} // namespace Marquee
