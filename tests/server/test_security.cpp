// The defences of docs/SECURITY.md that need a running server: sign-out ends the token (on every
// process, across a restart), SQL metacharacters in every free-text field are stored verbatim or
// refused, and no password, token or secret reaches the logs. Real WebSockets on loopback, a real
// PostgreSQL.
#include "serverfixture.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QMutex>
#include <QtTest/QSignalSpy>
#include <QtWebSockets/QWebSocket>

#include <functional>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

QString codeName(const std::optional<AnyMessage> &reply)
{
    if (!reply)
        return QStringLiteral("(no answer)");
    const auto error = errorIn(reply);
    return error ? errorCodeName(error->code) : QStringLiteral("(reply)");
}

QString frame(const QString &type, const QString &id, const QJsonObject &body)
{
    QJsonObject envelope {{QStringLiteral("v"), 1}, {QStringLiteral("type"), type}, {QStringLiteral("id"), id},
                          {QStringLiteral("body"), body}};
    return QString::fromUtf8(QJsonDocument(envelope).toJson(QJsonDocument::Compact));
}

// Every payload has 10 characters or more (the shortest password) and no control character.
const QStringList &metacharacters()
{
    static const QStringList payloads = {
        QStringLiteral("O'Brien's 'quoted'"),
        QStringLiteral("x'; DROP TABLE sales; --"),
        QStringLiteral("\\ back\\slash \\\\ \\' \\\""),
        QStringLiteral("\"; DELETE FROM users WHERE ''='"),
        QStringLiteral("$1 $$ $q$ dollar $2::text"),
        QStringLiteral("-- comment /* block */ # end"),
        QStringLiteral("Ünïcødé – 日本語 🎟 ﬁ"),
        QStringLiteral("100% _match_ [a-z]* .*"),
        QStringLiteral(") OR 1=1; SELECT pg_sleep(5) --"),
    };
    return payloads;
}

} // namespace

class Security : public ServerTest
{
protected:
    ServerConfig config() const
    {
        ServerConfig c = baseConfig();
        c.signInMaxFailures = 100000; // this suite signs in with wrong passwords on purpose
        return c;
    }

    void SetUp() override
    {
        ServerTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        m_server = startServer(config());
        ASSERT_TRUE(m_server);
    }

    Result<SessionReply> resume(const QString &token, SyncServer *server = nullptr)
    {
        TestTerminal *t = terminal(QString(), server);
        ResumeRequest request;
        request.token = token;
        return t->call<SessionReply>(request);
    }

    // True when some string anywhere in the books (nested JSON too) contains `text` exactly. The
    // idempotency records (which keep answers, not data) and the per-seat tables are left out.
    bool storedVerbatim(const QString &text)
    {
        if (m_search.isEmpty()) {
            m_search = scalar(QStringLiteral(
                "SELECT 'SELECT EXISTS (' || string_agg(format('SELECT 1 FROM %I t, jsonb_path_query(to_jsonb(t), ''strict $.**'') v"
                " WHERE jsonb_typeof(v) = ''string'' AND strpos(v #>> ''{}'', $1) > 0', table_name), ' UNION ALL ') || ')::text'"
                " FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                " AND table_name NOT IN ('idempotency', 'show_seats', 'seat_changes', 'layout_seats', 'hold_seats',"
                " 'report_quarters', 'report_payment_quarters', 'show_takings', 'schema_migrations')"));
        }
        return scalar(m_search, {text}) == QLatin1String("true");
    }

    QString m_search;
};

// ---- Sign-out ends the token ------------------------------------------------------------------

TEST_F(Security, SigningOutRevokesTheTokenOnEveryProcessAndAcrossARestart)
{
    auto second = startServer(config());
    ASSERT_TRUE(second);
    TestTerminal *t = terminal();
    const QString token = t->lastSessionToken();
    TestTerminal *other = terminal(); // another session of the same user
    const QString otherToken = other->lastSessionToken();
    // The same token resumed on a connection to the other process, live and subscribed.
    TestTerminal *elsewhere = terminal(QString(), second.get());
    ResumeRequest resumeIt;
    resumeIt.token = token;
    ASSERT_TRUE(elsewhere->call<SessionReply>(resumeIt));
    ASSERT_TRUE(elsewhere->call<SubscribeReply>(SubscribeRequest {showId(), std::nullopt}));

    ASSERT_TRUE(t->call<SignOutReply>(SignOutRequest {}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM revoked_sessions")), QStringLiteral("1"));
    auto here = resume(token);
    ASSERT_FALSE(here);
    EXPECT_EQ(errorCodeName(here.error().code), errorCodeName(ErrorCode::TokenInvalid));
    EXPECT_EQ(here.error().where, QStringLiteral("/body/token"));
    auto there = resume(token, second.get());
    ASSERT_FALSE(there);
    EXPECT_EQ(errorCodeName(there.error().code), errorCodeName(ErrorCode::TokenInvalid));
    // The live connection of that session on the other process is signed out as well.
    EXPECT_TRUE(waitUntil([&] {
        return errorIn(elsewhere->waitReply(elsewhere->send(ListVenuesRequest {})))
            .value_or(ErrorMessage {}).code == ErrorCode::Unauthenticated;
    }, 10000));
    // The user's other session goes on.
    EXPECT_TRUE(other->call<ListVenuesReply>(ListVenuesRequest {}));
    EXPECT_TRUE(resume(otherToken));

    // A restart forgets nothing: the revocation is in the database.
    second.reset();
    m_terminals.clear();
    m_server.reset();
    m_server = startServer(config());
    ASSERT_TRUE(m_server);
    auto afterRestart = resume(token);
    ASSERT_FALSE(afterRestart);
    EXPECT_EQ(errorCodeName(afterRestart.error().code), errorCodeName(ErrorCode::TokenInvalid));
    EXPECT_TRUE(resume(otherToken));
}

TEST_F(Security, SigningOutWithoutHelloReleasesTheHoldsToo)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    TestTerminal *watcher = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(watcher->call<SubscribeReply>(SubscribeRequest {show, std::nullopt}));
    // hello is optional: this client starts with sign_in.
    auto bare = std::make_unique<TestTerminal>(QStringLiteral("bare"));
    ASSERT_TRUE(bare->open(url(), 10000, false));
    ASSERT_TRUE(bare->signIn(QStringLiteral("cashier"), QStringLiteral("cashier")));
    auto hold = bare->call<HoldReply>(holdOf(show, {seats[0], seats[1]}));
    ASSERT_TRUE(hold) << hold.error().toString().toStdString();
    const QString terminalId = scalar(QStringLiteral("SELECT terminal_id FROM holds WHERE id = $1"), {hold->holdId});
    EXPECT_TRUE(terminalId.startsWith(QLatin1String("conn-"))) << terminalId.toStdString();
    ASSERT_TRUE(watcher->waitFor([&] { return watcher->status(show, seats[1]) == SeatStatus::Held; }));

    ASSERT_TRUE(bare->call<SignOutReply>(SignOutRequest {}));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), {hold->holdId}), QStringLiteral("released"));
    EXPECT_TRUE(watcher->waitFor([&] {
        return watcher->status(show, seats[0]) == SeatStatus::Available && watcher->status(show, seats[1]) == SeatStatus::Available;
    }));
    EXPECT_EQ(errorCodeName(bare->call<HoldReply>(holdOf(show, {seats[2]})).error().code),
              errorCodeName(ErrorCode::Unauthenticated));
    // Two connections without hello are two terminals: neither sees the other's holds as its own.
    auto another = std::make_unique<TestTerminal>(QStringLiteral("bare2"));
    ASSERT_TRUE(another->open(url(), 10000, false));
    SignInRequest signIn;
    signIn.user = QStringLiteral("cashier");
    signIn.password = QStringLiteral("cashier");
    auto session = another->call<SessionReply>(signIn);
    ASSERT_TRUE(session);
    EXPECT_TRUE(session->holds.isEmpty());
}

// Holds pipelined before sign_out (sent without waiting for their answers) are released too: the
// sign-out waits for the connection's earlier requests.
TEST_F(Security, SigningOutRightAfterPipelinedHoldsReleasesThemAll)
{
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QStringList seats = seatIds(show);
    TestTerminal *t = terminal();
    QStringList holds;
    for (int i = 0; i < 8; ++i)
        holds.append(t->send(holdOf(show, {seats[i]})));
    const QString signOut = t->send(SignOutRequest {});
    for (const QString &id : std::as_const(holds))
        EXPECT_TRUE(t->waitReply(id));
    const auto reply = t->waitReply(signOut);
    ASSERT_TRUE(reply);
    EXPECT_FALSE(errorIn(reply)) << errorIn(reply)->message.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'active'")), QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}),
              QStringLiteral("0"));
}

// What is sent after a sign_out (without waiting for its answer) is served after it, as a
// signed-out connection: a hold pipelined behind the sign_out is refused, never left behind as
// the user's, and the sign_out's answer comes first.
TEST_F(Security, RequestsPipelinedAfterSignOutAreServedAsSignedOut)
{
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QStringList seats = seatIds(show);
    TestTerminal *t = terminal();
    ASSERT_TRUE(t->call<HoldReply>(holdOf(show, {seats[0]})));
    const QString signOut = t->send(SignOutRequest {});
    QStringList after;
    for (int i = 1; i <= 6; ++i)
        after.append(t->send(holdOf(show, {seats[i]})));
    const QString ping = t->send(PingRequest {});
    const auto reply = t->waitReply(signOut);
    ASSERT_TRUE(reply);
    EXPECT_FALSE(errorIn(reply)) << errorIn(reply)->message.toStdString();
    for (const QString &id : std::as_const(after)) {
        const auto answer = t->waitReply(id);
        ASSERT_TRUE(answer) << "no answer to " << id.toStdString();
        const auto error = errorIn(answer);
        ASSERT_TRUE(error) << "a hold sent after sign_out was served as the user";
        EXPECT_EQ(errorCodeName(error->code), errorCodeName(ErrorCode::Unauthenticated));
    }
    EXPECT_TRUE(t->waitReply(ping)); // what needs no sign-in is still answered
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM holds WHERE status = 'active'")), QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), {show}),
              QStringLiteral("0"));
    // Signing in again on the same connection works as before.
    ASSERT_TRUE(t->signIn(QStringLiteral("cashier"), QStringLiteral("cashier")));
    EXPECT_TRUE(t->call<HoldReply>(holdOf(show, {seats[7]})));
}

TEST_F(Security, ADisabledUsersTokensStayDeadAfterTheUserIsEnabledAgain)
{
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    TestTerminal *cashier = terminal();
    const QString token = cashier->lastSessionToken();
    const QString user = scalar(QStringLiteral("SELECT id FROM users WHERE username = 'cashier'"));
    UpdateUserRequest disable;
    disable.userId = user;
    disable.active = false;
    ASSERT_TRUE(admin->call<UpdateUserReply>(disable));
    auto refused = resume(token);
    ASSERT_FALSE(refused);
    EXPECT_EQ(errorCodeName(refused.error().code), errorCodeName(ErrorCode::TokenInvalid));
    UpdateUserRequest enable;
    enable.userId = user;
    enable.active = true;
    ASSERT_TRUE(admin->call<UpdateUserReply>(enable));
    auto still = resume(token);
    ASSERT_FALSE(still) << "a token issued before the user was disabled resumed again";
    EXPECT_EQ(errorCodeName(still.error().code), errorCodeName(ErrorCode::TokenInvalid));
    EXPECT_TRUE(terminal()) << "a new sign-in works";
}

// ---- Prepared statements only -----------------------------------------------------------------

// Every free-text field of every request type, with SQL metacharacters in it: each value is
// either stored exactly as sent (found again, character for character, in the database) or
// refused with a clear error code; never INTERNAL, never a lost connection. Id-shaped fields
// (showId, holdId, ticketCode, ...) are refused by the decoder (INVALID_VALUE) before any SQL;
// they are covered through `hold`, `find_sales`, `verify_ticket` and `upload_layout`. Afterwards
// every table is still there and every demo user still signs in.
TEST_F(Security, SqlMetacharactersInEveryStringFieldAreStoredVerbatimOrRefused)
{
    enum class Kind { Stored, Password, Answered };
    struct Probe
    {
        TestTerminal *terminal = nullptr;
        QString type;
        QJsonObject body;
        QString login = {}; // Kind::Password: the user whose password the value is
        std::function<void(const QJsonObject &reply)> accepted = {};
        QString stored = {}; // Kind::Stored: what must be stored when not the value itself
    };
    struct Field
    {
        QString name;
        Kind kind;
        std::function<Probe(const QString &value, int n)> probe;
    };

    const QString tables = QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables"
                                          " WHERE table_schema = 'public'");
    const QString tablesBefore = scalar(tables);
    const QString venue = scalar(QStringLiteral("SELECT id FROM venues ORDER BY id LIMIT 1"));
    const QString show = showId(QStringLiteral("Cinema 1"));
    QStringList seats = seatIds(show);
    ASSERT_GE(seats.size(), 40);
    const QStringList otherShows = [&] {
        const QString list = scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM shows WHERE id <> $1"), {show});
        return list.split(u',', Qt::SkipEmptyParts);
    }();
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    TestTerminal *cashier = terminal();

    const auto send = [](TestTerminal *t, const QString &type, const QJsonObject &body) {
        const QString id = t->nextId();
        t->sendText(frame(type, id, body));
        return t->waitReply(id, 15000);
    };
    const auto bodyOf = [](const std::optional<AnyMessage> &reply) {
        return QJsonDocument::fromJson(encodeMessage(*reply)).object().value(QLatin1String("body")).toObject();
    };
    // An object the admin creates for the fields below to change: its reply's body[key].
    const auto create = [&](const QString &type, const QJsonObject &body, const QString &key) {
        const auto reply = send(admin, type, body);
        EXPECT_TRUE(reply && !errorIn(reply)) << type.toStdString() << ": " << codeName(reply).toStdString() << " "
                                              << (errorIn(reply) ? errorIn(reply)->message.toStdString() : std::string());
        return reply && !errorIn(reply) ? bodyOf(reply).value(key).toObject() : QJsonObject();
    };
    const QString title = create(QStringLiteral("create_title"),
                                 {{QStringLiteral("name"), QStringLiteral("Metacharacters")}, {QStringLiteral("runtimeMinutes"), 90}},
                                 QStringLiteral("title")).value(QLatin1String("id")).toString();
    const QString ticketType = create(QStringLiteral("create_ticket_type"),
                                      {{QStringLiteral("venueId"), venue}, {QStringLiteral("name"), QStringLiteral("Metacharacters")}},
                                      QStringLiteral("ticketType")).value(QLatin1String("id")).toString();
    const QString category = scalar(QStringLiteral("SELECT category FROM show_prices WHERE show_id = $1 LIMIT 1"), {show});
    const QJsonArray cardPrices {QJsonObject {{QStringLiteral("category"), category}, {QStringLiteral("ticketTypeId"), ticketType},
                                              {QStringLiteral("price"), QJsonObject {{QStringLiteral("amount"), 900},
                                                                                     {QStringLiteral("currency"), QStringLiteral("EUR")}}}}};
    const QString priceCard = create(QStringLiteral("create_price_card"),
                                     {{QStringLiteral("venueId"), venue}, {QStringLiteral("name"), QStringLiteral("Metacharacters")},
                                      {QStringLiteral("prices"), cardPrices}},
                                     QStringLiteral("priceCard")).value(QLatin1String("id")).toString();
    const QString user = create(QStringLiteral("create_user"),
                                {{QStringLiteral("user"), QStringLiteral("meta.user")}, {QStringLiteral("name"), QStringLiteral("Meta")},
                                 {QStringLiteral("role"), QStringLiteral("cashier")}},
                                QStringLiteral("user")).value(QLatin1String("id")).toString();
    const QString hall = create(QStringLiteral("create_auditorium"),
                                {{QStringLiteral("venueId"), venue}, {QStringLiteral("name"), QStringLiteral("Metacharacters")}},
                                QStringLiteral("auditorium")).value(QLatin1String("id")).toString();
    ASSERT_FALSE(title.isEmpty() || ticketType.isEmpty() || priceCard.isEmpty() || user.isEmpty() || hall.isEmpty());
    // A user whose own password the change_password probes change, one after the other.
    QString password = QStringLiteral("first password 1");
    ASSERT_TRUE(send(admin, QStringLiteral("create_user"),
                     {{QStringLiteral("user"), QStringLiteral("meta.changer")}, {QStringLiteral("name"), QStringLiteral("Changer")},
                      {QStringLiteral("role"), QStringLiteral("cashier")}, {QStringLiteral("password"), password}}));
    TestTerminal *changer = terminal(QString());
    ASSERT_TRUE(changer->signIn(QStringLiteral("meta.changer"), password));
    int draftRevision = 0;

    const auto anonymous = [&] { return terminal(QString()); };
    const auto one = [](const QString &key, const QJsonValue &value) { return QJsonObject {{key, value}}; };
    const auto layout = [] {
        return QJsonDocument::fromJson(QStringLiteral(R"({"aisles":[],"categories":[{"colour":"#1f6fb2","id":"standard","name":"Standard"}],)"
                                                      R"("schemaVersion":1,"sections":[{"id":"stalls","rows":[{"id":"stalls-A","kind":"straight","label":"A",)"
                                                      R"("seats":[{"category":"standard","id":"stalls-A-1","label":"1","x":0,"y":3}]}]}],)"
                                                      R"("stage":{"kind":"screen","width":8,"x":0,"y":0},"version":0})").toUtf8())
            .object();
    };
    const auto draft = [&](const QString &name, const QString &section) {
        QJsonObject document = layout();
        document.insert(QStringLiteral("name"), name);
        QJsonArray sections = document.value(QLatin1String("sections")).toArray();
        QJsonObject first = sections.first().toObject();
        first.insert(QStringLiteral("name"), section);
        sections.replace(0, first);
        document.insert(QStringLiteral("sections"), sections);
        return Probe {admin, QStringLiteral("save_layout_draft"),
                      {{QStringLiteral("auditoriumId"), hall}, {QStringLiteral("baseVersion"), 0},
                       {QStringLiteral("revision"), draftRevision}, {QStringLiteral("layout"), document}},
                      {}, [&](const QJsonObject &reply) { draftRevision = reply.value(QLatin1String("revision")).toInt(); }};
    };

    const QList<Field> fields = {
        {QStringLiteral("hello /body/clientName"), Kind::Answered, [&](const QString &v, int) {
             return Probe {anonymous(), QStringLiteral("hello"), {{QStringLiteral("versions"), QJsonArray {1}}, {QStringLiteral("clientName"), v}}};
         }},
        {QStringLiteral("hello /body/clientVersion"), Kind::Answered, [&](const QString &v, int) {
             return Probe {anonymous(), QStringLiteral("hello"), {{QStringLiteral("versions"), QJsonArray {1}}, {QStringLiteral("clientVersion"), v}}};
         }},
        {QStringLiteral("hello /body/terminalId"), Kind::Answered, [&](const QString &v, int) {
             return Probe {anonymous(), QStringLiteral("hello"), {{QStringLiteral("versions"), QJsonArray {1}}, {QStringLiteral("terminalId"), v}}};
         }},
        {QStringLiteral("sign_in /body/user"), Kind::Answered, [&](const QString &v, int) {
             return Probe {anonymous(), QStringLiteral("sign_in"), {{QStringLiteral("user"), v}, {QStringLiteral("password"), QStringLiteral("cashier")}}};
         }},
        {QStringLiteral("sign_in /body/password"), Kind::Answered, [&](const QString &v, int) {
             return Probe {anonymous(), QStringLiteral("sign_in"), {{QStringLiteral("user"), QStringLiteral("cashier")}, {QStringLiteral("password"), v}}};
         }},
        {QStringLiteral("resume /body/token"), Kind::Answered, [&](const QString &v, int) {
             return Probe {anonymous(), QStringLiteral("resume"), one(QStringLiteral("token"), v)};
         }},
        {QStringLiteral("list_shows /body/search"), Kind::Answered, [&](const QString &v, int) {
             return Probe {cashier, QStringLiteral("list_shows"), one(QStringLiteral("search"), v)};
         }},
        {QStringLiteral("hold /body/seatIds/0"), Kind::Answered, [&](const QString &v, int) {
             return Probe {cashier, QStringLiteral("hold"), {{QStringLiteral("showId"), show}, {QStringLiteral("seatIds"), QJsonArray {v}}}};
         }},
        {QStringLiteral("find_sales /body/ticketCode"), Kind::Answered, [&](const QString &v, int) {
             return Probe {cashier, QStringLiteral("find_sales"), one(QStringLiteral("ticketCode"), v)};
         }},
        {QStringLiteral("verify_ticket /body/code"), Kind::Answered, [&](const QString &v, int) {
             return Probe {cashier, QStringLiteral("verify_ticket"), one(QStringLiteral("code"), v)};
         }},
        {QStringLiteral("sell /body/customerEmail"), Kind::Stored, [&](const QString &v, int) {
             auto hold = cashier->call<HoldReply>(holdOf(show, {seats.takeFirst()}));
             EXPECT_TRUE(hold);
             const QJsonObject amount {{QStringLiteral("amount"), hold ? hold->total.minorUnits() : 0}, {QStringLiteral("currency"), QStringLiteral("EUR")}};
             return Probe {cashier, QStringLiteral("sell"),
                           {{QStringLiteral("holdId"), hold ? hold->holdId : QString()},
                            {QStringLiteral("payments"), QJsonArray {QJsonObject {{QStringLiteral("method"), QStringLiteral("cash")}, {QStringLiteral("amount"), amount}}}},
                            {QStringLiteral("customerEmail"), v}}};
         }},
        {QStringLiteral("refund /body/reason"), Kind::Stored, [&](const QString &v, int) {
             auto hold = cashier->call<HoldReply>(holdOf(show, {seats.takeFirst()}));
             EXPECT_TRUE(hold);
             SellRequest sell;
             sell.holdId = hold ? hold->holdId : QString();
             sell.payments = {cash(hold ? hold->total.minorUnits() : 0, hold ? hold->total.minorUnits() : 0)};
             auto sale = cashier->call<SellReply>(sell);
             EXPECT_TRUE(sale);
             return Probe {cashier, QStringLiteral("refund"), {{QStringLiteral("saleId"), sale ? sale->saleId : QString()}, {QStringLiteral("reason"), v}}};
         }},
        {QStringLiteral("close_shift /body/note"), Kind::Stored, [&](const QString &v, int n) {
             auto t = std::make_unique<TestTerminal>(QStringLiteral("meta-drawer-%1").arg(n));
             EXPECT_TRUE(t->open(url()) && t->signIn(QStringLiteral("cashier2"), QStringLiteral("cashier2")));
             m_terminals.push_back(std::move(t));
             return Probe {m_terminals.back().get(), QStringLiteral("close_shift"),
                           {{QStringLiteral("countedCash"), QJsonObject {{QStringLiteral("amount"), 0}, {QStringLiteral("currency"), QStringLiteral("EUR")}}},
                            {QStringLiteral("note"), v}}};
         }},
        {QStringLiteral("create_venue /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("create_venue"), {{QStringLiteral("name"), v}, {QStringLiteral("currency"), QStringLiteral("EUR")}}};
         }},
        {QStringLiteral("create_venue /body/timezone"), Kind::Answered, [&](const QString &v, int n) {
             return Probe {admin, QStringLiteral("create_venue"),
                           {{QStringLiteral("name"), QStringLiteral("Zone %1").arg(n)}, {QStringLiteral("currency"), QStringLiteral("EUR")}, {QStringLiteral("timezone"), v}}};
         }},
        {QStringLiteral("create_venue /body/currency"), Kind::Answered, [&](const QString &v, int n) {
             return Probe {admin, QStringLiteral("create_venue"), {{QStringLiteral("name"), QStringLiteral("Money %1").arg(n)}, {QStringLiteral("currency"), v}}};
         }},
        {QStringLiteral("create_auditorium /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("create_auditorium"), {{QStringLiteral("venueId"), venue}, {QStringLiteral("name"), v}}};
         }},
        {QStringLiteral("rename_venue /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("rename_venue"), {{QStringLiteral("venueId"), venue}, {QStringLiteral("name"), v}}};
         }},
        {QStringLiteral("rename_auditorium /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("rename_auditorium"), {{QStringLiteral("auditoriumId"), hall}, {QStringLiteral("name"), v}}};
         }},
        {QStringLiteral("update_venue /body/timezone"), Kind::Answered, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("update_venue"), {{QStringLiteral("venueId"), venue}, {QStringLiteral("timezone"), v}}};
         }},
        {QStringLiteral("upload_layout /body/uploadId"), Kind::Answered, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("upload_layout"),
                           {{QStringLiteral("uploadId"), v}, {QStringLiteral("part"), 0}, {QStringLiteral("parts"), 1}, {QStringLiteral("data"), QStringLiteral("e30=")}}};
         }},
        {QStringLiteral("upload_layout /body/data"), Kind::Answered, [&](const QString &v, int n) {
             return Probe {admin, QStringLiteral("upload_layout"),
                           {{QStringLiteral("uploadId"), QStringLiteral("meta-%1").arg(n)}, {QStringLiteral("part"), 0}, {QStringLiteral("parts"), 1}, {QStringLiteral("data"), v}}};
         }},
        {QStringLiteral("save_layout_draft /body/layout/name"), Kind::Stored, [&](const QString &v, int) { return draft(v, QStringLiteral("Stalls")); }},
        {QStringLiteral("save_layout_draft /body/layout/sections/0/name"), Kind::Stored, [&](const QString &v, int) { return draft(QStringLiteral("Hall"), v); }},
        {QStringLiteral("create_user /body/user"), Kind::Answered, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("create_user"), {{QStringLiteral("user"), v}, {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("role"), QStringLiteral("cashier")}}};
         }},
        {QStringLiteral("create_user /body/name"), Kind::Stored, [&](const QString &v, int n) {
             return Probe {admin, QStringLiteral("create_user"),
                           {{QStringLiteral("user"), QStringLiteral("meta.name%1").arg(n)}, {QStringLiteral("name"), v}, {QStringLiteral("role"), QStringLiteral("cashier")}}};
         }},
        {QStringLiteral("create_user /body/password"), Kind::Password, [&](const QString &v, int n) {
             const QString login = QStringLiteral("meta.pw%1").arg(n);
             return Probe {admin, QStringLiteral("create_user"),
                           {{QStringLiteral("user"), login}, {QStringLiteral("name"), QStringLiteral("pw")}, {QStringLiteral("role"), QStringLiteral("cashier")}, {QStringLiteral("password"), v}},
                           login};
         }},
        {QStringLiteral("update_user /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("update_user"), {{QStringLiteral("userId"), user}, {QStringLiteral("name"), v}}};
         }},
        {QStringLiteral("change_password /body/oldPassword"), Kind::Answered, [&](const QString &v, int) {
             return Probe {changer, QStringLiteral("change_password"), {{QStringLiteral("oldPassword"), v}, {QStringLiteral("newPassword"), QStringLiteral("never set at all")}}};
         }},
        {QStringLiteral("change_password /body/newPassword"), Kind::Password, [&](const QString &v, int) {
             return Probe {changer, QStringLiteral("change_password"), {{QStringLiteral("oldPassword"), password}, {QStringLiteral("newPassword"), v}},
                           QStringLiteral("meta.changer"), [&password, v](const QJsonObject &) { password = v; }};
         }},
        {QStringLiteral("create_title /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("create_title"), {{QStringLiteral("name"), v}, {QStringLiteral("runtimeMinutes"), 90}}};
         }},
        {QStringLiteral("create_title /body/ageRating"), Kind::Stored, [&](const QString &v, int n) {
             return Probe {admin, QStringLiteral("create_title"),
                           {{QStringLiteral("name"), QStringLiteral("Rated %1").arg(n)}, {QStringLiteral("runtimeMinutes"), 90}, {QStringLiteral("ageRating"), v.left(10).trimmed()}},
                           {}, {}, v.left(10).trimmed()};
         }},
        {QStringLiteral("create_title /body/format"), Kind::Stored, [&](const QString &v, int n) {
             return Probe {admin, QStringLiteral("create_title"),
                           {{QStringLiteral("name"), QStringLiteral("Format %1").arg(n)}, {QStringLiteral("runtimeMinutes"), 90}, {QStringLiteral("format"), v.left(20).trimmed()}},
                           {}, {}, v.left(20).trimmed()};
         }},
        {QStringLiteral("create_title /body/description"), Kind::Stored, [&](const QString &v, int n) {
             return Probe {admin, QStringLiteral("create_title"),
                           {{QStringLiteral("name"), QStringLiteral("Described %1").arg(n)}, {QStringLiteral("runtimeMinutes"), 90}, {QStringLiteral("description"), v}}};
         }},
        {QStringLiteral("update_title /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("update_title"), {{QStringLiteral("titleId"), title}, {QStringLiteral("name"), v}}};
         }},
        {QStringLiteral("cancel_show /body/reason"), Kind::Stored, [&](const QString &v, int n) {
             return Probe {admin, QStringLiteral("cancel_show"), {{QStringLiteral("showId"), otherShows.value(n % std::max<qsizetype>(1, otherShows.size()))}, {QStringLiteral("reason"), v}}};
         }},
        {QStringLiteral("block_seats /body/note"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("block_seats"),
                           {{QStringLiteral("showId"), show}, {QStringLiteral("seatIds"), QJsonArray {seats.takeFirst()}}, {QStringLiteral("kind"), QStringLiteral("house")}, {QStringLiteral("note"), v}}};
         }},
        {QStringLiteral("block_seats /body/kind"), Kind::Answered, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("block_seats"), {{QStringLiteral("showId"), show}, {QStringLiteral("seatIds"), QJsonArray {seats.first()}}, {QStringLiteral("kind"), v}}};
         }},
        {QStringLiteral("create_ticket_type /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("create_ticket_type"), {{QStringLiteral("venueId"), venue}, {QStringLiteral("name"), v}}};
         }},
        {QStringLiteral("create_ticket_type /body/note"), Kind::Stored, [&](const QString &v, int n) {
             return Probe {admin, QStringLiteral("create_ticket_type"), {{QStringLiteral("venueId"), venue}, {QStringLiteral("name"), QStringLiteral("Noted %1").arg(n)}, {QStringLiteral("note"), v}}};
         }},
        {QStringLiteral("update_ticket_type /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("update_ticket_type"), {{QStringLiteral("ticketTypeId"), ticketType}, {QStringLiteral("name"), v}}};
         }},
        {QStringLiteral("update_ticket_type /body/note"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("update_ticket_type"), {{QStringLiteral("ticketTypeId"), ticketType}, {QStringLiteral("note"), v}}};
         }},
        {QStringLiteral("create_price_card /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("create_price_card"), {{QStringLiteral("venueId"), venue}, {QStringLiteral("name"), v}, {QStringLiteral("prices"), cardPrices}}};
         }},
        {QStringLiteral("update_price_card /body/name"), Kind::Stored, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("update_price_card"), {{QStringLiteral("priceCardId"), priceCard}, {QStringLiteral("name"), v}}};
         }},
        {QStringLiteral("list_audit_log /body/actions/0"), Kind::Answered, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("list_audit_log"), one(QStringLiteral("actions"), QJsonArray {v})};
         }},
        {QStringLiteral("get_report /body/kind"), Kind::Answered, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("get_report"),
                           {{QStringLiteral("kind"), v}, {QStringLiteral("venueId"), venue}, {QStringLiteral("from"), QStringLiteral("2025-05-01")}, {QStringLiteral("to"), QStringLiteral("2025-05-08")}}};
         }},
        {QStringLiteral("set_show_status /body/status"), Kind::Answered, [&](const QString &v, int) {
             return Probe {admin, QStringLiteral("set_show_status"), {{QStringLiteral("showId"), show}, {QStringLiteral("status"), v}}};
         }},
    };

    int stored = 0, refused = 0;
    QStringList problems;
    for (int f = 0; f < fields.size(); ++f) {
        const Field &field = fields[f];
        for (int p = 0; p < metacharacters().size(); ++p) {
            const int n = f * 100 + p;
            // Unique per field and payload (names are unique), 10 characters or more.
            const QString value = metacharacters()[p] + QStringLiteral(" #%1").arg(n);
            const Probe probe = field.probe(value, n);
            const QString label = field.name + QStringLiteral(" = ") + value;
            const auto reply = send(probe.terminal, probe.type, probe.body);
            if (!reply) {
                problems.append(label + QStringLiteral(": no answer"));
                continue;
            }
            if (const auto error = errorIn(reply)) {
                ++refused;
                if (error->code == ErrorCode::Internal || error->message.isEmpty())
                    problems.append(label + QStringLiteral(": ") + errorCodeName(error->code) + u' ' + error->message);
                continue;
            }
            if (probe.accepted)
                probe.accepted(bodyOf(reply));
            if (field.kind == Kind::Stored) {
                ++stored;
                if (!storedVerbatim(probe.stored.isEmpty() ? value : probe.stored))
                    problems.append(label + QStringLiteral(": accepted but not stored verbatim"));
            } else if (field.kind == Kind::Password) {
                ++stored;
                TestTerminal *t = anonymous();
                const Status signedIn = t->signIn(probe.login, value);
                if (!signedIn)
                    problems.append(label + QStringLiteral(": accepted, but signing in with it fails: ") + signedIn.error().toString());
            }
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    // The probes did reach the database: most values were stored.
    EXPECT_GE(stored, 150) << "stored " << stored << ", refused " << refused;

    EXPECT_EQ(scalar(tables), tablesBefore);
    for (const QString &name : {QStringLiteral("admin"), QStringLiteral("manager"), QStringLiteral("cashier"), QStringLiteral("cashier2"),
                                QStringLiteral("kiosk")})
        EXPECT_TRUE(anonymous()->signIn(name, name)) << name.toStdString();
    EXPECT_TRUE(anonymous()->signIn(QStringLiteral("meta.changer"), password));
}

// ---- No secret in the logs --------------------------------------------------------------------

namespace {

// Everything the server logs (every category, debug included) while it lives.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines = &m_lines;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("marquee.*.debug=true\ndefault.debug=true"));
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
        s_lines = nullptr;
    }
    QStringList lines() const
    {
        QMutexLocker lock(&s_mutex);
        return m_lines;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        QMutexLocker lock(&s_mutex);
        if (s_lines)
            s_lines->append(QString::fromUtf8(context.category ? context.category : "") + u' ' + message);
    }

    static inline QMutex s_mutex;
    static inline QStringList *s_lines = nullptr;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

// A whole session with the logs captured (debug output of every category on): sign-in with a
// password, a user created with a password, its sign-in, resume with the token, a sale by cash and
// card, a password change, a wrong password, a sign-out. No password, token (or its signature),
// or the token-signing secret appears in any log line.
TEST_F(Security, NoPasswordTokenOrSecretReachesTheLogs)
{
    QStringList secrets;
    LogCapture capture;
    {
        auto server = startServer(config());
        ASSERT_TRUE(server);
        TestTerminal *admin = terminal(QStringLiteral("admin"), server.get());
        secrets << admin->lastSessionToken();
        const QString first = QStringLiteral("Zq8-first-Password-4711");
        const QString second = QStringLiteral("Wv3-second-Password-0815");
        CreateUserRequest create;
        create.user = QStringLiteral("loggy");
        create.name = QStringLiteral("Log Test");
        create.role = Role::Cashier;
        create.password = first;
        ASSERT_TRUE(admin->call<CreateUserReply>(create));
        // A generated password too (answered once, never logged).
        CreateUserRequest generated;
        generated.user = QStringLiteral("loggy2");
        generated.name = QStringLiteral("Log Test 2");
        generated.role = Role::Kiosk;
        auto made = admin->call<CreateUserReply>(generated);
        ASSERT_TRUE(made && made->password);
        secrets << *made->password;

        TestTerminal *t = terminal(QString(), server.get());
        ASSERT_TRUE(t->signIn(QStringLiteral("loggy"), first));
        const QString token = t->lastSessionToken();
        secrets << first << second << token;
        TestTerminal *resumed = terminal(QString(), server.get());
        ResumeRequest resume;
        resume.token = token;
        ASSERT_TRUE(resumed->call<SessionReply>(resume));
        const QString show = showId();
        const QStringList seats = seatIds(show);
        auto hold = resumed->call<HoldReply>(holdOf(show, {seats[0], seats[1]}));
        ASSERT_TRUE(hold);
        SellRequest sell;
        sell.holdId = hold->holdId;
        sell.payments = {cash(500, 1000), card(hold->total.minorUnits() - 500)};
        ASSERT_TRUE(resumed->call<SellReply>(sell));
        ChangePasswordRequest change;
        change.oldPassword = first;
        change.newPassword = second;
        auto changed = t->call<ChangePasswordReply>(change);
        ASSERT_TRUE(changed) << changed.error().toString().toStdString();
        if (changed->token)
            secrets << *changed->token;
        TestTerminal *wrong = terminal(QString(), server.get());
        EXPECT_FALSE(wrong->signIn(QStringLiteral("loggy"), QStringLiteral("Qx9-wrong-Password-1234")));
        secrets << QStringLiteral("Qx9-wrong-Password-1234");
        ASSERT_TRUE(t->call<SignOutReply>(SignOutRequest {}));
        m_terminals.clear();
    }
    secrets << scalar(QStringLiteral("SELECT encode(value, 'hex') FROM server_secrets"))
            << scalar(QStringLiteral("SELECT encode(value, 'base64') FROM server_secrets"));
    // A token's signature alone is as good as a secret.
    const QStringList tokens = secrets.filter(QStringLiteral("."));
    for (const QString &token : tokens)
        secrets << token.section(u'.', -1);
    const QStringList lines = capture.lines();
    ASSERT_GE(lines.size(), 10) << "the capture saw the server's log";
    bool sawSignIn = false;
    for (const QString &line : lines) {
        sawSignIn = sawSignIn || line.contains(QLatin1String("signed in: loggy"));
        for (const QString &secret : std::as_const(secrets)) {
            ASSERT_FALSE(secret.isEmpty());
            EXPECT_FALSE(line.contains(secret)) << "a secret in the log: " << line.toStdString();
        }
    }
    EXPECT_TRUE(sawSignIn) << "the sign-ins are logged (without their passwords)";
}

// ---- Origins, rate limits, expiry -------------------------------------------------------------

namespace {

// Opens a WebSocket that sends `origin` (empty: no Origin header, as desktop terminals do) and
// says whether the server accepted it.
bool connectsWithOrigin(const QUrl &url, const QString &origin)
{
    QWebSocket socket(origin);
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(url);
    // A refused handshake ends in disconnected (after an error), an accepted one in connected.
    waitUntil([&] { return connected.count() > 0 || disconnected.count() > 0; }, 5000);
    if (connected.count() == 0)
        return false;
    socket.close();
    waitUntil([&] { return disconnected.count() > 0; }, 5000);
    return true;
}

} // namespace

TEST_F(Security, OnlyAllowedWebSocketOriginsConnect)
{
    ServerConfig c = config();
    c.allowedOrigins = {QStringLiteral("https://boxoffice.example")};
    auto strict = startServer(c);
    ASSERT_TRUE(strict);
    EXPECT_TRUE(connectsWithOrigin(url(*strict), QStringLiteral("https://boxoffice.example")));
    EXPECT_TRUE(connectsWithOrigin(url(*strict), QString())) << "desktop terminals send no Origin";
    EXPECT_FALSE(connectsWithOrigin(url(*strict), QStringLiteral("https://evil.example")));
    EXPECT_FALSE(connectsWithOrigin(url(*strict), QStringLiteral("https://boxoffice.example.evil.example")));
    // Without the setting every origin connects (the default, for desktop-only sites).
    EXPECT_TRUE(connectsWithOrigin(url(), QStringLiteral("https://evil.example")));
}

// The refill rates are tiny, so that no token comes back while the test runs: the outcome does not
// depend on timing.
TEST_F(Security, RateLimitsHoldPerConnectionAndPerUser)
{
    ServerConfig c = config();
    c.connectionBurst = 5;
    c.connectionRatePerSecond = 0.0001;
    c.userBurst = 4;
    c.userRatePerSecond = 0.0001;
    auto limited = startServer(c);
    ASSERT_TRUE(limited);
    const auto refusals = [](TestTerminal *t, int requests) {
        QStringList ids;
        for (int i = 0; i < requests; ++i)
            ids.append(t->send(PingRequest {}));
        int refused = 0;
        for (const QString &id : ids) {
            const auto error = errorIn(t->waitReply(id));
            refused += error && error->code == ErrorCode::RateLimited;
        }
        return refused;
    };
    // One connection: hello and sign-in took 2 of its 5 (before sign-in there is no user to
    // count), so 3 pings pass (the user has 1 of 4 left) and 7 are refused.
    TestTerminal *a = terminal(QStringLiteral("cashier"), limited.get());
    EXPECT_EQ(refusals(a, 10), 7);
    // The user's second connection still has 3 of its own, but the user has 1: 1 passes, 2 are
    // refused by the user's limit.
    TestTerminal *b = terminal(QStringLiteral("cashier"), limited.get());
    EXPECT_EQ(refusals(b, 3), 2);
    // Another user is not slowed down by the first one.
    TestTerminal *other = terminal(QStringLiteral("cashier2"), limited.get());
    EXPECT_EQ(refusals(other, 3), 0);
    // A refused request changed nothing and the connection stays open.
    EXPECT_TRUE(a->isConnected());
}

TEST_F(Security, ASessionWhoseTokenExpiresIsRefusedOnItsNextRequest)
{
    ServerConfig c = config();
    c.tokenLifetimeSeconds = 1;
    auto shortLived = startServer(c);
    ASSERT_TRUE(shortLived);
    TestTerminal *t = terminal(QString(), shortLived.get());
    SignInRequest signIn;
    signIn.user = QStringLiteral("cashier");
    signIn.password = QStringLiteral("cashier");
    auto session = t->call<SessionReply>(signIn);
    ASSERT_TRUE(session) << session.error().toString().toStdString();
    // Not a race: the outcome only needs the clock to have passed the expiry the server announced.
    ASSERT_TRUE(waitUntil([&] { return QDateTime::currentDateTimeUtc() > session->expiresAt; }, 5000));
    auto refused = t->call<ListVenuesReply>(ListVenuesRequest {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(errorCodeName(refused.error().code), errorCodeName(ErrorCode::TokenExpired));
    auto after = t->call<ListVenuesReply>(ListVenuesRequest {});
    ASSERT_FALSE(after);
    EXPECT_EQ(errorCodeName(after.error().code), errorCodeName(ErrorCode::Unauthenticated));
    TestTerminal *again = terminal(QString(), shortLived.get());
    ResumeRequest resume;
    resume.token = session->token;
    auto resumed = again->call<SessionReply>(resume);
    ASSERT_FALSE(resumed);
    EXPECT_EQ(errorCodeName(resumed.error().code), errorCodeName(ErrorCode::TokenExpired));
}

// A kiosk has no drawer: a cash "payment" there would be a free ticket. Refused, nothing changes,
// the hold stays for a card payment.
TEST_F(Security, KiosksTakeCardsOnly)
{
    const QString show = showId();
    const QStringList seats = seatIds(show);
    TestTerminal *kiosk = terminal(QStringLiteral("kiosk"));
    auto hold = kiosk->call<HoldReply>(holdOf(show, {seats[0]}));
    ASSERT_TRUE(hold);
    const qint64 total = hold->total.minorUnits();
    for (const QList<Payment> &payments : {QList<Payment> {cash(total, total)}, QList<Payment> {cash(100, 100), card(total - 100)}}) {
        SellRequest sell;
        sell.holdId = hold->holdId;
        sell.payments = payments;
        auto refused = kiosk->call<SellReply>(sell);
        ASSERT_FALSE(refused);
        EXPECT_EQ(errorCodeName(refused.error().code), errorCodeName(ErrorCode::Forbidden));
        EXPECT_EQ(refused.error().where, QStringLiteral("/body/payments"));
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sales")), QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), {hold->holdId}), QStringLiteral("active"));
    SellRequest byCard;
    byCard.holdId = hold->holdId;
    byCard.payments = {card(total)};
    auto sold = kiosk->call<SellReply>(byCard);
    EXPECT_TRUE(sold) << sold.error().toString().toStdString();
}
