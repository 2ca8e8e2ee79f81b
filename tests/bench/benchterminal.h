#pragma once

// A lean terminal for the load bench: one real WebSocket speaking the real protocol, driven only
// by the event loop (no blocking waits), so that one process can run thousands of them. It keeps
// the seat map of every show it subscribed to from the snapshot and the deltas, as a client does.

#include "protocol.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QUrl>

#include <functional>

class QWebSocket;

namespace Marquee::Bench {

// Nanoseconds on one monotonic clock shared by every terminal of the process.
qint64 nowNs();

class BenchTerminal final : public QObject
{
public:
    using Handler = std::function<void(const AnyMessage &reply)>;
    using Done = std::function<void(bool ok, const QString &why)>;

    struct ShowMap
    {
        qint64 version = -1;
        QHash<QString, SeatStatus> seats;
    };

    BenchTerminal(int index, QString terminalId, QObject *parent = nullptr);
    ~BenchTerminal() override;

    int index() const { return m_index; }
    const QString &terminalId() const { return m_terminalId; }

    // Connects and says hello.
    void open(const QUrl &url, Done done);
    void signIn(const QString &user, const QString &password, Done done);
    // Subscribes; `done` runs once the snapshot is in.
    void subscribe(const QString &showId, Done done);
    void close();
    bool isConnected() const;

    // Sends a request; `handler` gets its reply (or the ErrorMessage).
    template<typename M>
    void request(const M &message, Handler handler)
    {
        const QString id = m_terminalId + u'-' + QString::number(++m_counter);
        m_pending.insert(id, std::move(handler));
        sendFrame(encodeMessage(message, id));
    }

    const QHash<QString, ShowMap> &maps() const { return m_maps; }
    const ShowMap *map(const QString &showId) const;
    qint64 version(const QString &showId) const;

    // Called with the receive time of every delta, before anything else is done with it.
    // When decodePushes is false the delta is not decoded at all (the push-latency listeners only
    // need the version, which onRawDelta finds in the text).
    std::function<void(BenchTerminal *self, qint64 ns, const QString &text)> onRawDelta;
    std::function<void(BenchTerminal *self, const DeltaPush &delta, qint64 ns)> onDelta;
    bool decodePushes = true;

    int gaps = 0;
    int undecodable = 0;
    int pending() const { return int(m_pending.size()); }

private:
    void sendFrame(const QByteArray &frame);
    void onText(const QString &text);

    int m_index;
    QString m_terminalId;
    QWebSocket *m_socket;
    qint64 m_counter = 0;
    QHash<QString, Handler> m_pending;
    QHash<QString, ShowMap> m_maps;
    QHash<QString, Done> m_awaitingSnapshot;
    Done m_openDone;
};

// The reply as R, or nullptr (an error, or another type).
template<typename R>
const R *replyAs(const AnyMessage &message)
{
    return std::get_if<R>(&message);
}

inline const ErrorMessage *errorOf(const AnyMessage &message)
{
    return std::get_if<ErrorMessage>(&message);
}

} // namespace Marquee::Bench
