// marquee-bench: the load generator of docs/BENCHMARKS.md (run by tests/bench/run-bench.sh).
//
//   marquee-bench seed --database-url URL [--shows N] [--users N]
//   marquee-bench throughput|rush|push|expiry|idle --url ws://127.0.0.1:PORT --database-url URL ...
//   marquee-bench throughput --one-show ...   (every terminal on the 3,000-seat show, id shows + 1)
//   marquee-bench notify-floor --database-url URL
//   marquee-bench smoke     (ctest: an in-process server on the harness's PostgreSQL, asserts)
//
// Every scenario prints one line "RESULT <scenario> key=value ..." on stdout.
#include "benchseed.h"
#include "scenarios.h"

#include "serverconfig.h"
#include "syncserver.h"
#include "webhookreceiver.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTextStream>

#include <cstdio>

using namespace Marquee;
using namespace Marquee::Bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void print(const QString &scenario, const Report &report)
{
    out() << "RESULT " << scenario;
    for (const auto &[key, value] : report)
        out() << ' ' << key << '=' << value;
    out() << Qt::endl;
}

QString valueOf(const Report &report, const QString &key)
{
    for (const auto &[k, v] : report) {
        if (k == key)
            return v;
    }
    return {};
}

// The smoke run's checks: each failure is printed, and the run fails.
struct Checks
{
    int failures = 0;
    void expect(bool ok, const QString &what)
    {
        err() << (ok ? "  ok    " : "  FAIL  ") << what << Qt::endl;
        failures += ok ? 0 : 1;
    }
};

int smoke()
{
    const QString dir = qEnvironmentVariable("MARQUEE_TESTPG_DIR");
    QFile conninfo(dir + QStringLiteral("/conninfo"));
    if (dir.isEmpty() || !conninfo.open(QIODevice::ReadOnly)) {
        err() << "marquee-bench smoke: MARQUEE_TESTPG_DIR/conninfo is missing (run it through ctest)" << Qt::endl;
        return 1;
    }
    const QString adminUrl = QString::fromUtf8(conninfo.readAll()).trimmed();
    const QString name = QStringLiteral("bench_smoke_%1").arg(QCoreApplication::applicationPid());
    if (Status s = createDatabase(adminUrl, name); !s) {
        err() << "cannot create the database: " << s.error().message << Qt::endl;
        return 1;
    }
    const QString url = withDatabase(adminUrl, name);
    Layout layout;
    layout.shows = 20;
    layout.hotShow = 21;
    layout.hotRows = 10;
    layout.hotPerRow = 30;
    layout.users = 60;
    {
        auto db = PgConnection::connect(url);
        SeedOptions seed;
        seed.shows = layout.shows;
        seed.hotRows = layout.hotRows;
        seed.hotPerRow = layout.hotPerRow;
        seed.users = layout.users;
        const Status seeded = db ? seedDatabase(*db, seed) : Status(db.error());
        if (!seeded) {
            err() << "cannot seed: " << seeded.error().message << Qt::endl;
            (void)dropDatabase(adminUrl, name);
            return 1;
        }
    }
    Checks checks;
    {
        ServerConfig config;
        config.listenAddress = QStringLiteral("127.0.0.1");
        config.port = 0;
        config.httpPort = 0;
        config.databaseUrl = url;
        config.databaseConnections = 4;
        config.connectionRatePerSecond = config.userRatePerSecond = 100000;
        config.connectionBurst = config.userBurst = 200000;
        SyncServer server(config);
        const Status started = server.start();
        if (!started) {
            err() << "the server did not start: " << started.error().toString() << Qt::endl;
            (void)dropDatabase(adminUrl, name);
            return 1;
        }
        Scenario s;
        s.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.port()));
        s.databaseUrl = url;
        s.layout = layout;

        s.terminals = 8;
        s.seconds = 1.5;
        s.warmupSeconds = 0.3;
        const Report throughput = runThroughput(s);
        print(QStringLiteral("throughput"), throughput);
        checks.expect(valueOf(throughput, QStringLiteral("terminals_ready")) == QLatin1String("8"), QStringLiteral("8 terminals signed in and subscribed"));
        checks.expect(valueOf(throughput, QStringLiteral("holds")).toInt() > 0, QStringLiteral("holds succeeded"));
        checks.expect(valueOf(throughput, QStringLiteral("errors")) == QLatin1String("0"), QStringLiteral("no errors in the throughput run"));
        checks.expect(valueOf(throughput, QStringLiteral("unfinished")) == QLatin1String("0"), QStringLiteral("every terminal finished"));

        s.terminals = 50;
        const Report rush = runRush(s);
        print(QStringLiteral("rush"), rush);
        const QString seats = QString::number(layout.hotRows * layout.hotPerRow);
        checks.expect(valueOf(rush, QStringLiteral("finished")) == QLatin1String("yes"), QStringLiteral("the rush finished"));
        checks.expect(valueOf(rush, QStringLiteral("db_sold")) == seats, QStringLiteral("every seat of the hot show is sold"));
        checks.expect(valueOf(rush, QStringLiteral("db_valid_tickets")) == seats, QStringLiteral("one valid ticket per seat"));
        checks.expect(valueOf(rush, QStringLiteral("seats_sold_replies")) == seats, QStringLiteral("the sale replies add up to the seats"));
        checks.expect(valueOf(rush, QStringLiteral("double_sold")) == QLatin1String("0"), QStringLiteral("no seat sold twice"));
        checks.expect(valueOf(rush, QStringLiteral("maps_equal")) == QLatin1String("50"), QStringLiteral("every terminal's map equals the database"));
        checks.expect(valueOf(rush, QStringLiteral("errors")) == QLatin1String("0"), QStringLiteral("no errors in the rush"));

        s.terminals = 20;
        const Report push = runPush(s, 6, 10, 2);
        print(QStringLiteral("push"), push);
        checks.expect(valueOf(push, QStringLiteral("received")) == QLatin1String("120")
                          && valueOf(push, QStringLiteral("expected")) == QLatin1String("120"),
                      QStringLiteral("every change reached every listener"));
        checks.expect(valueOf(push, QStringLiteral("errors")) == QLatin1String("0"), QStringLiteral("no errors in the push run"));

        s.terminals = 2;
        const Report expiry = runExpiry(s, 600, 2, 15); // shows no earlier scenario watched
        print(QStringLiteral("expiry"), expiry);
        checks.expect(valueOf(expiry, QStringLiteral("held_in_maps_before")) == QLatin1String("600"), QStringLiteral("the terminals saw 600 held seats"));
        checks.expect(valueOf(expiry, QStringLiteral("all_pushed")) == QLatin1String("yes"), QStringLiteral("every expired seat was pushed as free"));
        checks.expect(valueOf(expiry, QStringLiteral("db_still_held")) == QLatin1String("0"), QStringLiteral("the database holds no seat any more"));
        checks.expect(valueOf(expiry, QStringLiteral("db_active_holds")) == QLatin1String("0"), QStringLiteral("every expired hold is closed"));

        // The sale path with the outbox, and its publisher draining a backlog to a receiver.
        Test::WebhookReceiver receiver;
        receiver.setRecording(false);
        checks.expect(receiver.listen(), QStringLiteral("the webhook receiver listens"));
        {
            auto db = PgConnection::connect(url);
            const QString webhook = db ? scalar(*db, QStringLiteral(
                "SELECT marquee_webhook_save((SELECT min(id) FROM users), 'smoke', 'h', NULL, $1, '{sale.completed}',"
                " 'smoke-secret-0123456789', NULL, 50) #>> '{webhook,id}'"), {receiver.url()}) : QString();
            checks.expect(!webhook.isEmpty(), QStringLiteral("a webhook registered"));
            s.terminals = 4;
            s.seconds = 1.5;
            const Report sales = runSales(s);
            print(QStringLiteral("sales"), sales);
            checks.expect(valueOf(sales, QStringLiteral("sales")).toInt() > 0, QStringLiteral("sales succeeded"));
            checks.expect(valueOf(sales, QStringLiteral("errors")) == QLatin1String("0"), QStringLiteral("no errors in the sales run"));
            const Report drain = runOutboxDrain(url, 300, QStringLiteral("webhook:") + webhook);
            print(QStringLiteral("outbox-drain"), drain);
            checks.expect(valueOf(drain, QStringLiteral("drained")) == QLatin1String("yes"), QStringLiteral("the publisher drained 300 events"));
            checks.expect(receiver.requestCount() >= 300 + valueOf(sales, QStringLiteral("sales")).toInt(),
                          QStringLiteral("the receiver got every sale and every drained event"));
        }

        const Report floor = runNotifyFloor(url, 50);
        print(QStringLiteral("notify-floor"), floor);
        checks.expect(valueOf(floor, QStringLiteral("lost")) == QLatin1String("0"), QStringLiteral("LISTEN/NOTIFY round trips"));
    }
    QCoreApplication::processEvents();
    (void)dropDatabase(adminUrl, name);
    err() << (checks.failures ? "marquee-bench smoke: FAILED" : "marquee-bench smoke: passed") << Qt::endl;
    return checks.failures ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Like marquee-server: Qt's own event dispatcher, which serves a thousand sockets far more
    // cheaply than GLib's, so that the listeners' reading weighs less in the push figures.
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marquee-bench"));
    // The in-process server of the smoke run logs every sign-in: keep the output readable.
    QLoggingCategory::setFilterRules(QStringLiteral("marquee.*.info=false\nqt.*=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Marquee load bench"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("seed, throughput, sales, rush, push, expiry, idle, notify-floor, outbox-drain, receive, smoke"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("Server WebSocket URL."), QStringLiteral("url"),
                                       QStringLiteral("ws://127.0.0.1:8765"));
    const QCommandLineOption dbOption(QStringLiteral("database-url"), QStringLiteral("PostgreSQL URL of the bench database."), QStringLiteral("url"));
    const QCommandLineOption terminalsOption(QStringLiteral("terminals"), QStringLiteral("Terminals."), QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measured seconds."), QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Warm-up seconds."), QStringLiteral("s"), QStringLiteral("2"));
    const QCommandLineOption showsOption(QStringLiteral("shows"), QStringLiteral("Regular shows (seed and scenarios)."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Bench users."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption changesOption(QStringLiteral("changes"), QStringLiteral("Push: changes."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"), QStringLiteral("Push: pause between changes."), QStringLiteral("ms"), QStringLiteral("20"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Expiry: held seats."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption expireOption(QStringLiteral("expire-in"), QStringLiteral("Expiry: seconds until they expire."), QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption pidOption(QStringLiteral("server-pid"), QStringLiteral("Idle: the server's process id."), QStringLiteral("pid"));
    const QCommandLineOption spreadOption(QStringLiteral("spread"), QStringLiteral("Idle: shows the terminals watch."), QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Notify floor: rounds."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption listenerThreadsOption(QStringLiteral("listener-threads"),
                                                   QStringLiteral("Push: threads the listeners are spread over."), QStringLiteral("n"),
                                                   QStringLiteral("1"));
    const QCommandLineOption oneShowOption(QStringLiteral("one-show"),
                                           QStringLiteral("Throughput: every terminal on the one big show (id shows + 1)."));
    const QCommandLineOption consumerOption(QStringLiteral("consumer"), QStringLiteral("Outbox drain: the consumer (webhook:<id>)."),
                                            QStringLiteral("name"), QStringLiteral("webhook:1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Receive: the port."), QStringLiteral("port"),
                                        QStringLiteral("18799"));
    const QCommandLineOption concurrencyOption(QStringLiteral("setup-concurrency"), QStringLiteral("Terminals connecting at once."), QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({urlOption, dbOption, terminalsOption, secondsOption, warmupOption, showsOption, usersOption, changesOption,
                       intervalOption, countOption, expireOption, pidOption, spreadOption, roundsOption, concurrencyOption,
                       oneShowOption, listenerThreadsOption, consumerOption, portOption});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        parser.showHelp(2);
    const QString command = args.first();

    if (command == QLatin1String("smoke"))
        return smoke();

    const QString databaseUrl = parser.value(dbOption);
    if (command == QLatin1String("seed")) {
        auto db = PgConnection::connect(databaseUrl);
        if (!db) {
            err() << db.error().message << Qt::endl;
            return 1;
        }
        SeedOptions seed;
        seed.shows = parser.value(showsOption).toInt();
        seed.users = parser.value(usersOption).toInt();
        const Status seeded = seedDatabase(*db, seed);
        if (!seeded) {
            err() << "seed failed: " << seeded.error().message << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (command == QLatin1String("outbox-drain")) {
        print(command, runOutboxDrain(databaseUrl, parser.value(countOption).toInt(), parser.value(consumerOption)));
        return 0;
    }
    if (command == QLatin1String("receive")) {
        // A webhook receiver for the outbox bench, in its own process: answers every POST 200.
        Test::WebhookReceiver receiver;
        receiver.setRecording(false);
        if (!receiver.listen(quint16(parser.value(portOption).toInt()))) {
            err() << "cannot listen on port " << parser.value(portOption) << Qt::endl;
            return 1;
        }
        out() << "receiving on " << receiver.url() << Qt::endl;
        return app.exec();
    }
    if (command == QLatin1String("notify-floor")) {
        print(command, runNotifyFloor(databaseUrl, parser.value(roundsOption).toInt()));
        return 0;
    }

    Scenario s;
    s.url = QUrl(parser.value(urlOption));
    s.databaseUrl = databaseUrl;
    s.terminals = parser.value(terminalsOption).toInt();
    s.seconds = parser.value(secondsOption).toDouble();
    s.warmupSeconds = parser.value(warmupOption).toDouble();
    s.setupConcurrency = parser.value(concurrencyOption).toInt();
    s.layout.shows = parser.value(showsOption).toInt();
    s.layout.hotShow = s.layout.shows + 1;
    s.layout.users = parser.value(usersOption).toInt();
    if (parser.isSet(oneShowOption)) {
        s.layout.firstShow = s.layout.hotShow;
        s.layout.shows = 1;
        s.layout.rows = s.layout.hotRows;
        s.layout.perRow = s.layout.hotPerRow;
    }
    Report report;
    if (command == QLatin1String("throughput"))
        report = runThroughput(s);
    else if (command == QLatin1String("sales"))
        report = runSales(s);
    else if (command == QLatin1String("rush"))
        report = runRush(s);
    else if (command == QLatin1String("push"))
        report = runPush(s, parser.value(changesOption).toInt(), parser.value(intervalOption).toInt(),
                         parser.value(listenerThreadsOption).toInt());
    else if (command == QLatin1String("expiry"))
        report = runExpiry(s, parser.value(countOption).toInt(), parser.value(expireOption).toInt());
    else if (command == QLatin1String("idle"))
        report = runIdle(s, parser.value(pidOption).toLongLong(), parser.value(spreadOption).toInt(), 3);
    else
        parser.showHelp(2);
    print(command, report);
    return 0;
}
