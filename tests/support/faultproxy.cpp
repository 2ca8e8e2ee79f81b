#include "faultproxy.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QPointer>
#include <QtCore/QQueue>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace Marquee::Test {

struct FaultProxy::Link
{
    QPointer<QTcpSocket> client;
    QPointer<QTcpSocket> server;
    struct Chunk
    {
        QDeadlineTimer due;
        bool toServer;
        QByteArray bytes;
    };
    QQueue<Chunk> queue;     // bytes on their way, in order
    bool requestForwarded = false; // drop mode: the terminal sent something since the last answer
    bool flushScheduled = false;
    bool closed = false;
};

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    cutAll();
}

bool FaultProxy::listen(quint16 targetPort)
{
    m_target = targetPort;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

void FaultProxy::pass()
{
    m_delayMs = 0;
    m_dropping = false;
    m_refusing = false;
}

void FaultProxy::setDelay(int ms)
{
    m_delayMs = ms;
}

void FaultProxy::setDroppingAnswers(bool dropping)
{
    m_dropping = dropping;
    for (const auto &link : std::as_const(m_links))
        link->requestForwarded = false;
}

void FaultProxy::setRefusing(bool refusing)
{
    m_refusing = refusing;
}

void FaultProxy::cutAll()
{
    const auto links = m_links;
    for (const auto &link : links) {
        if (link->client)
            link->client->abort();
        if (link->server)
            link->server->abort();
        close(link.get());
    }
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        if (m_refusing) {
            client->abort();
            client->deleteLater();
            continue;
        }
        ++m_accepted;
        auto *server = new QTcpSocket(this);
        client->setParent(this);
        auto link = std::make_shared<Link>();
        link->client = client;
        link->server = server;
        m_links.append(link);
        Link *l = link.get();
        connect(client, &QTcpSocket::readyRead, this, [this, l] { forward(l, true); });
        connect(server, &QTcpSocket::readyRead, this, [this, l] { forward(l, false); });
        connect(server, &QTcpSocket::connected, this, [this, l] { flush(l); });
        connect(client, &QTcpSocket::disconnected, this, [this, l] { close(l); });
        connect(server, &QTcpSocket::disconnected, this, [this, l] { close(l); });
        connect(server, &QTcpSocket::errorOccurred, this, [this, l](QAbstractSocket::SocketError) { close(l); });
        server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

void FaultProxy::forward(Link *link, bool fromClient)
{
    QTcpSocket *from = fromClient ? link->client : link->server;
    if (link->closed || !from)
        return;
    const QByteArray bytes = from->readAll();
    if (bytes.isEmpty())
        return;
    if (m_dropping) {
        if (fromClient) {
            link->requestForwarded = true;
        } else if (link->requestForwarded) {
            // The answer to what was forwarded: lost with the connection.
            ++m_answersDropped;
            if (link->client)
                link->client->abort();
            if (link->server)
                link->server->abort();
            close(link);
            return;
        }
    }
    link->queue.enqueue({QDeadlineTimer(m_delayMs), fromClient, bytes});
    flush(link);
}

void FaultProxy::flush(Link *link)
{
    while (!link->queue.isEmpty() && !link->closed) {
        const Link::Chunk &chunk = link->queue.head();
        QTcpSocket *to = chunk.toServer ? link->server : link->client;
        if (!to || to->state() != QAbstractSocket::ConnectedState)
            return; // the server side is still connecting: flushed when it is
        if (!chunk.due.hasExpired()) {
            if (link->flushScheduled)
                return;
            link->flushScheduled = true;
            QTimer::singleShot(int(std::max<qint64>(1, chunk.due.remainingTime())), Qt::PreciseTimer, this,
                               [this, weak = std::weak_ptr<Link>(find(link))] {
                                   if (const auto l = weak.lock()) {
                                       l->flushScheduled = false;
                                       flush(l.get());
                                   }
                               });
            return;
        }
        to->write(chunk.bytes);
        link->queue.dequeue();
    }
}

void FaultProxy::close(Link *link)
{
    if (link->closed)
        return;
    link->closed = true;
    for (QTcpSocket *socket : {link->client.data(), link->server.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost();
        socket->deleteLater();
    }
    // Forgotten later: the caller may still be using it (a socket emits while it is aborted).
    QMetaObject::invokeMethod(this, [this, link] { m_links.removeOne(find(link)); }, Qt::QueuedConnection);
}

std::shared_ptr<FaultProxy::Link> FaultProxy::find(Link *link) const
{
    for (const auto &l : m_links) {
        if (l.get() == link)
            return l;
    }
    return {};
}

} // namespace Marquee::Test
