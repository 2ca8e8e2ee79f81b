#include "liveseatmap.h"

#include "layoutjson.h"
#include "localcache.h"
#include "seatmapscene.h"
#include "serverconnection.h"

#include <QtCore/QPointer>

namespace Marquee {

namespace {

QString layoutCacheKey(const Show &show)
{
    return QStringLiteral("layout:%1:%2").arg(show.auditoriumId).arg(show.layoutVersion);
}

QString snapshotCacheKey(const QString &showId)
{
    return QStringLiteral("snapshot:") + showId;
}

} // namespace

LiveSeatMap::LiveSeatMap(ServerConnection *connection, LocalCache *cache, SeatMapScene *scene, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_cache(cache)
    , m_scene(scene)
{
    connect(m_connection, &ServerConnection::showReset, this, &LiveSeatMap::resetMap);
    connect(m_connection, &ServerConnection::seatsChanged, this, &LiveSeatMap::onSeatsChanged);
}

LiveSeatMap::~LiveSeatMap() = default;

void LiveSeatMap::setShow(const Show &show)
{
    if (!m_show.id.isEmpty() && m_show.id != show.id)
        m_connection->unwatch(m_show.id);
    m_show = show;
    // Never the previous show's seats under this show's title: the map is empty until this show's
    // layout is drawn (from the cache at once, or when the server sends it).
    m_layoutKey.clear();
    m_scene->setSeatLayout(Layout {});
    if (show.id.isEmpty())
        return;
    loadLayout();
    m_connection->watch(show.id);
}

void LiveSeatMap::reloadIfEmpty()
{
    if (!m_show.id.isEmpty() && m_scene->seatCount() == 0)
        loadLayout();
}

void LiveSeatMap::loadLayout()
{
    const QString key = layoutCacheKey(m_show);
    if (const auto cached = m_cache ? m_cache->get(key) : std::nullopt) {
        applyLayout(*cached);
        // Offline: the last seat states seen, marked stale.
        if (m_connection->state() != ServerConnection::State::Connected) {
            if (const auto snapshot = m_cache->get(snapshotCacheKey(m_show.id))) {
                if (auto push = SnapshotPush::fromJson(*snapshot))
                    m_scene->applySnapshot(push->seats);
            }
            m_scene->setStale(true);
        }
        return;
    }
    GetLayoutRequest request;
    request.auditoriumId = m_show.auditoriumId;
    request.layoutVersion = m_show.layoutVersion;
    QPointer<LiveSeatMap> self(this);
    const QString showId = m_show.id;
    const qint64 version = m_show.layoutVersion;
    m_connection->call<GetLayoutReply>(request, [this, self, key, showId, version](const Result<GetLayoutReply> &reply) {
        if (!self || !reply)
            return;
        if (m_cache)
            m_cache->put(key, reply->layout);
        if (showId == m_show.id && version == m_show.layoutVersion)
            applyLayout(reply->layout);
    });
}

void LiveSeatMap::applyLayout(const QJsonObject &layoutJson)
{
    auto layout = layoutFromJson(layoutJson);
    if (!layout) {
        Q_EMIT layoutFailed(m_show.id, tr("The layout of this auditorium cannot be shown: %1").arg(layout.error().toString()));
        return;
    }
    QHash<QString, Money> prices;
    for (const CategoryPrice &p : std::as_const(m_show.prices))
        prices.insert(p.category, p.price);
    m_layoutKey = QStringLiteral("%1/%2").arg(m_show.auditoriumId).arg(m_show.layoutVersion);
    m_scene->setSeatLayout(*layout, prices);
    Q_EMIT layoutDrawn(m_show.id);
    if (const LiveShow *live = m_connection->show(m_show.id); live && live->version >= 0)
        resetMap(m_show.id);
}

void LiveSeatMap::resetMap(const QString &showId)
{
    if (showId != m_show.id || m_layoutKey.isEmpty())
        return; // the seats are applied once the layout is drawn
    const LiveShow *live = m_connection->show(showId);
    if (!live)
        return;
    if (live->layoutVersion > 0 && live->layoutVersion != m_show.layoutVersion) {
        // The show was moved onto another layout version (a manager published a new seating plan):
        // draw that version first; applyLayout() comes back here with the seats.
        m_show.layoutVersion = live->layoutVersion;
        Q_EMIT layoutVersionChanged(showId, live->layoutVersion);
        loadLayout();
        return;
    }
    SnapshotPush snapshot;
    snapshot.showId = showId;
    snapshot.version = live->version;
    snapshot.seats = live->seats.values();
    m_scene->applySnapshot(snapshot.seats);
    m_scene->setStale(false);
    if (m_cache)
        m_cache->put(snapshotCacheKey(showId), snapshot.toJson());
    Q_EMIT mapReset(showId);
}

void LiveSeatMap::onSeatsChanged(const QString &showId, const QList<SeatState> &changes)
{
    if (showId != m_show.id)
        return;
    m_scene->applyChanges(changes);
    Q_EMIT seatsChanged(showId, changes);
}

} // namespace Marquee
