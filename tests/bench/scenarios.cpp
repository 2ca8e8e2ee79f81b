#include "scenarios.h"

#include "benchseed.h"
#include "benchterminal.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <poll.h>
#include <time.h>

namespace Marquee::Bench {

namespace {

constexpr qint64 msNs = 1'000'000;

QString fmt(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

// Runs the event loop until `condition` holds; false on time-out.
bool spinUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer tick;
    tick.start(5);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void spinFor(int ms)
{
    const QDeadlineTimer deadline(ms);
    spinUntil([&deadline] { return deadline.hasExpired(); }, ms + 1000);
}

// Terminal ids (and so request ids, the idempotency keys) never repeat, across fleets and runs.
QString terminalId(int fleet, int index)
{
    static const QString run = QString::number(QRandomGenerator::system()->generate(), 36);
    return u'b' + run + u'.' + QString::number(fleet) + u'.' + QString::number(index);
}

// Fleets are set up in several threads at once (the push listeners).
std::atomic<int> fleetsSetUp{0};

struct Fleet
{
    QObject owner;
    std::vector<BenchTerminal *> terminals;
    int ready = 0;
    int failed = 0;
    QString firstError;
};

// Connects, signs in and subscribes `count` terminals, at most `concurrency` at a time; terminal
// i signs in as bench user firstUser + i (modulo the users).
std::unique_ptr<Fleet> setUp(const Scenario &s, int count, const std::function<QStringList(int)> &showsFor,
                             const std::function<void(BenchTerminal *)> &configure = {}, int firstUser = 0)
{
    auto fleet = std::make_unique<Fleet>();
    Fleet *f = fleet.get();
    const int fleetNumber = ++fleetsSetUp;
    auto next = std::make_shared<int>(0);
    auto active = std::make_shared<int>(0);
    auto startNext = std::make_shared<std::function<void()>>();
    const QUrl url = s.url;
    const int users = std::max(1, s.layout.users);
    *startNext = [f, next, active, count, url, users, showsFor, configure, concurrency = s.setupConcurrency, fleetNumber,
                  firstUser, weak = std::weak_ptr<std::function<void()>>(startNext)]() {
        while (*active < concurrency && *next < count) {
            const int i = (*next)++;
            ++*active;
            auto *t = new BenchTerminal(i, terminalId(fleetNumber, i), &f->owner);
            if (configure)
                configure(t);
            f->terminals.push_back(t);
            auto finish = [f, active, weak](bool ok, const QString &why) {
                --*active;
                if (ok) {
                    ++f->ready;
                } else {
                    ++f->failed;
                    if (f->firstError.isEmpty())
                        f->firstError = why;
                }
                if (auto again = weak.lock())
                    QMetaObject::invokeMethod(&f->owner, [again] { (*again)(); }, Qt::QueuedConnection);
            };
            const QStringList shows = showsFor ? showsFor(i) : QStringList();
            t->open(url, [t, user = (firstUser + i) % users, shows, finish](bool ok, const QString &why) {
                if (!ok)
                    return finish(false, QStringLiteral("connect: ") + why);
                t->signIn(benchUser(user), benchPassword(), [t, shows, finish](bool signedIn, const QString &why2) {
                    if (!signedIn)
                        return finish(false, QStringLiteral("sign-in: ") + why2);
                    auto subscribeFrom = std::make_shared<std::function<void(int)>>();
                    *subscribeFrom = [t, shows, finish, w = std::weak_ptr<std::function<void(int)>>(subscribeFrom)](int k) {
                        if (k >= shows.size())
                            return finish(true, {});
                        auto self = w.lock();
                        t->subscribe(shows[k], [self, k, finish](bool subscribed, const QString &why3) {
                            if (!subscribed)
                                return finish(false, QStringLiteral("subscribe: ") + why3);
                            (*self)(k + 1);
                        });
                    };
                    (*subscribeFrom)(0);
                });
            });
        }
    };
    (*startNext)();
    spinUntil([f, count] { return f->ready + f->failed >= count; }, 120000 + count * 20);
    return fleet;
}

Report fleetReport(const Fleet &f)
{
    Report r{{QStringLiteral("terminals_ready"), QString::number(f.ready)},
             {QStringLiteral("setup_failures"), QString::number(f.failed)}};
    if (!f.firstError.isEmpty())
        r.append({QStringLiteral("setup_error"), QString(f.firstError).replace(u' ', u'_')});
    return r;
}

// The numeric value after "key": in a JSON text, or -1.
qint64 jsonNumber(const QString &text, QLatin1StringView key)
{
    const qsizetype at = text.indexOf(key);
    if (at < 0)
        return -1;
    qsizetype i = at + key.size();
    qint64 value = 0;
    bool any = false;
    while (i < text.size() && text.at(i).isDigit()) {
        value = value * 10 + text.at(i).digitValue();
        ++i;
        any = true;
    }
    return any ? value : -1;
}

// CPU time of the calling thread, in ns.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

Payment cash(const Money &amount)
{
    Payment p;
    p.method = PaymentMethod::Cash;
    p.amount = amount;
    p.tendered = amount;
    return p;
}

} // namespace

double percentileMs(std::vector<qint64> values, double percentile)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = percentile / 100.0 * double(values.size() - 1);
    const auto index = std::size_t(rank + 0.5);
    return double(values[std::min(index, values.size() - 1)]) / double(msNs);
}

// ---------------------------------------------------------------------------------------------

Report runThroughput(const Scenario &s)
{
    const Layout &l = s.layout;
    auto fleet = setUp(s, s.terminals, [&l](int i) {
        return QStringList{QString::number(l.firstShow + i % l.shows)}; // a "home" show to watch
    });
    Report report = fleetReport(*fleet);
    if (fleet->ready < s.terminals)
        return report;

    struct Counters
    {
        qint64 startNs = 0, endNs = 0;
        qint64 holdsOk = 0, releasesOk = 0, conflicts = 0, errors = 0, attempts = 0, running = 0;
        std::vector<qint64> holdLatency, releaseLatency;
        QString firstError;
    };
    auto c = std::make_shared<Counters>();
    const qint64 begin = nowNs();
    c->startNs = begin + qint64(s.warmupSeconds * 1e9);
    c->endNs = c->startNs + qint64(s.seconds * 1e9);
    c->holdLatency.reserve(1 << 20);
    c->releaseLatency.reserve(1 << 20);

    auto step = std::make_shared<std::function<void(BenchTerminal *, QRandomGenerator *)>>();
    std::vector<std::unique_ptr<QRandomGenerator>> rngs;
    *step = [c, l, w = std::weak_ptr<std::function<void(BenchTerminal *, QRandomGenerator *)>>(step)](BenchTerminal *t, QRandomGenerator *rng) {
        const qint64 sent = nowNs();
        if (sent >= c->endNs) {
            --c->running;
            return;
        }
        HoldRequest hold;
        hold.showId = QString::number(l.firstShow + int(rng->bounded(l.shows)));
        const int row = 1 + int(rng->bounded(l.rows));
        const int first = 1 + int(rng->bounded(l.perRow - 3));
        for (int k = 0; k < 4; ++k)
            hold.seatIds.append(seatId(row, first + k));
        ++c->attempts;
        t->request(hold, [c, t, rng, sent, w](const AnyMessage &reply) {
            const qint64 got = nowNs();
            auto again = w.lock();
            if (!again)
                return;
            const bool inWindow = sent >= c->startNs && got <= c->endNs;
            if (const auto *held = replyAs<HoldReply>(reply)) {
                if (inWindow) {
                    ++c->holdsOk;
                    c->holdLatency.push_back(got - sent);
                }
                ReleaseHoldRequest release;
                release.holdId = held->holdId;
                const qint64 releaseSent = nowNs();
                t->request(release, [c, t, rng, releaseSent, w](const AnyMessage &r) {
                    const qint64 done = nowNs();
                    auto again2 = w.lock();
                    if (!again2)
                        return;
                    if (replyAs<ReleaseHoldReply>(r)) {
                        if (releaseSent >= c->startNs && done <= c->endNs) {
                            ++c->releasesOk;
                            c->releaseLatency.push_back(done - releaseSent);
                        }
                    } else {
                        ++c->errors;
                        if (const ErrorMessage *e = errorOf(r); e && c->firstError.isEmpty())
                            c->firstError = e->message;
                    }
                    (*again2)(t, rng);
                });
                return;
            }
            const ErrorMessage *error = errorOf(reply);
            if (error && error->code == ErrorCode::SeatUnavailable) {
                if (inWindow)
                    ++c->conflicts;
            } else {
                ++c->errors;
                if (error && c->firstError.isEmpty())
                    c->firstError = errorCodeName(error->code) + u':' + error->message;
            }
            (*again)(t, rng);
        });
    };
    for (BenchTerminal *t : fleet->terminals) {
        rngs.push_back(std::make_unique<QRandomGenerator>(quint32(1000 + t->index())));
        ++c->running;
        (*step)(t, rngs.back().get());
    }
    spinUntil([c] { return c->running == 0; }, int((s.warmupSeconds + s.seconds) * 1000) + 30000);
    const double window = double(c->endNs - c->startNs) / 1e9;
    report += Report{
        {QStringLiteral("seconds"), fmt(window, 1)},
        {QStringLiteral("holds"), QString::number(c->holdsOk)},
        {QStringLiteral("holds_per_s"), fmt(double(c->holdsOk) / window, 0)},
        // Hold attempts answered with a hold or a conflict: what pgbench's tps counts.
        {QStringLiteral("decided_per_s"), fmt(double(c->holdsOk + c->conflicts) / window, 0)},
        {QStringLiteral("hold_p50_ms"), fmt(percentileMs(c->holdLatency, 50))},
        {QStringLiteral("hold_p99_ms"), fmt(percentileMs(c->holdLatency, 99))},
        {QStringLiteral("hold_max_ms"), fmt(percentileMs(c->holdLatency, 100))},
        {QStringLiteral("release_p50_ms"), fmt(percentileMs(c->releaseLatency, 50))},
        {QStringLiteral("release_p99_ms"), fmt(percentileMs(c->releaseLatency, 99))},
        {QStringLiteral("conflicts"), QString::number(c->conflicts)},
        {QStringLiteral("errors"), QString::number(c->errors)},
        {QStringLiteral("unfinished"), QString::number(c->running)},
    };
    if (!c->firstError.isEmpty())
        report.append({QStringLiteral("first_error"), QString(c->firstError).replace(u' ', u'_')});
    return report;
}

// ---------------------------------------------------------------------------------------------

Report runSales(const Scenario &s)
{
    const Layout &l = s.layout;
    auto fleet = setUp(s, s.terminals, [](int) { return QStringList{}; });
    Report report = fleetReport(*fleet);
    if (fleet->ready < s.terminals)
        return report;

    struct Counters
    {
        qint64 startNs = 0, endNs = 0;
        qint64 sales = 0, conflicts = 0, errors = 0, running = 0;
        std::vector<qint64> saleLatency; // hold sent to sale answered
        QString firstError;
    };
    auto c = std::make_shared<Counters>();
    c->startNs = nowNs() + qint64(s.warmupSeconds * 1e9);
    c->endNs = c->startNs + qint64(s.seconds * 1e9);
    c->saleLatency.reserve(1 << 20);
    using Step = std::function<void(BenchTerminal *, QRandomGenerator *)>;
    auto step = std::make_shared<Step>();
    std::vector<std::unique_ptr<QRandomGenerator>> rngs;
    auto fail = [c](const AnyMessage &reply) {
        const ErrorMessage *error = errorOf(reply);
        if (error && error->code == ErrorCode::SeatUnavailable) {
            ++c->conflicts;
            return;
        }
        ++c->errors;
        if (error && c->firstError.isEmpty())
            c->firstError = errorCodeName(error->code) + u':' + error->message;
    };
    *step = [c, l, fail, w = std::weak_ptr<Step>(step)](BenchTerminal *t, QRandomGenerator *rng) {
        const qint64 sent = nowNs();
        if (sent >= c->endNs) {
            --c->running;
            return;
        }
        HoldRequest hold;
        hold.showId = QString::number(l.firstShow + int(rng->bounded(l.shows)));
        const int row = 1 + int(rng->bounded(l.rows));
        const int first = 1 + int(rng->bounded(l.perRow - 1));
        hold.seatIds = {seatId(row, first), seatId(row, first + 1)};
        t->request(hold, [c, t, rng, sent, fail, w](const AnyMessage &reply) {
            auto again = w.lock();
            if (!again)
                return;
            const auto *held = replyAs<HoldReply>(reply);
            if (!held) {
                fail(reply);
                return (*again)(t, rng);
            }
            SellRequest sell;
            sell.holdId = held->holdId;
            Payment payment;
            payment.method = PaymentMethod::Cash;
            payment.amount = held->total;
            payment.tendered = held->total;
            sell.payments = {payment};
            t->request(sell, [c, t, rng, sent, fail, w](const AnyMessage &r) {
                const qint64 done = nowNs();
                auto again2 = w.lock();
                if (!again2)
                    return;
                if (replyAs<SellReply>(r)) {
                    if (sent >= c->startNs && done <= c->endNs) {
                        ++c->sales;
                        c->saleLatency.push_back(done - sent);
                    }
                } else {
                    fail(r);
                }
                (*again2)(t, rng);
            });
        });
    };
    for (BenchTerminal *t : fleet->terminals) {
        // A new sequence every run: the seats sold by an earlier run stay sold.
        rngs.push_back(std::make_unique<QRandomGenerator>(QRandomGenerator::global()->generate()));
        ++c->running;
        (*step)(t, rngs.back().get());
    }
    spinUntil([c] { return c->running == 0; }, int((s.warmupSeconds + s.seconds) * 1000) + 30000);
    const double window = double(c->endNs - c->startNs) / 1e9;
    report += Report{
        {QStringLiteral("seconds"), fmt(window, 1)},
        {QStringLiteral("sales"), QString::number(c->sales)},
        {QStringLiteral("sales_per_s"), fmt(double(c->sales) / window, 1)},
        {QStringLiteral("sale_p50_ms"), fmt(percentileMs(c->saleLatency, 50))},
        {QStringLiteral("sale_p99_ms"), fmt(percentileMs(c->saleLatency, 99))},
        {QStringLiteral("conflicts"), QString::number(c->conflicts)},
        {QStringLiteral("errors"), QString::number(c->errors)},
        {QStringLiteral("unfinished"), QString::number(c->running)},
    };
    if (!c->firstError.isEmpty())
        report.append({QStringLiteral("first_error"), QString(c->firstError).replace(u' ', u'_')});
    return report;
}

Report runOutboxDrain(const QString &databaseUrl, int events, const QString &consumer)
{
    auto db = PgConnection::connect(databaseUrl);
    if (!db)
        return {{QStringLiteral("error"), QString(db.error().message).replace(u' ', u'_')}};
    const QString caughtUp = QStringLiteral(
        "SELECT (SELECT cursor_seq FROM outbox_consumers WHERE name = $1) >= (SELECT coalesce(max(seq), 0) FROM outbox)"
        " AND NOT EXISTS (SELECT 1 FROM outbox WHERE seq IS NULL)");
    auto isCaughtUp = [&] { return scalar(*db, caughtUp, {consumer}) == QLatin1String("t"); };
    if (!spinUntil(isCaughtUp, 60000))
        return {{QStringLiteral("error"), QStringLiteral("the_consumer_was_behind_before_the_run")}};
    const QString payload = scalar(*db, QStringLiteral("SELECT payload::text FROM outbox WHERE type = 'sale.completed' ORDER BY id DESC LIMIT 1"));
    if (payload.isEmpty())
        return {{QStringLiteral("error"), QStringLiteral("no_sale_event_to_copy_(run_sales_first)")}};
    const qint64 start = nowNs();
    auto inserted = db->exec(QStringLiteral("INSERT INTO outbox (type, aggregate_type, aggregate_id, payload)"
                                            " SELECT 'sale.completed', 'sale', g::text, $1::jsonb FROM generate_series(1, $2::integer) g"),
                             {payload, QString::number(events)});
    if (!inserted)
        return {{QStringLiteral("error"), QString(inserted.error().message).replace(u' ', u'_')}};
    (void)db->exec(QStringLiteral("SELECT pg_notify('marquee_outbox', '')"));
    const bool done = spinUntil(isCaughtUp, 600000);
    const double seconds = double(nowNs() - start) / 1e9;
    return {
        {QStringLiteral("events"), QString::number(events)},
        {QStringLiteral("payload_bytes"), QString::number(payload.toUtf8().size())},
        {QStringLiteral("drained"), done ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("seconds"), fmt(seconds, 2)},
        {QStringLiteral("events_per_s"), fmt(double(events) / seconds, 0)},
    };
}

// ---------------------------------------------------------------------------------------------

Report runRush(const Scenario &s)
{
    const Layout &l = s.layout;
    const QString show = QString::number(l.hotShow);
    const int seats = l.hotRows * l.hotPerRow;
    auto fleet = setUp(s, s.terminals, [show](int) { return QStringList{show}; });
    Report report = fleetReport(*fleet);
    if (fleet->ready < s.terminals)
        return report;

    struct Counters
    {
        qint64 startNs = 0, lastSaleNs = 0;
        qint64 attempts = 0, holdsOk = 0, conflicts = 0, sales = 0, seatsSold = 0, errors = 0, running = 0;
        std::vector<qint64> holdLatency, saleLatency;
        QString firstError;
    };
    auto c = std::make_shared<Counters>();
    // Seats a terminal learnt are taken from a refused hold, before its map shows it.
    auto avoid = std::make_shared<std::vector<QSet<QString>>>(fleet->terminals.size());
    std::vector<std::unique_ptr<QRandomGenerator>> rngs;
    auto step = std::make_shared<std::function<void(BenchTerminal *, QRandomGenerator *)>>();
    *step = [c, l, show, avoid, w = std::weak_ptr<std::function<void(BenchTerminal *, QRandomGenerator *)>>(step)](BenchTerminal *t, QRandomGenerator *rng) {
        const BenchTerminal::ShowMap *m = t->map(show);
        QSet<QString> &skip = (*avoid)[std::size_t(t->index())];
        const int want = 1 + int(rng->bounded(6));
        const int total = l.hotRows * l.hotPerRow;
        const int from = int(rng->bounded(total));
        QStringList pick;
        // The first free seat from a random place, then the free seats right of it in its row.
        for (int k = 0; k < total && pick.isEmpty(); ++k) {
            const int at = (from + k) % total;
            const int row = 1 + at / l.hotPerRow;
            const int seat = 1 + at % l.hotPerRow;
            const QString id = seatId(row, seat);
            if (m->seats.value(id) != SeatStatus::Available || skip.contains(id))
                continue;
            pick.append(id);
            for (int n = seat + 1; n <= l.hotPerRow && pick.size() < want; ++n) {
                const QString next = seatId(row, n);
                if (m->seats.value(next) != SeatStatus::Available || skip.contains(next))
                    break;
                pick.append(next);
            }
        }
        if (pick.isEmpty()) {
            --c->running; // sold out as far as this terminal can tell
            return;
        }
        HoldRequest hold;
        hold.showId = show;
        hold.seatIds = pick;
        const qint64 sent = nowNs();
        ++c->attempts;
        t->request(hold, [c, t, rng, sent, pick, avoid, w](const AnyMessage &reply) {
            const qint64 got = nowNs();
            auto again = w.lock();
            if (!again)
                return;
            if (const auto *held = replyAs<HoldReply>(reply)) {
                ++c->holdsOk;
                c->holdLatency.push_back(got - sent);
                SellRequest sell;
                sell.holdId = held->holdId;
                sell.payments = {cash(held->total)};
                const qint64 sellSent = nowNs();
                const qsizetype n = held->seatIds.size();
                t->request(sell, [c, t, rng, sellSent, n, w](const AnyMessage &r) {
                    const qint64 done = nowNs();
                    auto again2 = w.lock();
                    if (!again2)
                        return;
                    if (replyAs<SellReply>(r)) {
                        ++c->sales;
                        c->seatsSold += n;
                        c->saleLatency.push_back(done - sellSent);
                        c->lastSaleNs = std::max(c->lastSaleNs, done);
                    } else {
                        ++c->errors;
                        if (const ErrorMessage *e = errorOf(r); e && c->firstError.isEmpty())
                            c->firstError = errorCodeName(e->code) + u':' + e->message;
                    }
                    (*again2)(t, rng);
                });
                return;
            }
            const ErrorMessage *error = errorOf(reply);
            if (error && error->code == ErrorCode::SeatUnavailable) {
                ++c->conflicts;
                QSet<QString> &taken = (*avoid)[std::size_t(t->index())];
                for (const QJsonValue &v : error->details.value(QLatin1String("seats")).toArray())
                    taken.insert(v.toObject().value(QLatin1String("seat")).toString());
            } else {
                ++c->errors;
                if (error && c->firstError.isEmpty())
                    c->firstError = errorCodeName(error->code) + u':' + error->message;
            }
            (*again)(t, rng);
        });
    };
    c->startNs = nowNs();
    for (BenchTerminal *t : fleet->terminals) {
        rngs.push_back(std::make_unique<QRandomGenerator>(quint32(7000 + t->index())));
        ++c->running;
    }
    for (std::size_t i = 0; i < fleet->terminals.size(); ++i)
        (*step)(fleet->terminals[i], rngs[i].get());
    const bool finished = spinUntil([c] { return c->running == 0; }, 600000);
    const double sellOut = double(c->lastSaleNs - c->startNs) / 1e9;

    // The database's truth, and every terminal's map against it once it has the last version.
    auto db = PgConnection::connect(s.databaseUrl);
    qint64 dbSold = -1, doubles = -1, validTickets = -1, version = -1;
    QHash<QString, SeatStatus> truth;
    if (db)
        version = scalar(*db, QStringLiteral("SELECT version FROM shows WHERE id = $1"), {show}).toLongLong();
    const auto &terminals = fleet->terminals;
    // Requests still in flight (a run that timed out) and deltas still on their way land first.
    spinUntil([&terminals, show, version] {
        return std::all_of(terminals.begin(), terminals.end(),
                           [&](BenchTerminal *t) { return t->pending() == 0 && t->version(show) >= version; });
    }, 30000);
    if (db) {
        version = scalar(*db, QStringLiteral("SELECT version FROM shows WHERE id = $1"), {show}).toLongLong();
        spinUntil([&terminals, show, version] {
            return std::all_of(terminals.begin(), terminals.end(), [&](BenchTerminal *t) { return t->version(show) >= version; });
        }, 10000);
        dbSold = scalar(*db, QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'sold'"), {show}).toLongLong();
        validTickets = scalar(*db, QStringLiteral("SELECT count(*) FROM tickets WHERE show_id = $1 AND status = 'valid'"), {show}).toLongLong();
        doubles = scalar(*db, QStringLiteral("SELECT count(*) FROM (SELECT seat_id FROM tickets WHERE show_id = $1 AND status = 'valid'"
                                             " GROUP BY seat_id HAVING count(*) > 1) d"), {show}).toLongLong();
        if (auto rows = db->exec(QStringLiteral("SELECT seat_id, status FROM show_seats WHERE show_id = $1"), {show})) {
            for (int i = 0; i < rows->rowCount(); ++i) {
                const QString st = rows->value(i, 1);
                truth.insert(rows->value(i, 0), st == QLatin1String("sold") ? SeatStatus::Sold
                                                 : st == QLatin1String("held") ? SeatStatus::Held
                                                 : st == QLatin1String("blocked") ? SeatStatus::Blocked
                                                                                  : SeatStatus::Available);
            }
        }
    }
    int equal = 0, gaps = 0;
    for (BenchTerminal *t : terminals) {
        gaps += t->gaps;
        const BenchTerminal::ShowMap *m = t->map(show);
        if (m && m->version == version && m->seats == truth)
            ++equal;
    }
    report += Report{
        {QStringLiteral("seats"), QString::number(seats)},
        {QStringLiteral("finished"), finished ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("sellout_s"), fmt(sellOut, 2)},
        {QStringLiteral("hold_attempts"), QString::number(c->attempts)},
        {QStringLiteral("holds"), QString::number(c->holdsOk)},
        {QStringLiteral("holds_per_s"), fmt(double(c->holdsOk) / std::max(sellOut, 1e-9), 0)},
        {QStringLiteral("conflicts"), QString::number(c->conflicts)},
        {QStringLiteral("conflict_rate"), fmt(c->attempts ? 100.0 * double(c->conflicts) / double(c->attempts) : 0, 1)},
        {QStringLiteral("hold_p50_ms"), fmt(percentileMs(c->holdLatency, 50))},
        {QStringLiteral("hold_p99_ms"), fmt(percentileMs(c->holdLatency, 99))},
        {QStringLiteral("hold_max_ms"), fmt(percentileMs(c->holdLatency, 100))},
        {QStringLiteral("sales"), QString::number(c->sales)},
        {QStringLiteral("sale_p99_ms"), fmt(percentileMs(c->saleLatency, 99))},
        {QStringLiteral("seats_sold_replies"), QString::number(c->seatsSold)},
        {QStringLiteral("db_sold"), QString::number(dbSold)},
        {QStringLiteral("db_valid_tickets"), QString::number(validTickets)},
        {QStringLiteral("double_sold"), QString::number(doubles)},
        {QStringLiteral("maps_equal"), QString::number(equal)},
        {QStringLiteral("gaps"), QString::number(gaps)},
        {QStringLiteral("errors"), QString::number(c->errors)},
    };
    if (!c->firstError.isEmpty())
        report.append({QStringLiteral("first_error"), QString(c->firstError).replace(u' ', u'_')});
    return report;
}

// ---------------------------------------------------------------------------------------------

namespace {

// One thread's share of the push listeners: its own event loop polls only its own sockets.
struct ListenerGroup
{
    int count = 0;
    int firstUser = 0;
    std::vector<std::vector<qint64>> arrivals; // receive times per change
    qint64 cpuNs = 0;                          // the thread's CPU from its fleet ready to the end
    qint64 tapNs = 0;                          // of it, finding the version in the raw frames
    qint64 version = -1;                       // the show's version all its listeners have
    bool agree = true;
    int ready = 0, failed = 0;
    QString firstError;
    QEventLoop *loop = nullptr;
};

} // namespace

Report runPush(const Scenario &s, int changes, int intervalMs, int listenerThreads)
{
    const Layout &l = s.layout;
    const QString show = QString::number(l.firstShow + 1);
    const int listeners = s.terminals;
    const int threads = std::clamp(listenerThreads, 1, std::max(1, listeners));
    // Per change: listeners that have it (written by the listener threads, read here).
    auto counts = std::make_unique<std::atomic<int>[]>(std::size_t(changes));
    std::atomic<qint64> base{-1};
    std::atomic<int> groupsReady{0};
    std::vector<ListenerGroup> groups(static_cast<std::size_t>(threads));
    std::vector<std::unique_ptr<QThread>> workers;
    for (int g = 0; g < threads; ++g) {
        ListenerGroup &group = groups[std::size_t(g)];
        group.count = listeners / threads + (g < listeners % threads ? 1 : 0);
        group.firstUser = g == 0 ? 0 : groups[std::size_t(g - 1)].firstUser + groups[std::size_t(g - 1)].count;
        group.arrivals.resize(std::size_t(changes));
        workers.emplace_back(QThread::create([&s, &show, &group, &counts, &base, &groupsReady, changes] {
            auto fleet = setUp(s, group.count, [&show](int) { return QStringList{show}; }, [&](BenchTerminal *t) {
                t->decodePushes = false; // listeners only timestamp (the version is read from the raw text, no JSON parse)
                t->onRawDelta = [&](BenchTerminal *, qint64 ns, const QString &text) {
                    const qint64 k = jsonNumber(text, QLatin1StringView("\"toVersion\":")) - base - 1;
                    if (base >= 0 && k >= 0 && k < changes) {
                        group.arrivals[std::size_t(k)].push_back(ns);
                        ++counts[std::size_t(k)];
                    }
                    group.tapNs += nowNs() - ns;
                };
            }, group.firstUser);
            group.ready = fleet->ready;
            group.failed = fleet->failed;
            group.firstError = fleet->firstError;
            if (!fleet->terminals.empty())
                group.version = fleet->terminals.front()->version(show);
            for (BenchTerminal *t : fleet->terminals)
                group.agree = group.agree && t->version(show) == group.version;
            QEventLoop loop;
            group.loop = &loop;
            const qint64 cpuStart = threadCpuNs();
            ++groupsReady;
            loop.exec(); // until the writer is done
            group.cpuNs = threadCpuNs() - cpuStart;
        }));
        workers.back()->start();
    }
    spinUntil([&] { return groupsReady == threads; }, 120000 + listeners * 20);
    auto stopListeners = [&] {
        for (ListenerGroup &group : groups) {
            if (group.loop)
                QMetaObject::invokeMethod(group.loop, &QEventLoop::quit, Qt::QueuedConnection);
        }
        for (auto &worker : workers)
            worker->wait();
    };
    Report report;
    {
        Fleet all;
        for (const ListenerGroup &group : groups) {
            all.ready += group.ready;
            all.failed += group.failed;
            if (all.firstError.isEmpty())
                all.firstError = group.firstError;
        }
        report = fleetReport(all);
        if (all.ready < listeners || groupsReady < threads) {
            stopListeners();
            return report;
        }
    }
    base = groups.front().version;
    for (const ListenerGroup &group : groups) {
        if (!group.agree || group.version != base)
            report.append({QStringLiteral("warning"), QStringLiteral("listeners_disagree_on_version")});
    }

    Scenario writerScenario = s;
    writerScenario.terminals = 1;
    auto writerFleet = setUp(writerScenario, 1, {});
    if (writerFleet->ready != 1)
        return report + fleetReport(*writerFleet);
    BenchTerminal *writer = writerFleet->terminals.front();

    std::vector<qint64> sentNs(std::size_t(changes), 0), replyNs(std::size_t(changes), 0);
    int errors = 0, timeouts = 0;
    QString holdId;
    for (int k = 0; k < changes; ++k) {
        bool replied = false;
        sentNs[std::size_t(k)] = nowNs();
        if (k % 2 == 0) {
            HoldRequest hold;
            hold.showId = show;
            hold.seatIds = {seatId(1 + (k / 2) % l.rows, 1 + (k / 2 / l.rows) % l.perRow)};
            writer->request(hold, [&, k](const AnyMessage &reply) {
                replyNs[std::size_t(k)] = nowNs();
                replied = true;
                if (const auto *h = replyAs<HoldReply>(reply))
                    holdId = h->holdId;
                else
                    ++errors;
            });
        } else {
            ReleaseHoldRequest release;
            release.holdId = holdId;
            writer->request(release, [&, k](const AnyMessage &reply) {
                replyNs[std::size_t(k)] = nowNs();
                replied = true;
                if (!replyAs<ReleaseHoldReply>(reply))
                    ++errors;
            });
        }
        const std::atomic<int> &got = counts[std::size_t(k)];
        if (!spinUntil([&] { return replied && got >= listeners; }, 5000))
            ++timeouts;
        spinFor(intervalMs);
    }
    stopListeners();
    // The listeners' own cost: their threads' CPU (socket reads, WebSocket frames, UTF-8 to
    // QString, the version tap, their event loops), not the server's.
    qint64 listenerCpuNs = 0, tapNs = 0;
    for (const ListenerGroup &group : groups) {
        listenerCpuNs += group.cpuNs;
        tapNs += group.tapNs;
    }
    std::vector<qint64> fromSend, fromReply, first, spread;
    qint64 received = 0;
    for (int k = 0; k < changes; ++k) {
        std::vector<qint64> got;
        for (const ListenerGroup &group : groups)
            got.insert(got.end(), group.arrivals[std::size_t(k)].begin(), group.arrivals[std::size_t(k)].end());
        for (const qint64 ns : got) {
            ++received;
            fromSend.push_back(ns - sentNs[std::size_t(k)]);
            fromReply.push_back(std::max<qint64>(0, ns - replyNs[std::size_t(k)]));
        }
        if (!got.empty()) {
            const auto [lo, hi] = std::minmax_element(got.begin(), got.end());
            first.push_back(*lo - sentNs[std::size_t(k)]);
            spread.push_back(*hi - *lo);
        }
    }
    const double frames = double(std::max<qint64>(1, received));
    report += Report{
        {QStringLiteral("listeners"), QString::number(listeners)},
        {QStringLiteral("listener_threads"), QString::number(threads)},
        {QStringLiteral("changes"), QString::number(changes)},
        {QStringLiteral("received"), QString::number(received)},
        {QStringLiteral("expected"), QString::number(qint64(listeners) * changes)},
        {QStringLiteral("p50_ms"), fmt(percentileMs(fromSend, 50))},
        {QStringLiteral("p99_ms"), fmt(percentileMs(fromSend, 99))},
        {QStringLiteral("max_ms"), fmt(percentileMs(fromSend, 100))},
        {QStringLiteral("after_reply_p50_ms"), fmt(percentileMs(fromReply, 50))},
        {QStringLiteral("after_reply_p99_ms"), fmt(percentileMs(fromReply, 99))},
        {QStringLiteral("after_reply_max_ms"), fmt(percentileMs(fromReply, 100))},
        // Per change: the first listener's arrival, and from the first to the last listener's.
        {QStringLiteral("first_p50_ms"), fmt(percentileMs(first, 50))},
        {QStringLiteral("first_p99_ms"), fmt(percentileMs(first, 99))},
        {QStringLiteral("spread_p50_ms"), fmt(percentileMs(spread, 50))},
        {QStringLiteral("spread_p99_ms"), fmt(percentileMs(spread, 99))},
        // The listeners' own cost, the CPU of their threads: per change (every listener's frame)
        // and per frame, and of that the version tap on the raw text.
        {QStringLiteral("listener_cpu_ms_per_change"), fmt(double(listenerCpuNs) / double(std::max(1, changes)) / 1e6, 3)},
        {QStringLiteral("listener_cpu_us_per_frame"), fmt(double(listenerCpuNs) / frames / 1e3, 2)},
        {QStringLiteral("tap_us_per_frame"), fmt(double(tapNs) / frames / 1e3, 3)},
        {QStringLiteral("errors"), QString::number(errors)},
        {QStringLiteral("timeouts"), QString::number(timeouts)},
    };
    return report;
}

// ---------------------------------------------------------------------------------------------

Report runExpiry(const Scenario &s, int count, int expireInSeconds, int firstShow)
{
    auto db = PgConnection::connect(s.databaseUrl);
    if (!db)
        return {{QStringLiteral("error"), QStringLiteral("no_database")}};
    const qint64 seedStart = nowNs();
    auto expiry = seedHeldSeats(*db, count, expireInSeconds, firstShow);
    if (!expiry)
        return {{QStringLiteral("error"), QString(expiry.error().message).replace(u' ', u'_')}};
    const double seedSeconds = double(nowNs() - seedStart) / 1e9;
    QStringList shows;
    if (auto rows = db->exec(QStringLiteral("SELECT DISTINCT show_id FROM show_seats WHERE status = 'held' ORDER BY 1"))) {
        for (int i = 0; i < rows->rowCount(); ++i)
            shows.append(rows->value(i, 0));
    }
    const int terminals = std::max(1, std::min<int>(s.terminals, int(shows.size())));
    struct Seen
    {
        qint64 freed = 0, firstNs = 0, lastNs = 0;
    };
    auto seen = std::make_shared<Seen>();
    // Each show has exactly one subscriber, so every freed seat is counted once.
    auto fleet = setUp(s, terminals, [&shows, terminals](int i) {
        QStringList mine;
        for (qsizetype k = i; k < shows.size(); k += terminals)
            mine.append(shows[k]);
        return mine;
    }, [seen](BenchTerminal *t) {
        t->onDelta = [seen](BenchTerminal *, const DeltaPush &delta, qint64 ns) {
            for (const SeatState &c : delta.changes) {
                if (c.status == SeatStatus::Available) {
                    ++seen->freed;
                    if (!seen->firstNs)
                        seen->firstNs = ns;
                    seen->lastNs = ns;
                }
            }
        };
    });
    Report report = fleetReport(*fleet);
    if (fleet->ready < terminals)
        return report;
    qint64 heldInMaps = 0;
    for (BenchTerminal *t : fleet->terminals) {
        for (const auto &m : t->maps()) {
            for (const SeatStatus st : m.seats)
                heldInMaps += st == SeatStatus::Held ? 1 : 0;
        }
    }
    // The expiry instant on this process's clock.
    const qint64 expiryNs = nowNs() + (*expiry - QDateTime::currentMSecsSinceEpoch()) * msNs;
    const bool before = expiryNs > nowNs();
    const bool all = spinUntil([seen, count] { return seen->freed >= count; }, expireInSeconds * 1000 + 120000);
    const qint64 stillHeld = scalar(*db, QStringLiteral("SELECT count(*) FROM show_seats WHERE status = 'held'")).toLongLong();
    const QString lastSweep = scalar(*db, QStringLiteral(
        "SELECT round((extract(epoch FROM max(created_at) - (SELECT at FROM bench_marks WHERE name = 'expiry')) * 1000)::numeric, 0)"
        " FROM seat_changes"));
    const qint64 activeHolds = scalar(*db, QStringLiteral("SELECT count(*) FROM holds WHERE status = 'active'")).toLongLong();
    report += Report{
        {QStringLiteral("seeded"), QString::number(count)},
        {QStringLiteral("seed_s"), fmt(seedSeconds, 1)},
        {QStringLiteral("shows"), QString::number(shows.size())},
        {QStringLiteral("held_in_maps_before"), QString::number(heldInMaps)},
        {QStringLiteral("subscribed_before_expiry"), before ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("all_pushed"), all ? QStringLiteral("yes") : QStringLiteral("no")},
        {QStringLiteral("freed_seen"), QString::number(seen->freed)},
        {QStringLiteral("first_push_s"), fmt(double(seen->firstNs - expiryNs) / 1e9, 3)},
        {QStringLiteral("all_pushed_s"), fmt(double(seen->lastNs - expiryNs) / 1e9, 3)},
        {QStringLiteral("push_span_s"), fmt(double(seen->lastNs - seen->firstNs) / 1e9, 3)},
        {QStringLiteral("last_sweep_started_ms"), lastSweep},
        {QStringLiteral("db_still_held"), QString::number(stillHeld)},
        {QStringLiteral("db_active_holds"), QString::number(activeHolds)},
    };
    return report;
}

// ---------------------------------------------------------------------------------------------

namespace {

// VmRSS and VmHWM of a process, in KiB.
std::pair<qint64, qint64> memoryOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    qint64 rss = -1, hwm = -1;
    if (!status.open(QIODevice::ReadOnly))
        return {rss, hwm};
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts[0] == "VmRSS:")
            rss = parts[1].toLongLong();
        else if (parts.size() >= 2 && parts[0] == "VmHWM:")
            hwm = parts[1].toLongLong();
    }
    return {rss, hwm};
}

} // namespace

Report runIdle(const Scenario &s, qint64 serverPid, int spreadShows, int holdSeconds)
{
    const auto before = memoryOf(serverPid);
    const Layout &l = s.layout;
    const qint64 started = nowNs();
    auto fleet = setUp(s, s.terminals, [&l, spreadShows](int i) {
        return QStringList{QString::number(l.firstShow + i % std::max(1, spreadShows))};
    });
    const double setupSeconds = double(nowNs() - started) / 1e9;
    Report report = fleetReport(*fleet);
    spinFor(holdSeconds * 1000); // idle: let the server settle
    int connected = 0;
    for (BenchTerminal *t : fleet->terminals)
        connected += t->isConnected() ? 1 : 0;
    const auto after = memoryOf(serverPid);
    const double perTerminalKb = s.terminals > 0 ? double(after.first - before.first) / double(s.terminals) : 0;
    report += Report{
        {QStringLiteral("setup_s"), fmt(setupSeconds, 1)},
        {QStringLiteral("still_connected"), QString::number(connected)},
        {QStringLiteral("rss_before_mb"), fmt(double(before.first) / 1024.0, 1)},
        {QStringLiteral("rss_mb"), fmt(double(after.first) / 1024.0, 1)},
        {QStringLiteral("hwm_mb"), fmt(double(after.second) / 1024.0, 1)},
        {QStringLiteral("kb_per_terminal"), fmt(perTerminalKb, 1)},
    };
    return report;
}

// ---------------------------------------------------------------------------------------------

Report runNotifyFloor(const QString &databaseUrl, int rounds)
{
    const QByteArray url = databaseUrl.toUtf8();
    PGconn *listener = PQconnectdb(url.constData());
    PGconn *notifier = PQconnectdb(url.constData());
    auto cleanup = [&] {
        PQfinish(listener);
        PQfinish(notifier);
    };
    if (PQstatus(listener) != CONNECTION_OK || PQstatus(notifier) != CONNECTION_OK) {
        cleanup();
        return {{QStringLiteral("error"), QStringLiteral("no_database")}};
    }
    PQclear(PQexec(listener, "LISTEN bench_floor"));
    std::vector<qint64> latency;
    latency.reserve(std::size_t(rounds));
    int lost = 0;
    const int fd = PQsocket(listener);
    for (int i = 0; i < rounds; ++i) {
        const qint64 sent = nowNs();
        PQclear(PQexec(notifier, "NOTIFY bench_floor"));
        bool got = false;
        const QDeadlineTimer deadline(2000);
        while (!got && !deadline.hasExpired()) {
            PQconsumeInput(listener);
            while (PGnotify *n = PQnotifies(listener)) {
                PQfreemem(n);
                got = true;
            }
            if (!got) {
                pollfd p{fd, POLLIN, 0};
                ::poll(&p, 1, 100);
            }
        }
        if (got)
            latency.push_back(nowNs() - sent);
        else
            ++lost;
    }
    cleanup();
    return {
        {QStringLiteral("rounds"), QString::number(rounds)},
        {QStringLiteral("p50_ms"), fmt(percentileMs(latency, 50), 3)},
        {QStringLiteral("p99_ms"), fmt(percentileMs(latency, 99), 3)},
        {QStringLiteral("max_ms"), fmt(percentileMs(latency, 100), 3)},
        {QStringLiteral("lost"), QString::number(lost)},
    };
}

} // namespace Marquee::Bench
