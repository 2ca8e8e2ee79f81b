// Seats: subscriptions to a show's seat map, holds (new or growing), extend, release.
#include "syncserver.h"

#include "auth.h"
#include "bestavailable.h"
#include "database.h"
#include "layoutjson.h"
#include "logging.h"
#include "metrics.h"
#include "offloop.h"
#include "paymentterminal.h"
#include "pgpool.h"
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

// A show's seating as the orphan rule needs it: its venue's rule and its layout's plan.
struct SyncServer::ShowSeating
{
    bool noOrphanSeats = false;
    qint64 layoutVersion = 0;
    SeatingPlan plan;
};

void SyncServer::handleSubscribe(Session &session, const QString &id, const SubscribeRequest &request)
{
    const auto show = numericId(request.showId);
    if (!show) {
        sendError(session.socket, id, notFound(QStringLiteral("show"), request.showId, QStringLiteral("/body/showId")));
        return;
    }
    Reply reply = replier(session, id);
    QPointer<QWebSocket> socket = session.socket;
    const std::optional<qint64> lastVersion = request.lastVersion;
    const QString showText = request.showId;
    m_cache->ensureLoaded(*show, [this, reply, socket, id, show, lastVersion, showText](const Result<qint64> &version) {
        if (!version) {
            reply(encodeError(version.error().code == ErrorCode::NotFound
                                  ? notFound(QStringLiteral("show"), showText, QStringLiteral("/body/showId"))
                                  : version.error(),
                              id));
            return;
        }
        const auto live = m_sessions.value(socket.data());
        if (!live) {
            reply({});
            return;
        }
        // From here on every delta of the show reaches this terminal, in order, after what
        // this reply announces: everything runs on one thread.
        live->shows.insert(*show);
        m_subscribers[*show].insert(socket.data());
        SubscribeReply out;
        out.showId = showText;
        out.version = *version;
        if (const qint64 layout = m_cache->layoutVersion(*show); layout > 0)
            out.layoutVersion = layout;
        std::optional<QList<DeltaPush>> missed;
        if (lastVersion)
            missed = m_cache->deltasSince(*show, *lastVersion);
        out.resync = missed ? ResyncMode::Deltas : ResyncMode::Snapshot;
        reply(encodeMessage(out, id));
        if (missed) {
            for (const DeltaPush &delta : *missed)
                send(socket, encodeMessage(delta));
        } else {
            send(socket, encodeMessage(m_cache->snapshot(*show)));
        }
    });
}

void SyncServer::handleUnsubscribe(Session &session, const QString &id, const UnsubscribeRequest &request)
{
    const auto show = numericId(request.showId);
    if (show && session.shows.remove(*show)) {
        auto it = m_subscribers.find(*show);
        if (it != m_subscribers.end()) {
            it->remove(session.socket.data());
            if (it->isEmpty())
                m_subscribers.erase(it);
        }
    }
    UnsubscribeReply out;
    out.showId = request.showId;
    send(session.socket, encodeMessage(out, id));
}

void SyncServer::handleHold(Session &session, const QString &id, const QByteArray &hash, const HoldRequest &request)
{
    const auto show = numericId(request.showId);
    if (!show) {
        sendError(session.socket, id, notFound(QStringLiteral("show"), request.showId, QStringLiteral("/body/showId")));
        return;
    }
    if (!mayHold(session.claims->role)) {
        sendError(session.socket, id, makeError(ErrorCode::Forbidden, QStringLiteral("this role may not hold seats")));
        return;
    }
    Reply reply = replier(session, id);
    // Decided after the venue's orphan rule (which may need a read first); the session may be gone
    // by then, and the answer goes nowhere.
    checkOrphanRule(session, id, *show, request, reply, [this, reply, id, hash, show = *show, request,
                                                         socket = QPointer<QWebSocket>(session.socket)] {
        const auto it = m_sessions.constFind(socket.data());
        if (!socket || it == m_sessions.constEnd())
            return;
        if (!(*it)->claims) { // signed out meanwhile
            reply(encodeError(makeError(ErrorCode::Unauthenticated, QStringLiteral("signed out; nothing was held")), id));
            return;
        }
        decideHold(**it, reply, id, hash, show, request);
    });
}

void SyncServer::decideHold(Session &session, const Reply &reply, const QString &id, const QByteArray &hash, qint64 show,
                            const HoldRequest &request)
{
    if (request.holdId) {
        addToHold(reply, session, id, hash, show, request);
        return;
    }
    const int ttl = holdTtlFor(m_config, session.claims->role);
    QList<QByteArray> parameters {QByteArray::number(session.claims->userId), id.toUtf8(), hash, session.terminalId.toUtf8(),
                                  QByteArray::number(show), Database::textArray(request.seatIds), QByteArray::number(ttl)};
    if (request.ticketTypeId) {
        // A hold at a ticket type (requests/pricing.cpp); the plain one stays the lean "hold".
        const auto type = ticketTypeNumber(*request.ticketTypeId, QStringLiteral("/body/ticketTypeId"));
        if (!type) {
            reply(encodeError(type.error(), id));
            return;
        }
        parameters.append(QByteArray::number(*type));
    }
    // The answer, from the database or (a sure conflict) from memory.
    auto answer = [this, reply, id, request](const QJsonObject &r) {
        if (r.contains(QLatin1String("error"))) {
            const Error error = operationError(r);
            m_metrics->counter(QStringLiteral("marquee_holds_total"), QStringLiteral("Hold requests by result."),
                               {{QStringLiteral("result"), error.code == ErrorCode::SeatUnavailable ? QStringLiteral("conflict") : QStringLiteral("refused")}})
                .increment();
            reply(encodeError(error, id, errorDetails(r)));
            return;
        }
        m_metrics->counter(QStringLiteral("marquee_holds_total"), QStringLiteral("Hold requests by result."),
                           {{QStringLiteral("result"), QStringLiteral("ok")}}).increment();
        committed(r);
        HoldReply out;
        out.holdId = QString::number(r.value(QLatin1String("hold")).toInteger());
        out.showId = request.showId;
        QStringList seats = request.seatIds;
        seats.sort();
        out.seatIds = seats;
        out.expiresAt = fromMs(r.value(QLatin1String("expires")));
        readHoldPrices(r, out);
        reply(encodeMessage(out, id));
    };
    if (m_groups && !request.ticketTypeId && m_feed->isHealthy()) {
        // Sure conflicts are refused from memory, without a round trip (see ShowCache::sureConflicts).
        if (const auto taken = m_cache->sureConflicts(show, request.seatIds, session.terminalId)) {
            countHoldDecision(QStringLiteral("memory"));
            answer(QJsonObject {{QStringLiteral("error"), QStringLiteral("SEAT_UNAVAILABLE")},
                                {QStringLiteral("message"), QStringLiteral("some seats are taken; nothing was held")},
                                {QStringLiteral("seats"), *taken}});
            return;
        }
    }
    countHoldDecision(QStringLiteral("database"));
    decideSeats(show, 0, request.ticketTypeId ? "hold_typed" : "hold", parameters,
                [reply, id, answer](Result<QJsonValue> result) {
                    if (!result) {
                        reply(encodeError(result.error(), id));
                        return;
                    }
                    answer(result->toObject());
                });
}

void SyncServer::checkOrphanRule(Session &session, const QString &id, qint64 show, const HoldRequest &request,
                                 const Reply &reply, std::function<void()> proceed)
{
    if (request.allowOrphans) {
        if (session.claims->role == Role::Kiosk) {
            reply(encodeError(makeError(ErrorCode::Forbidden, QStringLiteral("a kiosk may not leave single seats stranded"),
                                        QStringLiteral("/body/allowOrphans")),
                              id));
            return;
        }
        proceed(); // a cashier saw the warning and holds anyway
        return;
    }
    const bool kiosk = session.claims->role == Role::Kiosk;
    loadSeating(show, [this, id, show, seats = request.seatIds, reply, proceed, kiosk](
                          const Result<std::shared_ptr<const ShowSeating>> &seating) {
        // Kiosks always obey the rule; the box office when the venue has it on. An unknown show
        // (or a layout that cannot be read) is for the database to answer as it always does.
        if (!seating || !(*seating)->plan.size() || (!kiosk && !(*seating)->noOrphanSeats)) {
            proceed();
            return;
        }
        m_cache->ensureLoaded(show, [this, id, show, seats, reply, proceed, seating = *seating](const Result<qint64> &loaded) {
            if (!loaded || m_cache->layoutVersion(show) != seating->layoutVersion) {
                proceed();
                return;
            }
            // A seat that is taken already is the database's SEAT_UNAVAILABLE, not an orphan.
            auto isFree = [this, show](const QString &seat) { return m_cache->isFree(show, seat); };
            for (const QString &seat : seats) {
                if (!isFree(seat)) {
                    proceed();
                    return;
                }
            }
            const QStringList stranded = seating->plan.stranded(isFree, seats);
            if (stranded.isEmpty()) {
                proceed();
                return;
            }
            m_metrics->counter(QStringLiteral("marquee_holds_total"), QStringLiteral("Hold requests by result."),
                               {{QStringLiteral("result"), QStringLiteral("orphan")}}).increment();
            reply(encodeError(makeError(ErrorCode::OrphanSeat,
                                        QStringLiteral("the hold would leave %1 stranded; nothing was held")
                                            .arg(stranded.size() == 1 ? QStringLiteral("seat ") + stranded.first()
                                                                      : QStringLiteral("seats ") + stranded.join(QStringLiteral(", "))),
                                        QStringLiteral("/body/seatIds")),
                              id, QJsonObject {{QStringLiteral("seats"), QJsonArray::fromStringList(stranded)}}));
        });
    });
}

void SyncServer::loadSeating(qint64 show, SeatingReady ready)
{
    if (const auto known = m_seating.constFind(show); known != m_seating.constEnd()) {
        if (!m_cache->isLoaded(show) || m_cache->layoutVersion(show) == (*known)->layoutVersion) {
            ready(*known);
            return;
        }
        m_seating.erase(known); // the show's layout changed
    }
    auto &waiting = m_seatingLoading[show];
    waiting.append(std::move(ready));
    if (waiting.size() > 1)
        return; // being read
    auto finish = [this, show](const Result<std::shared_ptr<const ShowSeating>> &result) {
        if (result)
            m_seating.insert(show, *result);
        const QList<SeatingReady> all = m_seatingLoading.take(show);
        for (const SeatingReady &r : all)
            r(result);
    };
    m_database->call("show_seating", {QByteArray::number(show)}, [this, finish](Result<QJsonValue> result) {
        if (!result) {
            finish(result.error());
            return;
        }
        const QJsonObject o = result->toObject();
        if (o.isEmpty()) {
            finish(makeError(ErrorCode::NotFound, QStringLiteral("no such show")));
            return;
        }
        // Decoding a layout and building its plan is CPU work: off the event loop.
        offLoop(
            m_cpuPool, this,
            [o]() -> std::shared_ptr<const ShowSeating> {
                auto seating = std::make_shared<ShowSeating>();
                seating->noOrphanSeats = o.value(QLatin1String("noOrphanSeats")).toBool(false);
                seating->layoutVersion = o.value(QLatin1String("layoutVersion")).toInteger();
                if (const auto layout = layoutFromJson(o.value(QLatin1String("layout")).toObject()))
                    seating->plan = SeatingPlan(*layout); // else empty: no judgement on a layout it cannot read
                return seating;
            },
            [finish](std::shared_ptr<const ShowSeating> seating) { finish(std::move(seating)); });
    });
}

void SyncServer::countHoldDecision(const QString &path)
{
    m_metrics->counter(QStringLiteral("marquee_hold_decisions_total"),
                       QStringLiteral("New holds by where they were decided: memory (a sure conflict) or database."),
                       {{QStringLiteral("path"), path}})
        .increment();
}

void SyncServer::addToHold(const Reply &reply, Session &session, const QString &id, const QByteArray &hash, qint64 show,
                           const HoldRequest &request)
{
    const auto hold = numericId(*request.holdId);
    if (!hold) {
        reply(encodeError(makeError(ErrorCode::HoldNotFound, QStringLiteral("no hold '%1'").arg(*request.holdId),
                                    QStringLiteral("/body/holdId")),
                          id));
        return;
    }
    QByteArray type;
    if (request.ticketTypeId) {
        const auto number = ticketTypeNumber(*request.ticketTypeId, QStringLiteral("/body/ticketTypeId"));
        if (!number) {
            reply(encodeError(number.error(), id));
            return;
        }
        type = QByteArray::number(*number);
    }
    runSeatOperation(show, *hold, "hold_more",
                     {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(show),
                      QByteArray::number(*hold), Database::textArray(request.seatIds), type}, reply, id,
                     [reply, id, request](const QJsonObject &r) {
                         HoldReply out;
                         out.holdId = *request.holdId;
                         out.showId = request.showId;
                         for (const QJsonValue &seat : r.value(QLatin1String("seats")).toArray())
                             out.seatIds.append(seat.toString());
                         out.expiresAt = fromMs(r.value(QLatin1String("expires")));
                         readHoldPrices(r, out);
                         reply(encodeMessage(out, id));
                     });
}

void SyncServer::handleExtend(Session &session, const QString &id, const QByteArray &hash, const ExtendHoldRequest &request)
{
    const auto hold = numericId(request.holdId);
    if (!hold) {
        sendError(session.socket, id, makeError(ErrorCode::HoldNotFound, QStringLiteral("no hold '%1'").arg(request.holdId), QStringLiteral("/body/holdId")));
        return;
    }
    Reply reply = replier(session, id);
    const Role role = session.claims->role;
    const int ttl = holdTtlFor(m_config, role);
    const int cap = role == Role::Kiosk ? m_config.kioskHoldCapSeconds : m_config.holdCapSeconds;
    const qint64 user = session.claims->userId;
    runSeatOperation(0, *hold, "extend",
                     {QByteArray::number(user), id.toUtf8(), hash, QByteArray::number(*hold),
                      QByteArray::number(ttl), QByteArray::number(cap)}, reply, id,
                     [this, reply, id, request, holdNumber = *hold, user](const QJsonObject &r) {
                         HoldReply out;
                         out.holdId = request.holdId;
                         out.showId = QString::number(r.value(QLatin1String("show")).toInteger());
                         for (const QJsonValue &c : r.value(QLatin1String("changes")).toArray())
                             out.seatIds.append(c.toObject().value(QLatin1String("seat")).toString());
                         out.expiresAt = fromMs(r.value(QLatin1String("expires")));
                         if (r.contains(QLatin1String("currency"))) {
                             readHoldPrices(r, out);
                             reply(encodeMessage(out, id));
                             return;
                         }
                         // A replayed answer remembered before migration 5 has no total: look it up.
                         m_database->call("hold_for_sale", {QByteArray::number(holdNumber), QByteArray::number(user)},
                                          [reply, id, out](Result<QJsonValue> held) mutable {
                                              if (!held || !held->isObject()) {
                                                  reply(encodeError(held ? makeError(ErrorCode::HoldNotFound, QStringLiteral("the hold is gone"))
                                                                         : held.error(),
                                                                    id));
                                                  return;
                                              }
                                              const QJsonObject h = held->toObject();
                                              out.total = money(h.value(QLatin1String("total")).toInteger(), h.value(QLatin1String("currency")).toString());
                                              reply(encodeMessage(out, id));
                                          });
                     });
}

void SyncServer::handleRelease(Session &session, const QString &id, const QByteArray &hash, const ReleaseHoldRequest &request)
{
    const auto hold = numericId(request.holdId);
    if (!hold) {
        sendError(session.socket, id, makeError(ErrorCode::HoldNotFound, QStringLiteral("no hold '%1'").arg(request.holdId), QStringLiteral("/body/holdId")));
        return;
    }
    Reply reply = replier(session, id);
    runSeatOperation(0, *hold, "release",
                     {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*hold),
                      request.seatIds ? Database::textArray(*request.seatIds) : QByteArray()}, reply, id,
                     [reply, id, request](const QJsonObject &r) {
                         ReleaseHoldReply out;
                         out.holdId = request.holdId;
                         for (const QJsonValue &c : r.value(QLatin1String("changes")).toArray())
                             out.releasedSeatIds.append(c.toObject().value(QLatin1String("seat")).toString());
                         for (const QJsonValue &s : r.value(QLatin1String("remaining")).toArray())
                             out.remainingSeatIds.append(s.toString());
                         reply(encodeMessage(out, id));
                     });
}

} // namespace Marquee
