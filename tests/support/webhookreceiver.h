#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QObject>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace Marquee::Test {

// A real HTTP/1.1 server on loopback that records every request (keep-alive, Content-Length
// bodies) and answers as the test says: a status code, or no answer at all (the request hangs
// until the connection goes), like a webhook receiver that is slow or has crashed.
class WebhookReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookReceiver)

public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        qint64 receivedAtMs = 0;
    };
    static constexpr int Hang = -1;

    explicit WebhookReceiver(QObject *parent = nullptr);
    ~WebhookReceiver() override;

    // Listens on 127.0.0.1 (`port` 0: any free port); false when it cannot.
    bool listen(quint16 port = 0);
    // Stops listening and drops every connection (the port refuses connections after it).
    void close();
    quint16 port() const { return m_port; }
    QString url(const QString &path = QStringLiteral("/hook")) const;

    // The status code for each request (default: 200); Hang: never answered.
    void setAnswer(std::function<int(const Request &)> answer) { m_answer = std::move(answer); }
    // Answers the requests left hanging with this status code.
    void answerHanging(int status);
    // Recording every request costs memory: off for the benchmark (counted only).
    void setRecording(bool recording) { m_recording = recording; }

    const QList<Request> &requests() const { return m_requests; }
    qint64 requestCount() const { return m_count; }
    void clear() { m_requests.clear(); }

Q_SIGNALS:
    void received();

private:
    void onReadyRead(QTcpSocket *socket);
    static void respond(QTcpSocket *socket, int status);

    QTcpServer *m_server;
    quint16 m_port = 0;
    std::function<int(const Request &)> m_answer;
    bool m_recording = true;
    qint64 m_count = 0;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_hanging;
};

// "t=<unix seconds>,v1=<hex>" checked against HMAC-SHA256(secret, "<t>.<body>"), as a receiver
// written from docs/EVENTS.md would; the timestamp must be within `toleranceSeconds` of now.
bool validSignature(const QByteArray &header, const QByteArray &secret, const QByteArray &body,
                    qint64 toleranceSeconds = 300);

} // namespace Marquee::Test
