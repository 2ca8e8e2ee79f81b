#include "pgconnection.h"

#include <libpq-fe.h>

#include <vector>

namespace Marquee {

namespace {

Error pgError(const char *what, const char *detail)
{
    return makeError(ErrorCode::ServiceDegraded,
                     QString::fromUtf8(what) + QStringLiteral(": ") + QString::fromUtf8(detail).trimmed());
}

} // namespace

void PgConnDeleter::operator()(pg_conn *connection) const
{
    PQfinish(connection);
}

void PgResultDeleter::operator()(pg_result *result) const
{
    PQclear(result);
}

PgResult::PgResult(pg_result *result)
    : m_result(result)
{
}

int PgResult::rowCount() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columnCount() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QString PgResult::value(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

PgConnection::PgConnection(pg_conn *connection)
    : m_connection(connection)
{
}

PgConnection::~PgConnection() = default;

Result<PgConnection> PgConnection::connect(const QString &url)
{
    const QByteArray conninfo = url.toUtf8();
    pg_conn *raw = PQconnectdb(conninfo.constData());
    PgConnection connection(raw);
    if (!raw)
        return makeError(ErrorCode::ServiceDegraded, QStringLiteral("out of memory connecting to PostgreSQL"));
    if (PQstatus(raw) != CONNECTION_OK)
        return pgError("cannot connect to PostgreSQL", PQerrorMessage(raw));
    return connection;
}

Result<PgResult> PgConnection::exec(const QString &sql, const QList<QString> &parameters)
{
    const QByteArray statement = sql.toUtf8();
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(std::size_t(parameters.size()));
    values.reserve(std::size_t(parameters.size()));
    for (const QString &p : parameters) {
        storage.push_back(p.toUtf8());
        values.push_back(p.isNull() ? nullptr : storage.back().constData());
    }
    std::unique_ptr<pg_result, PgResultDeleter> result(
        PQexecParams(m_connection.get(), statement.constData(), int(values.size()), nullptr,
                     values.data(), nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        return pgError("SQL failed", result ? PQresultErrorMessage(result.get())
                                            : PQerrorMessage(m_connection.get()));
    }
    return PgResult(result.release());
}

Status PgConnection::execScript(const QString &sql)
{
    const QByteArray script = sql.toUtf8();
    std::unique_ptr<pg_result, PgResultDeleter> result(PQexec(m_connection.get(), script.constData()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return pgError("SQL script failed", PQresultErrorMessage(result.get()));
    return {};
}

QString PgConnection::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_connection.get());
}

} // namespace Marquee
