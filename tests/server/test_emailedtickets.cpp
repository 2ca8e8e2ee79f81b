// The e-mailed tickets end to end: a sale with an e-mail at a real marquee-server process (on the
// harness's PostgreSQL, over a real WebSocket) reaches a real SMTP server (aiosmtpd) as one mail
// whose PDF's QR codes are the sale's tickets, in the sale's language; with the SMTP server down
// the mail is retried and sent once when it is back; a kill -9 between the sale and the mail
// neither loses nor repeats it.
#include "serverprocess.h"
#include "testpostgres.h"
#include "testsmtpserver.h"
#include "testterminal.h"

#include <gtest/gtest.h>

#include <memory>

using namespace Marquee;
using namespace Marquee::Test;

namespace {

class EmailedTicketsTest : public PostgresTest
{
protected:
    std::unique_ptr<ServerProcess> startServer(const TestSmtpServer &smtp)
    {
        auto server = std::make_unique<ServerProcess>(QStringLiteral(MARQUEE_SERVER_BINARY));
        EXPECT_TRUE(server->usable());
        server->setDatabaseUrl(databaseUrl());
        server->setExtraArguments({QStringLiteral("--smtp-host"), QStringLiteral("127.0.0.1"),
                                   QStringLiteral("--smtp-port"), QString::number(smtp.port()),
                                   QStringLiteral("--smtp-security"), QStringLiteral("none"),
                                   QStringLiteral("--smtp-from"), QStringLiteral("Marquee Tickets <tickets@cinema.example>")});
        m_port = server->start(0, 60'000);
        EXPECT_NE(m_port, 0) << "marquee-server did not start:\n" << server->output().toStdString();
        return server;
    }

    std::unique_ptr<TestTerminal> cashier()
    {
        auto t = std::make_unique<TestTerminal>(QStringLiteral("T1"));
        EXPECT_TRUE(t->open(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_port))));
        EXPECT_TRUE(t->signIn(QStringLiteral("cashier"), QStringLiteral("cashier")));
        return t;
    }

    // Two free seats of a show on sale.
    static QStringList twoSeats(TestTerminal &t, QString *show) { return t.subscribeToFreeSeats(10, show).mid(0, 2); }

    // Sells the seats (cash) with the customer's e-mail; the ticket codes as their QR codes say them.
    QStringList sell(TestTerminal &t, const QString &show, const QStringList &seats, const QString &language)
    {
        auto hold = t.call<HoldReply>(holdOf(show, seats));
        EXPECT_TRUE(hold) << (hold ? "" : hold.error().toString().toStdString());
        if (!hold)
            return {};
        SellRequest sell;
        sell.holdId = hold->holdId;
        sell.payments = {cash(hold->total.minorUnits(), hold->total.minorUnits())};
        sell.customerEmail = QStringLiteral("anna@example.org");
        sell.language = language;
        auto sold = t.call<SellReply>(sell);
        EXPECT_TRUE(sold) << (sold ? "" : sold.error().toString().toStdString());
        QStringList payloads;
        if (sold) {
            for (const Ticket &ticket : std::as_const(sold->tickets))
                payloads.append(QStringLiteral("MARQUEE:") + ticket.code);
        }
        payloads.sort();
        return payloads;
    }

    static QStringList qrCodesOf(const ReceivedMail &mail)
    {
        const ReceivedMail::Part *pdf = mail.part(QStringLiteral("application/pdf"));
        EXPECT_NE(pdf, nullptr) << mail.raw.left(2000).toStdString();
        if (!pdf)
            return {};
        QString error;
        QStringList codes = TestSmtpServer::decodeQrCodes(pdf->data, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        codes.sort();
        return codes;
    }

    quint16 m_port = 0;
};

} // namespace

TEST_F(EmailedTicketsTest, ASaleWithAnEmailIsMailedOnceWithItsTickets)
{
    TestSmtpServer smtp;
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    auto server = startServer(smtp);
    ASSERT_NE(m_port, 0);
    auto t = cashier();
    QString show;
    const QStringList seats = twoSeats(*t, &show);
    ASSERT_EQ(seats.size(), 2);
    const QStringList tickets = sell(*t, show, seats, QStringLiteral("de"));
    ASSERT_EQ(tickets.size(), 2);

    ASSERT_TRUE(smtp.waitForMessages(1, 60'000)) << server->output().toStdString();
    waitUntil([] { return false; }, 1'000); // a second mail would come now
    const QList<ReceivedMail> mails = smtp.messages();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.constFirst().to, QStringLiteral("anna@example.org"));
    EXPECT_TRUE(mails.constFirst().subject.startsWith(QStringLiteral("Ihre Tickets f\u00fcr "))) << mails.constFirst().subject.toStdString();
    EXPECT_EQ(qrCodesOf(mails.constFirst()), tickets);
    server->stopProcess();
}

TEST_F(EmailedTicketsTest, SmtpDownIsRetriedAndTheMailSentOnceWhenItIsBack)
{
    TestSmtpServer smtp; // down: nothing listens on its port yet
    auto server = startServer(smtp);
    ASSERT_NE(m_port, 0);
    auto t = cashier();
    QString show;
    const QStringList seats = twoSeats(*t, &show);
    ASSERT_EQ(seats.size(), 2);
    const QStringList tickets = sell(*t, show, seats, QStringLiteral("en"));
    ASSERT_EQ(tickets.size(), 2);

    // The server tries, fails and says so, and tries again.
    ASSERT_TRUE(waitUntil([&] { return server->countInOutput(QStringLiteral("not sent")) >= 2; }, 30'000))
        << server->output().toStdString();
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    ASSERT_TRUE(smtp.waitForMessages(1, 60'000)) << server->output().toStdString();
    waitUntil([] { return false; }, 2'000);
    const QList<ReceivedMail> mails = smtp.messages();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.constFirst().subject.left(17), QStringLiteral("Your tickets for "));
    EXPECT_EQ(qrCodesOf(mails.constFirst()), tickets);
    server->stopProcess();
}

TEST_F(EmailedTicketsTest, AKillBetweenTheSaleAndTheMailLosesNothingAndSendsItOnce)
{
    TestSmtpServer smtp; // down, so the sale is committed and its mail not yet sent
    auto server = startServer(smtp);
    ASSERT_NE(m_port, 0);
    auto t = cashier();
    QString show;
    const QStringList seats = twoSeats(*t, &show);
    ASSERT_EQ(seats.size(), 2);
    const QStringList tickets = sell(*t, show, seats, QStringLiteral("fr"));
    ASSERT_EQ(tickets.size(), 2);
    ASSERT_TRUE(waitUntil([&] { return server->countInOutput(QStringLiteral("not sent")) >= 1; }, 30'000))
        << server->output().toStdString();

    // kill -9 with the mail owed; the SMTP server comes back; so does the server, on the same database.
    t.reset();
    server->killHard();
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    ASSERT_EQ(server->start(m_port, 60'000), m_port) << server->output().toStdString();
    ASSERT_TRUE(smtp.waitForMessages(1, 60'000)) << server->output().toStdString();
    waitUntil([] { return false; }, 2'000); // a second mail would come now
    const QList<ReceivedMail> mails = smtp.messages();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.constFirst().to, QStringLiteral("anna@example.org"));
    EXPECT_TRUE(mails.constFirst().subject.startsWith(QStringLiteral("Vos billets pour "))) << mails.constFirst().subject.toStdString();
    EXPECT_EQ(qrCodesOf(mails.constFirst()), tickets);
    server->stopProcess();
}
