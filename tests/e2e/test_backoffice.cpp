// End to end: the back office's real windows and dialogs (users, audit log, change my password)
// and the sign-in dialog against a real marquee-server and PostgreSQL, over real WebSockets on
// loopback. The demo users' passwords are their user names.
#include "auditpage.h"
#include "backofficewindow.h"
#include "changepassworddialog.h"
#include "formatting.h"
#include "serverconfig.h"
#include "serverconnection.h"
#include "serverfixture.h"
#include "signindialog.h"
#include "userdialogs.h"
#include "userspage.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

// The back office as `marquee --backoffice` runs it, signed in as `user`.
struct BackOffice
{
    BackOffice(const QUrl &url, const QString &user, const QString &password = {})
        : connection(QStringLiteral("office-") + user)
        , window(&connection)
    {
        QObject::connect(&connection, &ServerConnection::undecodableFrame, &connection,
                         [](const QString &text, const Error &error) {
                             ADD_FAILURE() << "the server sent a frame that does not decode: "
                                           << error.toString().toStdString() << "\n"
                                           << text.left(2000).toStdString();
                         });
        connection.open(url);
        connection.signIn(user, password.isEmpty() ? user : password,
                          [this](const Result<SessionReply> &s) { signedIn = bool(s); });
        waitUntil([this] { return signedIn; }, 30000);
        window.show();
    }

    UsersPage *users() const { return window.usersPage(); }
    AuditPage *audit() const { return window.auditPage(); }

    bool loadUsers()
    {
        QSignalSpy loaded(users(), &UsersPage::loaded);
        users()->refresh();
        return loaded.wait(30000);
    }

    // New user... filled in and submitted; the dialog stays open until the server answered.
    UserDialog *submitNewUser(const QString &login, Role role)
    {
        users()->newUser();
        UserDialog *dialog = users()->userDialog();
        if (dialog)
            dialog->submitWith(login, QStringLiteral("User ") + login, role);
        return dialog;
    }

    ServerConnection connection;
    BackOfficeWindow window;
    bool signedIn = false;
};

bool signsIn(const QUrl &url, const QString &user, const QString &password)
{
    ServerConnection connection(QStringLiteral("check"));
    connection.open(url);
    std::optional<bool> ok;
    connection.signIn(user, password, [&ok](const Result<SessionReply> &s) { ok = bool(s); });
    waitUntil([&ok] { return ok.has_value(); }, 30000);
    return ok.value_or(false);
}

class BackOfficeTest : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(BackOfficeTest, AnAdminCreatesACashierAndTheShownPasswordSignsIn)
{
    BackOffice office(url(), QStringLiteral("admin"));
    ASSERT_TRUE(office.signedIn);
    ASSERT_TRUE(office.loadUsers());
    EXPECT_TRUE(office.users()->selectUser(QStringLiteral("cashier")));

    QPointer<UserDialog> dialog = office.submitNewUser(QStringLiteral("anna.s"), Role::Cashier);
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(waitUntil([&] { return office.users()->passwordDialog() != nullptr; }, 30000))
        << dialog->statusText().toStdString();
    EXPECT_TRUE(waitUntil([&] { return dialog.isNull(); })) << "the dialog closes once the user exists";
    PasswordShownDialog *shown = office.users()->passwordDialog();
    const QString password = shown->password();
    EXPECT_GE(password.size(), MinPasswordLength);
    shown->copy();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), password);
    // Listed at once, and the shown password is the one that works.
    EXPECT_TRUE(office.users()->selectUser(QStringLiteral("anna.s")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT role FROM users WHERE username = 'anna.s'")),
              QStringLiteral("cashier"));
    EXPECT_TRUE(signsIn(url(), QStringLiteral("anna.s"), password));
    EXPECT_FALSE(signsIn(url(), QStringLiteral("anna.s"), password + u'x'));

    // Reset password...: asked first, then a new password shown once, and only the new one works.
    shown->close();
    ASSERT_TRUE(waitUntil([&] { return office.users()->passwordDialog() == nullptr; }));
    ASSERT_TRUE(office.users()->selectUser(QStringLiteral("anna.s")));
    office.users()->resetPassword();
    auto *question = qobject_cast<QMessageBox *>(office.users()->confirmation());
    ASSERT_NE(question, nullptr);
    question->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitUntil([&] { return office.users()->passwordDialog() != nullptr; }, 30000))
        << office.users()->statusText().toStdString();
    const QString second = office.users()->passwordDialog()->password();
    EXPECT_NE(second, password);
    EXPECT_TRUE(signsIn(url(), QStringLiteral("anna.s"), second));
    EXPECT_FALSE(signsIn(url(), QStringLiteral("anna.s"), password));
}

TEST_F(BackOfficeTest, AManagerCreatingAManagerIsToldWhyAndNothingIsCreated)
{
    BackOffice office(url(), QStringLiteral("manager"));
    ASSERT_TRUE(office.signedIn);
    ASSERT_TRUE(office.loadUsers());
    QPointer<UserDialog> dialog = office.submitNewUser(QStringLiteral("boss2"), Role::Manager);
    ASSERT_TRUE(dialog);
    const QString forbidden = UsersPage::tr("A manager may manage cashiers and kiosks only.");
    EXPECT_TRUE(waitUntil([&] { return dialog && dialog->statusText() == forbidden; }, 30000))
        << (dialog ? dialog->statusText().toStdString() : std::string("(closed)"));
    EXPECT_TRUE(dialog && dialog->isVisible()) << "what was typed stays";
    EXPECT_EQ(office.users()->passwordDialog(), nullptr);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM users WHERE username = 'boss2'")),
              QStringLiteral("0"));
    // A cashier is theirs to create.
    dialog->submitWith(QStringLiteral("till-3"), QStringLiteral("Till three"), Role::Cashier);
    EXPECT_TRUE(waitUntil([&] { return office.users()->passwordDialog() != nullptr; }, 30000));
    EXPECT_EQ(scalar(QStringLiteral("SELECT role FROM users WHERE username = 'till-3'")),
              QStringLiteral("cashier"));
}

TEST_F(BackOfficeTest, ChangeMyPasswordKeepsTheSessionAndAReconnectResumesWithTheNewToken)
{
    BackOffice office(url(), QStringLiteral("manager"));
    ASSERT_TRUE(office.signedIn);
    const QString oldToken = office.connection.session().token;

    ChangePasswordDialog dialog(&office.connection, &office.window);
    dialog.show();
    dialog.submitPasswords(QStringLiteral("manager"), QStringLiteral("a long new secret"),
                           QStringLiteral("a long new secreT"));
    EXPECT_EQ(dialog.statusText(), ChangePasswordDialog::tr("The two new passwords differ."));
    dialog.submitPasswords(QStringLiteral("manager"), QStringLiteral("short"), QStringLiteral("short"));
    EXPECT_EQ(dialog.statusText(),
              ChangePasswordDialog::tr("The new password must have %1 to %2 characters.")
                  .arg(MinPasswordLength)
                  .arg(MaxPasswordLength));
    dialog.submitPasswords(QStringLiteral("not mine"), QStringLiteral("a long new secret"),
                           QStringLiteral("a long new secret"));
    EXPECT_TRUE(waitUntil(
        [&] { return dialog.statusText() == ChangePasswordDialog::tr("The current password is wrong."); },
        30000))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(signsIn(url(), QStringLiteral("manager"), QStringLiteral("manager")));

    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.submitPasswords(QStringLiteral("manager"), QStringLiteral("a long new secret"),
                           QStringLiteral("a long new secret"));
    ASSERT_TRUE(finished.wait(30000)) << dialog.statusText().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_NE(office.connection.session().token, oldToken);

    // The connection drops; the session resumes with the new token (the old one no longer would).
    QSignalSpy resumed(&office.connection, &ServerConnection::resumed);
    QSignalSpy lost(&office.connection, &ServerConnection::sessionLost);
    office.connection.dropConnection();
    ASSERT_TRUE(resumed.wait(30000));
    EXPECT_EQ(lost.count(), 0);
    std::optional<bool> listed;
    office.connection.call<ListVenuesReply>(
        ListVenuesRequest {}, [&listed](const Result<ListVenuesReply> &r) { listed = bool(r); });
    ASSERT_TRUE(waitUntil([&] { return listed.has_value(); }, 30000));
    EXPECT_TRUE(*listed);
    EXPECT_TRUE(signsIn(url(), QStringLiteral("manager"), QStringLiteral("a long new secret")));
    EXPECT_FALSE(signsIn(url(), QStringLiteral("manager"), QStringLiteral("manager")));
}

TEST_F(BackOfficeTest, TheAuditPageListsTheUserCreationPagesAndExports)
{
    BackOffice office(url(), QStringLiteral("admin"));
    ASSERT_TRUE(office.signedIn);
    ASSERT_TRUE(office.loadUsers());
    for (const QString &login : { QStringLiteral("first-new"), QStringLiteral("second-new") }) {
        ASSERT_TRUE(office.submitNewUser(login, Role::Kiosk));
        ASSERT_TRUE(waitUntil([&] { return office.users()->passwordDialog() != nullptr; }, 30000));
        office.users()->passwordDialog()->close();
        ASSERT_TRUE(waitUntil([&] { return office.users()->passwordDialog() == nullptr; }));
    }

    AuditPage *audit = office.audit();
    office.window.showPage(office.window.pageIndex(office.window.auditPage()));
    audit->setActionFilter(QStringLiteral("user_create"));
    audit->setPageSize(1);
    QSignalSpy loaded(audit, &AuditPage::loaded);
    audit->refresh();
    ASSERT_TRUE(loaded.wait(30000)) << audit->statusText().toStdString();
    ASSERT_EQ(audit->entries().size(), 1);
    EXPECT_EQ(audit->entries().first().action, QStringLiteral("user_create"));
    EXPECT_TRUE(audit->detailsText(0).contains(QStringLiteral("second-new")))
        << audit->detailsText(0).toStdString();
    EXPECT_TRUE(audit->hasMore());
    audit->loadMore();
    ASSERT_TRUE(loaded.wait(30000));
    ASSERT_EQ(audit->entries().size(), 2);
    EXPECT_TRUE(audit->detailsText(1).contains(QStringLiteral("first-new")))
        << audit->detailsText(1).toStdString();
    EXPECT_FALSE(audit->hasMore());

    const QString file = m_home.filePath(QStringLiteral("audit.csv"));
    ASSERT_TRUE(audit->exportCsv(file)) << audit->statusText().toStdString();
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.first(), QStringLiteral("id,time,user,action,description,details"));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("\"user_create\""))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("second-new")));
}

// The back office signs in without a cash drawer: no opening float asked, no shift opened (a walk
// found "Shift opened" in the audit log for every back-office sign-in).
TEST_F(BackOfficeTest, TheBackOfficesSignInAsksNoFloatAndOpensNoShift)
{
    ServerConnection connection(QStringLiteral("office-7"));
    connection.setDrawer(false);
    connection.open(url());
    SignInDialog dialog(&connection);
    dialog.setPurpose(QStringLiteral("Back office"));
    dialog.setServerUrl(url().toString());
    dialog.present();
    const QLineEdit *floatField = dialog.findChild<QLineEdit *>(QStringLiteral("openingFloat"));
    ASSERT_TRUE(floatField);
    EXPECT_FALSE(floatField->isVisible()) << "a window that takes no money asks for no float";
    bool signedIn = false;
    QObject::connect(&connection, &ServerConnection::signedIn, &connection, [&](const SessionReply &session) {
        signedIn = true;
        EXPECT_FALSE(session.shift);
    });
    dialog.signInAs(QStringLiteral("manager"), QStringLiteral("manager"));
    ASSERT_TRUE(waitUntil([&] { return signedIn; }, 30000)) << dialog.statusText().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM shifts WHERE terminal_id = 'office-7'")), QStringLiteral("0"));
}

TEST_F(BackOfficeTest, TheSignInDialogSaysHowLongALockedNameStaysLocked)
{
    // Four failures by another terminal; the fifth, in the dialog, locks the name (15 minutes).
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(signsIn(url(), QStringLiteral("cashier"), QStringLiteral("wrong")));
    ServerConnection connection(QStringLiteral("box-9"));
    connection.open(url());
    SignInDialog dialog(&connection);
    dialog.setServerUrl(url().toString());
    dialog.present();
    dialog.signInAs(QStringLiteral("cashier"), QStringLiteral("wrong again"));
    const QString locked
        = SignInDialog::tr("Too many failed sign-ins: try again in %n minute(s).", nullptr, 15);
    EXPECT_TRUE(waitUntil([&] { return dialog.statusText() == locked; }, 30000))
        << dialog.statusText().toStdString();
    EXPECT_FALSE(connection.isSignedIn());
}

TEST(AuditDescriptions, ASaleAndAnExpiredHoldReadAsSentencesWithSeatsAndTerminals)
{
    AuditEntry sale;
    sale.action = QStringLiteral("sale");
    sale.saleId = QStringLiteral("53");
    sale.details = QJsonObject {
        { QStringLiteral("total"), 6400 },
        { QStringLiteral("currency"), QStringLiteral("EUR") },
        { QStringLiteral("terminal"), QStringLiteral("box-7") },
        { QStringLiteral("tickets"),
          QJsonArray { QJsonObject { { QStringLiteral("seat"), QStringLiteral("A-4") } },
                       QJsonObject { { QStringLiteral("seat"), QStringLiteral("A-5") } } } }
    };
    const QString sold = AuditPage::describe(sale);
    for (const QString &part :
         { QStringLiteral("53"), QStringLiteral("box-7"), QStringLiteral("A-4"), QStringLiteral("A-5"),
           formatMoney(Money(6400, Money::fromMinor(0, u"EUR")->currency())) })
        EXPECT_TRUE(sold.contains(part)) << sold.toStdString() << " lacks " << part.toStdString();
    EXPECT_FALSE(sold.contains(u'{')) << "no raw JSON: " << sold.toStdString();

    AuditEntry expired;
    expired.action = QStringLiteral("hold_expired");
    expired.details = QJsonObject {
        { QStringLiteral("title"), QStringLiteral("Metropolis") },
        { QStringLiteral("terminal"), QStringLiteral("lobby-1") },
        { QStringLiteral("expiresAt"), qint64(1746126720000) },
        { QStringLiteral("seats"), QJsonArray { QStringLiteral("r4-s4"), QStringLiteral("r4-s5") } },
        { QStringLiteral("labels"), QJsonArray { QStringLiteral("Row D, 4"), QStringLiteral("Row D, 5") } }
    };
    const QString freed = AuditPage::describe(expired);
    for (const QString &part : { QStringLiteral("Metropolis"), QStringLiteral("lobby-1"),
                                 QStringLiteral("Row D, 4"), QStringLiteral("Row D, 5") })
        EXPECT_TRUE(freed.contains(part)) << freed.toStdString() << " lacks " << part.toStdString();
    EXPECT_FALSE(freed.contains(QStringLiteral("r4-s4"))) << "labels, not ids: " << freed.toStdString();
}

TEST(AuditDescriptions, AShiftsCloseReadsAsMoneyNotMinorUnitsOrKeys)
{
    AuditEntry closed;
    closed.action = QStringLiteral("shift_close");
    closed.details = QJsonObject { { QStringLiteral("countedCash"), 5450 },
                                   { QStringLiteral("expectedCash"), 6400 },
                                   { QStringLiteral("difference"), -950 },
                                   { QStringLiteral("currency"), QStringLiteral("EUR") },
                                   { QStringLiteral("terminal"), QStringLiteral("box-1") },
                                   { QStringLiteral("note"), QStringLiteral("counted twice") } };
    const QString text = AuditPage::describe(closed);
    const Currency eur = Money::fromMinor(0, u"EUR")->currency();
    for (const QString &part : { formatMoney(Money(5450, eur)), formatMoney(Money(6400, eur)), formatMoney(Money(-950, eur)),
                                 QStringLiteral("box-1"), QStringLiteral("counted twice") })
        EXPECT_TRUE(text.contains(part)) << text.toStdString() << " lacks " << part.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("countedCash"))) << text.toStdString();

    AuditEntry opened;
    opened.action = QStringLiteral("shift_open");
    opened.details = QJsonObject { { QStringLiteral("openingFloat"), 15000 }, { QStringLiteral("terminal"), QStringLiteral("box-1") } };
    const QString open = AuditPage::describe(opened);
    EXPECT_TRUE(open.contains(QLocale().toString(150.0, 'f', 2))) << open.toStdString();
    EXPECT_TRUE(open.contains(QStringLiteral("box-1"))) << open.toStdString();
    EXPECT_FALSE(open.contains(QStringLiteral("openingFloat"))) << open.toStdString();
}

TEST(AuditDescriptions, AUserWithoutADisplayNameReadsAsTheirUserName)
{
    AuditEntry created;
    created.action = QStringLiteral("user_create");
    created.details = QJsonObject { { QStringLiteral("username"), QStringLiteral("admin") },
                                    { QStringLiteral("name"), QString() },
                                    { QStringLiteral("role"), QStringLiteral("admin") } };
    const QString text = AuditPage::describe(created);
    EXPECT_TRUE(text.startsWith(QStringLiteral("admin"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("(admin)"))) << text.toStdString();
    created.details.insert(QStringLiteral("name"), QStringLiteral("Mia Manager"));
    EXPECT_TRUE(AuditPage::describe(created).startsWith(QStringLiteral("Mia Manager (admin)")));
}

// Left open over midnight, the page's default range moves on with the day (a walk missed a sale
// made after midnight); a range the user chose stays.
TEST(AuditRange, ARangeEndingTodayMovesOnWithTheDay)
{
    ServerConnection connection(QStringLiteral("T-audit"));
    AuditPage page(&connection);
    const QDate today = QDate::currentDate();
    ASSERT_EQ(page.rangeTo(), today);
    page.dayChanged(today.addDays(1));
    EXPECT_EQ(page.rangeTo(), today.addDays(1));
    EXPECT_EQ(page.rangeFrom(), today.addDays(-6)) << "still a week";
    page.setDateRange(today.addDays(-30), today.addDays(-20));
    page.dayChanged(today.addDays(2));
    EXPECT_EQ(page.rangeTo(), today.addDays(-20)) << "a range the user chose stays";
}
