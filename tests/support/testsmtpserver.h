#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

namespace Marquee::Test {

class DaemonProcess;

// A received mail, taken apart by Python's email package (so that the test reads it as a mail
// client would, not with the code that wrote it).
struct ReceivedMail
{
    struct Part
    {
        QString contentType;  // "application/pdf"
        QString disposition;  // "attachment", "inline" or empty
        QString fileName;
        QString contentId;    // without the angle brackets
        QByteArray data;      // decoded (base64, quoted-printable undone); text as UTF-8
    };

    QByteArray raw;
    QString subject;  // decoded (RFC 2047)
    QString from;
    QString to;
    QString messageId; // without the angle brackets
    QList<Part> parts; // the leaves, in order

    // The first leaf of that content type, or nullptr.
    const Part *part(const QString &contentType) const;
};

// A real SMTP server on a free loopback port for the mail tests: Debian's aiosmtpd
// (python3-aiosmtpd, `/usr/bin/python3 -m aiosmtpd`) with its Maildir handler. It can be stopped
// and started again on the same port (an SMTP server that is down for a while), and with
// STARTTLS or TLS on a self-signed certificate made with openssl (caFile() is that certificate).
// A missing program fails the test: it is never a skip.
class TestSmtpServer
{
public:
    enum class Security { None, StartTls, Tls };

    explicit TestSmtpServer(Security security = Security::None);
    ~TestSmtpServer();
    TestSmtpServer(const TestSmtpServer &) = delete;
    TestSmtpServer &operator=(const TestSmtpServer &) = delete;

    // From now on the server requires SMTP AUTH (PLAIN or LOGIN) with this user and password (a
    // small aiosmtpd script of ours: the aiosmtpd command has no option for it). Before start().
    void setAuthentication(const QString &user, const QString &password);

    // Starts the server on port() (the same port every time); false with the reason in output().
    bool start();
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    // The self-signed certificate of "localhost" and 127.0.0.1 (STARTTLS, TLS); empty otherwise.
    QString caFile() const { return m_caFile; }
    // Another self-signed certificate, not the server's (a wrong CA for the tests).
    QString otherCaFile() const { return m_otherCaFile; }
    QString output() const;

    // The mails received so far, oldest first.
    QList<ReceivedMail> messages() const;
    // Waits (processing events) until at least `count` mails are there.
    bool waitForMessages(int count, int timeoutMs = 15'000) const;

    // The text of every QR code in a PDF, page by page (pdftoppm -r 200, then zbarimg --raw).
    static QStringList decodeQrCodes(const QByteArray &pdf, QString *error = nullptr);
    // The text of every QR code in an image (PNG and the like): zbarimg --raw.
    static QStringList decodeQrCodesInImage(const QByteArray &image, QString *error = nullptr);
    // One mail file taken apart.
    static ReceivedMail parse(const QByteArray &raw, QString *error = nullptr);

private:
    Security m_security;
    std::unique_ptr<DaemonProcess> m_daemon;
    quint16 m_port = 0;
    QString m_maildir;
    QString m_caFile;
    QString m_keyFile;
    QString m_otherCaFile;
    QString m_failure;
    QString m_user;
    QString m_password;
};

} // namespace Marquee::Test
