#include "testsmtpserver.h"

#include "daemonprocess.h"
#include "testterminal.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>

#include <algorithm>

namespace Marquee::Test {

namespace {

const QString Python = QStringLiteral("/usr/bin/python3"); // Debian's, with python3-aiosmtpd

// Reads a mail from stdin, writes its parts as JSON (data in base64).
const char *const ParseScript = R"PY(
import base64, email, email.policy, json, sys
msg = email.message_from_binary_file(sys.stdin.buffer, policy=email.policy.default)
parts = []
for part in msg.walk():
    if part.is_multipart():
        continue
    data = part.get_payload(decode=True) or b""
    parts.append({
        "contentType": part.get_content_type(),
        "disposition": part.get_content_disposition() or "",
        "fileName": part.get_filename() or "",
        "contentId": (part.get("Content-ID") or "").strip().strip("<>"),
        "data": base64.b64encode(data).decode("ascii"),
    })
json.dump({"subject": str(msg["Subject"] or ""), "from": str(msg["From"] or ""), "to": str(msg["To"] or ""),
           "messageId": str(msg["Message-ID"] or "").strip().strip("<>"), "parts": parts}, sys.stdout)
)PY";

// aiosmtpd with SMTP AUTH: the Maildir handler behind an authenticator that knows one user.
// Arguments: maildir port none|starttls|tls certificate key user password.
const char *const AuthServerScript = R"PY(
import signal, ssl, sys
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import AuthResult, LoginPassword
maildir, port, security, cert, key, user, password = sys.argv[1:8]
signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
def authenticate(server, session, envelope, mechanism, data):
    ok = isinstance(data, LoginPassword) and data.login.decode() == user and data.password.decode() == password
    return AuthResult(success=ok, handled=False)
kwargs = dict(authenticator=authenticate, auth_required=True, auth_require_tls=(security != "none"))
if security != "none":
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    if security == "starttls":
        kwargs.update(tls_context=context, require_starttls=True)
    else:
        kwargs["ssl_context"] = context
controller = Controller(Mailbox(maildir), hostname="127.0.0.1", port=int(port), **kwargs)
controller.start()
print("ready", flush=True)
signal.sigwait({signal.SIGTERM, signal.SIGINT})
controller.stop()
)PY";

bool run(const QString &program, const QStringList &arguments, const QByteArray &input, QByteArray *output, QString *error,
         const QString &workingDirectory = {}, QList<int> okCodes = {0})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(5'000)) {
        if (error)
            *error = program + QStringLiteral(" did not start (installed?): ") + process.errorString();
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit
        || !okCodes.contains(process.exitCode())) {
        if (error)
            *error = program + u' ' + arguments.join(u' ') + QStringLiteral(" failed (exit ") + QString::number(process.exitCode())
                + QStringLiteral("): ") + QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

bool makeCertificate(const QString &dir, const QString &name, QString *certificate, QString *key, QString *error)
{
    *certificate = dir + u'/' + name + QStringLiteral(".crt");
    *key = dir + u'/' + name + QStringLiteral(".key");
    return run(QStringLiteral("openssl"),
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), *key,
                QStringLiteral("-out"), *certificate},
               {}, nullptr, error);
}

QStringList lines(const QByteArray &output)
{
    QStringList result;
    for (const QByteArray &line : output.split('\n')) {
        if (!line.trimmed().isEmpty())
            result.append(QString::fromUtf8(line.trimmed()));
    }
    return result;
}

} // namespace

const ReceivedMail::Part *ReceivedMail::part(const QString &contentType) const
{
    const auto it = std::find_if(parts.cbegin(), parts.cend(), [&](const Part &p) { return p.contentType == contentType; });
    return it == parts.cend() ? nullptr : &*it;
}

TestSmtpServer::TestSmtpServer(Security security)
    : m_security(security)
    , m_daemon(std::make_unique<DaemonProcess>(QStringLiteral("smtp")))
    , m_port(DaemonProcess::freePort())
{
    m_maildir = m_daemon->dir() + QStringLiteral("/maildir");
    if (m_security != Security::None) {
        QString otherKey;
        if (!makeCertificate(m_daemon->dir(), QStringLiteral("server"), &m_caFile, &m_keyFile, &m_failure)
            || !makeCertificate(m_daemon->dir(), QStringLiteral("other"), &m_otherCaFile, &otherKey, &m_failure)) {
            m_caFile.clear();
        }
    }
}

TestSmtpServer::~TestSmtpServer() = default;

void TestSmtpServer::setAuthentication(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

bool TestSmtpServer::start()
{
    if (m_security != Security::None && m_caFile.isEmpty())
        return false; // no certificate: m_failure says why
    m_failure.clear();
    if (!m_user.isEmpty()) {
        QDir().mkpath(m_maildir.section(u'/', 0, -2));
        const QString script = m_daemon->writeFile(QStringLiteral("authsmtpd.py"), QString::fromUtf8(AuthServerScript));
        const QString security = m_security == Security::StartTls ? QStringLiteral("starttls")
            : m_security == Security::Tls                         ? QStringLiteral("tls")
                                                                  : QStringLiteral("none");
        return m_daemon->start(Python, {script, m_maildir, QString::number(m_port), security, m_caFile, m_keyFile, m_user, m_password},
                               m_port);
    }
    QStringList arguments = {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                             QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"),
                             QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_port)};
    if (m_security == Security::StartTls)
        arguments << QStringLiteral("--tlscert") << m_caFile << QStringLiteral("--tlskey") << m_keyFile;
    if (m_security == Security::Tls)
        arguments << QStringLiteral("--smtpscert") << m_caFile << QStringLiteral("--smtpskey") << m_keyFile;
    arguments << m_maildir; // the handler's argument
    return m_daemon->start(Python, arguments, m_port);
}

void TestSmtpServer::stop()
{
    m_daemon->stop();
}

bool TestSmtpServer::isRunning() const
{
    return m_daemon->isRunning();
}

QString TestSmtpServer::output() const
{
    return m_failure + u'\n' + m_daemon->output();
}

QList<ReceivedMail> TestSmtpServer::messages() const
{
    // Maildir: delivered mails are in new/ (cur/ once a mail client saw them); names start with
    // the delivery time in seconds, so that the modification time orders them.
    QFileInfoList files;
    for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")})
        files += QDir(m_maildir + u'/' + sub).entryInfoList(QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() != b.lastModified() ? a.lastModified() < b.lastModified() : a.fileName() < b.fileName();
    });
    QList<ReceivedMail> mails;
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            mails.append(parse(file.readAll()));
    }
    return mails;
}

bool TestSmtpServer::waitForMessages(int count, int timeoutMs) const
{
    return waitUntil([&] {
        qsizetype n = 0;
        for (const QString &sub : {QStringLiteral("new"), QStringLiteral("cur")})
            n += QDir(m_maildir + u'/' + sub).entryList(QDir::Files).size();
        return n >= count;
    }, timeoutMs);
}

ReceivedMail TestSmtpServer::parse(const QByteArray &raw, QString *error)
{
    ReceivedMail mail;
    mail.raw = raw;
    QByteArray output;
    if (!run(Python, {QStringLiteral("-c"), QString::fromUtf8(ParseScript)}, raw, &output, error))
        return mail;
    const QJsonObject json = QJsonDocument::fromJson(output).object();
    mail.subject = json.value(QLatin1String("subject")).toString();
    mail.from = json.value(QLatin1String("from")).toString();
    mail.to = json.value(QLatin1String("to")).toString();
    mail.messageId = json.value(QLatin1String("messageId")).toString();
    for (const QJsonValue &value : json.value(QLatin1String("parts")).toArray()) {
        const QJsonObject p = value.toObject();
        mail.parts.append({p.value(QLatin1String("contentType")).toString(), p.value(QLatin1String("disposition")).toString(),
                           p.value(QLatin1String("fileName")).toString(), p.value(QLatin1String("contentId")).toString(),
                           QByteArray::fromBase64(p.value(QLatin1String("data")).toString().toLatin1())});
    }
    return mail;
}

QStringList TestSmtpServer::decodeQrCodes(const QByteArray &pdf, QString *error)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("tickets.pdf")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        if (error)
            *error = QStringLiteral("cannot write the PDF to a temporary file");
        return {};
    }
    file.close();
    if (!run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), file.fileName(),
                                          dir.filePath(QStringLiteral("page"))},
             {}, nullptr, error))
        return {};
    QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    QStringList codes;
    for (const QString &page : pages) {
        QByteArray output;
        // zbarimg: exit 4 when the image holds no code
        if (!run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), dir.filePath(page)}, {}, &output,
                 error, {}, {0, 4}))
            return {};
        codes += lines(output);
    }
    return codes;
}

QStringList TestSmtpServer::decodeQrCodesInImage(const QByteArray &image, QString *error)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("image")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(image) != image.size()) {
        if (error)
            *error = QStringLiteral("cannot write the image to a temporary file");
        return {};
    }
    file.close();
    QByteArray output;
    if (!run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), file.fileName()}, {}, &output, error, {},
             {0, 4}))
        return {};
    return lines(output);
}

} // namespace Marquee::Test
