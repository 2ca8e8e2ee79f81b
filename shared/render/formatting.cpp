#include "formatting.h"

#include "money.h"
#include "result.h"

#include <QtCore/QCoreApplication>

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>

namespace Marquee {

namespace {

QString withoutSeconds(QString format)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return format.remove(seconds);
}

// The medium date format the locale has no name for: its long format without the weekday and
// with the month's short name ("dddd, d. MMMM yyyy" -> "d. MMM yyyy").
QString mediumDateFormat(const QLocale &locale)
{
    static const QRegularExpression weekdayFirst(QStringLiteral("d{4}[,.]?\\s*"));
    static const QRegularExpression weekdayLast(QStringLiteral("[,.]?\\s*d{4}"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    if (format.startsWith(QLatin1String("dddd")))
        format.remove(weekdayFirst);
    else
        format.remove(weekdayLast);
    return format.replace(QLatin1String("MMMM"), QLatin1String("MMM")).trimmed();
}

// The symbol of a currency as the locale's language writes it: the locale's own currency, else
// the symbol used where that currency is at home (preferring the same language), else its code.
QString currencySymbol(const QString &code, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static QHash<QString, QString> known; // "EUR/de" -> "€"
    const QString key = code + u'/' + QString::number(int(locale.language()));
    const auto it = known.constFind(key);
    if (it != known.cend())
        return *it;
    QString symbol;
    const QList<QLocale> all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &l : all) {
        if (l.currencySymbol(QLocale::CurrencyIsoCode) != code)
            continue;
        if (symbol.isEmpty() || l.language() == locale.language())
            symbol = l.currencySymbol(QLocale::CurrencySymbol);
        if (l.language() == locale.language())
            break;
    }
    if (symbol.isEmpty())
        symbol = code;
    known.insert(key, symbol);
    return symbol;
}

} // namespace

QString formatTime(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString formatTime(const QTime &time)
{
    return formatTime(time, QLocale());
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, mediumDateFormat(locale)) : QString();
}

QString formatDate(const QDate &date)
{
    return formatDate(date, QLocale());
}

QString formatDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return formatDate(local.date()) + u' ' + formatTime(local.time());
}

QString formatWallClock(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return formatDate(dateTime.date()) + u' ' + formatTime(dateTime.time());
}

QTimeZone venueZone(QStringView ianaId)
{
    const QTimeZone zone(ianaId.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QDate todayIn(const QTimeZone &zone)
{
    return QDateTime::currentDateTime().toTimeZone(zone).date();
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    const Currency &currency = money.currency();
    if (!currency.isValid())
        return {};
    if (locale.language() == QLocale::C)
        return money.toString();
    const qint64 minor = money.minorUnits();
    const quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < currency.minorDigits(); ++i)
        scale *= 10;
    QString number = locale.toString(qulonglong(magnitude / scale));
    if (currency.minorDigits() > 0) {
        number += locale.decimalPoint();
        number += locale.toString(qulonglong(magnitude % scale)).rightJustified(currency.minorDigits(), locale.zeroDigit().at(0));
    }
    // The locale's pattern (symbol before or after, spacing, sign) from a one-digit amount.
    const QString seven = locale.toString(qlonglong(7));
    QString text = locale.toCurrencyString(qlonglong(minor < 0 ? -7 : 7), currencySymbol(currency.code(), locale));
    const qsizetype at = text.indexOf(seven);
    if (at < 0)
        return money.toString();
    return text.replace(at, seven.size(), number);
}

QString formatMoney(const Money &money)
{
    return formatMoney(money, QLocale());
}

Result<Money> parseMoneyInput(QStringView text, const Currency &currency)
{
    // The payment dialog's words (where this began), in its translation context.
    static const char *const grouping = QT_TRANSLATE_NOOP(
        "Marquee::PaymentDialog", "'%1' is not an amount: use one decimal separator and no grouping.");
    static const char *const notAmount = QT_TRANSLATE_NOOP("Marquee::PaymentDialog", "'%1' is not an amount.");
    static const char *const negative = QT_TRANSLATE_NOOP("Marquee::PaymentDialog", "Amounts cannot be negative.");
    const auto translated = [](const char *source) { return QCoreApplication::translate("Marquee::PaymentDialog", source); };
    QString normalised = text.trimmed().toString();
    if (normalised.contains(u',')) {
        if (normalised.contains(u'.') || normalised.count(u',') > 1) {
            return makeError(ErrorCode::InvalidValue,
                             translated(grouping).arg(text));
        }
        normalised.replace(u',', u'.');
    }
    if (normalised.endsWith(u'.')) // "12." while typing means 12
        normalised.chop(1);
    auto parsed = Money::parse(normalised, currency);
    if (!parsed)
        return makeError(ErrorCode::InvalidValue, translated(notAmount).arg(text));
    if (parsed->isNegative())
        return makeError(ErrorCode::NegativeAmount, translated(negative));
    return parsed;
}

} // namespace Marquee
