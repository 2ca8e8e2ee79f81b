#include "httpendpoint.h"

#include "netlogging.h"
#include "metrics.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

#include <algorithm>
#include <cctype>
#include <memory>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace Marquee {

namespace {

// How long a connection may take to read its response once it has been sent.
constexpr std::chrono::milliseconds lingerTimeout { 2000 };

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Error");
    }
}

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Bytes that never occur in a request head: controls other than HT, CR and LF, and DEL. A TLS
// handshake or a binary protocol hits one within its first bytes.
bool hasForbiddenByte(QByteArrayView bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && u != '\t' && u != '\r' && u != '\n') || u == 0x7f;
    });
}

QByteArrayView withoutCarriageReturn(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

struct RequestLine
{
    int error = 0; // an HTTP status, 0 when the line is fine
    QByteArrayView method;
    QByteArrayView path; // without the query
};

// "GET /metrics HTTP/1.1"
RequestLine parseRequestLine(QByteArrayView line)
{
    RequestLine parsed;
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace) {
        parsed.error = 400;
        return parsed;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    const bool targetOk = target.startsWith('/') && std::all_of(target.begin(), target.end(), [](char c) {
                              const auto u = static_cast<unsigned char>(c);
                              return u > 0x20 && u != 0x7f;
                          });
    if (!isToken(method) || !targetOk) {
        parsed.error = 400;
        return parsed;
    }
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool looksLikeHttp = version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.'
            && std::isdigit(static_cast<unsigned char>(version[5]))
            && std::isdigit(static_cast<unsigned char>(version[7]));
        parsed.error = looksLikeHttp ? 505 : 400;
        return parsed;
    }
    parsed.method = method;
    const qsizetype query = target.indexOf('?');
    parsed.path = query < 0 ? target : target.first(query);
    return parsed;
}

// "Name: value", no whitespace before the colon, no obsolete line folding.
bool isValidHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    return colon > 0 && isToken(line.first(colon));
}

// Where the request head ends (just after its blank line), or -1 while it is incomplete.
qsizetype headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf + 2 <= lf))
        return crlf + 4;
    return lf >= 0 ? lf + 2 : -1;
}

void shutdownWrite(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor < 0)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(descriptor), SD_SEND);
#else
    ::shutdown(int(descriptor), SHUT_WR);
#endif
}

struct Connection
{
    QByteArray buffer;
    bool responded = false;
    bool shutDown = false;
};

} // namespace

HttpEndpoint::HttpEndpoint(const Metrics *metrics, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpEndpoint::acceptConnections);
}

HttpEndpoint::~HttpEndpoint() = default;

Status HttpEndpoint::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("Cannot listen for HTTP on ") + address.toString() + u':'
                             + QString::number(port) + QStringLiteral(": ") + m_server->errorString());
    qCInfo(lcHttp) << "operations endpoint on" << m_server->serverAddress().toString() << "port"
                   << m_server->serverPort();
    return {};
}

void HttpEndpoint::close()
{
    m_server->close();
}

bool HttpEndpoint::isListening() const
{
    return m_server->isListening();
}

quint16 HttpEndpoint::serverPort() const
{
    return m_server->serverPort();
}

void HttpEndpoint::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        serve(socket);
}

void HttpEndpoint::serve(QTcpSocket *socket)
{
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QAbstractSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError error) {
        // A client closing is normal: the socket flushes what is left and says disconnected().
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        qCDebug(lcHttp) << "connection error:" << socket->errorString();
        socket->abort();
        socket->deleteLater();
    });

    auto state = std::make_shared<Connection>();
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);

    // Sends the response, then half-closes once it is written and reads the rest of what the client
    // sends until it closes too, so that unread request bytes never turn into a reset that destroys
    // the response on its way.
    const auto reply = [socket, state, deadline](const Response &response, bool headOnly) {
        state->responded = true;
        state->buffer.clear();
        QByteArray bytes = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType
            + "\r\nContent-Length: " + QByteArray::number(response.body.size())
            + "\r\nCache-Control: no-store\r\nConnection: close\r\n" + response.extraHeaders + "\r\n";
        if (!headOnly)
            bytes += response.body;
        qCDebug(lcHttp) << "response" << response.status << "to" << socket->peerAddress().toString();
        deadline->start(lingerTimeout);
        socket->write(bytes);
        socket->flush();
        if (socket->bytesToWrite() == 0 && !state->shutDown) {
            state->shutDown = true;
            shutdownWrite(socket);
        }
    };

    connect(socket, &QIODevice::bytesWritten, socket, [socket, state] {
        if (state->responded && !state->shutDown && socket->bytesToWrite() == 0) {
            state->shutDown = true;
            shutdownWrite(socket);
        }
    });

    connect(deadline, &QTimer::timeout, socket, [socket, state, reply] {
        if (state->responded) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        reply(Response { 408,
                         QByteArrayLiteral("text/plain; charset=utf-8"),
                         QByteArrayLiteral("request timeout\n"),
                         {} },
              false);
    });

    connect(socket, &QIODevice::readyRead, socket, [this, socket, state, reply] {
        const QByteArray data = socket->readAll();
        if (state->responded)
            return; // draining
        const auto plain = [](int status, const char *text) {
            return Response { status, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArray(text), {} };
        };
        if (hasForbiddenByte(data)) {
            reply(plain(400, "bad request\n"), false);
            return;
        }
        state->buffer += data;
        const qsizetype end = headEnd(state->buffer);
        if (end > m_options.maxRequestSize || (end < 0 && state->buffer.size() > m_options.maxRequestSize)) {
            reply(plain(431, "request too large\n"), false);
            return;
        }
        if (end < 0) {
            // Refuse a bad request line at once rather than waiting for a head that may never come.
            const qsizetype lineEnd = state->buffer.indexOf('\n');
            if (lineEnd >= 0) {
                const RequestLine line
                    = parseRequestLine(withoutCarriageReturn(QByteArrayView(state->buffer).first(lineEnd)));
                if (line.error)
                    reply(plain(line.error, "bad request\n"), false);
            }
            return;
        }
        bool headOnly = false;
        const Response response = respond(state->buffer.first(end), &headOnly);
        reply(response, headOnly);
    });

    if (m_connections > m_options.maxConnections) {
        qCWarning(lcHttp) << "too many connections; refusing" << socket->peerAddress().toString();
        reply(Response { 503,
                         QByteArrayLiteral("text/plain; charset=utf-8"),
                         QByteArrayLiteral("too many connections\n"),
                         {} },
              false);
        return;
    }
    deadline->start(m_options.readTimeout);
}

HttpEndpoint::Response HttpEndpoint::respond(const QByteArray &head, bool *headOnly) const
{
    const auto plain = [](int status, const char *text) {
        return Response { status, QByteArrayLiteral("text/plain; charset=utf-8"), QByteArray(text), {} };
    };
    const QList<QByteArray> rawLines = head.split('\n');
    QList<QByteArrayView> lines;
    for (const QByteArray &line : rawLines)
        lines.append(withoutCarriageReturn(line));
    // The head ends with an empty line, and split() adds one more after its final \n.
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return plain(400, "bad request\n");
    const RequestLine request = parseRequestLine(lines.constFirst());
    if (request.error)
        return plain(request.error, request.error == 505 ? "HTTP version not supported\n" : "bad request\n");
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!isValidHeaderLine(lines[i]))
            return plain(400, "bad request\n");
    }

    const bool known = request.path == "/healthz" || (request.path == "/metrics" && m_metrics);
    if (!known)
        return plain(404, "not found\n");
    *headOnly = request.method == "HEAD";
    if (request.method != "GET" && request.method != "HEAD") {
        Response response = plain(405, "method not allowed\n");
        response.extraHeaders = QByteArrayLiteral("Allow: GET, HEAD\r\n");
        return response;
    }
    if (request.path == "/healthz")
        return healthResponse();
    return Response {
        200, QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), m_metrics->exposition(), {}
    };
}

HttpEndpoint::Response HttpEndpoint::healthResponse() const
{
    const HealthStatus health = m_healthCheck ? m_healthCheck() : HealthStatus {};
    QJsonObject json;
    for (const auto &[name, value] : health.components) {
        if (name != u"status" && name != u"reason")
            json.insert(name, value);
    }
    json.insert(QStringLiteral("status"),
                health.healthy ? QStringLiteral("ok") : QStringLiteral("unavailable"));
    if (!health.healthy && !health.reason.isEmpty())
        json.insert(QStringLiteral("reason"), health.reason);
    return Response { health.healthy ? 200 : 503,
                      QByteArrayLiteral("application/json"),
                      QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n',
                      {} };
}

} // namespace Marquee
