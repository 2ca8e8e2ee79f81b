// Ticket types and price cards on a real marquee-server and a real PostgreSQL, over real
// WebSockets: the role matrix of the pricing requests, bad input that changes nothing, a sale of
// an Adult and a Child with the right total and types on the tickets, old sales that keep their
// prices when the card changes, holds at a type, the holds a sign-in recovers at their types, what
// a card's changes push to terminals that watch shows, cards on new shows.
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

QString code(ErrorCode c)
{
    return errorCodeName(c);
}

} // namespace

class Pricing : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        m_manager = terminal(QStringLiteral("manager"));
        m_venue = scalar(QStringLiteral("SELECT id FROM venues WHERE name = 'Marquee Demo Cinema'"));
        // Cinema 1 has two categories; its last demo show has not ended (it is tomorrow).
        m_cinema = scalar(QStringLiteral("SELECT id FROM auditoriums WHERE name = 'Cinema 1'"));
        m_show = scalar(QStringLiteral("SELECT id FROM shows WHERE auditorium_id = $1 ORDER BY starts_at DESC LIMIT 1"),
                        { m_cinema });
        m_card = scalar(QStringLiteral("SELECT price_card_id FROM shows WHERE id = $1"), { m_show });
    }

    ListPricingReply pricing(TestTerminal *t = nullptr)
    {
        auto reply = (t ? t : m_manager)->call<ListPricingReply>(ListPricingRequest { m_venue });
        EXPECT_TRUE(reply) << reply.error().message.toStdString();
        return reply ? *reply : ListPricingReply {};
    }

    TicketType type(const QString &name)
    {
        for (const TicketType &t : pricing().ticketTypes) {
            if (t.name == name && !t.archived)
                return t;
        }
        ADD_FAILURE() << "no ticket type " << name.toStdString();
        return {};
    }

    PriceCard card(const QString &id)
    {
        for (const PriceCard &c : pricing().priceCards) {
            if (c.id == id)
                return c;
        }
        ADD_FAILURE() << "no price card " << id.toStdString();
        return {};
    }

    // The price of a type in a category of a card.
    static qint64 priceOf(const PriceCard &c, const QString &category, const QString &typeId)
    {
        for (const CardPrice &p : c.prices) {
            if (p.category == category && p.ticketTypeId == typeId)
                return p.price.minorUnits();
        }
        return -1;
    }

    QString category(const QString &seat)
    {
        return scalar(QStringLiteral("SELECT category FROM show_seats WHERE show_id = $1 AND seat_id = $2"), { m_show, seat });
    }

    // Two free seats of the show, of one category.
    QStringList twoSeats(int skip = 0)
    {
        return scalar(QStringLiteral("SELECT string_agg(seat_id, ',' ORDER BY seat_id) FROM (SELECT seat_id FROM show_seats"
                                     " WHERE show_id = $1 AND status = 'available' AND category = (SELECT min(category)"
                                     " FROM show_seats WHERE show_id = $1) ORDER BY seat_id OFFSET $2 LIMIT 2) x"),
                      { m_show, QString::number(skip) })
            .split(u',');
    }

    // Everything a refused request must leave as it was (idempotency records aside).
    QString pricingState()
    {
        return scalar(QStringLiteral(
            "SELECT concat_ws(' | ',"
            " (SELECT string_agg(concat_ws(',', id, venue_id, name, note, position, archived), ';' ORDER BY id) FROM ticket_types),"
            " (SELECT string_agg(concat_ws(',', id, venue_id, name, revision, archived), ';' ORDER BY id) FROM price_cards),"
            " (SELECT string_agg(concat_ws(',', card_id, category, ticket_type_id, amount), ';'"
            "   ORDER BY card_id, category, ticket_type_id) FROM price_card_prices),"
            " (SELECT string_agg(concat_ws(',', id, price_card_id, starts_at), ';' ORDER BY id) FROM shows),"
            " (SELECT string_agg(concat_ws(',', show_id, category, amount), ';' ORDER BY show_id, category) FROM show_prices),"
            " (SELECT string_agg(concat_ws(',', hold_id, seat_id, ticket_type_id), ';' ORDER BY hold_id, seat_id) FROM hold_seats),"
            " (SELECT count(*) FROM tickets), (SELECT count(*) FROM audit_log))"));
    }

    // A card's matrix with every price of `typeId` changed by `delta` cents.
    static QList<CardPrice> shifted(const PriceCard &c, const QString &typeId, qint64 delta)
    {
        QList<CardPrice> prices = c.prices;
        for (CardPrice &p : prices) {
            if (p.ticketTypeId == typeId)
                p.price = eur(p.price.minorUnits() + delta);
        }
        return prices;
    }

    TestTerminal *m_manager = nullptr;
    QString m_venue;
    QString m_cinema;
    QString m_show;
    QString m_card;
};

// ---- Role matrix ----------------------------------------------------------------------------------

TEST_F(Pricing, RoleMatrixOfEveryRequest)
{
    ASSERT_FALSE(m_card.isEmpty()) << "the demo shows use a price card";
    const TicketType child = type(QStringLiteral("Child"));
    const PriceCard demo = card(m_card);
    const auto requests = [&](int round, const QString &holdId, const QString &seat) -> QList<AnyMessage> {
        const PriceCard current = card(m_card);
        return { ListPricingRequest { m_venue },
                 CreateTicketTypeRequest { m_venue, QStringLiteral("Student %1").arg(round), QStringLiteral("ID required"),
                                           std::nullopt },
                 UpdateTicketTypeRequest { child.id, std::nullopt, QStringLiteral("up to %1").arg(13 + round),
                                           std::nullopt, std::nullopt },
                 CreatePriceCardRequest { m_venue, QStringLiteral("Card %1").arg(round), demo.prices },
                 UpdatePriceCardRequest { m_card, current.revision, std::nullopt, shifted(current, child.id, 10) },
                 DeletePriceCardRequest { QStringLiteral("999999") },
                 SetTicketTypesRequest { holdId, { { seat, child.id } } } };
    };
    QSet<MessageType> covered;
    for (const QString &role : { QStringLiteral("cashier"), QStringLiteral("kiosk") }) {
        TestTerminal *other = terminal(role);
        const QString seat = twoSeats().first();
        const auto hold = other->call<HoldReply>(holdOf(m_show, { seat }));
        ASSERT_TRUE(hold) << hold.error().message.toStdString();
        for (const AnyMessage &request : requests(0, hold->holdId, seat)) {
            covered.insert(messageTypeOf(request));
            const QString before = pricingState();
            const QString id = other->nextId();
            other->sendText(QString::fromUtf8(encodeMessage(request, id)));
            const auto reply = other->waitReply(id);
            ASSERT_TRUE(reply);
            const auto *error = std::get_if<ErrorMessage>(&*reply);
            const MessageType type = messageTypeOf(request);
            if (type == MessageType::ListPricing || type == MessageType::SetTicketTypes) {
                // Reading, and choosing the types of seats of the user's own hold: every role.
                EXPECT_FALSE(error) << role.toStdString() << " " << messageTypeName(type).toStdString();
            } else {
                EXPECT_TRUE(error && error->code == ErrorCode::Forbidden)
                    << role.toStdString() << " " << messageTypeName(type).toStdString();
                EXPECT_EQ(pricingState(), before) << role.toStdString();
            }
        }
        ASSERT_TRUE(other->call<ReleaseHoldReply>(ReleaseHoldRequest { hold->holdId, std::nullopt }));
    }
    for (const MessageTypeInfo &info : allMessageTypes()) {
        if (info.kind == MessageKind::Request && info.type >= MessageType::ListPricing
            && info.type <= MessageType::SetTicketTypes) {
            EXPECT_TRUE(covered.contains(info.type)) << "not tried: " << QString(info.name).toStdString();
        }
    }
    int round = 0;
    for (const QString &role : { QStringLiteral("manager"), QStringLiteral("admin") }) {
        TestTerminal *t = terminal(role);
        ++round;
        const QString seat = twoSeats().first();
        const auto hold = t->call<HoldReply>(holdOf(m_show, { seat }));
        ASSERT_TRUE(hold);
        for (const AnyMessage &request : requests(round, hold->holdId, seat)) {
            const QString id = t->nextId();
            t->sendText(QString::fromUtf8(encodeMessage(request, id)));
            const auto reply = t->waitReply(id);
            ASSERT_TRUE(reply);
            const auto *error = std::get_if<ErrorMessage>(&*reply);
            if (messageTypeOf(request) == MessageType::DeletePriceCard) {
                EXPECT_TRUE(error && error->code == ErrorCode::NotFound) << role.toStdString();
                continue;
            }
            EXPECT_FALSE(error) << role.toStdString() << " " << messageTypeName(messageTypeOf(request)).toStdString()
                                << ": " << (error ? error->message.toStdString() : std::string());
        }
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('ticket_type_create',"
                                    " 'ticket_type_update', 'price_card_create', 'price_card_update') AND user_id IN"
                                    " (SELECT id FROM users WHERE username IN ('manager', 'admin'))")),
              QStringLiteral("8"))
        << "every change is audited";
}

// ---- Bad input ------------------------------------------------------------------------------------

TEST_F(Pricing, BadInputGetsAClearErrorAndChangesNothing)
{
    const TicketType adult = type(QStringLiteral("Adult"));
    const TicketType child = type(QStringLiteral("Child"));
    const PriceCard demo = card(m_card);
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    TestTerminal *cashier2 = terminal(QStringLiteral("cashier2"));
    const QStringList seats = twoSeats();
    const auto hold = cashier->call<HoldReply>(holdOf(m_show, seats));
    ASSERT_TRUE(hold);
    // A card without Child prices, and a show using it.
    QList<CardPrice> adultsOnly;
    for (const CardPrice &p : demo.prices) {
        if (p.ticketTypeId == adult.id)
            adultsOnly.append(p);
    }
    const auto adultCard = m_manager->call<PriceCardReply>(CreatePriceCardRequest { m_venue, QStringLiteral("Adults only"), adultsOnly });
    ASSERT_TRUE(adultCard) << adultCard.error().message.toStdString();
    const QString plainShow = scalar(QStringLiteral("SELECT id FROM shows WHERE id <> $1 AND auditorium_id = $2"
                                                    " ORDER BY starts_at DESC LIMIT 1"),
                                     { m_show, m_cinema });
    ASSERT_TRUE(m_manager->call<ShowReply>(
        UpdateShowRequest { plainShow, std::nullopt, std::nullopt, adultCard->priceCard.id }));
    const QString otherSeat = seatIds(plainShow).last(); // seatIds(): the available ones
    const auto otherHold = cashier->call<HoldReply>(holdOf(plainShow, { otherSeat }));
    ASSERT_TRUE(otherHold);
    const QString before = pricingState();

    const auto raw = [this](const QString &typeName, const QJsonObject &body) {
        const QString id = m_manager->nextId();
        m_manager->sendText(QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("v"), 1 },
                                                                           { QStringLiteral("type"), typeName },
                                                                           { QStringLiteral("id"), id },
                                                                           { QStringLiteral("body"), body } })
                                                  .toJson(QJsonDocument::Compact)));
        const auto reply = m_manager->waitReply(id);
        if (!reply)
            return QStringLiteral("(no reply)");
        const auto *error = std::get_if<ErrorMessage>(&*reply);
        return error ? errorCodeName(error->code) : QStringLiteral("(no error)");
    };
    const auto rawCard = [&](const QJsonValue &amount) {
        QJsonArray prices;
        for (const CardPrice &p : demo.prices) {
            prices.append(QJsonObject {
                { QStringLiteral("category"), p.category },
                { QStringLiteral("ticketTypeId"), p.ticketTypeId },
                { QStringLiteral("price"),
                  QJsonObject { { QStringLiteral("amount"), prices.isEmpty() ? amount : QJsonValue(p.price.minorUnits()) },
                                { QStringLiteral("currency"), QStringLiteral("EUR") } } } });
        }
        return raw(QStringLiteral("create_price_card"), { { QStringLiteral("venueId"), m_venue },
                                                          { QStringLiteral("name"), QStringLiteral("Raw") },
                                                          { QStringLiteral("prices"), prices } });
    };
    const auto withCard = [&](const QList<CardPrice> &prices) {
        return codeOf(m_manager->call<PriceCardReply>(CreatePriceCardRequest { m_venue, QStringLiteral("New"), prices }));
    };
    QList<CardPrice> missingOne = demo.prices;
    missingOne.removeLast();
    QList<CardPrice> unknownType = demo.prices;
    unknownType.last().ticketTypeId = QStringLiteral("999999");
    QList<CardPrice> dollars = demo.prices;
    dollars.first().price = Money(100, *Currency::fromCode(u"USD"));
    QList<CardPrice> twice = demo.prices;
    twice.append(demo.prices.first());
    const QString title = scalar(QStringLiteral("INSERT INTO titles (name, runtime_minutes) VALUES ('Pricing', 90) RETURNING id"));
    const QDateTime later(QDate::currentDate().addDays(40), QTime(10, 0), Qt::UTC);
    ScheduleShowRequest withGaps;
    withGaps.auditoriumId = m_cinema;
    withGaps.titleId = title;
    withGaps.start = later;
    QList<CardPrice> oneCategory;
    for (const CardPrice &p : demo.prices) {
        if (p.category == demo.prices.first().category)
            oneCategory.append(p);
    }

    struct Case
    {
        const char *what;
        std::function<QString()> run;
        ErrorCode expected;
    };
    const QList<Case> cases = {
        { "negative price", [&] { return rawCard(-100); }, ErrorCode::NegativeAmount },
        { "fractional price", [&] { return rawCard(10.5); }, ErrorCode::InvalidValue },
        { "a price as text", [&] { return rawCard(QStringLiteral("10")); }, ErrorCode::WrongType },
        { "a card missing a price of an offered type", [&] { return withCard(missingOne); }, ErrorCode::InvalidValue },
        { "a card with an unknown type", [&] { return withCard(unknownType); }, ErrorCode::NotFound },
        { "a card in dollars", [&] { return withCard(dollars); }, ErrorCode::CurrencyMismatch },
        { "a price twice", [&] { return withCard(twice); }, ErrorCode::InvalidValue },
        { "an empty card", [&] { return withCard({}); }, ErrorCode::InvalidValue },
        { "a card name taken",
          [&] {
              return codeOf(m_manager->call<PriceCardReply>(
                  CreatePriceCardRequest { m_venue, QStringLiteral("adults ONLY"), demo.prices }));
          },
          ErrorCode::NameTaken },
        { "a duplicate type name",
          [&] {
              return codeOf(m_manager->call<TicketTypeReply>(
                  CreateTicketTypeRequest { m_venue, QStringLiteral("child"), std::nullopt, std::nullopt }));
          },
          ErrorCode::NameTaken },
        { "a renamed type taking a name",
          [&] {
              return codeOf(m_manager->call<TicketTypeReply>(UpdateTicketTypeRequest {
                  child.id, QStringLiteral("Adult"), std::nullopt, std::nullopt, std::nullopt }));
          },
          ErrorCode::NameTaken },
        { "a type name too long",
          [&] {
              return codeOf(m_manager->call<TicketTypeReply>(
                  CreateTicketTypeRequest { m_venue, QString(61, u'x'), std::nullopt, std::nullopt }));
          },
          ErrorCode::InvalidValue },
        { "a type of an unknown venue",
          [&] {
              return codeOf(m_manager->call<TicketTypeReply>(
                  CreateTicketTypeRequest { QStringLiteral("999999"), QStringLiteral("Member"), std::nullopt, std::nullopt }));
          },
          ErrorCode::NotFound },
        { "a card in use deleted",
          [&] { return codeOf(m_manager->call<DeletePriceCardReply>(DeletePriceCardRequest { m_card })); },
          ErrorCode::PriceCardInUse },
        { "a stale revision",
          [&] {
              return codeOf(m_manager->call<PriceCardReply>(
                  UpdatePriceCardRequest { m_card, demo.revision + 5, QStringLiteral("Renamed"), std::nullopt }));
          },
          ErrorCode::StaleRevision },
        { "a card losing a category its shows need",
          [&] {
              return codeOf(m_manager->call<PriceCardReply>(
                  UpdatePriceCardRequest { m_card, std::nullopt, std::nullopt, oneCategory }));
          },
          ErrorCode::InvalidValue },
        { "a card missing a category of the layout",
          [&] {
              const auto created = m_manager->call<PriceCardReply>(
                  CreatePriceCardRequest { m_venue, QStringLiteral("One category"), oneCategory });
              if (!created)
                  return QStringLiteral("(could not create the card)");
              withGaps.priceCardId = created->priceCard.id;
              const auto reply = m_manager->call<ShowReply>(withGaps);
              // Undo the card for "nothing changed" (its creation is not what is refused).
              scalar(QStringLiteral("WITH d AS (DELETE FROM price_card_prices WHERE card_id = $1)"
                                    " DELETE FROM price_cards WHERE id = $1 RETURNING 1"),
                     { created->priceCard.id });
              scalar(QStringLiteral("DELETE FROM audit_log WHERE action = 'price_card_create' AND details ->> 'id' = $1"
                                    " RETURNING 1"),
                     { created->priceCard.id });
              return codeOf(reply);
          },
          ErrorCode::InvalidValue },
        { "both prices and a card",
          [&] {
              return raw(QStringLiteral("schedule_show"),
                         { { QStringLiteral("auditoriumId"), m_cinema },
                           { QStringLiteral("titleId"), title },
                           { QStringLiteral("start"), later.toString(Qt::ISODate) },
                           { QStringLiteral("priceCardId"), m_card },
                           { QStringLiteral("prices"), QJsonArray() } });
          },
          ErrorCode::InvalidValue },
        { "neither prices nor a card",
          [&] {
              return raw(QStringLiteral("schedule_show"), { { QStringLiteral("auditoriumId"), m_cinema },
                                                            { QStringLiteral("titleId"), title },
                                                            { QStringLiteral("start"), later.toString(Qt::ISODate) } });
          },
          ErrorCode::MissingField },
        { "set_ticket_types on another user's hold",
          [&] {
              return codeOf(cashier2->call<HoldReply>(SetTicketTypesRequest { hold->holdId, { { seats.first(), child.id } } }));
          },
          ErrorCode::HoldNotFound },
        { "a type the card does not offer",
          [&] {
              return codeOf(cashier->call<HoldReply>(
                  SetTicketTypesRequest { otherHold->holdId, { { otherSeat, child.id } } }));
          },
          ErrorCode::InvalidValue },
        { "a seat that is not in the hold",
          [&] {
              return codeOf(
                  cashier->call<HoldReply>(SetTicketTypesRequest { hold->holdId, { { twoSeats(50).first(), child.id } } }));
          },
          ErrorCode::UnknownSeat },
        { "a seat twice",
          [&] {
              return codeOf(cashier->call<HoldReply>(SetTicketTypesRequest {
                  hold->holdId, { { seats.first(), child.id }, { seats.first(), adult.id } } }));
          },
          ErrorCode::DuplicateSeat },
        { "an unknown type in set_ticket_types",
          [&] {
              return codeOf(cashier->call<HoldReply>(
                  SetTicketTypesRequest { hold->holdId, { { seats.first(), QStringLiteral("999999") } } }));
          },
          ErrorCode::InvalidValue },
        { "a hold at a type the card does not offer",
          [&] {
              HoldRequest h = holdOf(plainShow, { seatIds(plainShow).first() });
              h.ticketTypeId = child.id;
              return codeOf(cashier->call<HoldReply>(h));
          },
          ErrorCode::InvalidValue },
    };
    ASSERT_GE(cases.size(), 10);
    for (const Case &c : cases) {
        EXPECT_EQ(c.run(), code(c.expected)) << c.what;
        EXPECT_EQ(pricingState(), before) << c.what << ": nothing may change";
    }
}

// ---- Selling at ticket types ----------------------------------------------------------------------

TEST_F(Pricing, SaleOfAnAdultAndAChildChargesEachTypesPrice)
{
    const TicketType adult = type(QStringLiteral("Adult"));
    const TicketType child = type(QStringLiteral("Child"));
    const PriceCard demo = card(m_card);
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    const QStringList seats = twoSeats();
    const QString cat = category(seats.first());
    const qint64 adultPrice = priceOf(demo, cat, adult.id);
    const qint64 childPrice = priceOf(demo, cat, child.id);
    ASSERT_GT(adultPrice, childPrice);
    ASSERT_GE(childPrice, 0);

    const auto hold = cashier->call<HoldReply>(holdOf(m_show, seats));
    ASSERT_TRUE(hold);
    EXPECT_EQ(hold->total.minorUnits(), 2 * adultPrice) << "a plain hold: the default type";
    const auto typed = cashier->call<HoldReply>(SetTicketTypesRequest { hold->holdId, { { seats.last(), child.id } } });
    ASSERT_TRUE(typed) << typed.error().message.toStdString();
    EXPECT_EQ(typed->total.minorUnits(), adultPrice + childPrice);
    ASSERT_EQ(typed->ticketTypes.size(), 2);
    EXPECT_EQ(typed->ticketTypes[0], (SeatTicketType { seats.first(), adult.id, QStringLiteral("Adult") }));
    EXPECT_EQ(typed->ticketTypes[1], (SeatTicketType { seats.last(), child.id, QStringLiteral("Child") }));

    // Paying the old total is refused: the sale charges each seat's type.
    SellRequest wrong;
    wrong.holdId = hold->holdId;
    wrong.payments = { cash(2 * adultPrice, 2 * adultPrice) };
    EXPECT_EQ(codeOf(cashier->call<SellReply>(wrong)), code(ErrorCode::PaymentMismatch));

    SellRequest sale;
    sale.holdId = hold->holdId;
    sale.payments = { cash(adultPrice + childPrice, 10000) };
    const auto sold = cashier->call<SellReply>(sale);
    ASSERT_TRUE(sold) << sold.error().message.toStdString();
    EXPECT_EQ(sold->total.minorUnits(), adultPrice + childPrice);
    ASSERT_EQ(sold->tickets.size(), 2);
    EXPECT_EQ(sold->tickets[0].ticketTypeName, QStringLiteral("Adult"));
    EXPECT_EQ(sold->tickets[1].ticketTypeId, child.id);
    EXPECT_EQ(sold->tickets[1].ticketTypeName, QStringLiteral("Child"));
    EXPECT_EQ(sold->tickets[1].price.minorUnits(), childPrice);
    EXPECT_EQ(scalar(QStringLiteral("SELECT string_agg(concat_ws(':', seat_id, ticket_type_id, ticket_type_name, price), ','"
                                    " ORDER BY seat_id) FROM tickets WHERE sale_id = $1"),
                     { sold->saleId }),
              QStringLiteral("%1:%2:Adult:%3,%4:%5:Child:%6")
                  .arg(seats.first(), adult.id)
                  .arg(adultPrice)
                  .arg(seats.last(), child.id)
                  .arg(childPrice));
    EXPECT_EQ(scalar(QStringLiteral("SELECT total FROM sales WHERE id = $1"), { sold->saleId }),
              QString::number(adultPrice + childPrice));
    // find_sales shows the types too.
    FindSalesRequest find;
    find.saleId = sold->saleId;
    const auto found = cashier->call<FindSalesReply>(find);
    ASSERT_TRUE(found);
    ASSERT_EQ(found->sales.size(), 1);
    EXPECT_EQ(found->sales[0].tickets[1].ticketTypeName, QStringLiteral("Child"));
}

TEST_F(Pricing, OldSalesKeepTheirPricesWhenTheCardChanges)
{
    const TicketType adult = type(QStringLiteral("Adult"));
    const PriceCard demo = card(m_card);
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    const QStringList seats = twoSeats();
    const qint64 adultPrice = priceOf(demo, category(seats.first()), adult.id);
    const auto hold = cashier->call<HoldReply>(holdOf(m_show, { seats.first() }));
    ASSERT_TRUE(hold);
    SellRequest sale;
    sale.holdId = hold->holdId;
    sale.payments = { cash(adultPrice, adultPrice) };
    const auto sold = cashier->call<SellReply>(sale);
    ASSERT_TRUE(sold);

    const auto changed = m_manager->call<PriceCardReply>(
        UpdatePriceCardRequest { m_card, demo.revision, std::nullopt, shifted(demo, adult.id, 250) });
    ASSERT_TRUE(changed) << changed.error().message.toStdString();
    EXPECT_EQ(changed->priceCard.revision, demo.revision + 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT price FROM tickets WHERE sale_id = $1"), { sold->saleId }),
              QString::number(adultPrice))
        << "the sold ticket keeps its price";
    EXPECT_EQ(scalar(QStringLiteral("SELECT total FROM sales WHERE id = $1"), { sold->saleId }), QString::number(adultPrice));
    // New holds, and list_shows' default prices, follow the card.
    const auto next = cashier->call<HoldReply>(holdOf(m_show, { seats.last() }));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->total.minorUnits(), adultPrice + 250);
    EXPECT_EQ(scalar(QStringLiteral("SELECT amount FROM show_prices WHERE show_id = $1 AND category = $2"),
                     { m_show, category(seats.first()) }),
              QString::number(adultPrice + 250));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'price_card_update'")), QStringLiteral("1"));
}

TEST_F(Pricing, HoldsAtATypeAndRetries)
{
    const TicketType senior = type(QStringLiteral("Senior"));
    const TicketType child = type(QStringLiteral("Child"));
    const PriceCard demo = card(m_card);
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    const QStringList seats = twoSeats();
    const QString cat = category(seats.first());
    HoldRequest request = holdOf(m_show, { seats.first() });
    request.ticketTypeId = senior.id;
    const QString id = cashier->nextId();
    const auto hold = cashier->call<HoldReply>(request, id);
    ASSERT_TRUE(hold) << hold.error().message.toStdString();
    EXPECT_EQ(hold->total.minorUnits(), priceOf(demo, cat, senior.id));
    ASSERT_EQ(hold->ticketTypes.size(), 1);
    EXPECT_EQ(hold->ticketTypes[0].ticketTypeName, QStringLiteral("Senior"));
    const auto retried = cashier->call<HoldReply>(request, id);
    ASSERT_TRUE(retried);
    EXPECT_EQ(*retried, *hold) << "a retry answers the first answer";

    HoldRequest more = holdOf(m_show, { seats.last() }, hold->holdId);
    more.ticketTypeId = child.id;
    const auto grown = cashier->call<HoldReply>(more);
    ASSERT_TRUE(grown) << grown.error().message.toStdString();
    EXPECT_EQ(grown->total.minorUnits(), priceOf(demo, cat, senior.id) + priceOf(demo, cat, child.id));
    const auto extended = cashier->call<HoldReply>(ExtendHoldRequest { hold->holdId });
    ASSERT_TRUE(extended) << extended.error().message.toStdString();
    EXPECT_EQ(extended->total, grown->total);
    EXPECT_EQ(extended->ticketTypes, grown->ticketTypes);
}

TEST_F(Pricing, ASignInRecoversTheHoldsTicketTypesAndTotal)
{
    const TicketType adult = type(QStringLiteral("Adult"));
    const TicketType child = type(QStringLiteral("Child"));
    const PriceCard demo = card(m_card);
    const QStringList seats = twoSeats();
    const QString cat = category(seats.first());
    const qint64 adultPrice = priceOf(demo, cat, adult.id);
    const qint64 childPrice = priceOf(demo, cat, child.id);
    ASSERT_NE(adultPrice, childPrice);
    const auto signIn = [this](TestTerminal &t) {
        EXPECT_TRUE(t.open(url()));
        SignInRequest request;
        request.user = QStringLiteral("cashier");
        request.password = QStringLiteral("cashier");
        const auto session = t.call<SessionReply>(request);
        EXPECT_TRUE(session) << session.error().message.toStdString();
        return session ? *session : SessionReply {};
    };
    TestTerminal first(QStringLiteral("till-types"));
    signIn(first);
    const auto hold = first.call<HoldReply>(holdOf(m_show, seats));
    ASSERT_TRUE(hold);
    const auto typed
        = first.call<HoldReply>(SetTicketTypesRequest { hold->holdId, { { seats.last(), child.id } } });
    ASSERT_TRUE(typed) << typed.error().message.toStdString();
    ASSERT_EQ(typed->total.minorUnits(), adultPrice + childPrice);
    first.close();

    // Back at the same terminal: the hold with each seat's type and the total at those types.
    TestTerminal again(QStringLiteral("till-types"));
    const SessionReply session = signIn(again);
    ASSERT_EQ(session.holds.size(), 1);
    const ActiveHold &held = session.holds.first();
    EXPECT_EQ(held.holdId, hold->holdId);
    EXPECT_EQ(held.total, typed->total);
    EXPECT_EQ(held.ticketTypes, typed->ticketTypes);
    ASSERT_EQ(held.ticketTypes.size(), 2);
    EXPECT_EQ(held.ticketTypes[1], (SeatTicketType { seats.last(), child.id, QStringLiteral("Child") }));

    // A plain hold: every seat at the default type, its total the default prices'.
    const auto plain = again.call<HoldReply>(holdOf(m_show, twoSeats(2)));
    ASSERT_TRUE(plain);
    again.close();
    TestTerminal third(QStringLiteral("till-types"));
    const SessionReply later = signIn(third);
    ASSERT_EQ(later.holds.size(), 2);
    EXPECT_EQ(later.holds[0].holdId, plain->holdId) << "newest first";
    EXPECT_EQ(later.holds[0].total.minorUnits(), 2 * adultPrice);
    ASSERT_EQ(later.holds[0].ticketTypes.size(), 2);
    EXPECT_EQ(later.holds[0].ticketTypes[0].ticketTypeName, QStringLiteral("Adult"));
    EXPECT_EQ(later.holds[1].total, typed->total);
}

// What a box office that watches shows learns of a card's changes (PROTOCOL.md, "Repriced"):
// new prices push the card's shows; a new name of the card or of a type pushes nothing.
TEST_F(Pricing, NewPricesOnACardPushItsShowsAndNewNamesPushNothing)
{
    const TicketType adult = type(QStringLiteral("Adult"));
    const TicketType child = type(QStringLiteral("Child"));
    const PriceCard demo = card(m_card);
    TestTerminal *watcher = terminal(QStringLiteral("cashier"));
    ASSERT_TRUE(watcher->call<WatchShowsReply>(WatchShowsRequest {}));
    const qsizetype before = watcher->showsChanged().size();
    const auto firstPushOfTheShow = [&]() -> std::optional<Show> {
        const QList<ShowsChangedPush> pushes = watcher->showsChanged();
        for (qsizetype i = before; i < pushes.size(); ++i) {
            for (const Show &s : pushes[i].shows) {
                if (s.id == m_show)
                    return s;
            }
        }
        return std::nullopt;
    };

    const auto renamed = m_manager->call<PriceCardReply>(
        UpdatePriceCardRequest { m_card, demo.revision, QStringLiteral("Evening (renamed)"), std::nullopt });
    ASSERT_TRUE(renamed) << renamed.error().message.toStdString();
    ASSERT_TRUE(m_manager->call<TicketTypeReply>(UpdateTicketTypeRequest {
        child.id, QStringLiteral("Kid"), QStringLiteral("under 12"), std::nullopt, std::nullopt }));
    // Then new prices, the marker: the change feed keeps commit order, so a push of a rename would
    // come first, with the show's default (Adult) prices as they were.
    const auto repriced = m_manager->call<PriceCardReply>(UpdatePriceCardRequest {
        m_card, renamed->priceCard.revision, std::nullopt, shifted(demo, adult.id, 50) });
    ASSERT_TRUE(repriced) << repriced.error().message.toStdString();
    ASSERT_TRUE(watcher->waitFor([&] { return firstPushOfTheShow().has_value(); }));
    const Show pushed = *firstPushOfTheShow();
    EXPECT_EQ(pushed.priceCardId, m_card);
    ASSERT_FALSE(pushed.prices.isEmpty());
    for (const CategoryPrice &p : pushed.prices)
        EXPECT_EQ(p.price.minorUnits(), priceOf(demo, p.category, adult.id) + 50) << p.category.toStdString();
}

TEST_F(Pricing, ShowsScheduledWithACardAndCardsDeletedOrArchived)
{
    const PriceCard demo = card(m_card);
    const auto created
        = m_manager->call<PriceCardReply>(CreatePriceCardRequest { m_venue, QStringLiteral("Matinee"), demo.prices });
    ASSERT_TRUE(created);
    const QString title = scalar(QStringLiteral("INSERT INTO titles (name, runtime_minutes) VALUES ('Matinee', 90) RETURNING id"));
    ScheduleShowRequest s;
    s.auditoriumId = m_cinema;
    s.titleId = title;
    s.start = QDateTime(QDate::currentDate().addDays(30), QTime(10, 0), Qt::UTC);
    s.priceCardId = created->priceCard.id;
    const auto show = m_manager->call<ShowReply>(s);
    ASSERT_TRUE(show) << show.error().message.toStdString();
    EXPECT_EQ(show->show.priceCardId, created->priceCard.id);
    EXPECT_FALSE(show->show.prices.isEmpty()) << "the default type's prices";
    EXPECT_EQ(codeOf(m_manager->call<DeletePriceCardReply>(DeletePriceCardRequest { created->priceCard.id })),
              code(ErrorCode::PriceCardInUse));
    // Once the show has ended the card is kept, archived; an unused card is deleted.
    scalar(QStringLiteral("UPDATE shows SET starts_at = now() - interval '1 day', ends_at = now() - interval '20 hours'"
                          " WHERE id = $1 RETURNING 1"),
           { show->show.id });
    const auto archived = m_manager->call<DeletePriceCardReply>(DeletePriceCardRequest { created->priceCard.id });
    ASSERT_TRUE(archived) << archived.error().message.toStdString();
    EXPECT_TRUE(archived->archived);
    const auto unused
        = m_manager->call<PriceCardReply>(CreatePriceCardRequest { m_venue, QStringLiteral("Unused"), demo.prices });
    ASSERT_TRUE(unused);
    const auto deleted = m_manager->call<DeletePriceCardReply>(DeletePriceCardRequest { unused->priceCard.id });
    ASSERT_TRUE(deleted);
    EXPECT_FALSE(deleted->archived);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM price_cards WHERE id = $1"), { unused->priceCard.id }),
              QStringLiteral("0"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'price_card_delete'")), QStringLiteral("2"));
}

TEST_F(Pricing, TypesMoveAndTheDefaultFollows)
{
    const TicketType child = type(QStringLiteral("Child"));
    const PriceCard demo = card(m_card);
    const auto moved = m_manager->call<TicketTypeReply>(
        UpdateTicketTypeRequest { child.id, std::nullopt, std::nullopt, 1, std::nullopt });
    ASSERT_TRUE(moved) << moved.error().message.toStdString();
    EXPECT_EQ(moved->ticketType.position, 1);
    const QList<TicketType> types = pricing().ticketTypes;
    ASSERT_GE(types.size(), 3);
    EXPECT_EQ(types[0].name, QStringLiteral("Child"));
    EXPECT_EQ(types[1].name, QStringLiteral("Adult"));
    EXPECT_EQ(types[1].position, 2);
    // The default type of the card's shows is Child now: a plain hold costs a Child's price.
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    const QStringList seats = twoSeats();
    const auto hold = cashier->call<HoldReply>(holdOf(m_show, { seats.first() }));
    ASSERT_TRUE(hold);
    EXPECT_EQ(hold->total.minorUnits(), priceOf(demo, category(seats.first()), child.id));
    // Archiving the last active type is refused.
    for (const TicketType &t : types) {
        if (t.id == child.id)
            continue;
        ASSERT_TRUE(m_manager->call<TicketTypeReply>(
            UpdateTicketTypeRequest { t.id, std::nullopt, std::nullopt, std::nullopt, true }));
    }
    EXPECT_EQ(codeOf(m_manager->call<TicketTypeReply>(
                  UpdateTicketTypeRequest { child.id, std::nullopt, std::nullopt, std::nullopt, true })),
              code(ErrorCode::InvalidValue));
}
