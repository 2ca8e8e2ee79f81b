#pragma once

#include "smtpsettings.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Marquee {

// Everything an operator can set, from the command line, the environment (MARQUEE_*) or the
// configuration file, in that order of precedence (see serverapp.cpp and docs/OPERATIONS.md).
struct ServerConfig
{
    QString listenAddress = QStringLiteral("0.0.0.0");
    quint16 port = 8765;          // WebSocket (ws, or wss with a certificate)
    QString httpAddress = QStringLiteral("127.0.0.1");
    quint16 httpPort = 8766;      // /healthz and /metrics; 0 picks a free port
    QString databaseUrl;          // empty: the embedded PostgreSQL under dataDir
    QString dataDir;
    QString tlsCertificate;       // PEM files; both set: wss
    QString tlsKey;
    QString serverName = QStringLiteral("marquee");
    int databaseConnections = 8;  // 8-32 is the sweet spot on small machines
    // Group decisions (server/seatgroups.h): off decides every seat operation alone and answers
    // nothing from memory.
    bool seatGroups = true;
    int seatGroupSize = 200;
    int seatGroupsInFlight = 2;
    // Holds.
    int holdTtlCashierSeconds = 600;
    int holdTtlKioskSeconds = 300;
    int holdTtlManagerSeconds = 600;
    int holdCapSeconds = 1800;    // a hold never lives longer than this from its start
    int kioskHoldCapSeconds = 600;
    int sweepIntervalMs = 1000;
    int sweepBatch = 25'000;     // seats per sweep transaction (docs/OPERATIONS.md, "Expired holds")
    // Refunds.
    int cashierRefundWindowSeconds = 30 * 60;
    // Sessions.
    int tokenLifetimeSeconds = 12 * 3600;
    int idleTimeoutSeconds = 120;
    qint64 maxFrameBytes = 64 * 1024;
    double connectionRatePerSecond = 50;
    double connectionBurst = 100;
    double userRatePerSecond = 200;
    double userBurst = 400;
    // Users and sign-in security.
    int passwordIterations = 210'000; // PBKDF2 cost of new passwords (auth.h's default; tests use 1)
    int signInMaxFailures = 5;        // failed sign-ins of one user name within the window lock it
    int signInWindowSeconds = 15 * 60;
    int signInLockSeconds = 15 * 60;
    QString adminPasswordFile;        // first start: the admin's password from this file
    QStringList allowedOrigins;   // empty: any origin (desktop terminals send none)
    // Payment terminal (simulated until a real adapter is configured).
    int paymentTimeoutMs = 30000;
    int paymentDelayMs = 200;
    // The simulated terminal's record of charges and refunds (JSON lines); empty: in memory only.
    QString paymentLedger;
    // Amounts ending in .01-.05 make the simulated terminal decline, time out, fail, approve late
    // or be unreachable (SimulatedPaymentTerminal's cent rules), for tests and training.
    bool paymentTestAmounts = false;
    // How long an unfinished sell attempt stays its server's alone (0: the payment time-out + 30 s),
    // and how often the reconciler looks for the ones whose time is up.
    int paymentLeaseSeconds = 0;
    int paymentReconcileIntervalMs = 10'000;
    // E-mailed tickets (server/events/ticketmailer.h); smtp.host empty: no mail is sent.
    SmtpSettings smtp;
    // Logging.
    bool jsonLogs = false;
};

} // namespace Marquee
