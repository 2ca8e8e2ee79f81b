// Group decisions and sure conflicts (issue 11): many seat operations decided in one
// transaction, each as if it ran alone in arrival order; conflicts that the show cache is sure of
// answered without the database; several server processes on one database under a rush.
#include "database.h"
#include "metrics.h"
#include "serverfixture.h"
#include "showcache.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

// One sample of the server's /metrics, e.g. `marquee_hold_decisions_total{path="memory"}` (0: absent).
double metric(const SyncServer &server, const QString &sample)
{
    const QString text = QString::fromUtf8(server.metrics().exposition());
    for (const QStringView line : QStringView(text).split(u'\n')) {
        if (line.size() > sample.size() && line.startsWith(sample) && line[sample.size()] == u' ')
            return line.sliced(sample.size() + 1).toDouble();
    }
    return 0;
}

const QString memoryAnswers = QStringLiteral("marquee_hold_decisions_total{path=\"memory\"}");
const QString databaseAnswers = QStringLiteral("marquee_hold_decisions_total{path=\"database\"}");

// An answer without what differs between two runs of the same requests: hold ids (numbered in
// order of appearance), expiry times and versions.
QJsonValue normalised(const QJsonValue &value, QHash<qint64, int> &holds)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(normalised(v, holds));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.key() == QLatin1String("expires") || it.key() == QLatin1String("version"))
            continue;
        if (it.key() == QLatin1String("hold")) {
            const qint64 id = it.value().toInteger();
            if (!holds.contains(id))
                holds.insert(id, int(holds.size()) + 1);
            out.insert(it.key(), QStringLiteral("H%1").arg(holds.value(id)));
            continue;
        }
        out.insert(it.key(), normalised(it.value(), holds));
    }
    return out;
}

QJsonObject op(const QString &name, const QStringList &args)
{
    QJsonArray a;
    for (const QString &arg : args)
        a.append(arg.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(arg));
    return {{QStringLiteral("op"), name}, {QStringLiteral("args"), a}};
}

QString seatArray(const QStringList &seats)
{
    return QString::fromUtf8(Database::textArray(seats));
}

SellRequest cashSale(const HoldReply &hold)
{
    SellRequest sell;
    sell.holdId = hold.holdId;
    sell.payments = {cash(hold.total.minorUnits(), hold.total.minorUnits())};
    return sell;
}

} // namespace

class Groups : public ServerTest
{
protected:
    // `count` terminals signed in as cashier and cashier2 in turn, each watching `show` (on the
    // main server, or every other one on `other`).
    std::vector<TestTerminal *> watchers(int count, const QString &show, SyncServer *other = nullptr)
    {
        std::vector<TestTerminal *> out;
        for (int i = 0; i < count; ++i) {
            TestTerminal *t = terminal(i % 2 ? QStringLiteral("cashier") : QStringLiteral("cashier2"),
                                       i % 2 ? other : nullptr);
            EXPECT_TRUE(t->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
            EXPECT_TRUE(t->waitFor([&] { return !t->seats(show).isEmpty(); }));
            out.push_back(t);
        }
        return out;
    }
    qint64 showVersion(const QString &show)
    {
        return scalar(QStringLiteral("SELECT version FROM shows WHERE id = $1"), {show}).toLongLong();
    }
    QJsonValue json(const QString &sql, const QList<QString> &params = {})
    {
        const QString text = scalar(sql, params);
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    // Every seat of the show as the database has it.
    QHash<QString, QString> seatStates(const QString &show)
    {
        QHash<QString, QString> out;
        auto rows = db().exec(QStringLiteral("SELECT seat_id, status FROM show_seats WHERE show_id = $1"), {show});
        if (rows) {
            for (int i = 0; i < rows->rowCount(); ++i)
                out.insert(rows->value(i, 0), rows->value(i, 1));
        }
        return out;
    }
    // The terminal's map equals the database's seats, and its version the show's.
    void expectMapEqualsDatabase(TestTerminal &t, const QString &show)
    {
        static const QHash<SeatStatus, QString> names = {{SeatStatus::Available, QStringLiteral("available")},
                                                        {SeatStatus::Held, QStringLiteral("held")},
                                                        {SeatStatus::Sold, QStringLiteral("sold")},
                                                        {SeatStatus::Blocked, QStringLiteral("blocked")}};
        const QString version = scalar(QStringLiteral("SELECT version FROM shows WHERE id = $1"), {show});
        ASSERT_TRUE(t.waitFor([&] { return QString::number(t.version(show)) == version; }, 10'000))
            << t.terminalId().toStdString() << " is at " << t.version(show) << ", the database at " << version.toStdString();
        const QHash<QString, QString> db = seatStates(show);
        const QHash<QString, SeatState> map = t.seats(show);
        ASSERT_EQ(map.size(), db.size());
        int differ = 0;
        for (auto it = db.begin(); it != db.end(); ++it) {
            if (names.value(map.value(it.key()).status) != it.value())
                ++differ;
        }
        EXPECT_EQ(differ, 0) << t.terminalId().toStdString() << " disagrees with the database on " << differ << " seats";
    }
};

// A group mixing holds that conflict with each other, with earlier requests of the same group,
// with a sold seat, retries of an earlier id, a release and holds of what it freed, an unknown
// seat, another show and an extend of a released hold: each answer is what the same requests one
// at a time in that order get, and the group commits one version step per show.
TEST_F(Groups, AGroupAnswersEachRequestAsIfItRanAloneInArrivalOrder)
{
    const QString show = showId(QStringLiteral("Grand Hall"));
    const QString other = showId(QStringLiteral("Studio"));
    const QStringList s = seatIds(show);
    const QStringList o = seatIds(other);
    ASSERT_GE(s.size(), 30);
    TestTerminal *t = terminal();
    // Before the group: one seat sold, one hold of two seats.
    auto sold = t->call<HoldReply>(holdOf(show, {s[10]}));
    ASSERT_TRUE(sold);
    ASSERT_TRUE(t->call<SellReply>(cashSale(*sold)));
    auto before = t->call<HoldReply>(holdOf(show, {s[20], s[21]}));
    ASSERT_TRUE(before);
    TestTerminal *watcher = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(watcher->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));

    const QString user = scalar(QStringLiteral("SELECT id FROM users WHERE username = 'cashier'"));
    const QString term = QStringLiteral("G1");
    auto hold = [&](const QString &request, const QString &hash, const QString &onShow, const QStringList &seats) {
        return op(QStringLiteral("hold"), {user, request, hash, term, onShow, seatArray(seats), QStringLiteral("600")});
    };
    const QJsonArray ops = {
        hold(QStringLiteral("g1"), QStringLiteral("h1"), show, {s[0], s[1]}),           // ok
        hold(QStringLiteral("g2"), QStringLiteral("h2"), show, {s[1], s[2]}),           // s[1] taken by g1
        hold(QStringLiteral("g3"), QStringLiteral("h3"), show, {s[2], s[3]}),           // ok: g2 held nothing
        hold(QStringLiteral("g4"), QStringLiteral("h4"), show, {s[10]}),                // sold
        hold(QStringLiteral("g1"), QStringLiteral("h1"), show, {s[0], s[1]}),           // g1 again: its answer
        hold(QStringLiteral("g1"), QStringLiteral("hx"), show, {s[5]}),                 // g1 with another body
        op(QStringLiteral("release"), {user, QStringLiteral("g5"), QStringLiteral("h5"), before->holdId, QString()}),
        hold(QStringLiteral("g6"), QStringLiteral("h6"), show, {s[20]}),                // freed by g5
        hold(QStringLiteral("g7"), QStringLiteral("h7"), show, {QStringLiteral("nope")}), // not a seat
        hold(QStringLiteral("g8"), QStringLiteral("h8"), other, {o[0]}),                // another show
        op(QStringLiteral("extend"), {user, QStringLiteral("g9"), QStringLiteral("h9"), before->holdId,
                                      QStringLiteral("600"), QStringLiteral("1800")}), // released by g5
        hold(QStringLiteral("g10"), QStringLiteral("h10"), show, {s[3], s[4]}),         // s[3] taken by g3
    };
    const QStringList expected = {QStringLiteral("ok"), QStringLiteral("SEAT_UNAVAILABLE"), QStringLiteral("ok"),
                                  QStringLiteral("SEAT_UNAVAILABLE"), QStringLiteral("ok"), QStringLiteral("IDEMPOTENCY_CONFLICT"),
                                  QStringLiteral("ok"), QStringLiteral("ok"), QStringLiteral("UNKNOWN_SEAT"),
                                  QStringLiteral("ok"), QStringLiteral("HOLD_NOT_FOUND"), QStringLiteral("SEAT_UNAVAILABLE")};
    const QString opsText = QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact));

    // The group, rolled back; then the same requests one at a time (outside a group), rolled back.
    ASSERT_TRUE(db().exec(QStringLiteral("BEGIN")));
    const QJsonObject grouped = json(QStringLiteral("SELECT marquee_decide($1::jsonb)::text"), {opsText}).toObject();
    ASSERT_TRUE(db().exec(QStringLiteral("ROLLBACK")));
    const QJsonArray groupAnswers = grouped.value(QLatin1String("answers")).toArray();
    ASSERT_EQ(groupAnswers.size(), ops.size());
    ASSERT_TRUE(db().exec(QStringLiteral("BEGIN")));
    QJsonArray aloneAnswers;
    for (const QJsonValue &each : ops) {
        const QJsonObject one = each.toObject();
        aloneAnswers.append(json(QStringLiteral("SELECT marquee_decide_one($1, $2::jsonb)::text"),
                                 {one.value(QLatin1String("op")).toString(),
                                  QString::fromUtf8(QJsonDocument(one.value(QLatin1String("args")).toArray()).toJson())}));
    }
    ASSERT_TRUE(db().exec(QStringLiteral("ROLLBACK")));
    QHash<qint64, int> groupHolds, aloneHolds;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        SCOPED_TRACE(i);
        const QJsonObject answer = groupAnswers.at(i).toObject();
        EXPECT_EQ(answer.value(QLatin1String("error")).toString(QStringLiteral("ok")), expected.at(i));
        EXPECT_EQ(normalised(answer, groupHolds), normalised(aloneAnswers.at(i), aloneHolds))
            << QJsonDocument(answer).toJson().toStdString() << "\nalone:\n"
            << QJsonDocument(aloneAnswers.at(i).toObject()).toJson().toStdString();
    }
    EXPECT_EQ(groupAnswers.at(1).toObject().value(QLatin1String("seats")).toArray(),
              QJsonArray({QJsonObject{{QStringLiteral("seat"), s[1]}, {QStringLiteral("state"), QStringLiteral("held")}}}));
    EXPECT_TRUE(groupAnswers.at(4).toObject().value(QLatin1String("replayed")).toBool());

    // For real: one version step per show, one record of changes each, every seat's last state.
    const qint64 v0 = showVersion(show);
    const qint64 w0 = showVersion(other);
    const QJsonObject done = json(QStringLiteral("SELECT marquee_decide($1::jsonb)::text"), {opsText}).toObject();
    EXPECT_EQ(showVersion(show), v0 + 1);
    EXPECT_EQ(showVersion(other), w0 + 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM seat_changes WHERE show_id = $1 AND version > $2"),
                     {show, QString::number(v0)}),
              QStringLiteral("1"));
    for (const QJsonValue &a : done.value(QLatin1String("answers")).toArray()) {
        const QJsonObject answer = a.toObject();
        if (!answer.contains(QLatin1String("error")) && !answer.contains(QLatin1String("replayed"))
            && answer.value(QLatin1String("show")).toInteger() == show.toLongLong()) {
            EXPECT_EQ(answer.value(QLatin1String("version")).toInteger(), v0 + 1);
        }
    }
    const QJsonArray changes = json(QStringLiteral("SELECT changes::text FROM seat_changes WHERE show_id = $1 AND version = $2"),
                                    {show, QString::number(v0 + 1)})
                                   .toArray();
    QHash<QString, QString> last;
    for (const QJsonValue &c : changes) {
        const QString seat = c.toObject().value(QLatin1String("seat")).toString();
        EXPECT_FALSE(last.contains(seat)) << seat.toStdString() << " is in the group's change twice";
        last.insert(seat, c.toObject().value(QLatin1String("state")).toString());
    }
    const QHash<QString, QString> want = {{s[0], QStringLiteral("held")}, {s[1], QStringLiteral("held")},
                                          {s[2], QStringLiteral("held")}, {s[3], QStringLiteral("held")},
                                          {s[20], QStringLiteral("held")}, {s[21], QStringLiteral("available")}};
    EXPECT_EQ(last, want);
    // The server learns of it (here by its version poll, as nothing announced it) and the watcher converges.
    expectMapEqualsDatabase(*watcher, show);
}

// 200 terminals' holds of one seat in one group: exactly one wins, 199 are refused with the
// winner's seat as held, and the show moves one version.
TEST_F(Groups, TwoHundredHoldsOfOneSeatInOneGroupHaveExactlyOneWinner)
{
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QString seat = seatIds(show).at(7);
    const QString cashier = scalar(QStringLiteral("SELECT id FROM users WHERE username = 'cashier'"));
    const QString cashier2 = scalar(QStringLiteral("SELECT id FROM users WHERE username = 'cashier2'"));
    QJsonArray ops;
    for (int i = 0; i < 200; ++i) {
        ops.append(op(QStringLiteral("hold"), {i % 2 ? cashier : cashier2, QStringLiteral("race%1").arg(i), QStringLiteral("h"),
                                              QStringLiteral("R%1").arg(i), show, seatArray({seat}), QStringLiteral("600")}));
    }
    const qint64 v0 = showVersion(show);
    const QJsonObject done = json(QStringLiteral("SELECT marquee_decide($1::jsonb)::text"),
                                  {QString::fromUtf8(QJsonDocument(ops).toJson(QJsonDocument::Compact))}).toObject();
    const QJsonArray answers = done.value(QLatin1String("answers")).toArray();
    ASSERT_EQ(answers.size(), 200);
    int won = 0;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QJsonObject a = answers.at(i).toObject();
        if (!a.contains(QLatin1String("error"))) {
            ++won;
            EXPECT_EQ(i, 0) << "the first in arrival order wins";
            continue;
        }
        EXPECT_EQ(a.value(QLatin1String("error")).toString(), QStringLiteral("SEAT_UNAVAILABLE"));
        EXPECT_EQ(a.value(QLatin1String("seats")).toArray(),
                  QJsonArray({QJsonObject{{QStringLiteral("seat"), seat}, {QStringLiteral("state"), QStringLiteral("held")}}}));
    }
    EXPECT_EQ(won, 1);
    EXPECT_EQ(showVersion(show), v0 + 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds WHERE show_id = $1"), {show}), QStringLiteral("1"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM idempotency WHERE request_id LIKE 'race%'")), QStringLiteral("200"));
}

// 120 terminals hold 120 different seats of one show at once: every hold succeeds, fewer
// transactions than holds decide them, the versions step by one per group with no gap, and every
// terminal's map ends equal to the database.
TEST_F(Groups, HoldsArrivingTogetherShareTransactionsAndEveryMapConverges)
{
    const QString show = showId(QStringLiteral("Grand Hall"));
    const QStringList seats = seatIds(show);
    ASSERT_GE(seats.size(), 120);
    const std::vector<TestTerminal *> terminals = watchers(120, show);
    const qint64 v0 = showVersion(show);
    const double groupsBefore = metric(*m_server, QStringLiteral("marquee_seat_group_size_count"));
    QStringList ids;
    for (int i = 0; i < 120; ++i)
        ids.append(terminals[size_t(i)]->send(holdOf(show, {seats[i]})));
    for (int i = 0; i < 120; ++i) {
        auto reply = terminals[size_t(i)]->waitReply(ids[i]);
        ASSERT_TRUE(reply);
        EXPECT_TRUE(std::holds_alternative<HoldReply>(*reply)) << "hold " << i << " refused";
    }
    const qint64 v1 = showVersion(show);
    const double groups = metric(*m_server, QStringLiteral("marquee_seat_group_size_count")) - groupsBefore;
    EXPECT_LT(v1 - v0, 120) << "every hold had a transaction of its own";
    EXPECT_EQ(double(v1 - v0), groups);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM seat_changes WHERE show_id = $1 AND version > $2"),
                     {show, QString::number(v0)}),
              QString::number(v1 - v0));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}),
              QStringLiteral("120"));
    for (TestTerminal *t : terminals) {
        expectMapEqualsDatabase(*t, show);
        EXPECT_EQ(t->gapsSeen(), 0);
    }
}

// A sold seat, or one held by another terminal for minutes yet, is refused from memory (no round
// trip: the database, which remembers its refusals, never saw the request); a seat held by the
// asking terminal itself, or by a hold about to expire, goes to the database.
TEST_F(Groups, SureConflictsAreAnsweredFromMemoryAndOnlySureOnes)
{
    const QString show = showId(QStringLiteral("Studio"));
    const QStringList s = seatIds(show);
    // Nothing is answered from memory while the change feed is down (it is starting).
    ASSERT_TRUE(waitUntil([&] { return metric(*m_server, QStringLiteral("marquee_change_feed_up")) == 1; }));
    TestTerminal *a = terminal(QStringLiteral("cashier"));
    TestTerminal *b = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(a->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    ASSERT_TRUE(b->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    auto sold = a->call<HoldReply>(holdOf(show, {s[0]}));
    ASSERT_TRUE(sold);
    ASSERT_TRUE(a->call<SellReply>(cashSale(*sold)));
    auto held = a->call<HoldReply>(holdOf(show, {s[1]}));
    ASSERT_TRUE(held);
    ASSERT_TRUE(b->waitFor([&] { return b->status(show, s[0]) == SeatStatus::Sold && b->status(show, s[1]) == SeatStatus::Held; }));

    // Sold, and held by another terminal for ten minutes: from memory, with the database's details.
    const QString user = scalar(QStringLiteral("SELECT id FROM users WHERE username = 'cashier2'"));
    const QList<QStringList> cases = {{s[3], s[0]}, {s[1], s[4]}, {s[1], s[0]}};
    for (qsizetype i = 0; i < cases.size(); ++i) {
        SCOPED_TRACE(i);
        const double memory = metric(*m_server, memoryAnswers);
        const double database = metric(*m_server, databaseAnswers);
        const QString id = QStringLiteral("m%1").arg(i);
        auto refused = b->waitReply(b->send(holdOf(show, cases[i]), id));
        ASSERT_TRUE(refused);
        const auto *error = std::get_if<ErrorMessage>(&*refused);
        ASSERT_TRUE(error);
        EXPECT_EQ(error->code, ErrorCode::SeatUnavailable);
        EXPECT_EQ(metric(*m_server, memoryAnswers), memory + 1);
        EXPECT_EQ(metric(*m_server, databaseAnswers), database);
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM idempotency WHERE request_id = $1"), {id}), QStringLiteral("0"))
            << "the request reached the database";
        // What the database answers to the same request (rolled back).
        ASSERT_TRUE(db().exec(QStringLiteral("BEGIN")));
        const QJsonObject fromDatabase = QJsonDocument::fromJson(
            scalar(QStringLiteral("SELECT marquee_hold($1, 'x', 'x', 'T', $2, $3::text[], 60)::text"),
                   {user, show, seatArray(cases[i])}).toUtf8()).object();
        ASSERT_TRUE(db().exec(QStringLiteral("ROLLBACK")));
        EXPECT_EQ(fromDatabase.value(QLatin1String("error")).toString(), QStringLiteral("SEAT_UNAVAILABLE"));
        EXPECT_EQ(error->details.value(QLatin1String("seats")), fromDatabase.value(QLatin1String("seats")));
    }

    // Held by the asking terminal itself (maybe the retry of the request that held it): the database decides.
    double memory = metric(*m_server, memoryAnswers);
    double database = metric(*m_server, databaseAnswers);
    auto again = a->waitReply(a->send(holdOf(show, {s[1]})));
    ASSERT_TRUE(again);
    EXPECT_TRUE(std::holds_alternative<ErrorMessage>(*again));
    EXPECT_EQ(metric(*m_server, memoryAnswers), memory);
    EXPECT_EQ(metric(*m_server, databaseAnswers), database + 1);

    // Short holds and no sweeper: an expired hold stays in every map until someone takes its seats.
    m_terminals.clear();
    m_server.reset();
    ServerConfig config = baseConfig();
    config.holdTtlCashierSeconds = 2;
    config.sweepIntervalMs = 3'600'000;
    m_server = startServer(config);
    ASSERT_TRUE(m_server);
    ASSERT_TRUE(waitUntil([&] { return metric(*m_server, QStringLiteral("marquee_change_feed_up")) == 1; }));
    a = terminal(QStringLiteral("cashier"));
    b = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(b->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    auto brief = a->call<HoldReply>(holdOf(show, {s[6]}));
    ASSERT_TRUE(brief);
    ASSERT_TRUE(b->waitFor([&] { return b->status(show, s[6]) == SeatStatus::Held; }));
    // Held by another terminal's hold that expires in two seconds: never refused from memory; once
    // it has expired (and nothing swept it: still held in b's map), the database gives it to b.
    ASSERT_TRUE(b->waitFor([&] { return QDateTime::currentMSecsSinceEpoch() > brief->expiresAt.toMSecsSinceEpoch() + 100; }, 5000));
    ASSERT_EQ(b->status(show, s[6]), SeatStatus::Held);
    memory = metric(*m_server, memoryAnswers);
    auto taken = b->call<HoldReply>(holdOf(show, {s[6]}));
    ASSERT_TRUE(taken) << taken.error().toString().toStdString();
    EXPECT_EQ(metric(*m_server, memoryAnswers), memory);
}

// A cache with a known gap (a change ahead of one it has not seen) never answers from memory.
TEST_F(Groups, ACacheWithAGapNeverAnswersFromMemory)
{
    const QString show = showId(QStringLiteral("Studio"));
    const QStringList s = seatIds(show);
    TestTerminal *t = terminal();
    auto sold = t->call<HoldReply>(holdOf(show, {s[0]}));
    ASSERT_TRUE(sold);
    ASSERT_TRUE(t->call<SellReply>(cashSale(*sold)));

    Database database(databaseUrl(), 1);
    database.start();
    ShowCache cache(&database);
    std::optional<Result<qint64>> loaded;
    cache.ensureLoaded(show.toLongLong(), [&](const Result<qint64> &version) { loaded = version; });
    ASSERT_TRUE(waitUntil([&] { return loaded.has_value(); }));
    ASSERT_TRUE(*loaded);
    const qint64 version = **loaded;
    ASSERT_TRUE(cache.sureConflicts(show.toLongLong(), {s[0]}, QStringLiteral("other"))) << "a sold seat is a sure conflict";
    // Version + 2 arrives before version + 1: a gap.
    cache.applyChange(show.toLongLong(), version + 2,
                      QJsonArray{QJsonObject{{QStringLiteral("seat"), s[5]}, {QStringLiteral("state"), QStringLiteral("sold")}}});
    EXPECT_FALSE(cache.sureConflicts(show.toLongLong(), {s[0]}, QStringLiteral("other")));
    EXPECT_FALSE(cache.sureConflicts(show.toLongLong(), {s[5]}, QStringLiteral("other")));
}

// Two server processes on one database, 60 terminals rushing one show (hold 1-4 seats, sell) until
// it is sold out: no seat sold twice, no deadlock, every map equal to the database.
TEST_F(Groups, TwoServerProcessesUnderARushSellEverySeatOnceWithoutDeadlocks)
{
    auto second = startServer();
    ASSERT_TRUE(second);
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QStringList all = seatIds(show);
    ASSERT_GE(all.size(), 100);
    const QString deadlocks = QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");
    const qint64 deadlocksBefore = scalar(deadlocks).toLongLong();
    const std::vector<TestTerminal *> terminals = watchers(60, show, second.get());
    QRandomGenerator random(11);
    struct Pending
    {
        QString id;
        bool sale = false;
    };
    std::vector<std::optional<Pending>> pending(terminals.size());
    int holds = 0, sales = 0, conflicts = 0, unexpected = 0;
    QDeadlineTimer deadline(90'000);
    auto soldOut = [&] {
        return scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status <> 'sold'"), {show})
            == QLatin1String("0");
    };
    while (!deadline.hasExpired()) {
        bool idle = true;
        for (size_t i = 0; i < terminals.size(); ++i) {
            TestTerminal *t = terminals[i];
            if (pending[i]) {
                if (!t->hasReply(pending[i]->id)) {
                    idle = false;
                    continue;
                }
                const auto reply = t->takeReply(pending[i]->id);
                const bool wasSale = pending[i]->sale;
                pending[i].reset();
                if (const auto *hold = std::get_if<HoldReply>(&*reply)) {
                    ++holds;
                    pending[i] = Pending{t->send(cashSale(*hold)), true};
                    idle = false;
                } else if (std::holds_alternative<SellReply>(*reply)) {
                    ++sales;
                } else if (const auto *e = std::get_if<ErrorMessage>(&*reply); e && e->code == ErrorCode::SeatUnavailable && !wasSale) {
                    ++conflicts;
                } else {
                    ++unexpected;
                }
                continue;
            }
            // 1-4 adjacent seats that look free on this terminal's map.
            QStringList free;
            const auto map = t->seats(show);
            for (const QString &seat : all) {
                if (map.value(seat).status == SeatStatus::Available)
                    free.append(seat);
            }
            if (free.isEmpty())
                continue;
            const int start = int(random.bounded(free.size()));
            pending[i] = Pending{t->send(holdOf(show, free.mid(start, 1 + int(random.bounded(4)))))};
            idle = false;
        }
        if (idle && soldOut())
            break;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    ASSERT_TRUE(soldOut()) << "not sold out in time: " << holds << " holds, " << sales << " sales";
    EXPECT_EQ(unexpected, 0);
    EXPECT_GT(conflicts, 0) << "no race happened";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE show_id = $1"), {show}), QString::number(all.size()));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(DISTINCT seat_id) FROM tickets WHERE show_id = $1"), {show}),
              QString::number(all.size()));
    EXPECT_EQ(scalar(deadlocks).toLongLong(), deadlocksBefore);
    for (TestTerminal *t : terminals)
        expectMapEqualsDatabase(*t, show);
    m_terminals.clear();
    second.reset();
}

// With group decisions off (the bench's baseline), every operation is a transaction of its own and
// nothing is answered from memory: one version per hold, no groups.
TEST_F(Groups, WithGroupsOffEveryOperationRunsAlone)
{
    m_terminals.clear();
    m_server.reset();
    ServerConfig config = baseConfig();
    config.seatGroups = false;
    m_server = startServer(config);
    ASSERT_TRUE(m_server);
    ASSERT_TRUE(waitUntil([&] { return metric(*m_server, QStringLiteral("marquee_change_feed_up")) == 1; }));
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QStringList seats = seatIds(show);
    const std::vector<TestTerminal *> terminals = watchers(20, show);
    const qint64 v0 = showVersion(show);
    QStringList ids;
    for (int i = 0; i < 20; ++i)
        ids.append(terminals[size_t(i)]->send(holdOf(show, {seats[i]})));
    std::vector<HoldReply> holds;
    for (int i = 0; i < 20; ++i) {
        auto reply = terminals[size_t(i)]->waitReply(ids[i]);
        ASSERT_TRUE(reply);
        ASSERT_TRUE(std::holds_alternative<HoldReply>(*reply));
        holds.push_back(std::get<HoldReply>(*reply));
    }
    EXPECT_EQ(showVersion(show), v0 + 20);
    // A sold seat goes to the database too.
    ASSERT_TRUE(terminals[0]->call<SellReply>(cashSale(holds[0])));
    ASSERT_TRUE(terminals[1]->waitFor([&] { return terminals[1]->status(show, seats[0]) == SeatStatus::Sold; }));
    auto refused = terminals[1]->waitReply(terminals[1]->send(holdOf(show, {seats[0]})));
    ASSERT_TRUE(refused && std::holds_alternative<ErrorMessage>(*refused));
    EXPECT_EQ(metric(*m_server, memoryAnswers), 0);
    EXPECT_EQ(metric(*m_server, QStringLiteral("marquee_seat_group_size_count")), 0);
    for (TestTerminal *t : terminals)
        expectMapEqualsDatabase(*t, show);
}
