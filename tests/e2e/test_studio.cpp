// End to end: the layout studio (its real window and its server controller) and box-office
// windows against a real marquee-server and PostgreSQL, over real WebSockets on loopback. A
// manager draws, publishes and moves shows; cashiers watch and sell.
#include "boxofficedriver.h"
#include "layoutbrowser.h"
#include "layoutdocument.h"
#include "layoutedit.h"
#include "problemspanel.h"
#include "serverfixture.h"
#include "studioconnection.h"
#include "studiowindow.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

// The studio as `marquee --studio` runs it, signed in as `user`; every question answered yes.
struct Studio
{
    Studio(const QUrl &url, const QString &user)
        : connection(QStringLiteral("studio-1"))
        , studio(&connection, &window)
    {
        window.show();
        studio.setConfirm([this](const QString &question) {
            questions.append(question);
            return true;
        });
        QObject::connect(&studio, &StudioConnection::failed, &studio, [this](const QString &text) { failures.append(text); });
        QObject::connect(&connection, &ServerConnection::undecodableFrame, &connection, [](const QString &text, const Error &error) {
            ADD_FAILURE() << "the server sent a frame that does not decode: " << error.toString().toStdString() << "\n"
                          << text.left(2000).toStdString();
        });
        connection.open(url);
        connection.signIn(user, user, [this](const Result<SessionReply> &s) { signedIn = bool(s); });
    }

    bool openVersion(const QString &auditoriumId, qint64 version)
    {
        std::optional<bool> opened;
        studio.openVersion(auditoriumId, version, [&](bool ok) { opened = ok; });
        return waitUntil([&] { return opened.has_value(); }, 30000) && *opened;
    }
    qint64 publish()
    {
        std::optional<qint64> published;
        studio.publish([&](qint64 version) { published = version; });
        return waitUntil([&] { return published.has_value(); }, 60000) ? *published : -1;
    }
    bool moveShow(const QString &showId, qint64 version)
    {
        std::optional<bool> moved;
        studio.moveShow(showId, version, [&](bool ok) { moved = ok; });
        return waitUntil([&] { return moved.has_value(); }, 30000) && *moved;
    }
    LayoutDocument *document() const { return window.document(); }

    ServerConnection connection;
    StudioWindow window;
    StudioConnection studio;
    bool signedIn = false;
    QStringList questions;
    QStringList failures;
};

// Clicks a button of a modal dialog that `fill` completes (it runs inside the dialog's exec()).
void clickAndFill(QPushButton *button, std::function<void(QWidget *modal)> fill)
{
    QTimer::singleShot(0, [fill = std::move(fill)] {
        QWidget *modal = QApplication::activeModalWidget();
        ASSERT_NE(modal, nullptr) << "no dialog opened";
        fill(modal);
    });
    QTest::mouseClick(button, Qt::LeftButton);
}

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &text)
{
    const auto items = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return items.isEmpty() ? nullptr : items.first();
}

class StudioTest : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    // Schedules a show of the auditorium's layout version as the back office will: prices per
    // category, every seat of the layout available (blocked when the layout says so).
    QString scheduleShow(const QString &auditoriumId, qint64 version, const QString &title, const QList<QPair<QString, qint64>> &prices)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(3600);
        const QString show = scalar(QStringLiteral("INSERT INTO shows (auditorium_id, layout_version, title, starts_at, ends_at, currency)"
                                                   " VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '2 hours', 'EUR') RETURNING id"),
                                    {auditoriumId, QString::number(version), title, start.toString(Qt::ISODateWithMs)});
        for (const auto &[category, amount] : prices) {
            scalar(QStringLiteral("INSERT INTO show_prices (show_id, category, amount) VALUES ($1, $2, $3)"),
                   {show, category, QString::number(amount)});
        }
        scalar(QStringLiteral("INSERT INTO show_seats (show_id, seat_id, category, status)"
                              " SELECT $1, seat_id, category, CASE WHEN blocked THEN 'blocked' ELSE 'available' END"
                              " FROM layout_seats WHERE auditorium_id = $2 AND layout_version = $3"),
               {show, auditoriumId, QString::number(version)});
        return show;
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(StudioTest, AManagerPublishesANewVersionAndMovesAShowWhileACashierWatches)
{
    const QString show = showId(QStringLiteral("Studio"));
    const QString auditorium = scalar(QStringLiteral("SELECT auditorium_id FROM shows WHERE id = $1"), {show});
    const qint64 version = scalar(QStringLiteral("SELECT layout_version FROM shows WHERE id = $1"), {show}).toLongLong();

    BoxOffice cashier(QStringLiteral("box-1"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(cashier.openShow(show));
    const auto sale = sellSeats(cashier, 2, [](const Money &due) { return QList<Payment>{cashFor(due)}; });
    ASSERT_TRUE(sale);
    QStringList sold;
    for (const Ticket &ticket : sale->tickets)
        sold.append(ticket.seatId);
    std::sort(sold.begin(), sold.end());

    Studio manager(url(), QStringLiteral("manager"));
    ASSERT_TRUE(waitUntil([&] { return manager.signedIn; }));
    ASSERT_TRUE(manager.openVersion(auditorium, version));
    const Layout original = manager.window.layout();
    ASSERT_GT(original.seatCount(), 10);

    // A version without the sold seats cannot take the show: the manager sees them highlighted.
    manager.document()->setSelection(QSet<QString>(sold.begin(), sold.end()));
    ASSERT_TRUE(manager.document()->deleteSelection());
    const qint64 withoutSold = manager.publish();
    ASSERT_EQ(withoutSold, version + 1) << manager.failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(manager.moveShow(show, withoutSold));
    // They are not in the new version: the studio opens the show's version to show them.
    EXPECT_TRUE(waitUntil([&] { return manager.document()->selectedSeatIds() == sold; }))
        << manager.document()->selectedSeatIds().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(manager.window.layout(), original);
    ASSERT_FALSE(manager.failures.isEmpty());
    EXPECT_TRUE(manager.failures.last().contains(QLatin1String("not in version"))) << manager.failures.last().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT layout_version FROM shows WHERE id = $1"), {show}).toLongLong(), version);

    // The next version keeps every seat but one free one and adds a row at the back.
    ASSERT_TRUE(manager.openVersion(auditorium, version));
    QString removed;
    original.forEachSeat([&](const Section &, const Row &, const Seat &seat) {
        if (removed.isEmpty() && !sold.contains(seat.id) && !seat.flags)
            removed = seat.id;
    });
    manager.document()->setSelection({removed});
    ASSERT_TRUE(manager.document()->deleteSelection());
    double back = 0;
    original.forEachSeat([&](const Section &, const Row &, const Seat &seat) { back = std::max(back, seat.position.y); });
    StraightBlockOptions block;
    block.sectionId = QStringLiteral("extra");
    block.sectionName = QStringLiteral("Extra");
    block.origin = {0, back + 3};
    block.rows = 1;
    block.seatsPerRow = 4;
    block.categoryId = original.categories.first().id;
    const auto extra = makeStraightBlock(block);
    ASSERT_TRUE(extra);
    ASSERT_TRUE(manager.document()->addSection(*extra, QStringLiteral("Add block")));
    const QString added = extra->rows.first().seats.first().id;
    const qint64 next = manager.publish();
    ASSERT_EQ(next, version + 2) << manager.failures.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(manager.moveShow(show, next)) << manager.failures.join(QLatin1Char('\n')).toStdString();

    // The cashier's map follows without a restart: the new row is there, the removed seat gone,
    // the sold seats still sold.
    SeatMapScene *map = cashier.window.seatMap();
    ASSERT_TRUE(waitUntil([&] { return map->seatItem(added) != nullptr && map->seatItem(removed) == nullptr; }));
    for (const QString &seat : sold)
        EXPECT_EQ(map->seatState(seat), SeatVisualState::Sold) << seat.toStdString();
    EXPECT_EQ(cashier.window.showPicker()->show(show)->layoutVersion, next);

    // A hold on a new seat works.
    ASSERT_TRUE(waitUntil([&] { return map->seatState(added) == SeatVisualState::Available && !map->isStale(); }));
    map->setSelectedSeatIds({added});
    cashier.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return cashier.window.basket()->isHeld(); }));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM show_seats WHERE show_id = $1 AND seat_id = $2"), {show, added}),
              QStringLiteral("held"));

    // The studio lists which show uses which version.
    manager.studio.showBrowser();
    LayoutBrowser *browser = manager.studio.browser();
    ASSERT_TRUE(waitUntil([&] {
        QTreeWidgetItem *row = findItem(browser->versionTree(), QStringLiteral("Version %1").arg(next));
        return row && row->text(3).contains(cashier.window.showPicker()->show(show)->title);
    }));
}

TEST_F(StudioTest, ANewVenueWithTwoCurvedSectionsAndABalconyIsPublishedAndItsShowSells)
{
    Studio manager(url(), QStringLiteral("manager"));
    ASSERT_TRUE(waitUntil([&] { return manager.signedIn; }));
    manager.studio.showBrowser();
    LayoutBrowser *browser = manager.studio.browser();
    QTreeWidget *venues = browser->venueTree();
    ASSERT_TRUE(waitUntil([&] { return venues->topLevelItemCount() > 0; }));

    // A venue and an auditorium, through the browser's own dialogs.
    clickAndFill(browser->findChild<QPushButton *>(QStringLiteral("newVenue")), [](QWidget *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("venueName"))->setText(QStringLiteral("Riverside Playhouse"));
        dialog->findChild<QLineEdit *>(QStringLiteral("venueCurrency"))->setText(QStringLiteral("EUR"));
        QMetaObject::invokeMethod(dialog, "accept");
    });
    ASSERT_TRUE(waitUntil([&] { return findItem(venues, QStringLiteral("Riverside Playhouse")) != nullptr; }));
    venues->setCurrentItem(findItem(venues, QStringLiteral("Riverside Playhouse")));
    clickAndFill(browser->findChild<QPushButton *>(QStringLiteral("newAuditorium")), [](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        ASSERT_NE(input, nullptr);
        input->setTextValue(QStringLiteral("Main House"));
        input->accept();
    });
    ASSERT_TRUE(waitUntil([&] { return browser->selectedAuditorium() != QString() && venues->currentItem()->text(0) == QLatin1String("Main House"); }));
    const QString auditorium = browser->selectedAuditorium();
    QTest::mouseClick(browser->findChild<QPushButton *>(QStringLiteral("newLayout")), Qt::LeftButton);
    ASSERT_EQ(manager.studio.auditoriumId(), auditorium);

    // Two curved sections of stalls and a balcony with two wheelchair spaces and their companions.
    LayoutDocument *document = manager.document();
    const QString balconyCategory = document->addCategory(QStringLiteral("Balcony"), QStringLiteral("#8e5ba8"));
    ASSERT_FALSE(balconyCategory.isEmpty());
    const QString stallsCategory = document->layout().categories.first().id;
    for (const auto &[id, middle] : {std::pair{QStringLiteral("stalls-left"), -25.0}, std::pair{QStringLiteral("stalls-right"), 25.0}}) {
        CurvedBlockOptions curved;
        curved.sectionId = id;
        curved.centre = {0, -4};
        curved.firstRadius = 9;
        curved.rows = 6;
        curved.spanDegrees = 36;
        curved.middleDegrees = middle;
        curved.categoryId = stallsCategory;
        const auto section = makeCurvedBlock(curved);
        ASSERT_TRUE(section) << section.error().toString().toStdString();
        ASSERT_TRUE(document->addSection(*section, QStringLiteral("Curved block")));
    }
    StraightBlockOptions balcony;
    balcony.sectionId = QStringLiteral("balcony");
    balcony.sectionName = QStringLiteral("Balcony");
    balcony.origin = {-9, 22};
    balcony.rows = 2;
    balcony.seatsPerRow = 16;
    balcony.categoryId = balconyCategory;
    const auto balconySection = makeStraightBlock(balcony);
    ASSERT_TRUE(balconySection);
    ASSERT_TRUE(document->addSection(*balconySection, QStringLiteral("Straight block")));
    const QList<Seat> front = balconySection->rows.first().seats;
    // Companion seats first: without their wheelchair spaces the layout cannot be published.
    document->setSelection({front[1].id, front[front.size() - 2].id});
    ASSERT_TRUE(document->setSelectionFlag(SeatFlag::Companion, true));
    EXPECT_EQ(manager.publish(), 0);
    ASSERT_FALSE(manager.failures.isEmpty());
    EXPECT_TRUE(manager.failures.last().contains(QLatin1String("the layout has 2 problem"))) << manager.failures.last().toStdString();
    document->setSelection({front.first().id, front.last().id});
    ASSERT_TRUE(document->setSelectionFlag(SeatFlag::Wheelchair, true));
    manager.window.validateNow();
    ASSERT_EQ(manager.window.problemsPanel()->problemCount(), 0);

    ASSERT_EQ(manager.publish(), 1) << manager.failures.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM layout_seats WHERE auditorium_id = $1 AND layout_version = 1"), {auditorium}).toLongLong(),
              manager.window.layout().seatCount());

    // The show the back office will schedule; a cashier sells two balcony seats in it.
    const QString show = scheduleShow(auditorium, 1, QStringLiteral("The Tempest"), {{stallsCategory, 3200}, {balconyCategory, 2400}});
    BoxOffice cashier(QStringLiteral("box-2"), url(), QStringLiteral("cashier"));
    ASSERT_TRUE(waitUntil([&] { return cashier.signedIn; }));
    cashier.window.showPicker()->setDate(QDateTime::currentDateTimeUtc().addSecs(3600).toTimeZone(demoZone()).date());
    ASSERT_TRUE(cashier.openShow(show));
    const QStringList seats = {balconySection->rows.last().seats[7].id, balconySection->rows.last().seats[8].id};
    cashier.window.seatMap()->setSelectedSeatIds(seats);
    cashier.window.holdSelection();
    ASSERT_TRUE(waitUntil([&] { return cashier.window.basket()->isHeld(); }));
    EXPECT_EQ(cashier.window.basket()->total(), eur(4800));
    QSignalSpy sold(&cashier.window, &MainWindow::saleCompleted);
    cashier.window.pay({cashFor(eur(4800))});
    ASSERT_TRUE(sold.wait(10000));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM tickets WHERE show_id = $1 AND status = 'valid'"), {show}), QStringLiteral("2"));
}

TEST(StudioShortcuts, EveryShortcutOfTheStudioWithItsServerActionsIsUnique)
{
    // An ambiguous shortcut does nothing at all in Qt: each must belong to one action.
    ServerConnection connection(QStringLiteral("studio-keys"));
    StudioWindow window;
    StudioConnection studio(&connection, &window);
    QHash<QKeySequence, QString> owners;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            EXPECT_FALSE(owners.contains(key)) << key.toString().toStdString() << ": " << owners.value(key).toStdString() << " and "
                                               << action->text().toStdString();
            owners.insert(key, action->text());
        }
    }
    EXPECT_GT(owners.size(), 20);
}
