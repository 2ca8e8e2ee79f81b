// Sales: sell (with the card terminal), refund, find, verify.
#include "syncserver.h"

#include "auth.h"
#include "database.h"
#include "logging.h"
#include "metrics.h"
#include "paymentterminal.h"
#include "protocol.h"
#include "requestutil.h"
#include "sellflow.h"
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

void SyncServer::handleSell(Session &session, const QString &id, const QByteArray &hash, const SellRequest &request)
{
    const auto hold = numericId(request.holdId);
    if (!hold) {
        sendError(session.socket, id, makeError(ErrorCode::HoldNotFound, QStringLiteral("no hold '%1'").arg(request.holdId), QStringLiteral("/body/holdId")));
        return;
    }
    const qint64 user = session.claims->userId;
    const QString key = QString::number(user) + u':' + id;
    Reply reply = replier(session, id);
    // A retry that arrives while the first attempt is still at the card terminal waits for its
    // answer instead of charging the card a second time.
    if (auto it = m_sellWaiters.find(key); it != m_sellWaiters.end()) {
        it->append(reply);
        return;
    }
    m_sellWaiters.insert(key, {reply});
    auto finish = [this, key](const QByteArray &frame) {
        const QList<Reply> waiting = m_sellWaiters.take(key);
        for (const Reply &r : waiting)
            r(frame);
    };
    SellFlow::Order order;
    order.user = user;
    order.requestId = id;
    order.hash = hash;
    order.terminalId = session.terminalId;
    order.hold = *hold;
    order.request = std::make_shared<const SellRequest>(request);
    order.socket = session.socket;
    SellFlow::sell(*m_sellPorts, std::move(order), finish, this);
}

void SyncServer::handleRefund(Session &session, const QString &id, const QByteArray &hash, const RefundRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks cannot refund; ask at the box office")));
        return;
    }
    const auto sale = numericId(request.saleId);
    if (!sale) {
        sendError(session.socket, id, notFound(QStringLiteral("sale"), request.saleId, QStringLiteral("/body/saleId")));
        return;
    }
    QByteArray tickets;
    if (request.ticketIds) {
        QStringList ids;
        for (qsizetype i = 0; i < request.ticketIds->size(); ++i) {
            const auto ticket = numericId(request.ticketIds->at(i));
            if (!ticket) {
                sendError(session.socket, id, notFound(QStringLiteral("ticket"), request.ticketIds->at(i),
                                                       QStringLiteral("/body/ticketIds/%1").arg(i)));
                return;
            }
            ids.append(QString::number(*ticket));
        }
        tickets = Database::textArray(ids);
    }
    Reply reply = replier(session, id);
    runOperation("refund",
                     {QByteArray::number(session.claims->userId), roleName(session.claims->role).toUtf8(), id.toUtf8(), hash,
                      session.terminalId.toUtf8(), QByteArray::number(*sale), tickets, request.reason.toUtf8(),
                      QByteArray::number(m_config.cashierRefundWindowSeconds)}, reply, id,
                     [this, reply, id, request](const QJsonObject &r) {
                         m_metrics->counter(QStringLiteral("marquee_refunds_total"), QStringLiteral("Completed refunds.")).increment();
                         RefundReply out;
                         out.refundId = QString::number(r.value(QLatin1String("refund")).toInteger());
                         out.saleId = request.saleId;
                         for (const QJsonValue &t : r.value(QLatin1String("tickets")).toArray())
                             out.ticketIds.append(QString::number(t.toInteger()));
                         const QString currency = r.value(QLatin1String("currency")).toString();
                         out.amount = money(r.value(QLatin1String("amount")).toInteger(), currency);
                         for (const QJsonValue &v : r.value(QLatin1String("payments")).toArray()) {
                             PaymentResult back;
                             back.method = methodFromName(v.toObject().value(QLatin1String("method")).toString());
                             back.amount = money(v.toObject().value(QLatin1String("amount")).toInteger(), currency);
                             out.payments.append(back);
                         }
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleFindSales(Session &session, const QString &id, const FindSalesRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks cannot look up sales")));
        return;
    }
    QByteArray code, saleId, user, terminal;
    if (request.ticketCode)
        code = request.ticketCode->toUtf8();
    if (request.saleId) {
        const auto sale = numericId(*request.saleId);
        if (!sale) {
            send(session.socket, encodeMessage(FindSalesReply{}, id));
            return;
        }
        saleId = QByteArray::number(*sale);
    }
    if (request.recent) {
        if (*request.recent == SalesScope::User)
            user = QByteArray::number(session.claims->userId);
        else
            terminal = session.terminalId.toUtf8();
    }
    Reply reply = replier(session, id);
    m_database->call("find_sales", {code, saleId, user, terminal, QByteArray::number(request.limit)},
                     [reply, id](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         FindSalesReply out;
                         for (const QJsonValue &v : result->toArray()) {
                             const QJsonObject o = v.toObject();
                             const QString currency = o.value(QLatin1String("currency")).toString();
                             SaleRecord sale;
                             sale.saleId = QString::number(o.value(QLatin1String("sale")).toInteger());
                             sale.showId = QString::number(o.value(QLatin1String("show")).toInteger());
                             sale.soldAt = fromMs(o.value(QLatin1String("at")));
                             sale.terminalId = o.value(QLatin1String("terminal")).toString();
                             sale.userId = QString::number(o.value(QLatin1String("user")).toInteger());
                             if (const QJsonValue name = o.value(QLatin1String("userName")); name.isString())
                                 sale.userName = name.toString();
                             sale.total = money(o.value(QLatin1String("total")).toInteger(), currency);
                             for (const QJsonValue &t : o.value(QLatin1String("tickets")).toArray())
                                 sale.tickets.append(ticketFromJson(t.toObject(), currency));
                             out.sales.append(sale);
                         }
                         reply(encodeMessage(out, id));
                     });
}

namespace {

// verify_ticket's answer (and the details of a door's refusal) from marquee_ticket_json().
VerifyTicketReply verifyReply(const QJsonObject &t)
{
    VerifyTicketReply out;
    out.ticket = ticketFromJson(t, t.value(QLatin1String("currency")).toString());
    out.saleId = QString::number(t.value(QLatin1String("sale")).toInteger());
    out.showId = QString::number(t.value(QLatin1String("show")).toInteger());
    if (const QJsonValue at = t.value(QLatin1String("admittedAt")); at.isDouble())
        out.admittedAt = fromMs(at);
    if (const QJsonValue by = t.value(QLatin1String("admittedBy")); by.isString())
        out.admittedBy = by.toString();
    if (const QJsonObject place = t.value(QLatin1String("place")).toObject(); !place.isEmpty())
        out.place = SeatPlace {place.value(QLatin1String("section")).toString(), place.value(QLatin1String("row")).toString(),
                               place.value(QLatin1String("seat")).toString()};
    if (const QJsonValue title = t.value(QLatin1String("title")); title.isString())
        out.title = title.toString();
    if (const QJsonValue start = t.value(QLatin1String("start")); start.isDouble())
        out.start = fromMs(start);
    out.admissions = AdmissionCount {t.value(QLatin1String("admitted")).toInteger(), t.value(QLatin1String("tickets")).toInteger()};
    return out;
}

} // namespace

void SyncServer::handleVerifyTicket(Session &session, const QString &id, const QByteArray &hash, const VerifyTicketRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks cannot verify tickets")));
        return;
    }
    Reply reply = replier(session, id);
    const QString code = request.code;
    if (!request.admit) {
        m_database->call("verify_ticket", {request.code.toUtf8()}, [reply, id, code](Result<QJsonValue> result) {
            if (!result) {
                reply(encodeError(result.error(), id));
                return;
            }
            const QJsonObject t = result->toObject();
            if (t.isEmpty()) {
                reply(encodeError(notFound(QStringLiteral("ticket"), code, QStringLiteral("/body/code")), id));
                return;
            }
            reply(encodeMessage(verifyReply(t), id));
        });
        return;
    }
    QByteArray show; // NULL: any show of the day
    if (request.showId) {
        const auto number = numericId(*request.showId);
        if (!number) {
            reply(encodeError(notFound(QStringLiteral("show"), *request.showId, QStringLiteral("/body/showId")), id));
            return;
        }
        show = QByteArray::number(*number);
    }
    m_database->call("admit_ticket",
                     {QByteArray::number(session.claims->userId), id.toUtf8(), hash, session.terminalId.toUtf8(),
                      request.code.toUtf8(), show},
                     [this, reply, id](Result<QJsonValue> result) {
                         if (!result) {
                             reply(encodeError(result.error(), id));
                             return;
                         }
                         const QJsonObject r = result->toObject();
                         const bool admitted = !r.contains(QLatin1String("error"));
                         m_metrics->counter(QStringLiteral("marquee_admissions_total"), QStringLiteral("Door scans with admit, by result."),
                                            {{QStringLiteral("result"), admitted ? QStringLiteral("admitted")
                                                                                 : r.value(QLatin1String("error")).toString().toLower()}})
                             .increment();
                         if (!admitted) {
                             // The refused ticket, as verify_ticket_reply shows it, for the door's screen.
                             const QJsonObject ticket = r.value(QLatin1String("details")).toObject().value(QLatin1String("ticket")).toObject();
                             reply(encodeError(operationError(r), id, ticket.isEmpty() ? QJsonObject() : verifyReply(ticket).toJson()));
                             return;
                         }
                         reply(encodeMessage(verifyReply(r.value(QLatin1String("ticket")).toObject()), id));
                     });
}

void SyncServer::handleShowAdmissions(Session &session, const QString &id, const ShowAdmissionsRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks have no door")));
        return;
    }
    const auto show = numericId(request.showId);
    if (!show) {
        sendError(session.socket, id, notFound(QStringLiteral("show"), request.showId, QStringLiteral("/body/showId")));
        return;
    }
    // From now on the connection gets `admissions` pushes of the show (a push it asked for).
    session.admissionShows.insert(*show);
    m_admissionWatchers[*show].insert(session.socket.data());
    Reply reply = replier(session, id);
    m_database->call("show_admissions", {QByteArray::number(*show)}, [reply, id, request](Result<QJsonValue> result) {
        if (!result) {
            reply(encodeError(result.error(), id));
            return;
        }
        const QJsonObject o = result->toObject();
        if (o.isEmpty()) {
            reply(encodeError(notFound(QStringLiteral("show"), request.showId, QStringLiteral("/body/showId")), id));
            return;
        }
        ShowAdmissionsReply out;
        out.showId = request.showId;
        out.count = AdmissionCount {o.value(QLatin1String("admitted")).toInteger(), o.value(QLatin1String("tickets")).toInteger()};
        reply(encodeMessage(out, id));
    });
}

void SyncServer::pushAdmissions(qint64 showId)
{
    if (m_admissionWatchers.value(showId).isEmpty())
        return;
    if (m_admissionsReading.contains(showId)) {
        m_admissionsAgain.insert(showId); // read once more when this read is back
        return;
    }
    m_admissionsReading.insert(showId);
    m_database->call("show_admissions", {QByteArray::number(showId)}, [this, showId](Result<QJsonValue> result) {
        m_admissionsReading.remove(showId);
        if (result && !result->toObject().isEmpty()) {
            const QJsonObject o = result->toObject();
            AdmissionsPush push;
            push.showId = QString::number(showId);
            push.count = AdmissionCount {o.value(QLatin1String("admitted")).toInteger(), o.value(QLatin1String("tickets")).toInteger()};
            const QByteArray frame = encodeMessage(push);
            for (QWebSocket *socket : m_admissionWatchers.value(showId))
                send(socket, frame);
        }
        if (m_admissionsAgain.remove(showId))
            pushAdmissions(showId);
    });
}

} // namespace Marquee
