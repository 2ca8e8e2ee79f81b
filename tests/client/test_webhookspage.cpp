// The back office's Webhooks page and its Add/Edit dialog as widgets: checks at the fields before
// anything is sent, the generated secret, the table's delivery state and recent failures, the
// page listed for admins only. (tests/e2e/test_webhooks_ui.cpp drives them against a real server.)
#include "backofficewindow.h"
#include "fielderrors.h"
#include "formatting.h"
#include "serverconnection.h"
#include "webhookdialog.h"
#include "webhookspage.h"

#include <QtCore/QSet>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

#include <gtest/gtest.h>

using namespace Marquee;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

ListWebhooksReply sampleList()
{
    Webhook ok;
    ok.id = QStringLiteral("3");
    ok.url = QStringLiteral("https://loyalty.example.org/marquee");
    ok.eventTypes = { QStringLiteral("sale.completed"), QStringLiteral("sale.refunded") };
    ok.createdAt = at("2026-12-02T17:00:00Z");
    ok.delivery.delivered = 120;
    Webhook failing;
    failing.id = QStringLiteral("10");
    failing.url = QStringLiteral("http://127.0.0.1:9/hook");
    failing.eventTypes = { QStringLiteral("show.cancelled") };
    failing.active = false;
    failing.createdAt = at("2026-12-01T08:00:00Z");
    failing.delivery = WebhookDelivery { 7, 2, 1, std::nullopt, at("2026-12-02T16:00:00Z"), 3, QStringLiteral("HTTP 500"),
                                         at("2026-12-02T16:08:00Z") };
    failing.recentFailures = { WebhookFailure { QStringLiteral("6f1c2b9e-6a43-4c55-9a3e-1f0c9d2b7a10"),
                                                QStringLiteral("show.cancelled"), 1234, at("2026-12-02T16:04:00Z"), 3,
                                                QStringLiteral("HTTP 500") },
                               WebhookFailure { QStringLiteral("6f1c2b9e-6a43-4c55-9a3e-1f0c9d2b7a10"),
                                                QStringLiteral("show.cancelled"), 1234, at("2026-12-02T16:00:00Z"), 2,
                                                QStringLiteral("connection refused") } };
    return ListWebhooksReply { { failing, ok }, knownEventTypes() };
}

} // namespace

TEST(WebhookDialog, GenerateMakesA32CharacterSecretShownToCopy)
{
    WebhookDialog dialog(knownEventTypes(), nullptr);
    dialog.show();
    auto *generate = dialog.findChild<QPushButton *>(QStringLiteral("generate"));
    ASSERT_TRUE(generate);
    generate->click();
    const QString first = dialog.secret();
    EXPECT_EQ(first.size(), 32);
    EXPECT_FALSE(webhookSecretProblem(first).has_value());
    for (const QChar c : first)
        EXPECT_TRUE((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')) << first.toStdString();
    // Shown in clear and selected, with a note to copy it now.
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("secret"));
    ASSERT_TRUE(field);
    EXPECT_EQ(field->echoMode(), QLineEdit::Normal);
    EXPECT_EQ(field->selectedText(), first);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("secretNote"))->text().contains(WebhookDialog::tr("Copy")));
    // Random: 20 presses, 20 different secrets.
    QSet<QString> seen { first };
    for (int i = 0; i < 19; ++i) {
        generate->click();
        EXPECT_EQ(dialog.secret().size(), 32);
        seen.insert(dialog.secret());
    }
    EXPECT_EQ(seen.size(), 20);
}

TEST(WebhookDialog, WhatIsWrongIsShownAtItsFieldAndNothingIsSubmitted)
{
    WebhookDialog dialog(knownEventTypes(), nullptr);
    dialog.show();
    QSignalSpy submitted(&dialog, &WebhookDialog::submitted);
    const QString url = QStringLiteral("/body/url");
    const QString types = QStringLiteral("/body/eventTypes");
    const QString secret = QStringLiteral("/body/secret");

    // Not http(s), without a host, with a password: at the URL.
    for (const char *bad : { "ftp://files.example.org/in", "javascript:alert(1)", "https:///hook", "example.org/hook",
                             "https://user:pw@example.org/hook" }) {
        dialog.setUrl(QString::fromLatin1(bad));
        dialog.submit();
        EXPECT_FALSE(dialog.errorAt(url).isEmpty()) << bad;
        EXPECT_TRUE(dialog.errorAt(types).isEmpty()) << bad;
        EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("error/body/url"))->isVisible()) << bad;
    }
    dialog.setUrl(QString());
    dialog.submit();
    EXPECT_EQ(dialog.errorAt(url), WebhookDialog::tr("Enter the receiver's address, such as https://example.org/marquee."));

    // A good URL, no event: at the events.
    dialog.setUrl(QStringLiteral("https://loyalty.example.org/marquee"));
    dialog.submit();
    EXPECT_TRUE(dialog.errorAt(url).isEmpty());
    EXPECT_EQ(dialog.errorAt(types), WebhookDialog::tr("Choose at least one event."));

    // Events ticked (by their check boxes), a secret of 15 characters or with a tab: at the secret.
    dialog.findChild<QCheckBox *>(QStringLiteral("sale.completed"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("show.cancelled"))->setChecked(true);
    EXPECT_EQ(dialog.eventTypes(), (QStringList { QStringLiteral("sale.completed"), QStringLiteral("show.cancelled") }));
    for (const QString &bad : { QString(), QStringLiteral("123456789012345"), QStringLiteral("0123456789abcdef\t") }) {
        dialog.setSecret(bad);
        dialog.submit();
        EXPECT_TRUE(dialog.errorAt(types).isEmpty());
        EXPECT_FALSE(dialog.errorAt(secret).isEmpty()) << bad.toStdString();
    }
    EXPECT_EQ(submitted.count(), 0);

    // All good: submitted, the field errors gone.
    dialog.generateSecret();
    dialog.submit();
    EXPECT_EQ(submitted.count(), 1);
    EXPECT_TRUE(dialog.errorAt(secret).isEmpty());

    // The server's refusal goes to its field by its `where` (an index below eventTypes too).
    dialog.showError(QStringLiteral("unknown event type"), QStringLiteral("/body/eventTypes/1"));
    EXPECT_EQ(dialog.errorAt(types), QStringLiteral("unknown event type"));
    dialog.showError(QStringLiteral("A server keeps at most 50 webhooks"), QString());
    EXPECT_EQ(dialog.errorAt(QString()), QStringLiteral("A server keeps at most 50 webhooks"));
    EXPECT_TRUE(dialog.errorAt(types).isEmpty());
}

TEST(WebhookDialog, EditKeepsTheSecretUnlessANewOneIsGiven)
{
    const ListWebhooksReply list = sampleList();
    WebhookDialog dialog(list.eventTypes, &list.webhooks.at(1), nullptr);
    EXPECT_FALSE(dialog.isNew());
    EXPECT_EQ(dialog.url(), QStringLiteral("https://loyalty.example.org/marquee"));
    EXPECT_EQ(dialog.eventTypes(), list.webhooks.at(1).eventTypes);
    EXPECT_TRUE(dialog.active());
    QSignalSpy submitted(&dialog, &WebhookDialog::submitted);
    dialog.submit();
    EXPECT_EQ(submitted.count(), 1) << "an empty secret keeps the current one";
    dialog.setSecret(QStringLiteral("short"));
    dialog.submit();
    EXPECT_EQ(submitted.count(), 1);
    EXPECT_FALSE(dialog.errorAt(QStringLiteral("/body/secret")).isEmpty());
}

TEST(WebhooksPage, ListsEndpointsWithTheirStateAndTheSelectedOnesFailures)
{
    ServerConnection connection(QStringLiteral("T-hooks"));
    WebhooksPage page(&connection);
    page.resize(1200, 600);
    page.show();
    EXPECT_TRUE(page.autoRefreshing()) << "refreshed every 10 s while shown";
    page.showList(sampleList());
    ASSERT_EQ(page.webhooks().size(), 2);
    // By id (3 before 10), with counts and the state in words.
    EXPECT_EQ(page.cellText(0, WebhooksPage::UrlColumn), QStringLiteral("https://loyalty.example.org/marquee"));
    EXPECT_EQ(page.cellText(0, WebhooksPage::EventsColumn), QStringLiteral("sale.completed, sale.refunded"));
    EXPECT_EQ(page.cellText(0, WebhooksPage::DeliveredColumn), QLocale().toString(120));
    EXPECT_EQ(page.cellText(0, WebhooksPage::StateColumn), WebhooksPage::tr("OK"));
    EXPECT_EQ(page.cellText(1, WebhooksPage::ActiveColumn), WebhooksPage::tr("no (paused)"));
    EXPECT_EQ(page.cellText(1, WebhooksPage::PendingColumn), QStringLiteral("2"));
    EXPECT_EQ(page.cellText(1, WebhooksPage::GivenUpColumn), QStringLiteral("1"));
    const QString state = page.cellText(1, WebhooksPage::StateColumn);
    // Times of today without their date.
    const auto when = [](const QDateTime &t) {
        const QDateTime local = t.toLocalTime();
        return local.date() == QDate::currentDate() ? formatTime(local.time()) : formatDateTime(local);
    };
    EXPECT_EQ(state, WebhooksPage::tr("Failing since %1, attempt %2, next try %3: %4")
                         .arg(when(at("2026-12-02T16:00:00Z")))
                         .arg(3)
                         .arg(when(at("2026-12-02T16:08:00Z")), QStringLiteral("HTTP 500")));
    Webhook today = sampleList().webhooks.first();
    today.delivery.failingSince = QDateTime::currentDateTimeUtc().addSecs(-60);
    today.delivery.nextAttemptAt = QDateTime::currentDateTimeUtc().addSecs(60);
    EXPECT_FALSE(WebhooksPage::stateText(today).contains(formatDate(QDate::currentDate())))
        << WebhooksPage::stateText(today).toStdString();
    EXPECT_TRUE(page.statusText().contains(QStringLiteral("1"))) << page.statusText().toStdString();

    // The failures of the selected endpoint, newest first.
    EXPECT_EQ(page.failureRows(), 0);
    ASSERT_TRUE(page.selectWebhook(QStringLiteral("10")));
    ASSERT_EQ(page.failureRows(), 2);
    // Its whole state above them (the table's cell may be too narrow for a long error).
    const QString title = page.findChild<QLabel *>(QStringLiteral("failuresTitle"))->text();
    EXPECT_TRUE(title.contains(state)) << title.toStdString();
    EXPECT_TRUE(title.contains(QStringLiteral("http://127.0.0.1:9/hook"))) << title.toStdString();
    EXPECT_EQ(page.failureText(0, WebhooksPage::FailureAttemptColumn), QStringLiteral("3"));
    EXPECT_EQ(page.failureText(0, WebhooksPage::FailureErrorColumn), QStringLiteral("HTTP 500"));
    EXPECT_TRUE(page.failureText(0, WebhooksPage::FailureEventColumn).contains(QStringLiteral("1234")));
    EXPECT_EQ(page.failureText(1, WebhooksPage::FailureErrorColumn), QStringLiteral("connection refused"));
    ASSERT_TRUE(page.selectWebhook(QStringLiteral("3")));
    EXPECT_EQ(page.failureRows(), 0);

    // A refresh keeps the selection.
    page.showList(sampleList());
    ASSERT_TRUE(page.selectWebhook(QStringLiteral("10")));
    page.showList(sampleList());
    EXPECT_EQ(page.failureRows(), 2);

    page.hide();
    EXPECT_FALSE(page.autoRefreshing()) << "no refreshing while nobody looks";
}

TEST(WebhooksPage, ListedInTheBackOfficeForAdminsOnly)
{
    ServerConnection connection(QStringLiteral("T-office"));
    BackOfficeWindow window(&connection);
    ASSERT_GE(window.webhooksPageIndex(), 0);
    EXPECT_FALSE(window.isPageListed(window.webhooksPageIndex())) << "nobody signed in";
    EXPECT_TRUE(window.isPageListed(0));
}
