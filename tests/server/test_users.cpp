// Users and sign-in security on a real marquee-server and a real PostgreSQL, over real WebSockets:
// the role matrix, the manager's limits, nobody disabling or demoting themselves, bad input that
// changes nothing, passwords shown once, sessions that end at once on every server process
// (disable, reset, change), the sign-in lockout across two processes, retries, and the first
// start that creates the admin.
#include "firstadmin.h"
#include "serverfixture.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

QString codeOf(const Status &status)
{
    return status ? QStringLiteral("(no error)") : errorCodeName(status.error().code);
}

template<typename T> QString codeOf(const Result<T> &result)
{
    return result ? QStringLiteral("(no error)") : errorCodeName(result.error().code);
}

QString code(ErrorCode c)
{
    return errorCodeName(c);
}

} // namespace

class Users : public ServerTest
{
protected:
    QString userId(const QString &login)
    {
        return scalar(QStringLiteral("SELECT id FROM users WHERE username = $1"), { login });
    }

    // Everything about the users that a refused request must leave as it was, and the audit log.
    QString usersState()
    {
        return scalar(QStringLiteral(
            "SELECT string_agg(concat_ws('|', id, username, display_name, role, active, password_hash,"
            " session_epoch), ',' ORDER BY id) || ' audit ' || (SELECT count(*) FROM audit_log)"
            " FROM users"));
    }

    Result<CreateUserReply> create(TestTerminal *t, const QString &login, Role role,
                                   std::optional<QString> password = std::nullopt, const QString &id = {})
    {
        return t->call<CreateUserReply>(
            CreateUserRequest { login, QStringLiteral("User ") + login, role, password }, id);
    }

    Result<UpdateUserReply> update(TestTerminal *t, const QString &user, std::optional<QString> name,
                                   std::optional<Role> role, std::optional<bool> active,
                                   const QString &id = {})
    {
        return t->call<UpdateUserReply>(UpdateUserRequest { user, name, role, active }, id);
    }

    Result<ResetPasswordReply> reset(TestTerminal *t, const QString &user, const QString &id = {})
    {
        return t->call<ResetPasswordReply>(ResetPasswordRequest { user }, id);
    }

    Result<SessionReply> signIn(TestTerminal *t, const QString &user, const QString &password)
    {
        return t->call<SessionReply>(SignInRequest { user, password, std::nullopt });
    }

    // A request that any signed-in session may make: its answer tells whether the session lives.
    Status stillSignedIn(TestTerminal *t)
    {
        auto venues = t->call<ListVenuesReply>(ListVenuesRequest {});
        return venues ? Status() : Status(venues.error());
    }

    TestTerminal *unsignedTerminal(SyncServer *server = nullptr) { return terminal(QString(), server); }

    // The code of the first refused request of a terminal whose session is ending (the end reaches
    // a server process through the change feed: until then its requests succeed).
    QString firstRefusal(TestTerminal *t)
    {
        QString refusal;
        waitUntil([&] {
            refusal = codeOf(stillSignedIn(t));
            return refusal != QLatin1String("(no error)");
        });
        return refusal;
    }
};

// ---- Role matrix --------------------------------------------------------------------------------

TEST_F(Users, RoleMatrixOfEveryRequest)
{
    struct Expect
    {
        QString role;
        bool manages;
    };
    const QList<Expect> roles = { { QStringLiteral("admin"), true },
                                  { QStringLiteral("manager"), true },
                                  { QStringLiteral("cashier"), false },
                                  { QStringLiteral("kiosk"), false } };
    for (const Expect &e : roles) {
        SCOPED_TRACE(e.role.toStdString());
        TestTerminal *t = terminal(e.role);
        auto listed = t->call<ListUsersReply>(ListUsersRequest {});
        EXPECT_EQ(codeOf(listed), e.manages ? QStringLiteral("(no error)") : code(ErrorCode::Forbidden));
        if (listed) {
            QStringList logins;
            for (const UserAccount &u : listed->users)
                logins.append(u.user);
            for (const char *demo : { "admin", "cashier", "cashier2", "kiosk", "manager" })
                EXPECT_TRUE(logins.contains(QLatin1String(demo))) << demo;
            QStringList sorted = logins;
            sorted.sort();
            EXPECT_EQ(logins, sorted);
        }

        const QString login = QStringLiteral("new-") + e.role;
        auto created = create(t, login, Role::Cashier);
        EXPECT_EQ(codeOf(created), e.manages ? QStringLiteral("(no error)") : code(ErrorCode::Forbidden));
        EXPECT_EQ(userId(login).isEmpty(), !e.manages);

        const QString target = userId(QStringLiteral("cashier2"));
        auto renamed = update(t, target, QStringLiteral("Renamed by ") + e.role, std::nullopt, std::nullopt);
        EXPECT_EQ(codeOf(renamed), e.manages ? QStringLiteral("(no error)") : code(ErrorCode::Forbidden));
        if (renamed) {
            EXPECT_EQ(renamed->user.name, QStringLiteral("Renamed by ") + e.role);
        }

        auto resetDone = reset(t, target);
        EXPECT_EQ(codeOf(resetDone), e.manages ? QStringLiteral("(no error)") : code(ErrorCode::Forbidden));

        // Everyone changes their own password (the demo passwords are the user names).
        auto changed = t->call<ChangePasswordReply>(
            ChangePasswordRequest { e.role, QStringLiteral("a new password for ") + e.role });
        EXPECT_EQ(codeOf(changed), QStringLiteral("(no error)"));
        EXPECT_TRUE(stillSignedIn(t));
        EXPECT_EQ(codeOf(signIn(unsignedTerminal(), e.role, QStringLiteral("a new password for ") + e.role)),
                  QStringLiteral("(no error)"));
    }
    // Only the managing roles' creations exist.
    EXPECT_EQ(
        scalar(QStringLiteral(
            "SELECT string_agg(username, ',' ORDER BY username) FROM users WHERE username LIKE 'new-%'")),
        QStringLiteral("new-admin,new-manager"));
}

TEST_F(Users, ManagersManageCashiersAndKiosksOnly)
{
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const QString before = usersState();
    EXPECT_EQ(codeOf(create(manager, QStringLiteral("m2"), Role::Manager)), code(ErrorCode::Forbidden));
    EXPECT_EQ(codeOf(create(manager, QStringLiteral("a2"), Role::Admin)), code(ErrorCode::Forbidden));
    const QString admin = userId(QStringLiteral("admin"));
    EXPECT_EQ(codeOf(update(manager, admin, QStringLiteral("Not the admin"), std::nullopt, std::nullopt)),
              code(ErrorCode::Forbidden));
    EXPECT_EQ(codeOf(update(manager, admin, std::nullopt, std::nullopt, false)), code(ErrorCode::Forbidden));
    EXPECT_EQ(codeOf(reset(manager, admin)), code(ErrorCode::Forbidden));
    const QString cashier = userId(QStringLiteral("cashier"));
    EXPECT_EQ(codeOf(update(manager, cashier, std::nullopt, Role::Manager, std::nullopt)),
              code(ErrorCode::Forbidden));
    // Managers do not manage managers, themselves included.
    EXPECT_EQ(codeOf(update(manager, userId(QStringLiteral("manager")), QStringLiteral("Me"), std::nullopt,
                            std::nullopt)),
              code(ErrorCode::Forbidden));
    EXPECT_EQ(usersState(), before);

    // What a manager may do: cashiers and kiosks.
    auto kiosk = create(manager, QStringLiteral("lobby-2"), Role::Kiosk);
    ASSERT_TRUE(kiosk) << kiosk.error().toString().toStdString();
    EXPECT_EQ(kiosk->user.role, Role::Kiosk);
    auto moved = update(manager, cashier, std::nullopt, Role::Kiosk, std::nullopt);
    ASSERT_TRUE(moved) << moved.error().toString().toStdString();
    EXPECT_EQ(moved->user.role, Role::Kiosk);
    EXPECT_TRUE(reset(manager, kiosk->user.id));
}

TEST_F(Users, NobodyDisablesOrDemotesThemselvesAndOneAdminStays)
{
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    const QString self = userId(QStringLiteral("admin"));
    const QString before = usersState();
    auto disabled = update(admin, self, std::nullopt, std::nullopt, false);
    EXPECT_EQ(codeOf(disabled), code(ErrorCode::InvalidValue));
    if (!disabled) {
        EXPECT_EQ(disabled.error().where, QStringLiteral("/body/active"));
    }
    auto demoted = update(admin, self, std::nullopt, Role::Manager, std::nullopt);
    EXPECT_EQ(codeOf(demoted), code(ErrorCode::InvalidValue));
    EXPECT_EQ(codeOf(reset(admin, self)), code(ErrorCode::InvalidValue));
    EXPECT_EQ(usersState(), before);
    // Renaming oneself is fine.
    EXPECT_TRUE(update(admin, self, QStringLiteral("The Boss"), std::nullopt, true));

    // Two admins disabling each other at the same moment: one of them stays an active admin.
    auto second = create(admin, QStringLiteral("admin2"), Role::Admin, QStringLiteral("second admin pw"));
    ASSERT_TRUE(second);
    TestTerminal *admin2 = unsignedTerminal();
    ASSERT_TRUE(admin2->signIn(QStringLiteral("admin2"), QStringLiteral("second admin pw")));
    const QString a = admin->send(UpdateUserRequest { second->user.id, std::nullopt, std::nullopt, false });
    const QString b = admin2->send(UpdateUserRequest { self, std::nullopt, std::nullopt, false });
    const auto replyA = admin->waitReply(a);
    const auto replyB = admin2->waitReply(b);
    ASSERT_TRUE(replyA && replyB);
    EXPECT_EQ(int(!errorIn(replyA)) + int(!errorIn(replyB)), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active")),
              QStringLiteral("1"));
}

// ---- Bad input ----------------------------------------------------------------------------------

TEST_F(Users, BadInputGetsItsCodeAndChangesNothing)
{
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    const QString cashier = userId(QStringLiteral("cashier"));
    struct Case
    {
        const char *label;
        QString type;
        QString body;
        ErrorCode code;
        QString where;
    };
    const QList<Case> cases = {
        { "login taken", QStringLiteral("create_user"),
          QStringLiteral(R"({"user":"cashier","name":"Again","role":"cashier"})"), ErrorCode::NameTaken,
          QStringLiteral("/body/user") },
        { "login with a slash", QStringLiteral("create_user"),
          QStringLiteral(R"({"user":"a/b","name":"A","role":"cashier"})"), ErrorCode::InvalidValue,
          QStringLiteral("/body/user") },
        { "login empty", QStringLiteral("create_user"),
          QStringLiteral(R"({"user":"","name":"A","role":"cashier"})"), ErrorCode::InvalidValue,
          QStringLiteral("/body/user") },
        { "name blank", QStringLiteral("create_user"),
          QStringLiteral(R"({"user":"zed","name":" ","role":"cashier"})"), ErrorCode::InvalidValue,
          QStringLiteral("/body/name") },
        { "role unknown", QStringLiteral("create_user"),
          QStringLiteral(R"({"user":"zed","name":"Zed","role":"root"})"), ErrorCode::InvalidValue,
          QStringLiteral("/body/role") },
        { "password too short", QStringLiteral("create_user"),
          QStringLiteral(R"({"user":"zed","name":"Zed","role":"cashier","password":"short"})"),
          ErrorCode::InvalidValue, QStringLiteral("/body/password") },
        { "unknown field", QStringLiteral("create_user"),
          QStringLiteral(R"({"user":"zed","name":"Zed","role":"cashier","admin":true})"),
          ErrorCode::UnknownField, QStringLiteral("/body/admin") },
        { "update unknown user", QStringLiteral("update_user"),
          QStringLiteral(R"({"userId":"999999","name":"Ghost"})"), ErrorCode::NotFound,
          QStringLiteral("/body/userId") },
        { "update a non-numeric id", QStringLiteral("update_user"),
          QStringLiteral(R"({"userId":"u-1","name":"Ghost"})"), ErrorCode::NotFound,
          QStringLiteral("/body/userId") },
        { "update nothing", QStringLiteral("update_user"), QStringLiteral(R"({"userId":"%1"})").arg(cashier),
          ErrorCode::MissingField, QStringLiteral("/body") },
        { "active as text", QStringLiteral("update_user"),
          QStringLiteral(R"({"userId":"%1","active":"false"})").arg(cashier), ErrorCode::WrongType,
          QStringLiteral("/body/active") },
        { "reset unknown user", QStringLiteral("reset_password"), QStringLiteral(R"({"userId":"999999"})"),
          ErrorCode::NotFound, QStringLiteral("/body/userId") },
        { "new password too short", QStringLiteral("change_password"),
          QStringLiteral(R"({"oldPassword":"admin","newPassword":"123456789"})"), ErrorCode::InvalidValue,
          QStringLiteral("/body/newPassword") },
        { "wrong old password", QStringLiteral("change_password"),
          QStringLiteral(R"({"oldPassword":"not-admin","newPassword":"1234567890"})"),
          ErrorCode::BadCredentials, QStringLiteral("/body/oldPassword") },
    };
    ASSERT_GE(cases.size(), 12);
    const QString before = usersState();
    for (const Case &c : cases) {
        SCOPED_TRACE(c.label);
        const QString id = admin->nextId();
        admin->sendText(QStringLiteral(R"({"v":1,"type":"%1","id":"%2","body":%3})").arg(c.type, id, c.body));
        const auto error = errorIn(admin->waitReply(id));
        ASSERT_TRUE(error);
        EXPECT_EQ(errorCodeName(error->code), code(c.code)) << error->message.toStdString();
        EXPECT_EQ(error->where, c.where);
        EXPECT_EQ(usersState(), before);
    }
    EXPECT_TRUE(stillSignedIn(admin));
}

// ---- Passwords shown once -------------------------------------------------------------------------

TEST_F(Users, AGeneratedPasswordIsShownOnceAndSignsIn)
{
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    auto created = create(admin, QStringLiteral("maria.k"), Role::Cashier, std::nullopt,
                          QStringLiteral("create-maria"));
    ASSERT_TRUE(created) << created.error().toString().toStdString();
    ASSERT_TRUE(created->password);
    const QString password = *created->password;
    EXPECT_GE(password.size(), MinPasswordLength);
    EXPECT_EQ(created->user.user, QStringLiteral("maria.k"));
    EXPECT_EQ(created->user.role, Role::Cashier);
    EXPECT_TRUE(created->user.active);
    EXPECT_FALSE(created->user.lastSignInAt);

    // A retry answers the same account, without the password (the server keeps no copy).
    auto retried = create(admin, QStringLiteral("maria.k"), Role::Cashier, std::nullopt,
                          QStringLiteral("create-maria"));
    ASSERT_TRUE(retried) << retried.error().toString().toStdString();
    EXPECT_EQ(retried->user, created->user);
    EXPECT_FALSE(retried->password);
    // The same id with another body is a conflict.
    EXPECT_EQ(codeOf(create(admin, QStringLiteral("maria.x"), Role::Cashier, std::nullopt,
                            QStringLiteral("create-maria"))),
              code(ErrorCode::IdempotencyConflict));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM users WHERE username LIKE 'maria%'")),
              QStringLiteral("1"));

    // Neither the audit log nor the idempotency records hold the password or its hash.
    const QString hash = scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'maria.k'"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE details::text LIKE '%' || $1 || '%'"
                                    " OR details::text LIKE '%' || $2 || '%'"),
                     { password, hash }),
              QStringLiteral("0"));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT count(*) FROM idempotency WHERE response::text LIKE '%' || $1 || '%'"
                              " OR response::text LIKE '%' || $2 || '%'"),
               { password, hash }),
        QStringLiteral("0"));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT details ->> 'username' FROM audit_log WHERE action = 'user_create'")),
        QStringLiteral("maria.k"));

    TestTerminal *maria = unsignedTerminal();
    auto session = signIn(maria, QStringLiteral("maria.k"), password);
    ASSERT_TRUE(session) << session.error().toString().toStdString();
    EXPECT_EQ(session->user.role, Role::Cashier);
    EXPECT_EQ(session->user.name, QStringLiteral("User maria.k"));
    auto listed = admin->call<ListUsersReply>(ListUsersRequest {});
    ASSERT_TRUE(listed);
    const auto it = std::find_if(listed->users.cbegin(), listed->users.cend(),
                                 [](const UserAccount &u) { return u.user == QLatin1String("maria.k"); });
    ASSERT_NE(it, listed->users.cend());
    EXPECT_TRUE(it->lastSignInAt);

    // A password given by the admin is not echoed.
    auto given = create(admin, QStringLiteral("door-1"), Role::Kiosk, QStringLiteral("door kiosk secret"));
    ASSERT_TRUE(given);
    EXPECT_FALSE(given->password);
    EXPECT_TRUE(signIn(unsignedTerminal(), QStringLiteral("door-1"), QStringLiteral("door kiosk secret")));
}

// ---- Sessions end ---------------------------------------------------------------------------------

TEST_F(Users, AResetEndsTheSessionsAndTheNewPasswordWorks)
{
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    const QString oldToken = cashier->lastSessionToken();
    ASSERT_TRUE(stillSignedIn(cashier));
    const QString target = userId(QStringLiteral("cashier"));
    auto done = reset(admin, target, QStringLiteral("reset-1"));
    ASSERT_TRUE(done) << done.error().toString().toStdString();
    ASSERT_TRUE(done->password);
    EXPECT_EQ(done->userId, target);

    // The connected terminal is refused on its next request (the epoch reaches this process
    // through the change feed).
    EXPECT_EQ(firstRefusal(cashier), code(ErrorCode::TokenInvalid));
    // Its old token no longer resumes; the old password no longer signs in; the new one does.
    EXPECT_EQ(codeOf(unsignedTerminal()->call<SessionReply>(ResumeRequest { oldToken })),
              code(ErrorCode::TokenInvalid));
    EXPECT_EQ(codeOf(signIn(unsignedTerminal(), QStringLiteral("cashier"), QStringLiteral("cashier"))),
              code(ErrorCode::BadCredentials));
    EXPECT_TRUE(signIn(cashier, QStringLiteral("cashier"), *done->password));
    EXPECT_TRUE(stillSignedIn(cashier));

    // A retry answers without the password and resets nothing again.
    const QString hash = scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = $1"), { target });
    auto retried = reset(admin, target, QStringLiteral("reset-1"));
    ASSERT_TRUE(retried);
    EXPECT_FALSE(retried->password);
    EXPECT_EQ(scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = $1"), { target }), hash);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user_password_reset'")),
              QStringLiteral("1"));
}

TEST_F(Users, DisablingEndsTheSessionsOnEveryServerProcess)
{
    auto second = startServer();
    ASSERT_TRUE(second);
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    TestTerminal *elsewhere = terminal(QStringLiteral("cashier"), second.get());
    TestTerminal *here = terminal(QStringLiteral("cashier"));
    const QString token = elsewhere->lastSessionToken();
    ASSERT_TRUE(stillSignedIn(elsewhere));
    ASSERT_TRUE(stillSignedIn(here));
    const QString cashier = userId(QStringLiteral("cashier"));

    auto disabled = update(admin, cashier, std::nullopt, std::nullopt, false, QStringLiteral("disable-1"));
    ASSERT_TRUE(disabled) << disabled.error().toString().toStdString();
    EXPECT_FALSE(disabled->user.active);

    for (TestTerminal *t : { elsewhere, here }) {
        EXPECT_EQ(firstRefusal(t), code(ErrorCode::TokenInvalid));
        EXPECT_EQ(codeOf(stillSignedIn(t)),
                  code(ErrorCode::Unauthenticated)); // refused once, then signed out
    }
    EXPECT_EQ(codeOf(unsignedTerminal(second.get())->call<SessionReply>(ResumeRequest { token })),
              code(ErrorCode::TokenInvalid));
    // A disabled user signing in is told nothing more than a wrong password.
    EXPECT_EQ(
        codeOf(signIn(unsignedTerminal(second.get()), QStringLiteral("cashier"), QStringLiteral("cashier"))),
        code(ErrorCode::BadCredentials));

    // A retry answers the first answer; enabling again lets the user sign in.
    auto retried = update(admin, cashier, std::nullopt, std::nullopt, false, QStringLiteral("disable-1"));
    ASSERT_TRUE(retried);
    EXPECT_EQ(retried->user, disabled->user);
    auto enabled = update(admin, cashier, std::nullopt, std::nullopt, true);
    ASSERT_TRUE(enabled);
    EXPECT_TRUE(enabled->user.active);
    EXPECT_TRUE(signIn(unsignedTerminal(second.get()), QStringLiteral("cashier"), QStringLiteral("cashier")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT details -> 'changes' -> 'active' ->> 'to' FROM audit_log"
                                    " WHERE action = 'user_update' ORDER BY id LIMIT 1")),
              QStringLiteral("false"));
}

TEST_F(Users, ARoleChangeEndsTheSessions)
{
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    ASSERT_TRUE(update(admin, userId(QStringLiteral("cashier")), std::nullopt, Role::Manager, std::nullopt));
    EXPECT_EQ(firstRefusal(cashier), code(ErrorCode::TokenInvalid));
    auto session = signIn(cashier, QStringLiteral("cashier"), QStringLiteral("cashier"));
    ASSERT_TRUE(session);
    EXPECT_EQ(session->user.role, Role::Manager);
}

TEST_F(Users, ChangingTheOwnPasswordEndsTheOtherSessionsOnly)
{
    auto second = startServer();
    ASSERT_TRUE(second);
    TestTerminal *mine = terminal(QStringLiteral("cashier"));
    TestTerminal *other = terminal(QStringLiteral("cashier"), second.get());
    const QString oldToken = mine->lastSessionToken();
    const QString hash = scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'cashier'"));

    auto wrong = mine->call<ChangePasswordReply>(
        ChangePasswordRequest { QStringLiteral("guess"), QStringLiteral("a brand new secret") });
    EXPECT_EQ(codeOf(wrong), code(ErrorCode::BadCredentials));
    EXPECT_EQ(scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'cashier'")), hash);
    EXPECT_TRUE(stillSignedIn(other));

    auto changed = mine->call<ChangePasswordReply>(
        ChangePasswordRequest { QStringLiteral("cashier"), QStringLiteral("a brand new secret") },
        QStringLiteral("change-1"));
    ASSERT_TRUE(changed) << changed.error().toString().toStdString();
    ASSERT_TRUE(changed->token);
    EXPECT_NE(*changed->token, oldToken);
    EXPECT_TRUE(stillSignedIn(mine));
    EXPECT_EQ(firstRefusal(other), code(ErrorCode::TokenInvalid));
    EXPECT_TRUE(stillSignedIn(mine));

    // The new token resumes (on either process), the old one does not.
    EXPECT_TRUE(unsignedTerminal(second.get())->call<SessionReply>(ResumeRequest { *changed->token }));
    EXPECT_EQ(codeOf(unsignedTerminal()->call<SessionReply>(ResumeRequest { oldToken })),
              code(ErrorCode::TokenInvalid));
    EXPECT_EQ(codeOf(signIn(unsignedTerminal(), QStringLiteral("cashier"), QStringLiteral("cashier"))),
              code(ErrorCode::BadCredentials));
    EXPECT_TRUE(signIn(unsignedTerminal(), QStringLiteral("cashier"), QStringLiteral("a brand new secret")));

    // A retry answers as the first time (a token of the current epoch), changing nothing.
    const QString newHash
        = scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'cashier'"));
    auto retried = mine->call<ChangePasswordReply>(
        ChangePasswordRequest { QStringLiteral("cashier"), QStringLiteral("a brand new secret") },
        QStringLiteral("change-1"));
    ASSERT_TRUE(retried) << retried.error().toString().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'cashier'")), newHash);
    EXPECT_TRUE(stillSignedIn(mine));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user_password_change'")),
              QStringLiteral("1"));
}

// ---- Lockout --------------------------------------------------------------------------------------

TEST_F(Users, FiveFailuresLockTheNameOnEveryProcessUntilTheLockEnds)
{
    auto second = startServer();
    ASSERT_TRUE(second);
    const QString name = QStringLiteral("cashier");
    for (int i = 0; i < 4; ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(
            codeOf(signIn(unsignedTerminal(i % 2 ? second.get() : nullptr), name, QStringLiteral("wrong"))),
            code(ErrorCode::BadCredentials));
    }
    // The fifth failure locks the name, on the other process too, for the right password too.
    TestTerminal *t = unsignedTerminal(second.get());
    const auto fifth
        = errorIn(t->waitReply(t->send(SignInRequest { name, QStringLiteral("wrong"), std::nullopt })));
    ASSERT_TRUE(fifth);
    EXPECT_EQ(errorCodeName(fifth->code), code(ErrorCode::AccountLocked));
    const qint64 retryAfter = fifth->details.value(QStringLiteral("retryAfterSeconds")).toInteger();
    EXPECT_GT(retryAfter, 0);
    EXPECT_LE(retryAfter, 15 * 60);
    TestTerminal *right = unsignedTerminal();
    const auto locked = errorIn(
        right->waitReply(right->send(SignInRequest { name, QStringLiteral("cashier"), std::nullopt })));
    ASSERT_TRUE(locked);
    EXPECT_EQ(errorCodeName(locked->code), code(ErrorCode::AccountLocked));
    EXPECT_GT(locked->details.value(QStringLiteral("retryAfterSeconds")).toInteger(), 0);
    // Other names are not affected.
    EXPECT_TRUE(signIn(unsignedTerminal(), QStringLiteral("cashier2"), QStringLiteral("cashier2")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign_in_locked' AND "
                                    "details ->> 'username' = $1"),
                     { name }),
              QStringLiteral("1"));

    // The lock's end, as the database will see it then.
    scalar(QStringLiteral("UPDATE sign_in_failures SET locked_until = now() - interval '1 second',"
                          " window_start = now() - interval '16 minutes' WHERE username = $1"),
           { name });
    EXPECT_TRUE(signIn(unsignedTerminal(second.get()), name, QStringLiteral("cashier")));
    // A success forgets the failures: one more wrong password is just that.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM sign_in_failures WHERE username = $1"), { name }),
              QStringLiteral("0"));
    EXPECT_EQ(codeOf(signIn(unsignedTerminal(), name, QStringLiteral("wrong"))),
              code(ErrorCode::BadCredentials));
}

TEST_F(Users, FailuresOutsideTheWindowDoNotCountAndUnknownNamesLockToo)
{
    const QString name = QStringLiteral("kiosk");
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(codeOf(signIn(unsignedTerminal(), name, QStringLiteral("wrong"))),
                  code(ErrorCode::BadCredentials));
    // The window is over: the next failure starts a new count.
    scalar(
        QStringLiteral(
            "UPDATE sign_in_failures SET window_start = now() - interval '16 minutes' WHERE username = $1"),
        { name });
    EXPECT_EQ(codeOf(signIn(unsignedTerminal(), name, QStringLiteral("wrong"))),
              code(ErrorCode::BadCredentials));
    EXPECT_EQ(scalar(QStringLiteral("SELECT failures FROM sign_in_failures WHERE username = $1"), { name }),
              QStringLiteral("1"));
    EXPECT_TRUE(signIn(unsignedTerminal(), name, QStringLiteral("kiosk")));

    // A name nobody has locks like any other (the answers do not tell which names exist).
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(codeOf(signIn(unsignedTerminal(), QStringLiteral("nobody"), QStringLiteral("x"))),
                  code(ErrorCode::BadCredentials));
    EXPECT_EQ(codeOf(signIn(unsignedTerminal(), QStringLiteral("nobody"), QStringLiteral("x"))),
              code(ErrorCode::AccountLocked));
}

TEST_F(Users, TheLockoutFollowsTheServerSettingsAndAResetLiftsIt)
{
    ServerConfig config = baseConfig();
    config.signInMaxFailures = 3;
    config.signInWindowSeconds = 60;
    config.signInLockSeconds = 30;
    auto strict = startServer(config);
    ASSERT_TRUE(strict);
    const QString name = QStringLiteral("cashier2");
    EXPECT_EQ(codeOf(signIn(unsignedTerminal(strict.get()), name, QStringLiteral("wrong"))),
              code(ErrorCode::BadCredentials));
    EXPECT_EQ(codeOf(signIn(unsignedTerminal(strict.get()), name, QStringLiteral("wrong"))),
              code(ErrorCode::BadCredentials));
    TestTerminal *t = unsignedTerminal(strict.get());
    const auto third
        = errorIn(t->waitReply(t->send(SignInRequest { name, QStringLiteral("wrong"), std::nullopt })));
    ASSERT_TRUE(third);
    EXPECT_EQ(errorCodeName(third->code), code(ErrorCode::AccountLocked));
    const qint64 retryAfter = third->details.value(QStringLiteral("retryAfterSeconds")).toInteger();
    EXPECT_GT(retryAfter, 0);
    EXPECT_LE(retryAfter, 30);

    // A manager's reset lifts the lock (the cashier is standing at the counter).
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    auto done = reset(manager, userId(name));
    ASSERT_TRUE(done && done->password);
    EXPECT_TRUE(signIn(unsignedTerminal(strict.get()), name, *done->password));
}

// ---- First start ----------------------------------------------------------------------------------

class FirstStart : public PostgresTest
{
protected:
    void SetUp() override
    {
        PostgresTest::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        ASSERT_TRUE(m_dir.isValid());
        auto migrated = migrate(db());
        ASSERT_TRUE(migrated) << migrated.error().toString().toStdString();
    }

    ServerConfig config() const
    {
        ServerConfig c;
        c.listenAddress = QStringLiteral("127.0.0.1");
        c.port = 0;
        c.httpPort = 0;
        c.databaseUrl = databaseUrl();
        c.databaseConnections = 2;
        c.dataDir = m_dir.path();
        c.passwordIterations = 1;
        return c;
    }

    QString users()
    {
        auto r = db().exec(
            QStringLiteral("SELECT string_agg(username || ':' || role || ':' || active, ',') FROM users"));
        return r && r->rowCount() ? r->value(0, 0) : QString();
    }

    QTemporaryDir m_dir;
};

TEST_F(FirstStart, CreatesTheAdminAndWritesItsPasswordOnce)
{
    const QString path = initialAdminPasswordPath(m_dir.path());
    QString password;
    {
        SyncServer server(config());
        ASSERT_TRUE(server.start());
        EXPECT_EQ(users(), QStringLiteral("admin:admin:true"));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.permissions()
                      & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                         | QFileDevice::WriteOther | QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        password = QString::fromUtf8(file.readAll()).trimmed();
        EXPECT_GE(password.size(), MinPasswordLength);

        TestTerminal admin(QStringLiteral("T1"));
        ASSERT_TRUE(admin.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()))));
        ASSERT_TRUE(admin.signIn(QStringLiteral("admin"), password));
        // The admin changes it, then creates the first manager.
        ASSERT_TRUE(admin.call<ChangePasswordReply>(
            ChangePasswordRequest { password, QStringLiteral("the admin's own secret") }));
        ASSERT_TRUE(admin.call<CreateUserReply>(CreateUserRequest {
            QStringLiteral("maria"), QStringLiteral("Maria"), Role::Manager, std::nullopt }));
    }
    // The next start finds users and writes nothing.
    ASSERT_TRUE(QFile::remove(path));
    {
        SyncServer server(config());
        ASSERT_TRUE(server.start());
    }
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(users().split(u',').size(), 2);
}

TEST_F(FirstStart, TakesThePasswordFromAFile)
{
    const QString file = m_dir.filePath(QStringLiteral("admin.pw"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("chosen by the IT person\n");
    }
    ServerConfig c = config();
    c.adminPasswordFile = file;
    SyncServer server(c);
    ASSERT_TRUE(server.start());
    EXPECT_FALSE(QFile::exists(initialAdminPasswordPath(m_dir.path())));
    TestTerminal admin(QStringLiteral("T1"));
    ASSERT_TRUE(admin.open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()))));
    EXPECT_TRUE(admin.signIn(QStringLiteral("admin"), QStringLiteral("chosen by the IT person")));
}

TEST_F(FirstStart, RefusesATooShortPasswordFile)
{
    const QString file = m_dir.filePath(QStringLiteral("admin.pw"));
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write("short\n");
    }
    ServerConfig c = config();
    c.adminPasswordFile = file;
    SyncServer server(c);
    const Status started = server.start();
    ASSERT_FALSE(started);
    EXPECT_EQ(started.error().code, ErrorCode::InvalidValue);
    EXPECT_EQ(users(), QString());
}
