// The audit log viewer's request on a real marquee-server and a real PostgreSQL, over real
// WebSockets: the role matrix, bad input refused with its code, paging without gaps or repeats,
// the filters, and expired holds audited by the sweeper with their seats and terminal.
#include "serverfixture.h"

#include <QtCore/QJsonArray>

#include <set>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

QString codeOf(const Result<ListAuditLogReply> &result)
{
    return result ? QStringLiteral("(no error)") : errorCodeName(result.error().code);
}

QStringList idsOf(const QList<AuditEntry> &entries)
{
    QStringList ids;
    for (const AuditEntry &e : entries)
        ids.append(e.id);
    return ids;
}

} // namespace

class Audit : public ServerTest
{
protected:
    QString userId(const QString &login)
    {
        return scalar(QStringLiteral("SELECT id FROM users WHERE username = $1"), { login });
    }

    Result<ListAuditLogReply> list(TestTerminal *t, const ListAuditLogRequest &request)
    {
        return t->call<ListAuditLogReply>(request);
    }

    static ListAuditLogRequest ofActions(const QStringList &actions, int limit = DefaultAuditEntriesPerPage)
    {
        ListAuditLogRequest request;
        request.actions = actions;
        request.limit = limit;
        return request;
    }

    void createUsers(TestTerminal *t, const QString &prefix, int count)
    {
        for (int i = 0; i < count; ++i) {
            const QString login = prefix + QString::number(i);
            ASSERT_TRUE(t->call<CreateUserReply>(
                CreateUserRequest { login, QStringLiteral("User ") + login, Role::Cashier, std::nullopt }));
        }
    }

    // The error code and where of a raw list_audit_log body.
    QString refusal(TestTerminal *t, const QString &body)
    {
        static int n = 0;
        const QString id = QStringLiteral("bad-%1").arg(++n);
        t->sendText(QStringLiteral(R"({"v":1,"type":"list_audit_log","id":"%1","body":%2})").arg(id, body));
        const auto reply = t->waitReply(id);
        if (!reply)
            return QStringLiteral("(no reply)");
        const auto *error = std::get_if<ErrorMessage>(&*reply);
        if (!error)
            return QStringLiteral("(no error)");
        return errorCodeName(error->code) + u' ' + error->where;
    }
};

TEST_F(Audit, ManagersAndAdminsReadItOthersAreRefused)
{
    createUsers(terminal(QStringLiteral("admin")), QStringLiteral("seen-"), 1);
    for (const QString &role : { QStringLiteral("admin"), QStringLiteral("manager") }) {
        auto page = list(terminal(role), ofActions({ QStringLiteral("user_create") }));
        ASSERT_TRUE(page) << role.toStdString() << " " << page.error().toString().toStdString();
        ASSERT_EQ(page->entries.size(), 1) << role.toStdString();
        EXPECT_EQ(page->entries.first().details.value(QStringLiteral("username")).toString(),
                  QStringLiteral("seen-0"));
        EXPECT_EQ(
            page->entries.first().userName,
            scalar(QStringLiteral(
                "SELECT coalesce(nullif(display_name, ''), username) FROM users WHERE username = 'admin'")));
        EXPECT_EQ(page->entries.first().userId, userId(QStringLiteral("admin")));
    }
    for (const QString &role : { QStringLiteral("cashier"), QStringLiteral("kiosk") })
        EXPECT_EQ(codeOf(list(terminal(role), {})), errorCodeName(ErrorCode::Forbidden))
            << role.toStdString();
}

TEST_F(Audit, BadInputIsRefusedWithItsCodeAndChangesNothing)
{
    TestTerminal *t = terminal(QStringLiteral("manager"));
    const QString before
        = scalar(QStringLiteral("SELECT count(*) || '/' || coalesce(max(id), 0) FROM audit_log"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"from":"2025-05-02T00:00:00Z","to":"2025-05-01T00:00:00Z"})")),
              QStringLiteral("INVALID_VALUE /body/to"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"limit":1001})")), QStringLiteral("INVALID_VALUE /body/limit"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"limit":0})")), QStringLiteral("INVALID_VALUE /body/limit"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"limit":"10"})")), QStringLiteral("WRONG_TYPE /body/limit"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"actions":["sale","no_such_action"]})")),
              QStringLiteral("INVALID_VALUE /body/actions/1"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"actions":"sale"})")),
              QStringLiteral("WRONG_TYPE /body/actions"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"from":"yesterday"})")),
              QStringLiteral("INVALID_VALUE /body/from"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"userId":7})")), QStringLiteral("WRONG_TYPE /body/userId"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"userId":"anna"})")), QStringLiteral("NOT_FOUND /body/userId"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"before":"x"})")), QStringLiteral("NOT_FOUND /body/before"));
    EXPECT_EQ(refusal(t, QStringLiteral(R"({"newest":true})")), QStringLiteral("UNKNOWN_FIELD /body/newest"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) || '/' || coalesce(max(id), 0) FROM audit_log")),
              before);
    // The same session still reads it (a refusal ends nothing).
    EXPECT_TRUE(list(t, {}));
}

TEST_F(Audit, PagesFollowEachOtherNewestFirstWithoutGapsOrRepeats)
{
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    createUsers(admin, QStringLiteral("paged-"), 5);
    QStringList seen;
    ListAuditLogRequest request = ofActions({ QStringLiteral("user_create") }, 2);
    QList<bool> more;
    for (int page = 0; page < 4; ++page) {
        auto reply = list(admin, request);
        ASSERT_TRUE(reply) << reply.error().toString().toStdString();
        seen += idsOf(reply->entries);
        more.append(reply->more);
        if (!reply->more)
            break;
        request.before = reply->entries.last().id;
    }
    EXPECT_EQ(more, (QList<bool> { true, true, false }));
    const QString expected = scalar(QStringLiteral(
        "SELECT string_agg(id::text, ',' ORDER BY id DESC) FROM audit_log WHERE action = 'user_create'"));
    EXPECT_EQ(seen.join(u','), expected);
    EXPECT_EQ(seen.size(), 5);
    // The newest is the last one created.
    auto first = list(admin, ofActions({ QStringLiteral("user_create") }, 1));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->entries.first().details.value(QStringLiteral("username")).toString(),
              QStringLiteral("paged-4"));
}

TEST_F(Audit, FiltersByUserActionAndTime)
{
    TestTerminal *admin = terminal(QStringLiteral("admin"));
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    createUsers(admin, QStringLiteral("by-admin-"), 2);
    createUsers(manager, QStringLiteral("by-manager-"), 1);
    const QString managerId = userId(QStringLiteral("manager"));

    ListAuditLogRequest mine;
    mine.userId = managerId;
    auto byManager = list(admin, mine);
    ASSERT_TRUE(byManager);
    ASSERT_FALSE(byManager->entries.isEmpty());
    for (const AuditEntry &e : byManager->entries)
        EXPECT_EQ(e.userId, managerId) << e.action.toStdString();
    EXPECT_EQ(byManager->entries.first().action, QStringLiteral("user_create"));

    // Two actions at once: every entry is one of them, and both kinds are there.
    auto two = list(admin, ofActions({ QStringLiteral("user_create"), QStringLiteral("shift_open") }));
    ASSERT_TRUE(two);
    std::set<QString> actions;
    for (const AuditEntry &e : two->entries)
        actions.insert(e.action);
    EXPECT_EQ(actions, (std::set<QString> { QStringLiteral("shift_open"), QStringLiteral("user_create") }));
    EXPECT_EQ(QString::number(two->entries.size()),
              scalar(QStringLiteral(
                  "SELECT count(*) FROM audit_log WHERE action IN ('user_create', 'shift_open')")));

    // Time: everything lies between an hour ago and now; nothing before an hour ago or after now.
    const QDateTime now = QDateTime::fromString(
        scalar(
            QStringLiteral("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")),
        Qt::ISODateWithMs);
    ASSERT_TRUE(now.isValid());
    ListAuditLogRequest recent;
    recent.from = now.addSecs(-3600);
    recent.to = now.addSecs(60);
    auto inRange = list(admin, recent);
    ASSERT_TRUE(inRange);
    EXPECT_EQ(QString::number(inRange->entries.size()),
              scalar(QStringLiteral("SELECT count(*) FROM audit_log")));
    ListAuditLogRequest past;
    past.to = now.addSecs(-3600);
    auto before = list(admin, past);
    ASSERT_TRUE(before);
    EXPECT_TRUE(before->entries.isEmpty());
    EXPECT_FALSE(before->more);
    ListAuditLogRequest future;
    future.from = now.addSecs(3600);
    auto after = list(admin, future);
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->entries.isEmpty());
}

TEST_F(Audit, AnExpiredHoldShowsUpWithItsSeatsTerminalAndUser)
{
    const QString show = showId();
    const QStringList seats = seatIds(show).mid(0, 2);
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    auto hold = cashier->call<HoldReply>(holdOf(show, seats));
    ASSERT_TRUE(hold) << hold.error().toString().toStdString();
    // The hold ran out (set in the database instead of waiting), and the sweeper frees its seats.
    scalar(
        QStringLiteral(
            "WITH h AS (UPDATE holds SET expires_at = now() - interval '1 second' WHERE id = $1 RETURNING id)"
            " UPDATE show_seats SET hold_expires = now() - interval '1 second' WHERE hold_id = (SELECT id "
            "FROM h)"),
        { hold->holdId });
    EXPECT_NE(scalar(QStringLiteral("SELECT marquee_sweep(1000)")), QStringLiteral("[]"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), { hold->holdId }),
              QStringLiteral("expired"));

    auto page = list(terminal(QStringLiteral("manager")), ofActions({ QStringLiteral("hold_expired") }));
    ASSERT_TRUE(page) << page.error().toString().toStdString();
    ASSERT_EQ(page->entries.size(), 1);
    const AuditEntry &e = page->entries.first();
    EXPECT_EQ(e.userId, userId(QStringLiteral("cashier")));
    EXPECT_EQ(e.details.value(QStringLiteral("hold")).toInteger(), hold->holdId.toLongLong());
    EXPECT_EQ(QString::number(e.details.value(QStringLiteral("show")).toInteger()), show);
    EXPECT_EQ(e.details.value(QStringLiteral("terminal")).toString(), cashier->terminalId());
    QStringList listedSeats;
    for (const QJsonValue &v : e.details.value(QStringLiteral("seats")).toArray())
        listedSeats.append(v.toString());
    EXPECT_EQ(listedSeats, seats);
    QStringList labels;
    for (const QJsonValue &v : e.details.value(QStringLiteral("labels")).toArray())
        labels.append(v.toString());
    EXPECT_EQ(
        labels.join(u','),
        scalar(
            QStringLiteral(
                "SELECT string_agg(ls.label, ',' ORDER BY ls.seat_id) FROM layout_seats ls"
                " JOIN shows s ON s.auditorium_id = ls.auditorium_id AND s.layout_version = ls.layout_version"
                " WHERE s.id = $1 AND ls.seat_id = ANY (string_to_array($2, ','))"),
            { show, seats.join(u',') }));
    // A second sweep frees nothing and audits nothing more.
    EXPECT_EQ(scalar(QStringLiteral("SELECT marquee_sweep(1000)")), QStringLiteral("[]"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'hold_expired'")),
              QStringLiteral("1"));
}
