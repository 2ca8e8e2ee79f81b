// Shifts: the drawer's report and its close.
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

namespace {

// A report of marquee_shift_report (server/sql/005_...) or of the period statement.
QList<MethodTotal> methodTotals(const QJsonObject &o, const QString &currency)
{
    QHash<int, MethodTotal> totals;
    const auto entry = [&](const QJsonObject &row) -> MethodTotal & {
        const PaymentMethod method = methodFromName(row.value(QLatin1String("method")).toString());
        MethodTotal &t = totals[int(method)];
        t.method = method;
        if (!t.sales.currency().isValid())
            t.sales = money(0, currency);
        if (!t.refunds.currency().isValid())
            t.refunds = money(0, currency);
        return t;
    };
    for (const QJsonValue &v : o.value(QLatin1String("sales")).toArray()) {
        MethodTotal &t = entry(v.toObject());
        t.sales = money(v.toObject().value(QLatin1String("amount")).toInteger(), currency);
        t.salesCount = v.toObject().value(QLatin1String("count")).toInteger();
    }
    for (const QJsonValue &v : o.value(QLatin1String("refunds")).toArray()) {
        MethodTotal &t = entry(v.toObject());
        t.refunds = money(v.toObject().value(QLatin1String("amount")).toInteger(), currency);
        t.refundsCount = v.toObject().value(QLatin1String("count")).toInteger();
    }
    QList<MethodTotal> out;
    for (const PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card}) {
        if (totals.contains(int(m)))
            out.append(totals.value(int(m)));
    }
    return out;
}

ShiftReportReply shiftReportFrom(const QJsonObject &o)
{
    const QString currency = o.value(QLatin1String("currency")).toString();
    ShiftReportReply out;
    out.shiftId = QString::number(o.value(QLatin1String("shift")).toInteger());
    out.userId = QString::number(o.value(QLatin1String("user")).toInteger());
    out.userName = o.value(QLatin1String("userName")).toString();
    out.terminalId = o.value(QLatin1String("terminal")).toString();
    out.from = fromMs(o.value(QLatin1String("openedAt")));
    out.closed = !o.value(QLatin1String("closedAt")).isNull();
    out.to = fromMs(o.value(QLatin1String(out.closed ? "closedAt" : "now")));
    out.totals = methodTotals(o, currency);
    out.ticketsSold = o.value(QLatin1String("ticketsSold")).toInteger();
    out.ticketsRefunded = o.value(QLatin1String("ticketsRefunded")).toInteger();
    out.openingFloat = money(o.value(QLatin1String("openingFloat")).toInteger(), currency);
    const qint64 expected = o.value(QLatin1String("expectedCash")).toInteger();
    out.expectedCash = money(expected, currency);
    if (out.closed) {
        const qint64 counted = o.value(QLatin1String("countedCash")).toInteger();
        out.countedCash = money(counted, currency);
        out.difference = money(counted - expected, currency);
    }
    return out;
}

} // namespace

void SyncServer::handleShiftReport(Session &session, const QString &id, const ShiftReportRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks have no shifts")));
        return;
    }
    Reply reply = replier(session, id);
    if (!request.from && !request.to) {
        // A shift: the terminal's open one, or the one asked for.
        QByteArray statement = "shift_report_open";
        QByteArray parameter = session.terminalId.toUtf8();
        if (request.shiftId) {
            const auto shift = numericId(*request.shiftId);
            if (!shift) {
                reply(encodeError(notFound(QStringLiteral("shift"), *request.shiftId, QStringLiteral("/body/shiftId")), id));
                return;
            }
            statement = "shift_report_by_id";
            parameter = QByteArray::number(*shift);
        }
        const QString terminalId = session.terminalId;
        const Role role = session.claims->role;
        const std::optional<QString> asked = request.shiftId;
        m_database->call(statement, {parameter}, [reply, id, terminalId, role, asked](Result<QJsonValue> result) {
            if (!result) {
                reply(encodeError(result.error(), id));
                return;
            }
            const QJsonObject o = result->toObject();
            if (o.isEmpty()) {
                reply(encodeError(asked ? notFound(QStringLiteral("shift"), *asked, QStringLiteral("/body/shiftId"))
                                        : makeError(ErrorCode::NotFound, QStringLiteral("no open shift at terminal '%1'").arg(terminalId)),
                                  id));
                return;
            }
            const ShiftReportReply out = shiftReportFrom(o);
            // Cashiers see the shifts of their own terminal; managers every shift.
            if (out.terminalId != terminalId && role == Role::Cashier) {
                reply(encodeError(makeError(ErrorCode::Forbidden, QStringLiteral("the shift belongs to another terminal")), id));
                return;
            }
            reply(encodeMessage(out, id));
        });
        return;
    }
    const QDateTime from = request.from.value_or(session.signedInAt);
    const QDateTime to = request.to.value_or(QDateTime::currentDateTimeUtc());
    const QString userId = QString::number(session.claims->userId);
    const QString terminalId = session.terminalId;
    m_database->call("shift_report", {userId.toUtf8(), isoTime(from), isoTime(to)},
                     [reply, id, from, to, userId, terminalId](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject o = result->toObject();
                         const QString currency = o.value(QLatin1String("currency")).toString(QStringLiteral("EUR"));
                         ShiftReportReply out;
                         out.userId = userId;
                         out.userName = o.value(QLatin1String("userName")).toString();
                         out.terminalId = terminalId;
                         out.from = from;
                         out.to = to;
                         out.totals = methodTotals(o, currency);
                         out.ticketsSold = o.value(QLatin1String("ticketsSold")).toInteger();
                         out.ticketsRefunded = o.value(QLatin1String("ticketsRefunded")).toInteger();
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleCloseShift(Session &session, const QString &id, const QByteArray &hash, const CloseShiftRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks have no shifts")));
        return;
    }
    Reply reply = replier(session, id);
    m_database->call("close_shift",
                     {QByteArray::number(session.claims->userId), id.toUtf8(), hash, session.terminalId.toUtf8(),
                      QByteArray::number(request.countedCash.minorUnits()), request.countedCash.currency().code().toUtf8(),
                      request.note ? request.note->toUtf8() : QByteArray()},
                     [this, reply, id](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         if (r.contains(QLatin1String("error"))) {
                             reply(encodeError(operationError(r), id));
                             return;
                         }
                         CloseShiftReply out;
                         out.report = shiftReportFrom(r.value(QLatin1String("report")).toObject());
                         m_metrics->counter(QStringLiteral("marquee_shifts_closed_total"), QStringLiteral("Shifts closed.")).increment();
                         qCInfo(lcServer).noquote() << "shift" << *out.report.shiftId << "closed at" << out.report.terminalId
                                                    << "difference" << out.report.difference->minorUnits();
                         reply(encodeMessage(out, id));
                     });
}

} // namespace Marquee
