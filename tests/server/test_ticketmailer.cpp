// The e-mailed tickets (server/events/ticketmailer.h) against a real SMTP server (aiosmtpd on
// loopback), with the real PDF read back by pdftoppm and zbarimg.
#include "printers.h"
#include "testsmtpserver.h"
#include "testterminal.h"
#include "ticketmailer.h"
#include "ticketrenderer.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <gtest/gtest.h>

#include <optional>

using namespace Marquee;
using Marquee::Test::ReceivedMail;
using Marquee::Test::TestSmtpServer;

namespace {

QJsonObject cinemaLayout()
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/resources/layouts/cinema.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject ticket(const QString &code, const QString &seatId, const QString &category, qint64 cents,
                   const QString &ticketType = {})
{
    QJsonObject t {{QStringLiteral("code"), code}, {QStringLiteral("seatId"), seatId}, {QStringLiteral("category"), category},
                   {QStringLiteral("price"), QJsonObject {{QStringLiteral("amount"), cents}, {QStringLiteral("currency"), QStringLiteral("EUR")}}}};
    if (!ticketType.isEmpty())
        t.insert(QStringLiteral("ticketType"), ticketType);
    return t;
}

// A marquee_sale_mail document as the lead's SQL function writes it (the brief's example).
QJsonObject saleMail(const QString &language = {})
{
    QJsonObject mail {
        {QStringLiteral("saleId"), QStringLiteral("42")},
        {QStringLiteral("email"), QStringLiteral("anna@example.org")},
        {QStringLiteral("venue"), QJsonObject {{QStringLiteral("name"), QStringLiteral("Demo Cinema")},
                                               {QStringLiteral("timezone"), QStringLiteral("Europe/Berlin")}}},
        {QStringLiteral("show"), QJsonObject {{QStringLiteral("id"), QStringLiteral("7")},
                                              {QStringLiteral("title"), QStringLiteral("Metropolis")},
                                              {QStringLiteral("startsAt"), QStringLiteral("2026-12-02T19:30:00.000Z")},
                                              {QStringLiteral("auditorium"), QStringLiteral("Screen 1")}}},
        {QStringLiteral("layout"), cinemaLayout()},
        {QStringLiteral("soldAt"), QStringLiteral("2026-12-02T17:01:02.345Z")},
        {QStringLiteral("total"), QJsonObject {{QStringLiteral("amount"), 2350}, {QStringLiteral("currency"), QStringLiteral("EUR")}}},
        {QStringLiteral("tickets"), QJsonArray {ticket(QStringLiteral("AB12CD34EF56AB78"), QStringLiteral("left-H-1"), QStringLiteral("premium"), 1250, QStringLiteral("Adult")),
                                                ticket(QStringLiteral("CD34EF56AB78AB12"), QStringLiteral("left-A-1"), QStringLiteral("standard"), 1100)}},
    };
    if (!language.isEmpty())
        mail.insert(QStringLiteral("language"), language);
    return mail;
}

SmtpSettings settingsFor(const TestSmtpServer &server, SmtpSettings::Security security = SmtpSettings::Security::None)
{
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = server.port();
    settings.security = security;
    settings.from = QStringLiteral("Marquee Tickets <tickets@cinema.example>");
    settings.caFile = server.caFile();
    settings.timeoutSeconds = 10;
    return settings;
}

// Sends and waits for done(); nullopt when it never came.
std::optional<Status> sendAndWait(TicketMailer &mailer, const QJsonObject &mail, const QString &messageId, int timeoutMs = 30'000)
{
    std::optional<Status> result;
    int calls = 0;
    mailer.send(mail, messageId, [&](Status status) {
        result = status;
        ++calls;
    });
    EXPECT_FALSE(result) << "done() is called later, never inside send()";
    Marquee::Test::waitUntil([&] { return result.has_value(); }, timeoutMs);
    Marquee::Test::waitUntil([] { return false; }, 50); // a second call would come now
    EXPECT_LE(calls, 1);
    return result;
}

QString textOf(const ReceivedMail &mail, const QString &contentType)
{
    const ReceivedMail::Part *part = mail.part(contentType);
    return part ? QString::fromUtf8(part->data) : QString();
}

const QStringList Expected = {QStringLiteral("MARQUEE:AB12CD34EF56AB78"), QStringLiteral("MARQUEE:CD34EF56AB78AB12")};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST(TicketMailer, SendsOneMailWithThePdfWhoseQrCodesAreTheTickets)
{
    TestSmtpServer smtp;
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    TicketMailer mailer(settingsFor(smtp));
    const auto status = sendAndWait(mailer, saleMail(), QStringLiteral("sale-42.0001@marquee"));
    ASSERT_TRUE(status) << "done() never called";
    ASSERT_TRUE(*status) << status->error().message.toStdString();

    ASSERT_TRUE(smtp.waitForMessages(1));
    const QList<ReceivedMail> mails = smtp.messages();
    ASSERT_EQ(mails.size(), 1);
    const ReceivedMail &mail = mails.constFirst();
    EXPECT_EQ(mail.subject, QStringLiteral("Your tickets for Metropolis"));
    EXPECT_EQ(mail.to, QStringLiteral("anna@example.org"));
    EXPECT_EQ(mail.from, QStringLiteral("Marquee Tickets <tickets@cinema.example>"));
    EXPECT_EQ(mail.messageId, QStringLiteral("sale-42.0001@marquee"));

    const ReceivedMail::Part *pdf = mail.part(QStringLiteral("application/pdf"));
    ASSERT_NE(pdf, nullptr) << mail.raw.left(2000).toStdString();
    EXPECT_EQ(pdf->fileName, QStringLiteral("tickets-42.pdf"));
    EXPECT_EQ(pdf->disposition, QStringLiteral("attachment"));
    EXPECT_TRUE(pdf->data.startsWith("%PDF-"));
    QString error;
    const QStringList codes = TestSmtpServer::decodeQrCodes(pdf->data, &error);
    EXPECT_EQ(sorted(codes), Expected) << error.toStdString();

    // The text: seats as the layout labels them, category names, the venue's wall clock
    // (19:30 UTC is 20:30 in Berlin), the prices and the total.
    const QString text = textOf(mail, QStringLiteral("text/plain"));
    EXPECT_TRUE(text.contains(QStringLiteral("Row H, seat 1 (Premium, Adult)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Row A, seat 1 (Standard)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("8:30"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Demo Cinema, Screen 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("\u20ac23.50"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("AB12CD34EF56AB78"))) << text.toStdString();

    // The HTML shows the tickets as inline images, whose QR codes decode too.
    const QString html = textOf(mail, QStringLiteral("text/html"));
    QStringList inlineCodes;
    int images = 0;
    for (const ReceivedMail::Part &part : mail.parts) {
        if (part.contentType != QLatin1String("image/png"))
            continue;
        ++images;
        EXPECT_TRUE(html.contains(QStringLiteral("cid:") + part.contentId)) << part.contentId.toStdString();
        inlineCodes += TestSmtpServer::decodeQrCodesInImage(part.data, &error);
    }
    EXPECT_EQ(images, 2);
    EXPECT_EQ(sorted(inlineCodes), Expected) << error.toStdString();
}

TEST(TicketMailer, AGermanSaleGetsAGermanMailAndPdf)
{
    TestSmtpServer smtp;
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    TicketMailer mailer(settingsFor(smtp));
    const auto status = sendAndWait(mailer, saleMail(QStringLiteral("de")), QStringLiteral("sale-42.0002@marquee"));
    ASSERT_TRUE(status && *status) << (status ? status->error().message.toStdString() : "no done()");
    ASSERT_TRUE(smtp.waitForMessages(1));
    const QList<ReceivedMail> mails = smtp.messages();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.constFirst().subject, QStringLiteral("Ihre Tickets f\u00fcr Metropolis"));
    const QString text = textOf(mails.constFirst(), QStringLiteral("text/plain"));
    EXPECT_TRUE(text.contains(QStringLiteral("Reihe H, Platz 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("20:30"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("23,50\u00a0\u20ac"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Buchungsnummer: 42"))) << text.toStdString();
    const ReceivedMail::Part *pdf = mails.constFirst().part(QStringLiteral("application/pdf"));
    ASSERT_NE(pdf, nullptr);
    QString error;
    EXPECT_EQ(sorted(TestSmtpServer::decodeQrCodes(pdf->data, &error)), Expected) << error.toStdString();
    // The translator is gone again: the next English mail is English.
    const auto english = TicketMailer::compose(saleMail());
    ASSERT_TRUE(english);
    EXPECT_EQ(english->subject, QStringLiteral("Your tickets for Metropolis"));
}

TEST(TicketMailer, SmtpDownFailsQuicklyThenUpDeliversExactlyOnce)
{
    TestSmtpServer smtp; // not started yet: nothing listens on its port
    TicketMailer mailer(settingsFor(smtp));
    QElapsedTimer timer;
    timer.start();
    const auto down = sendAndWait(mailer, saleMail(), QStringLiteral("sale-42.0003@marquee"));
    ASSERT_TRUE(down) << "done() never called";
    ASSERT_FALSE(*down);
    EXPECT_EQ(down->error().code, ErrorCode::ServiceDegraded) << down->error().message.toStdString();
    EXPECT_LT(timer.elapsed(), 5'000);

    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    const auto up = sendAndWait(mailer, saleMail(), QStringLiteral("sale-42.0003@marquee"));
    ASSERT_TRUE(up && *up) << (up ? up->error().message.toStdString() : "no done()");
    ASSERT_TRUE(smtp.waitForMessages(1));
    Marquee::Test::waitUntil([] { return false; }, 300);
    EXPECT_EQ(smtp.messages().size(), 1);

    // Down again after it ran (stopped, not just never there): an error again, and no mail.
    smtp.stop();
    const auto again = sendAndWait(mailer, saleMail(), QStringLiteral("sale-42.0004@marquee"));
    ASSERT_TRUE(again);
    EXPECT_FALSE(*again);
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString(); // the same port
    EXPECT_EQ(smtp.messages().size(), 1);
}

TEST(TicketMailer, StartTlsWithTheServersCertificate)
{
    TestSmtpServer smtp(TestSmtpServer::Security::StartTls);
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    TicketMailer mailer(settingsFor(smtp, SmtpSettings::Security::StartTls));
    const auto status = sendAndWait(mailer, saleMail(), QStringLiteral("sale-42.0005@marquee"));
    ASSERT_TRUE(status && *status) << (status ? status->error().message.toStdString() : "no done()");
    ASSERT_TRUE(smtp.waitForMessages(1));
    EXPECT_EQ(smtp.messages().size(), 1);
}

TEST(TicketMailer, StartTlsWithAWrongCaIsAnErrorAndSendsNothing)
{
    TestSmtpServer smtp(TestSmtpServer::Security::StartTls);
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    SmtpSettings settings = settingsFor(smtp, SmtpSettings::Security::StartTls);
    settings.caFile = smtp.otherCaFile();
    TicketMailer mailer(settings);
    const auto status = sendAndWait(mailer, saleMail(), QStringLiteral("sale-42.0006@marquee"));
    ASSERT_TRUE(status) << "done() never called";
    ASSERT_FALSE(*status);
    EXPECT_EQ(status->error().code, ErrorCode::ServiceDegraded);
    EXPECT_TRUE(status->error().message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive)
                || status->error().message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive))
        << status->error().message.toStdString();
    Marquee::Test::waitUntil([] { return false; }, 300);
    EXPECT_TRUE(smtp.messages().isEmpty());
}

TEST(TicketMailer, StartTlsRequiredAgainstAPlainServerIsAnError)
{
    TestSmtpServer smtp; // offers no STARTTLS
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    TicketMailer mailer(settingsFor(smtp, SmtpSettings::Security::StartTls));
    const auto status = sendAndWait(mailer, saleMail(), QStringLiteral("sale-42.0007@marquee"));
    ASSERT_TRUE(status);
    EXPECT_FALSE(*status);
    Marquee::Test::waitUntil([] { return false; }, 300);
    EXPECT_TRUE(smtp.messages().isEmpty()) << "never in clear text when STARTTLS is asked for";
}

TEST(TicketMailer, ImplicitTls)
{
    TestSmtpServer smtp(TestSmtpServer::Security::Tls);
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    TicketMailer mailer(settingsFor(smtp, SmtpSettings::Security::Tls));
    const auto status = sendAndWait(mailer, saleMail(QStringLiteral("fr")), QStringLiteral("sale-42.0008@marquee"));
    ASSERT_TRUE(status && *status) << (status ? status->error().message.toStdString() : "no done()");
    ASSERT_TRUE(smtp.waitForMessages(1));
    const QList<ReceivedMail> mails = smtp.messages();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_TRUE(textOf(mails.constFirst(), QStringLiteral("text/plain")).contains(QStringLiteral("Rang H, place 1")));
}

TEST(TicketMailer, DocumentsThatCannotBeMailedAreClearErrors)
{
    TestSmtpServer smtp;
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    TicketMailer mailer(settingsFor(smtp));
    QJsonObject noEmail = saleMail();
    noEmail.remove(QStringLiteral("email"));
    QJsonObject injected = saleMail();
    injected.insert(QStringLiteral("email"), QStringLiteral("anna@example.org\r\nBcc: all@example.org"));
    QJsonObject noTickets = saleMail();
    noTickets.insert(QStringLiteral("tickets"), QJsonArray());
    QJsonObject noPrice = saleMail();
    noPrice.insert(QStringLiteral("tickets"), QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("X")}}});
    const QList<std::pair<QJsonObject, QString>> cases = {
        {noEmail, QStringLiteral("sale-42.1@marquee")},
        {injected, QStringLiteral("sale-42.2@marquee")},
        {noTickets, QStringLiteral("sale-42.3@marquee")},
        {noPrice, QStringLiteral("sale-42.4@marquee")},
        {saleMail(), QStringLiteral("sale-42.5@marquee>\r\nBcc: all@example.org")},
        {saleMail(), QString()},
    };
    for (const auto &[mail, messageId] : cases) {
        const auto status = sendAndWait(mailer, mail, messageId);
        ASSERT_TRUE(status) << messageId.toStdString();
        ASSERT_FALSE(*status) << messageId.toStdString();
        EXPECT_EQ(status->error().code, ErrorCode::InvalidValue) << status->error().message.toStdString();
    }
    Marquee::Test::waitUntil([] { return false; }, 300);
    EXPECT_TRUE(smtp.messages().isEmpty());

    // No smtp-host: no mail, said so.
    TicketMailer disabled(SmtpSettings {});
    const auto status = sendAndWait(disabled, saleMail(), QStringLiteral("sale-42.6@marquee"));
    ASSERT_TRUE(status);
    EXPECT_FALSE(*status);
}

TEST(TicketMailer, AnEventIdAloneGetsTheSendersDomain)
{
    TestSmtpServer smtp;
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();
    TicketMailer mailer(settingsFor(smtp));
    const QString eventId = QStringLiteral("0b6f1c9e-4a51-4c4e-9d3f-7f0d2b8a1e22"); // the outbox's event id
    const auto status = sendAndWait(mailer, saleMail(), eventId);
    ASSERT_TRUE(status && *status) << (status ? status->error().message.toStdString() : "no done()");
    ASSERT_TRUE(smtp.waitForMessages(1));
    const QList<ReceivedMail> mails = smtp.messages();
    ASSERT_EQ(mails.size(), 1);
    EXPECT_EQ(mails.constFirst().messageId, eventId + QStringLiteral("@cinema.example"));
}

TEST(TicketMailer, SignsInWithUserAndPasswordOverStartTls)
{
    TestSmtpServer smtp(TestSmtpServer::Security::StartTls);
    smtp.setAuthentication(QStringLiteral("tickets@cinema.example"), QStringLiteral("s3cret pass"));
    ASSERT_TRUE(smtp.start()) << smtp.output().toStdString();

    SmtpSettings settings = settingsFor(smtp, SmtpSettings::Security::StartTls);
    TicketMailer anonymous(settings);
    const auto refused = sendAndWait(anonymous, saleMail(), QStringLiteral("sale-42.0010@marquee"));
    ASSERT_TRUE(refused);
    EXPECT_FALSE(*refused) << "the server requires a sign-in";

    settings.user = QStringLiteral("tickets@cinema.example");
    settings.password = QStringLiteral("wrong");
    TicketMailer wrong(settings);
    const auto denied = sendAndWait(wrong, saleMail(), QStringLiteral("sale-42.0011@marquee"));
    ASSERT_TRUE(denied);
    ASSERT_FALSE(*denied);
    EXPECT_EQ(denied->error().code, ErrorCode::ServiceDegraded) << "a wrong password is fixed by the operator: retry";
    EXPECT_FALSE(denied->error().message.contains(QStringLiteral("wrong"))) << "no password in the error";

    settings.password = QStringLiteral("s3cret pass");
    TicketMailer right(settings);
    const auto status = sendAndWait(right, saleMail(), QStringLiteral("sale-42.0012@marquee"));
    ASSERT_TRUE(status && *status) << (status ? status->error().message.toStdString() : "no done()") << smtp.output().toStdString();
    ASSERT_TRUE(smtp.waitForMessages(1));
    Marquee::Test::waitUntil([] { return false; }, 300);
    ASSERT_EQ(smtp.messages().size(), 1);
    EXPECT_EQ(smtp.messages().constFirst().messageId, QStringLiteral("sale-42.0012@marquee"));
}

TEST(TicketMailer, AServerThatNeverAnswersTimesOutWithoutBlockingTheEventLoop)
{
    // Accepts the connection and says nothing (no 220 greeting), like a hung mail server.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> connections;
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            connections.append(socket);
    });
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = silent.serverPort();
    settings.security = SmtpSettings::Security::None;
    settings.from = QStringLiteral("tickets@cinema.example");
    settings.timeoutSeconds = 2;
    TicketMailer mailer(settings);

    // The event loop keeps turning meanwhile (the dialogue is on a worker thread).
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] { ++ticks; });
    ticker.start(100);
    QElapsedTimer timer;
    timer.start();
    const auto status = sendAndWait(mailer, saleMail(), QStringLiteral("sale-42.0020@marquee"));
    ASSERT_TRUE(status) << "done() never called";
    ASSERT_FALSE(*status);
    EXPECT_EQ(status->error().code, ErrorCode::ServiceDegraded) << status->error().message.toStdString();
    EXPECT_GE(timer.elapsed(), 1'500);
    EXPECT_LT(timer.elapsed(), 8'000);
    EXPECT_GE(ticks, 10) << "the event loop was blocked";
    EXPECT_FALSE(connections.isEmpty()) << "the mailer never connected";
}
