#include "ticketmailer.h"

#include "formatting.h"
#include "layoutjson.h"
#include "money.h"
#include "protocol/sales.h"
#include "ticketrenderer.h"

#include <QtCore/QBuffer>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QLocale>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRegularExpression>
#include <QtCore/QThread>
#include <QtCore/QTimeZone>
#include <QtCore/QTranslator>
#include <QtGui/QGuiApplication>
#include <QtGui/QImage>

#include <curl/curl.h>

#include <algorithm>
#include <mutex>

namespace Marquee {

namespace {

Q_LOGGING_CATEGORY(lcMail, "marquee.server.mail")

// The languages a sale may have; the translations are compiled in (server/events/CMakeLists.txt).
const QStringList &mailLanguages()
{
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
    return languages;
}

// The project's translation of `language`, loaded once (main thread only).
QTranslator *translatorFor(const QString &language)
{
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    auto it = loaded.constFind(language);
    if (it == loaded.cend()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/marquee-mail-i18n/marquee_") + language + QStringLiteral(".qm"))) {
            qCWarning(lcMail).noquote() << "no translation for" << language << "compiled in: the mail is in English";
            translator.reset();
        }
        it = loaded.insert(language, translator);
    }
    return it->get();
}

// The sale's translation installed for as long as this lives (composing on the main thread).
class ScopedTranslation
{
public:
    explicit ScopedTranslation(const QString &language)
        : m_translator(language == QLatin1String("en") ? nullptr : translatorFor(language))
    {
        if (m_translator)
            QCoreApplication::installTranslator(m_translator);
    }
    ~ScopedTranslation()
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator);
    }
    ScopedTranslation(const ScopedTranslation &) = delete;
    ScopedTranslation &operator=(const ScopedTranslation &) = delete;

private:
    QTranslator *m_translator;
};

Result<Money> moneyFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue amount = object.value(QLatin1String("amount"));
    if (!amount.isDouble())
        return makeError(ErrorCode::InvalidValue, QStringLiteral("an amount is missing"));
    return Money::fromMinor(qint64(amount.toDouble()), object.value(QLatin1String("currency")).toString());
}

bool hasLineBreakOrControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// ---- MIME on the wire (worker thread: plain data only) ----

// An RFC 2047 encoded header value when it is not plain ASCII: UTF-8, base64, in encoded words of
// at most 75 characters (never a character split between two).
QByteArray encodedHeaderText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return uchar(c) >= 0x20 && uchar(c) < 0x7f; });
    if (ascii)
        return utf8;
    QByteArray out;
    qsizetype at = 0;
    while (at < utf8.size()) {
        qsizetype end = std::min(at + 42, utf8.size()); // 42 bytes: 56 characters of base64
        while (end < utf8.size() && (uchar(utf8.at(end)) & 0xC0) == 0x80) // not inside a character
            --end;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(at, end - at).toBase64() + "?=";
        at = end;
    }
    return out;
}

// "Marquee Tickets <tickets@cinema.example>" -> the address; a bare address as it is.
QString addressOf(const QString &mailbox)
{
    const qsizetype open = mailbox.lastIndexOf(u'<');
    const qsizetype close = mailbox.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        return mailbox.mid(open + 1, close - open - 1).trimmed();
    return mailbox.trimmed();
}

// A From header: the display name encoded when it is not ASCII.
QByteArray fromHeader(const QString &mailbox)
{
    const QString address = addressOf(mailbox);
    const qsizetype open = mailbox.lastIndexOf(u'<');
    QString name = open > 0 ? mailbox.left(open).trimmed() : QString();
    if (name.startsWith(u'"') && name.endsWith(u'"') && name.size() >= 2)
        name = name.mid(1, name.size() - 2);
    if (name.isEmpty())
        return address.toUtf8();
    const QByteArray encoded = encodedHeaderText(name);
    if (encoded == name.toUtf8()) {
        QString quoted = name;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return '"' + quoted.toUtf8() + "\" <" + address.toUtf8() + '>';
    }
    return encoded + " <" + address.toUtf8() + '>';
}

struct SmtpEnvelope
{
    QByteArray url;
    QByteArray mailFrom;
    QByteArray recipient;
    QList<QByteArray> headers;
    QByteArray text;
    QByteArray html;
    QList<TicketMail::Image> images;
    QByteArray pdfName;
    QByteArray pdf;
    QByteArray user;
    QByteArray password;
    QByteArray caFile;
    bool startTls = false;
    long timeoutSeconds = 30;
};

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
    void operator()(curl_mime *mime) const { curl_mime_free(mime); }
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

curl_slist *append(curl_slist *list, const QByteArray &line)
{
    return curl_slist_append(list, line.constData());
}

int abortWhenStopping(void *stopping, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<std::atomic<bool> *>(stopping)->load() ? 1 : 0;
}

// Runs the SMTP dialogue; the status to hand to `done`.
Status deliver(const SmtpEnvelope &envelope, std::atomic<bool> *stopping)
{
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return makeError(ErrorCode::Internal, QStringLiteral("libcurl could not be initialised"));
    CURL *c = curl.get();
    char errors[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errors);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_URL, envelope.url.constData());
    if (envelope.startTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!envelope.caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, envelope.caFile.constData());
    if (!envelope.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, envelope.user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, envelope.password.constData());
    }
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, envelope.timeoutSeconds);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, envelope.timeoutSeconds);
    curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, &abortWhenStopping);
    curl_easy_setopt(c, CURLOPT_XFERINFODATA, stopping);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, QByteArray('<' + envelope.mailFrom + '>').constData());
    std::unique_ptr<curl_slist, CurlDeleter> recipients(append(nullptr, '<' + envelope.recipient + '>'));
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());

    curl_slist *headerList = nullptr;
    for (const QByteArray &header : envelope.headers)
        headerList = append(headerList, header);
    std::unique_ptr<curl_slist, CurlDeleter> headers(headerList);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());

    // multipart/mixed: [multipart/alternative: text/plain, [multipart/related: text/html, images]], PDF
    std::unique_ptr<curl_mime, CurlDeleter> mixed(curl_mime_init(c));
    curl_mime *alternative = curl_mime_init(c);
    curl_mimepart *part = curl_mime_addpart(alternative);
    curl_mime_data(part, envelope.text.constData(), size_t(envelope.text.size()));
    curl_mime_type(part, "text/plain; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");

    curl_mime *related = curl_mime_init(c);
    part = curl_mime_addpart(related);
    curl_mime_data(part, envelope.html.constData(), size_t(envelope.html.size()));
    curl_mime_type(part, "text/html; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    for (const TicketMail::Image &image : envelope.images) {
        part = curl_mime_addpart(related);
        curl_mime_data(part, image.png.constData(), size_t(image.png.size()));
        curl_mime_type(part, "image/png");
        curl_mime_encoder(part, "base64");
        curl_slist *list = append(nullptr, "Content-ID: <" + image.contentId.toUtf8() + '>');
        list = append(list, "Content-Disposition: inline");
        curl_mime_headers(part, list, 1); // the part owns the list
    }
    part = curl_mime_addpart(alternative);
    curl_mime_subparts(part, related); // the part owns `related`
    curl_mime_type(part, "multipart/related");

    part = curl_mime_addpart(mixed.get());
    curl_mime_subparts(part, alternative); // the part owns `alternative`
    curl_mime_type(part, "multipart/alternative");

    part = curl_mime_addpart(mixed.get());
    curl_mime_data(part, envelope.pdf.constData(), size_t(envelope.pdf.size()));
    curl_mime_type(part, "application/pdf");
    curl_mime_filename(part, envelope.pdfName.constData());
    curl_mime_encoder(part, "base64");
    curl_slist *disposition = append(nullptr, "Content-Disposition: attachment; filename=\"" + envelope.pdfName + '"');
    curl_mime_headers(part, disposition, 1);
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mixed.get());

    const CURLcode result = curl_easy_perform(c);
    if (result == CURLE_OK)
        return {};
    long response = 0;
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
    QString message = QStringLiteral("SMTP %1: %2").arg(QString::fromUtf8(envelope.url), QString::fromUtf8(curl_easy_strerror(result)));
    if (errors[0] != '\0')
        message += QStringLiteral(" (%1)").arg(QString::fromUtf8(errors));
    if (response != 0)
        message += QStringLiteral(", reply %1").arg(response);
    if (stopping->load())
        message = QStringLiteral("the server is shutting down: ") + message;
    // Refused for good: no such mailbox (550, 551, 553) or a bad address (501, 553) at RCPT TO.
    const bool permanent = result == CURLE_SEND_ERROR || result == CURLE_RECV_ERROR
        ? (response == 501 || response == 550 || response == 551 || response == 553)
        : false;
    return makeError(permanent ? ErrorCode::InvalidValue : ErrorCode::ServiceDegraded, message);
}

} // namespace

std::optional<SmtpSettings::Security> SmtpSettings::securityFromName(QStringView name)
{
    if (name == QLatin1String("starttls"))
        return Security::StartTls;
    if (name == QLatin1String("tls"))
        return Security::Tls;
    if (name == QLatin1String("none"))
        return Security::None;
    return std::nullopt;
}

TicketMailer::TicketMailer(SmtpSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_stopping(std::make_shared<std::atomic<bool>>(false))
{
    static std::once_flag curlReady;
    std::call_once(curlReady, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_workers.setMaxThreadCount(2);
    m_workers.setExpiryTimeout(60'000);
}

TicketMailer::~TicketMailer()
{
    m_stopping->store(true);
    m_workers.waitForDone();
}

Result<TicketMail> TicketMailer::compose(const QJsonObject &mail)
{
    const auto invalid = [](const QString &what) {
        return makeError(ErrorCode::InvalidValue, QStringLiteral("the sale's mail document: ") + what);
    };
    // Fonts and QPdfWriter: a QGuiApplication (marquee-server's main makes one), its main thread.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()) || QThread::currentThread() != QCoreApplication::instance()->thread())
        return makeError(ErrorCode::Internal, QStringLiteral("tickets are rendered on the main thread of a QGuiApplication only"));
    QString language = mail.value(QLatin1String("language")).toString(QStringLiteral("en"));
    if (!mailLanguages().contains(language))
        language = QStringLiteral("en");
    const QString saleId = mail.value(QLatin1String("saleId")).toString();
    const QString email = mail.value(QLatin1String("email")).toString().trimmed();
    if (saleId.isEmpty() || hasLineBreakOrControl(saleId) || !saleId.contains(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$"))))
        return invalid(QStringLiteral("no sale id"));
    if (!isPlausibleEmail(email) || hasLineBreakOrControl(email) || email.contains(u'<') || email.contains(u'>'))
        return invalid(QStringLiteral("no valid e-mail address"));
    const QJsonObject venue = mail.value(QLatin1String("venue")).toObject();
    const QJsonObject show = mail.value(QLatin1String("show")).toObject();
    const QJsonArray tickets = mail.value(QLatin1String("tickets")).toArray();
    if (tickets.isEmpty())
        return invalid(QStringLiteral("no tickets"));
    std::optional<Layout> layout;
    if (mail.value(QLatin1String("layout")).isObject()) {
        auto parsed = layoutFromJson(mail.value(QLatin1String("layout")).toObject());
        if (parsed)
            layout = std::move(*parsed);
        else
            qCWarning(lcMail).noquote() << "sale" << saleId << "layout unreadable, seats by id:" << parsed.error().message;
    }

    const ScopedTranslation translation(language);
    const QLocale locale(language);
    const QTimeZone zone = venueZone(venue.value(QLatin1String("timezone")).toString());
    const QDateTime start = QDateTime::fromString(show.value(QLatin1String("startsAt")).toString(), Qt::ISODateWithMs).toTimeZone(zone);
    const QString title = show.value(QLatin1String("title")).toString();
    const QString venueName = venue.value(QLatin1String("name")).toString();
    const QString auditorium = show.value(QLatin1String("auditorium")).toString();

    QList<TicketInfo> infos;
    for (const QJsonValue &value : tickets) {
        const QJsonObject ticket = value.toObject();
        TicketInfo info;
        info.venueName = venueName;
        info.showTitle = title;
        info.start = start;
        info.auditorium = auditorium;
        const QString seatId = ticket.value(QLatin1String("seatId")).toString();
        const QString categoryId = ticket.value(QLatin1String("category")).toString();
        info.seatLabel = seatId;
        info.category = categoryId;
        if (layout) {
            const SeatRef ref = layout->findSeat(seatId);
            if (ref)
                info.seatLabel = tr("Row %1, seat %2").arg(ref.row->label, ref.seat->label);
            if (const Category *category = layout->category(categoryId))
                info.category = category->name;
        }
        info.ticketType = ticket.value(QLatin1String("ticketType")).toString();
        auto price = moneyFrom(ticket.value(QLatin1String("price")));
        if (!price)
            return invalid(QStringLiteral("a ticket's price: ") + price.error().message);
        info.price = *price;
        info.code = ticket.value(QLatin1String("code")).toString();
        if (info.code.isEmpty())
            return invalid(QStringLiteral("a ticket without a code"));
        info.locale = locale;
        infos.append(info);
    }
    auto total = moneyFrom(mail.value(QLatin1String("total")));
    if (!total)
        return invalid(QStringLiteral("the total: ") + total.error().message);

    TicketMail out;
    out.to = email;
    out.subject = tr("Your tickets for %1").arg(title);
    out.pdfName = QStringLiteral("tickets-%1.pdf").arg(saleId);
    auto pdf = TicketRenderer::ticketsPdf(infos);
    if (!pdf)
        return pdf.error();
    out.pdf = std::move(*pdf);

    const QString when = formatDate(start.date(), locale) + u' ' + formatTime(start.time(), locale);
    const QString where = auditorium.isEmpty() ? venueName : tr("%1, %2").arg(venueName, auditorium);
    const auto seatLine = [&](const TicketInfo &info) {
        const QString what = info.ticketType.isEmpty() ? info.category : tr("%1, %2").arg(info.category, info.ticketType);
        return tr("%1 (%2): %3").arg(info.seatLabel, what, formatMoney(info.price, locale));
    };

    QStringList text;
    text << tr("Thank you for your booking. Your tickets are attached as a PDF: show them at the door, printed or on your phone.")
         << QString()
         << title
         << tr("When: %1").arg(when)
         << tr("Where: %1").arg(where)
         << QString();
    for (const TicketInfo &info : std::as_const(infos))
        text << seatLine(info) << tr("Ticket code: %1").arg(info.code);
    text << QString() << tr("Total: %1").arg(formatMoney(*total, locale)) << tr("Booking number: %1").arg(saleId) << QString()
         << tr("Enjoy the show!") << venueName;
    out.text = text.join(u'\n') + u'\n';

    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head><body>")
                       .arg(language, htmlEscaped(out.subject));
    html += QStringLiteral("<p>%1</p>").arg(htmlEscaped(text.at(0)));
    html += QStringLiteral("<h2>%1</h2><p>%2<br>%3</p>")
                .arg(htmlEscaped(title), htmlEscaped(tr("When: %1").arg(when)), htmlEscaped(tr("Where: %1").arg(where)));
    for (qsizetype i = 0; i < infos.size(); ++i) {
        const TicketInfo &info = infos.at(i);
        TicketMail::Image image;
        image.contentId = QStringLiteral("ticket-%1.%2@marquee").arg(i + 1).arg(saleId);
        QBuffer buffer(&image.png);
        buffer.open(QIODevice::WriteOnly);
        TicketRenderer::renderTicket(info, 150).save(&buffer, "PNG");
        html += QStringLiteral("<p>%1<br>%2<br><img src=\"cid:%3\" alt=\"%4\" width=\"300\"></p>")
                    .arg(htmlEscaped(seatLine(info)), htmlEscaped(tr("Ticket code: %1").arg(info.code)), image.contentId,
                         htmlEscaped(TicketRenderer::verificationPayload(info.code)));
        out.images.append(std::move(image));
    }
    html += QStringLiteral("<p><b>%1</b><br>%2</p><p>%3<br>%4</p></body></html>")
                .arg(htmlEscaped(tr("Total: %1").arg(formatMoney(*total, locale))), htmlEscaped(tr("Booking number: %1").arg(saleId)),
                     htmlEscaped(tr("Enjoy the show!")), htmlEscaped(venueName));
    out.html = html;
    return out;
}

void TicketMailer::send(const QJsonObject &mail, const QString &messageId, std::function<void(Status)> done)
{
    const auto finish = [this, done](Status status) {
        // Always later, on this thread: the caller never sees `done` before send() returns.
        QMetaObject::invokeMethod(this, [done, status] { done(status); }, Qt::QueuedConnection);
    };
    if (!m_settings.isEnabled()) {
        finish(makeError(ErrorCode::InvalidValue, QStringLiteral("no SMTP server is configured (smtp-host)")));
        return;
    }
    static const QRegularExpression plainId(QStringLiteral("^[A-Za-z0-9._+-]+(@[A-Za-z0-9.-]+)?$"));
    if (!plainId.match(messageId).hasMatch()) {
        finish(makeError(ErrorCode::InvalidValue, QStringLiteral("not a Message-ID (local@domain, or an id): ") + messageId));
        return;
    }
    // An event id alone gets the sender's domain: <event id@cinema.example>.
    QString fullMessageId = messageId;
    if (!fullMessageId.contains(u'@')) {
        const QString sender = addressOf(m_settings.from);
        const QString domain = sender.section(u'@', 1);
        fullMessageId += u'@' + (domain.isEmpty() ? QStringLiteral("marquee.invalid") : domain);
    }
    auto composed = compose(mail);
    if (!composed) {
        finish(composed.error());
        return;
    }
    TicketMail &m = *composed;

    SmtpEnvelope envelope;
    QString host = m_settings.host;
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']'; // an IPv6 address
    const QString scheme = m_settings.security == SmtpSettings::Security::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    envelope.url = QStringLiteral("%1://%2:%3").arg(scheme, host).arg(m_settings.port).toUtf8();
    envelope.startTls = m_settings.security == SmtpSettings::Security::StartTls;
    envelope.mailFrom = addressOf(m_settings.from).toUtf8();
    envelope.recipient = m.to.toUtf8();
    envelope.user = m_settings.user.toUtf8();
    envelope.password = m_settings.password.toUtf8();
    envelope.caFile = m_settings.caFile.toUtf8();
    envelope.timeoutSeconds = std::max(1, m_settings.timeoutSeconds);
    envelope.headers = {
        "From: " + fromHeader(m_settings.from),
        "To: " + m.to.toUtf8(),
        "Subject: " + encodedHeaderText(m.subject),
        "Date: " + QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toUtf8() + " +0000",
        "Message-ID: <" + fullMessageId.toUtf8() + '>',
        "Auto-Submitted: auto-generated",
    };
    envelope.text = m.text.toUtf8();
    envelope.html = m.html.toUtf8();
    envelope.images = std::move(m.images);
    envelope.pdfName = m.pdfName.toUtf8();
    envelope.pdf = std::move(m.pdf);

    std::shared_ptr<std::atomic<bool>> stopping = m_stopping;
    m_workers.start([this, envelope = std::move(envelope), stopping, done, messageId] {
        const Status status = deliver(envelope, stopping.get());
        if (status)
            qCInfo(lcMail).noquote() << "mail" << messageId << "accepted by" << envelope.url;
        else
            qCWarning(lcMail).noquote() << "mail" << messageId << "not sent:" << status.error().message;
        // The destructor waits for this task, so `this` is alive; the call is queued to its thread
        // (and dropped with its other events if it goes first).
        QMetaObject::invokeMethod(this, [done, status] { done(status); }, Qt::QueuedConnection);
    });
}

} // namespace Marquee
