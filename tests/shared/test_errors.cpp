#include "errors.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

using namespace Marquee;

TEST(Errors, WireNamesAreUniqueUpperSnakeCase)
{
    QSet<QString> seen;
    const QRegularExpression form(QStringLiteral("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"));
    for (const ErrorCode code : allErrorCodes()) {
        const QString name = errorCodeName(code);
        EXPECT_TRUE(form.match(name).hasMatch()) << name.toStdString();
        EXPECT_FALSE(seen.contains(name)) << "duplicate " << name.toStdString();
        seen.insert(name);
        EXPECT_FALSE(errorCodeDescription(code).isEmpty()) << name.toStdString();
    }
    EXPECT_GE(seen.size(), 40);
}

TEST(Errors, NamesRoundTrip)
{
    for (const ErrorCode code : allErrorCodes()) {
        ErrorCode back = ErrorCode::Internal;
        ASSERT_TRUE(errorCodeFromName(errorCodeName(code), &back));
        EXPECT_EQ(back, code);
    }
    ErrorCode unused = ErrorCode::Internal;
    EXPECT_FALSE(errorCodeFromName(u"NO_SUCH_CODE", &unused));
    EXPECT_FALSE(errorCodeFromName(u"seat_unavailable", &unused));
    EXPECT_FALSE(errorCodeFromName(u"", &unused));
}

TEST(Errors, ToStringNamesCodePlaceAndMessage)
{
    const Error e{ErrorCode::UnknownSeat, QStringLiteral("no seat 'Z 99'"), QStringLiteral("/body/seats/3")};
    EXPECT_EQ(e.toString(), QStringLiteral("UNKNOWN_SEAT at /body/seats/3: no seat 'Z 99'"));
    const Error bare{ErrorCode::Internal, {}, {}};
    EXPECT_EQ(bare.toString(), QStringLiteral("INTERNAL"));
}
