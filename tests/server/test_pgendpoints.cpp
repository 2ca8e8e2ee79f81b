// The pool's hosts: a multi-host URL's hosts in the order the next connection tries them, and a
// host that does not answer at all (its packets dropped) given up after connect_timeout rather
// than after the kernel's SYN retries.
#include "pgendpoints.h"
#include "pgpool.h"
#include "printers.h"
#include "testpostgres.h"
#include "testterminal.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QUrl>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Marquee;

namespace {

// The value of `keyword` in the parameters the pool would connect with.
QString param(const PgEndpoints &endpoints, const char *keyword)
{
    const PgEndpoints::Params p = endpoints.params();
    for (std::size_t i = 0; p.keywords[i]; ++i) {
        if (qstrcmp(p.keywords[i], keyword) == 0)
            return QString::fromUtf8(p.values[i]);
    }
    return {};
}

// A TCP port of 127.0.0.1 that takes no connection and answers none: its accept queue is full, so
// the kernel drops every further SYN, as for a machine that is gone.
class BlackHole
{
public:
    BlackHole()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0 || ::listen(m_listener, 0) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        // Fills the queue (a backlog of 0 holds one connection).
        m_filler = ::socket(AF_INET, SOCK_STREAM, 0);
        if (::connect(m_filler, reinterpret_cast<sockaddr *>(&address), length) != 0)
            m_port = 0;
    }
    ~BlackHole()
    {
        ::close(m_filler);
        ::close(m_listener);
    }
    BlackHole(const BlackHole &) = delete;
    BlackHole &operator=(const BlackHole &) = delete;
    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    int m_filler = -1;
    quint16 m_port = 0;
};

} // namespace

TEST(PgEndpoints, AMultiHostUrlIsTriedInOrderAndAHostThatRanOutOfTimeGoesLast)
{
    PgEndpoints endpoints(QStringLiteral("postgresql://marquee:secret@db1:5432,db2:5433/marquee?target_session_attrs=read-write&connect_timeout=3"));
    ASSERT_TRUE(endpoints.isValid());
    EXPECT_EQ(endpoints.hosts(), (QStringList{QStringLiteral("db1:5432"), QStringLiteral("db2:5433")}));
    EXPECT_EQ(endpoints.connectTimeoutMs(), 3000);
    EXPECT_EQ(param(endpoints, "host"), QStringLiteral("db1,db2"));
    EXPECT_EQ(param(endpoints, "port"), QStringLiteral("5432,5433"));
    EXPECT_EQ(param(endpoints, "dbname"), QStringLiteral("marquee"));
    EXPECT_EQ(param(endpoints, "user"), QStringLiteral("marquee"));
    EXPECT_EQ(param(endpoints, "password"), QStringLiteral("secret"));
    EXPECT_EQ(param(endpoints, "target_session_attrs"), QStringLiteral("read-write"));

    endpoints.demote(QStringLiteral("db1"), QStringLiteral("5432"));
    EXPECT_EQ(endpoints.hosts(), (QStringList{QStringLiteral("db2:5433"), QStringLiteral("db1:5432")}));
    EXPECT_EQ(param(endpoints, "host"), QStringLiteral("db2,db1"));
    EXPECT_EQ(param(endpoints, "port"), QStringLiteral("5433,5432"));
    endpoints.demote(QStringLiteral("elsewhere"), QStringLiteral("5432")); // not one of them: no change
    EXPECT_EQ(endpoints.hosts(), (QStringList{QStringLiteral("db2:5433"), QStringLiteral("db1:5432")}));
}

TEST(PgEndpoints, OnePortForAllHostsAndTheDefaults)
{
    PgEndpoints shared(QStringLiteral("host=a,b port=6432 dbname=x"));
    ASSERT_TRUE(shared.isValid());
    EXPECT_EQ(shared.hosts(), (QStringList{QStringLiteral("a:6432"), QStringLiteral("b:6432")}));
    EXPECT_EQ(shared.connectTimeoutMs(), 10'000);
    shared.demote(QStringLiteral("a"), QStringLiteral("6432"));
    EXPECT_EQ(param(shared, "host"), QStringLiteral("b,a"));
    EXPECT_EQ(param(shared, "port"), QStringLiteral("6432,6432"));
    // libpq's meaning: less than 2 s counts as 2 s.
    EXPECT_EQ(PgEndpoints(QStringLiteral("host=a connect_timeout=1")).connectTimeoutMs(), 2000);
    EXPECT_FALSE(PgEndpoints(QStringLiteral("postgresql://a:notaport:/x?nonsense=1")).isValid());
}

class PgPoolHosts : public Marquee::Test::PostgresTest
{
};

// The first host of the URL is a machine that answers nothing; the second is the database. The
// pool gives the first up after connect_timeout (2 s) and connects to the second, instead of
// waiting out the kernel's SYN retries (about two minutes) on every attempt.
TEST_F(PgPoolHosts, AHostThatDoesNotAnswerIsGivenUpAfterConnectTimeout)
{
    BlackHole gone;
    ASSERT_NE(gone.port(), 0);
    QUrl url(databaseUrl());
    const QString second = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(5432));
    QString multi = databaseUrl();
    multi.replace(second, QStringLiteral("127.0.0.1:%1,%2").arg(gone.port()).arg(second));
    multi += (multi.contains(u'?') ? u'&' : u'?') + QStringLiteral("connect_timeout=2");
    ASSERT_NE(multi, databaseUrl());

    PgPool pool(multi, 2, {{QByteArrayLiteral("answer"), QByteArrayLiteral("SELECT 40 + 2")}});
    QElapsedTimer clock;
    clock.start();
    pool.start();
    ASSERT_TRUE(Marquee::Test::waitUntil([&] { return pool.isHealthy(); }, 20'000)) << "the pool never reached the second host";
    EXPECT_LT(clock.elapsed(), 8'000);
    std::optional<PgReply> reply;
    pool.execute(QByteArrayLiteral("answer"), {}, [&reply](PgReply &&r) { reply = std::move(r); });
    ASSERT_TRUE(Marquee::Test::waitUntil([&] { return reply.has_value(); }, 5'000));
    ASSERT_TRUE(reply->ok) << reply->message.toStdString();
    EXPECT_EQ(reply->result.value(0, 0), QStringLiteral("42"));
}
