#pragma once

#include <QtCore/QList>
#include <QtCore/QObject>

#include <memory>

class QTcpServer;

namespace Marquee::Test {

// A TCP proxy on 127.0.0.1 between terminals and a server, for fault tests: it passes bytes
// through, delays them, cuts every connection, or drops answers (closes a connection after it
// forwarded a request and before the answer gets back, as a network that fails mid-stream).
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on a free port of 127.0.0.1 and forwards to 127.0.0.1:targetPort.
    bool listen(quint16 targetPort);
    quint16 port() const;

    // Modes, for every connection from now on. pass(): bytes go through at once (and the drop
    // mode ends).
    void pass();
    // Every chunk of bytes, both ways, is forwarded `ms` later (in order).
    void setDelay(int ms);
    // Drop mode: a connection that forwards bytes from its terminal is closed (both sides) when
    // the server's next bytes come, which are not forwarded: the request was done, its answer
    // lost.
    void setDroppingAnswers(bool dropping);
    // While refusing, new connections are closed at once (a cable that stays out).
    void setRefusing(bool refusing);
    // Closes every connection now, both sides.
    void cutAll();

    
    int accepted() const { return m_accepted; }
    int answersDropped() const { return m_answersDropped; }

private:
    struct Link;
    void accept();
    void forward(Link *link, bool fromClient);
    void flush(Link *link);
    void close(Link *link);
    std::shared_ptr<Link> find(Link *link) const;

    QTcpServer *m_server;
    quint16 m_target = 0;
    int m_delayMs = 0;
    bool m_dropping = false;
    bool m_refusing = false;
    int m_accepted = 0;
    int m_answersDropped = 0;
    QList<std::shared_ptr<Link>> m_links;
};

} // namespace Marquee::Test
