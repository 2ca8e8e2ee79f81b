// The real marquee-server binary on its embedded PostgreSQL, killed with kill -9 under load and
// started again on the same data directory: it comes up at once, terminals reconnect, and nothing
// that was acknowledged is lost.
#include "printers.h"
#include "serverprocess.h"
#include "testterminal.h"

#include <gtest/gtest.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <memory>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

SellRequest cashSale(const HoldReply &hold)
{
    SellRequest sell;
    sell.holdId = hold.holdId;
    Payment p;
    p.method = PaymentMethod::Cash;
    p.amount = hold.total;
    p.tendered = hold.total;
    sell.payments = {p};
    return sell;
}

const QStringList users = {QStringLiteral("cashier"), QStringLiteral("cashier2")};

// `count` terminals named prefix0, prefix1, ... connected to `url` and signed in as cashier and
// cashier2 in turn (users[i % 2]); empty when one could not.
std::vector<std::unique_ptr<TestTerminal>> signedInTerminals(const QUrl &url, int count, const QString &prefix)
{
    std::vector<std::unique_ptr<TestTerminal>> terminals;
    for (int i = 0; i < count; ++i) {
        auto t = std::make_unique<TestTerminal>(prefix + QString::number(i));
        if (!t->open(url) || !t->signIn(users[i % 2], users[i % 2])) {
            ADD_FAILURE() << "terminal " << i << " could not connect and sign in";
            return {};
        }
        terminals.push_back(std::move(t));
    }
    return terminals;
}

} // namespace

TEST(ServerRestart, AfterKillMinusNineItComesBackAndNothingAcknowledgedIsLost)
{
    ServerProcess server(QStringLiteral(MARQUEE_SERVER_BINARY));
    ASSERT_TRUE(server.usable());
    const quint16 port = server.start(0, 60'000);
    ASSERT_NE(port, 0) << "marquee-server did not start:\n" << server.output().toStdString();
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));

    std::vector<std::unique_ptr<TestTerminal>> terminals = signedInTerminals(url, 4, QStringLiteral("R"));
    ASSERT_EQ(terminals.size(), 4u);
    TestTerminal &first = *terminals.front();
    auto shows = first.call<ListShowsReply>(ListShowsRequest{});
    ASSERT_TRUE(shows) << shows.error().toString().toStdString();
    QString show;
    for (const Show &s : std::as_const(shows->shows)) {
        if (s.status == ShowStatus::OnSale && s.free >= 40) {
            show = s.id;
            break;
        }
    }
    ASSERT_FALSE(show.isEmpty()) << "no demo show on sale";
    for (auto &t : terminals) {
        ASSERT_TRUE(t->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
        ASSERT_TRUE(t->waitFor([&] { return !t->seats(show).isEmpty(); }));
    }
    QStringList seats;
    for (const SeatState &s : first.seats(show)) {
        if (s.status == SeatStatus::Available)
            seats.append(s.seatId);
    }
    seats.sort();
    ASSERT_GE(seats.size(), 40);

    // A little load: every terminal holds two seats and sells them, round after round; what the
    // server acknowledged is written down.
    QSet<QString> sold, held;
    int next = 0;
    for (int round = 0; round < 3; ++round) {
        std::vector<std::pair<TestTerminal *, QString>> holds;
        for (auto &t : terminals) {
            holds.emplace_back(t.get(), t->send(holdOf(show, seats.mid(next, 2))));
            next += 2;
        }
        std::vector<std::pair<TestTerminal *, QString>> sales;
        std::vector<QStringList> saleSeats;
        for (auto &[t, id] : holds) {
            auto reply = t->waitReply(id);
            ASSERT_TRUE(reply);
            const auto *hold = std::get_if<HoldReply>(&*reply);
            ASSERT_TRUE(hold) << "hold refused";
            sales.emplace_back(t, t->send(cashSale(*hold)));
            saleSeats.push_back(hold->seatIds);
        }
        for (size_t i = 0; i < sales.size(); ++i) {
            auto reply = sales[i].first->waitReply(sales[i].second);
            ASSERT_TRUE(reply);
            ASSERT_TRUE(std::holds_alternative<SellReply>(*reply)) << "sale refused";
            for (const QString &seat : saleSeats[i])
                sold.insert(seat);
        }
    }
    // Holds acknowledged but not sold yet (they outlive the restart: they expire in minutes).
    std::vector<HoldReply> openHolds;
    for (auto &t : terminals) {
        auto hold = t->call<HoldReply>(holdOf(show, seats.mid(next, 1)));
        ASSERT_TRUE(hold) << hold.error().toString().toStdString();
        held.insert(hold->seatIds.first());
        openHolds.push_back(*hold);
        ++next;
    }
    // And requests in flight at the moment of the crash: either outcome is fine for them.
    QSet<QString> inFlight;
    for (size_t i = 0; i < terminals.size(); ++i) {
        terminals[i]->send(holdOf(show, seats.mid(next, 2)));
        inFlight.insert(seats[next]);
        inFlight.insert(seats[next + 1]);
        next += 2;
    }
    terminals[0]->send(cashSale(openHolds[0]));
    inFlight.insert(openHolds[0].seatIds.first());
    held.remove(openHolds[0].seatIds.first());

    server.killHard();
    for (auto &t : terminals)
        EXPECT_TRUE(t->waitFor([&] { return !t->isConnected(); }));

    // The same command line again, on the same port, as a service manager would restart it.
    QDeadlineTimer restartBudget(30'000);
    const quint16 again = server.start(port, 30'000);
    ASSERT_EQ(again, port) << "marquee-server did not come back after kill -9:\n" << server.output().toStdString();
    EXPECT_FALSE(restartBudget.hasExpired());

    for (size_t i = 0; i < terminals.size(); ++i) {
        TestTerminal &t = *terminals[i];
        ASSERT_TRUE(t.open(url)) << "terminal " << i << " could not reconnect";
        ASSERT_TRUE(t.signIn(users[i % 2], users[i % 2]));
        // Half of them resume from the version they have, half ask for a fresh snapshot.
        const std::optional<qint64> lastVersion = i % 2 ? std::optional<qint64>(t.version(show)) : std::nullopt;
        const int snapshots = t.snapshotsReceived();
        auto subscribed = t.call<SubscribeReply>(SubscribeRequest{show, lastVersion});
        ASSERT_TRUE(subscribed) << subscribed.error().toString().toStdString();
        ASSERT_TRUE(t.waitFor([&] { return t.version(show) >= subscribed->version && (lastVersion || t.snapshotsReceived() > snapshots); }));
    }
    for (size_t i = 0; i < terminals.size(); ++i) {
        SCOPED_TRACE(i);
        TestTerminal &t = *terminals[i];
        ASSERT_EQ(t.version(show), terminals[0]->version(show));
        EXPECT_EQ(t.gapsSeen(), 0);
        for (const QString &seat : std::as_const(seats)) {
            const SeatStatus status = t.status(show, seat);
            if (sold.contains(seat)) {
                EXPECT_EQ(status, SeatStatus::Sold) << seat.toStdString() << " was sold before the crash, now " << seatStatusName(status).toStdString();
            } else if (held.contains(seat)) {
                EXPECT_EQ(status, SeatStatus::Held) << seat.toStdString() << " was held before the crash, now " << seatStatusName(status).toStdString();
            } else if (!inFlight.contains(seat)) {
                EXPECT_EQ(status, SeatStatus::Available) << seat.toStdString() << " was free before the crash, now " << seatStatusName(status).toStdString();
            }
        }
    }
    // And business goes on: a hold acknowledged before the crash can be sold now.
    auto sale = terminals[1]->call<SellReply>(cashSale(openHolds[1]));
    ASSERT_TRUE(sale) << sale.error().toString().toStdString();
    EXPECT_TRUE(terminals[2]->waitFor([&] { return terminals[2]->status(show, openHolds[1].seatIds.first()) == SeatStatus::Sold; }));

    for (auto &t : terminals)
        t->close();
    server.stopProcess();
    EXPECT_EQ(server.exitCode(), 0) << server.output().toStdString();
}

// kill -9 while groups of holds are being decided (issue 11): no acknowledged hold is lost, no
// unacknowledged one is half applied (a group is one transaction), and every request retried
// with its id after the restart gets its first answer or a fresh decision.
TEST(ServerRestart, KillMinusNineInTheMiddleOfAGroupLosesNothingAndHalfAppliesNothing)
{
    ServerProcess server(QStringLiteral(MARQUEE_SERVER_BINARY));
    ASSERT_TRUE(server.usable());
    const quint16 port = server.start(0, 60'000);
    ASSERT_NE(port, 0) << "marquee-server did not start:\n" << server.output().toStdString();
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));
    constexpr int count = 40;
    std::vector<std::unique_ptr<TestTerminal>> terminals = signedInTerminals(url, count, QStringLiteral("K"));
    ASSERT_EQ(terminals.size(), size_t(count));
    TestTerminal &first = *terminals.front();
    auto shows = first.call<ListShowsReply>(ListShowsRequest{});
    ASSERT_TRUE(shows) << shows.error().toString().toStdString();
    const Show *biggest = nullptr;
    for (const Show &s : std::as_const(shows->shows)) {
        if (s.status == ShowStatus::OnSale && (!biggest || s.free > biggest->free))
            biggest = &s;
    }
    ASSERT_TRUE(biggest);
    const QString show = biggest->id;
    ASSERT_TRUE(first.call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    ASSERT_TRUE(first.waitFor([&] { return !first.seats(show).isEmpty(); }));
    QStringList seats;
    for (const SeatState &s : first.seats(show)) {
        if (s.status == SeatStatus::Available)
            seats.append(s.seatId);
    }
    seats.sort();
    constexpr int perTerminal = 12;
    ASSERT_GE(seats.size(), count * perTerminal);

    // Each terminal holds its own seats one by one, one request in flight, until the crash.
    struct Flight
    {
        QString id;
        QString seat;
    };
    std::vector<std::optional<Flight>> inFlight(count);
    std::vector<int> next(count, 0);
    QHash<QString, QString> acknowledged; // seat -> hold id
    auto pump = [&] {
        for (int i = 0; i < count; ++i) {
            TestTerminal &t = *terminals[size_t(i)];
            if (inFlight[size_t(i)]) {
                if (!t.hasReply(inFlight[size_t(i)]->id))
                    continue;
                const auto reply = t.takeReply(inFlight[size_t(i)]->id);
                if (const auto *hold = std::get_if<HoldReply>(&*reply))
                    acknowledged.insert(inFlight[size_t(i)]->seat, hold->holdId);
                else
                    ADD_FAILURE() << "hold of " << inFlight[size_t(i)]->seat.toStdString() << " refused";
                inFlight[size_t(i)].reset();
            }
            if (next[size_t(i)] < perTerminal - 1) {
                const QString seat = seats[i * perTerminal + next[size_t(i)]++];
                inFlight[size_t(i)] = Flight{t.send(holdOf(show, {seat})), seat};
            }
        }
    };
    QDeadlineTimer load(30'000);
    while (acknowledged.size() < count * perTerminal / 2 && !load.hasExpired()) {
        pump();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    pump(); // new requests go out just before the crash (written, not yet decided)
    QCoreApplication::processEvents();
    server.killHard();
    for (auto &t : terminals)
        EXPECT_TRUE(t->waitFor([&] { return !t->isConnected(); }));
    // Replies that arrived before the connection dropped are acknowledged too.
    for (int i = 0; i < count; ++i) {
        if (inFlight[size_t(i)] && terminals[size_t(i)]->hasReply(inFlight[size_t(i)]->id)) {
            const auto reply = terminals[size_t(i)]->takeReply(inFlight[size_t(i)]->id);
            if (const auto *hold = std::get_if<HoldReply>(&*reply)) {
                acknowledged.insert(inFlight[size_t(i)]->seat, hold->holdId);
                inFlight[size_t(i)].reset();
            }
        }
    }

    ASSERT_EQ(server.start(port, 30'000), port) << "marquee-server did not come back:\n" << server.output().toStdString();
    // The retries, with the same ids: the seats are nobody else's, so each must be held now, by
    // the first answer's hold (committed before the crash) or a fresh one (it was not).
    QHash<QString, QString> retried;
    for (int i = 0; i < count; ++i) {
        TestTerminal &t = *terminals[size_t(i)];
        ASSERT_TRUE(t.open(url));
        ASSERT_TRUE(t.signIn(users[i % 2], users[i % 2]));
        if (!inFlight[size_t(i)])
            continue;
        auto again = t.call<HoldReply>(holdOf(show, {inFlight[size_t(i)]->seat}), inFlight[size_t(i)]->id);
        ASSERT_TRUE(again) << inFlight[size_t(i)]->seat.toStdString() << ": " << again.error().toString().toStdString();
        EXPECT_EQ(again->seatIds, QStringList{inFlight[size_t(i)]->seat});
        retried.insert(inFlight[size_t(i)]->seat, again->holdId);
    }
    EXPECT_FALSE(retried.isEmpty()) << "nothing was in flight at the crash";
    // The map after the restart (read from the database): exactly the acknowledged and retried
    // seats are held, each by its own hold, and the rest of the terminals' seats are free.
    ASSERT_TRUE(first.call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    ASSERT_TRUE(first.waitFor([&] {
        const auto map = first.seats(show);
        for (auto it = retried.cbegin(); it != retried.cend(); ++it) {
            if (map.value(it.key()).status != SeatStatus::Held)
                return false;
        }
        return !map.isEmpty();
    }));
    const auto map = first.seats(show);
    QSet<QString> holdIds;
    for (int i = 0; i < count * perTerminal; ++i) {
        const QString &seat = seats[i];
        const bool held = acknowledged.contains(seat) || retried.contains(seat);
        EXPECT_EQ(map.value(seat).status, held ? SeatStatus::Held : SeatStatus::Available) << seat.toStdString();
        if (held)
            holdIds.insert(acknowledged.value(seat, retried.value(seat)));
    }
    EXPECT_EQ(holdIds.size(), acknowledged.size() + retried.size()) << "two seats came back in one hold";
    for (auto &t : terminals)
        t->close();
    server.stopProcess();
    EXPECT_EQ(server.exitCode(), 0) << server.output().toStdString();
}

// Every setting of `marquee-server --help` is in docs/OPERATIONS.md's settings table, and every
// setting of the table is one of --help (an outside test found a documented limit, the kiosk's
// extend cap, that no setting changed).
TEST(ServerSettings, HelpAndOperationsListTheSameSettings)
{
    QProcess help;
    help.start(QStringLiteral(MARQUEE_SERVER_BINARY), {QStringLiteral("--help")});
    ASSERT_TRUE(help.waitForFinished(30'000));
    const QString text = QString::fromLocal8Bit(help.readAllStandardOutput());
    QSet<QString> options;
    static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]+)"));
    for (auto it = option.globalMatch(text); it.hasNext();)
        options.insert(it.next().captured(1));
    for (const char *generic : {"help", "help-all", "version", "config", "demo"})
        options.remove(QString::fromLatin1(generic));
    ASSERT_GE(options.size(), 20) << text.toStdString();

    QFile operations(QStringLiteral(MARQUEE_SOURCE_DIR "/docs/OPERATIONS.md"));
    ASSERT_TRUE(operations.open(QIODevice::ReadOnly));
    QSet<QString> documented;
    static const QRegularExpression name(QStringLiteral("`([a-z][a-z-]+)`"));
    // The rows of the tables whose first column is "setting" (other tables name tables, ...).
    bool inSettings = false;
    for (const QString &line : QString::fromUtf8(operations.readAll()).split(u'\n')) {
        if (!line.startsWith(u'|')) {
            inSettings = false;
            continue;
        }
        if (line.startsWith(QLatin1String("| setting |")))
            inSettings = true;
        if (!inSettings || !line.startsWith(QLatin1String("| `")))
            continue;
        const QString firstCell = line.section(u'|', 1, 1);
        for (auto it = name.globalMatch(firstCell); it.hasNext();)
            documented.insert(it.next().captured(1));
    }
    QStringList undocumented = (options - documented).values();
    QStringList unknown = (documented - options).values();
    undocumented.sort();
    unknown.sort();
    EXPECT_TRUE(undocumented.isEmpty()) << "in --help, not in docs/OPERATIONS.md: " << undocumented.join(u' ').toStdString();
    EXPECT_TRUE(unknown.isEmpty()) << "in docs/OPERATIONS.md, not in --help: " << unknown.join(u' ').toStdString();
    EXPECT_TRUE(options.contains(QStringLiteral("kiosk-hold-cap")));
}
