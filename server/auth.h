#pragma once

#include "result.h"
#include "roles.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Marquee {

// ---- Passwords ------------------------------------------------------------------------------
//
// Stored as a self-describing string "pbkdf2-sha256$<iterations>$<salt>$<hash>" (PBKDF2-HMAC-SHA256,
// a random 16-byte salt, a 32-byte hash, both in standard padded base64), so that the cost can be
// raised later without invalidating stored hashes: verify with the cost in the string, and rehash
// on the next successful sign-in when passwordNeedsRehash() says so. Passwords are normalised to
// Unicode NFKC and hashed as UTF-8 (NIST SP 800-63B), so that the same password typed on another
// keyboard or input method still matches.

// OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.
inline constexpr int defaultPasswordIterations = 210'000;
// The largest cost verifyPassword() accepts (a few seconds of CPU); larger is a malformed hash.
inline constexpr int maxPasswordIterations = 10'000'000;

// A fresh salted hash of `password`. `iterations` is for tests only (they use a low count for speed);
// values below 1 count as 1. Aborts the process if the system has no randomness.
QString hashPassword(const QString &password, int iterations = defaultPasswordIterations);
// Whether `password` matches `encoded` (constant-time comparison). False for malformed encodings.
bool verifyPassword(const QString &password, const QString &encoded);
// Whether `encoded` is malformed or cheaper than `iterations`: hash the password again after a
// successful verifyPassword().
bool passwordNeedsRehash(const QString &encoded, int iterations = defaultPasswordIterations);

// A strong random password for a new account or a reset: 20 characters of an alphabet without
// look-alikes (no 0/O, 1/l/I), about 115 bits. Aborts the process if the system has no randomness.
QString generatePassword();

// ---- Session tokens -------------------------------------------------------------------------

struct TokenClaims
{
    qint64 userId = 0;
    QString username;
    Role role = Role::Kiosk;
    QDateTime issuedAt; // millisecond precision, UTC after verify()
    QDateTime expiresAt; // the token is valid while now < expiresAt
    QString sessionId; // a random nonce naming the session (TokenSigner::generateSessionId())
    // The user's session epoch when the token was issued (users.session_epoch): disabling the user,
    // resetting or changing the password raises it, and tokens of an older epoch are refused.
    qint64 epoch = 0;

    friend bool operator==(const TokenClaims &, const TokenClaims &) = default;
};

// Issues and checks signed, expiring session tokens:
//   "mq1." base64url(JSON claims) "." base64url(HMAC-SHA256(secret, "mq1." base64url(JSON claims)))
// The token is not encrypted: anyone holding it can read the claims, so they hold nothing secret.
// Several server processes that share the secret accept each other's tokens.
class TokenSigner
{
public:
    // Secrets shorter than this are refused: issue() returns an empty string, verify() fails.
    static constexpr qsizetype minSecretSize = 32;
    // Tokens longer than this are rejected unread.
    static constexpr qsizetype maxTokenSize = 4096;

    explicit TokenSigner(QByteArray secret);

    bool isValid() const { return m_secret.size() >= minSecretSize; }

    // The signed token, or an empty string when the claims cannot be issued (invalid dates,
    // expiresAt not after issuedAt, empty username or session id) or the secret is too short.
    QString issue(const TokenClaims &claims) const;
    // The claims of a token that this secret signed. TokenInvalid for anything malformed, forged,
    // tampered with or signed with another secret; TokenExpired for a genuine token at or after its
    // expiry (checked only once the signature holds).
    Result<TokenClaims> verify(const QString &token, const QDateTime &now) const;

    // 32 random bytes: a deployment's secret. Aborts the process if the system has no randomness.
    static QByteArray generateSecret();
    // 16 random bytes in base64url (22 characters), for TokenClaims::sessionId.
    static QString generateSessionId();

private:
    QByteArray m_secret;
};

} // namespace Marquee
