// End to end: the back office's Webhooks page against a real marquee-server and PostgreSQL, over
// real WebSockets on loopback: listed for admins only, an endpoint added with a generated secret
// (the one the server signs with), edited, its failing deliveries shown, deleted after asking.
#include "backofficewindow.h"
#include "formatting.h"
#include "serverconnection.h"
#include "serverfixture.h"
#include "webhookdialog.h"
#include "webhookspage.h"

#include "testterminal.h"
#include "translation.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QTcpServer>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

struct BackOffice
{
    BackOffice(const QUrl &url, const QString &user)
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
        connection.signIn(user, user, [this](const Result<SessionReply> &s) { signedIn = bool(s); });
        waitUntil([this] { return signedIn; }, 30000);
        window.resize(1400, 800);
        window.show();
    }

    WebhooksPage *page() const { return window.webhooksPage(); }

    bool load()
    {
        QSignalSpy loaded(page(), &WebhooksPage::loaded);
        page()->refresh();
        return loaded.wait(30000);
    }

    ServerConnection connection;
    BackOfficeWindow window;
    bool signedIn = false;
};

// With MARQUEE_SHOTS_DIR set (run under Xvfb), a screenshot of the whole screen ("import -window
// root") at the moments worth looking at, named <name>[-<MARQUEE_SHOTS_LANGUAGE>].png.
void screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("MARQUEE_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // painted
    const QString language = qEnvironmentVariable("MARQUEE_SHOTS_LANGUAGE");
    const QString file = QDir(dir).filePath(name + (language.isEmpty() ? QString() : u'-' + language) + QStringLiteral(".png"));
    EXPECT_EQ(QProcess::execute(QStringLiteral("import"), { QStringLiteral("-window"), QStringLiteral("root"), file }), 0)
        << file.toStdString();
}

class WebhooksUiTest : public ServerTest
{
protected:
    void SetUp() override
    {
        ServerTest::SetUp();
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        const QString language = qEnvironmentVariable("MARQUEE_SHOTS_LANGUAGE");
        if (!language.isEmpty()) {
            QLocale::setDefault(QLocale(language)); // as the client does with its language
            installTranslation(*qApp, language);
        }
    }

    QTemporaryDir m_home;
};

} // namespace

TEST_F(WebhooksUiTest, ListedForAdminsOnly)
{
    BackOffice manager(url(), QStringLiteral("manager"));
    ASSERT_TRUE(manager.signedIn);
    EXPECT_FALSE(manager.window.isPageListed(manager.window.webhooksPageIndex()));
    // The server says no too (the page is not the only guard).
    QSignalSpy loaded(manager.page(), &WebhooksPage::loaded);
    manager.page()->refresh();
    EXPECT_TRUE(waitUntil([&] { return manager.page()->statusText() == WebhooksPage::tr("Only admins manage webhooks."); },
                          30000))
        << manager.page()->statusText().toStdString();
    EXPECT_EQ(loaded.count(), 0);

    BackOffice admin(url(), QStringLiteral("admin"));
    ASSERT_TRUE(admin.signedIn);
    EXPECT_TRUE(admin.window.isPageListed(admin.window.webhooksPageIndex()));
}

TEST_F(WebhooksUiTest, AnAdminAddsEditsSeesFailuresAndDeletesAnEndpoint)
{
    BackOffice office(url(), QStringLiteral("admin"));
    ASSERT_TRUE(office.signedIn);
    office.window.showPage(office.window.webhooksPageIndex());
    ASSERT_TRUE(office.load()) << office.page()->statusText().toStdString();
    EXPECT_TRUE(office.page()->webhooks().isEmpty());

    // Add: the server's event types as check boxes, a generated secret.
    office.page()->addWebhook();
    QPointer<WebhookDialog> dialog = office.page()->dialog();
    ASSERT_TRUE(dialog);
    for (const QString &type : knownEventTypes())
        EXPECT_TRUE(dialog->findChild<QCheckBox *>(type)) << type.toStdString();
    dialog->setUrl(QStringLiteral("http://127.0.0.1:1/marquee"));
    dialog->setEventTypes({ QStringLiteral("sale.completed"), QStringLiteral("sale.refunded") });
    dialog->findChild<QPushButton *>(QStringLiteral("generate"))->click();
    const QString secret = dialog->secret();
    ASSERT_EQ(secret.size(), 32);
    dialog->submit();
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }, 30000))
        << (dialog ? dialog->errorAt(QString()).toStdString() : std::string());
    ASSERT_EQ(office.page()->webhooks().size(), 1);
    const Webhook added = office.page()->webhooks().first();
    EXPECT_EQ(added.url, QStringLiteral("http://127.0.0.1:1/marquee"));
    EXPECT_EQ(added.eventTypes, (QStringList { QStringLiteral("sale.completed"), QStringLiteral("sale.refunded") }));
    EXPECT_TRUE(added.active);
    // Stored with the secret that was shown (the one the server signs with), never sent back.
    EXPECT_EQ(scalar(QStringLiteral("SELECT secret FROM webhook_endpoints WHERE id = $1"), { added.id }), secret);
    EXPECT_EQ(office.page()->cellText(0, WebhooksPage::StateColumn), WebhooksPage::tr("OK"));

    // Edit: paused, and a short secret refused at its field before anything is sent.
    ASSERT_TRUE(office.page()->selectWebhook(added.id));
    office.page()->editWebhook();
    dialog = office.page()->dialog();
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->secret().isEmpty()) << "the secret is never shown again";
    dialog->setSecret(QStringLiteral("too short"));
    dialog->submit();
    EXPECT_FALSE(dialog->errorAt(QStringLiteral("/body/secret")).isEmpty());
    dialog->setSecret(QString());
    dialog->setActive(false);
    dialog->submit();
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }, 30000))
        << (dialog ? dialog->errorAt(QString()).toStdString() : std::string());
    EXPECT_EQ(scalar(QStringLiteral("SELECT active::text || ' ' || secret FROM webhook_endpoints WHERE id = $1"), { added.id }),
              QStringLiteral("false ") + secret);
    EXPECT_EQ(office.page()->cellText(0, WebhooksPage::ActiveColumn), WebhooksPage::tr("no (paused)"));

    // An endpoint deleted meanwhile: the server's NOT_FOUND is said in the dialog, what was typed stays.
    ASSERT_TRUE(office.page()->selectWebhook(added.id));
    office.page()->editWebhook();
    dialog = office.page()->dialog();
    ASSERT_TRUE(dialog);
    dialog->setUrl(QStringLiteral("https://loyalty.example.org/v2"));
    scalar(QStringLiteral("DELETE FROM webhook_endpoints WHERE id = $1 RETURNING id"), { added.id });
    dialog->submit();
    ASSERT_TRUE(waitUntil([&] { return dialog && !dialog->errorAt(QString()).isEmpty(); }, 30000));
    EXPECT_EQ(dialog->errorAt(QString()), WebhooksPage::tr("This webhook no longer exists; refresh the list."));
    EXPECT_EQ(dialog->url(), QStringLiteral("https://loyalty.example.org/v2"));
    dialog->reject();

    // A second endpoint, Delete asks first; Cancel keeps it, Yes deletes it.
    ASSERT_TRUE(office.load());
    EXPECT_TRUE(office.page()->webhooks().isEmpty());
    office.page()->addWebhook();
    dialog = office.page()->dialog();
    ASSERT_TRUE(dialog);
    dialog->setUrl(QStringLiteral("https://warehouse.example.org/events"));
    dialog->setEventTypes(knownEventTypes());
    dialog->generateSecret();
    dialog->submit();
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }, 30000));
    ASSERT_EQ(office.page()->webhooks().size(), 1);
    const QString second = office.page()->webhooks().first().id;
    ASSERT_TRUE(office.page()->selectWebhook(second));
    office.page()->deleteWebhook();
    auto *question = qobject_cast<QMessageBox *>(office.page()->confirmation());
    ASSERT_TRUE(question);
    question->button(QMessageBox::Cancel)->click();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM webhook_endpoints")), QStringLiteral("1"));
    office.page()->deleteWebhook();
    question = qobject_cast<QMessageBox *>(office.page()->confirmation());
    ASSERT_TRUE(question);
    question->button(QMessageBox::Yes)->click();
    EXPECT_TRUE(waitUntil([&] { return office.page()->webhooks().isEmpty(); }, 30000))
        << office.page()->statusText().toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM webhook_endpoints")), QStringLiteral("0"));
}

// An endpoint nobody answers at: after a sale its state says since when it fails, the attempt and
// the next try with the last error, and its recent failures list the event.
TEST_F(WebhooksUiTest, AFailingEndpointShowsItsStateAndRecentFailures)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // connections to it are refused

    BackOffice office(url(), QStringLiteral("admin"));
    ASSERT_TRUE(office.signedIn);
    office.window.showPage(office.window.webhooksPageIndex());
    ASSERT_TRUE(office.load());
    office.page()->addWebhook();
    QPointer<WebhookDialog> dialog = office.page()->dialog();
    ASSERT_TRUE(dialog);
    dialog->setUrl(QStringLiteral("http://127.0.0.1:%1/marquee").arg(port));
    dialog->setEventTypes({ QStringLiteral("sale.completed"), QStringLiteral("sale.refunded") });
    dialog->generateSecret();
    screenshot(QStringLiteral("webhooks-dialog"));
    dialog->submit();
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }, 30000));
    office.page()->addWebhook();
    dialog = office.page()->dialog();
    ASSERT_TRUE(dialog);
    dialog->setUrl(QStringLiteral("https://loyalty.example.org/marquee/events/from-the-box-office?venue=demo"));
    dialog->setEventTypes({ QStringLiteral("show.scheduled"), QStringLiteral("show.changed"), QStringLiteral("show.cancelled") });
    dialog->setSecret(QStringLiteral("x"));
    dialog->submit();
    screenshot(QStringLiteral("webhooks-dialog-error"));
    dialog->generateSecret();
    dialog->submit();
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }, 30000));
    ASSERT_EQ(office.page()->webhooks().size(), 2);
    const QString failing = office.page()->webhooks().first().id;

    // A sale at the box office: its sale.completed event fails to arrive.
    TestTerminal *cashier = terminal();
    const QString show = showId();
    const auto held = cashier->call<HoldReply>(holdOf(show, seatIds(show).mid(0, 2)));
    ASSERT_TRUE(held);
    SellRequest sell;
    sell.holdId = held->holdId;
    sell.payments = { cash(held->total.minorUnits(), held->total.minorUnits()) };
    ASSERT_TRUE(cashier->call<SellReply>(sell));

    const auto failingRow = [&] {
        for (int row = 0; row < office.page()->webhooks().size(); ++row) {
            if (office.page()->webhooks().at(row).id == failing)
                return row;
        }
        return -1;
    };
    ASSERT_TRUE(waitUntil([&] {
        office.load();
        const int row = failingRow();
        return row >= 0 && office.page()->webhooks().at(row).delivery.failingSince.has_value();
    }, 60000)) << office.page()->statusText().toStdString();
    const int row = failingRow();
    const Webhook w = office.page()->webhooks().at(row);
    EXPECT_GE(w.delivery.attempts, 1);
    EXPECT_GE(w.delivery.pending, 1);
    ASSERT_TRUE(w.delivery.lastError);
    ASSERT_FALSE(w.recentFailures.isEmpty());
    EXPECT_EQ(w.recentFailures.first().eventType, QStringLiteral("sale.completed"));
    EXPECT_EQ(office.page()->cellText(row, WebhooksPage::StateColumn), WebhooksPage::stateText(w));
    EXPECT_TRUE(office.page()->cellText(row, WebhooksPage::StateColumn).contains(*w.delivery.lastError));
    ASSERT_TRUE(office.page()->selectWebhook(failing));
    EXPECT_EQ(office.page()->failureRows(), int(w.recentFailures.size()));
    EXPECT_EQ(office.page()->failureText(0, WebhooksPage::FailureErrorColumn), w.recentFailures.first().error);
    // The other endpoint subscribes to show events only: nothing for it, still OK.
    EXPECT_EQ(office.page()->cellText(1 - row, WebhooksPage::StateColumn), WebhooksPage::tr("OK"));
    screenshot(QStringLiteral("webhooks-page"));

    office.page()->deleteWebhook();
    screenshot(QStringLiteral("webhooks-delete"));
    if (auto *question = qobject_cast<QMessageBox *>(office.page()->confirmation()))
        question->button(QMessageBox::Cancel)->click();
}
