#pragma once

#include "protocol.h"

#include <QtCore/QObject>

namespace Marquee {

class LocalCache;
class SeatMapScene;
class ServerConnection;

// One show's live seat map in a SeatMapScene, as the box office and the back office show it: the
// show's layout version drawn (from the local cache at once, or fetched with get_layout), the show
// watched on the connection (snapshots and deltas applied as they come, also across reconnects),
// and a show moved onto another layout version drawn again. Offline, the map shows the seat states
// last seen on this terminal, marked stale.
class LiveSeatMap final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveSeatMap)

public:
    // `cache` may be null: nothing is kept for offline use then.
    LiveSeatMap(ServerConnection *connection, LocalCache *cache, SeatMapScene *scene, QObject *parent = nullptr);
    ~LiveSeatMap() override;

    // Shows this show (and stops watching the one before); the map is empty until its layout is
    // drawn. A show without an id shows nothing.
    void setShow(const Show &show);
    const Show &show() const { return m_show; }
    QString showId() const { return m_show.id; }
    // Draws the layout again when none is drawn yet (after a sign-in, when nothing was cached).
    void reloadIfEmpty();

Q_SIGNALS:
    // The show's layout is drawn (its seats are live once mapReset() follows).
    void layoutDrawn(const QString &showId);
    // The layout could not be read; `message` says why, in the user's language.
    void layoutFailed(const QString &showId, const QString &message);
    // Every seat's state was set anew (a snapshot, a resync).
    void mapReset(const QString &showId);
    // Some seats changed (a delta), after the scene shows them.
    void seatsChanged(const QString &showId, const QList<Marquee::SeatState> &changes);
    // The show was moved onto another layout version; the map is being drawn anew.
    void layoutVersionChanged(const QString &showId, qint64 layoutVersion);

private:
    void loadLayout();
    void applyLayout(const QJsonObject &layoutJson);
    void resetMap(const QString &showId);
    void onSeatsChanged(const QString &showId, const QList<SeatState> &changes);

    ServerConnection *m_connection;
    LocalCache *m_cache;
    SeatMapScene *m_scene;
    Show m_show;
    QString m_layoutKey; // auditorium/version of the layout drawn; empty: none
};

} // namespace Marquee
