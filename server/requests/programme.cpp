// The programme: titles, a venue's cleaning gap, scheduling, moving, copying, opening and closing
// sales of shows, cancelling a show and refunding all its tickets. Managers and admins only. The
// database does each request in one function (server/db/sql/009_programme.sql) and is the judge
// of clashes (an exclusion constraint); seat changes of a cancellation or a refund go through
// committed() to every watching terminal like any other.
#include "syncserver.h"

#include "database.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Marquee {

namespace {

Title titleFromJson(const QJsonObject &o)
{
    Title t;
    t.id = QString::number(o.value(QLatin1String("id")).toInteger());
    t.name = o.value(QLatin1String("name")).toString();
    t.runtimeMinutes = o.value(QLatin1String("runtimeMinutes")).toInteger();
    const auto text = [&o](const char *key) -> std::optional<QString> {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    t.ageRating = text("ageRating");
    t.format = text("format");
    t.description = text("description");
    t.archived = o.value(QLatin1String("archived")).toBool();
    return t;
}

// The database's name of a status ('closed' is sales_closed on the wire).
QByteArray statusName(ShowStatus status)
{
    switch (status) {
    case ShowStatus::Scheduled:
        return "scheduled";
    case ShowStatus::OnSale:
        return "on_sale";
    case ShowStatus::SalesClosed:
        return "closed";
    case ShowStatus::Cancelled:
        break;
    }
    return "cancelled";
}

QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// A reply of the request's type with the show the database answered.
std::function<void(const QJsonObject &)> showAnswer(const std::function<void(const QByteArray &)> &reply,
                                                    const QString &id)
{
    return [reply, id](const QJsonObject &r) {
        reply(encodeMessage(ShowReply { showFromJson(r.value(QLatin1String("show")).toObject()) }, id));
    };
}

std::function<void(const QJsonObject &)> titleAnswer(const std::function<void(const QByteArray &)> &reply,
                                                     const QString &id)
{
    return [reply, id](const QJsonObject &r) {
        reply(encodeMessage(TitleReply { titleFromJson(r.value(QLatin1String("title")).toObject()) }, id));
    };
}

} // namespace

void SyncServer::handleListTitles(Session &session, const QString &id)
{
    if (!allowCatalogueEditing(session, id))
        return;
    Reply reply = replier(session, id);
    m_database->call("list_titles", {}, [reply, id](Result<QJsonValue> result) {
        if (!result) {
            reply(encodeError(result.error(), id));
            return;
        }
        ListTitlesReply out;
        for (const QJsonValue &v : result->toArray())
            out.titles.append(titleFromJson(v.toObject()));
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleCreateTitle(Session &session, const QString &id, const QByteArray &hash,
                                   const CreateTitleRequest &request)
{
    if (!allowCatalogueEditing(session, id))
        return;
    Reply reply = replier(session, id);
    runOperation("create_title",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, request.name.toUtf8(),
                   QByteArray::number(request.runtimeMinutes), optionalText(request.ageRating),
                   optionalText(request.format), optionalText(request.description) },
                 reply, id, titleAnswer(reply, id));
}

void SyncServer::handleUpdateTitle(Session &session, const QString &id, const QByteArray &hash,
                                   const UpdateTitleRequest &request)
{
    const auto title
        = editableId(session, id, QStringLiteral("title"), request.titleId, QLatin1StringView("titleId"));
    if (!title)
        return;
    Reply reply = replier(session, id);
    runOperation("update_title",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*title),
                   optionalText(request.name), optionalNumber(request.runtimeMinutes),
                   optionalText(request.ageRating), optionalText(request.format),
                   optionalText(request.description),
                   request.archived ? QByteArray(*request.archived ? "true" : "false") : QByteArray() },
                 reply, id, titleAnswer(reply, id));
}

void SyncServer::handleUpdateVenue(Session &session, const QString &id, const QByteArray &hash,
                                   const UpdateVenueRequest &request)
{
    const auto venue
        = editableId(session, id, QStringLiteral("venue"), request.venueId, QLatin1StringView("venueId"));
    if (!venue)
        return;
    Reply reply = replier(session, id);
    runOperation(
        "update_venue",
        { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*venue),
          optionalNumber(request.cleaningGapMinutes), optionalText(request.timezone),
          request.noOrphanSeats ? QByteArray(*request.noOrphanSeats ? "true" : "false") : QByteArray() },
        reply, id, [reply, id, request](const QJsonObject &r) {
            reply(encodeMessage(UpdateVenueReply { request.venueId,
                                                   r.value(QLatin1String("cleaningGapMinutes")).toInteger(),
                                                   r.value(QLatin1String("timezone")).toString(),
                                                   r.value(QLatin1String("noOrphanSeats")).toBool(false) },
                                id));
        });
}

void SyncServer::handleScheduleShow(Session &session, const QString &id, const QByteArray &hash,
                                    const ScheduleShowRequest &request)
{
    const auto auditorium = editableId(session, id, QStringLiteral("auditorium"), request.auditoriumId,
                                       QLatin1StringView("auditoriumId"));
    if (!auditorium)
        return;
    const auto title = numericId(request.titleId);
    if (!title) {
        sendError(session.socket, id,
                  notFound(QStringLiteral("title"), request.titleId, QStringLiteral("/body/titleId")));
        return;
    }
    if (request.priceCardId) {
        const auto card = numericId(*request.priceCardId);
        if (!card) {
            sendError(session.socket, id,
                      notFound(QStringLiteral("price card"), *request.priceCardId, QStringLiteral("/body/priceCardId")));
            return;
        }
        Reply reply = replier(session, id);
        runOperation("schedule_show_card",
                     { QByteArray::number(session.claims->userId), id.toUtf8(), hash,
                       QByteArray::number(*auditorium), QByteArray::number(*title), isoTime(request.start),
                       optionalNumber(request.layoutVersion), request.end ? isoTime(*request.end) : QByteArray(),
                       QByteArray::number(*card), statusName(request.status) },
                     reply, id, showAnswer(reply, id));
        return;
    }
    QJsonArray prices;
    for (const CategoryPrice &p : request.prices) {
        prices.append(QJsonObject { { QStringLiteral("category"), p.category },
                                    { QStringLiteral("amount"), p.price.minorUnits() },
                                    { QStringLiteral("currency"), p.price.currency().code() } });
    }
    Reply reply = replier(session, id);
    runOperation("schedule_show",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash,
                   QByteArray::number(*auditorium), QByteArray::number(*title), isoTime(request.start),
                   optionalNumber(request.layoutVersion), request.end ? isoTime(*request.end) : QByteArray(),
                   compact(prices), statusName(request.status) },
                 reply, id, showAnswer(reply, id));
}

void SyncServer::handleUpdateShow(Session &session, const QString &id, const QByteArray &hash,
                                  const UpdateShowRequest &request)
{
    const auto show
        = editableId(session, id, QStringLiteral("show"), request.showId, QLatin1StringView("showId"));
    if (!show)
        return;
    std::optional<qint64> card;
    if (request.priceCardId) {
        card = numericId(*request.priceCardId);
        if (!card) {
            sendError(session.socket, id,
                      notFound(QStringLiteral("price card"), *request.priceCardId, QStringLiteral("/body/priceCardId")));
            return;
        }
    }
    Reply reply = replier(session, id);
    runOperation("update_show",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*show),
                   request.start ? isoTime(*request.start) : QByteArray(),
                   request.end ? isoTime(*request.end) : QByteArray(), optionalNumber(card) },
                 reply, id, showAnswer(reply, id));
}

void SyncServer::handleSetShowStatus(Session &session, const QString &id, const QByteArray &hash,
                                     const SetShowStatusRequest &request)
{
    const auto show
        = editableId(session, id, QStringLiteral("show"), request.showId, QLatin1StringView("showId"));
    if (!show)
        return;
    Reply reply = replier(session, id);
    runOperation("set_show_status",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*show),
                   statusName(request.status) },
                 reply, id, showAnswer(reply, id));
}

void SyncServer::handleCancelShow(Session &session, const QString &id, const QByteArray &hash,
                                  const CancelShowRequest &request)
{
    const auto show
        = editableId(session, id, QStringLiteral("show"), request.showId, QLatin1StringView("showId"));
    if (!show)
        return;
    Reply reply = replier(session, id);
    // The released seats are recorded as one change: committed() pushes it to the watching terminals.
    runOperation("cancel_show",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*show),
                   request.reason.toUtf8() },
                 reply, id, [reply, id, request](const QJsonObject &r) {
                     const QString currency = r.value(QLatin1String("currency")).toString();
                     CancelShowReply out;
                     out.showId = request.showId;
                     out.releasedHolds = r.value(QLatin1String("releasedHolds")).toInteger();
                     for (const QJsonValue &v : r.value(QLatin1String("soldTickets")).toArray()) {
                         const QJsonObject t = v.toObject();
                         out.soldTickets.append(
                             SoldTicket { QString::number(t.value(QLatin1String("ticket")).toInteger()),
                                          QString::number(t.value(QLatin1String("sale")).toInteger()),
                                          t.value(QLatin1String("seat")).toString(),
                                          money(t.value(QLatin1String("price")).toInteger(), currency) });
                     }
                     reply(encodeMessage(out, id));
                 });
}

void SyncServer::handleRefundShow(Session &session, const QString &id, const QByteArray &hash,
                                  const RefundShowRequest &request)
{
    const auto show
        = editableId(session, id, QStringLiteral("show"), request.showId, QLatin1StringView("showId"));
    if (!show)
        return;
    Reply reply = replier(session, id);
    runOperation("refund_show",
                 { QByteArray::number(session.claims->userId), roleName(session.claims->role).toUtf8(),
                   id.toUtf8(), hash, session.terminalId.toUtf8(), QByteArray::number(*show),
                   request.reason.toUtf8() },
                 reply, id, [reply, id, request](const QJsonObject &r) {
                     const QString currency = r.value(QLatin1String("currency")).toString();
                     RefundShowReply out;
                     out.showId = request.showId;
                     for (const QJsonValue &v : r.value(QLatin1String("refunds")).toArray()) {
                         const QJsonObject f = v.toObject();
                         out.refunds.append(
                             ShowRefund { QString::number(f.value(QLatin1String("refund")).toInteger()),
                                          QString::number(f.value(QLatin1String("sale")).toInteger()),
                                          money(f.value(QLatin1String("amount")).toInteger(), currency) });
                     }
                     out.total = money(r.value(QLatin1String("total")).toInteger(), currency);
                     reply(encodeMessage(out, id));
                 });
}

void SyncServer::handleCopyShows(Session &session, const QString &id, const QByteArray &hash,
                                 const CopyShowsRequest &request)
{
    if (!allowCatalogueEditing(session, id))
        return;
    QByteArray auditoriums;
    if (request.auditoriumIds) {
        QStringList ids;
        for (qsizetype i = 0; i < request.auditoriumIds->size(); ++i) {
            const auto numeric = numericId(request.auditoriumIds->at(i));
            if (!numeric) {
                sendError(session.socket, id,
                          notFound(QStringLiteral("auditorium"), request.auditoriumIds->at(i),
                                   QStringLiteral("/body/auditoriumIds/%1").arg(i)));
                return;
            }
            ids.append(QString::number(*numeric));
        }
        auditoriums = Database::textArray(ids);
    }
    Reply reply = replier(session, id);
    runOperation("copy_shows",
                 { QByteArray::number(session.claims->userId), id.toUtf8(), hash, auditoriums,
                   isoTime(request.from), isoTime(request.to), QByteArray::number(request.shiftDays),
                   QByteArray::number(MaxShowsPerCopy) },
                 reply, id, [reply, id](const QJsonObject &r) {
                     CopyShowsReply out;
                     for (const QJsonValue &v : r.value(QLatin1String("shows")).toArray())
                         out.shows.append(showFromJson(v.toObject()));
                     reply(encodeMessage(out, id));
                 });
}

} // namespace Marquee
