#include "errors.h"
#include "jsonlimits.h"
#include "printers.h"
#include "protocol.h"

#include <QtCore/QRandomGenerator>

#include <gtest/gtest.h>

using namespace Marquee;

namespace {

QString codeOf(const Result<QJsonObject> &result)
{
    return result ? QStringLiteral("OK") : errorCodeName(result.error().code);
}

QString name(ErrorCode code)
{
    return errorCodeName(code);
}

QByteArray nested(int depth, char open, char close, const QByteArray &inner = {})
{
    return QByteArray(depth, open) + inner + QByteArray(depth, close);
}

} // namespace

TEST(JsonLimits, ParsesAValidObject)
{
    const auto result = parseJsonObject(R"({"a":[1,2,{"b":"c"}],"d":"€ 🎟"})");
    ASSERT_TRUE(result) << result.error().toString().toStdString();
    EXPECT_EQ(result->value(QStringLiteral("d")).toString(), QStringLiteral("€ 🎟"));
}

TEST(JsonLimits, DefaultsAreDocumented)
{
    const JsonLimits limits;
    EXPECT_EQ(limits.maxBytes, 64 * 1024);
    EXPECT_EQ(limits.maxDepth, 16);
}

TEST(JsonLimits, RejectsEmptyInput)
{
    EXPECT_EQ(codeOf(parseJsonObject(QByteArrayView())), name(ErrorCode::MalformedJson));
    EXPECT_EQ(codeOf(parseJsonObject("   ")), name(ErrorCode::MalformedJson));
}

TEST(JsonLimits, SizeLimitIsInclusive)
{
    JsonLimits limits;
    limits.maxBytes = 20;
    const QByteArray exact = R"({"a":"0123456789ab"})";
    ASSERT_EQ(exact.size(), 20);
    EXPECT_EQ(codeOf(parseJsonObject(exact, limits)), QStringLiteral("OK"));
    const QByteArray over = R"({"a":"0123456789abc"})";
    EXPECT_EQ(codeOf(parseJsonObject(over, limits)), name(ErrorCode::FrameTooLarge));
}

TEST(JsonLimits, RejectsAOneMebibyteFrameBeforeParsing)
{
    QByteArray big = R"({"a":")" + QByteArray(1024 * 1024, 'x') + R"("})";
    const auto result = parseJsonObject(big);
    EXPECT_EQ(codeOf(result), name(ErrorCode::FrameTooLarge));
    EXPECT_TRUE(result.error().where.isEmpty());
}

TEST(JsonLimits, DepthLimitIsInclusive)
{
    // The top-level object is depth 1, so 15 arrays inside it make 16.
    const QByteArray ok = "{\"a\":" + nested(15, '[', ']') + "}";
    EXPECT_EQ(codeOf(parseJsonObject(ok)), QStringLiteral("OK"));
    const QByteArray deep = "{\"a\":" + nested(16, '[', ']') + "}";
    EXPECT_EQ(codeOf(parseJsonObject(deep)), name(ErrorCode::TooDeep));
}

TEST(JsonLimits, DeepNestingIsCaughtByTheScanEvenWhenUnbalanced)
{
    EXPECT_EQ(codeOf(parseJsonObject(QByteArray(1000, '['))), name(ErrorCode::TooDeep));
    EXPECT_EQ(codeOf(parseJsonObject(nested(1000, '[', ']'))), name(ErrorCode::TooDeep));
    JsonLimits limits;
    limits.maxBytes = 4 * 1024 * 1024;
    EXPECT_EQ(codeOf(parseJsonObject(QByteArray(1000000, '{'), limits)), name(ErrorCode::TooDeep));
}

TEST(JsonLimits, BracketsInStringsDoNotCount)
{
    const QByteArray text
        = R"({"a":"[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{","b":"\"[[[[[[[[[[[[[[[[[[[[[[\\"})";
    EXPECT_EQ(codeOf(parseJsonObject(text)), QStringLiteral("OK"));
    // An escaped quote does not end the string; an escaped backslash does not escape the quote.
    const QByteArray tricky = R"({"a":"\\","b":)" + nested(20, '[', ']') + "}";
    EXPECT_EQ(codeOf(parseJsonObject(tricky)), name(ErrorCode::TooDeep));
}

TEST(JsonLimits, RejectsInvalidUtf8WithItsOffset)
{
    const QList<QByteArray> bad = {
        QByteArray("{\"a\":\"\xff\"}"), // never valid
        QByteArray("{\"a\":\"\xc0\x80\"}"), // overlong NUL
        QByteArray("{\"a\":\"\xe0\x80\xaf\"}"), // overlong '/'
        QByteArray("{\"a\":\"\xed\xa0\x80\"}"), // UTF-16 surrogate
        QByteArray("{\"a\":\"\xf4\x90\x80\x80\"}"), // beyond U+10FFFF
        QByteArray("{\"a\":\"\xe2\x82\"}"), // truncated sequence
        QByteArray("{\"a\":\"x\"}\x80"), // stray continuation byte
    };
    for (const QByteArray &bytes : bad) {
        const auto result = parseJsonObject(bytes);
        ASSERT_FALSE(result) << bytes.toHex().constData();
        EXPECT_EQ(name(result.error().code), name(ErrorCode::MalformedJson));
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("UTF-8")));
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("byte")));
    }
}

TEST(JsonLimits, AcceptsEveryUtf8Length)
{
    const auto result = parseJsonObject("{\"a\":\"A\xc3\xa9\xe2\x82\xac\xf0\x9f\x8e\x9f\"}");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->value(QStringLiteral("a")).toString(),
              QString::fromUtf8("A\xc3\xa9\xe2\x82\xac\xf0\x9f\x8e\x9f"));
}

TEST(JsonLimits, RejectsMalformedJsonWithItsOffset)
{
    for (const char *text : { R"({"a":)", R"({"a" 1})", R"({"a":1,})", R"({} x)", R"({'a':1})",
                              R"({"a":tru})", "{\"a\":\"\x01\"}", R"(})", R"({"a":[1,2})" }) {
        const auto result = parseJsonObject(QByteArrayView(text));
        ASSERT_FALSE(result) << text;
        EXPECT_EQ(name(result.error().code), name(ErrorCode::MalformedJson)) << text;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("at byte"))) << text;
    }
}

TEST(JsonLimits, RejectsTopLevelsThatAreNotObjects)
{
    for (const char *text : { "[]", "\"x\"", "1", "null", "true", "[{}]" }) {
        const auto result = parseJsonObject(QByteArrayView(text));
        EXPECT_EQ(codeOf(result), name(ErrorCode::NotAnObject)) << text;
    }
}

TEST(JsonLimits, LimitsArrayLength)
{
    JsonLimits limits;
    limits.maxArrayItems = 3;
    EXPECT_EQ(codeOf(parseJsonObject(R"({"a":[1,2,3],"b":{"c":1,"d":2,"e":3,"f":4}})", limits)),
              QStringLiteral("OK"));
    EXPECT_EQ(codeOf(parseJsonObject(R"({"a":[1,2,3,4]})", limits)), name(ErrorCode::TooManyItems));
    EXPECT_EQ(codeOf(parseJsonObject(R"({"a":[[1,2],[3],[4,5,6],"x,y,z,w"]})", limits)),
              name(ErrorCode::TooManyItems));
    EXPECT_EQ(codeOf(parseJsonObject(R"({"a":[[1,2],[3],"x,y,z,w"]})", limits)), QStringLiteral("OK"));
    limits.maxArrayItems = 0; // no limit
    EXPECT_EQ(codeOf(parseJsonObject(R"({"a":[1,2,3,4,5,6,7]})", limits)), QStringLiteral("OK"));
}

TEST(JsonLimits, CheckOnlyScansWithoutParsing)
{
    EXPECT_TRUE(checkJsonLimits("{\"a\": nonsense but shallow", JsonLimits {}).ok());
    EXPECT_FALSE(checkJsonLimits(nested(17, '{', '}'), JsonLimits {}).ok());
}

// QJsonDocument keeps the last of two equal keys; a proxy or another parser may read the first.
TEST(JsonLimits, RefusesADuplicateKeyAtAnyDepthWithAPointerToIt)
{
    const struct
    {
        const char *text;
        const char *where;
    } cases[] = {
        { R"({"a":1,"a":2})", "/a" },
        { R"({"v":1,"body":{"showId":"1","seatIds":["A-1"],"showId":"2"}})", "/body/showId" },
        { R"({"a":[{"x":1},{"y":1,"z":{"q":0},"y":2}]})", "/a/1/y" },
        { R"({"a":1,"\u0061":2})", "/a" }, // the same key once unescaped
        { R"({"\u00e9":1,"é":2})", "/é" },
        { R"({"é":1,"\u00e9":2})", "/é" },
        { R"({"\ud83c\udf9f":1,"🎟":2})", "/🎟" },
        { R"({"a/b":{"~":1,"\u007e":2}})", "/a~1b/~0" }, // RFC 6901 escaped
        { R"({"k\"":1,"k\\":2,"k\"":3})", "/k\"" },
        { R"({"n":{"\n":1,"\u000a":2}})", "/n/\n" },
    };
    for (const auto &c : cases) {
        const auto result = parseJsonObject(QByteArrayView(c.text));
        ASSERT_FALSE(result) << c.text;
        EXPECT_EQ(name(result.error().code), name(ErrorCode::MalformedJson)) << c.text;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("twice"))) << result.error().toString().toStdString();
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("byte"))) << c.text;
        EXPECT_EQ(result.error().where.toStdString(), c.where) << c.text;
    }
}

TEST(JsonLimits, EqualKeysInDifferentObjectsAreFine)
{
    for (const char *text : { R"({"a":{"a":{"a":1}},"b":[{"a":1},{"a":2}],"c":{"a":1}})",
                              R"({"a":"\"a\":1,\"a\":2","b":["a","a"],"c":{"d":"a","a":"d"}})",
                              R"({"a":1,"A":2,"a ":3,"\u0041 ":4})", R"({"k\"":1,"k\\":2,"k":3})" }) {
        const auto result = parseJsonObject(QByteArrayView(text));
        EXPECT_TRUE(result) << text << " " << (result ? std::string() : result.error().toString().toStdString());
    }
}

// Objects of many keys look keys up in a hash set: the same answers, without quadratic time.
TEST(JsonLimits, FindsADuplicateAmongManyKeys)
{
    const JsonLimits limits { 1 << 20, 16, 10000 };
    QByteArray many = "{";
    for (int k = 0; k < 5000; ++k)
        many += "\"k" + QByteArray::number(k) + "\":{\"x\":1,\"y\":[" + QByteArray::number(k) + "]},";
    EXPECT_TRUE(checkJsonLimits(QByteArray(many + "\"end\":0}"), limits).ok());
    const Status twice = checkJsonLimits(QByteArray(many + "\"k4321\":0}"), limits);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().where, QStringLiteral("/k4321"));
    const Status escaped = checkJsonLimits(QByteArray(many + R"("k\u0031":0})"), limits);
    ASSERT_FALSE(escaped.ok());
    EXPECT_EQ(escaped.error().where, QStringLiteral("/k1"));
    // The next object of many keys starts afresh.
    EXPECT_TRUE(checkJsonLimits(QByteArray("{\"a\":" + many + "\"end\":0},\"b\":" + many + "\"end\":0}}"), limits).ok());
}

// "\ud800" is valid JSON grammar, but no UTF-8 string can hold it: QJsonDocument would keep a lone
// surrogate in a QString, and toUtf8() would turn it into something else on its way to the database.
TEST(JsonLimits, RefusesLoneSurrogateAndInvalidEscapes)
{
    for (const char *text : { R"({"a":"\ud800"})", R"({"a":"x\udfff"})", R"({"a":"\ud83c"})", R"({"a":"\ud83cx"})",
                              R"({"a":"\ud83c\u0041"})", R"({"a":"\udf9f\ud83c"})", R"({"\ud800":1})",
                              R"({"a":"\ud83c\ud83c"})", R"({"a":"\u12"})", R"({"a":"\u12g4"})", R"({"a":"\x"})" }) {
        const auto result = parseJsonObject(QByteArrayView(text));
        ASSERT_FALSE(result) << text;
        EXPECT_EQ(name(result.error().code), name(ErrorCode::MalformedJson)) << text;
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("byte"))) << text;
        EXPECT_TRUE(result.error().where.isEmpty()) << text;
    }
    const auto pair = parseJsonObject(R"({"a":"\ud83c\udf9f \u00e9\u0000\/\b"})");
    ASSERT_TRUE(pair) << pair.error().toString().toStdString();
    EXPECT_EQ(pair->value(QStringLiteral("a")).toString(),
              QString::fromUtf8("\xf0\x9f\x8e\x9f \xc3\xa9") + QChar(0) + QStringLiteral("/\b"));
}

// Mutates valid frames at random (a fixed seed, so that a failure reproduces) and decodes them:
// nothing may crash, and every error carries one of the documented codes.
TEST(JsonLimitsFuzz, RandomMutationsNeverCrash)
{
    const QList<QByteArray> seeds = {
        R"({"v":1,"type":"hold","id":"r-1","body":{"showId":"s1","seatIds":["A-1","A-2"]}})",
        R"({"v":1,"type":"sell","id":"r-2","body":{"holdId":"h1","payments":[{"method":"cash","amount":{"amount":2500,"currency":"EUR"},"tendered":{"amount":3000,"currency":"EUR"}}],"customerEmail":"a@b.example"}})",
        R"({"v":1,"type":"delta","body":{"showId":"s1","fromVersion":4,"toVersion":5,"changes":[{"seatId":"A-1","status":"held","heldBy":"t-1"}]}})",
        R"({"v":1,"type":"error","id":"r-3","body":{"code":"SEAT_UNAVAILABLE","message":"taken","where":"/body/seatIds/1","details":{"seats":["A-2"]}}})",
        R"({"a":"\"\\[{","b":[[[[[[[[{"c":-1.5e300}]]]]]]]],"d":"\u00e9\ud83c\udf9f"})",
    };
    const QByteArray alphabet = QByteArrayLiteral("{}[]\",:\\0123456789.eE-+ truefalsnul\x80\xc3\xa9\xff");
    QRandomGenerator random(20250501);
    const QList<ErrorCode> &codes = allErrorCodes();
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray frame = seeds.at(round % seeds.size());
        const int mutations = 1 + int(random.bounded(8));
        for (int m = 0; m < mutations; ++m) {
            const qsizetype at = frame.isEmpty() ? 0 : qsizetype(random.bounded(int(frame.size())));
            const char byte = random.bounded(4) == 0 ? char(random.bounded(256))
                                                     : alphabet.at(random.bounded(int(alphabet.size())));
            switch (random.bounded(4)) {
            case 0: // flip a bit
                if (!frame.isEmpty())
                    frame[at] = char(frame.at(at) ^ char(1 << random.bounded(8)));
                break;
            case 1:
                frame.insert(at, byte);
                break;
            case 2:
                if (!frame.isEmpty())
                    frame.remove(at, 1 + random.bounded(4));
                break;
            default:
                if (!frame.isEmpty())
                    frame[at] = byte;
                break;
            }
        }
        const auto object = parseJsonObject(frame);
        if (!object) {
            ASSERT_TRUE(codes.contains(object.error().code));
        }
        QString id;
        const auto message = decodeMessage(frame, serverFrameLimits(), &id);
        if (message) {
            ++accepted;
            // Whatever decodes must encode and decode to the same message again.
            const auto again = decodeMessage(encodeMessage(message->body, message->id), serverFrameLimits());
            ASSERT_TRUE(again) << frame.constData();
            ASSERT_TRUE(*again == *message) << frame.constData();
        } else {
            ASSERT_TRUE(codes.contains(message.error().code));
            ASSERT_TRUE(id.isEmpty() || isValidId(id));
        }
    }
    EXPECT_GT(accepted, 0); // some mutations stay valid (e.g. inside strings)
}
