#include "money.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Marquee;

namespace {

Money eur(qint64 cents)
{
    return Money(cents, *Currency::fromCode(u"EUR"));
}

qint64 total(const QList<Money> &shares)
{
    qint64 sum = 0;
    for (const Money &m : shares)
        sum += m.minorUnits();
    return sum;
}

} // namespace

TEST(Currency, KnowsIsoCodesAndTheirMinorDigits)
{
    EXPECT_EQ(Currency::fromCode(u"EUR")->minorDigits(), 2);
    EXPECT_EQ(Currency::fromCode(u"USD")->minorDigits(), 2);
    EXPECT_EQ(Currency::fromCode(u"JPY")->minorDigits(), 0);
    EXPECT_EQ(Currency::fromCode(u"KWD")->minorDigits(), 3);
    EXPECT_EQ(Currency::fromCode(u"CLF")->minorDigits(), 4);
    EXPECT_EQ(Currency::fromCode(u"CHF")->code(), QStringLiteral("CHF"));
}

TEST(Currency, RejectsWhatIsNotAnIsoCode)
{
    for (const char16_t *bad : {u"eur", u"EU", u"EURO", u"XXX", u"", u"E R", u"123"}) {
        const auto c = Currency::fromCode(bad);
        ASSERT_FALSE(c) << QString::fromUtf16(bad).toStdString();
        EXPECT_EQ(c.error().code, ErrorCode::InvalidCurrency);
    }
}

TEST(Money, ParsesDecimalTextExactly)
{
    EXPECT_EQ(Money::parse(u"12.50", u"EUR")->minorUnits(), 1250);
    EXPECT_EQ(Money::parse(u"12.5", u"EUR")->minorUnits(), 1250);
    EXPECT_EQ(Money::parse(u"12", u"EUR")->minorUnits(), 1200);
    EXPECT_EQ(Money::parse(u"0.07", u"EUR")->minorUnits(), 7);
    EXPECT_EQ(Money::parse(u"-3.10", u"EUR")->minorUnits(), -310);
    EXPECT_EQ(Money::parse(u"1500", u"JPY")->minorUnits(), 1500);
    EXPECT_EQ(Money::parse(u"1.234", u"KWD")->minorUnits(), 1234);
    // 0.1 + 0.2 is exact here, unlike in binary floating point.
    auto sum = Money::parse(u"0.1", u"EUR")->plus(*Money::parse(u"0.2", u"EUR"));
    EXPECT_EQ(*sum, *Money::parse(u"0.3", u"EUR"));
}

TEST(Money, RejectsBadTextWithoutRounding)
{
    const struct {
        const char16_t *text;
        const char16_t *currency;
        ErrorCode code;
    } cases[] = {
        {u"12.505", u"EUR", ErrorCode::InvalidValue}, // more decimals than EUR has
        {u"1.5", u"JPY", ErrorCode::InvalidValue},
        {u"", u"EUR", ErrorCode::InvalidValue},
        {u".5", u"EUR", ErrorCode::InvalidValue},
        {u"5.", u"EUR", ErrorCode::InvalidValue},
        {u"1,50", u"EUR", ErrorCode::InvalidValue},
        {u"+1", u"EUR", ErrorCode::InvalidValue},
        {u"1e3", u"EUR", ErrorCode::InvalidValue},
        {u" 1", u"EUR", ErrorCode::InvalidValue},
        {u"--1", u"EUR", ErrorCode::InvalidValue},
        {u"1.2.3", u"EUR", ErrorCode::InvalidValue},
        {u"99999999999999999999", u"EUR", ErrorCode::InvalidValue},
        {u"92233720368547758.08", u"EUR", ErrorCode::InvalidValue},
        {u"1", u"XYZ", ErrorCode::InvalidCurrency},
    };
    for (const auto &c : cases) {
        const auto m = Money::parse(c.text, c.currency);
        ASSERT_FALSE(m) << QString::fromUtf16(c.text).toStdString();
        EXPECT_EQ(m.error().code, c.code) << QString::fromUtf16(c.text).toStdString();
    }
}

TEST(Money, ParsesTheLargestAmount)
{
    const auto m = Money::parse(u"92233720368547758.07", u"EUR");
    ASSERT_TRUE(m) << m.error().toString().toStdString();
    EXPECT_EQ(m->minorUnits(), std::numeric_limits<qint64>::max());
}

TEST(Money, FormatsAsDecimalText)
{
    EXPECT_EQ(eur(1250).toDecimalString(), QStringLiteral("12.50"));
    EXPECT_EQ(eur(7).toDecimalString(), QStringLiteral("0.07"));
    EXPECT_EQ(eur(-310).toDecimalString(), QStringLiteral("-3.10"));
    EXPECT_EQ(eur(0).toString(), QStringLiteral("0.00 EUR"));
    EXPECT_EQ(Money::fromMinor(1500, u"JPY")->toString(), QStringLiteral("1500 JPY"));
    EXPECT_EQ(Money::fromMinor(1234, u"KWD")->toDecimalString(), QStringLiteral("1.234"));
    EXPECT_EQ(eur(std::numeric_limits<qint64>::min()).toDecimalString(),
              QStringLiteral("-92233720368547758.08"));
    for (const qint64 cents : {0LL, 1LL, -1LL, 99LL, 100LL, 123456789LL, -987654321LL}) {
        const auto back = Money::parse(eur(cents).toDecimalString(), u"EUR");
        ASSERT_TRUE(back);
        EXPECT_EQ(back->minorUnits(), cents);
    }
}

TEST(Money, ArithmeticIsCheckedForCurrencyAndOverflow)
{
    EXPECT_EQ(*eur(1250).plus(eur(250)), eur(1500));
    EXPECT_EQ(*eur(1250).minus(eur(1500)), eur(-250));
    EXPECT_EQ(*eur(1250).times(4), eur(5000));
    EXPECT_EQ(*eur(1250).negated(), eur(-1250));
    EXPECT_EQ(*eur(5).compare(eur(6)), -1);
    EXPECT_EQ(*eur(6).compare(eur(6)), 0);
    EXPECT_EQ(*eur(7).compare(eur(6)), 1);

    const Money usd = *Money::fromMinor(100, u"USD");
    EXPECT_EQ(eur(100).plus(usd).error().code, ErrorCode::CurrencyMismatch);
    EXPECT_EQ(eur(100).minus(usd).error().code, ErrorCode::CurrencyMismatch);
    EXPECT_EQ(eur(100).compare(usd).error().code, ErrorCode::CurrencyMismatch);

    constexpr qint64 max = std::numeric_limits<qint64>::max();
    EXPECT_EQ(eur(max).plus(eur(1)).error().code, ErrorCode::AmountOverflow);
    EXPECT_EQ(eur(-max).minus(eur(2)).error().code, ErrorCode::AmountOverflow);
    EXPECT_EQ(eur(max / 2 + 1).times(2).error().code, ErrorCode::AmountOverflow);
    EXPECT_EQ(eur(std::numeric_limits<qint64>::min()).negated().error().code, ErrorCode::AmountOverflow);
}

TEST(Money, SumAddsOneCurrency)
{
    EXPECT_EQ(*Money::sum({eur(100), eur(250), eur(-50)}), eur(300));
    EXPECT_EQ(Money::sum({eur(100), *Money::fromMinor(1, u"GBP")}).error().code, ErrorCode::CurrencyMismatch);
    EXPECT_FALSE(Money::sum({}));
}

TEST(Money, SplitsAddUpToTheCentAndDifferByAtMostOne)
{
    const auto thirds = eur(1000).split(3);
    ASSERT_TRUE(thirds);
    EXPECT_EQ(*thirds, (QList<Money>{eur(334), eur(333), eur(333)}));

    for (const qint64 amount : {0LL, 1LL, 2LL, 7LL, 100LL, 1001LL, 99999LL, -1001LL}) {
        for (int parts = 1; parts <= 12; ++parts) {
            const auto shares = eur(amount).split(parts);
            ASSERT_TRUE(shares);
            ASSERT_EQ(shares->size(), parts);
            EXPECT_EQ(total(*shares), amount) << amount << " / " << parts;
            qint64 lo = shares->first().minorUnits(), hi = lo;
            for (const Money &s : *shares) {
                lo = std::min(lo, s.minorUnits());
                hi = std::max(hi, s.minorUnits());
            }
            EXPECT_LE(hi - lo, 1) << amount << " / " << parts;
        }
    }
    EXPECT_EQ(eur(-1000).split(3)->first(), eur(-334));
    EXPECT_EQ(eur(100).split(0).error().code, ErrorCode::InvalidValue);
    EXPECT_EQ(eur(100).split(-2).error().code, ErrorCode::InvalidValue);
}

TEST(Money, AllocatesByWeightWithLargestRemainders)
{
    // A 25.00 order paid 2:1 by card and cash.
    EXPECT_EQ(*eur(2500).allocate({2, 1}), (QList<Money>{eur(1667), eur(833)}));
    // 10.00 in 30/30/40: exact.
    EXPECT_EQ(*eur(1000).allocate({30, 30, 40}), (QList<Money>{eur(300), eur(300), eur(400)}));
    // 0.05 in three equal weights: the earlier shares take the spare cents.
    EXPECT_EQ(*eur(5).allocate({1, 1, 1}), (QList<Money>{eur(2), eur(2), eur(1)}));
    // A zero weight gets nothing.
    EXPECT_EQ(*eur(100).allocate({0, 1}), (QList<Money>{eur(0), eur(100)}));
    // Huge amounts and weights do not overflow.
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    const qint64 w = Money::maxAllocationWeight / 2;
    const auto big = eur(max).allocate({w, w - 1, 1});
    ASSERT_TRUE(big);
    EXPECT_EQ(total(*big), max);
    const auto most = eur(std::numeric_limits<qint64>::min()).allocate({3, 1});
    ASSERT_TRUE(most);
    EXPECT_EQ((*most)[0].minorUnits() + ((*most)[1].minorUnits() + 0), std::numeric_limits<qint64>::min());
    EXPECT_EQ(eur(100).allocate({Money::maxAllocationWeight, 1}).error().code, ErrorCode::InvalidValue);

    EXPECT_EQ(eur(100).allocate({}).error().code, ErrorCode::InvalidValue);
    EXPECT_EQ(eur(100).allocate({0, 0}).error().code, ErrorCode::InvalidValue);
    EXPECT_EQ(eur(100).allocate({1, -1}).error().code, ErrorCode::InvalidValue);
}
