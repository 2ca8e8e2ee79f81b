#pragma once

#include "result.h"

#include <QtCore/QList>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtNetwork/QHostAddress>

#include <chrono>
#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace Marquee {

class Metrics;

// What /healthz reports.
struct HealthStatus
{
    bool healthy = true;
    QString reason; // why not, e.g. "database unreachable"; empty when healthy
    // Extra fields of the JSON body, e.g. {{"database", "up"}}.
    QList<std::pair<QString, QString>> components;
};

// Called for every /healthz request on the event loop: must be quick and must not block (report
// state kept up to date elsewhere, e.g. the result of the last database ping).
using HealthCheck = std::function<HealthStatus()>;

// The operations endpoint: a deliberately small HTTP/1.1 server for load balancers and Prometheus.
//   GET /healthz  200 {"status":"ok",...} or 503 {"status":"unavailable","reason":"...",...}
//   GET /metrics  200, the registry's Prometheus text exposition
// HEAD works as GET without the body; other methods get 405, other paths 404, malformed requests
// 400, request heads over maxRequestSize 431, requests not complete within readTimeout 408. One
// request per connection: every response says "Connection: close" and the server closes after it.
// Query strings are ignored; request bodies are not read.
class HttpEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpEndpoint)

public:
    struct Options
    {
        qsizetype maxRequestSize = 8 * 1024; // request line and headers
        std::chrono::milliseconds readTimeout { 5000 }; // from accept to a complete request head
        int maxConnections = 64; // beyond this, new connections get 503
    };

    // `metrics` may be null (then /metrics is 404) and must outlive the endpoint.
    explicit HttpEndpoint(const Metrics *metrics, QObject *parent = nullptr);
    ~HttpEndpoint() override;

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    // Without a check, /healthz always reports healthy.
    void setHealthCheck(HealthCheck check) { m_healthCheck = std::move(check); }

    // Listens on address:port (port 0: any free port, see serverPort()).
    Status listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    // Connections currently open.
    int connectionCount() const { return m_connections; }

private:
    struct Response
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray extraHeaders; // each line ending in \r\n
    };

    void acceptConnections();
    void serve(QTcpSocket *socket);
    Response respond(const QByteArray &head, bool *headOnly) const;
    Response healthResponse() const;

    const Metrics *m_metrics = nullptr;
    QTcpServer *m_server = nullptr;
    Options m_options;
    HealthCheck m_healthCheck;
    int m_connections = 0;
};

} // namespace Marquee
