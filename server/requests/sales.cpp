// Sales: sell (with the card terminal), refund, find, verify.
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

SellReply sellReplyFrom(const QJsonObject &r, const SellRequest &request, const QJsonArray &payments)
{
    const QString currency = r.value(QLatin1String("currency")).toString();
    SellReply out;
    out.saleId = QString::number(r.value(QLatin1String("sale")).toInteger());
    out.holdId = request.holdId;
    out.showId = QString::number(r.value(QLatin1String("show")).toInteger());
    for (const QJsonValue &t : r.value(QLatin1String("tickets")).toArray())
        out.tickets.append(ticketFromJson(t.toObject(), currency));
    out.total = money(r.value(QLatin1String("total")).toInteger(), currency);
    qint64 change = 0;
    for (const QJsonValue &v : payments) {
        const QJsonObject p = v.toObject();
        PaymentResult result;
        result.method = methodFromName(p.value(QLatin1String("method")).toString());
        result.amount = money(p.value(QLatin1String("amount")).toInteger(), currency);
        if (p.contains(QLatin1String("authorization")))
            result.reference = p.value(QLatin1String("authorization")).toString();
        if (p.contains(QLatin1String("tendered")))
            change += p.value(QLatin1String("tendered")).toInteger() - p.value(QLatin1String("amount")).toInteger();
        out.payments.append(result);
    }
    out.changeDue = money(change, currency);
    return out;
}

} // namespace

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
    QPointer<QWebSocket> socket = session.socket;
    const QString terminalId = session.terminalId;

    m_database->call("replay", {QByteArray::number(user), id.toUtf8(), hash},
                     [this, finish, socket, id, hash, request, hold, user, terminalId](Result<QJsonValue> replay) {
        if (!replay) {
            finish(encodeError(replay.error(), id));
            return;
        }
        if (replay->isObject()) {
            // Answered before: the same answer again, and no money moves.
            const QJsonObject r = replay->toObject();
            if (r.contains(QLatin1String("error")))
                finish(encodeError(operationError(r), id, errorDetails(r)));
            else
                finish(encodeMessage(sellReplyFrom(r, request, r.value(QLatin1String("payments")).toArray()), id));
            return;
        }
        m_database->call("hold_for_sale", {QByteArray::number(*hold), QByteArray::number(user)},
                         [this, finish, socket, id, hash, request, hold, user, terminalId](Result<QJsonValue> found) {
            if (!found) {
                finish(encodeError(found.error(), id));
                return;
            }
            const QJsonObject h = found->toObject();
            if (h.isEmpty() || h.value(QLatin1String("status")).toString() != QLatin1String("active")) {
                finish(encodeError(makeError(ErrorCode::HoldNotFound, QStringLiteral("no active hold '%1'").arg(request.holdId), QStringLiteral("/body/holdId")), id));
                return;
            }
            if (h.value(QLatin1String("expired")).toBool()) {
                finish(encodeError(makeError(ErrorCode::HoldExpired, QStringLiteral("the hold has expired; hold the seats again")), id));
                return;
            }
            const QString currency = h.value(QLatin1String("currency")).toString();
            const qint64 show = h.value(QLatin1String("show")).toInteger(); // which group waits for
            const qint64 total = h.value(QLatin1String("total")).toInteger();
            qint64 paid = 0;
            for (qsizetype i = 0; i < request.payments.size(); ++i) {
                const Payment &p = request.payments[i];
                if (p.amount.currency().code() != currency) {
                    finish(encodeError(makeError(ErrorCode::CurrencyMismatch,
                                                 QStringLiteral("this show sells in %1").arg(currency),
                                                 QStringLiteral("/body/payments/%1/amount").arg(i)), id));
                    return;
                }
                paid += p.amount.minorUnits();
            }
            if (paid != total) {
                finish(encodeError(makeError(ErrorCode::PaymentMismatch,
                                             QStringLiteral("the payments add up to %1, the seats cost %2")
                                                 .arg(money(paid, currency).toString(), money(total, currency).toString()),
                                             QStringLiteral("/body/payments")),
                                   id, QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("currency"), currency}}));
                return;
            }
            // Card payments first, one after the other; then the sale in one transaction.
            struct Progress
            {
                QJsonArray payments;
                QList<std::pair<QString, Money>> charged; // reference, amount: to give back on failure
                qsizetype next = 0;
            };
            auto progress = std::make_shared<Progress>();
            auto step = std::make_shared<std::function<void()>>();
            auto refundCharged = [this, progress] {
                for (const auto &[reference, amount] : progress->charged)
                    m_terminal->refund(reference + QStringLiteral("-void"), amount);
            };
            *step = [this, finish, socket, id, hash, request, hold, show, user, terminalId, progress, step, refundCharged]() {
                while (progress->next < request.payments.size()) {
                    const Payment &p = request.payments[progress->next];
                    QJsonObject entry{{QStringLiteral("method"), p.method == PaymentMethod::Card ? QStringLiteral("card") : QStringLiteral("cash")},
                                      {QStringLiteral("amount"), p.amount.minorUnits()}};
                    if (p.tendered)
                        entry.insert(QStringLiteral("tendered"), p.tendered->minorUnits());
                    if (p.method == PaymentMethod::Cash) {
                        progress->payments.append(entry);
                        ++progress->next;
                        continue;
                    }
                    const QString reference = QStringLiteral("sale-%1-%2-%3").arg(user).arg(id).arg(progress->next);
                    PaymentProgressPush waiting;
                    waiting.requestId = id;
                    waiting.holdId = request.holdId;
                    waiting.stage = PaymentStage::WaitingForCard;
                    waiting.message = QStringLiteral("Present the card to the terminal (%1)").arg(p.amount.toString());
                    send(socket, encodeMessage(waiting));
                    auto connection = std::make_shared<QMetaObject::Connection>();
                    *connection = connect(m_terminal, &PaymentTerminal::finished, this,
                                          [this, connection, reference, entry, p, progress, step, finish, id, socket, request, refundCharged](const QString &ref, const PaymentOutcome &outcome) mutable {
                        if (ref != reference || outcome.operation != PaymentOutcome::Operation::Charge)
                            return;
                        disconnect(*connection);
                        PaymentProgressPush stage;
                        stage.requestId = id;
                        stage.holdId = request.holdId;
                        stage.message = outcome.message;
                        if (outcome.status == PaymentOutcome::Status::Approved) {
                            stage.stage = PaymentStage::Approved;
                            send(socket, encodeMessage(stage));
                            entry.insert(QStringLiteral("authorization"), outcome.authorizationCode);
                            progress->payments.append(entry);
                            progress->charged.append({reference, p.amount});
                            ++progress->next;
                            (*step)();
                            return;
                        }
                        stage.stage = outcome.status == PaymentOutcome::Status::Declined ? PaymentStage::Declined : PaymentStage::Cancelled;
                        send(socket, encodeMessage(stage));
                        refundCharged();
                        *step = nullptr; // break the cycle
                        m_metrics->counter(QStringLiteral("marquee_card_payments_total"), QStringLiteral("Card payments by result."),
                                           {{QStringLiteral("result"), paymentStatusName(outcome.status)}}).increment();
                        if (outcome.status == PaymentOutcome::Status::Declined) {
                            finish(encodeError(makeError(ErrorCode::PaymentDeclined, QStringLiteral("the card was declined; the seats are still held")), id));
                        } else if (outcome.status == PaymentOutcome::Status::TimedOut) {
                            finish(encodeError(makeError(ErrorCode::PaymentTimeout, QStringLiteral("the card terminal did not answer; the seats are still held")), id));
                        } else {
                            finish(encodeError(makeError(ErrorCode::PaymentDeclined, QStringLiteral("the card terminal failed: %1").arg(outcome.message)), id));
                        }
                    });
                    m_terminal->charge(reference, p.amount);
                    return; // continues in the slot
                }
                decideSeats(show, *hold, "sell",
                                 {QByteArray::number(user), id.toUtf8(), hash, terminalId.toUtf8(), QByteArray::number(*hold),
                                  QJsonDocument(progress->payments).toJson(QJsonDocument::Compact),
                                  request.customerEmail ? request.customerEmail->toUtf8() : QByteArray()},
                                 [this, finish, id, request, progress, refundCharged, step](Result<QJsonValue> result) {
                                     *step = nullptr; // break the cycle
                                     if (!result) {
                                         refundCharged();
                                         finish(encodeError(result.error(), id));
                                         return;
                                     }
                                     QJsonObject r = result->toObject();
                                     if (r.contains(QLatin1String("error"))) {
                                         refundCharged();
                                         finish(encodeError(operationError(r), id, errorDetails(r)));
                                         return;
                                     }
                                     committed(r);
                                     m_metrics->counter(QStringLiteral("marquee_sales_total"), QStringLiteral("Completed sales.")).increment();
                                     m_metrics->counter(QStringLiteral("marquee_tickets_sold_total"), QStringLiteral("Tickets sold."))
                                         .increment(double(r.value(QLatin1String("tickets")).toArray().size()));
                                     finish(encodeMessage(sellReplyFrom(r, request, progress->payments), id));
                                 });
            };
            (*step)();
        });
    });
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

void SyncServer::handleVerifyTicket(Session &session, const QString &id, const VerifyTicketRequest &request)
{
    if (!mayHandleSales(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("kiosks cannot verify tickets")));
        return;
    }
    if (request.admit) {
        sendError(session.socket, id, makeError(ErrorCode::InvalidValue, QStringLiteral("admission at the door is not supported yet"),
                                                QStringLiteral("/body/admit")));
        return;
    }
    Reply reply = replier(session, id);
    const QString code = request.code;
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
        VerifyTicketReply out;
        out.ticket = ticketFromJson(t, t.value(QLatin1String("currency")).toString());
        out.saleId = QString::number(t.value(QLatin1String("sale")).toInteger());
        out.showId = QString::number(t.value(QLatin1String("show")).toInteger());
        reply(encodeMessage(out, id));
    });
}

} // namespace Marquee
