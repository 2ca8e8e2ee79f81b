// End to end, real windows against a real marquee-server and PostgreSQL over real WebSockets: the
// box office's show picker following the programme live (a new show appears, a moved one leaves
// the day, a cancelled one is marked and the open show says so), and the back office's Seats page
// (house seats kept with a note, seen by a cashier's terminal, released again).
#include "backofficewindow.h"
#include "boxofficedriver.h"
#include "seatspage.h"
#include "serverfixture.h"

#include <QtTest/QSignalSpy>
#include <QtWidgets/QLabel>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

// A show of a new title in the Studio, on sale, at `start`.
Show scheduleOnSale(TestTerminal *manager, const QString &studio, const QStringList &categories, const QDateTime &start)
{
    auto title = manager->call<TitleReply>(
        CreateTitleRequest { QStringLiteral("Sunrise %1").arg(start.time().hour()), 95, std::nullopt, std::nullopt,
                             std::nullopt });
    EXPECT_TRUE(title);
    ScheduleShowRequest r;
    r.auditoriumId = studio;
    r.titleId = title ? title->title.id : QString();
    r.start = start;
    r.status = ShowStatus::OnSale;
    for (const QString &category : categories)
        r.prices.append(CategoryPrice { category, eur(800) });
    auto show = manager->call<ShowReply>(r);
    EXPECT_TRUE(show) << show.error().message.toStdString();
    return show ? show->show : Show {};
}

} // namespace

class SeatsUi : public ServerTest
{
protected:
    QString studio() { return scalar(QStringLiteral("SELECT id FROM auditoriums WHERE name = 'Studio'")); }
    QStringList categories()
    {
        return scalar(QStringLiteral("SELECT string_agg(c ->> 'id', ',' ORDER BY c ->> 'id') FROM layouts l,"
                                     " jsonb_array_elements(l.document -> 'categories') c WHERE l.auditorium_id = $1"
                                     " AND l.version = (SELECT max(version) FROM layouts WHERE auditorium_id = $1)"),
                      { studio() })
            .split(u',');
    }
};

TEST_F(SeatsUi, ShowPickerFollowsTheProgrammeWithoutListingAgain)
{
    BoxOffice office(QStringLiteral("till-1"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(waitUntil([&] { return office.signedIn; }));
    ShowPicker *picker = office.window.showPicker();
    picker->setRefreshInterval(0); // only live changes from here on: no list_shows every few seconds
    const QDate day = QDate::currentDate().addDays(60);
    QSignalSpy listed(picker, &ShowPicker::showsChanged);
    picker->setDate(day);
    ASSERT_TRUE(listed.wait(30000));
    ASSERT_EQ(picker->showCount(), 0);

    TestTerminal *manager = terminal(QStringLiteral("manager"));
    const QDateTime evening(day, QTime(20, 0));
    const Show show = scheduleOnSale(manager, studio(), categories(), evening);
    ASSERT_FALSE(show.id.isEmpty());
    ASSERT_TRUE(waitUntil([&] { return picker->show(show.id) != nullptr; }));
    EXPECT_EQ(picker->show(show.id)->status, ShowStatus::OnSale);
    EXPECT_EQ(picker->showCount(), 1);

    // A second show, moved to the next day: it leaves this day's list.
    const Show matinee = scheduleOnSale(manager, studio(), categories(), QDateTime(day, QTime(14, 0)));
    ASSERT_TRUE(waitUntil([&] { return picker->show(matinee.id) != nullptr; }));
    ASSERT_TRUE(manager->call<ShowReply>(UpdateShowRequest { matinee.id, QDateTime(day.addDays(1), QTime(14, 0)), std::nullopt }));
    ASSERT_TRUE(waitUntil([&] { return picker->show(matinee.id) == nullptr; }));

    // The cashier has the show open when it is cancelled: the list marks it, the window says so.
    ASSERT_TRUE(office.openShow(show.id));
    auto *warning = office.window.findChild<QLabel *>(QStringLiteral("showStatusWarning"));
    ASSERT_NE(warning, nullptr);
    EXPECT_FALSE(warning->isVisible());
    ASSERT_TRUE(manager->call<CancelShowReply>(CancelShowRequest { show.id, QStringLiteral("projector broken") }));
    ASSERT_TRUE(waitUntil([&] { return picker->show(show.id)->status == ShowStatus::Cancelled; }));
    EXPECT_TRUE(warning->isVisible());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("cancelled"))) << warning->text().toStdString();
}

TEST_F(SeatsUi, SeatsPageKeepsHouseSeatsThatACashierCannotHold)
{
    const QString showId = this->showId(QStringLiteral("Studio"));
    const QDate day = QDateTime::fromMSecsSinceEpoch(
                          scalar(QStringLiteral("SELECT (extract(epoch FROM starts_at) * 1000)::bigint FROM shows"
                                                " WHERE id = $1"),
                                 { showId })
                              .toLongLong())
                          .toTimeZone(demoZone()) // the venue's day, as the page lists them
                          .date();
    ServerConnection connection(QStringLiteral("office-1"));
    BackOfficeWindow window(&connection);
    bool signedIn = false;
    connection.open(url());
    connection.signIn(QStringLiteral("manager"), QStringLiteral("manager"),
                      [&signedIn](const Result<SessionReply> &s) { signedIn = bool(s); });
    ASSERT_TRUE(waitUntil([&] { return signedIn; }));
    window.show();
    SeatsPage *page = window.seatsPage();
    ASSERT_NE(page, nullptr);
    QSignalSpy loaded(page, &SeatsPage::showsLoaded);
    page->setDate(day);
    page->refresh();
    ASSERT_TRUE(waitUntil([&] { return page->listedShowIds().contains(showId); }));
    ASSERT_TRUE(page->selectShow(showId) || page->currentShowId() == showId);
    ASSERT_TRUE(waitUntil([&] {
        const LiveShow *live = connection.show(showId);
        return page->scene()->seatCount() > 0 && live && live->version >= 0;
    }));
    const QStringList free = seatIds(showId);
    ASSERT_GE(free.size(), 2);
    const QStringList house { free[0], free[1] };
    page->scene()->setSelectedSeatIds(house);
    ASSERT_EQ(page->scene()->selectedSeatIds().size(), 2);

    // A cashier's terminal watches the show.
    TestTerminal *cashier = terminal(QStringLiteral("cashier"));
    ASSERT_TRUE(cashier->call<SubscribeReply>(SubscribeRequest { showId, std::nullopt }));
    ASSERT_TRUE(cashier->waitFor([&] { return cashier->version(showId) >= 0; }));

    QSignalSpy finished(page, &SeatsPage::requestFinished);
    page->blockSelected(SeatBlock::House, QStringLiteral("Press"));
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().first().toBool()) << page->statusText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return page->blockedRows().size() >= 2; }));
    for (const QString &row : page->blockedRows().mid(0, 2))
        EXPECT_TRUE(row.contains(QStringLiteral("House seat · Press"))) << row.toStdString();
    EXPECT_EQ(page->scene()->seatState(house[0]), SeatVisualState::House);
    EXPECT_TRUE(page->scene()->seatToolTip(house[0]).contains(QStringLiteral("Note: Press")));
    ASSERT_TRUE(cashier->waitFor([&] { return cashier->status(showId, house[1]) == SeatStatus::Blocked; }));
    EXPECT_EQ(cashier->seats(showId).value(house[1]).block, SeatBlock::House);
    auto refused = cashier->call<HoldReply>(holdOf(showId, { house[0] }));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::SeatUnavailable);

    // House seats can be picked on this page (not in the box office) and released.
    page->scene()->setSelectedSeatIds(house);
    ASSERT_EQ(page->scene()->selectedSeatIds(), house);
    finished.clear();
    page->releaseSelected();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(finished.first().first().toBool()) << page->statusText().toStdString();
    ASSERT_TRUE(waitUntil([&] { return page->scene()->seatState(house[0]) == SeatVisualState::Available; }));
    EXPECT_TRUE(page->blockedRows().filter(QStringLiteral("Press")).isEmpty());
    ASSERT_TRUE(cashier->waitFor([&] { return cashier->status(showId, house[0]) == SeatStatus::Available; }));
    EXPECT_TRUE(cashier->call<HoldReply>(holdOf(showId, house)));
}
