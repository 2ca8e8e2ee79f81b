#pragma once

#include <QtCore/QStringView>

class QDate;
class QDateTime;
class QLocale;
class QString;
class QTime;
class QTimeZone;

namespace Marquee {

class Currency;
class Money;
template<typename T> class Result;

// Times as a box office shows them: the user's locale, hours and minutes (no seconds).
QString formatTime(const QTime &time);
QString formatTime(const QTime &time, const QLocale &locale);
// A date with the month's short name, as the locale writes it: "1. Dez. 2026", "Dec 1, 2026".
QString formatDate(const QDate &date);
QString formatDate(const QDate &date, const QLocale &locale);
// formatDate() and formatTime() of the local time.
QString formatDateTime(const QDateTime &dateTime);
// formatDate() and formatTime() as the value says them (a show's start in its venue's time zone:
// the venue's wall clock, whatever the terminal's zone).
QString formatWallClock(const QDateTime &dateTime);
// A venue's time zone by its IANA name (list_venues, a report); the terminal's when the name is
// empty or unknown here (an older server, the venues not listed yet).
QTimeZone venueZone(QStringView ianaId);
// Today as a calendar in that zone says (a venue's day, whatever the terminal's zone).
QDate todayIn(const QTimeZone &zone);

// Money for display, as the locale writes amounts of that currency: "9,50 €" (German), "€9.50"
// (English), exact from the minor units (no floating point), with the currency's own number of
// decimals. The C locale (tests, scripts) keeps the neutral "9.50 EUR". Empty for an invalid
// currency.
QString formatMoney(const Money &money);
QString formatMoney(const Money &money, const QLocale &locale);

// An amount a cashier or manager types, in major units: "12.50", "12,50", "12." (while typing);
// one decimal separator, no grouping, not negative (NEGATIVE_AMOUNT), never rounded.
Result<Money> parseMoneyInput(QStringView text, const Currency &currency);

} // namespace Marquee
