#include "webhookreceiver.h"

#include <QtCore/QMessageAuthenticationCode>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace Marquee::Test {

WebhookReceiver::WebhookReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                m_hanging.removeAll(socket);
                socket->deleteLater();
            });
        }
    });
}

WebhookReceiver::~WebhookReceiver()
{
    close();
}

bool WebhookReceiver::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void WebhookReceiver::close()
{
    m_server->close();
    const auto sockets = m_buffers.keys();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    m_buffers.clear();
    m_hanging.clear();
}

QString WebhookReceiver::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
}

void WebhookReceiver::answerHanging(int status)
{
    const auto hanging = m_hanging;
    m_hanging.clear();
    for (QTcpSocket *socket : hanging)
        respond(socket, status);
}

void WebhookReceiver::respond(QTcpSocket *socket, int status)
{
    socket->write("HTTP/1.1 " + QByteArray::number(status) + (status < 300 ? " OK" : " Error")
                  + "\r\nContent-Length: 0\r\n\r\n");
}

void WebhookReceiver::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        ++m_count;
        const int status = m_answer ? m_answer(request) : 200;
        if (m_recording)
            m_requests.append(request);
        if (status == Hang)
            m_hanging.append(socket);
        else
            respond(socket, status);
        Q_EMIT received();
    }
}

bool validSignature(const QByteArray &header, const QByteArray &secret, const QByteArray &body, qint64 toleranceSeconds)
{
    QByteArray t;
    QByteArray v1;
    for (const QByteArray &part : header.split(',')) {
        if (part.startsWith("t="))
            t = part.mid(2);
        else if (part.startsWith("v1="))
            v1 = part.mid(3);
    }
    bool ok = false;
    const qint64 at = t.toLongLong(&ok);
    if (!ok || v1.isEmpty() || qAbs(QDateTime::currentSecsSinceEpoch() - at) > toleranceSeconds)
        return false;
    const QByteArray expected = QMessageAuthenticationCode::hash(t + '.' + body, secret, QCryptographicHash::Sha256).toHex();
    return expected == v1;
}

} // namespace Marquee::Test
