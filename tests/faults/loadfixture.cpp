#include "loadfixture.h"

#include "benchseed.h"
#include "pgconnection.h"
#include "serverconnection.h"
#include "testterminal.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUrl>

#include <algorithm>
#include <iostream>

namespace Marquee::Test {

QString scalar(PgConnection &db, const QString &sql, const QList<QString> &parameters)
{
    auto result = db.exec(sql, parameters);
    if (!result) {
        ADD_FAILURE() << sql.toStdString() << ": " << result.error().message.toStdString();
        return {};
    }
    return result->rowCount() > 0 ? result->value(0, 0) : QString();
}

namespace {

// "id -> text" of a two-column query.
QHash<QString, QString> pairs(PgConnection &db, const QString &sql, const QList<QString> &parameters = {})
{
    QHash<QString, QString> out;
    auto result = db.exec(sql, parameters);
    if (!result) {
        ADD_FAILURE() << sql.toStdString() << ": " << result.error().message.toStdString();
        return out;
    }
    for (int row = 0; row < result->rowCount(); ++row)
        out.insert(result->value(row, 0), result->value(row, 1));
    return out;
}

QString sortedList(QStringList seats)
{
    seats.sort();
    return seats.join(u',');
}

// One payment of a sale as the database has it.
struct SalePayment
{
    QString saleId;
    QString method;          // cash, card
    qint64 amount = 0;
    QString authorization;   // card: the terminal's authorisation code
};

// Every payment of every sale in the database. The card checks of the kill -9 case compare these
// with what the (simulated) card terminal charged.
QList<SalePayment> salePayments(PgConnection &db)
{
    QList<SalePayment> payments;
    auto result = db.exec(QStringLiteral("SELECT sale_id, method, amount, coalesce(authorization_code, '') FROM payments ORDER BY id"));
    if (!result) {
        ADD_FAILURE() << result.error().message.toStdString();
        return payments;
    }
    for (int row = 0; row < result->rowCount(); ++row)
        payments.append({result->value(row, 0), result->value(row, 1), result->value(row, 2).toLongLong(), result->value(row, 3)});
    return payments;
}

} // namespace

void LoadFixture::TearDown()
{
    m_terminals.clear();
    for (auto &server : m_servers) {
        server->resume();
        server->stopProcess();
    }
    m_servers.clear();
}

void LoadFixture::seed(const QString &databaseUrl, int users, int hotRows)
{
    m_databaseUrl = databaseUrl;
    m_hotRows = hotRows;
    auto db = PgConnection::connect(m_databaseUrl);
    ASSERT_TRUE(db) << db.error().message.toStdString();
    Bench::SeedOptions seed;
    seed.shows = 1;
    seed.rows = 2;
    seed.perRow = 2;
    seed.hotRows = hotRows;
    seed.hotPerRow = 50;
    seed.users = users;
    const Status seeded = Bench::seedDatabase(*db, seed);
    ASSERT_TRUE(seeded) << seeded.error().message.toStdString();
}

PgConnection LoadFixture::database()
{
    auto db = PgConnection::connect(m_databaseUrl);
    if (!db)
        ADD_FAILURE() << db.error().message.toStdString();
    return std::move(*db);
}

ServerProcess &LoadFixture::addServer(const QString &databaseUrl)
{
    m_servers.push_back(std::make_unique<ServerProcess>(QStringLiteral(MARQUEE_SERVER_BINARY)));
    ServerProcess &server = *m_servers.back();
    server.setDatabaseUrl(databaseUrl.isEmpty() ? m_databaseUrl : databaseUrl);
    server.setDemo(false);
    // The simulated card terminal keeps its record where a restarted server finds it; an
    // unfinished card sale is anybody's 4 s after its server stopped working on it.
    server.setExtraArguments({QStringLiteral("--payment-ledger"), m_ledgerDir.filePath(QStringLiteral("card-terminal.jsonl")),
                              QStringLiteral("--payment-timeout"), QStringLiteral("3000"),
                              QStringLiteral("--payment-lease"), QStringLiteral("4"),
                              QStringLiteral("--payment-reconcile-interval"), QStringLiteral("500")});
    return server;
}

void LoadFixture::openTerminals(const QUrl &url, int count, const std::function<void(LoadTerminal &)> &configure, int timeoutMs)
{
    openTerminals(QList<QUrl>{url}, count, configure, timeoutMs);
}

void LoadFixture::openTerminals(const QList<QUrl> &urls, int count, const std::function<void(LoadTerminal &)> &configure, int timeoutMs)
{
    const int seatsPerTerminal = (m_hotRows - 1) * 50 / count;
    for (int i = 0; i < count; ++i) {
        QStringList seats;
        for (int k = 0; k < seatsPerTerminal; ++k) {
            const int n = i * seatsPerTerminal + k;
            seats.append(Bench::seatId(n / 50 + 1, n % 50 + 1));
        }
        auto t = std::make_unique<LoadTerminal>(QStringLiteral("till-%1").arg(i), Bench::benchUser(i),
                                                Bench::benchPassword(), hotShow(), seats);
        if (configure)
            configure(*t);
        t->open(urls.at(i % urls.size()));
        m_terminals.push_back(std::move(t));
    }
    const bool ready = waitUntil([&] {
        for (const auto &t : m_terminals) {
            const LiveShow *show = t->connection().show(hotShow());
            if (!t->isSignedIn() || !show || show->version < 0)
                return false;
        }
        return true;
    }, timeoutMs);
    ASSERT_TRUE(ready) << "the terminals did not all sign in and get the show's map";
}

void LoadFixture::runLoad()
{
    for (auto &t : m_terminals)
        t->run();
}

int LoadFixture::salesAcknowledged() const
{
    int n = 0;
    for (const auto &t : m_terminals)
        n += int(t->sales().size());
    return n;
}

bool LoadFixture::waitForSales(int more, int timeoutMs)
{
    const int target = salesAcknowledged() + more;
    return waitUntil([&] { return salesAcknowledged() >= target; }, timeoutMs);
}

bool LoadFixture::allConnected() const
{
    return std::all_of(m_terminals.cbegin(), m_terminals.cend(), [](const auto &t) { return t->isConnected(); });
}

void LoadFixture::finishLoad()
{
    for (auto &t : m_terminals)
        t->stop();
    const bool idle = waitUntil([&] {
        return std::all_of(m_terminals.cbegin(), m_terminals.cend(), [](const auto &t) { return t->isIdle(); });
    }, 90'000);
    ASSERT_TRUE(idle) << "requests still without an answer 90 s after the load stopped";
}

qint64 LoadFixture::longestOutageMs() const
{
    qint64 longest = 0;
    for (const auto &t : m_terminals)
        longest = std::max(longest, t->longestOutageMs());
    return longest;
}

int LoadFixture::errorsOf(const QString &code) const
{
    int n = 0;
    for (const auto &t : m_terminals)
        n += t->errors().value(code);
    return n;
}

void LoadFixture::report(const std::string &key, const QString &value) const
{
    std::cout << "[ " << m_label << std::string(m_label.size() < 9 ? 9 - m_label.size() : 0, ' ') << "] " << key << ": "
              << value.toStdString() << std::endl;
    ::testing::Test::RecordProperty(key, value.toStdString());
}

void LoadFixture::expectDatabaseAgrees()
{
    PgConnection db = database();
    int requests = 0;
    for (const auto &t : m_terminals) {
        requests += t->requestsDone();
        for (const QString &problem : t->unexpected())
            ADD_FAILURE() << t->connection().terminalId().toStdString() << ": " << problem.toStdString();
    }
    report("requests answered", QString::number(requests));
    report("sales acknowledged", QString::number(salesAcknowledged()));

    // No seat sold twice: neither two valid tickets for one seat nor a sold seat whose ticket
    // is not its own valid one.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM tickets WHERE status = 'valid'"
                                        " GROUP BY show_id, seat_id HAVING count(*) > 1) d")),
              QStringLiteral("0"))
        << "a seat was sold twice";
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM show_seats s LEFT JOIN tickets t ON t.id = s.ticket_id"
                                        " WHERE s.status = 'sold' AND (t.id IS NULL OR t.status <> 'valid'"
                                        " OR t.seat_id <> s.seat_id OR t.show_id <> s.show_id)")),
              QStringLiteral("0"));

    // Sales: exactly the acknowledged ones, with their seats (every request ended with one
    // decided answer, so the database holds nothing that was not acknowledged either).
    const QHash<QString, QString> soldInDb = pairs(db, QStringLiteral("SELECT sale_id, string_agg(seat_id, ',' ORDER BY seat_id)"
                                                                      " FROM tickets WHERE status = 'valid' GROUP BY sale_id"));
    QHash<QString, QString> acknowledged;
    QSet<QString> cardSales;
    for (const auto &t : m_terminals) {
        for (auto it = t->sales().cbegin(); it != t->sales().cend(); ++it)
            acknowledged.insert(it.key(), sortedList(it.value()));
        cardSales += t->cardSales();
    }
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
        EXPECT_EQ(soldInDb.value(it.key()), it.value()) << "acknowledged sale " << it.key().toStdString() << " is not in the database as sold";
    for (auto it = soldInDb.cbegin(); it != soldInDb.cend(); ++it)
        EXPECT_TRUE(acknowledged.contains(it.key())) << "sale " << it.key().toStdString() << " of " << it.value().toStdString()
                                                     << " is in the database but no terminal was told";

    // Payments: one per acknowledged sale, card sales with the terminal's authorisation.
    QHash<QString, SalePayment> paymentBySale;
    for (const SalePayment &p : salePayments(db)) {
        EXPECT_FALSE(paymentBySale.contains(p.saleId)) << "sale " << p.saleId.toStdString() << " was paid twice";
        paymentBySale.insert(p.saleId, p);
    }
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const SalePayment p = paymentBySale.value(it.key());
        const bool card = cardSales.contains(it.key());
        EXPECT_EQ(p.method, card ? QStringLiteral("card") : QStringLiteral("cash")) << "sale " << it.key().toStdString();
        EXPECT_EQ(card, !p.authorization.isEmpty()) << "sale " << it.key().toStdString();
    }

    // Holds: exactly the acknowledged ones; those left open still active with their seats.
    const QHash<QString, QString> holdsInDb = pairs(db, QStringLiteral("SELECT id, status FROM holds WHERE show_id = $1"), {hotShow()});
    QSet<QString> holdsAcknowledged = m_otherHolds;
    for (const auto &t : m_terminals) {
        for (auto it = t->holds().cbegin(); it != t->holds().cend(); ++it)
            holdsAcknowledged.insert(it.key());
        for (auto it = t->openHolds().cbegin(); it != t->openHolds().cend(); ++it) {
            EXPECT_EQ(holdsInDb.value(it.key()), QStringLiteral("active")) << "open hold " << it.key().toStdString();
            EXPECT_EQ(scalar(db, QStringLiteral("SELECT string_agg(seat_id, ',' ORDER BY seat_id) FROM show_seats"
                                                " WHERE show_id = $1 AND status = 'held' AND hold_id = $2"),
                             {hotShow(), it.key()}),
                      sortedList(it.value()))
                << "open hold " << it.key().toStdString();
        }
    }
    for (auto it = holdsInDb.cbegin(); it != holdsInDb.cend(); ++it)
        EXPECT_TRUE(holdsAcknowledged.contains(it.key())) << "hold " << it.key().toStdString() << " (" << it.value().toStdString()
                                                          << ") is in the database but no terminal was told: a request done twice";
    EXPECT_EQ(holdsInDb.size(), holdsAcknowledged.size());

    expectMapsEqualDatabase(db);
    expectEveryChargeSoldOrGivenBack(db);
}

// Every charge the card terminal approved (its ledger) is in a sale, or was given back once the
// reconciler had settled what the faults left unfinished; every card sale's charge is one the
// terminal approved and kept.
void LoadFixture::expectEveryChargeSoldOrGivenBack(PgConnection &db)
{
    EXPECT_TRUE(waitUntil([&] {
        return scalar(db, QStringLiteral("SELECT count(*) FROM sell_attempts WHERE state IN ('open', 'voiding')")) == QStringLiteral("0");
    }, 30'000)) << "card sales left unfinished: "
                << scalar(db, QStringLiteral("SELECT string_agg(id || ':' || state, ' ') FROM sell_attempts WHERE state IN ('open', 'voiding')")).toStdString();
    QHash<QString, QString> charged; // reference -> authorization
    QHash<QString, qint64> kept;     // reference -> amount charged minus refunded
    QFile ledger(m_ledgerDir.filePath(QStringLiteral("card-terminal.jsonl")));
    ASSERT_TRUE(ledger.open(QIODevice::ReadOnly));
    while (!ledger.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(ledger.readLine()).object();
        if (line.value(QLatin1String("status")).toString() != QLatin1String("approved"))
            continue;
        const QString reference = line.value(QLatin1String("reference")).toString();
        const qint64 amount = line.value(QLatin1String("amount")).toInteger();
        if (line.value(QLatin1String("op")).toString() == QLatin1String("charge")) {
            charged.insert(reference, line.value(QLatin1String("authorization")).toString());
            kept[reference] += amount;
        } else {
            kept[reference] -= amount;
        }
    }
    // Which sale kept which charge, by the charge's reference (unique, in the database and on the
    // terminal). Not by authorization code: every server process has a simulated terminal of its
    // own that numbers its approvals from the shared ledger's last one, so that two processes
    // selling at once give out the same codes.
    QHash<QString, QString> soldByReference; // reference -> sale
    QHash<QString, QString> authorizationOf; // reference -> the authorization the database has
    {
        auto result = db.exec(QStringLiteral("SELECT i.reference, a.sale_id, coalesce(i.authorization_code, '') FROM payment_intents i"
                                             " JOIN sell_attempts a ON a.id = i.attempt_id WHERE a.sale_id IS NOT NULL"));
        ASSERT_TRUE(result) << result.error().message.toStdString();
        for (int row = 0; row < result->rowCount(); ++row) {
            soldByReference.insert(result->value(row, 0), result->value(row, 1));
            authorizationOf.insert(result->value(row, 0), result->value(row, 2));
        }
    }
    int sold = 0, givenBack = 0;
    for (auto it = charged.cbegin(); it != charged.cend(); ++it) {
        if (soldByReference.contains(it.key())) {
            ++sold;
            EXPECT_GT(kept.value(it.key()), 0) << "charge " << it.key().toStdString() << " of sale "
                                               << soldByReference.value(it.key()).toStdString() << " was given back";
            EXPECT_EQ(authorizationOf.value(it.key()), it.value()) << "charge " << it.key().toStdString();
        } else {
            ++givenBack;
            EXPECT_EQ(kept.value(it.key()), 0) << "charge " << it.key().toStdString()
                                               << " is in no sale and was not given back: the customer paid for nothing";
        }
    }
    // Every card payment of a sale is a charge of that sale that the terminal approved.
    QMultiHash<QString, QString> authorizationsOfSale;
    for (auto it = soldByReference.cbegin(); it != soldByReference.cend(); ++it) {
        if (charged.contains(it.key()))
            authorizationsOfSale.insert(it.value(), charged.value(it.key()));
    }
    for (const SalePayment &p : salePayments(db)) {
        if (p.method == QLatin1String("card")) {
            EXPECT_TRUE(authorizationsOfSale.contains(p.saleId, p.authorization))
                << "sale " << p.saleId.toStdString() << " names a charge (" << p.authorization.toStdString() << ") the terminal never approved for it";
        }
    }
    report("card charges in a sale / given back", QStringLiteral("%1 / %2").arg(sold).arg(givenBack));
}

qint64 LoadFixture::expectMapsEqualDatabase(PgConnection &db, int timeoutMs)
{
    const qint64 version = scalar(db, QStringLiteral("SELECT version FROM shows WHERE id = $1"), {hotShow()}).toLongLong();
    QElapsedTimer converging;
    converging.start();
    const bool caughtUp = waitUntil([&] {
        for (const auto &t : m_terminals) {
            const LiveShow *show = t->connection().show(hotShow());
            if (!show || show->version != version)
                return false;
        }
        return true;
    }, timeoutMs);
    const qint64 took = converging.elapsed();
    report("maps caught up with the database after (ms)", QString::number(took));
    const QHash<QString, QString> truth = pairs(db, QStringLiteral("SELECT seat_id, CASE WHEN status = 'held' AND hold_expires <= now()"
                                                                   " THEN 'available' ELSE status END FROM show_seats WHERE show_id = $1"),
                                                {hotShow()});
    EXPECT_EQ(truth.size(), m_hotRows * 50);
    for (const auto &t : m_terminals) {
        SCOPED_TRACE(t->connection().terminalId().toStdString());
        const LiveShow *show = t->connection().show(hotShow());
        if (!show) {
            ADD_FAILURE() << "the terminal does not watch the show";
            continue;
        }
        EXPECT_TRUE(caughtUp) << "at version " << show->version << ", the database at " << version;
        int wrong = 0;
        for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
            const QString mine = seatStatusName(show->seats.value(it.key()).status);
            if (mine != it.value() && ++wrong <= 3)
                ADD_FAILURE() << it.key().toStdString() << " is " << it.value().toStdString() << " in the database, " << mine.toStdString() << " on the map";
        }
        EXPECT_EQ(wrong, 0);
    }
    return took;
}

} // namespace Marquee::Test
