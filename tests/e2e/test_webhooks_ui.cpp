// End to end: the back office's Webhooks page against a real marquee-server and PostgreSQL, over
// real WebSockets on loopback: listed for admins only, an endpoint added with a generated secret
// (the one the server signs with), edited, its failing deliveries shown, deleted after asking.
#include "backofficewindow.h"
#include "formatting.h"
#include "serverconnection.h"
#include "serverfixture.h"
#include "webhookdialog.h"
#include "webhookspage.h"

#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
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

class WebhooksUiTest : public ServerTest
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
