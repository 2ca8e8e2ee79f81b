#include "kiosksettings.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QSettings>
#include <QtCore/QUuid>

namespace Marquee {

KioskSettings KioskSettings::load(QSettings &settings)
{
    KioskSettings k;
    settings.beginGroup(QStringLiteral("kiosk"));
    k.serverUrl = settings.value(QStringLiteral("serverUrl"), k.serverUrl).toString();
    k.user = settings.value(QStringLiteral("user"), k.user).toString();
    k.password = settings.value(QStringLiteral("password"), k.password).toString();
    k.terminalId = settings.value(QStringLiteral("terminalId")).toString();
    if (k.terminalId.isEmpty()) {
        // One id per kiosk for good: the server tells its holds from other terminals' by it.
        k.terminalId = QStringLiteral("kiosk-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        settings.setValue(QStringLiteral("terminalId"), k.terminalId);
    }
    // Never less than a few seconds: a kiosk that resets while the customer reads is unusable.
    k.idleSeconds = qMax(5, settings.value(QStringLiteral("idleSeconds"), k.idleSeconds).toInt());
    k.warningSeconds = qMax(3, settings.value(QStringLiteral("warningSeconds"), k.warningSeconds).toInt());
    k.exitPinHash = settings.value(QStringLiteral("exitPinHash")).toString().trimmed().toLower();
    k.defaultLanguage = settings.value(QStringLiteral("defaultLanguage"), k.defaultLanguage).toString();
    k.largeText = settings.value(QStringLiteral("largeText"), k.largeText).toBool();
    k.highContrast = settings.value(QStringLiteral("highContrast"), k.highContrast).toBool();
    k.printer = settings.value(QStringLiteral("printer")).toString();
    settings.endGroup();
    return k;
}

void KioskSettings::save(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("kiosk"));
    settings.setValue(QStringLiteral("serverUrl"), serverUrl);
    settings.setValue(QStringLiteral("user"), user);
    settings.setValue(QStringLiteral("password"), password);
    settings.setValue(QStringLiteral("terminalId"), terminalId);
    settings.setValue(QStringLiteral("idleSeconds"), idleSeconds);
    settings.setValue(QStringLiteral("warningSeconds"), warningSeconds);
    settings.setValue(QStringLiteral("exitPinHash"), exitPinHash);
    settings.setValue(QStringLiteral("defaultLanguage"), defaultLanguage);
    settings.setValue(QStringLiteral("largeText"), largeText);
    settings.setValue(QStringLiteral("highContrast"), highContrast);
    settings.setValue(QStringLiteral("printer"), printer);
    settings.endGroup();
}

QString KioskSettings::hashPin(const QString &pin)
{
    return QString::fromLatin1(QCryptographicHash::hash(pin.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool KioskSettings::isExitPin(const QString &pin) const
{
    return !exitPinHash.isEmpty() && !pin.isEmpty() && hashPin(pin) == exitPinHash;
}

} // namespace Marquee
