#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace Marquee {

// Where the e-mailed tickets go out: the settings smtp-host, smtp-port, smtp-security,
// smtp-user, smtp-password, smtp-from and smtp-ca-file (docs/OPERATIONS.md, "E-mailed tickets").
struct SmtpSettings
{
    enum class Security {
        StartTls, // smtp:// and STARTTLS, required (port 587)
        Tls,      // smtps://, TLS from the first byte (port 465)
        None,     // plain SMTP (a relay on the same machine or in a trusted network; tests)
    };

    QString host; // empty: no mail is sent
    int port = 587;
    Security security = Security::StartTls;
    QString user; // both set: SMTP AUTH
    QString password;
    QString from; // the sender: "Marquee Tickets <tickets@cinema.example>"
    QString caFile; // PEM certificates to trust instead of the system's
    int timeoutSeconds = 30;

    bool isEnabled() const { return !host.isEmpty(); }
    // "starttls", "tls", "none"; nullopt for anything else.
    static std::optional<Security> securityFromName(QStringView name);
};

} // namespace Marquee
