#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace Marquee {

// What the terminal last knew of venues, layouts, shows and seat maps, in SQLite (Qt Sql), so that
// it starts fast and, while offline, shows the last known map marked as stale. Nothing is ever
// sold from the cache.
class LocalCache
{
public:
    // An empty path keeps the cache in memory (tests).
    explicit LocalCache(const QString &path);
    ~LocalCache();
    LocalCache(const LocalCache &) = delete;
    LocalCache &operator=(const LocalCache &) = delete;

    bool isOpen() const { return m_open; }
    void put(const QString &key, const QJsonObject &value);
    std::optional<QJsonObject> get(const QString &key) const;
    // When the value was stored (UTC), or an invalid time.
    QDateTime storedAt(const QString &key) const;

    static QString defaultPath();

private:
    QString m_connection;
    bool m_open = false;
};

} // namespace Marquee
