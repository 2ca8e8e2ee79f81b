// Reports for managers and admins (read-only, not audited): occupancy per show and per title,
// sales by day and by payment method, refunds by day, the top shows. Each report is one query
// (server/db/sql/013_reports.sql, marquee_report) that answers its rows as JSON; the request's
// decoding has checked the kind and the range of days.
#include "syncserver.h"

#include "database.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace Marquee {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

QDate day(const QJsonObject &o)
{
    return QDate::fromString(text(o, "day"), Qt::ISODate);
}

// Fills the reply's list of its kind from the database's rows.
void readRows(ReportReply &out, const QJsonArray &rows)
{
    for (const QJsonValue &value : rows) {
        const QJsonObject o = value.toObject();
        switch (out.kind) {
        case ReportKind::ShowOccupancy:
            out.showOccupancy.append({ text(o, "showId"), text(o, "title"), text(o, "auditorium"),
                                       fromMs(o.value(QLatin1String("start"))), number(o, "seats"),
                                       number(o, "sold") });
            break;
        case ReportKind::TitleOccupancy: {
            TitleOccupancyRow row { std::nullopt, text(o, "title"), number(o, "shows"), number(o, "seats"),
                                    number(o, "sold") };
            if (o.contains(QLatin1String("titleId")))
                row.titleId = text(o, "titleId");
            out.titleOccupancy.append(row);
            break;
        }
        case ReportKind::SalesByDay:
            out.salesByDay.append({ day(o), number(o, "sales"), number(o, "tickets"), number(o, "amount") });
            break;
        case ReportKind::SalesByPayment:
            out.salesByPayment.append(
                { text(o, "method"), number(o, "payments"), number(o, "amount") });
            break;
        case ReportKind::Refunds:
            out.refunds.append({ day(o), number(o, "refunds"), number(o, "tickets"), number(o, "amount"),
                                 number(o, "cash"), number(o, "card") });
            break;
        case ReportKind::TopShows:
            out.topShows.append({ text(o, "showId"), text(o, "title"), text(o, "auditorium"),
                                  fromMs(o.value(QLatin1String("start"))), number(o, "seats"), number(o, "sold"),
                                  number(o, "gross"), number(o, "refunded"), number(o, "revenue") });
            break;
        }
    }
}

} // namespace

void SyncServer::handleGetReport(Session &session, const QString &id, const GetReportRequest &request)
{
    const Role role = session.claims->role;
    if (role != Role::Manager && role != Role::Admin) {
        sendError(session.socket, id,
                  makeError(ErrorCode::Forbidden, QStringLiteral("only managers and admins read reports")));
        return;
    }
    const auto venue = numericId(request.venueId);
    if (!venue) {
        sendError(session.socket, id, notFound(QStringLiteral("venue"), request.venueId, QStringLiteral("/body/venueId")));
        return;
    }
    Reply reply = replier(session, id);
    m_database->call("get_report",
                     { reportKindName(request.kind).toUtf8(), QByteArray::number(*venue),
                       request.from.toString(Qt::ISODate).toUtf8(), request.to.toString(Qt::ISODate).toUtf8() },
                     [reply, id, request](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         if (r.contains(QLatin1String("error"))) {
                             reply(encodeError(operationError(r), id));
                             return;
                         }
                         ReportReply out;
                         out.kind = request.kind;
                         out.venueId = request.venueId;
                         out.from = request.from;
                         out.to = request.to;
                         out.currency = text(r, "currency");
                         out.timezone = text(r, "timezone");
                         readRows(out, r.value(QLatin1String("rows")).toArray());
                         reply(encodeMessage(out, id));
                     });
}

} // namespace Marquee
