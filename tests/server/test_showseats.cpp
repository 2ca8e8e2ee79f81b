// Blocked and house seats per show, and live show lists, on a real marquee-server and a real
// PostgreSQL over real WebSockets: the role matrix, bad input that changes nothing, a block pushed
// as a delta to another terminal (a hold on it refused), a release pushed as available, retries,
// and shows_changed reaching a watcher on a second server process.
#include "serverfixture.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

const QString ok = QStringLiteral("(no error)");

QString codeOfReply(const std::optional<AnyMessage> &reply)
{
    if (!reply)
        return QStringLiteral("(no reply)");
    if (const auto *error = std::get_if<ErrorMessage>(&*reply))
        return errorCodeName(error->code);
    return ok;
}

BlockSeatsRequest blockOf(const QString &show, const QStringList &seats, SeatBlock kind = SeatBlock::Blocked,
                          std::optional<QString> note = std::nullopt)
{
    return BlockSeatsRequest { show, seats, kind, std::move(note) };
}

} // namespace

class ShowSeats : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        m_manager = terminal(QStringLiteral("manager"));
        m_show = showId(QStringLiteral("Studio"));
        m_seats = seatIds(m_show);
        ASSERT_GE(m_seats.size(), 10);
        ASSERT_EQ(scalar(QStringLiteral("SELECT status FROM shows WHERE id = $1"), { m_show }),
                  QStringLiteral("on_sale"));
    }

    // Everything block_seats and unblock_seats could change.
    QString seatState()
    {
        return scalar(QStringLiteral(
            "SELECT concat_ws(' | ',"
            " (SELECT string_agg(concat_ws(',', show_id, seat_id, status, hold_id), ';' ORDER BY show_id, seat_id)"
            "   FROM show_seats_all),"
            " (SELECT string_agg(concat_ws(',', show_id, seat_id, kind, note), ';' ORDER BY show_id, seat_id)"
            "   FROM show_seat_blocks),"
            " (SELECT string_agg(concat_ws(',', id, version, status), ';' ORDER BY id) FROM shows),"
            " (SELECT string_agg(status, ',' ORDER BY id) FROM holds), (SELECT count(*) FROM seat_changes),"
            " (SELECT count(*) FROM audit_log))"));
    }

    // A title and its show in the Studio, 60 days ahead (far from the demo's shows), scheduled.
    Show scheduleShow(TestTerminal *t, const QDateTime &start)
    {
        auto created = t->call<TitleReply>(
            CreateTitleRequest { QStringLiteral("Metropolis"), 150, std::nullopt, std::nullopt, std::nullopt });
        EXPECT_TRUE(created);
        const QString studio = scalar(QStringLiteral("SELECT id FROM auditoriums WHERE name = 'Studio'"));
        ScheduleShowRequest r;
        r.auditoriumId = studio;
        r.titleId = created ? created->title.id : QString();
        r.start = start;
        const QStringList categories
            = scalar(QStringLiteral(
                         "SELECT string_agg(c ->> 'id', ',' ORDER BY c ->> 'id') FROM layouts l,"
                         " jsonb_array_elements(l.document -> 'categories') c WHERE l.auditorium_id = $1"
                         " AND l.version = (SELECT max(version) FROM layouts WHERE auditorium_id = $1)"),
                     { studio })
                  .split(u',');
        for (const QString &category : categories)
            r.prices.append(CategoryPrice { category, eur(900) });
        auto show = t->call<ShowReply>(r);
        EXPECT_TRUE(show) << show.error().message.toStdString();
        return show ? show->show : Show {};
    }

    TestTerminal *m_manager = nullptr;
    QString m_show;
    QStringList m_seats;
};

TEST_F(ShowSeats, RoleMatrixOfEveryRequest)
{
    const QStringList seats { m_seats[0], m_seats[1] };
    const auto requests = [&]() -> QList<AnyMessage> {
        return { BlockSeatsRequest { m_show, seats, SeatBlock::House, QStringLiteral("press") },
                 UnblockSeatsRequest { m_show, seats }, WatchShowsRequest {} };
    };
    QSet<MessageType> covered;
    for (const QString &role : { QStringLiteral("cashier"), QStringLiteral("kiosk") }) {
        TestTerminal *other = terminal(role);
        const QString before = seatState();
        for (const AnyMessage &request : requests()) {
            covered.insert(messageTypeOf(request));
            const QString id = other->nextId();
            other->sendText(QString::fromUtf8(encodeMessage(request, id)));
            const QString code = codeOfReply(other->waitReply(id));
            // Every role may watch the show lists; only managers and admins block seats.
            const bool allowed = messageTypeOf(request) == MessageType::WatchShows;
            EXPECT_EQ(code, allowed ? ok : errorCodeName(ErrorCode::Forbidden))
                << role.toStdString() << " " << messageTypeName(messageTypeOf(request)).toStdString();
        }
        EXPECT_EQ(seatState(), before) << role.toStdString();
    }
    for (const MessageTypeInfo &info : allMessageTypes()) {
        if (info.kind == MessageKind::Request && info.type >= MessageType::BlockSeats
            && info.type <= MessageType::ShowsChanged) {
            EXPECT_TRUE(covered.contains(info.type)) << "not tried: " << QString(info.name).toStdString();
        }
    }
    for (const QString &role : { QStringLiteral("manager"), QStringLiteral("admin") }) {
        TestTerminal *t = terminal(role);
        for (const AnyMessage &request : requests()) {
            const QString id = t->nextId();
            t->sendText(QString::fromUtf8(encodeMessage(request, id)));
            EXPECT_EQ(codeOfReply(t->waitReply(id)), ok)
                << role.toStdString() << " " << messageTypeName(messageTypeOf(request)).toStdString();
        }
    }
    // Signed out: nothing at all.
    TestTerminal *anonymous = terminal(QString());
    for (const AnyMessage &request : requests()) {
        const QString id = anonymous->nextId();
        anonymous->sendText(QString::fromUtf8(encodeMessage(request, id)));
        EXPECT_EQ(codeOfReply(anonymous->waitReply(id)), errorCodeName(ErrorCode::Unauthenticated));
    }
}

TEST_F(ShowSeats, BadInputGetsAClearCodeAndChangesNothing)
{
    // A held seat, a sold seat and a blocked seat to run into.
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    auto held = cashier->call<HoldReply>(holdOf(m_show, { m_seats[0] }));
    ASSERT_TRUE(held);
    auto toSell = cashier->call<HoldReply>(holdOf(m_show, { m_seats[1] }));
    ASSERT_TRUE(toSell);
    SellRequest sale;
    sale.holdId = toSell->holdId;
    sale.payments = { cash(toSell->total.minorUnits(), toSell->total.minorUnits()) };
    ASSERT_TRUE(cashier->call<SellReply>(sale));
    ASSERT_TRUE(m_manager->call<BlockSeatsReply>(blockOf(m_show, { m_seats[2] })));
    const QString cancelled = showId(QStringLiteral("Cinema 1"));
    ASSERT_TRUE(m_manager->call<CancelShowReply>(CancelShowRequest { cancelled, QStringLiteral("flood") }));
    const QString cancelledSeat = scalar(QStringLiteral("SELECT min(seat_id) FROM show_seats WHERE show_id = $1"),
                                         { cancelled });

    const QString before = seatState();
    const QString show = QStringLiteral("showId");
    const QString seatIdsKey = QStringLiteral("seatIds");
    const QString kind = QStringLiteral("kind");
    const QString unknownSeat = QStringLiteral("ZZ-99");
    QJsonArray tooMany;
    for (int i = 0; i <= 500; ++i)
        tooMany.append(QStringLiteral("s%1").arg(i));
    const QJsonObject good { { show, m_show }, { seatIdsKey, QJsonArray { m_seats[5] } }, { kind, QStringLiteral("house") } };
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    struct Case
    {
        const char *name;
        QString type;
        QJsonObject body;
        ErrorCode code;
    };
    const QString block = QStringLiteral("block_seats");
    const QString unblock = QStringLiteral("unblock_seats");
    const QList<Case> cases {
        { "empty seat list", block, with(seatIdsKey, QJsonArray {}), ErrorCode::EmptySeatList },
        { "501 seats", block, with(seatIdsKey, tooMany), ErrorCode::TooManyItems },
        { "a seat twice", block, with(seatIdsKey, QJsonArray { m_seats[5], m_seats[5] }), ErrorCode::DuplicateSeat },
        { "a note of 201 characters", block, with(QStringLiteral("note"), QString(201, u'x')), ErrorCode::InvalidValue },
        { "a blank note", block, with(QStringLiteral("note"), QStringLiteral("   ")), ErrorCode::InvalidValue },
        { "the layout's kind", block, with(kind, QStringLiteral("layout")), ErrorCode::InvalidValue },
        { "an unknown kind", block, with(kind, QStringLiteral("vip")), ErrorCode::InvalidValue },
        { "no kind", block, with(kind, QJsonValue(QJsonValue::Undefined)), ErrorCode::MissingField },
        { "seat ids as a string", block, with(seatIdsKey, m_seats[5]), ErrorCode::WrongType },
        { "an unknown field", block, with(QStringLiteral("reason"), QStringLiteral("x")), ErrorCode::UnknownField },
        { "an unknown show", block, with(show, QStringLiteral("987654")), ErrorCode::NotFound },
        { "a show id that is no id", block, with(show, QStringLiteral("abc")), ErrorCode::NotFound },
        { "an unknown seat", block, with(seatIdsKey, QJsonArray { m_seats[5], unknownSeat }), ErrorCode::UnknownSeat },
        { "a held seat", block, with(seatIdsKey, QJsonArray { m_seats[5], m_seats[0] }), ErrorCode::SeatUnavailable },
        { "a sold seat", block, with(seatIdsKey, QJsonArray { m_seats[1], m_seats[5] }), ErrorCode::SeatUnavailable },
        { "a blocked seat", block, with(seatIdsKey, QJsonArray { m_seats[2] }), ErrorCode::SeatUnavailable },
        { "a cancelled show", block,
          QJsonObject { { show, cancelled }, { seatIdsKey, QJsonArray { cancelledSeat } }, { kind, QStringLiteral("blocked") } },
          ErrorCode::ShowCancelled },
        { "release: empty seat list", unblock, QJsonObject { { show, m_show }, { seatIdsKey, QJsonArray {} } },
          ErrorCode::EmptySeatList },
        { "release: 501 seats", unblock, QJsonObject { { show, m_show }, { seatIdsKey, tooMany } }, ErrorCode::TooManyItems },
        { "release: a kind", unblock, with(kind, QStringLiteral("house")), ErrorCode::UnknownField },
        { "release: an unknown seat", unblock,
          QJsonObject { { show, m_show }, { seatIdsKey, QJsonArray { m_seats[2], unknownSeat } } }, ErrorCode::UnknownSeat },
        { "release: a held seat", unblock,
          QJsonObject { { show, m_show }, { seatIdsKey, QJsonArray { m_seats[2], m_seats[0] } } }, ErrorCode::SeatUnavailable },
        { "release: a sold seat", unblock,
          QJsonObject { { show, m_show }, { seatIdsKey, QJsonArray { m_seats[1] } } }, ErrorCode::SeatUnavailable },
        { "release: a cancelled show", unblock,
          QJsonObject { { show, cancelled }, { seatIdsKey, QJsonArray { cancelledSeat } } }, ErrorCode::ShowCancelled },
        { "release: an unknown show", unblock,
          QJsonObject { { show, QStringLiteral("987654") }, { seatIdsKey, QJsonArray { m_seats[2] } } }, ErrorCode::NotFound },
        { "watch with a field", QStringLiteral("watch_shows"), QJsonObject { { show, m_show } }, ErrorCode::UnknownField },
    };
    for (const Case &c : cases) {
        const QString id = m_manager->nextId();
        const QJsonObject frame { { QStringLiteral("v"), 1 },
                                  { QStringLiteral("type"), c.type },
                                  { QStringLiteral("id"), id },
                                  { QStringLiteral("body"), c.body } };
        m_manager->sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        const auto reply = m_manager->waitReply(id);
        EXPECT_EQ(codeOfReply(reply), errorCodeName(c.code)) << c.name;
        EXPECT_EQ(seatState(), before) << c.name;
        if (c.code == ErrorCode::SeatUnavailable && reply) {
            // The same details as a hold's refusal: the seats in the way and their states.
            const auto *error = std::get_if<ErrorMessage>(&*reply);
            ASSERT_TRUE(error);
            const QJsonArray seats = error->details.value(QStringLiteral("seats")).toArray();
            EXPECT_EQ(seats.size(), 1) << c.name;
            const QString state = seats.at(0).toObject().value(QStringLiteral("state")).toString();
            EXPECT_TRUE(state == u"held" || state == u"sold" || state == u"blocked") << c.name;
        }
        if (c.code == ErrorCode::UnknownSeat && reply) {
            const auto *error = std::get_if<ErrorMessage>(&*reply);
            ASSERT_TRUE(error);
            EXPECT_EQ(error->details.value(QStringLiteral("seats")).toArray(), QJsonArray { unknownSeat }) << c.name;
        }
    }
}

TEST_F(ShowSeats, BlockIsPushedToAnotherTerminalAndRefusesHoldsUntilReleased)
{
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    ASSERT_TRUE(cashier->call<SubscribeReply>(SubscribeRequest { m_show, std::nullopt }));
    ASSERT_TRUE(cashier->waitFor([&] { return cashier->version(m_show) >= 0; }));
    const qint64 version = cashier->version(m_show);
    const QStringList house { m_seats[3], m_seats[4] };

    const QString requestId = m_manager->nextId();
    auto blocked = m_manager->call<BlockSeatsReply>(
        blockOf(m_show, house, SeatBlock::House, QStringLiteral("Press, row of the director")), requestId);
    ASSERT_TRUE(blocked) << blocked.error().message.toStdString();
    EXPECT_EQ(blocked->seatIds, house);
    EXPECT_EQ(blocked->version, version + 1);
    ASSERT_TRUE(cashier->waitFor([&] { return cashier->version(m_show) == version + 1; }));
    for (const QString &seat : house) {
        const SeatState state = cashier->seats(m_show).value(seat);
        EXPECT_EQ(state.status, SeatStatus::Blocked);
        EXPECT_EQ(state.block, SeatBlock::House);
        EXPECT_EQ(state.note, QStringLiteral("Press, row of the director"));
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT details ->> 'note' FROM audit_log WHERE action = 'seats_block'")),
              QStringLiteral("Press, row of the director"));

    // A retry answers the first answer and changes nothing more.
    const QString afterBlock = seatState();
    auto retried = m_manager->call<BlockSeatsReply>(
        blockOf(m_show, house, SeatBlock::House, QStringLiteral("Press, row of the director")), requestId);
    ASSERT_TRUE(retried);
    EXPECT_EQ(retried->version, blocked->version);
    EXPECT_EQ(seatState(), afterBlock);

    // A cashier cannot hold a house seat, nor a blocked one.
    auto refused = cashier->call<HoldReply>(holdOf(m_show, { m_seats[3], m_seats[6] }));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::SeatUnavailable);
    EXPECT_EQ(seatState(), afterBlock);

    // A terminal that subscribes now gets the reasons in its snapshot.
    TestTerminal *late = terminal(QStringLiteral("cashier2"));
    ASSERT_TRUE(late->call<SubscribeReply>(SubscribeRequest { m_show, std::nullopt }));
    ASSERT_TRUE(late->waitFor([&] { return late->version(m_show) == version + 1; }));
    EXPECT_EQ(late->seats(m_show).value(m_seats[4]).block, SeatBlock::House);
    EXPECT_EQ(late->seats(m_show).value(m_seats[5]).block, std::nullopt);

    // Released: available again on the other terminal, and holdable.
    auto released = m_manager->call<UnblockSeatsReply>(UnblockSeatsRequest { m_show, house });
    ASSERT_TRUE(released);
    EXPECT_EQ(released->releasedSeatIds, house);
    ASSERT_TRUE(cashier->waitFor([&] { return cashier->version(m_show) == version + 2; }));
    for (const QString &seat : house) {
        EXPECT_EQ(cashier->status(m_show, seat), SeatStatus::Available);
        EXPECT_EQ(cashier->seats(m_show).value(seat).note, std::nullopt);
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT details -> 'released' -> 0 ->> 'note' FROM audit_log"
                                    " WHERE action = 'seats_unblock'")),
              QStringLiteral("Press, row of the director"));
    EXPECT_TRUE(cashier->call<HoldReply>(holdOf(m_show, house)));

    // Releasing what is free already changes nothing and bumps no version.
    auto again = m_manager->call<UnblockSeatsReply>(UnblockSeatsRequest { m_show, { m_seats[7] } });
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->releasedSeatIds.isEmpty());
    EXPECT_FALSE(again->version);
}

TEST_F(ShowSeats, LayoutBlockedSeatIsReleasedForOneShow)
{
    const QString seat = m_seats.last();
    // Blocked by the layout: no reason of its own (set before any terminal loads the show).
    scalar(QStringLiteral("UPDATE show_seats_all SET status = 'blocked' WHERE show_id = $1 AND seat_id = $2 RETURNING 1"),
           { m_show, seat });
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    ASSERT_TRUE(cashier->call<SubscribeReply>(SubscribeRequest { m_show, std::nullopt }));
    ASSERT_TRUE(cashier->waitFor([&] { return cashier->version(m_show) >= 0; }));
    EXPECT_EQ(cashier->seats(m_show).value(seat).block, SeatBlock::Layout);
    auto released = m_manager->call<UnblockSeatsReply>(UnblockSeatsRequest { m_show, { seat } });
    ASSERT_TRUE(released);
    EXPECT_EQ(released->releasedSeatIds, QStringList { seat });
    ASSERT_TRUE(cashier->waitFor([&] { return cashier->status(m_show, seat) == SeatStatus::Available; }));
    EXPECT_EQ(scalar(QStringLiteral("SELECT details -> 'released' -> 0 ->> 'block' FROM audit_log"
                                    " WHERE action = 'seats_unblock'")),
              QStringLiteral("layout"));
}

TEST_F(ShowSeats, ShowChangesReachAWatcherOnAnotherServerProcess)
{
    std::unique_ptr<SyncServer> other = startServer();
    ASSERT_TRUE(other);
    TestTerminal *watcher = terminal(QStringLiteral("cashier"), other.get());
    ASSERT_TRUE(watcher->call<WatchShowsReply>(WatchShowsRequest {}));
    TestTerminal *cashier = terminal(QStringLiteral("cashier2"));

    const QDateTime start(QDate::currentDate().addDays(60), QTime(10, 0), Qt::UTC);
    const Show scheduled = scheduleShow(m_manager, start);
    ASSERT_FALSE(scheduled.id.isEmpty());
    const auto lastOf = [&](const QString &showId) -> std::optional<Show> {
        const QList<ShowsChangedPush> pushes = watcher->showsChanged();
        for (auto p = pushes.crbegin(); p != pushes.crend(); ++p) {
            for (const Show &s : p->shows) {
                if (s.id == showId)
                    return s;
            }
        }
        return std::nullopt;
    };
    ASSERT_TRUE(watcher->waitFor([&] { return lastOf(scheduled.id).has_value(); }));
    EXPECT_EQ(lastOf(scheduled.id)->status, ShowStatus::Scheduled);
    EXPECT_EQ(lastOf(scheduled.id)->start, start);
    EXPECT_FALSE(lastOf(scheduled.id)->prices.isEmpty());

    ASSERT_TRUE(m_manager->call<ShowReply>(SetShowStatusRequest { scheduled.id, ShowStatus::OnSale }));
    ASSERT_TRUE(watcher->waitFor([&] { return lastOf(scheduled.id)->status == ShowStatus::OnSale; }));
    ASSERT_TRUE(m_manager->call<ShowReply>(UpdateShowRequest { scheduled.id, start.addSecs(1800), std::nullopt }));
    ASSERT_TRUE(watcher->waitFor([&] { return lastOf(scheduled.id)->start == start.addSecs(1800); }));

    // Holds, sales and blocks are seat changes, not show changes: no push. A status change after
    // them is the marker (the change feed keeps commit order).
    const qsizetype pushesBefore = watcher->showsChanged().size();
    ASSERT_TRUE(cashier->call<HoldReply>(holdOf(m_show, { m_seats[0] })));
    ASSERT_TRUE(m_manager->call<BlockSeatsReply>(blockOf(m_show, { m_seats[1] })));
    ASSERT_TRUE(m_manager->call<CancelShowReply>(CancelShowRequest { scheduled.id, QStringLiteral("strike") }));
    ASSERT_TRUE(watcher->waitFor([&] { return lastOf(scheduled.id)->status == ShowStatus::Cancelled; }));
    const QList<ShowsChangedPush> pushes = watcher->showsChanged();
    for (qsizetype i = pushesBefore; i < pushes.size(); ++i) {
        for (const Show &s : pushes[i].shows)
            EXPECT_NE(s.id, m_show) << "a seat change was pushed as a show change";
    }

    // A show that is gone is named as removed.
    scalar(QStringLiteral("DELETE FROM shows WHERE id = $1 RETURNING 1"), { scheduled.id });
    ASSERT_TRUE(watcher->waitFor([&] {
        const QList<ShowsChangedPush> all = watcher->showsChanged();
        return !all.isEmpty() && all.last().removedShowIds.contains(scheduled.id);
    }));
    // A terminal that did not ask gets nothing.
    EXPECT_TRUE(cashier->showsChanged().isEmpty());
}
