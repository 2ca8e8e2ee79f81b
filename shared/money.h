#pragma once

#include "result.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace Marquee {

// An ISO 4217 currency: its three-letter code and how many minor-unit digits it has
// (EUR 2, JPY 0, KWD 3).
class Currency
{
public:
    Currency() = default; // invalid
    static Result<Currency> fromCode(QStringView code);

    bool isValid() const { return m_digits >= 0; }
    QString code() const { return m_code; }
    int minorDigits() const { return m_digits; }

    friend bool operator==(const Currency &a, const Currency &b) { return a.m_code == b.m_code; }

private:
    Currency(QString code, int digits) : m_code(std::move(code)), m_digits(digits) {}

    QString m_code;
    int m_digits = -1;
};

// An amount of money: a whole number of minor units (cents) and its currency. There is no floating
// point anywhere: conversions from text are exact, arithmetic is checked for overflow, and shares
// are allocated so that they add up to the whole to the last cent.
class Money
{
public:
    Money() = default; // zero of an invalid currency
    Money(qint64 minorUnits, const Currency &currency) : m_minor(minorUnits), m_currency(currency) {}

    static Result<Money> fromMinor(qint64 minorUnits, QStringView currencyCode);
    // "12.50", "-3", "0.5" in the currency's major unit; more decimals than the currency has is an
    // error, never a rounding.
    static Result<Money> parse(QStringView text, QStringView currencyCode);
    static Result<Money> parse(QStringView text, const Currency &currency);

    qint64 minorUnits() const { return m_minor; }
    const Currency &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Result<Money> times(qint64 factor) const;
    Result<Money> negated() const;
    // -1, 0, 1; an error when currencies differ.
    Result<int> compare(const Money &other) const;

    // Splits into `parts` shares that differ by at most one minor unit and add up to this amount;
    // the larger shares come first.
    Result<QList<Money>> split(int parts) const;
    // Splits in proportion to non-negative weights (largest remainder method, ties to the earlier
    // share); the shares add up to this amount exactly. The weights may add up to at most
    // maxAllocationWeight (2^31, e.g. 21 million euros in cents).
    static constexpr qint64 maxAllocationWeight = qint64(1) << 31;
    Result<QList<Money>> allocate(const QList<qint64> &weights) const;

    // Sum of amounts in one currency; an empty list is an error (no currency).
    static Result<Money> sum(const QList<Money> &amounts);

    // "12.50" (no currency, '.' as decimal separator, '-' for negative amounts).
    QString toDecimalString() const;
    // "12.50 EUR".
    QString toString() const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

} // namespace Marquee
