#pragma once

#include "result.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <memory>

struct pg_conn;
struct pg_result;

namespace Marquee {

struct PgConnDeleter
{
    void operator()(pg_conn *connection) const;
};
struct PgResultDeleter
{
    void operator()(pg_result *result) const;
};

// The rows of one statement's result (text format).
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);

    int rowCount() const;
    int columnCount() const;
    bool isNull(int row, int column) const;
    QString value(int row, int column) const;
    qint64 affectedRows() const;

private:
    std::unique_ptr<pg_result, PgResultDeleter> m_result;
};

// One blocking connection to PostgreSQL through libpq, for set-up work (migrations, seeding,
// administration, tests). The server's request path uses its own non-blocking connections.
class PgConnection
{
public:
    // url: a libpq connection URI or key=value string.
    static Result<PgConnection> connect(const QString &url);

    PgConnection(PgConnection &&) noexcept = default;
    PgConnection &operator=(PgConnection &&) noexcept = default;
    ~PgConnection();

    // Runs one statement with text parameters ($1, $2, ...). A null QString is SQL NULL.
    Result<PgResult> exec(const QString &sql, const QList<QString> &parameters = {});
    // Runs several statements without parameters (schema scripts).
    Status execScript(const QString &sql);

    // "name" quoted as an SQL identifier.
    static QString quoteIdentifier(const QString &name);
    int serverVersion() const;

private:
    explicit PgConnection(pg_conn *connection);

    std::unique_ptr<pg_conn, PgConnDeleter> m_connection;
};

} // namespace Marquee
