// Blocked and house seats of a show (managers and admins), and live show lists (every role). The
// database blocks and releases in one function each (server/db/sql/012_show_seat_blocks.sql) and
// records the change like any other seat change: committed() pushes it to every watching terminal
// and announces it to the other server processes. Show-level changes reach the watchers of every
// process through the change feed: a trigger on shows NOTIFYs 'show:<id>' (onShowsChanged()).
#include "syncserver.h"

#include "database.h"
#include "logging.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"
#include "showcache.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <algorithm>

namespace Marquee {

namespace {

QStringList seatList(const QJsonValue &seats)
{
    QStringList out;
    for (const QJsonValue &seat : seats.toArray())
        out.append(seat.toString());
    return out;
}

QByteArray blockKindName(SeatBlock kind)
{
    return kind == SeatBlock::House ? "house" : "blocked";
}

} // namespace

void SyncServer::handleBlockSeats(Session &session, const QString &id, const QByteArray &hash,
                                  const BlockSeatsRequest &request)
{
    const auto show
        = editableId(session, id, QStringLiteral("show"), request.showId, QLatin1StringView("showId"));
    if (!show)
        return;
    Reply reply = replier(session, id);
    runOperation("block_seats",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*show),
                   Database::textArray(request.seatIds), blockKindName(request.kind),
                   request.note ? request.note->toUtf8() : QByteArray() },
                 reply, id, [reply, id, request](const QJsonObject &r) {
                     reply(encodeMessage(BlockSeatsReply { request.showId, seatList(r.value(QLatin1String("blocked"))),
                                                           r.value(QLatin1String("version")).toInteger() },
                                         id));
                 });
}

void SyncServer::handleUnblockSeats(Session &session, const QString &id, const QByteArray &hash,
                                    const UnblockSeatsRequest &request)
{
    const auto show
        = editableId(session, id, QStringLiteral("show"), request.showId, QLatin1StringView("showId"));
    if (!show)
        return;
    Reply reply = replier(session, id);
    runOperation("unblock_seats",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*show),
                   Database::textArray(request.seatIds) },
                 reply, id, [reply, id, request](const QJsonObject &r) {
                     UnblockSeatsReply out;
                     out.showId = request.showId;
                     out.releasedSeatIds = seatList(r.value(QLatin1String("released")));
                     if (r.contains(QLatin1String("version")))
                         out.version = r.value(QLatin1String("version")).toInteger();
                     reply(encodeMessage(out, id));
                 });
}

void SyncServer::handleWatchShows(Session &session, const QString &id)
{
    session.watchingShows = true;
    send(session.socket, encodeMessage(WatchShowsReply {}, id));
}

void SyncServer::showChanged(qint64 showId)
{
    m_cache->refreshStatus(showId); // its sale status may have changed: no sure answers till read
    m_changedShows.insert(showId);
    if (!m_showsFlushScheduled) {
        m_showsFlushScheduled = true;
        QMetaObject::invokeMethod(this, &SyncServer::flushShowChanges, Qt::QueuedConnection);
    }
}

QList<QPointer<QWebSocket>> SyncServer::showWatchers() const
{
    QList<QPointer<QWebSocket>> watchers;
    for (const auto &session : m_sessions) {
        if (session->watchingShows && session->claims && session->socket && sessionIsCurrent(*session))
            watchers.append(session->socket);
    }
    return watchers;
}

void SyncServer::flushShowChanges()
{
    m_showsFlushScheduled = false;
    const QSet<qint64> changed = std::exchange(m_changedShows, {});
    if (changed.isEmpty() || showWatchers().isEmpty())
        return; // nobody watches here: no read
    QStringList ids;
    for (const qint64 show : changed)
        ids.append(QString::number(show));
    m_database->call("shows_by_id", { Database::textArray(ids) }, [this, changed](Result<QJsonValue> result) {
        if (!result) {
            qCWarning(lcServer).noquote() << "reading changed shows failed:" << result.error().message;
            return;
        }
        ShowsChangedPush push;
        QSet<qint64> removed = changed;
        for (const QJsonValue &v : result->toArray()) {
            push.shows.append(showFromJson(v.toObject()));
            removed.remove(v.toObject().value(QLatin1String("id")).toInteger());
        }
        QList<qint64> gone(removed.cbegin(), removed.cend());
        std::sort(gone.begin(), gone.end());
        for (const qint64 show : gone)
            push.removedShowIds.append(QString::number(show));
        // Encoded once for every watcher (they may have come and gone during the read).
        const QByteArray frame = encodeMessage(push);
        for (const QPointer<QWebSocket> &socket : showWatchers())
            send(socket, frame);
    });
}

} // namespace Marquee
