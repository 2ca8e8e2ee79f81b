#include "benchterminal.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QTimer>
#include <QtWebSockets/QWebSocket>

namespace Marquee::Bench {

qint64 nowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

BenchTerminal::BenchTerminal(int index, QString terminalId, QObject *parent)
    : QObject(parent)
    , m_index(index)
    , m_terminalId(std::move(terminalId))
    , m_socket(new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this))
{
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) { onText(text); });
    connect(m_socket, &QWebSocket::connected, this, [this] {
        HelloRequest hello;
        hello.clientName = QStringLiteral("marquee-bench");
        hello.clientVersion = QStringLiteral("1");
        hello.terminalId = m_terminalId;
        request(hello, [this](const AnyMessage &reply) {
            if (Done done = std::exchange(m_openDone, nullptr))
                done(replyAs<HelloReply>(reply) != nullptr, QStringLiteral("hello refused"));
        });
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (Done done = std::exchange(m_openDone, nullptr))
            done(false, m_socket->errorString());
    });
}

BenchTerminal::~BenchTerminal() = default;

void BenchTerminal::open(const QUrl &url, Done done)
{
    m_openDone = std::move(done);
    QTimer::singleShot(30000, this, [this] {
        if (Done d = std::exchange(m_openDone, nullptr))
            d(false, QStringLiteral("connect timed out"));
    });
    m_socket->open(url);
}

void BenchTerminal::signIn(const QString &user, const QString &password, Done done)
{
    SignInRequest r;
    r.user = user;
    r.password = password;
    request(r, [done = std::move(done)](const AnyMessage &reply) {
        const ErrorMessage *error = errorOf(reply);
        done(replyAs<SessionReply>(reply) != nullptr, error ? error->message : QStringLiteral("unexpected reply"));
    });
}

void BenchTerminal::subscribe(const QString &showId, Done done)
{
    m_awaitingSnapshot.insert(showId, done);
    SubscribeRequest r;
    r.showId = showId;
    request(r, [this, showId](const AnyMessage &reply) {
        if (const ErrorMessage *error = errorOf(reply)) {
            if (Done d = m_awaitingSnapshot.take(showId))
                d(false, error->message);
        }
    });
}

void BenchTerminal::close()
{
    m_socket->abort();
}

bool BenchTerminal::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

const BenchTerminal::ShowMap *BenchTerminal::map(const QString &showId) const
{
    const auto it = m_maps.constFind(showId);
    return it == m_maps.constEnd() ? nullptr : &*it;
}

qint64 BenchTerminal::version(const QString &showId) const
{
    const ShowMap *m = map(showId);
    return m ? m->version : -1;
}

void BenchTerminal::sendFrame(const QByteArray &frame)
{
    m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void BenchTerminal::onText(const QString &text)
{
    const qint64 ns = nowNs();
    // Deltas are the only frames that start like this: the raw tap sees them before any decoding.
    const bool isDelta = text.startsWith(QLatin1String("{\"body\"")) && text.contains(QLatin1String("\"type\":\"delta\""));
    if (isDelta && onRawDelta)
        onRawDelta(this, ns, text);
    if (isDelta && !decodePushes)
        return;
    auto decoded = decodeMessage(text.toUtf8(), serverFrameLimits());
    if (!decoded) {
        ++undecodable;
        return;
    }
    Message &message = *decoded;
    if (const auto *snapshot = std::get_if<SnapshotPush>(&message.body)) {
        ShowMap &m = m_maps[snapshot->showId];
        m.seats.clear();
        m.seats.reserve(snapshot->seats.size());
        for (const SeatState &s : snapshot->seats)
            m.seats.insert(s.seatId, s.status);
        m.version = snapshot->version;
        if (Done d = m_awaitingSnapshot.take(snapshot->showId))
            d(true, {});
        return;
    }
    if (const auto *delta = std::get_if<DeltaPush>(&message.body)) {
        ShowMap &m = m_maps[delta->showId];
        if (delta->toVersion <= m.version)
            return;
        if (delta->fromVersion != m.version) {
            ++gaps; // a real client resubscribes with its version here; the bench reports it
            return;
        }
        for (const SeatState &s : delta->changes)
            m.seats.insert(s.seatId, s.status);
        m.version = delta->toVersion;
        if (onDelta)
            onDelta(this, *delta, ns);
        return;
    }
    if (message.id.isEmpty())
        return; // notices, payment progress
    const auto it = m_pending.find(message.id);
    if (it == m_pending.end())
        return;
    Handler handler = std::move(*it);
    m_pending.erase(it);
    handler(message.body);
}

} // namespace Marquee::Bench
