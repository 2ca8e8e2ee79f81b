#include "serverapp.h"

#include "demoseed.h"
#include "embeddedpostgres.h"
#include "logging.h"
#include "pgconnection.h"
#include "schema.h"
#include "signalwatcher.h"
#include "syncserver.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>

#include <memory>
#include <unistd.h>

namespace Marquee {

namespace {

QString defaultDataDir()
{
    // As root, PostgreSQL runs as another user that cannot enter /root.
    if (::geteuid() == 0)
        return QStringLiteral("/var/lib/marquee");
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

// One setting: the command line wins over the environment, which wins over the config file.
struct Setting
{
    QString name;        // "hold-ttl-cashier": option --hold-ttl-cashier, env MARQUEE_HOLD_TTL_CASHIER
    QString description;
    QString valueName;
};

QString envName(const QString &name)
{
    return QStringLiteral("MARQUEE_") + name.toUpper().replace(u'-', u'_');
}

void installJsonLogs()
{
    qSetMessagePattern(QStringLiteral(
        "{\"time\":\"%{time yyyy-MM-ddThh:mm:ss.zzz}\",\"level\":\"%{type}\",\"category\":\"%{category}\",\"message\":\"%{message}\"}"));
}

} // namespace

int runServer(QCoreApplication &app)
{
    const QList<Setting> settings = {
        {QStringLiteral("listen"), QStringLiteral("Address to listen on for terminals."), QStringLiteral("address")},
        {QStringLiteral("port"), QStringLiteral("WebSocket port (0: any free port)."), QStringLiteral("port")},
        {QStringLiteral("http-listen"), QStringLiteral("Address for /healthz and /metrics."), QStringLiteral("address")},
        {QStringLiteral("http-port"), QStringLiteral("Port for /healthz and /metrics (0: any free port)."), QStringLiteral("port")},
        {QStringLiteral("database-url"), QStringLiteral("PostgreSQL connection URL; without it the server runs its own cluster under the data directory."), QStringLiteral("url")},
        {QStringLiteral("data-dir"), QStringLiteral("Directory for the embedded PostgreSQL cluster."), QStringLiteral("dir")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve wss:// instead of ws://."), QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key of the certificate."), QStringLiteral("file")},
        {QStringLiteral("db-connections"), QStringLiteral("Database connections (8-32 suit small machines)."), QStringLiteral("n")},
        {QStringLiteral("seat-groups"), QStringLiteral("on: seat operations that arrive together are decided together, many per transaction, and sure conflicts are answered from memory; off: each alone."), QStringLiteral("on|off")},
        {QStringLiteral("seat-group-size"), QStringLiteral("Most seat operations decided in one transaction."), QStringLiteral("n")},
        {QStringLiteral("seat-groups-in-flight"), QStringLiteral("Groups of seat operations (of different shows) decided at the same time."), QStringLiteral("n")},
        {QStringLiteral("hold-ttl-cashier"), QStringLiteral("Seconds a cashier's hold lasts."), QStringLiteral("seconds")},
        {QStringLiteral("hold-ttl-kiosk"), QStringLiteral("Seconds a kiosk's hold lasts."), QStringLiteral("seconds")},
        {QStringLiteral("hold-cap"), QStringLiteral("Longest a hold may be extended to, in seconds from its start."), QStringLiteral("seconds")},
        {QStringLiteral("kiosk-hold-cap"), QStringLiteral("Longest a kiosk's hold may be extended to, in seconds from its start."), QStringLiteral("seconds")},
        {QStringLiteral("sweep-batch"), QStringLiteral("Most expired seats one sweep frees in one transaction (a bigger backlog: the next sweep at once)."), QStringLiteral("n")},
        {QStringLiteral("refund-window"), QStringLiteral("Seconds after a sale in which a cashier may refund it."), QStringLiteral("seconds")},
        {QStringLiteral("idle-timeout"), QStringLiteral("Seconds of silence after which a terminal is disconnected."), QStringLiteral("seconds")},
        {QStringLiteral("allowed-origins"), QStringLiteral("Comma-separated WebSocket origins to accept (default: any)."), QStringLiteral("list")},
        {QStringLiteral("payment-timeout"), QStringLiteral("Milliseconds to wait for the card terminal."), QStringLiteral("ms")},
        {QStringLiteral("payment-delay"), QStringLiteral("Milliseconds the simulated card terminal takes to answer."), QStringLiteral("ms")},
        {QStringLiteral("payment-ledger"), QStringLiteral("File where the simulated card terminal keeps its record of charges and refunds (default: <data-dir>/simulated-card-terminal.jsonl with the embedded PostgreSQL, else memory only)."), QStringLiteral("file")},
        {QStringLiteral("payment-test-amounts"), QStringLiteral("on: amounts ending in .01 to .05 make the simulated card terminal decline, never answer, fail, approve after the time-out, or be unreachable."), QStringLiteral("on|off")},
        {QStringLiteral("payment-lease"), QStringLiteral("Seconds an unfinished sale with card payments stays its server's own before the reconciler settles it (default: payment timeout + 30)."), QStringLiteral("seconds")},
        {QStringLiteral("payment-reconcile-interval"), QStringLiteral("Milliseconds between the reconciler's looks for unfinished card sales."), QStringLiteral("ms")},
        {QStringLiteral("rate-limit"), QStringLiteral("Requests per second one connection may make (bursts of twice as many)."), QStringLiteral("n")},
        {QStringLiteral("user-rate-limit"), QStringLiteral("Requests per second one user may make over all connections (bursts of twice as many)."), QStringLiteral("n")},
        {QStringLiteral("admin-password-file"), QStringLiteral("First start (no user yet): the admin's password from this file instead of a random one written to <data-dir>/initial-admin-password."), QStringLiteral("file")},
        {QStringLiteral("sign-in-max-failures"), QStringLiteral("Failed sign-ins of one user name within the window that lock it."), QStringLiteral("n")},
        {QStringLiteral("sign-in-window"), QStringLiteral("Seconds in which failed sign-ins are counted."), QStringLiteral("seconds")},
        {QStringLiteral("sign-in-lock"), QStringLiteral("Seconds a user name stays locked after too many failed sign-ins."), QStringLiteral("seconds")},
        {QStringLiteral("smtp-host"), QStringLiteral("SMTP server for the e-mailed tickets (empty: no mail is sent)."), QStringLiteral("host")},
        {QStringLiteral("smtp-port"), QStringLiteral("Port of the SMTP server (587: submission with STARTTLS, 465: TLS)."), QStringLiteral("port")},
        {QStringLiteral("smtp-security"), QStringLiteral("starttls (required), tls (from the first byte) or none."), QStringLiteral("starttls|tls|none")},
        {QStringLiteral("smtp-user"), QStringLiteral("User name to sign in to the SMTP server with (empty: no sign-in)."), QStringLiteral("user")},
        {QStringLiteral("smtp-password"), QStringLiteral("Password of the SMTP user (better in the environment than on the command line)."), QStringLiteral("password")},
        {QStringLiteral("smtp-from"), QStringLiteral("Sender of the e-mailed tickets, e.g. \"Marquee Tickets <tickets@cinema.example>\"."), QStringLiteral("address")},
        {QStringLiteral("smtp-ca-file"), QStringLiteral("PEM certificates to trust for the SMTP server instead of the system's."), QStringLiteral("file")},
        {QStringLiteral("log-format"), QStringLiteral("text or json."), QStringLiteral("format")},
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Marquee box-office sync server"));
    parser.addHelpOption();
    parser.addVersionOption();
    for (const Setting &s : settings)
        parser.addOption(QCommandLineOption(s.name, s.description + QStringLiteral(" [env ") + envName(s.name) + u']', s.valueName));
    const QCommandLineOption configFile(QStringLiteral("config"), QStringLiteral("Configuration file (INI, keys as the long options)."),
                                        QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Seed the demo venue, shows and users."));
    parser.addOptions({configFile, demo});
    parser.process(app);

    std::unique_ptr<QSettings> file;
    const QString configPath = parser.isSet(configFile) ? parser.value(configFile) : qEnvironmentVariable("MARQUEE_CONFIG");
    if (!configPath.isEmpty())
        file = std::make_unique<QSettings>(configPath, QSettings::IniFormat);
    auto value = [&](const QString &name, const QString &fallback) {
        if (parser.isSet(name))
            return parser.value(name);
        if (qEnvironmentVariableIsSet(envName(name).toLatin1().constData()))
            return qEnvironmentVariable(envName(name).toLatin1().constData());
        if (file && file->contains(name))
            return file->value(name).toString();
        return fallback;
    };
    auto number = [&](const QString &name, int fallback) {
        bool ok = false;
        const int n = value(name, QString::number(fallback)).toInt(&ok);
        if (!ok) {
            qCCritical(lcServer).noquote() << "setting" << name << "is not a number";
            ::exit(2);
        }
        return n;
    };

    ServerConfig config;
    config.listenAddress = value(QStringLiteral("listen"), config.listenAddress);
    config.port = quint16(number(QStringLiteral("port"), config.port));
    config.httpAddress = value(QStringLiteral("http-listen"), config.httpAddress);
    config.httpPort = quint16(number(QStringLiteral("http-port"), config.httpPort));
    config.databaseUrl = value(QStringLiteral("database-url"), {});
    config.dataDir = value(QStringLiteral("data-dir"), defaultDataDir());
    config.tlsCertificate = value(QStringLiteral("tls-cert"), {});
    config.tlsKey = value(QStringLiteral("tls-key"), {});
    config.databaseConnections = number(QStringLiteral("db-connections"), config.databaseConnections);
    const QString groups = value(QStringLiteral("seat-groups"), QStringLiteral("on"));
    if (groups != QLatin1String("on") && groups != QLatin1String("off")) {
        qCCritical(lcServer).noquote() << "setting seat-groups is neither on nor off";
        return 2;
    }
    config.seatGroups = groups == QLatin1String("on");
    config.seatGroupSize = number(QStringLiteral("seat-group-size"), config.seatGroupSize);
    config.seatGroupsInFlight = number(QStringLiteral("seat-groups-in-flight"), config.seatGroupsInFlight);
    config.holdTtlCashierSeconds = number(QStringLiteral("hold-ttl-cashier"), config.holdTtlCashierSeconds);
    config.holdTtlManagerSeconds = config.holdTtlCashierSeconds;
    config.holdTtlKioskSeconds = number(QStringLiteral("hold-ttl-kiosk"), config.holdTtlKioskSeconds);
    config.holdCapSeconds = number(QStringLiteral("hold-cap"), config.holdCapSeconds);
    config.kioskHoldCapSeconds = number(QStringLiteral("kiosk-hold-cap"), config.kioskHoldCapSeconds);
    config.sweepBatch = number(QStringLiteral("sweep-batch"), config.sweepBatch);
    if (config.sweepBatch < 1) {
        qCCritical(lcServer).noquote() << "setting sweep-batch must be at least 1";
        return 2;
    }
    config.cashierRefundWindowSeconds = number(QStringLiteral("refund-window"), config.cashierRefundWindowSeconds);
    config.idleTimeoutSeconds = number(QStringLiteral("idle-timeout"), config.idleTimeoutSeconds);
    config.paymentTimeoutMs = number(QStringLiteral("payment-timeout"), config.paymentTimeoutMs);
    config.paymentDelayMs = number(QStringLiteral("payment-delay"), config.paymentDelayMs);
    config.paymentLedger = value(QStringLiteral("payment-ledger"), {});
    config.paymentTestAmounts = value(QStringLiteral("payment-test-amounts"), QStringLiteral("off")) == QLatin1String("on");
    config.paymentLeaseSeconds = number(QStringLiteral("payment-lease"), config.paymentLeaseSeconds);
    config.paymentReconcileIntervalMs = std::max(100, number(QStringLiteral("payment-reconcile-interval"), config.paymentReconcileIntervalMs));
    config.connectionRatePerSecond = number(QStringLiteral("rate-limit"), int(config.connectionRatePerSecond));
    config.connectionBurst = 2 * config.connectionRatePerSecond;
    config.userRatePerSecond = number(QStringLiteral("user-rate-limit"), int(config.userRatePerSecond));
    config.userBurst = 2 * config.userRatePerSecond;
    config.adminPasswordFile = value(QStringLiteral("admin-password-file"), {});
    config.signInMaxFailures = number(QStringLiteral("sign-in-max-failures"), config.signInMaxFailures);
    config.signInWindowSeconds = number(QStringLiteral("sign-in-window"), config.signInWindowSeconds);
    config.signInLockSeconds = number(QStringLiteral("sign-in-lock"), config.signInLockSeconds);
    const QString origins = value(QStringLiteral("allowed-origins"), {});
    if (!origins.isEmpty())
        config.allowedOrigins = origins.split(u',', Qt::SkipEmptyParts);
    config.smtp.host = value(QStringLiteral("smtp-host"), {});
    config.smtp.port = number(QStringLiteral("smtp-port"), config.smtp.port);
    const auto security = SmtpSettings::securityFromName(value(QStringLiteral("smtp-security"), QStringLiteral("starttls")));
    if (!security) {
        qCCritical(lcServer).noquote() << "setting smtp-security is none of starttls, tls, none";
        return 2;
    }
    config.smtp.security = *security;
    config.smtp.user = value(QStringLiteral("smtp-user"), {});
    config.smtp.password = value(QStringLiteral("smtp-password"), {});
    config.smtp.from = value(QStringLiteral("smtp-from"), {});
    config.smtp.caFile = value(QStringLiteral("smtp-ca-file"), {});
    if (config.smtp.isEnabled() && config.smtp.from.isEmpty()) {
        qCCritical(lcServer).noquote() << "setting smtp-from is needed with smtp-host (the sender of the e-mailed tickets)";
        return 2;
    }
    config.jsonLogs = value(QStringLiteral("log-format"), QStringLiteral("text")) == QLatin1String("json");
    if (config.jsonLogs)
        installJsonLogs();

    std::unique_ptr<EmbeddedPostgres> embedded;
    if (config.databaseUrl.isEmpty()) {
        EmbeddedPostgres::Options options;
        options.dataDir = QDir(config.dataDir).filePath(QStringLiteral("postgresql"));
        embedded = std::make_unique<EmbeddedPostgres>(options);
        const Status started = embedded->start();
        if (!started) {
            qCCritical(lcServer).noquote() << "cannot start the embedded PostgreSQL:" << started.error().message;
            return 1;
        }
        config.databaseUrl = embedded->connectionUrl();
        // The simulated card terminal's record lives beside the database it goes with.
        if (config.paymentLedger.isEmpty())
            config.paymentLedger = QDir(config.dataDir).filePath(QStringLiteral("simulated-card-terminal.jsonl"));
    }

    if (parser.isSet(demo)) {
        auto db = PgConnection::connect(config.databaseUrl);
        if (!db) {
            qCCritical(lcServer).noquote() << db.error().message;
            return 1;
        }
        auto migrated = migrate(*db);
        const Status seeded = migrated ? seedDemo(*db) : Status(migrated.error());
        if (!seeded) {
            qCCritical(lcServer).noquote() << "cannot seed the demo venue:" << seeded.error().toString();
            return 1;
        }
    }

    int code = 0;
    {
        SyncServer server(config);
        const Status started = server.start();
        if (!started) {
            qCCritical(lcServer).noquote() << "cannot start:" << started.error().toString();
            code = 1;
        } else {
            SignalWatcher watcher;
            QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server, [&server](int signalNumber) {
                qCInfo(lcServer) << "signal" << signalNumber << "received: shutting down gracefully";
                server.shutdown();
            });
            QObject::connect(&server, &SyncServer::stopped, &app, &QCoreApplication::quit);
            code = QCoreApplication::exec();
        }
    }
    if (embedded) {
        const Status stopped = embedded->stop();
        if (!stopped)
            qCWarning(lcServer).noquote() << stopped.error().message;
    }
    return code;
}

} // namespace Marquee
