#pragma once

#include "protocol.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QObject>
#include <QtCore/QSet>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Marquee {

class Database;

// The live seat state of the shows that terminals watch, kept in memory and exact by the change
// stream (the changes this process commits, and those other processes announce), so that a
// snapshot costs no database read. Changes apply strictly in version order; a gap is repaired from
// the database's record of changes before anything after it is pushed. A change of the show's
// layout (change_show_layout, recorded as [{"layout": version}]) reloads the show: its seats are
// others now, so it is never given as a delta, and terminals get a snapshot (showReloaded).
class ShowCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowCache)

public:
    // How many recent deltas per show are kept for reconnecting terminals.
    static constexpr qsizetype RecentDeltas = 1024;

    explicit ShowCache(Database *database, QObject *parent = nullptr);
    ~ShowCache() override;

    using Ready = std::function<void(const Result<qint64> &version)>;
    // Loads the show unless it is loaded; `ready` gets its version (or NOT_FOUND / SERVICE_DEGRADED).
    void ensureLoaded(qint64 showId, Ready ready);
    bool isLoaded(qint64 showId) const;
    qint64 version(qint64 showId) const;
    // The layout version the show uses (0 when it is not loaded).
    qint64 layoutVersion(qint64 showId) const;
    QList<qint64> loadedShows() const;

    // Every seat; holds that have expired count as available already.
    SnapshotPush snapshot(qint64 showId) const;
    // The deltas after `version`, or nothing when they are no longer kept.
    std::optional<QList<DeltaPush>> deltasSince(qint64 showId, qint64 version) const;

    // A committed change: {"seat", "state", "hold", "by", "expires", "block", "note"} entries at `version`.
    void applyChange(qint64 showId, qint64 version, const QJsonArray &changes);
    // Reads what changed since the cached version (after a notification, or to check).
    void catchUp(qint64 showId);
    // Drops a show nobody watches any more.
    void evict(qint64 showId);

    // Group decisions' sure conflicts (issue 11): the seats of `seatIds` that are surely taken, as
    // the database would list them for a new hold by `terminal` ([{"seat", "state"}] in seat
    // order), or nothing when the cache cannot be sure: the show is not loaded, behind (a known
    // gap, catching up), not known to be on sale, a seat is unknown, held by `terminal` itself
    // (a retried request), or held by a hold that may have expired by the time the database would
    // decide; and nothing when no seat is taken.
    // Whether the seat is free now as far as this process knows (available, or held by a hold that
    // has expired); false for an unknown seat or show.
    bool isFree(qint64 showId, const QString &seatId) const;
    std::optional<QJsonArray> sureConflicts(qint64 showId, const QStringList &seatIds, const QString &terminal) const;
    // The show's sale status changed or may have (a "show:<id>" notification, the change feed back):
    // no sure answers until it is read again.
    void refreshStatus(qint64 showId);
    void refreshAllStatuses();

    // Turns a change entry into the protocol's seat state.
    static SeatState seatStateFromChange(const QJsonObject &change);

Q_SIGNALS:
    // A delta, in version order per show, for the terminals that watch the show.
    void deltaReady(qint64 showId, const Marquee::DeltaPush &delta);
    // The show was reloaded from scratch (its layout changed, or a gap could not be repaired):
    // send snapshots.
    void showReloaded(qint64 showId);

private:
    struct Seat
    {
        SeatStatus status = SeatStatus::Available;
        QString heldBy;
        qint64 expiresMs = 0;
        std::optional<SeatBlock> block; // blocked seats: why
        std::optional<QString> note;
        QString lastHolder; // the terminal of the seat's latest hold (kept when it is sold)
    };
    struct Show
    {
        qint64 version = 0;
        qint64 layoutVersion = 0;
        QHash<QString, Seat> seats;
        std::deque<DeltaPush> recent;
        std::map<qint64, QJsonArray> pending; // versions that arrived ahead of a gap
        QString status;          // shows.status; empty while unknown (being read)
        quint64 statusReads = 0; // the latest read of the status wins
        bool catchingUp = false;
        int repairAttempts = 0;
    };

    void load(qint64 showId);
    void loaded(qint64 showId, const Result<QJsonValue> &result);
    enum class Drained { All, Gap, LayoutChanged };
    // Applies pending changes in order, up to a gap or a change of the layout.
    Drained drainInOrder(qint64 showId, Show &show);
    // drainInOrder(), then repairs a gap or reloads after a layout change (`show` may be gone then).
    void drain(qint64 showId, Show &show);
    void apply(qint64 showId, Show &show, qint64 version, const QJsonArray &changes);
    // Reads the show afresh and announces it (showReloaded); tries again while the database is away.
    void reload(qint64 showId);

    Database *m_database;
    QHash<qint64, std::shared_ptr<Show>> m_shows;
    QHash<qint64, QList<Ready>> m_loading;
    QHash<qint64, std::map<qint64, QJsonArray>> m_pendingWhileLoading;
    QSet<qint64> m_reloading;
};

} // namespace Marquee
