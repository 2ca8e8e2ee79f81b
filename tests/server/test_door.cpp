// Admission at the door (verify_ticket with admit, show_admissions, the admissions push) against
// the in-process server on a real PostgreSQL: bad input is refused with its exact code and
// `where` and changes nothing; a ticket is admitted once; a retried scan gets its first answer.
#include "serverfixture.h"

#include <QtCore/QJsonDocument>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

class Door : public ServerTest
{
protected:
    // Sells `count` seats of `show` (from the `skip`th free seat on) and returns the tickets.
    QList<Ticket> sell(TestTerminal *t, const QString &show, int count, int skip = 0)
    {
        const QStringList seats = seatIds(show).mid(skip, count);
        auto hold = t->call<HoldReply>(holdOf(show, seats));
        EXPECT_TRUE(hold) << hold.error().toString().toStdString();
        if (!hold)
            return {};
        SellRequest sell;
        sell.holdId = hold->holdId;
        sell.payments = {cash(hold->total.minorUnits(), hold->total.minorUnits())};
        auto sale = t->call<SellReply>(sell);
        EXPECT_TRUE(sale) << sale.error().toString().toStdString();
        return sale ? sale->tickets : QList<Ticket>{};
    }

    // The error code and `where` of a raw request ("INVALID_VALUE /body/code"), or what came instead.
    QString refusal(TestTerminal *t, const QString &type, const QString &body)
    {
        const QString id = t->nextId();
        t->sendText(QStringLiteral(R"({"v":1,"type":"%1","id":"%2","body":%3})").arg(type, id, body));
        const auto reply = t->waitReply(id);
        if (!reply)
            return QStringLiteral("(no reply)");
        const auto *error = std::get_if<ErrorMessage>(&*reply);
        if (!error)
            return QStringLiteral("(no error)");
        return errorCodeName(error->code) + u' ' + error->where;
    }

    // The show's admitted tickets as the server counts them (show_admissions), as text.
    QString admittedCount(const QString &show)
    {
        if (!m_counter)
            m_counter = terminal(QStringLiteral("manager"));
        auto count = m_counter->call<ShowAdmissionsReply>(ShowAdmissionsRequest{show});
        return count ? QString::number(count->count.admitted) : count.error().toString();
    }
    TestTerminal *m_counter = nullptr;
};

} // namespace

TEST_F(Door, BadInputIsRefusedWithItsCodeAndWhereAndAdmitsNothing)
{
    TestTerminal *door = terminal();
    const QString show = showId();
    const QList<Ticket> tickets = sell(door, show, 2);
    ASSERT_EQ(tickets.size(), 2);
    const QString code = tickets.first().code;
    const QString verify = QStringLiteral("verify_ticket");
    const QString count = QStringLiteral("show_admissions");
    auto body = [](const QString &json) { return json; };

    // The code: illegal characters, empty, missing, not a string.
    EXPECT_EQ(refusal(door, verify, body(QStringLiteral(R"({"code":"AB C!","admit":true})"))), QStringLiteral("INVALID_VALUE /body/code"));
    EXPECT_EQ(refusal(door, verify, body(QStringLiteral(R"({"code":"QR<script>","admit":true})"))), QStringLiteral("INVALID_VALUE /body/code"));
    EXPECT_EQ(refusal(door, verify, body(QStringLiteral(R"({"code":"","admit":true})"))), QStringLiteral("INVALID_VALUE /body/code"));
    EXPECT_EQ(refusal(door, verify, body(QStringLiteral(R"({"admit":true})"))), QStringLiteral("MISSING_FIELD /body/code"));
    EXPECT_EQ(refusal(door, verify, body(QStringLiteral(R"({"code":42,"admit":true})"))), QStringLiteral("WRONG_TYPE /body/code"));
    // showId only with admit.
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","showId":"%2"})").arg(code, show)),
              QStringLiteral("INVALID_VALUE /body/showId"));
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","admit":false,"showId":"%2"})").arg(code, show)),
              QStringLiteral("INVALID_VALUE /body/showId"));
    // Wrong types.
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","admit":"yes"})").arg(code)), QStringLiteral("WRONG_TYPE /body/admit"));
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","admit":1})").arg(code)), QStringLiteral("WRONG_TYPE /body/admit"));
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","admit":true,"showId":%2})").arg(code, show)),
              QStringLiteral("WRONG_TYPE /body/showId"));
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","admit":true,"showId":"s 1"})").arg(code)),
              QStringLiteral("INVALID_VALUE /body/showId"));
    // Unknown fields.
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","admit":true,"door":"2"})").arg(code)), QStringLiteral("UNKNOWN_FIELD /body/door"));
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","admit":true,"showID":"%2"})").arg(code, show)),
              QStringLiteral("UNKNOWN_FIELD /body/showID"));
    // A show that does not exist, by a number or not.
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","admit":true,"showId":"99999999"})").arg(code)),
              QStringLiteral("NOT_FOUND /body/showId"));
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"%1","admit":true,"showId":"evening"})").arg(code)),
              QStringLiteral("NOT_FOUND /body/showId"));
    // An unknown code.
    EXPECT_EQ(refusal(door, verify, QStringLiteral(R"({"code":"NOSUCHTICKET1","admit":true,"showId":"%1"})").arg(show)),
              QStringLiteral("NOT_FOUND /body/code"));

    // show_admissions: missing, wrong type, bad format, unknown show, unknown field.
    EXPECT_EQ(refusal(door, count, QStringLiteral("{}")), QStringLiteral("MISSING_FIELD /body/showId"));
    EXPECT_EQ(refusal(door, count, QStringLiteral(R"({"showId":7})")), QStringLiteral("WRONG_TYPE /body/showId"));
    EXPECT_EQ(refusal(door, count, QStringLiteral(R"({"showId":"a/b"})")), QStringLiteral("INVALID_VALUE /body/showId"));
    EXPECT_EQ(refusal(door, count, QStringLiteral(R"({"showId":"99999999"})")), QStringLiteral("NOT_FOUND /body/showId"));
    EXPECT_EQ(refusal(door, count, QStringLiteral(R"({"showId":"%1","admit":true})").arg(show)), QStringLiteral("UNKNOWN_FIELD /body/admit"));

    // Kiosks do not verify or count, however good the request.
    TestTerminal *kiosk = terminal(QStringLiteral("kiosk"));
    EXPECT_EQ(refusal(kiosk, verify, QStringLiteral(R"({"code":"%1","admit":true,"showId":"%2"})").arg(code, show)), QStringLiteral("FORBIDDEN "));
    EXPECT_EQ(refusal(kiosk, verify, QStringLiteral(R"({"code":"%1"})").arg(code)), QStringLiteral("FORBIDDEN "));
    EXPECT_EQ(refusal(kiosk, count, QStringLiteral(R"({"showId":"%1"})").arg(show)), QStringLiteral("FORBIDDEN "));

    // None of it admitted anything.
    EXPECT_EQ(admittedCount(show), QStringLiteral("0"));
    auto counted = door->call<ShowAdmissionsReply>(ShowAdmissionsRequest{show});
    ASSERT_TRUE(counted) << counted.error().toString().toStdString();
    EXPECT_EQ(counted->showId, show);
    EXPECT_EQ(counted->count.admitted, 0);
    EXPECT_EQ(counted->count.tickets, 2);
}

TEST_F(Door, ACancelledShowsTicketsAreRefused)
{
    TestTerminal *door = terminal();
    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const QString show = showId(QStringLiteral("Cinema 1"));
    const QList<Ticket> tickets = sell(door, show, 1);
    ASSERT_EQ(tickets.size(), 1);
    auto cancelled = manager->call<CancelShowReply>(CancelShowRequest{show, QStringLiteral("projector broken")});
    ASSERT_TRUE(cancelled) << cancelled.error().toString().toStdString();

    for (const std::optional<QString> &doorShow : {std::optional<QString>(show), std::optional<QString>()}) {
        VerifyTicketRequest admit{tickets.first().code, true, doorShow};
        const auto reply = door->waitReply(door->send(admit));
        const std::optional<ErrorMessage> error = errorIn(reply);
        ASSERT_TRUE(error);
        EXPECT_EQ(errorCodeName(error->code), QStringLiteral("SHOW_CANCELLED"));
        EXPECT_EQ(error->where, QStringLiteral("/body/code"));
        auto described = VerifyTicketReply::fromJson(error->details);
        ASSERT_TRUE(described) << QJsonDocument(error->details).toJson().toStdString();
        EXPECT_EQ(described->showId, show);
        EXPECT_EQ(described->ticket.code, tickets.first().code);
        EXPECT_FALSE(described->admittedAt);
    }
    EXPECT_EQ(admittedCount(show), QStringLiteral("0"));
}

TEST_F(Door, ATicketIsAdmittedOnceAndARetriedScanGetsItsFirstAnswer)
{
    TestTerminal *seller = terminal();
    TestTerminal *door1 = terminal(QStringLiteral("cashier"));
    TestTerminal *door2 = terminal(QStringLiteral("cashier2"));
    const QString show = showId();
    const QList<Ticket> tickets = sell(seller, show, 3);
    ASSERT_EQ(tickets.size(), 3);
    // The second door asks for the show's count: from then on it hears of the first door's admissions.
    // A box office that watches the seats but never asked for the count gets no pushes.
    TestTerminal *boxOffice = terminal(QStringLiteral("manager"));
    ASSERT_TRUE(boxOffice->call<SubscribeReply>(SubscribeRequest{show, std::nullopt}));
    auto before = door2->call<ShowAdmissionsReply>(ShowAdmissionsRequest{show});
    ASSERT_TRUE(before) << before.error().toString().toStdString();
    EXPECT_EQ(before->count, (AdmissionCount{0, 3}));

    VerifyTicketRequest admit{tickets[0].code, true, show};
    const QString scanId = door1->nextId();
    auto first = door1->call<VerifyTicketReply>(admit, scanId);
    ASSERT_TRUE(first) << first.error().toString().toStdString();
    EXPECT_EQ(first->ticket.status, TicketStatus::Admitted);
    EXPECT_EQ(first->showId, show);
    ASSERT_TRUE(first->admittedAt);
    EXPECT_EQ(first->admittedBy, door1->terminalId());
    ASSERT_TRUE(first->place);
    EXPECT_FALSE(first->place->row.isEmpty());
    EXPECT_FALSE(first->place->seat.isEmpty());
    ASSERT_TRUE(first->admissions);
    EXPECT_EQ(*first->admissions, (AdmissionCount{1, 3}));
    ASSERT_TRUE(first->title);
    ASSERT_TRUE(first->start);

    // The push reaches the other door.
    ASSERT_TRUE(door2->waitFor([&] { return !door2->admissions().isEmpty(); }));
    EXPECT_EQ(door2->admissions().last().showId, show);
    EXPECT_EQ(door2->admissions().last().count, (AdmissionCount{1, 3}));
    EXPECT_TRUE(door1->admissions().isEmpty()); // it asked for no count either
    EXPECT_TRUE(boxOffice->admissions().isEmpty());

    // The same scan sent again (a reconnect): the first answer, nothing admitted twice.
    auto again = door1->call<VerifyTicketReply>(admit, scanId);
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again->admittedAt, first->admittedAt);
    EXPECT_EQ(again->admittedBy, first->admittedBy);
    EXPECT_EQ(again->ticket.status, TicketStatus::Admitted);

    // A second scan (a new id), at another door: already admitted, by the first door, and when.
    const auto second = door2->waitReply(door2->send(admit));
    const std::optional<ErrorMessage> refused = errorIn(second);
    ASSERT_TRUE(refused);
    EXPECT_EQ(errorCodeName(refused->code), QStringLiteral("ALREADY_ADMITTED"));
    EXPECT_EQ(refused->where, QStringLiteral("/body/code"));
    auto described = VerifyTicketReply::fromJson(refused->details);
    ASSERT_TRUE(described) << QJsonDocument(refused->details).toJson().toStdString();
    EXPECT_EQ(described->admittedBy, door1->terminalId());
    EXPECT_EQ(described->admittedAt, first->admittedAt);
    EXPECT_EQ(described->ticket.code, tickets[0].code);
    EXPECT_EQ(admittedCount(show), QStringLiteral("1"));

    // Any show of the day (no showId) admits the next one.
    auto anyShow = door2->call<VerifyTicketReply>(VerifyTicketRequest{tickets[1].code, true, std::nullopt});
    ASSERT_TRUE(anyShow) << anyShow.error().toString().toStdString();
    EXPECT_EQ(anyShow->admittedBy, door2->terminalId());
    ASSERT_TRUE(anyShow->admissions);
    EXPECT_EQ(anyShow->admissions->admitted, 2);

    // find_sales says so.
    FindSalesRequest find;
    find.ticketCode = tickets[0].code;
    auto found = seller->call<FindSalesReply>(find);
    ASSERT_TRUE(found) << found.error().toString().toStdString();
    ASSERT_EQ(found->sales.size(), 1);
    bool seen = false;
    for (const Ticket &t : found->sales.first().tickets) {
        if (t.code == tickets[0].code) {
            seen = true;
            EXPECT_EQ(t.status, TicketStatus::Admitted);
        } else if (t.code == tickets[2].code) {
            EXPECT_EQ(t.status, TicketStatus::Valid);
        }
    }
    EXPECT_TRUE(seen);
}

TEST_F(Door, RefundedAndOtherShowsTicketsAreRefused)
{
    TestTerminal *door = terminal();
    const QString show = showId();
    const QString other = showId(QStringLiteral("Grand Hall"));
    const QList<Ticket> mine = sell(door, show, 2);
    const QList<Ticket> theirs = sell(door, other, 1);
    ASSERT_EQ(mine.size(), 2);
    ASSERT_EQ(theirs.size(), 1);
    FindSalesRequest find;
    find.ticketCode = mine[1].code;
    auto sale = door->call<FindSalesReply>(find);
    ASSERT_TRUE(sale && sale->sales.size() == 1);
    RefundRequest refund;
    refund.saleId = sale->sales.first().saleId;
    refund.ticketIds = QStringList{mine[1].id};
    refund.reason = QStringLiteral("changed plans");
    ASSERT_TRUE(door->call<RefundReply>(refund));

    auto refusalOf = [&](const QString &code, const std::optional<QString> &doorShow) {
        return errorIn(door->waitReply(door->send(VerifyTicketRequest{code, true, doorShow})));
    };
    const auto refunded = refusalOf(mine[1].code, show);
    ASSERT_TRUE(refunded);
    EXPECT_EQ(errorCodeName(refunded->code), QStringLiteral("ALREADY_REFUNDED"));
    const auto wrong = refusalOf(theirs[0].code, show);
    ASSERT_TRUE(wrong);
    EXPECT_EQ(errorCodeName(wrong->code), QStringLiteral("WRONG_SHOW"));
    auto described = VerifyTicketReply::fromJson(wrong->details);
    ASSERT_TRUE(described) << QJsonDocument(wrong->details).toJson().toStdString();
    EXPECT_EQ(described->showId, other);
    EXPECT_TRUE(described->title);
    EXPECT_TRUE(described->start);
    EXPECT_EQ(admittedCount(show), QStringLiteral("0"));
    EXPECT_EQ(admittedCount(other), QStringLiteral("0"));
}

// A ticket admitted at the door has someone in its seat: a cashier's refund of it (alone or with
// its whole sale) is refused and refunds nothing; its sale's other tickets are refunded as always;
// a manager refunds it.
TEST_F(Door, AnAdmittedTicketIsRefundedByAManagerOnly)
{
    TestTerminal *cashier = terminal();
    const QString show = showId();
    const QList<Ticket> tickets = sell(cashier, show, 2);
    ASSERT_EQ(tickets.size(), 2);
    const QString sale = scalar(QStringLiteral("SELECT sale_id FROM tickets WHERE id = $1"), {tickets[0].id});
    auto admitted = cashier->call<VerifyTicketReply>(VerifyTicketRequest{tickets[0].code, true, show});
    ASSERT_TRUE(admitted) << admitted.error().toString().toStdString();

    const auto whole = cashier->waitReply(cashier->send(RefundRequest{sale, std::nullopt, QStringLiteral("changed plans")}));
    const auto refused = errorIn(whole);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->code, ErrorCode::AlreadyAdmitted) << refused->message.toStdString();
    EXPECT_EQ(refused->details.value(QLatin1String("ticketId")).toString(), tickets[0].id);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE sale_id = $1 AND status = 'valid'"), {sale}),
              QStringLiteral("2")) << "nothing refunded";
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM refunds")), QStringLiteral("0"));

    // The other ticket alone: refunded as always.
    auto other = cashier->call<RefundReply>(RefundRequest{sale, QStringList{tickets[1].id}, QStringLiteral("one less")});
    ASSERT_TRUE(other) << other.error().toString().toStdString();

    auto byManager = terminal(QStringLiteral("manager"))
                         ->call<RefundReply>(RefundRequest{sale, QStringList{tickets[0].id}, QStringLiteral("projector broke")});
    ASSERT_TRUE(byManager) << byManager.error().toString().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM tickets WHERE id = $1"), {tickets[0].id}), QStringLiteral("refunded"));
}
