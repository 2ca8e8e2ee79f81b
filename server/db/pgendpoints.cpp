#include "pgendpoints.h"

#include <libpq-fe.h>

#include <algorithm>

namespace Marquee {

namespace {

QList<QByteArray> splitList(const char *value)
{
    return value && *value ? QByteArray(value).split(',') : QList<QByteArray>();
}

QByteArray joinField(const QList<QByteArray> &parts)
{
    return std::all_of(parts.cbegin(), parts.cend(), [](const QByteArray &p) { return p.isEmpty(); }) ? QByteArray()
                                                                                                       : parts.join(',');
}

} // namespace

PgEndpoints::PgEndpoints(const QString &conninfo)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    if (!options) {
        PQfreemem(error);
        return;
    }
    QList<QByteArray> hosts, hostaddrs, ports;
    for (const PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QByteArray keyword(o->keyword);
        if (keyword == "host") {
            hosts = splitList(o->val);
        } else if (keyword == "hostaddr") {
            hostaddrs = splitList(o->val);
        } else if (keyword == "port") {
            ports = splitList(o->val);
        } else {
            if (keyword == "connect_timeout") {
                // libpq: whole seconds, and less than 2 counts as 2; 0 (or nothing) is no limit
                // for libpq, here the default.
                const int seconds = QByteArray(o->val).trimmed().toInt();
                if (seconds > 0)
                    m_connectTimeoutMs = std::max(seconds, 2) * 1000;
            }
            m_keywords.append(keyword);
            m_values.append(QByteArray(o->val));
        }
    }
    PQconninfoFree(options);
    const qsizetype count = std::max<qsizetype>({hosts.size(), hostaddrs.size(), 1});
    for (qsizetype i = 0; i < count; ++i) {
        Endpoint e;
        e.host = hosts.value(i);
        e.hostaddr = hostaddrs.value(i);
        e.port = ports.size() == 1 ? ports.constFirst() : ports.value(i);
        m_endpoints.append(e);
    }
    m_valid = true;
}

QStringList PgEndpoints::hosts() const
{
    QStringList out;
    for (const Endpoint &e : m_endpoints)
        out.append(QString::fromUtf8((e.host.isEmpty() ? e.hostaddr : e.host) + ':' + e.port));
    return out;
}

void PgEndpoints::demote(const QString &host, const QString &port)
{
    if (m_endpoints.size() < 2)
        return;
    const QByteArray h = host.toUtf8(), p = port.toUtf8();
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        const Endpoint &e = m_endpoints.at(i);
        if ((e.host == h || e.hostaddr == h) && (e.port.isEmpty() || e.port == p)) {
            m_endpoints.append(m_endpoints.takeAt(i));
            return;
        }
    }
}

PgEndpoints::Params PgEndpoints::params() const
{
    Params p;
    QList<QByteArray> hosts, hostaddrs, ports;
    for (const Endpoint &e : m_endpoints) {
        hosts.append(e.host);
        hostaddrs.append(e.hostaddr);
        ports.append(e.port);
    }
    std::vector<std::pair<QByteArray, QByteArray>> pairs;
    for (qsizetype i = 0; i < m_keywords.size(); ++i)
        pairs.emplace_back(m_keywords.at(i), m_values.at(i));
    for (const auto &[keyword, parts] : {std::pair{QByteArray("host"), hosts}, std::pair{QByteArray("hostaddr"), hostaddrs},
                                         std::pair{QByteArray("port"), ports}}) {
        const QByteArray value = joinField(parts);
        if (!value.isNull())
            pairs.emplace_back(keyword, value);
    }
    p.storage.reserve(pairs.size() * 2);
    for (const auto &[keyword, value] : pairs) {
        p.storage.push_back(keyword);
        p.storage.push_back(value);
    }
    for (std::size_t i = 0; i < p.storage.size(); i += 2) {
        p.keywords.push_back(p.storage[i].constData());
        p.values.push_back(p.storage[i + 1].constData());
    }
    p.keywords.push_back(nullptr);
    p.values.push_back(nullptr);
    return p;
}

} // namespace Marquee
