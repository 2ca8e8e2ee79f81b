// The catalogue: venues (listed; created and renamed by managers), shows, layouts.
#include "syncserver.h"

#include "auth.h"
#include "database.h"
#include "logging.h"
#include "metrics.h"
#include "paymentterminal.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"
#include "showcache.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QPointer>
#include <QtCore/QThreadPool>
#include <QtCore/QTimeZone>

namespace Marquee {

void SyncServer::handleListVenues(Session &session, const QString &id)
{
    Reply reply = replier(session, id);
    m_database->call("list_venues", {}, [reply, id](Result<QJsonValue> result) {
        if (!result) {
            reply(encodeError(result.error(), id));
            return;
        }
        ListVenuesReply out;
        for (const QJsonValue &v : result->toArray()) {
            const QJsonObject o = v.toObject();
            VenueSummary venue;
            venue.id = QString::number(o.value(QLatin1String("id")).toInteger());
            venue.name = o.value(QLatin1String("name")).toString();
            venue.timezone = o.value(QLatin1String("timezone")).toString();
            venue.currency = o.value(QLatin1String("currency")).toString();
            venue.cleaningGapMinutes = o.value(QLatin1String("cleaningGapMinutes")).toInteger();
            venue.noOrphanSeats = o.value(QLatin1String("noOrphanSeats")).toBool(false);
            for (const QJsonValue &a : o.value(QLatin1String("auditoriums")).toArray()) {
                const QJsonObject ao = a.toObject();
                AuditoriumSummary auditorium;
                auditorium.id = QString::number(ao.value(QLatin1String("id")).toInteger());
                auditorium.name = ao.value(QLatin1String("name")).toString();
                auditorium.layoutVersion = ao.value(QLatin1String("layoutVersion")).toInteger(); // 0: none yet
                auditorium.seatCount = ao.value(QLatin1String("seatCount")).toInteger();
                venue.auditoriums.append(auditorium);
            }
            out.venues.append(venue);
        }
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleListShows(Session &session, const QString &id, const ListShowsRequest &request)
{
    QByteArray auditorium;
    if (request.auditoriumId) {
        const auto numeric = numericId(*request.auditoriumId);
        if (!numeric) {
            sendError(session.socket, id, notFound(QStringLiteral("auditorium"), *request.auditoriumId, QStringLiteral("/body/auditoriumId")));
            return;
        }
        auditorium = QByteArray::number(*numeric);
    }
    Reply reply = replier(session, id);
    m_database->call("list_shows",
                     {request.from ? isoTime(*request.from) : QByteArray(), request.to ? isoTime(*request.to) : QByteArray(),
                      auditorium, request.search ? request.search->toUtf8() : QByteArray()},
                     [reply, id](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         ListShowsReply out;
                         for (const QJsonValue &v : result->toArray())
                             out.shows.append(showFromJson(v.toObject()));
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleGetLayout(Session &session, const QString &id, const GetLayoutRequest &request)
{
    const auto auditorium = numericId(request.auditoriumId);
    if (!auditorium) {
        sendError(session.socket, id, notFound(QStringLiteral("auditorium"), request.auditoriumId, QStringLiteral("/body/auditoriumId")));
        return;
    }
    Reply reply = replier(session, id);
    const GetLayoutRequest copy = request;
    m_database->call("get_layout", {QByteArray::number(*auditorium), QByteArray::number(request.layoutVersion)},
                     [reply, id, copy](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         if (!result->isObject()) {
                             reply(encodeError(notFound(QStringLiteral("layout"),
                                                        copy.auditoriumId + u'/' + QString::number(copy.layoutVersion),
                                                        QStringLiteral("/body")),
                                               id));
                             return;
                         }
                         GetLayoutReply out;
                         out.auditoriumId = copy.auditoriumId;
                         out.layoutVersion = copy.layoutVersion;
                         out.layout = result->toObject();
                         reply(encodeMessage(out, id));
                     });
}

bool SyncServer::allowCatalogueEditing(Session &session, const QString &id)
{
    if (mayEditCatalogue(session.claims->role))
        return true;
    sendError(session.socket, id,
              makeError(ErrorCode::Forbidden, QStringLiteral("only managers and admins change venues, auditoriums and layouts")));
    return false;
}

std::optional<qint64> SyncServer::editableId(Session &session, const QString &id, const QString &what,
                                            const QString &entityId, QLatin1StringView field)
{
    if (!allowCatalogueEditing(session, id))
        return std::nullopt;
    const auto numeric = numericId(entityId);
    if (!numeric)
        sendError(session.socket, id, notFound(what, entityId, QStringLiteral("/body/") + field));
    return numeric;
}

void SyncServer::handleCreateVenue(Session &session, const QString &id, const QByteArray &hash, const CreateVenueRequest &request)
{
    if (!allowCatalogueEditing(session, id))
        return;
    Reply reply = replier(session, id);
    runOperation("create_venue",
                 {QByteArray::number(session.claims->userId), id.toUtf8(), hash, request.name.toUtf8(),
                  request.currency.code().toUtf8(), request.timezone.value_or(QStringLiteral("UTC")).toUtf8()},
                 reply, id, [reply, id, request](const QJsonObject &r) {
                     CreateVenueReply out;
                     out.venue.id = QString::number(r.value(QLatin1String("venue")).toInteger());
                     out.venue.name = r.value(QLatin1String("name")).toString();
                     out.venue.timezone = request.timezone.value_or(QStringLiteral("UTC"));
                     out.venue.currency = request.currency.code();
                     reply(encodeMessage(out, id));
                 });
}

void SyncServer::handleCreateAuditorium(Session &session, const QString &id, const QByteArray &hash,
                                        const CreateAuditoriumRequest &request)
{
    const auto venue = editableId(session, id, QStringLiteral("venue"), request.venueId, QLatin1StringView("venueId"));
    if (!venue)
        return;
    Reply reply = replier(session, id);
    runOperation("create_auditorium",
                 {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*venue), request.name.toUtf8()},
                 reply, id, [reply, id, venueId = request.venueId](const QJsonObject &r) {
                     CreateAuditoriumReply out;
                     out.auditorium.id = QString::number(r.value(QLatin1String("auditorium")).toInteger());
                     out.auditorium.name = r.value(QLatin1String("name")).toString();
                     out.auditorium.layoutVersion = 0; // nothing published yet
                     out.venueId = venueId;
                     reply(encodeMessage(out, id));
                 });
}

void SyncServer::handleRenameVenue(Session &session, const QString &id, const QByteArray &hash, const RenameVenueRequest &request)
{
    const auto venue = editableId(session, id, QStringLiteral("venue"), request.venueId, QLatin1StringView("venueId"));
    if (!venue)
        return;
    Reply reply = replier(session, id);
    runOperation("rename_venue",
                 {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*venue), request.name.toUtf8()},
                 reply, id, [reply, id, venueId = request.venueId](const QJsonObject &r) {
                     reply(encodeMessage(RenameVenueReply{venueId, r.value(QLatin1String("name")).toString()}, id));
                 });
}

void SyncServer::handleRenameAuditorium(Session &session, const QString &id, const QByteArray &hash,
                                        const RenameAuditoriumRequest &request)
{
    const auto auditorium = editableId(session, id, QStringLiteral("auditorium"), request.auditoriumId, QLatin1StringView("auditoriumId"));
    if (!auditorium)
        return;
    Reply reply = replier(session, id);
    runOperation("rename_auditorium",
                 {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*auditorium),
                  request.name.toUtf8()},
                 reply, id, [reply, id, auditoriumId = request.auditoriumId](const QJsonObject &r) {
                     reply(encodeMessage(RenameAuditoriumReply{auditoriumId, r.value(QLatin1String("name")).toString()}, id));
                 });
}

} // namespace Marquee
