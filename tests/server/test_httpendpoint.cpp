// The operations endpoint (/healthz, /metrics) over real loopback sockets, and the metrics registry's
// Prometheus text exposition.
#include "httpendpoint.h"
#include "metrics.h"
#include "printers.h"

#include <gtest/gtest.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <cmath>

using namespace Marquee;
using namespace std::chrono_literals;

namespace {

QString qs(const char *text)
{
    return QString::fromUtf8(text);
}

struct Reply
{
    bool closed = false; // the server closed the connection
    int status = 0;
    QByteArray statusLine;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// Connects, sends `request` (in the given pieces), and reads until the server closes.
Reply exchange(quint16 port, const QList<QByteArray> &pieces)
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QByteArray received;
    QObject::connect(&socket, &QIODevice::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (connected.isEmpty() && !connected.wait(5000))
        return {};
    for (const QByteArray &piece : pieces) {
        socket.write(piece);
        socket.flush();
    }
    Reply reply;
    reply.closed = !disconnected.isEmpty() || disconnected.wait(5000);
    received += socket.readAll();

    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return reply;
    const QList<QByteArray> lines = received.first(headEnd).split('\n');
    reply.statusLine = lines.first().trimmed();
    const QList<QByteArray> statusParts = reply.statusLine.split(' ');
    reply.status = statusParts.size() >= 2 ? statusParts[1].toInt() : 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            reply.headers.append({ lines[i].first(colon), lines[i].sliced(colon + 1).trimmed() });
    }
    reply.body = received.sliced(headEnd + 4);
    return reply;
}

Reply exchange(quint16 port, const QByteArray &request)
{
    return exchange(port, QList<QByteArray> { request });
}

Reply get(quint16 port, const QByteArray &path)
{
    return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\n\r\n");
}

class HttpEndpointTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        HttpEndpoint::Options options;
        options.readTimeout = 2000ms;
        endpoint.setOptions(options);
        const Status listening = endpoint.listen(QHostAddress(QHostAddress::LocalHost), 0);
        ASSERT_TRUE(listening) << listening.error().toString().toStdString();
        port = endpoint.serverPort();
        ASSERT_NE(port, 0);
    }

    Metrics metrics;
    HttpEndpoint endpoint { &metrics };
    quint16 port = 0;
};

QJsonObject jsonBody(const Reply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

} // namespace

// ---- /healthz -------------------------------------------------------------------------------

TEST_F(HttpEndpointTest, HealthzWithoutCheckIsOk)
{
    const Reply reply = get(port, "/healthz");
    EXPECT_TRUE(reply.closed);
    EXPECT_EQ(reply.statusLine, "HTTP/1.1 200 OK");
    EXPECT_EQ(reply.header("Content-Type"), "application/json");
    EXPECT_EQ(reply.header("Connection"), "close");
    EXPECT_EQ(reply.header("Content-Length").toLongLong(), reply.body.size());
    EXPECT_EQ(jsonBody(reply), QJsonObject({ { qs("status"), qs("ok") } }));
}

TEST_F(HttpEndpointTest, HealthzOkWithComponents)
{
    endpoint.setHealthCheck([] { return HealthStatus { true, {}, { { qs("database"), qs("up") } } }; });
    const Reply reply = get(port, "/healthz");
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.body, "{\"database\":\"up\",\"status\":\"ok\"}\n");
}

TEST_F(HttpEndpointTest, HealthzUnhealthyIs503WithReason)
{
    int calls = 0;
    endpoint.setHealthCheck([&calls] {
        ++calls;
        return HealthStatus { false, qs("database unreachable"), { { qs("database"), qs("down") } } };
    });
    const Reply reply = get(port, "/healthz");
    EXPECT_EQ(reply.statusLine, "HTTP/1.1 503 Service Unavailable");
    EXPECT_EQ(calls, 1);
    const QJsonObject json = jsonBody(reply);
    EXPECT_EQ(json.value(qs("status")).toString(), qs("unavailable"));
    EXPECT_EQ(json.value(qs("reason")).toString(), qs("database unreachable"));
    EXPECT_EQ(json.value(qs("database")).toString(), qs("down"));

    // Recovers as soon as the check does.
    endpoint.setHealthCheck([] { return HealthStatus {}; });
    EXPECT_EQ(get(port, "/healthz").status, 200);
}

TEST_F(HttpEndpointTest, HeadIsGetWithoutBody)
{
    const Reply reply = exchange(port, "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    EXPECT_EQ(reply.status, 200);
    EXPECT_TRUE(reply.body.isEmpty());
    EXPECT_GT(reply.header("Content-Length").toInt(), 0);
}

TEST_F(HttpEndpointTest, QueryStringsAndBareLineFeedsAndPiecesAreFine)
{
    EXPECT_EQ(get(port, "/healthz?verbose=1").status, 200);
    EXPECT_EQ(exchange(port, "GET /healthz HTTP/1.0\n\n").status, 200);
    EXPECT_EQ(exchange(port, QList<QByteArray> { "GE", "T /heal", "thz HTTP/1.1\r\n", "Host: x\r", "\n\r\n" })
                  .status,
              200);
}

// ---- /metrics -------------------------------------------------------------------------------

TEST_F(HttpEndpointTest, MetricsExposition)
{
    Counter &ok = metrics.counter(qs("marquee_holds_total"), qs("Hold requests by result."),
                                  { { qs("result"), qs("ok") } });
    Counter &conflict = metrics.counter(qs("marquee_holds_total"), qs("Hold requests by result."),
                                        { { qs("result"), qs("conflict") } });
    Gauge &terminals = metrics.gauge(qs("marquee_connected_terminals"), qs("Terminals connected now."));
    Histogram &latency = metrics.histogram(qs("marquee_hold_seconds"), qs("Hold latency."), { 0.1, 0.5, 1 });
    ok.increment();
    ok.increment(2);
    conflict.increment();
    terminals.set(7);
    terminals.decrement();
    for (const double seconds : { 0.05, 0.3, 0.3, 2.0 })
        latency.observe(seconds);
    // The registry hands out the same counter for the same name and labels.
    metrics.counter(qs("marquee_holds_total"), qs("ignored"), { { qs("result"), qs("ok") } }).increment();

    const Reply reply = get(port, "/metrics");
    EXPECT_EQ(reply.status, 200);
    EXPECT_EQ(reply.header("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
    EXPECT_EQ(reply.body,
              "# HELP marquee_holds_total Hold requests by result.\n"
              "# TYPE marquee_holds_total counter\n"
              "marquee_holds_total{result=\"ok\"} 4\n"
              "marquee_holds_total{result=\"conflict\"} 1\n"
              "# HELP marquee_connected_terminals Terminals connected now.\n"
              "# TYPE marquee_connected_terminals gauge\n"
              "marquee_connected_terminals 6\n"
              "# HELP marquee_hold_seconds Hold latency.\n"
              "# TYPE marquee_hold_seconds histogram\n"
              "marquee_hold_seconds_bucket{le=\"0.1\"} 1\n"
              "marquee_hold_seconds_bucket{le=\"0.5\"} 3\n"
              "marquee_hold_seconds_bucket{le=\"1\"} 3\n"
              "marquee_hold_seconds_bucket{le=\"+Inf\"} 4\n"
              "marquee_hold_seconds_sum 2.65\n"
              "marquee_hold_seconds_count 4\n");

    // Scrapes see live values.
    ok.increment();
    EXPECT_TRUE(get(port, "/metrics").body.contains("marquee_holds_total{result=\"ok\"} 5\n"));
}

TEST_F(HttpEndpointTest, MetricsIs404WithoutRegistry)
{
    HttpEndpoint bare(nullptr);
    ASSERT_TRUE(bare.listen(QHostAddress(QHostAddress::LocalHost), 0));
    EXPECT_EQ(get(bare.serverPort(), "/metrics").status, 404);
    EXPECT_EQ(get(bare.serverPort(), "/healthz").status, 200);
}

TEST(Metrics, HistogramWithLabelsAndBucketEdges)
{
    Metrics metrics;
    Histogram &h = metrics.histogram(qs("req_seconds"), qs("Latency."), { 1, 0.25, 1, qInf() },
                                     { { qs("route"), qs("hold") }, { qs("app"), qs("m") } });
    EXPECT_EQ(h.upperBounds(), (QList<double> { 0.25, 1 }));
    h.observe(0.25); // bounds are inclusive
    h.observe(1);
    h.observe(1.5);
    h.observe(std::nan(""));
    EXPECT_EQ(h.count(), 3u);
    const QByteArray text = metrics.exposition();
    // Labels sorted by name, le last.
    EXPECT_TRUE(text.contains("req_seconds_bucket{app=\"m\",route=\"hold\",le=\"0.25\"} 1\n"))
        << text.toStdString();
    EXPECT_TRUE(text.contains("req_seconds_bucket{app=\"m\",route=\"hold\",le=\"1\"} 2\n"));
    EXPECT_TRUE(text.contains("req_seconds_bucket{app=\"m\",route=\"hold\",le=\"+Inf\"} 3\n"));
    EXPECT_TRUE(text.contains("req_seconds_sum{app=\"m\",route=\"hold\"} 2.75\n"));
    EXPECT_TRUE(text.contains("req_seconds_count{app=\"m\",route=\"hold\"} 3\n"));
    // The same labels in another order are the same series.
    EXPECT_EQ(&metrics.histogram(qs("req_seconds"), qs("Latency."), {},
                                 { { qs("app"), qs("m") }, { qs("route"), qs("hold") } }),
              &h);
}

TEST(Metrics, EscapingOfLabelValuesAndHelp)
{
    Metrics metrics;
    metrics
        .counter(qs("odd_total"), qs("Help with \\ and\nnewline \"quoted\"."),
                 { { qs("v"), qs("a\"b\\c\nd é") } })
        .increment();
    const QByteArray text = metrics.exposition();
    EXPECT_TRUE(text.contains("# HELP odd_total Help with \\\\ and\\nnewline \"quoted\".\n"))
        << text.toStdString();
    EXPECT_TRUE(text.contains("odd_total{v=\"a\\\"b\\\\c\\nd \xc3\xa9\"} 1\n")) << text.toStdString();
    EXPECT_EQ(Metrics::escapeLabelValue(u"plain"), qs("plain"));
}

TEST(Metrics, ValueFormatting)
{
    EXPECT_EQ(Metrics::formatValue(0), qs("0"));
    EXPECT_EQ(Metrics::formatValue(-0.0), qs("0"));
    EXPECT_EQ(Metrics::formatValue(42), qs("42"));
    EXPECT_EQ(Metrics::formatValue(-3), qs("-3"));
    EXPECT_EQ(Metrics::formatValue(1234567890123), qs("1234567890123"));
    EXPECT_EQ(Metrics::formatValue(0.1), qs("0.1"));
    EXPECT_EQ(Metrics::formatValue(2.65), qs("2.65"));
    EXPECT_EQ(Metrics::formatValue(qInf()), qs("+Inf"));
    EXPECT_EQ(Metrics::formatValue(-qInf()), qs("-Inf"));
    EXPECT_EQ(Metrics::formatValue(std::nan("")), qs("NaN"));
    const double tiny = 1.5e-7;
    EXPECT_EQ(Metrics::formatValue(tiny).toDouble(), tiny);
}

TEST(Metrics, CountersNeverGoDown)
{
    Counter counter;
    counter.increment(2.5);
    counter.increment(-1);
    counter.increment(std::nan(""));
    EXPECT_EQ(counter.value(), 2.5);
}

TEST(Metrics, NameRules)
{
    for (const char *name : { "a", "marquee_holds_total", "_x", "ns:sub_total", "A1" })
        EXPECT_TRUE(Metrics::isValidMetricName(qs(name))) << name;
    for (const char *name : { "", "1a", "a-b", "a b", "é", "a{b}" })
        EXPECT_FALSE(Metrics::isValidMetricName(qs(name))) << name;
    for (const char *name : { "result", "_x", "a1" })
        EXPECT_TRUE(Metrics::isValidLabelName(qs(name))) << name;
    for (const char *name : { "", "__reserved", "1a", "a:b", "a-b" })
        EXPECT_FALSE(Metrics::isValidLabelName(qs(name))) << name;
}

TEST(Metrics, BadRegistrationsAreCountedNowhere)
{
    Metrics metrics;
    metrics.counter(qs("good_total"), qs("Good.")).increment();
    metrics.counter(qs("bad-name"), qs("Bad.")).increment();
    metrics.counter(qs("bad_label_total"), qs("Bad."), { { qs("__x"), qs("v") } }).increment();
    metrics.counter(qs("dup_label_total"), qs("Bad."), { { qs("a"), qs("1") }, { qs("a"), qs("2") } })
        .increment();
    metrics.histogram(qs("le_label"), qs("Bad."), { 1 }, { { qs("le"), qs("1") } }).observe(1);
    metrics.gauge(qs("good_total"), qs("Type clash.")).set(99);
    EXPECT_EQ(metrics.exposition(), "# HELP good_total Good.\n# TYPE good_total counter\ngood_total 1\n");
}

// ---- Errors ---------------------------------------------------------------------------------

TEST_F(HttpEndpointTest, UnknownPathIs404)
{
    for (const QByteArray &path : { QByteArray("/"), QByteArray("/nope"), QByteArray("/healthz/"),
                                    QByteArray("/metricsx"), QByteArray("/HEALTHZ") }) {
        const Reply reply = get(port, path);
        EXPECT_EQ(reply.statusLine, "HTTP/1.1 404 Not Found") << path.toStdString();
        EXPECT_TRUE(reply.closed);
    }
}

TEST_F(HttpEndpointTest, OtherMethodsAre405)
{
    for (const QByteArray &method : { QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE"),
                                      QByteArray("OPTIONS"), QByteArray("get") }) {
        const Reply reply
            = exchange(port, method + " /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody");
        EXPECT_EQ(reply.statusLine, "HTTP/1.1 405 Method Not Allowed") << method.toStdString();
        EXPECT_EQ(reply.header("Allow"), "GET, HEAD");
    }
}

TEST_F(HttpEndpointTest, OversizedRequestIs431)
{
    // Just under the limit is fine.
    const QByteArray fits = "GET /healthz HTTP/1.1\r\nX-Filler: " + QByteArray(7 * 1024, 'a') + "\r\n\r\n";
    EXPECT_EQ(exchange(port, fits).status, 200);

    const QByteArray huge = "GET /healthz HTTP/1.1\r\nX-Filler: " + QByteArray(16 * 1024, 'a') + "\r\n\r\n";
    const Reply reply = exchange(port, huge);
    EXPECT_EQ(reply.statusLine, "HTTP/1.1 431 Request Header Fields Too Large");
    EXPECT_TRUE(reply.closed);

    // A head that never ends is cut off at the limit, without waiting for the timeout.
    const Reply endless = exchange(port, "GET /healthz HTTP/1.1\r\nX-Filler: " + QByteArray(64 * 1024, 'b'));
    EXPECT_EQ(endless.status, 431);
}

TEST_F(HttpEndpointTest, GarbageIs400)
{
    const QList<QByteArray> garbage = {
        QByteArray::fromHex("160301020001000200030303"), // a TLS ClientHello
        QByteArray("\x00\x01\x02\x03\r\n\r\n", 8),
        "hello\r\n\r\n",
        "\r\n\r\n",
        "GET\r\n\r\n",
        "GET /healthz\r\n\r\n", // HTTP/0.9
        "GET healthz HTTP/1.1\r\n\r\n", // not origin-form
        "GET  /healthz HTTP/1.1\r\n\r\n", // two spaces
        "GET /healthz HTTP/1.1 x\r\n\r\n",
        "GET /healthz FTP/1.0\r\n\r\n",
        "G(T /healthz HTTP/1.1\r\n\r\n",
        "GET /healthz HTTP/1.1\r\nno colon here\r\n\r\n",
        "GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n", // space before the colon
        "GET /healthz HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", // obsolete line folding
        "GET /healthz HTTP/1.1\r\n: empty name\r\n\r\n",
        "hello world\n", // refused at the first line, before any blank line
    };
    for (const QByteArray &request : garbage) {
        const Reply reply = exchange(port, request);
        EXPECT_EQ(reply.statusLine, "HTTP/1.1 400 Bad Request") << request.toHex().toStdString();
        EXPECT_TRUE(reply.closed);
    }
    EXPECT_EQ(exchange(port, "GET /healthz HTTP/2.0\r\n\r\n").status, 505);
    // The server still works.
    EXPECT_EQ(get(port, "/healthz").status, 200);
}

TEST_F(HttpEndpointTest, SlowRequestTimesOut)
{
    HttpEndpoint::Options options;
    options.readTimeout = 50ms;
    endpoint.setOptions(options);
    const Reply partial = exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n");
    EXPECT_EQ(partial.statusLine, "HTTP/1.1 408 Request Timeout");
    EXPECT_TRUE(partial.closed);
    const Reply silent = exchange(port, QList<QByteArray> {});
    EXPECT_EQ(silent.status, 408);
    EXPECT_TRUE(silent.closed);
}

TEST_F(HttpEndpointTest, TooManyConnectionsAre503)
{
    HttpEndpoint::Options options;
    options.maxConnections = 1;
    endpoint.setOptions(options);
    QTcpSocket idle;
    idle.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    ASSERT_TRUE(QTest::qWaitFor([&] { return endpoint.connectionCount() == 1; }, 5000));
    const Reply refused = get(port, "/healthz");
    EXPECT_EQ(refused.status, 503);
    idle.abort();
    ASSERT_TRUE(QTest::qWaitFor([&] { return endpoint.connectionCount() == 0; }, 5000));
    EXPECT_EQ(get(port, "/healthz").status, 200);
}

TEST_F(HttpEndpointTest, SequentialConnections)
{
    Counter &scrapes = metrics.counter(qs("scrapes_total"), qs("Scrapes."));
    for (int i = 0; i < 30; ++i) {
        scrapes.increment();
        const Reply reply = get(port, i % 2 ? "/healthz" : "/metrics");
        ASSERT_EQ(reply.status, 200) << i;
        ASSERT_TRUE(reply.closed) << i;
        if (i % 2 == 0) {
            const QByteArray line = "scrapes_total " + QByteArray::number(i + 1) + '\n';
            EXPECT_TRUE(reply.body.contains(line)) << i;
        }
    }
    // Every connection is cleaned up.
    EXPECT_TRUE(QTest::qWaitFor([&] { return endpoint.connectionCount() == 0; }, 5000));
}

TEST_F(HttpEndpointTest, ListenFailureIsReported)
{
    HttpEndpoint second(&metrics);
    const Status status = second.listen(QHostAddress(QHostAddress::LocalHost), port);
    EXPECT_FALSE(status);
    EXPECT_FALSE(second.isListening());
}
