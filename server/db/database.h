#pragma once

#include "result.h"

#include <QtCore/QJsonValue>
#include <QtCore/QObject>

#include <functional>

namespace Marquee {

class PgPool;
struct PgReply;

// The server's queries and seat operations: named prepared statements on a pool of non-blocking
// connections. Every statement returns one JSON text column, which arrives parsed.
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    using Callback = std::function<void(Result<QJsonValue>)>;

    Database(const QString &url, int connections, QObject *parent = nullptr);
    ~Database() override;

    void start();
    bool isHealthy() const;
    int queued() const;

    // Runs the named statement (see database.cpp) with text parameters; a null QByteArray is NULL.
    // Deadlocks and serialization failures are retried (the transaction was rolled back).
    void call(const QByteArray &statement, const QList<QByteArray> &parameters, Callback done);

    // A text[] literal for a list of ids.
    static QByteArray textArray(const QStringList &items);

Q_SIGNALS:
    void healthChanged(bool healthy);

private:
    void run(const QByteArray &statement, const QList<QByteArray> &parameters, Callback done, int attempt);

    PgPool *m_pool;
};

} // namespace Marquee
