#pragma once

#include "result.h"
#include "smtpsettings.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace Marquee {

// A sale's mail as it goes on the wire (compose()).
struct TicketMail
{
    struct Image
    {
        QString contentId; // "ticket-1@marquee"
        QByteArray png;
    };

    QString to;
    QString subject;
    QString text; // text/plain
    QString html; // text/html, the tickets as images (cid:)
    QList<Image> images;
    QString pdfName; // "tickets-42.pdf"
    QByteArray pdf;
};

// Sends a sale's tickets to its customer: the PDF of the printed tickets (TicketRenderer), a
// text and an HTML part with the tickets as images, in the sale's language. The input is the JSON
// of the SQL function marquee_sale_mail (docs/EVENTS.md). Composing (fonts, the PDF, the
// translation) happens on the mailer's thread, which must be the GUI application's main thread;
// the SMTP dialogue (libcurl) on a worker thread, so the event loop never waits for the mail server.
class TicketMailer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketMailer)

public:
    explicit TicketMailer(SmtpSettings settings, QObject *parent = nullptr);
    // Waits for the mails on their way (an unfinished SMTP dialogue is cut off: not sent).
    ~TicketMailer() override;

    const SmtpSettings &settings() const { return m_settings; }

    // Sends one mail and calls `done` on this object's thread, once: ok when the SMTP server
    // accepted it. `messageId` becomes the Message-ID, so that a mail sent again after a crash is
    // recognisable as the same: "local@domain" as it is, or an id alone (the sale.completed
    // event's id) with the sender's domain added (<id@cinema.example>). Errors:
    //   InvalidValue      the mail can never be sent as it is: the document is incomplete, or the
    //                     SMTP server refused the recipient for good (5xx on RCPT TO); retrying
    //                     will not help
    //   ServiceDegraded   the SMTP server is unreachable, timed out, refused the sign-in or the
    //                     certificate, or failed for now: retry later
    void send(const QJsonObject &mail, const QString &messageId, std::function<void(Status)> done);

    // The mail for a marquee_sale_mail document (in its language); InvalidValue when it lacks what
    // a mail needs (an e-mail address, tickets).
    static Result<TicketMail> compose(const QJsonObject &mail);

private:
    SmtpSettings m_settings;
    QThreadPool m_workers;
    std::shared_ptr<std::atomic<bool>> m_stopping;
};

} // namespace Marquee
