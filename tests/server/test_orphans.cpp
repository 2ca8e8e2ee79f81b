// The no-orphan-seats rule on a real marquee-server and a real PostgreSQL over real WebSockets: a
// kiosk's hold that would strand a single seat is refused with the seats it would strand; with the
// venue's rule on, a cashier gets the same warning and may override it, a kiosk may not; a seat
// that was alone before does not stop a hold; the rule follows update_venue on every server process.
#include "serverfixture.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

using namespace Marquee;
using namespace Marquee::Test;

class Orphans : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        m_show = showId(QStringLiteral("Studio"));
        // The first row of ordinary seats with at least 10 seats, left to right.
        const QString row = scalar(QStringLiteral(
            "SELECT string_agg(x.seat ->> 'id', ',' ORDER BY x.n) FROM ("
            "  SELECT rr.r FROM shows s JOIN layouts l ON l.auditorium_id = s.auditorium_id AND l.version = s.layout_version,"
            "   jsonb_array_elements(l.document -> 'sections') WITH ORDINALITY sec(sec, secn),"
            "   jsonb_array_elements(sec.sec -> 'rows') WITH ORDINALITY rr(r, rn)"
            "  WHERE s.id = $1 AND jsonb_array_length(rr.r -> 'seats') >= 10"
            "    AND NOT jsonb_path_exists(rr.r, '$.seats[*].flags')"
            "  ORDER BY sec.secn, rr.rn LIMIT 1) one, jsonb_array_elements(one.r -> 'seats') WITH ORDINALITY x(seat, n)"),
            { m_show });
        m_row = row.split(u',', Qt::SkipEmptyParts);
        ASSERT_GE(m_row.size(), 10) << "no plain row of 10 seats in the Studio";
        m_kiosk = terminal(QStringLiteral("kiosk"));
        m_cashier = terminal(QStringLiteral("cashier"));
    }

    QStringList seats(std::initializer_list<int> indexes) const
    {
        QStringList out;
        for (int i : indexes)
            out << m_row.at(i);
        return out;
    }

    qint64 heldSeats()
    {
        return scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'held'"), { m_show })
            .toLongLong();
    }

    // The error a hold gets (nullopt: it was held).
    std::optional<ErrorMessage> holdError(TestTerminal *t, const HoldRequest &request)
    {
        const auto reply = t->waitReply(t->send(request));
        EXPECT_TRUE(reply.has_value());
        return errorIn(reply);
    }

    // The venue's rule for the box office, as a manager sets it.
    void setVenueRule(bool on)
    {
        TestTerminal *manager = terminal(QStringLiteral("manager"));
        UpdateVenueRequest request;
        request.venueId = scalar(QStringLiteral("SELECT min(id) FROM venues"));
        request.noOrphanSeats = on;
        auto updated = manager->call<UpdateVenueReply>(request);
        ASSERT_TRUE(updated) << updated.error().message.toStdString();
        EXPECT_EQ(updated->noOrphanSeats, std::optional<bool>(on));
    }

    QString m_show;
    QStringList m_row;
    TestTerminal *m_kiosk = nullptr;
    TestTerminal *m_cashier = nullptr;
};

TEST_F(Orphans, AKioskHoldThatStrandsASeatIsRefusedWithTheSeat)
{
    // Seats 1 and 2 would leave seat 0 alone between the row's end and a taken seat.
    const auto error = holdError(m_kiosk, holdOf(m_show, seats({ 1, 2 })));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::OrphanSeat) << error->message.toStdString();
    EXPECT_EQ(error->where, QStringLiteral("/body/seatIds"));
    EXPECT_EQ(error->details.value(QLatin1String("seats")).toArray(), QJsonArray::fromStringList(seats({ 0 })));
    EXPECT_EQ(heldSeats(), 0) << "nothing is held";

    // From the row's end there is nothing to strand.
    EXPECT_FALSE(holdError(m_kiosk, holdOf(m_show, seats({ 0, 1 }))));
    EXPECT_EQ(heldSeats(), 2);
    // Seats 3 and 4 would leave seat 2 alone between two taken seats.
    const auto between = holdError(m_kiosk, holdOf(m_show, seats({ 3, 4 })));
    ASSERT_TRUE(between);
    EXPECT_EQ(between->code, ErrorCode::OrphanSeat);
    EXPECT_EQ(between->details.value(QLatin1String("seats")).toArray(), QJsonArray::fromStringList(seats({ 2 })));
    // Seats 2 and 3 leave none.
    EXPECT_FALSE(holdError(m_kiosk, holdOf(m_show, seats({ 2, 3 }))));
    EXPECT_EQ(heldSeats(), 4);
}

TEST_F(Orphans, GrowingAHoldIsCheckedToo)
{
    auto held = m_kiosk->call<HoldReply>(holdOf(m_show, seats({ 0, 1 })));
    ASSERT_TRUE(held) << held.error().message.toStdString();
    // Adding seat 3 would strand seat 2.
    const auto error = holdError(m_kiosk, holdOf(m_show, seats({ 3 }), held->holdId));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code, ErrorCode::OrphanSeat);
    EXPECT_EQ(heldSeats(), 2);
    EXPECT_FALSE(holdError(m_kiosk, holdOf(m_show, seats({ 2, 3 }), held->holdId)));
    EXPECT_EQ(heldSeats(), 4);
}

TEST_F(Orphans, ACashierIsWarnedAndMayOverrideAKioskMayNot)
{
    setVenueRule(true);
    const auto warning = holdError(m_cashier, holdOf(m_show, seats({ 1, 2 })));
    ASSERT_TRUE(warning);
    EXPECT_EQ(warning->code, ErrorCode::OrphanSeat);
    EXPECT_EQ(heldSeats(), 0);

    HoldRequest kioskOverride = holdOf(m_show, seats({ 1, 2 }));
    kioskOverride.allowOrphans = true;
    const auto forbidden = holdError(m_kiosk, kioskOverride);
    ASSERT_TRUE(forbidden);
    EXPECT_EQ(forbidden->code, ErrorCode::Forbidden);
    EXPECT_EQ(forbidden->where, QStringLiteral("/body/allowOrphans"));
    EXPECT_EQ(heldSeats(), 0);

    HoldRequest anyway = holdOf(m_show, seats({ 1, 2 }));
    anyway.allowOrphans = true;
    EXPECT_FALSE(holdError(m_cashier, anyway));
    EXPECT_EQ(heldSeats(), 2);

    // Seat 0 is alone now; a kiosk's hold elsewhere in the row that strands nothing new goes on.
    EXPECT_FALSE(holdError(m_kiosk, holdOf(m_show, seats({ 3, 4 }))));
    EXPECT_EQ(heldSeats(), 4);
}

TEST_F(Orphans, TheRuleFollowsTheVenueOnEveryServerProcess)
{
    auto second = startServer();
    TestTerminal *otherKiosk = terminal(QStringLiteral("kiosk"), second.get());
    TestTerminal *otherCashier = terminal(QStringLiteral("cashier"), second.get());
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    auto venues = manager->call<ListVenuesReply>(ListVenuesRequest {});
    ASSERT_TRUE(venues);
    ASSERT_FALSE(venues->venues.isEmpty());
    EXPECT_EQ(venues->venues.first().noOrphanSeats, std::optional<bool>(false)) << "off for a new venue";

    // Off: the box office holds as it likes (and releases again); a kiosk never strands a seat.
    auto free = otherCashier->call<HoldReply>(holdOf(m_show, seats({ 1, 2 })));
    ASSERT_TRUE(free) << free.error().message.toStdString();
    ASSERT_TRUE(otherCashier->call<ReleaseHoldReply>(ReleaseHoldRequest { free->holdId, std::nullopt }));
    const auto kioskRefused = holdError(otherKiosk, holdOf(m_show, seats({ 1, 2 })));
    ASSERT_TRUE(kioskRefused);
    EXPECT_EQ(kioskRefused->code, ErrorCode::OrphanSeat);

    // On, through the first process: the second one learns it from the change feed.
    setVenueRule(true);
    std::optional<ErrorMessage> warned;
    for (int attempt = 0; attempt < 50 && !warned; ++attempt) {
        warned = holdError(otherCashier, holdOf(m_show, seats({ 1, 2 })));
        if (!warned) {
            ASSERT_TRUE(otherCashier->call<ReleaseHoldReply>(ReleaseHoldRequest {
                scalar(QStringLiteral("SELECT max(id) FROM holds WHERE status = 'active'")), std::nullopt }));
            QTest::qWait(100);
        }
    }
    ASSERT_TRUE(warned) << "the second process never applied the venue's rule";
    EXPECT_EQ(warned->code, ErrorCode::OrphanSeat);
    auto listed = manager->call<ListVenuesReply>(ListVenuesRequest {});
    ASSERT_TRUE(listed);
    EXPECT_EQ(listed->venues.first().noOrphanSeats, std::optional<bool>(true));
}

TEST_F(Orphans, BadInputGetsAClearCode)
{
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const QString venue = scalar(QStringLiteral("SELECT min(id) FROM venues"));
    const QString before = scalar(QStringLiteral("SELECT string_agg(no_orphan_seats::text, ',') FROM venues"));
    struct Case
    {
        const char *name;
        TestTerminal *who;
        QString type;
        QJsonObject body;
        ErrorCode code;
        QString where;
    };
    const QJsonArray two = QJsonArray::fromStringList(seats({ 1, 2 }));
    const QList<Case> cases {
        { "allowOrphans as a string", m_cashier, QStringLiteral("hold"),
          { { QStringLiteral("showId"), m_show }, { QStringLiteral("seatIds"), two }, { QStringLiteral("allowOrphans"), QStringLiteral("yes") } },
          ErrorCode::WrongType, QStringLiteral("/body/allowOrphans") },
        { "allowOrphans by a kiosk", m_kiosk, QStringLiteral("hold"),
          { { QStringLiteral("showId"), m_show }, { QStringLiteral("seatIds"), two }, { QStringLiteral("allowOrphans"), true } },
          ErrorCode::Forbidden, QStringLiteral("/body/allowOrphans") },
        { "noOrphanSeats as a number", manager, QStringLiteral("update_venue"),
          { { QStringLiteral("venueId"), venue }, { QStringLiteral("noOrphanSeats"), 1 } },
          ErrorCode::WrongType, QStringLiteral("/body/noOrphanSeats") },
        { "noOrphanSeats by a cashier", m_cashier, QStringLiteral("update_venue"),
          { { QStringLiteral("venueId"), venue }, { QStringLiteral("noOrphanSeats"), false } },
          ErrorCode::Forbidden, QString() },
    };
    for (const Case &c : cases) {
        const QString id = c.who->nextId();
        c.who->sendText(QString::fromUtf8(QJsonDocument(QJsonObject {
            { QStringLiteral("v"), 1 }, { QStringLiteral("type"), c.type }, { QStringLiteral("id"), id }, { QStringLiteral("body"), c.body } })
                                              .toJson(QJsonDocument::Compact)));
        const auto error = errorIn(c.who->waitReply(id));
        ASSERT_TRUE(error) << c.name;
        EXPECT_EQ(error->code, c.code) << c.name << ": " << error->message.toStdString();
        if (!c.where.isNull()) {
            EXPECT_EQ(error->where, c.where) << c.name;
        }
    }
    EXPECT_EQ(heldSeats(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(no_orphan_seats::text, ',') FROM venues")), before);
}
