#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <vector>

namespace Marquee {

// The hosts of a libpq connection string (a multi-host URL: db1:5432,db2:5432) in the order the
// next connection tries them. libpq tries the hosts in turn and moves on when one refuses or fails,
// but a non-blocking connection ignores connect_timeout: a host that does not answer at all (its
// machine lost, its packets dropped) keeps the attempt for the kernel's SYN retries, about two
// minutes, before the next host is tried. The pool therefore enforces connect_timeout itself and
// moves a host that ran out of time to the end, so the next attempt tries the others first.
class PgEndpoints
{
public:
    explicit PgEndpoints(const QString &conninfo);

    // False when libpq cannot parse the string (the pool then passes it on as it is, and libpq's
    // error says what is wrong).
    bool isValid() const { return m_valid; }
    // connect_timeout of the string in ms (libpq's meaning: per attempt, at least 2 s), else 10 s.
    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    // "host:port" in the order the next attempt tries them.
    QStringList hosts() const;
    // The host an attempt ran out of time on (PQhost, PQport) goes last.
    void demote(const QString &host, const QString &port);

    // Keyword and value arrays for PQconnectStartParams (expand_dbname 0), null-terminated; they
    // point into this object, which must outlive the call.
    struct Params
    {
        std::vector<QByteArray> storage;
        std::vector<const char *> keywords;
        std::vector<const char *> values;
    };
    Params params() const;

private:
    struct Endpoint
    {
        QByteArray host;
        QByteArray hostaddr;
        QByteArray port;
    };

    bool m_valid = false;
    int m_connectTimeoutMs = 10'000;
    QList<QByteArray> m_keywords; // every other option that is set
    QList<QByteArray> m_values;
    QList<Endpoint> m_endpoints;
};

} // namespace Marquee
