#include "money.h"

#include <QtCore/QHash>
#include <QtCore/QtNumeric>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Marquee {

namespace {

// Active ISO 4217 codes (2025). Most have two minor digits; the exceptions are listed below.
constexpr QLatin1StringView isoCodes(
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN "
    "BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN "
    "ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD "
    "JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT "
    "MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG "
    "QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT "
    "TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF "
    "XPF YER ZAR ZMW ZWG");
constexpr QLatin1StringView zeroDigits(
    "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF");
constexpr QLatin1StringView threeDigits("BHD IQD JOD KWD LYD OMR TND");
constexpr QLatin1StringView fourDigits("CLF UYW");

const QHash<QString, int> &currencyTable()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const auto add = [&t](QLatin1StringView list, int digits) {
            for (qsizetype i = 0; i + 3 <= list.size(); i += 4)
                t.insert(QString(list.sliced(i, 3)), digits);
        };
        add(isoCodes, 2);
        add(zeroDigits, 0);
        add(threeDigits, 3);
        add(fourDigits, 4);
        return t;
    }();
    return table;
}

Error overflow()
{
    return makeError(ErrorCode::AmountOverflow, QStringLiteral("amount out of range"));
}

Error mismatch(const Currency &a, const Currency &b)
{
    return makeError(ErrorCode::CurrencyMismatch,
                     QStringLiteral("cannot combine %1 with %2").arg(a.code(), b.code()));
}

} // namespace

Result<Currency> Currency::fromCode(QStringView code)
{
    const auto it = currencyTable().constFind(code.toString());
    if (it == currencyTable().constEnd()) {
        return makeError(ErrorCode::InvalidCurrency,
                         QStringLiteral("'%1' is not an ISO 4217 currency code").arg(code));
    }
    return Currency(it.key(), it.value());
}

Result<Money> Money::fromMinor(qint64 minorUnits, QStringView currencyCode)
{
    auto currency = Currency::fromCode(currencyCode);
    if (!currency)
        return currency.error();
    return Money(minorUnits, *currency);
}

Result<Money> Money::parse(QStringView text, QStringView currencyCode)
{
    auto currency = Currency::fromCode(currencyCode);
    if (!currency)
        return currency.error();
    return parse(text, *currency);
}

Result<Money> Money::parse(QStringView text, const Currency &currency)
{
    const auto bad = [&text](const QString &why) {
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("'%1' is not an amount: %2").arg(text, why));
    };
    if (!currency.isValid())
        return makeError(ErrorCode::InvalidCurrency, QStringLiteral("no currency"));
    QStringView rest = text;
    bool negative = false;
    if (rest.startsWith(u'-')) {
        negative = true;
        rest = rest.sliced(1);
    }
    const qsizetype dot = rest.indexOf(u'.');
    const QStringView whole = dot < 0 ? rest : rest.first(dot);
    const QStringView fraction = dot < 0 ? QStringView() : rest.sliced(dot + 1);
    if (whole.isEmpty())
        return bad(QStringLiteral("digits expected before the decimal point"));
    if (dot >= 0 && fraction.isEmpty())
        return bad(QStringLiteral("digits expected after the decimal point"));
    if (fraction.size() > currency.minorDigits()) {
        return bad(QStringLiteral("%1 has %2 decimal places")
                       .arg(currency.code())
                       .arg(currency.minorDigits()));
    }
    qint64 value = 0;
    const auto appendDigits = [&value](QStringView digits) {
        for (const QChar c : digits) {
            if (c < u'0' || c > u'9')
                return false;
            const int digit = c.unicode() - u'0';
            if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
                return false;
            value = value * 10 + digit;
        }
        return true;
    };
    if (!appendDigits(whole) || !appendDigits(fraction))
        return bad(QStringLiteral("only digits, one '.' and a leading '-' are allowed, up to 18 digits"));
    for (qsizetype i = fraction.size(); i < currency.minorDigits(); ++i) {
        if (value > std::numeric_limits<qint64>::max() / 10)
            return overflow();
        value *= 10;
    }
    return Money(negative ? -value : value, currency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return mismatch(m_currency, other.m_currency);
    qint64 out = 0;
    if (qAddOverflow(m_minor, other.m_minor, &out))
        return overflow();
    return Money(out, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return mismatch(m_currency, other.m_currency);
    qint64 out = 0;
    if (qSubOverflow(m_minor, other.m_minor, &out))
        return overflow();
    return Money(out, m_currency);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 out = 0;
    if (qMulOverflow(m_minor, factor, &out))
        return overflow();
    return Money(out, m_currency);
}

Result<Money> Money::negated() const
{
    if (m_minor == std::numeric_limits<qint64>::min())
        return overflow();
    return Money(-m_minor, m_currency);
}

Result<int> Money::compare(const Money &other) const
{
    if (!(m_currency == other.m_currency))
        return mismatch(m_currency, other.m_currency);
    return m_minor < other.m_minor ? -1 : (m_minor > other.m_minor ? 1 : 0);
}

Result<QList<Money>> Money::split(int parts) const
{
    if (parts <= 0) {
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("cannot split into %1 parts").arg(parts));
    }
    return allocate(QList<qint64>(parts, 1));
}

Result<QList<Money>> Money::allocate(const QList<qint64> &weights) const
{
    if (weights.isEmpty())
        return makeError(ErrorCode::InvalidValue, QStringLiteral("no shares to allocate"));
    qint64 total = 0;
    for (const qint64 w : weights) {
        if (w < 0)
            return makeError(ErrorCode::InvalidValue, QStringLiteral("negative weight"));
        total += w;
        if (total > maxAllocationWeight) {
            return makeError(ErrorCode::InvalidValue,
                             QStringLiteral("the weights add up to more than %1").arg(maxAllocationWeight));
        }
    }
    if (total == 0)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("weights add up to zero"));

    // Work on the magnitude (unsigned, so that the most negative amount works too) so that negative
    // amounts split symmetrically. amount * w / total = q * w + r * w / total with
    // q, r = amount / total, amount % total; r * w < 2^62 as total <= 2^31, so nothing overflows.
    const bool negative = m_minor < 0;
    const quint64 amount = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 q = amount / quint64(total);
    const quint64 r = amount % quint64(total);
    QList<quint64> shares(weights.size());
    QList<quint64> remainders(weights.size());
    quint64 given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const quint64 w = quint64(weights[i]);
        shares[i] = q * w + (r * w) / quint64(total);
        remainders[i] = (r * w) % quint64(total);
        given += shares[i];
    }
    quint64 left = amount - given; // fewer than weights.size()
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&remainders](qsizetype a, qsizetype b) {
        return remainders[a] > remainders[b];
    });
    for (qsizetype k = 0; k < order.size() && left > 0; ++k, --left)
        ++shares[order[k]];

    QList<Money> out;
    out.reserve(shares.size());
    for (const quint64 s : std::as_const(shares))
        out.append(Money(negative ? qint64(quint64(0) - s) : qint64(s), m_currency));
    return out;
}

Result<Money> Money::sum(const QList<Money> &amounts)
{
    if (amounts.isEmpty())
        return makeError(ErrorCode::InvalidValue, QStringLiteral("nothing to add up"));
    Money total(0, amounts.first().currency());
    for (const Money &m : amounts) {
        auto next = total.plus(m);
        if (!next)
            return next.error();
        total = *next;
    }
    return total;
}

QString Money::toDecimalString() const
{
    const bool negative = m_minor < 0;
    // Through unsigned so that the most negative amount prints too.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const int digits = std::max(m_currency.minorDigits(), 0);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString text = negative ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / scale);
    if (digits > 0)
        text += u'.' + QStringLiteral("%1").arg(magnitude % scale, digits, 10, QLatin1Char('0'));
    return text;
}

QString Money::toString() const
{
    return toDecimalString() + u' ' + m_currency.code();
}

} // namespace Marquee
