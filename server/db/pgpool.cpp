#include "pgpool.h"

#include "dblogging.h"

#include <QtCore/QSocketNotifier>
#include <QtCore/QTimer>

#include <libpq-fe.h>

#include <algorithm>

namespace Marquee {

namespace {

PgReply failedReply(const QString &sqlState, const QString &message)
{
    PgReply reply;
    reply.ok = false;
    reply.sqlState = sqlState;
    reply.message = message;
    return reply;
}

const QString connectionFailure = QStringLiteral("08006");

} // namespace

// One non-blocking connection: connect -> prepare every statement -> idle <-> busy.
class PgPool::Connection
{
public:
    enum class State { Down, Connecting, Preparing, Idle, Busy };

    Connection(PgPool *pool, int index)
        : m_pool(pool)
        , m_index(index)
    {
        m_retry.setSingleShot(true);
        QObject::connect(&m_retry, &QTimer::timeout, pool, [this] { open(); });
        m_deadline.setSingleShot(true);
        QObject::connect(&m_deadline, &QTimer::timeout, pool, [this] { timedOut(); });
    }

    ~Connection() { close(); }

    State state() const { return m_state; }
    bool isUp() const { return m_state == State::Idle || m_state == State::Busy; }

    void open()
    {
        close();
        if (m_pool->m_endpoints.isValid()) {
            const PgEndpoints::Params params = m_pool->m_endpoints.params();
            m_conn.reset(PQconnectStartParams(params.keywords.data(), params.values.data(), 0));
        } else {
            const QByteArray conninfo = m_pool->m_conninfo.toUtf8();
            m_conn.reset(PQconnectStart(conninfo.constData()));
        }
        if (!m_conn || PQstatus(m_conn.get()) == CONNECTION_BAD) {
            lost(m_conn ? QString::fromUtf8(PQerrorMessage(m_conn.get())) : QStringLiteral("out of memory"));
            return;
        }
        PQsetnonblocking(m_conn.get(), 1);
        m_state = State::Connecting;
        m_deadline.start(m_pool->m_endpoints.connectTimeoutMs());
        watch(PGRES_POLLING_WRITING);
    }

    void run(Request request)
    {
        Q_ASSERT(m_state == State::Idle);
        m_current = std::move(request);
        std::vector<const char *> values;
        values.reserve(std::size_t(m_current.parameters.size()));
        for (const QByteArray &p : std::as_const(m_current.parameters))
            values.push_back(p.isNull() ? nullptr : p.constData());
        if (!PQsendQueryPrepared(m_conn.get(), m_current.statement.constData(), int(values.size()),
                                 values.data(), nullptr, nullptr, 0)) {
            lost(QString::fromUtf8(PQerrorMessage(m_conn.get())));
            return;
        }
        m_state = State::Busy;
        flush();
    }

private:
    void close()
    {
        m_deadline.stop();
        m_readNotifier.reset();
        m_writeNotifier.reset();
        m_conn.reset();
        m_state = State::Down;
    }

    void watch(PostgresPollingStatusType want)
    {
        const int fd = PQsocket(m_conn.get());
        if (fd < 0) {
            lost(QStringLiteral("no socket"));
            return;
        }
        if (!m_readNotifier || m_readNotifier->socket() != fd) {
            m_readNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read);
            m_writeNotifier = std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Write);
            QObject::connect(m_readNotifier.get(), &QSocketNotifier::activated, m_pool, [this] { readable(); });
            QObject::connect(m_writeNotifier.get(), &QSocketNotifier::activated, m_pool, [this] { writable(); });
        }
        m_readNotifier->setEnabled(want == PGRES_POLLING_READING || m_state != State::Connecting);
        m_writeNotifier->setEnabled(want == PGRES_POLLING_WRITING);
    }

    void poll()
    {
        const PostgresPollingStatusType status = PQconnectPoll(m_conn.get());
        switch (status) {
        case PGRES_POLLING_FAILED:
            lost(QString::fromUtf8(PQerrorMessage(m_conn.get())));
            return;
        case PGRES_POLLING_OK:
            m_deadline.stop();
            m_state = State::Preparing;
            m_prepared = 0;
            watch(PGRES_POLLING_READING);
            prepareNext();
            return;
        default:
            watch(status);
            return;
        }
    }

    void prepareNext()
    {
        if (m_prepared > m_pool->m_statements.size()
            || (m_prepared == m_pool->m_statements.size() && m_pool->m_setupSql.isEmpty())) {
            m_state = State::Idle;
            m_backoffMs = 0;
            m_writeNotifier->setEnabled(false);
            m_pool->connectionStateChanged();
            return;
        }
        if (m_prepared == m_pool->m_statements.size()) {
            // The session set-up counts as one more statement to prepare.
            if (!PQsendQuery(m_conn.get(), m_pool->m_setupSql.constData())) {
                lost(QString::fromUtf8(PQerrorMessage(m_conn.get())));
                return;
            }
            flush();
            return;
        }
        const PreparedStatement &s = m_pool->m_statements[m_prepared];
        if (!PQsendPrepare(m_conn.get(), s.name.constData(), s.sql.constData(), 0, nullptr)) {
            lost(QString::fromUtf8(PQerrorMessage(m_conn.get())));
            return;
        }
        flush();
    }

    void flush()
    {
        const int pending = PQflush(m_conn.get());
        if (pending < 0) {
            lost(QString::fromUtf8(PQerrorMessage(m_conn.get())));
            return;
        }
        m_writeNotifier->setEnabled(pending == 1);
    }

    void writable()
    {
        if (m_state == State::Connecting)
            poll();
        else
            flush();
    }

    void readable()
    {
        if (m_state == State::Connecting) {
            poll();
            return;
        }
        if (!PQconsumeInput(m_conn.get())) {
            lost(QString::fromUtf8(PQerrorMessage(m_conn.get())));
            return;
        }
        while (PGnotify *n = PQnotifies(m_conn.get())) {
            const QString channel = QString::fromUtf8(n->relname);
            const QString payload = QString::fromUtf8(n->extra);
            PQfreemem(n);
            Q_EMIT m_pool->notified(channel, payload);
        }
        while (!PQisBusy(m_conn.get())) {
            PGresult *raw = PQgetResult(m_conn.get());
            if (!raw) {
                finished();
                return;
            }
            collect(raw);
        }
    }

    void collect(PGresult *raw)
    {
        std::unique_ptr<pg_result, PgResultDeleter> result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            if (m_state == State::Busy && !m_replied) {
                m_reply.ok = true;
                m_reply.result = PgResult(result.release());
                m_replied = true;
            }
            return;
        }
        const char *state = PQresultErrorField(raw, PG_DIAG_SQLSTATE);
        const QString sqlState = state ? QString::fromLatin1(state) : QString();
        const QString message = QString::fromUtf8(PQresultErrorMessage(raw)).trimmed();
        if (m_state == State::Preparing) {
            qCCritical(lcDatabase).noquote() << "cannot prepare statement"
                                           << m_pool->m_statements.value(m_prepared).name << ":" << message;
        }
        if (!m_replied) {
            m_reply = failedReply(sqlState, message);
            m_replied = true;
        }
    }

    // The end of a statement's results (PQgetResult returned null).
    void finished()
    {
        if (m_state == State::Preparing) {
            if (m_replied && !m_reply.ok) {
                // A statement that does not prepare is a bug or a schema mismatch: keep retrying
                // slowly rather than serving with a half-prepared connection.
                m_replied = false;
                lost(QStringLiteral("statement preparation failed"));
                return;
            }
            m_replied = false;
            ++m_prepared;
            prepareNext();
            return;
        }
        if (m_state != State::Busy)
            return;
        Callback done = std::move(m_current.done);
        PgReply reply = m_replied ? std::move(m_reply) : failedReply(QString(), QStringLiteral("no result"));
        m_reply = PgReply();
        m_replied = false;
        m_current = Request();
        m_state = State::Idle;
        done(std::move(reply));
        m_pool->dispatch();
    }

    // connect_timeout ran out while libpq was still connecting (a host that does not answer at
    // all): the host it was on goes last, and the attempt starts again after the back-off.
    void timedOut()
    {
        if (m_state != State::Connecting || !m_conn)
            return;
        const QString host = QString::fromUtf8(PQhost(m_conn.get()));
        const QString port = QString::fromUtf8(PQport(m_conn.get()));
        m_pool->m_endpoints.demote(host, port);
        lost(QStringLiteral("no answer from %1:%2 within %3 s (connect_timeout); trying %4 next")
                 .arg(host, port)
                 .arg(m_pool->m_endpoints.connectTimeoutMs() / 1000)
                 .arg(m_pool->m_endpoints.hosts().join(QStringLiteral(", "))));
    }

    void lost(const QString &why)
    {
        const bool wasUp = isUp();
        const State was = m_state;
        qCWarning(lcDatabase).noquote() << "database connection" << m_index << "lost:" << why.trimmed();
        close();
        if (was == State::Busy && m_current.done) {
            Callback done = std::move(m_current.done);
            m_current = Request();
            m_replied = false;
            m_pool->failLater(std::move(done), QStringLiteral("the database connection was lost: ") + why.trimmed());
        }
        // At most 1 s between attempts: a failover's new primary (or a restarted database) is
        // found within a second of taking writes; an attempt costs a refused or timed-out connect.
        m_backoffMs = std::clamp(m_backoffMs * 2, 100, 1000);
        m_retry.start(m_backoffMs);
        if (wasUp)
            m_pool->connectionStateChanged();
    }

    PgPool *m_pool;
    int m_index;
    std::unique_ptr<pg_conn, PgConnDeleter> m_conn;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    State m_state = State::Down;
    qsizetype m_prepared = 0;
    Request m_current;
    PgReply m_reply;
    bool m_replied = false;
    QTimer m_retry;
    QTimer m_deadline; // connect_timeout of the attempt in progress
    int m_backoffMs = 0;
};

PgPool::PgPool(QString conninfo, int size, QList<PreparedStatement> statements, QObject *parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
    , m_endpoints(m_conninfo)
    , m_statements(std::move(statements))
{
    for (int i = 0; i < std::max(size, 1); ++i)
        m_connections.push_back(std::make_unique<Connection>(this, i));
}

PgPool::~PgPool()
{
    // The owner is going away: its callbacks must not run any more (they would reach into a
    // half-destroyed object). What was not sent was not done; clients retry with their ids.
    m_queue.clear();
    m_connections.clear();
}

void PgPool::start()
{
    for (auto &c : m_connections)
        c->open();
}

void PgPool::execute(const QByteArray &statement, QList<QByteArray> parameters, Callback done)
{
    if (m_everHealthy && !m_healthy) {
        failLater(std::move(done), QStringLiteral("the database is unreachable"));
        return;
    }
    m_queue.enqueue(Request{statement, std::move(parameters), std::move(done)});
    // Dispatch from the event loop so that callbacks never run inside execute().
    QMetaObject::invokeMethod(this, &PgPool::dispatch, Qt::QueuedConnection);
}

void PgPool::dispatch()
{
    for (auto &c : m_connections) {
        if (m_queue.isEmpty())
            return;
        if (c->state() == Connection::State::Idle)
            c->run(m_queue.dequeue());
    }
}

void PgPool::failLater(Callback done, const QString &message)
{
    QMetaObject::invokeMethod(
        this, [done = std::move(done), message] { done(failedReply(connectionFailure, message)); },
        Qt::QueuedConnection);
}

void PgPool::connectionStateChanged()
{
    const bool healthy = std::any_of(m_connections.begin(), m_connections.end(),
                                     [](const auto &c) { return c->isUp(); });
    if (healthy != m_healthy) {
        m_healthy = healthy;
        if (healthy)
            m_everHealthy = true;
        qCInfo(lcDatabase) << (healthy ? "database reachable" : "database unreachable");
        Q_EMIT healthChanged(healthy);
        if (!healthy) {
            // Nothing can run now: answer the waiting requests instead of letting them hang.
            while (!m_queue.isEmpty()) {
                Request r = m_queue.dequeue();
                failLater(std::move(r.done), QStringLiteral("the database is unreachable"));
            }
        }
    }
    dispatch();
}

} // namespace Marquee
