#pragma once

#include <QtCore/QString>

class QSettings;

namespace Marquee {

// The kiosk's configuration: the "kiosk" group of the client's config file (QSettings), written
// by whoever installs the kiosk (docs/KIOSK.md). Nothing here is changed from the kiosk's screen.
struct KioskSettings
{
    QString serverUrl;        // serverUrl: ws:// or wss://
    QString user = QStringLiteral("kiosk"); // user: a kiosk account
    QString password;         // password
    QString terminalId;       // terminalId: empty: "kiosk-" and a random id, remembered
    int idleSeconds = 60;     // idleSeconds: without a touch before "Still there?"
    int warningSeconds = 10;  // warningSeconds: how long "Still there?" counts down
    QString exitPinHash;      // exitPinHash: SHA-256 of the PIN that leaves kiosk mode, hex; empty: none
    QString defaultLanguage = QStringLiteral("en"); // defaultLanguage: en, de, fr, es
    bool largeText = false;   // largeText
    bool highContrast = false; // highContrast
    QString printer;          // printer: the ticket printer's name; empty: QR codes on the screen

    static KioskSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // The hex SHA-256 of a PIN, as exitPinHash stores it.
    static QString hashPin(const QString &pin);
    // Whether `pin` is the exit PIN (false when none is configured).
    bool isExitPin(const QString &pin) const;
};

} // namespace Marquee
