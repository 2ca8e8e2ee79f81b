// The programme on a real marquee-server and a real PostgreSQL, over real WebSockets: the role
// matrix, bad input that changes nothing, scheduling and selling, clashes (the cleaning gap
// included, and the database's own exclusion constraint), cancelling with the holds released and
// pushed, refunding a cancelled show in one step, copying a week, retries.
#include "serverfixture.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

template<typename T> QString codeOf(const Result<T> &result)
{
    return result ? QStringLiteral("(no error)") : errorCodeName(result.error().code);
}

const QString ok = QStringLiteral("(no error)");

QString code(ErrorCode c)
{
    return errorCodeName(c);
}

} // namespace

class Programme : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        // Far from the demo's shows (today and tomorrow).
        m_base = QDateTime(QDate::currentDate().addDays(60), QTime(10, 0), Qt::UTC);
        m_manager = terminal(QStringLiteral("manager"));
        m_cinema = auditorium(QStringLiteral("Cinema 1"));
        m_studio = auditorium(QStringLiteral("Studio"));
    }

    QString auditorium(const QString &name)
    {
        return scalar(QStringLiteral("SELECT id FROM auditoriums WHERE name = $1"), { name });
    }

    // A price for every category of the auditorium's current layout, 1000 cents more each.
    QList<CategoryPrice> pricesFor(const QString &auditoriumId)
    {
        const QStringList categories
            = scalar(QStringLiteral(
                         "SELECT string_agg(c ->> 'id', ',' ORDER BY c ->> 'id') FROM layouts l,"
                         " jsonb_array_elements(l.document -> 'categories') c WHERE l.auditorium_id = $1"
                         " AND l.version = (SELECT max(version) FROM layouts WHERE auditorium_id = $1)"),
                     { auditoriumId })
                  .split(u',');
        QList<CategoryPrice> prices;
        for (qsizetype i = 0; i < categories.size(); ++i)
            prices.append(CategoryPrice { categories[i], eur(1000 * (i + 1)) });
        return prices;
    }

    Title title(const QString &name = QStringLiteral("Nosferatu"), qint64 runtime = 90)
    {
        auto created = m_manager->call<TitleReply>(CreateTitleRequest {
            name, runtime, QStringLiteral("FSK 16"), QStringLiteral("OV"), std::nullopt });
        EXPECT_TRUE(created) << created.error().message.toStdString();
        return created ? created->title : Title {};
    }

    ScheduleShowRequest scheduling(const QString &auditoriumId, const Title &t, const QDateTime &start,
                                   ShowStatus status = ShowStatus::Scheduled)
    {
        ScheduleShowRequest r;
        r.auditoriumId = auditoriumId;
        r.titleId = t.id;
        r.start = start;
        r.prices = pricesFor(auditoriumId);
        r.status = status;
        return r;
    }

    Result<ShowReply> schedule(const ScheduleShowRequest &request, TestTerminal *t = nullptr,
                               const QString &id = {})
    {
        return (t ? t : m_manager)->call<ShowReply>(request, id);
    }

    Show scheduled(const QString &auditoriumId, const Title &t, const QDateTime &start,
                   ShowStatus status = ShowStatus::Scheduled)
    {
        auto show = schedule(scheduling(auditoriumId, t, start, status));
        EXPECT_TRUE(show) << show.error().message.toStdString() << " " << show.error().where.toStdString();
        return show ? show->show : Show {};
    }

    // Everything that a refused request must leave as it was (idempotency records aside: a refusal
    // is remembered under its request id).
    QString programmeState()
    {
        return scalar(QStringLiteral(
            "SELECT concat_ws(' | ',"
            " (SELECT string_agg(concat_ws(',', id, name, runtime_minutes, age_rating, format, description, "
            "archived), ';'"
            "   ORDER BY id) FROM titles),"
            " (SELECT string_agg(concat_ws(',', id, auditorium_id, title_id, starts_at, ends_at, status, "
            "layout_version,"
            "   version), ';' ORDER BY id) FROM shows),"
            " (SELECT string_agg(concat_ws(',', show_id, category, amount), ';' ORDER BY show_id, category) "
            "FROM show_prices),"
            " (SELECT count(*) FROM show_seats_all), (SELECT string_agg(status, ',' ORDER BY id) FROM holds),"
            " (SELECT string_agg(status, ',' ORDER BY id) FROM tickets), (SELECT count(*) FROM refunds),"
            " (SELECT string_agg(concat_ws(',', id, cleaning_gap_minutes, timezone), ';' ORDER BY id) FROM "
            "venues),"
            " (SELECT count(*) FROM audit_log))"));
    }

    // A raw request (for wrong types and unknown fields): the error code it is answered with.
    QString rawCode(const QString &type, const QJsonObject &body)
    {
        const QString id = m_manager->nextId();
        const QJsonObject frame { { QStringLiteral("v"), 1 },
                                  { QStringLiteral("type"), type },
                                  { QStringLiteral("id"), id },
                                  { QStringLiteral("body"), body } };
        m_manager->sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        const auto reply = m_manager->waitReply(id);
        if (!reply)
            return QStringLiteral("(no reply)");
        if (const auto *error = std::get_if<ErrorMessage>(&*reply))
            return errorCodeName(error->code);
        return ok;
    }

    // A cash sale of these seats of an on-sale show by the terminal.
    Result<SellReply> sell(TestTerminal *t, const QString &show, const QStringList &seats,
                           bool byCard = false)
    {
        auto hold = t->call<HoldReply>(holdOf(show, seats));
        if (!hold)
            return hold.error();
        SellRequest sale;
        sale.holdId = hold->holdId;
        const qint64 total = hold->total.minorUnits();
        sale.payments = { byCard ? card(total) : cash(total, total) };
        return t->call<SellReply>(sale);
    }

    QDateTime m_base;
    TestTerminal *m_manager = nullptr;
    QString m_cinema;
    QString m_studio;
};

// ---- Role matrix ----------------------------------------------------------------------------------

TEST_F(Programme, RoleMatrixOfEveryRequest)
{
    const Title t = title();
    const Show target = scheduled(m_cinema, t, m_base);
    const QString venue
        = scalar(QStringLiteral("SELECT venue_id FROM auditoriums WHERE id = $1"), { m_cinema });
    const auto requests = [&](int round) -> QList<AnyMessage> {
        const QDateTime start = m_base.addDays(1 + round);
        ScheduleShowRequest s = scheduling(m_cinema, t, start);
        return { ListTitlesRequest {},
                 CreateTitleRequest { QStringLiteral("Title %1").arg(round), 100, std::nullopt, std::nullopt,
                                      std::nullopt },
                 UpdateTitleRequest { t.id, std::nullopt, 95, std::nullopt, std::nullopt, std::nullopt,
                                      std::nullopt },
                 UpdateVenueRequest { venue, 15 + round, std::nullopt },
                 s,
                 UpdateShowRequest { target.id, m_base.addSecs(60 * round), std::nullopt },
                 SetShowStatusRequest { target.id, ShowStatus::OnSale },
                 CancelShowRequest { target.id, QStringLiteral("projector broken") },
                 RefundShowRequest { target.id, QStringLiteral("projector broken") },
                 CopyShowsRequest { QStringList { m_cinema }, start, start.addSecs(3600), 7 } };
    };
    QSet<MessageType> covered;
    for (const QString &role : { QStringLiteral("cashier"), QStringLiteral("kiosk") }) {
        TestTerminal *other = terminal(role);
        const QString before = programmeState();
        for (const AnyMessage &request : requests(0)) {
            covered.insert(messageTypeOf(request));
            const QString id = other->nextId();
            other->sendText(QString::fromUtf8(encodeMessage(request, id)));
            const auto reply = other->waitReply(id);
            ASSERT_TRUE(reply);
            const auto *error = std::get_if<ErrorMessage>(&*reply);
            EXPECT_TRUE(error && error->code == ErrorCode::Forbidden)
                << role.toStdString() << " " << messageTypeName(messageTypeOf(request)).toStdString();
        }
        EXPECT_EQ(programmeState(), before) << role.toStdString();
    }
    for (const MessageTypeInfo &info : allMessageTypes()) {
        if (info.kind == MessageKind::Request && info.type >= MessageType::ListTitles && info.type <= MessageType::CopyShowsReply) {
            EXPECT_TRUE(covered.contains(info.type)) << "not tried: " << QString(info.name).toStdString();
        }
    }
    int round = 0;
    for (const QString &role : { QStringLiteral("manager"), QStringLiteral("admin") }) {
        TestTerminal *t2 = terminal(role);
        ++round;
        if (round == 2) // the show was cancelled in the first round: a new one for the admin
            scalar(QStringLiteral("UPDATE shows SET status = 'scheduled' WHERE id = $1 RETURNING 1"),
                   { target.id });
        for (const AnyMessage &request : requests(round)) {
            const QString id = t2->nextId();
            t2->sendText(QString::fromUtf8(encodeMessage(request, id)));
            const auto reply = t2->waitReply(id);
            ASSERT_TRUE(reply);
            const auto *error = std::get_if<ErrorMessage>(&*reply);
            EXPECT_FALSE(error) << role.toStdString() << " "
                                << messageTypeName(messageTypeOf(request)).toStdString() << ": "
                                << (error ? error->message.toStdString() : std::string());
        }
    }
    EXPECT_EQ(scalar(QStringLiteral(
                  "SELECT count(*) FROM audit_log WHERE action IN ('title_create', 'title_update',"
                  " 'venue_update', 'show_schedule', 'show_move', 'show_status', 'show_cancel',"
                  " 'show_refund', 'shows_copy') AND user_id IN (SELECT id FROM users"
                  " WHERE username IN ('manager', 'admin'))")),
              QStringLiteral("20")) // a title and a show created before, and nine requests each
        << "every change is audited";
}

// ---- Bad input ------------------------------------------------------------------------------------

TEST_F(Programme, BadInputGetsAClearErrorAndChangesNothing)
{
    const Title t = title();
    const Title archived = title(QStringLiteral("Old film"));
    ASSERT_TRUE(m_manager->call<TitleReply>(UpdateTitleRequest {
        archived.id, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, true }));
    const Show first = scheduled(m_cinema, t, m_base); // 10:00-11:30, clean at 11:45
    const Show onSale = scheduled(m_studio, t, m_base, ShowStatus::OnSale);
    const Show cancelled = scheduled(m_studio, t, m_base.addDays(2));
    ASSERT_TRUE(
        m_manager->call<CancelShowReply>(CancelShowRequest { cancelled.id, QStringLiteral("no audience") }));
    const QString venue
        = scalar(QStringLiteral("SELECT venue_id FROM auditoriums WHERE id = $1"), { m_cinema });
    const QString before = programmeState();

    struct Case
    {
        const char *what;
        std::function<QString()> run;
        ErrorCode expected;
    };
    const auto refusal = [this](const ScheduleShowRequest &r) { return codeOf(schedule(r)); };
    const auto withPrices = [this, &t](const std::function<void(QList<CategoryPrice> &)> &change) {
        ScheduleShowRequest r = scheduling(m_cinema, t, m_base.addDays(1));
        change(r.prices);
        return r;
    };
    const QJsonObject goodPrice { { QStringLiteral("amount"), 1000 },
                                  { QStringLiteral("currency"), QStringLiteral("EUR") } };
    const auto rawSchedule = [&](const QJsonObject &price, const QJsonObject &extra = {}) {
        QJsonArray prices;
        for (const CategoryPrice &p : pricesFor(m_cinema))
            prices.append(QJsonObject { { QStringLiteral("category"), p.category },
                                        { QStringLiteral("price"), goodPrice } });
        prices[0] = QJsonObject { { QStringLiteral("category"), pricesFor(m_cinema).first().category },
                                  { QStringLiteral("price"), price } };
        QJsonObject body { { QStringLiteral("auditoriumId"), m_cinema },
                           { QStringLiteral("titleId"), t.id },
                           { QStringLiteral("start"), m_base.addDays(1).toString(Qt::ISODate) },
                           { QStringLiteral("prices"), prices } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return rawCode(QStringLiteral("schedule_show"), body);
    };
    const QList<Case> cases = {
        { "overlapping show", [&] { return refusal(scheduling(m_cinema, t, m_base.addSecs(30 * 60))); },
          ErrorCode::ShowClash },
        { "inside the cleaning gap after",
          [&] { return refusal(scheduling(m_cinema, t, m_base.addSecs(100 * 60))); }, ErrorCode::ShowClash },
        { "its gap reaching the next show",
          [&] { return refusal(scheduling(m_cinema, t, m_base.addSecs(-100 * 60))); }, ErrorCode::ShowClash },
        { "end before start",
          [&] {
              ScheduleShowRequest r = scheduling(m_cinema, t, m_base.addDays(1));
              r.end = r.start.addSecs(-60);
              return refusal(r);
          },
          ErrorCode::InvalidValue },
        { "unknown auditorium",
          [&] {
              ScheduleShowRequest r = scheduling(m_cinema, t, m_base.addDays(1));
              r.auditoriumId = QStringLiteral("999999");
              return refusal(r);
          },
          ErrorCode::NotFound },
        { "unknown title",
          [&] {
              Title unknown = t;
              unknown.id = QStringLiteral("999999");
              return refusal(scheduling(m_cinema, unknown, m_base.addDays(1)));
          },
          ErrorCode::NotFound },
        { "archived title", [&] { return refusal(scheduling(m_cinema, archived, m_base.addDays(1))); },
          ErrorCode::InvalidValue },
        { "unknown layout version",
          [&] {
              ScheduleShowRequest r = scheduling(m_cinema, t, m_base.addDays(1));
              r.layoutVersion = 99;
              return refusal(r);
          },
          ErrorCode::NotFound },
        { "a category without a price", [&] { return refusal(withPrices([](auto &p) { p.removeLast(); })); },
          ErrorCode::InvalidValue },
        { "an extra category",
          [&] {
              return refusal(withPrices([](auto &p) {
                  p.append(CategoryPrice { QStringLiteral("balcony"), eur(5) });
              }));
          },
          ErrorCode::InvalidValue },
        { "a category priced twice",
          [&] { return refusal(withPrices([](auto &p) { p.append(p.first()); })); },
          ErrorCode::InvalidValue },
        { "wrong currency",
          [&] {
              return refusal(
                  withPrices([](auto &p) { p.first().price = Money(1000, *Currency::fromCode(u"USD")); }));
          },
          ErrorCode::CurrencyMismatch },
        { "negative price",
          [&] {
              return rawSchedule({ { QStringLiteral("amount"), -5 },
                                   { QStringLiteral("currency"), QStringLiteral("EUR") } });
          },
          ErrorCode::NegativeAmount },
        { "non-integral price",
          [&] {
              return rawSchedule({ { QStringLiteral("amount"), 9.5 },
                                   { QStringLiteral("currency"), QStringLiteral("EUR") } });
          },
          ErrorCode::InvalidValue },
        { "unknown field",
          [&] {
              return rawSchedule(goodPrice, { { QStringLiteral("colour"), QStringLiteral("red") } });
          },
          ErrorCode::UnknownField },
        { "start of the wrong type",
          [&] {
              return rawSchedule(goodPrice, { { QStringLiteral("start"), 12 } });
          },
          ErrorCode::WrongType },
        { "status cancelled at scheduling",
          [&] {
              return rawSchedule(goodPrice, { { QStringLiteral("status"), QStringLiteral("cancelled") } });
          },
          ErrorCode::InvalidValue },
        { "title without a name",
          [&] {
              return rawCode(QStringLiteral("create_title"), { { QStringLiteral("runtimeMinutes"), 90 } });
          },
          ErrorCode::MissingField },
        { "runtime 0",
          [&] {
              return codeOf(m_manager->call<TitleReply>(CreateTitleRequest {
                  QStringLiteral("Short"), 0, std::nullopt, std::nullopt, std::nullopt }));
          },
          ErrorCode::InvalidValue },
        { "age rating too long",
          [&] {
              return codeOf(m_manager->call<TitleReply>(
                  CreateTitleRequest { QStringLiteral("Long"), 90, QStringLiteral("FSK 12 and more"),
                                       std::nullopt, std::nullopt }));
          },
          ErrorCode::InvalidValue },
        { "update of an unknown title",
          [&] {
              return codeOf(m_manager->call<TitleReply>(
                  UpdateTitleRequest { QStringLiteral("999999"), QStringLiteral("X") }));
          },
          ErrorCode::NotFound },
        { "cleaning gap too long",
          [&] {
              return codeOf(
                  m_manager->call<UpdateVenueReply>(UpdateVenueRequest { venue, 1000, std::nullopt }));
          },
          ErrorCode::InvalidValue },
        { "a gap that makes shows clash",
          [&] { // the next show starts at 11:50, 5 minutes after the gap
              return codeOf(
                  m_manager->call<UpdateVenueReply>(UpdateVenueRequest { venue, 30, std::nullopt }));
          },
          ErrorCode::ShowClash },
        { "unknown time zone",
          [&] {
              return codeOf(m_manager->call<UpdateVenueReply>(
                  UpdateVenueRequest { venue, std::nullopt, QStringLiteral("Mars/Olympus") }));
          },
          ErrorCode::InvalidValue },
        { "move into another show",
          [&] {
              return codeOf(m_manager->call<ShowReply>(
                  UpdateShowRequest { first.id, m_base.addSecs(115 * 60), std::nullopt }));
          },
          ErrorCode::ShowClash },
        { "resize before its start",
          [&] {
              return codeOf(m_manager->call<ShowReply>(
                  UpdateShowRequest { first.id, std::nullopt, m_base.addSecs(-60) }));
          },
          ErrorCode::InvalidValue },
        { "move a cancelled show",
          [&] {
              return codeOf(
                  m_manager->call<ShowReply>(UpdateShowRequest { cancelled.id, m_base.addDays(3) }));
          },
          ErrorCode::ShowCancelled },
        { "scheduled straight to sales_closed",
          [&] {
              return codeOf(
                  m_manager->call<ShowReply>(SetShowStatusRequest { first.id, ShowStatus::SalesClosed }));
          },
          ErrorCode::InvalidValue },
        { "on sale back to scheduled",
          [&] {
              return codeOf(
                  m_manager->call<ShowReply>(SetShowStatusRequest { onSale.id, ShowStatus::Scheduled }));
          },
          ErrorCode::InvalidValue },
        { "cancelled by set_show_status",
          [&] {
              return codeOf(
                  m_manager->call<ShowReply>(SetShowStatusRequest { first.id, ShowStatus::Cancelled }));
          },
          ErrorCode::InvalidValue },
        { "a cancelled show on sale again",
          [&] {
              return codeOf(
                  m_manager->call<ShowReply>(SetShowStatusRequest { cancelled.id, ShowStatus::OnSale }));
          },
          ErrorCode::ShowCancelled },
        { "a show cancelled twice",
          [&] {
              return codeOf(m_manager->call<CancelShowReply>(
                  CancelShowRequest { cancelled.id, QStringLiteral("again") }));
          },
          ErrorCode::ShowCancelled },
        { "cancel without a reason",
          [&] {
              return codeOf(
                  m_manager->call<CancelShowReply>(CancelShowRequest { first.id, QStringLiteral("  ") }));
          },
          ErrorCode::InvalidValue },
        { "cancel an unknown show",
          [&] {
              return codeOf(m_manager->call<CancelShowReply>(
                  CancelShowRequest { QStringLiteral("999999"), QStringLiteral("x") }));
          },
          ErrorCode::NotFound },
        { "refund a show that is not cancelled",
          [&] {
              return codeOf(
                  m_manager->call<RefundShowReply>(RefundShowRequest { onSale.id, QStringLiteral("x") }));
          },
          ErrorCode::InvalidValue },
        { "copy onto a clash",
          [&] { // the copy of the first show meets the one a week later
              return codeOf(m_manager->call<CopyShowsReply>(
                  CopyShowsRequest { QStringList { m_cinema }, m_base.addDays(-1), m_base.addDays(1), 7 }));
          },
          ErrorCode::ShowClash },
        { "copy of an unknown auditorium",
          [&] {
              return codeOf(m_manager->call<CopyShowsReply>(CopyShowsRequest {
                  QStringList { QStringLiteral("999999") }, m_base, m_base.addDays(1), 7 }));
          },
          ErrorCode::NotFound },
        { "copy by zero days",
          [&] {
              return codeOf(m_manager->call<CopyShowsReply>(
                  CopyShowsRequest { std::nullopt, m_base, m_base.addDays(1), 0 }));
          },
          ErrorCode::InvalidValue },
        { "copy range reversed",
          [&] {
              return codeOf(m_manager->call<CopyShowsReply>(
                  CopyShowsRequest { std::nullopt, m_base, m_base.addDays(-1), 7 }));
          },
          ErrorCode::InvalidValue },
        { "shiftDays of the wrong type",
          [&] {
              return rawCode(QStringLiteral("copy_shows"),
                             { { QStringLiteral("from"), m_base.toString(Qt::ISODate) },
                               { QStringLiteral("to"), m_base.addDays(1).toString(Qt::ISODate) },
                               { QStringLiteral("shiftDays"), QStringLiteral("7") } });
          },
          ErrorCode::WrongType },
    };
    // A show in Cinema 1 at 11:50 makes a 30-minute gap clash; one a week later is in the way of a
    // copy (made here, after the cases' set-up, and the state taken again).
    const Show next = scheduled(m_cinema, t, m_base.addSecs(110 * 60));
    ASSERT_FALSE(next.id.isEmpty());
    ASSERT_FALSE(scheduled(m_cinema, t, m_base.addDays(7)).id.isEmpty());
    const QString state = programmeState();
    ASSERT_NE(state, before);
    ASSERT_GE(cases.size(), 25);
    for (const Case &c : cases) {
        SCOPED_TRACE(c.what);
        EXPECT_EQ(c.run(), code(c.expected));
        EXPECT_EQ(programmeState(), state);
    }
}

// ---- Scheduling and selling -----------------------------------------------------------------------

TEST_F(Programme, ScheduledShowIsListedAndSoldOnlyOnceOnSale)
{
    const Title t = title(QStringLiteral("Der Golem"), 85);
    const Show show = scheduled(m_cinema, t, m_base);
    EXPECT_EQ(show.status, ShowStatus::Scheduled);
    EXPECT_EQ(show.end, m_base.addSecs(85 * 60)) << "the end is the start plus the runtime";
    EXPECT_EQ(show.titleId, std::optional<QString>(t.id));

    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    auto listed = cashier->call<ListShowsReply>(
        ListShowsRequest { m_base.addSecs(-60), m_base.addSecs(60), m_cinema, std::nullopt });
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->shows.size(), 1);
    EXPECT_EQ(listed->shows.first().id, show.id);
    EXPECT_EQ(listed->shows.first().title, QStringLiteral("Der Golem"));
    EXPECT_EQ(listed->shows.first().titleId, std::optional<QString>(t.id));
    EXPECT_EQ(listed->shows.first().prices.size(), pricesFor(m_cinema).size());
    const qint64 seats
        = scalar(
              QStringLiteral("SELECT count(*) FROM layout_seats WHERE auditorium_id = $1 AND layout_version"
                             " = (SELECT max(version) FROM layouts WHERE auditorium_id = $1)"),
              { m_cinema })
              .toLongLong();
    EXPECT_EQ(listed->shows.first().free + listed->shows.first().held + listed->shows.first().sold
                  + scalar(QStringLiteral(
                               "SELECT count(*) FROM show_seats WHERE show_id = $1 AND status = 'blocked'"),
                           { show.id })
                        .toLongLong(),
              seats);

    const QString seat = seatIds(show.id).first();
    EXPECT_EQ(codeOf(cashier->call<HoldReply>(holdOf(show.id, { seat }))), code(ErrorCode::ShowClosed));
    auto opened = m_manager->call<ShowReply>(SetShowStatusRequest { show.id, ShowStatus::OnSale });
    ASSERT_TRUE(opened);
    EXPECT_EQ(opened->show.status, ShowStatus::OnSale);
    auto sold = sell(cashier, show.id, { seat });
    ASSERT_TRUE(sold) << sold.error().message.toStdString();
    ASSERT_TRUE(m_manager->call<ShowReply>(SetShowStatusRequest { show.id, ShowStatus::SalesClosed }));
    EXPECT_EQ(codeOf(cashier->call<HoldReply>(holdOf(show.id, { seatIds(show.id).last() }))),
              code(ErrorCode::ShowClosed));
    ASSERT_TRUE(m_manager->call<ShowReply>(SetShowStatusRequest { show.id, ShowStatus::OnSale }));
    EXPECT_TRUE(cashier->call<HoldReply>(holdOf(show.id, { seatIds(show.id).last() })));

    // Moved with its sold ticket (audited); the gap is the venue's.
    auto moved
        = m_manager->call<ShowReply>(UpdateShowRequest { show.id, m_base.addSecs(3600), std::nullopt });
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->show.start, m_base.addSecs(3600));
    EXPECT_EQ(moved->show.end, m_base.addSecs(3600 + 85 * 60)) << "a move keeps the length";
    EXPECT_EQ(moved->show.sold, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT details ->> 'sold' FROM audit_log WHERE action = 'show_move'")),
              QStringLiteral("1"));
    // Right after the gap is fine: 11:00 + 85 min + 15 min = 12:40.
    EXPECT_TRUE(schedule(scheduling(m_cinema, t, m_base.addSecs(3600 + 100 * 60))));
}

TEST_F(Programme, ClashesAreNamedAndTheDatabaseRefusesThemToo)
{
    const Title t = title();
    const Show first = scheduled(m_cinema, t, m_base);
    auto clash = schedule(scheduling(m_cinema, t, m_base.addSecs(95 * 60)));
    ASSERT_FALSE(clash);
    EXPECT_EQ(clash.error().code, ErrorCode::ShowClash);
    const QString id = m_manager->send(scheduling(m_cinema, t, m_base.addSecs(95 * 60)));
    const auto reply = m_manager->waitReply(id);
    ASSERT_TRUE(reply && std::holds_alternative<ErrorMessage>(*reply));
    EXPECT_EQ(std::get<ErrorMessage>(*reply).details.value(QStringLiteral("showIds")).toArray(),
              QJsonArray { first.id });

    // Directly in SQL: the exclusion constraint (the gap counts: 11:30 + 15 minutes).
    const auto insert = [this](const QDateTime &start) {
        return db().exec(
            QStringLiteral("INSERT INTO shows (auditorium_id, layout_version, title, starts_at, ends_at,"
                           " currency) VALUES ($1, 1, 'Direct', $2::timestamptz, $2::timestamptz + interval"
                           " '1 hour', 'EUR')"),
            { m_cinema, start.toString(Qt::ISODate) });
    };
    auto direct = insert(m_base.addSecs(100 * 60));
    ASSERT_FALSE(direct);
    EXPECT_TRUE(direct.error().message.contains(QLatin1String("shows_no_clash")))
        << direct.error().message.toStdString();
    EXPECT_TRUE(insert(m_base.addSecs(105 * 60))) << "right after the gap";
    // A cancelled show frees its slot.
    ASSERT_TRUE(m_manager->call<CancelShowReply>(CancelShowRequest { first.id, QStringLiteral("moved") }));
    EXPECT_TRUE(schedule(scheduling(m_cinema, t, m_base)));
}

// ---- Cancel and refund ----------------------------------------------------------------------------

TEST_F(Programme, CancelReleasesHoldsPushesAndRefundShowRefundsEverything)
{
    const Title t = title();
    const Show show = scheduled(m_cinema, t, m_base, ShowStatus::OnSale);
    const QStringList seats = seatIds(show.id);
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    TestTerminal *watcher = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(sell(cashier, show.id, { seats[0], seats[1] }));
    ASSERT_TRUE(sell(cashier, show.id, { seats[2] }, true));
    auto held = cashier->call<HoldReply>(holdOf(show.id, { seats[3], seats[4] }));
    ASSERT_TRUE(held);
    ASSERT_TRUE(watcher->call<SubscribeReply>(SubscribeRequest { show.id, std::nullopt }));
    ASSERT_EQ(watcher->status(show.id, seats[3]), SeatStatus::Held);

    auto cancelled
        = m_manager->call<CancelShowReply>(CancelShowRequest { show.id, QStringLiteral("projector broken") });
    ASSERT_TRUE(cancelled) << cancelled.error().message.toStdString();
    EXPECT_EQ(cancelled->releasedHolds, 1);
    ASSERT_EQ(cancelled->soldTickets.size(), 3);
    QStringList soldSeats;
    for (const SoldTicket &ticket : cancelled->soldTickets)
        soldSeats.append(ticket.seatId);
    soldSeats.sort();
    EXPECT_EQ(soldSeats, (QStringList { seats[0], seats[1], seats[2] }));
    EXPECT_TRUE(watcher->waitFor([&] {
        return watcher->status(show.id, seats[3]) == SeatStatus::Available
            && watcher->status(show.id, seats[4]) == SeatStatus::Available;
    })) << "the watching terminal gets the released seats";
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM holds WHERE id = $1"), { held->holdId }),
              QStringLiteral("released"));
    EXPECT_EQ(codeOf(cashier->call<HoldReply>(holdOf(show.id, { seats[5] }))), code(ErrorCode::ShowClosed));

    const QString refundId = m_manager->nextId();
    auto refunded = m_manager->call<RefundShowReply>(
        RefundShowRequest { show.id, QStringLiteral("projector broken") }, refundId);
    ASSERT_TRUE(refunded) << refunded.error().message.toStdString();
    EXPECT_EQ(refunded->refunds.size(), 2);
    const QString ticketsTotal
        = scalar(QStringLiteral("SELECT sum(price) FROM tickets WHERE show_id = $1"), { show.id });
    const QString refundsTotal = scalar(
        QStringLiteral(
            "SELECT sum(r.amount) FROM refunds r JOIN sales s ON s.id = r.sale_id WHERE s.show_id = $1"),
        { show.id });
    EXPECT_EQ(refundsTotal, ticketsTotal);
    EXPECT_EQ(QString::number(refunded->total.minorUnits()), ticketsTotal);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE show_id = $1 AND status = 'valid'"),
                     { show.id }),
              QStringLiteral("0"));
    // The card part went back to the card, the rest in cash, into the manager's shift.
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT string_agg(rp.method || ':' || rp.amount, ',' ORDER BY rp.method)"
                              " FROM refund_payments rp JOIN refunds r ON r.id = rp.refund_id"
                              " JOIN sales s ON s.id = r.sale_id WHERE s.show_id = $1"),
               { show.id }),
        QStringLiteral("card:%1,cash:%2")
            .arg(scalar(QStringLiteral("SELECT price FROM tickets WHERE show_id = $1 AND seat_id = $2"),
                        { show.id, seats[2] }))
            .arg(scalar(QStringLiteral("SELECT sum(price) FROM tickets WHERE show_id = $1 AND seat_id <> $2"),
                        { show.id, seats[2] })));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM refunds r JOIN users u ON u.id = r.user_id"
                                    " WHERE u.username = 'manager' AND r.shift_id IS NOT NULL")),
              QStringLiteral("2"));
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT details ->> 'total' FROM audit_log WHERE action = 'show_refund'")),
        ticketsTotal);

    // A retry answers the same; nothing is refunded twice.
    auto again = m_manager->call<RefundShowReply>(
        RefundShowRequest { show.id, QStringLiteral("projector broken") }, refundId);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *refunded);
    EXPECT_EQ(
        scalar(QStringLiteral(
                   "SELECT count(*) FROM refunds r JOIN sales s ON s.id = r.sale_id WHERE s.show_id = $1"),
               { show.id }),
        QStringLiteral("2"));
}

// ---- Copying ----------------------------------------------------------------------------------------

TEST_F(Programme, CopyAWeekAllOrNothing)
{
    const Title a = title(QStringLiteral("M"));
    const Title b = title(QStringLiteral("Faust"), 110);
    const Show one = scheduled(m_cinema, a, m_base);
    scheduled(m_cinema, b, m_base.addDays(3));
    scheduled(m_studio, b, m_base.addDays(6).addSecs(3600), ShowStatus::OnSale);
    scheduled(m_studio, a, m_base.addDays(8)); // outside the week

    auto copied = m_manager->call<CopyShowsReply>(
        CopyShowsRequest { std::nullopt, m_base.addSecs(-3600), m_base.addDays(7), 7 });
    ASSERT_TRUE(copied) << copied.error().message.toStdString();
    ASSERT_EQ(copied->shows.size(), 3);
    EXPECT_EQ(copied->shows[0].start, m_base.addDays(7));
    EXPECT_EQ(copied->shows[0].titleId, std::optional<QString>(a.id));
    EXPECT_EQ(copied->shows[0].prices, one.prices);
    EXPECT_EQ(copied->shows[2].auditoriumId, m_studio);
    for (const Show &s : copied->shows) {
        EXPECT_EQ(s.status, ShowStatus::Scheduled);
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM show_seats WHERE show_id = $1"), { s.id }),
                  scalar(QStringLiteral("SELECT count(*) FROM layout_seats WHERE auditorium_id = $1"
                                        " AND layout_version = $2"),
                         { s.auditoriumId, QString::number(s.layoutVersion) }));
    }
    // The same week again: every copy clashes with the first copies; nothing is copied.
    const QString shows = scalar(QStringLiteral("SELECT count(*) FROM shows"));
    auto twice = m_manager->call<CopyShowsReply>(
        CopyShowsRequest { std::nullopt, m_base.addSecs(-3600), m_base.addDays(7), 7 });
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::ShowClash);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM shows")), shows);

    // More than 500 shows in the range: refused as a whole.
    scalar(QStringLiteral("WITH s AS (INSERT INTO shows (auditorium_id, layout_version, title, title_id, "
                          "starts_at, ends_at, currency)"
                          " SELECT $1, 1, 'Short', $2, $3::timestamptz + n * interval '30 minutes',"
                          " $3::timestamptz + n * interval '30 minutes' + interval '10 minutes', 'EUR'"
                          " FROM generate_series(0, 500) n RETURNING 1) SELECT count(*) FROM s"),
           { m_studio, a.id, m_base.addDays(100).toString(Qt::ISODate) });
    const QString many = scalar(QStringLiteral("SELECT count(*) FROM shows"));
    EXPECT_EQ(codeOf(m_manager->call<CopyShowsReply>(CopyShowsRequest {
                  QStringList { m_studio }, m_base.addDays(100), m_base.addDays(120), 30 })),
              code(ErrorCode::TooManyItems));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM shows")), many);
}

// ---- Retries ----------------------------------------------------------------------------------------

TEST_F(Programme, RetriesAnswerTheFirstAnswer)
{
    const CreateTitleRequest create { QStringLiteral("Vampyr"), 75, std::nullopt, QStringLiteral("3D"),
                                      QStringLiteral("Dreyer") };
    auto first = m_manager->call<TitleReply>(create, QStringLiteral("t-1"));
    auto second = m_manager->call<TitleReply>(create, QStringLiteral("t-1"));
    ASSERT_TRUE(first && second);
    EXPECT_EQ(*first, *second);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM titles WHERE name = 'Vampyr'")),
              QStringLiteral("1"));
    EXPECT_EQ(first->title.format, std::optional<QString>(QStringLiteral("3D")));

    const ScheduleShowRequest request = scheduling(m_cinema, first->title, m_base);
    auto show = schedule(request, nullptr, QStringLiteral("s-1"));
    auto retried = schedule(request, nullptr, QStringLiteral("s-1"));
    ASSERT_TRUE(show && retried);
    EXPECT_EQ(show->show.id, retried->show.id);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM shows WHERE title_id = $1"), { first->title.id }),
              QStringLiteral("1"));
    ScheduleShowRequest other = request;
    other.start = m_base.addDays(1);
    EXPECT_EQ(codeOf(schedule(other, nullptr, QStringLiteral("s-1"))), code(ErrorCode::IdempotencyConflict));

    const QString cancelId = QStringLiteral("c-1");
    auto cancelled = m_manager->call<CancelShowReply>(
        CancelShowRequest { show->show.id, QStringLiteral("x") }, cancelId);
    auto cancelledAgain = m_manager->call<CancelShowReply>(
        CancelShowRequest { show->show.id, QStringLiteral("x") }, cancelId);
    ASSERT_TRUE(cancelled && cancelledAgain);
    EXPECT_EQ(*cancelled, *cancelledAgain);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'show_cancel'")),
              QStringLiteral("1"));

    // A renamed title renames its shows; update_venue answers what it set.
    auto renamed = m_manager->call<TitleReply>(
        UpdateTitleRequest { first->title.id, QStringLiteral("Vampyr (1932)") });
    ASSERT_TRUE(renamed);
    EXPECT_EQ(scalar(QStringLiteral("SELECT title FROM shows WHERE id = $1"), { show->show.id }),
              QStringLiteral("Vampyr (1932)"));
    const QString venue
        = scalar(QStringLiteral("SELECT venue_id FROM auditoriums WHERE id = $1"), { m_cinema });
    auto venueSet = m_manager->call<UpdateVenueReply>(
        UpdateVenueRequest { venue, 20, QStringLiteral("Europe/Berlin") });
    ASSERT_TRUE(venueSet);
    EXPECT_EQ(venueSet->cleaningGapMinutes, 20);
    EXPECT_EQ(venueSet->timezone, QStringLiteral("Europe/Berlin"));
    // list_venues says what the venue's settings are now (the programme's grid and gaps use them).
    auto venues = m_manager->call<ListVenuesReply>(ListVenuesRequest {});
    ASSERT_TRUE(venues);
    const auto listedVenue = std::find_if(venues->venues.begin(), venues->venues.end(),
                                          [&](const VenueSummary &v) { return v.id == venue; });
    ASSERT_NE(listedVenue, venues->venues.end());
    EXPECT_EQ(listedVenue->cleaningGapMinutes, 20);
    EXPECT_EQ(listedVenue->timezone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(listedVenue->currency, scalar(QStringLiteral("SELECT currency FROM venues WHERE id = $1"), { venue }));
    auto listed = m_manager->call<ListTitlesReply>(ListTitlesRequest {});
    ASSERT_TRUE(listed);
    EXPECT_TRUE(std::any_of(listed->titles.begin(), listed->titles.end(),
                            [](const Title &t) { return t.name == QLatin1String("Vampyr (1932)"); }));
}

// The demo's shows are today's and tomorrow's of the venue (Berlin), at its wall-clock times,
// whatever the zone of the machine (CI runs in UTC: at 23:30 UTC Berlin has the next day, and the
// door refused every ticket as "not for a show of today"). Seeding again adds nothing.
TEST_F(Programme, TheDemoShowsAreTheVenuesTodayAndTomorrowAtItsWallClockTimes)
{
    const QString sql = QStringLiteral("SELECT string_agg(s.title || ' ' || to_char(s.starts_at AT TIME ZONE v.timezone, 'YYYY-MM-DD HH24:MI'),"
                                       "                  ', ' ORDER BY s.starts_at)"
                                       " FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id JOIN venues v ON v.id = a.venue_id"
                                       " WHERE a.name = 'Studio'");
    const QDate today = demoToday();
    const QString day1 = today.toString(Qt::ISODate);
    const QString day2 = today.addDays(1).toString(Qt::ISODate);
    const QString expected = QStringLiteral("The Red Shoes %1 14:00, Brief Encounter %1 18:30, The Red Shoes %2 14:00, Brief Encounter %2 18:30")
                                 .arg(day1, day2);
    EXPECT_EQ(scalar(sql), expected);
    EXPECT_EQ(scalar(QStringLiteral("SELECT min(to_char(starts_at AT TIME ZONE 'Europe/Berlin', 'HH24:MI')) FROM shows")),
              QStringLiteral("14:00"));

    const QString before = scalar(QStringLiteral("SELECT count(*) FROM shows"));
    ASSERT_TRUE(seedDemo(db(), 1));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM shows")), before) << "seeding again adds no show";
    EXPECT_EQ(scalar(sql), expected);
}
