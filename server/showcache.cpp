#include "showcache.h"

#include "database.h"
#include "logging.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>

#include <algorithm>
#include <vector>

namespace Marquee {

namespace {

// A change of the show's layout, as marquee_change_show_layout records it: [{"layout": version}].
bool isLayoutChange(const QJsonArray &changes)
{
    for (const QJsonValue &change : changes) {
        if (change.toObject().contains(QLatin1String("layout")))
            return true;
    }
    return false;
}

SeatStatus statusFromName(QStringView name)
{
    if (name == u"held")
        return SeatStatus::Held;
    if (name == u"sold")
        return SeatStatus::Sold;
    if (name == u"blocked")
        return SeatStatus::Blocked;
    return SeatStatus::Available;
}

SeatBlock blockFromName(QStringView name)
{
    if (name == u"house")
        return SeatBlock::House;
    if (name == u"blocked")
        return SeatBlock::Blocked;
    return SeatBlock::Layout;
}

// Why a seat is blocked and its note, as a change entry or a loaded row gives them (blocked seats
// only; a blocked seat without a reason is the layout's).
void readBlock(SeatState &state, const QJsonValue &block, const QJsonValue &note)
{
    if (state.status != SeatStatus::Blocked)
        return;
    state.block = blockFromName(block.toString());
    if (note.isString())
        state.note = note.toString();
}

} // namespace

ShowCache::ShowCache(Database *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

ShowCache::~ShowCache() = default;

SeatState ShowCache::seatStateFromChange(const QJsonObject &change)
{
    SeatState state;
    state.seatId = change.value(QLatin1String("seat")).toString();
    state.status = statusFromName(change.value(QLatin1String("state")).toString());
    if (state.status == SeatStatus::Held)
        state.heldBy = change.value(QLatin1String("by")).toString();
    readBlock(state, change.value(QLatin1String("block")), change.value(QLatin1String("note")));
    return state;
}

void ShowCache::ensureLoaded(qint64 showId, Ready ready)
{
    if (const auto it = m_shows.constFind(showId); it != m_shows.constEnd()) {
        ready((*it)->version);
        return;
    }
    auto &waiting = m_loading[showId];
    waiting.append(std::move(ready));
    if (waiting.size() == 1)
        load(showId);
}

void ShowCache::load(qint64 showId)
{
    m_database->call("load_show", {QByteArray::number(showId)}, [this, showId](Result<QJsonValue> result) {
        loaded(showId, result);
    });
}

void ShowCache::loaded(qint64 showId, const Result<QJsonValue> &result)
{
    const QList<Ready> waiting = m_loading.take(showId);
    Result<qint64> outcome = makeError(ErrorCode::Internal, {});
    if (!result) {
        outcome = result.error();
    } else if (!result->isObject()) {
        outcome = makeError(ErrorCode::NotFound, QStringLiteral("no show %1").arg(showId));
    } else {
        const QJsonObject doc = result->toObject();
        auto show = std::make_shared<Show>();
        show->version = doc.value(QLatin1String("version")).toInteger();
        show->layoutVersion = doc.value(QLatin1String("layoutVersion")).toInteger();
        show->status = doc.value(QLatin1String("status")).toString();
        const QJsonArray seats = doc.value(QLatin1String("seats")).toArray();
        show->seats.reserve(seats.size());
        for (const QJsonValue &v : seats) {
            const QJsonArray row = v.toArray();
            Seat seat;
            seat.status = statusFromName(row.at(1).toString());
            seat.heldBy = row.at(2).toString();
            seat.expiresMs = row.at(3).toInteger();
            seat.lastHolder = seat.heldBy;
            SeatState state { {}, seat.status, {} };
            readBlock(state, row.at(5), row.at(6));
            seat.block = state.block;
            seat.note = state.note;
            show->seats.insert(row.at(0).toString(), seat);
        }
        // Changes that arrived while loading; those older than what was read are dropped.
        show->pending = m_pendingWhileLoading.take(showId);
        m_shows.insert(showId, show);
        const Drained drained = drainInOrder(showId, *show);
        if (drained == Drained::LayoutChanged) {
            // Its layout changed while it was read: read it again; the waiting ones get that.
            m_shows.remove(showId);
            m_loading.insert(showId, waiting);
            load(showId);
            return;
        }
        if (drained == Drained::Gap)
            catchUp(showId);
        outcome = show->version;
    }
    for (const Ready &ready : waiting)
        ready(outcome);
}

bool ShowCache::isLoaded(qint64 showId) const
{
    return m_shows.contains(showId);
}

qint64 ShowCache::version(qint64 showId) const
{
    const auto it = m_shows.constFind(showId);
    return it == m_shows.constEnd() ? 0 : (*it)->version;
}

qint64 ShowCache::layoutVersion(qint64 showId) const
{
    const auto it = m_shows.constFind(showId);
    return it == m_shows.constEnd() ? 0 : (*it)->layoutVersion;
}

QList<qint64> ShowCache::loadedShows() const
{
    return m_shows.keys();
}

SnapshotPush ShowCache::snapshot(qint64 showId) const
{
    SnapshotPush push;
    push.showId = QString::number(showId);
    const auto it = m_shows.constFind(showId);
    if (it == m_shows.constEnd())
        return push;
    const Show &show = **it;
    push.version = show.version;
    if (show.layoutVersion > 0)
        push.layoutVersion = show.layoutVersion;
    push.seats.reserve(show.seats.size());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto s = show.seats.constBegin(); s != show.seats.constEnd(); ++s) {
        SeatState state;
        state.seatId = s.key();
        state.status = s->status;
        if (s->status == SeatStatus::Held) {
            if (s->expiresMs <= now)
                state.status = SeatStatus::Available; // expired: free before the sweeper says so
            else
                state.heldBy = s->heldBy;
        }
        state.block = s->block;
        state.note = s->note;
        push.seats.append(state);
    }
    return push;
}

std::optional<QList<DeltaPush>> ShowCache::deltasSince(qint64 showId, qint64 version) const
{
    const auto it = m_shows.constFind(showId);
    if (it == m_shows.constEnd())
        return std::nullopt;
    const Show &show = **it;
    if (version > show.version)
        return std::nullopt; // from the future: the client must start again
    if (version == show.version)
        return QList<DeltaPush>();
    if (show.recent.empty() || show.recent.front().fromVersion > version)
        return std::nullopt;
    QList<DeltaPush> out;
    for (const DeltaPush &d : show.recent) {
        if (d.fromVersion >= version)
            out.append(d);
    }
    return out;
}

void ShowCache::applyChange(qint64 showId, qint64 version, const QJsonArray &changes)
{
    const auto it = m_shows.find(showId);
    if (it == m_shows.end()) {
        // Being loaded: keep it in case the load read an older state.
        if (m_loading.contains(showId))
            m_pendingWhileLoading[showId].emplace(version, changes);
        return;
    }
    Show &show = **it;
    if (version <= show.version)
        return;
    show.pending.emplace(version, changes);
    drain(showId, show);
}

void ShowCache::drain(qint64 showId, Show &show)
{
    switch (drainInOrder(showId, show)) {
    case Drained::All:
        break;
    case Drained::Gap:
        catchUp(showId); // read what is missing
        break;
    case Drained::LayoutChanged:
        reload(showId);
        break;
    }
}

ShowCache::Drained ShowCache::drainInOrder(qint64 showId, Show &show)
{
    while (!show.pending.empty()) {
        auto first = show.pending.begin();
        if (first->first <= show.version) {
            show.pending.erase(first);
            continue;
        }
        if (first->first != show.version + 1)
            break;
        const QJsonArray changes = first->second;
        const qint64 version = first->first;
        show.pending.erase(first);
        if (isLayoutChange(changes))
            return Drained::LayoutChanged; // what follows is in the reloaded show
        apply(showId, show, version, changes);
    }
    return show.pending.empty() ? Drained::All : Drained::Gap;
}

void ShowCache::apply(qint64 showId, Show &show, qint64 version, const QJsonArray &changes)
{
    DeltaPush delta;
    delta.showId = QString::number(showId);
    delta.fromVersion = show.version;
    delta.toVersion = version;
    delta.changes.reserve(changes.size());
    for (const QJsonValue &v : changes) {
        const QJsonObject change = v.toObject();
        const SeatState state = seatStateFromChange(change);
        Seat &seat = show.seats[state.seatId];
        seat.status = state.status;
        seat.heldBy = state.heldBy.value_or(QString());
        if (state.status == SeatStatus::Held)
            seat.lastHolder = seat.heldBy;
        seat.expiresMs = change.value(QLatin1String("expires")).toInteger();
        seat.block = state.block;
        seat.note = state.note;
        delta.changes.append(state);
    }
    show.version = version;
    show.recent.push_back(delta);
    while (qsizetype(show.recent.size()) > RecentDeltas)
        show.recent.pop_front();
    Q_EMIT deltaReady(showId, delta);
}

bool ShowCache::isFree(qint64 showId, const QString &seatId) const
{
    const auto it = m_shows.constFind(showId);
    if (it == m_shows.constEnd())
        return false;
    const auto seat = (*it)->seats.constFind(seatId);
    if (seat == (*it)->seats.constEnd())
        return false;
    return seat->status == SeatStatus::Available
           || (seat->status == SeatStatus::Held && seat->expiresMs <= QDateTime::currentMSecsSinceEpoch());
}

std::optional<QJsonArray> ShowCache::sureConflicts(qint64 showId, const QStringList &seatIds,
                                                   const QString &terminal) const
{
    // A hold that expires within this margin may have expired when the database decides.
    constexpr qint64 expiryMarginMs = 5000;
    const auto it = m_shows.constFind(showId);
    if (it == m_shows.constEnd())
        return std::nullopt;
    const Show &show = **it;
    if (show.catchingUp || !show.pending.empty() || show.status != QLatin1String("on_sale"))
        return std::nullopt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<std::pair<QByteArray, SeatStatus>> taken; // seat ids are distinct (the protocol says so)
    for (const QString &id : seatIds) {
        const auto seat = show.seats.constFind(id);
        if (seat == show.seats.constEnd())
            return std::nullopt; // the database answers UNKNOWN_SEAT
        switch (seat->status) {
        case SeatStatus::Available:
            continue;
        case SeatStatus::Held:
            if (seat->heldBy == terminal || seat->expiresMs <= now + expiryMarginMs)
                return std::nullopt;
            break;
        case SeatStatus::Sold:
            if (seat->lastHolder == terminal)
                return std::nullopt; // maybe the retry of a hold that was sold since
            break;
        case SeatStatus::Blocked:
            break;
        }
        taken.emplace_back(id.toUtf8(), seat->status);
    }
    if (taken.empty())
        return std::nullopt;
    // The database's order: seat ids in its collation, C (bytewise) in Marquee's clusters.
    std::sort(taken.begin(), taken.end());
    QJsonArray out;
    for (const auto &[id, status] : taken) {
        out.append(QJsonObject {{QStringLiteral("seat"), QString::fromUtf8(id)},
                                {QStringLiteral("state"), status == SeatStatus::Held   ? QStringLiteral("held")
                                                              : status == SeatStatus::Sold ? QStringLiteral("sold")
                                                                                           : QStringLiteral("blocked")}});
    }
    return out;
}

void ShowCache::refreshStatus(qint64 showId)
{
    const auto it = m_shows.find(showId);
    if (it == m_shows.end())
        return;
    const std::shared_ptr<Show> show = *it;
    show->status.clear();
    const quint64 read = ++show->statusReads;
    m_database->call("show_status", {QByteArray::number(showId)}, [show, read](Result<QJsonValue> result) {
        if (result && read == show->statusReads)
            show->status = result->toObject().value(QLatin1String("status")).toString();
    });
}

void ShowCache::refreshAllStatuses()
{
    for (const qint64 show : m_shows.keys())
        refreshStatus(show);
}

void ShowCache::catchUp(qint64 showId)
{
    const auto it = m_shows.find(showId);
    if (it == m_shows.end() || (*it)->catchingUp)
        return;
    (*it)->catchingUp = true;
    const qint64 from = (*it)->version;
    m_database->call("changes_since", {QByteArray::number(showId), QByteArray::number(from)},
                     [this, showId](Result<QJsonValue> result) {
                         const auto found = m_shows.find(showId);
                         if (found == m_shows.end())
                             return;
                         const std::shared_ptr<Show> show = *found;
                         show->catchingUp = false;
                         if (!result) {
                             qCWarning(lcServer).noquote() << "catching up show" << showId << "failed:"
                                                           << result.error().message;
                             return;
                         }
                         for (const QJsonValue &v : result->toArray()) {
                             const QJsonObject row = v.toObject();
                             const qint64 version = row.value(QLatin1String("version")).toInteger();
                             if (version > show->version)
                                 show->pending.emplace(version, row.value(QLatin1String("changes")).toArray());
                         }
                         switch (drainInOrder(showId, *show)) {
                         case Drained::All:
                             show->repairAttempts = 0;
                             return;
                         case Drained::LayoutChanged:
                             reload(showId);
                             return;
                         case Drained::Gap:
                             break;
                         }
                         // Changes committed after this read began (their own replies may still
                         // be on their way) fill the gap on the next read: try a few times.
                         if (++show->repairAttempts < 5) {
                             QTimer::singleShot(20 * show->repairAttempts, this, [this, showId] { catchUp(showId); });
                             return;
                         }
                         // Still a gap: the record of changes lacks it. Start afresh from the seats.
                         qCWarning(lcServer) << "show" << showId << "could not be repaired; reloading";
                         reload(showId);
                     });
}

void ShowCache::reload(qint64 showId)
{
    m_shows.remove(showId);
    m_reloading.insert(showId);
    ensureLoaded(showId, [this, showId](const Result<qint64> &loaded) {
        if (!m_reloading.contains(showId))
            return; // evicted meanwhile
        if (loaded || loaded.error().code == ErrorCode::NotFound) {
            m_reloading.remove(showId);
            if (loaded)
                Q_EMIT showReloaded(showId);
            return;
        }
        // The database is away: the terminals keep what they have until it is back.
        qCWarning(lcServer).noquote() << "reloading show" << showId << "failed:" << loaded.error().message;
        QTimer::singleShot(1000, this, [this, showId] {
            if (m_reloading.contains(showId) && !m_shows.contains(showId))
                reload(showId);
        });
    });
}

void ShowCache::evict(qint64 showId)
{
    m_shows.remove(showId);
    m_reloading.remove(showId);
}

} // namespace Marquee
