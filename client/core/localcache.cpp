#include "localcache.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimeZone>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace Marquee {

namespace {
Q_LOGGING_CATEGORY(lcCache, "marquee.client.cache", QtInfoMsg)
}

LocalCache::LocalCache(const QString &path)
    : m_connection(QStringLiteral("marquee-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!path.isEmpty())
        QDir().mkpath(QFileInfo(path).absolutePath());
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!db.open()) {
        qCWarning(lcCache).noquote() << "cannot open the local cache:" << db.lastError().text();
        return;
    }
    QSqlQuery query(db);
    m_open = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, value TEXT NOT NULL,"
                                       " stored_at INTEGER NOT NULL)"));
    if (!m_open)
        qCWarning(lcCache).noquote() << "cannot create the local cache:" << query.lastError().text();
}

LocalCache::~LocalCache()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString LocalCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/cache.sqlite");
}

void LocalCache::put(const QString &key, const QJsonObject &value)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO cache (key, value, stored_at) VALUES (?, ?, ?)"));
    query.addBindValue(key);
    query.addBindValue(QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        qCWarning(lcCache).noquote() << "cannot store" << key << ":" << query.lastError().text();
}

std::optional<QJsonObject> LocalCache::get(const QString &key) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT value FROM cache WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

QDateTime LocalCache::storedAt(const QString &key) const
{
    if (!m_open)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT stored_at FROM cache WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::utc());
}

} // namespace Marquee
