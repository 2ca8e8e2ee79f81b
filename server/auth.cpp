#include "auth.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <limits>
#include <optional>

namespace Marquee {

namespace {

constexpr QLatin1StringView passwordScheme("pbkdf2-sha256");
constexpr int passwordSaltSize = 16;
constexpr int minPasswordSaltSize = 8;
constexpr int maxPasswordSaltSize = 64;
constexpr int passwordHashSize = 32;

constexpr QLatin1StringView tokenPrefix("mq1");
constexpr int tokenMacSize = 32;
// 9999-12-31T23:59:59.999Z: later instants are malformed claims.
constexpr qint64 maxTokenMSecs = 253402300799999;

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size) != 1)
        qFatal("OpenSSL RAND_bytes failed: no randomness for salts, secrets or session ids");
    return bytes;
}

// `text` decoded, only when it is the canonical encoding of its bytes in the given alphabet (no
// whitespace, no stray characters, no unused bits, padding exactly as `options` says).
std::optional<QByteArray> decodeBase64Strictly(QStringView text, QByteArray::Base64Options options)
{
    const QByteArray ascii = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(ascii, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || QString::fromLatin1(decoded.decoded.toBase64(options)) != text)
        return std::nullopt;
    return decoded.decoded;
}

constexpr QByteArray::Base64Options base64Url
    = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// A positive decimal integer without sign, spaces or leading zeros, at most `max`.
std::optional<qint64> parseCount(QStringView text, qint64 max)
{
    if (text.isEmpty() || text.size() > 18 || text.front() == u'0')
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > max)
        return std::nullopt;
    return value;
}

std::optional<QByteArray> pbkdf2(const QString &password, const QByteArray &salt, int iterations, int size)
{
    const QByteArray utf8 = password.normalized(QString::NormalizationForm_KC).toUtf8();
    QByteArray out(size, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                          iterations, EVP_sha256(), size, reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        return std::nullopt;
    return out;
}

struct EncodedPassword
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

std::optional<EncodedPassword> parsePasswordEncoding(const QString &encoded)
{
    const QList<QStringView> parts = QStringView(encoded).split(u'$');
    if (parts.size() != 4 || parts[0] != passwordScheme)
        return std::nullopt;
    const auto iterations = parseCount(parts[1], maxPasswordIterations);
    const auto salt = decodeBase64Strictly(parts[2], QByteArray::Base64Encoding);
    const auto hash = decodeBase64Strictly(parts[3], QByteArray::Base64Encoding);
    if (!iterations || !salt || !hash || salt->size() < minPasswordSaltSize
        || salt->size() > maxPasswordSaltSize || hash->size() != passwordHashSize)
        return std::nullopt;
    return EncodedPassword { int(*iterations), *salt, *hash };
}

bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray mac(tokenMacSize, Qt::Uninitialized);
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()),
              reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
              reinterpret_cast<unsigned char *>(mac.data()), &size)
        || size != tokenMacSize)
        return {};
    return mac;
}

Error tokenInvalid(const QString &why)
{
    return makeError(ErrorCode::TokenInvalid, QStringLiteral("The session token is not valid: ") + why);
}

std::optional<qint64> integerField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() returns its default for non-integral values: two different defaults expose that.
    const qint64 low = value.toInteger(std::numeric_limits<qint64>::min());
    const qint64 high = value.toInteger(std::numeric_limits<qint64>::max());
    if (low != high)
        return std::nullopt;
    return low;
}

std::optional<QString> stringField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return std::nullopt;
    return value.toString();
}

bool issuable(const TokenClaims &claims)
{
    if (!claims.issuedAt.isValid() || !claims.expiresAt.isValid() || claims.username.isEmpty()
        || claims.sessionId.isEmpty())
        return false;
    const qint64 issued = claims.issuedAt.toMSecsSinceEpoch();
    const qint64 expires = claims.expiresAt.toMSecsSinceEpoch();
    return issued >= 0 && issued < expires && expires <= maxTokenMSecs;
}

} // namespace

// ---- Passwords ------------------------------------------------------------------------------

QString hashPassword(const QString &password, int iterations)
{
    iterations = qBound(1, iterations, maxPasswordIterations);
    const QByteArray salt = randomBytes(passwordSaltSize);
    const auto hash = pbkdf2(password, salt, iterations, passwordHashSize);
    if (!hash)
        qFatal("OpenSSL PKCS5_PBKDF2_HMAC failed");
    return passwordScheme + u'$' + QString::number(iterations) + u'$' + QString::fromLatin1(salt.toBase64())
        + u'$' + QString::fromLatin1(hash->toBase64());
}

bool verifyPassword(const QString &password, const QString &encoded)
{
    const auto parsed = parsePasswordEncoding(encoded);
    if (!parsed)
        return false;
    const auto hash = pbkdf2(password, parsed->salt, parsed->iterations, passwordHashSize);
    return hash && equalInConstantTime(*hash, parsed->hash);
}

bool passwordNeedsRehash(const QString &encoded, int iterations)
{
    const auto parsed = parsePasswordEncoding(encoded);
    return !parsed || parsed->iterations < iterations || parsed->salt.size() < passwordSaltSize;
}

QString generatePassword()
{
    static constexpr QLatin1StringView alphabet("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    constexpr int length = 20;
    QString password;
    password.reserve(length);
    // Rejection sampling: only bytes below the largest multiple of the alphabet's size, so that
    // every character is equally likely.
    const int limit = 256 - 256 % int(alphabet.size());
    while (password.size() < length) {
        for (const char byte : randomBytes(length)) {
            const int value = static_cast<unsigned char>(byte);
            if (value < limit && password.size() < length)
                password.append(QLatin1Char(alphabet.at(value % alphabet.size())));
        }
    }
    return password;
}

// ---- Session tokens -------------------------------------------------------------------------

TokenSigner::TokenSigner(QByteArray secret)
    : m_secret(std::move(secret))
{
}

QString TokenSigner::issue(const TokenClaims &claims) const
{
    if (!isValid() || !issuable(claims))
        return {};
    const QJsonObject json {
        { QStringLiteral("uid"), claims.userId },
        { QStringLiteral("usr"), claims.username },
        { QStringLiteral("role"), roleName(claims.role) },
        { QStringLiteral("iat"), claims.issuedAt.toMSecsSinceEpoch() },
        { QStringLiteral("exp"), claims.expiresAt.toMSecsSinceEpoch() },
        { QStringLiteral("sid"), claims.sessionId },
        { QStringLiteral("gen"), claims.epoch },
    };
    const QByteArray signedPart = QByteArray(tokenPrefix.data(), tokenPrefix.size()) + '.'
        + QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64(base64Url);
    const QByteArray mac = hmacSha256(m_secret, signedPart);
    if (mac.isEmpty())
        return {};
    return QString::fromLatin1(signedPart + '.' + mac.toBase64(base64Url));
}

Result<TokenClaims> TokenSigner::verify(const QString &token, const QDateTime &now) const
{
    if (!isValid())
        return tokenInvalid(QStringLiteral("the server has no signing secret"));
    if (token.size() > maxTokenSize)
        return tokenInvalid(QStringLiteral("too long"));
    const QList<QStringView> parts = QStringView(token).split(u'.');
    if (parts.size() != 3 || parts[0] != tokenPrefix)
        return tokenInvalid(QStringLiteral("not a Marquee token"));
    const auto payload = decodeBase64Strictly(parts[1], base64Url);
    const auto mac = decodeBase64Strictly(parts[2], base64Url);
    if (!payload || !mac || mac->size() != tokenMacSize)
        return tokenInvalid(QStringLiteral("malformed"));

    // Both parts are canonical base64url, hence ASCII: the signed bytes are the token's own.
    const QByteArray signedPart = QStringView(token).first(parts[0].size() + 1 + parts[1].size()).toLatin1();
    const QByteArray expected = hmacSha256(m_secret, signedPart);
    if (expected.isEmpty() || !equalInConstantTime(expected, *mac))
        return tokenInvalid(QStringLiteral("bad signature"));

    // Signed by us: the payload should be well formed, but check it all the same.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*payload, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return tokenInvalid(QStringLiteral("malformed claims"));
    const QJsonObject json = document.object();
    const auto userId = integerField(json, QLatin1StringView("uid"));
    const auto username = stringField(json, QLatin1StringView("usr"));
    const auto role = stringField(json, QLatin1StringView("role"));
    const auto issued = integerField(json, QLatin1StringView("iat"));
    const auto expires = integerField(json, QLatin1StringView("exp"));
    const auto sessionId = stringField(json, QLatin1StringView("sid"));
    const auto epoch = integerField(json, QLatin1StringView("gen"));
    TokenClaims claims;
    if (json.size() != 7 || !epoch || *epoch < 0 || !userId || !username || !role || !roleFromName(*role) || !issued
        || !expires || !sessionId || *issued < 0 || *issued >= *expires || *expires > maxTokenMSecs)
        return tokenInvalid(QStringLiteral("malformed claims"));
    claims.role = *roleFromName(*role);
    claims.userId = *userId;
    claims.username = *username;
    claims.issuedAt = QDateTime::fromMSecsSinceEpoch(*issued, Qt::UTC);
    claims.expiresAt = QDateTime::fromMSecsSinceEpoch(*expires, Qt::UTC);
    claims.sessionId = *sessionId;
    claims.epoch = *epoch;

    if (!now.isValid())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("Cannot check a session token without the time."));
    if (now >= claims.expiresAt)
        return makeError(ErrorCode::TokenExpired,
                         QStringLiteral("The session token expired at ")
                             + claims.expiresAt.toString(Qt::ISODateWithMs)
                             + QStringLiteral("; sign in again."));
    return claims;
}

QByteArray TokenSigner::generateSecret()
{
    return randomBytes(32);
}

QString TokenSigner::generateSessionId()
{
    return QString::fromLatin1(randomBytes(16).toBase64(base64Url));
}

} // namespace Marquee
