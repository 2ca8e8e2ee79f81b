// Password hashing, roles and signed session tokens.
#include "auth.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMessageAuthenticationCode>

using namespace Marquee;

namespace {

// Tests hash with a low cost for speed; one test covers the production default.
constexpr int fastIterations = 1000;

QString qs(const char *text)
{
    return QString::fromUtf8(text);
}

TokenClaims sampleClaims(Role role = Role::Cashier)
{
    TokenClaims claims;
    claims.userId = 42;
    claims.username = qs("anna.kowalska");
    claims.role = role;
    claims.issuedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
    claims.expiresAt = claims.issuedAt.addSecs(8 * 3600);
    claims.sessionId = TokenSigner::generateSessionId();
    return claims;
}

QDateTime duringValidity(const TokenClaims &claims)
{
    return claims.issuedAt.addSecs(60);
}

// The token with one character of its part `part` (0 prefix, 1 payload, 2 signature) changed.
QString flipCharacter(const QString &token, int part, qsizetype offset)
{
    const QStringList parts = token.split(u'.');
    QString changed = parts[part];
    changed[offset] = changed[offset] == u'A' ? u'B' : u'A';
    QStringList result = parts;
    result[part] = changed;
    return result.join(u'.');
}

// A token whose payload is `json`, signed with `secret` exactly as TokenSigner does: lets the tests
// reach the claim checks behind the signature.
QString forge(const QByteArray &json, const QByteArray &secret);

} // namespace

// ---- Passwords ------------------------------------------------------------------------------

TEST(Password, HashVerifiesWithTheRightPasswordOnly)
{
    const QString encoded = hashPassword(qs("correct horse battery staple"), fastIterations);
    EXPECT_TRUE(encoded.startsWith(qs("pbkdf2-sha256$1000$"))) << encoded.toStdString();
    EXPECT_TRUE(verifyPassword(qs("correct horse battery staple"), encoded));
    EXPECT_FALSE(verifyPassword(qs("correct horse battery stapl"), encoded));
    EXPECT_FALSE(verifyPassword(qs("Correct horse battery staple"), encoded));
    EXPECT_FALSE(verifyPassword(QString(), encoded));
}

TEST(Password, DefaultCostIsTheProductionCost)
{
    const QString encoded = hashPassword(qs("s3cret!"));
    EXPECT_TRUE(encoded.startsWith(qs("pbkdf2-sha256$210000$"))) << encoded.toStdString();
    EXPECT_GE(defaultPasswordIterations, 210000);
    EXPECT_TRUE(verifyPassword(qs("s3cret!"), encoded));
    EXPECT_FALSE(passwordNeedsRehash(encoded));
}

TEST(Password, SaltMakesEveryHashDifferent)
{
    const QString a = hashPassword(qs("same password"), fastIterations);
    const QString b = hashPassword(qs("same password"), fastIterations);
    EXPECT_NE(a, b);
    EXPECT_NE(a.split(u'$')[2], b.split(u'$')[2]);
    EXPECT_TRUE(verifyPassword(qs("same password"), a));
    EXPECT_TRUE(verifyPassword(qs("same password"), b));
}

TEST(Password, EncodingHasSixteenByteSaltAndThirtyTwoByteHash)
{
    const QStringList parts = hashPassword(qs("x"), fastIterations).split(u'$');
    ASSERT_EQ(parts.size(), 4);
    EXPECT_EQ(QByteArray::fromBase64(parts[2].toLatin1()).size(), 16);
    EXPECT_EQ(QByteArray::fromBase64(parts[3].toLatin1()).size(), 32);
}

TEST(Password, CostTravelsWithTheHash)
{
    const QString cheap = hashPassword(qs("pw"), 1500);
    EXPECT_TRUE(verifyPassword(qs("pw"), cheap));
    EXPECT_TRUE(passwordNeedsRehash(cheap, 2000));
    EXPECT_FALSE(passwordNeedsRehash(cheap, 1500));
    EXPECT_TRUE(passwordNeedsRehash(qs("garbage")));
}

TEST(Password, UnicodePasswordsAreNormalised)
{
    // "é" precomposed (U+00E9) and decomposed (e + U+0301) are the same password.
    const QString encoded = hashPassword(QString(QChar(0x00E9)) + qs("t\u00E9"), fastIterations);
    EXPECT_TRUE(verifyPassword(qs("e\u0301t\u00E9"), encoded));
    EXPECT_FALSE(verifyPassword(qs("ete"), encoded));
}

TEST(Password, KnownVectorStillVerifies)
{
    // Pins the format and the algorithm: PBKDF2-HMAC-SHA256("password", "saltsaltsaltsalt", 1000, 32
    // bytes), as Python's hashlib.pbkdf2_hmac computes it.
    const QString known
        = qs("pbkdf2-sha256$1000$") + QString::fromLatin1(QByteArray("saltsaltsaltsalt").toBase64()) + u'$'
        + QString::fromLatin1(
              QByteArray::fromHex("f275fb870144cc807c68f6a325360af3078741ce4d833d2915500abd2bb88d00")
                  .toBase64());
    EXPECT_TRUE(verifyPassword(qs("password"), known));
    EXPECT_FALSE(verifyPassword(qs("Password"), known));
    EXPECT_FALSE(verifyPassword(qs("password"), QString(known).replace(qs("$1000$"), qs("$1001$"))));
}

TEST(Password, MalformedEncodingsAreRejected)
{
    const QString good = hashPassword(qs("pw"), fastIterations);
    const QStringList parts = good.split(u'$');
    const QString salt = parts[2];
    const QString hash = parts[3];
    const QString scheme = qs("pbkdf2-sha256");
    const QList<QString> malformed = {
        QString(),
        qs("pw"),
        qs("$$$"),
        scheme + qs("$1000$") + salt, // three parts
        scheme + qs("$1000$") + salt + u'$' + hash + qs("$extra"), // five parts
        qs("pbkdf2-sha1$1000$") + salt + u'$' + hash, // unknown scheme
        qs("PBKDF2-SHA256$1000$") + salt + u'$' + hash, // scheme is case-sensitive
        scheme + qs("$0$") + salt + u'$' + hash, // zero cost
        scheme + qs("$-1000$") + salt + u'$' + hash, // negative cost
        scheme + qs("$+1000$") + salt + u'$' + hash, // signed cost
        scheme + qs("$01000$") + salt + u'$' + hash, // leading zero
        scheme + qs("$ 1000$") + salt + u'$' + hash, // space
        scheme + qs("$1e3$") + salt + u'$' + hash, // not decimal
        scheme + qs("$99999999999$") + salt + u'$' + hash, // absurd cost
        scheme + qs("$$") + salt + u'$' + hash, // empty cost
        scheme + qs("$1000$$") + hash, // empty salt
        scheme + qs("$1000$") + salt + u'$', // empty hash
        scheme + qs("$1000$") + salt + u'$' + hash.left(hash.size() - 4), // short hash
        scheme + qs("$1000$") + salt + u'$' + hash + qs("AAAA"), // long hash
        scheme + qs("$1000$") + salt + u'$' + hash.chopped(1), // missing padding
        scheme + qs("$1000$") + salt + u'$' + u' ' + hash, // whitespace in base64
        scheme + qs("$1000$") + salt + u'$'
            + QString(hash).replace(u'+', u'-').replace(u'/', u'_'), // base64url
        scheme + qs("$1000$QUJD$") + parts[3], // three-byte salt
        scheme + qs("$1000$") + salt + u'$' + QString(hash.size(), u'!'), // not base64
    };
    ASSERT_GE(malformed.size(), 8);
    for (const QString &encoded : malformed) {
        if (encoded == good)
            continue; // the alphabet swap found nothing to swap (no + or / in this hash)
        EXPECT_FALSE(verifyPassword(qs("pw"), encoded)) << encoded.toStdString();
        EXPECT_TRUE(passwordNeedsRehash(encoded, fastIterations)) << encoded.toStdString();
    }
    EXPECT_TRUE(verifyPassword(qs("pw"), good));
}

// ---- Roles ----------------------------------------------------------------------------------

TEST(Roles, NamesRoundTrip)
{
    const QStringList expected { qs("admin"), qs("manager"), qs("cashier"), qs("kiosk") };
    ASSERT_EQ(allRoles().size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(roleName(allRoles()[i]), expected[i]);
        const auto role = roleFromName(expected[i]);
        ASSERT_TRUE(role);
        EXPECT_EQ(*role, allRoles()[i]);
    }
}

TEST(Roles, UnknownNamesAreRejected)
{
    for (const QString &name :
         { QString(), qs("Admin"), qs("ADMIN"), qs(" admin"), qs("root"), qs("cashiers") })
        EXPECT_FALSE(roleFromName(name)) << name.toStdString();
}

// ---- Tokens ---------------------------------------------------------------------------------

TEST(Token, SecretsAndSessionIdsAreRandom)
{
    const QByteArray a = TokenSigner::generateSecret();
    EXPECT_EQ(a.size(), 32);
    EXPECT_NE(a, TokenSigner::generateSecret());
    const QString sid = TokenSigner::generateSessionId();
    EXPECT_EQ(sid.size(), 22);
    EXPECT_NE(sid, TokenSigner::generateSessionId());
}

TEST(Token, RoundTrip)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    const TokenClaims claims = sampleClaims();
    const QString token = signer.issue(claims);
    ASSERT_FALSE(token.isEmpty());
    EXPECT_TRUE(token.startsWith(qs("mq1.")));
    const auto verified = signer.verify(token, duringValidity(claims));
    ASSERT_TRUE(verified) << verified.error().toString().toStdString();
    EXPECT_EQ(*verified, claims);
    EXPECT_EQ(verified->issuedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(verified->issuedAt.toMSecsSinceEpoch(), 1'700'000'000'123);
}

TEST(Token, AnotherSignerWithTheSameSecretAccepts)
{
    const QByteArray secret = TokenSigner::generateSecret();
    const TokenClaims claims = sampleClaims();
    const QString token = TokenSigner(secret).issue(claims);
    const auto verified = TokenSigner(secret).verify(token, duringValidity(claims));
    ASSERT_TRUE(verified);
    EXPECT_EQ(*verified, claims);
}

TEST(Token, EveryRoleRoundTrips)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    for (const Role role : allRoles()) {
        const TokenClaims claims = sampleClaims(role);
        const auto verified = signer.verify(signer.issue(claims), duringValidity(claims));
        ASSERT_TRUE(verified) << roleName(role).toStdString();
        EXPECT_EQ(verified->role, role);
        EXPECT_EQ(*verified, claims);
    }
}

TEST(Token, UnicodeAndLargeValuesRoundTrip)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    TokenClaims claims = sampleClaims(Role::Admin);
    claims.userId = (qint64(1) << 53) - 1;
    claims.username = qs("Zoë \"Ω\" Łukasz \\ 中文");
    const auto verified = signer.verify(signer.issue(claims), duringValidity(claims));
    ASSERT_TRUE(verified);
    EXPECT_EQ(*verified, claims);
}

TEST(Token, ExpiredAtAndAfterExpiry)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    const TokenClaims claims = sampleClaims();
    const QString token = signer.issue(claims);
    EXPECT_TRUE(signer.verify(token, claims.expiresAt.addMSecs(-1)));
    for (const QDateTime &now :
         { claims.expiresAt, claims.expiresAt.addMSecs(1), claims.expiresAt.addDays(365) }) {
        const auto verified = signer.verify(token, now);
        ASSERT_FALSE(verified);
        EXPECT_EQ(verified.error().code, ErrorCode::TokenExpired);
    }
}

TEST(Token, ExpiredForgeryIsInvalidNotExpired)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    const TokenClaims claims = sampleClaims();
    const QString forged = TokenSigner(TokenSigner::generateSecret()).issue(claims);
    const auto verified = signer.verify(forged, claims.expiresAt.addDays(1));
    ASSERT_FALSE(verified);
    EXPECT_EQ(verified.error().code, ErrorCode::TokenInvalid);
}

TEST(Token, TamperedPayloadIsInvalid)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    const TokenClaims claims = sampleClaims();
    const QString token = signer.issue(claims);
    const qsizetype payloadSize = token.split(u'.')[1].size();
    for (qsizetype offset : { qsizetype(0), payloadSize / 2, payloadSize - 2 }) {
        const auto verified = signer.verify(flipCharacter(token, 1, offset), duringValidity(claims));
        ASSERT_FALSE(verified) << offset;
        EXPECT_EQ(verified.error().code, ErrorCode::TokenInvalid);
    }

    // A meaningful change: a cashier's token turned into an admin's, re-encoded but not re-signed.
    const QStringList parts = token.split(u'.');
    QJsonObject json
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding))
              .object();
    ASSERT_EQ(json.value(qs("role")).toString(), qs("cashier"));
    json.insert(qs("role"), qs("admin"));
    const QString elevated = parts[0] + u'.'
        + QString::fromLatin1(QJsonDocument(json)
                                  .toJson(QJsonDocument::Compact)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        + u'.' + parts[2];
    const auto verified = signer.verify(elevated, duringValidity(claims));
    ASSERT_FALSE(verified);
    EXPECT_EQ(verified.error().code, ErrorCode::TokenInvalid);
}

TEST(Token, TamperedSignatureIsInvalid)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    const TokenClaims claims = sampleClaims();
    const QString token = signer.issue(claims);
    const qsizetype macSize = token.split(u'.')[2].size();
    ASSERT_EQ(macSize, 43);
    for (qsizetype offset : { qsizetype(0), qsizetype(20), macSize - 2 }) {
        const auto verified = signer.verify(flipCharacter(token, 2, offset), duringValidity(claims));
        ASSERT_FALSE(verified) << offset;
        EXPECT_EQ(verified.error().code, ErrorCode::TokenInvalid);
    }
    // Truncated, extended, removed.
    for (const QString &changed :
         QList<QString> { token.chopped(1), token + u'A', token.left(token.lastIndexOf(u'.') + 1),
                          token.left(token.lastIndexOf(u'.')) }) {
        const auto verified = signer.verify(changed, duringValidity(claims));
        ASSERT_FALSE(verified) << changed.toStdString();
        EXPECT_EQ(verified.error().code, ErrorCode::TokenInvalid);
    }
}

TEST(Token, WrongSecretIsInvalid)
{
    const TokenClaims claims = sampleClaims();
    const QString token = TokenSigner(TokenSigner::generateSecret()).issue(claims);
    const auto verified = TokenSigner(TokenSigner::generateSecret()).verify(token, duringValidity(claims));
    ASSERT_FALSE(verified);
    EXPECT_EQ(verified.error().code, ErrorCode::TokenInvalid);
}

TEST(Token, GarbageIsInvalid)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    const TokenClaims claims = sampleClaims();
    const QString token = signer.issue(claims);
    const QString payload = token.split(u'.')[1];
    const QString mac = token.split(u'.')[2];
    const QList<QString> garbage = {
        QString(),
        qs("."),
        qs(".."),
        qs("..."),
        qs("mq1"),
        qs("mq1.."),
        qs("Bearer ") + token,
        token + u' ',
        u' ' + token,
        token + qs(".x"),
        qs("mq2.") + payload + u'.' + mac,
        qs("MQ1.") + payload + u'.' + mac,
        qs("mq1.") + payload + u'=' + u'.' + mac,
        qs("mq1.") + payload + u'.' + mac + u'=',
        qs("mq1.") + payload.toUpper() + u'.' + mac,
        qs("mq1.") + payload + u'.' + QString(mac).replace(u'_', u'/').replace(u'-', u'+') + qs("//"),
        qs("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"), // a JWT
        qs("mq1.\u00e9\u00e9\u00e9.") + mac,
        qs("mq1.") + QString(10000, u'A') + u'.' + mac,
        QString(100, u'.'),
        qs("null"),
        qs("{\"uid\":1}"),
    };
    ASSERT_GE(garbage.size(), 10);
    for (const QString &text : garbage) {
        const auto verified = signer.verify(text, duringValidity(claims));
        ASSERT_FALSE(verified) << text.left(80).toStdString();
        EXPECT_EQ(verified.error().code, ErrorCode::TokenInvalid) << text.left(80).toStdString();
    }
}

TEST(Token, SignedButMalformedClaimsAreInvalid)
{
    const QByteArray secret = TokenSigner::generateSecret();
    const TokenSigner signer(secret);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1500, Qt::UTC);
    // The forging helper itself works:
    ASSERT_TRUE(signer.verify(
        forge(R"({"uid":1,"usr":"a","role":"kiosk","iat":1000,"exp":2000,"sid":"s","gen":0})", secret), now));
    const QList<QByteArray> payloads = {
        "not json",
        "[1,2,3]",
        R"({"uid":1,"usr":"a","role":"kiosk","iat":1000,"exp":2000,"gen":0})", // no sid
        R"({"uid":1,"usr":"a","role":"kiosk","iat":1000,"exp":2000,"sid":"s","gen":0,"x":1})", // extra field
        R"({"uid":"1","usr":"a","role":"kiosk","iat":1000,"exp":2000,"sid":"s","gen":0})", // uid string
        R"({"uid":1.5,"usr":"a","role":"kiosk","iat":1000,"exp":2000,"sid":"s","gen":0})", // uid fraction
        R"({"uid":1,"usr":"","role":"kiosk","iat":1000,"exp":2000,"sid":"s","gen":0})", // empty user
        R"({"uid":1,"usr":"a","role":"root","iat":1000,"exp":2000,"sid":"s","gen":0})", // unknown role
        R"({"uid":1,"usr":"a","role":"kiosk","iat":2000,"exp":1000,"sid":"s","gen":0})", // exp < iat
        R"({"uid":1,"usr":"a","role":"kiosk","iat":-5,"exp":2000,"sid":"s","gen":0})", // negative time
        R"({"uid":1,"usr":"a","role":"kiosk","iat":1000,"exp":1e300,"sid":"s","gen":0})", // absurd time
        R"({"uid":1,"usr":"a","role":"kiosk","iat":1000,"exp":2000,"sid":"s"})", // no session epoch
        R"({"uid":1,"usr":"a","role":"kiosk","iat":1000,"exp":2000,"sid":"s","gen":-1})", // negative epoch
        R"({"uid":1,"usr":"a","role":"kiosk","iat":1000,"exp":2000,"sid":"s","gen":"3"})", // epoch as text
    };
    for (const QByteArray &payload : payloads) {
        const auto verified = signer.verify(forge(payload, secret), now);
        ASSERT_FALSE(verified) << payload.toStdString();
        EXPECT_EQ(verified.error().code, ErrorCode::TokenInvalid) << payload.toStdString();
    }
}

TEST(Token, CarriesTheSessionEpoch)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    TokenClaims claims = sampleClaims();
    claims.epoch = 41;
    const auto verified = signer.verify(signer.issue(claims), duringValidity(claims));
    ASSERT_TRUE(verified);
    EXPECT_EQ(verified->epoch, 41);
    EXPECT_EQ(*verified, claims);
}

TEST(Passwords, GeneratedOnesAreLongRandomAndUnambiguous)
{
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString password = generatePassword();
        EXPECT_EQ(password.size(), 20);
        for (const QChar c : password) {
            EXPECT_TRUE(c.isLetterOrNumber() && c.unicode() < 128) << password.toStdString();
            EXPECT_FALSE(QStringLiteral("0O1lI").contains(c)) << password.toStdString();
        }
        seen.insert(password);
    }
    EXPECT_EQ(seen.size(), 200);
}

TEST(Token, UnissuableClaimsAndShortSecrets)
{
    const TokenSigner signer(TokenSigner::generateSecret());
    TokenClaims noUser = sampleClaims();
    noUser.username.clear();
    TokenClaims noSession = sampleClaims();
    noSession.sessionId.clear();
    TokenClaims backwards = sampleClaims();
    std::swap(backwards.issuedAt, backwards.expiresAt);
    TokenClaims noDates = sampleClaims();
    noDates.expiresAt = QDateTime();
    for (const TokenClaims &claims : { noUser, noSession, backwards, noDates })
        EXPECT_TRUE(signer.issue(claims).isEmpty());

    const TokenSigner weak(QByteArray(31, 'k'));
    EXPECT_FALSE(weak.isValid());
    const TokenClaims claims = sampleClaims();
    EXPECT_TRUE(weak.issue(claims).isEmpty());
    const auto verified = weak.verify(signer.issue(claims), duringValidity(claims));
    ASSERT_FALSE(verified);
    EXPECT_EQ(verified.error().code, ErrorCode::TokenInvalid);
}

namespace {

QString forge(const QByteArray &json, const QByteArray &secret)
{
    // Qt's own HMAC, so that the test checks the token format independently of the implementation.
    const QByteArray signedPart
        = "mq1." + json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray mac = QMessageAuthenticationCode::hash(signedPart, secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        signedPart + '.' + mac.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace
