// bench_reports: how fast each report answers over a year of a 10-screen cinema.
//
//   build/test/tests/support/marquee-testpg start build/test/testpg
//   MARQUEE_TESTPG_DIR=$PWD/build/test/testpg build/test/tests/bench/bench_reports [--runs N] [--sales N]
//   build/test/tests/support/marquee-testpg stop build/test/testpg
//
// Seeds, by SQL into a throwaway database on the test harness's PostgreSQL (the schema of the
// server's migrations, the demo venue, then tests/support/reports_seed.sql): 10 screens with the
// demo Studio's 120-seat layout x 365 days x 9 shows (every 11th cancelled: about 30,000 shows),
// 750,000 sales of 1 to 3 seats (1.5 million tickets) with payments and refunds. Then times marquee_report() (the one query the
// server runs for get_report, reading the running totals of migration 14, spread over all 8
// stripes) for each kind over the whole year, the median of N runs (5), and
// prints Markdown for docs/BENCHMARKS.md. Target (issue 10): < 500 ms each. Not a ctest test.

#include "benchseed.h"
#include "demoseed.h"
#include "pgconnection.h"
#include "protocol/reports.h"
#include "schema.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDate>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTextStream>

#include <algorithm>

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

int option(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

int run(PgConnection &db, int runs, int sales)
{
    QFile seedFile(QStringLiteral(MARQUEE_SOURCE_DIR "/tests/support/reports_seed.sql"));
    if (!seedFile.open(QIODevice::ReadOnly)) {
        err() << "cannot read " << seedFile.fileName() << Qt::endl;
        return 1;
    }
    QElapsedTimer clock;
    clock.start();
    if (!migrate(db) || !seedDemo(db, 1) || !db.execScript(QString::fromUtf8(seedFile.readAll()))) {
        err() << "cannot prepare the database" << Qt::endl;
        return 1;
    }
    const QDate first(QDate::currentDate().year() - 1, 1, 1);
    const QString venue = scalar(db, QStringLiteral("SELECT id FROM venues ORDER BY id LIMIT 1"));
    const QString made = scalar(
        db,
        QStringLiteral("SELECT marquee_seed_reports(v.id, a.id, 10, $1::date, 365, 9, $2::integer,"
                       " $1::date::timestamp AT TIME ZONE v.timezone, ($1::date + 365)::timestamp AT TIME ZONE v.timezone, u.id)"
                       " FROM venues v JOIN auditoriums a ON a.venue_id = v.id AND a.name = 'Studio',"
                       " users u WHERE u.username = 'manager' AND v.id = $3::bigint"),
        { first.toString(Qt::ISODate), QString::number(sales), venue });
    if (made.isEmpty()) {
        err() << "the seeding failed" << Qt::endl;
        return 1;
    }
    // The seeding wrote its running totals from one connection (one stripe); a year of a busy
    // venue's sales come from many (up to 8 stripes per quarter and show). Recomputed spread over
    // all 8, the worst case the reports read.
    if (!db.execScript(QStringLiteral("SELECT marquee_rebuild_report_totals()"))) {
        err() << "recomputing the running totals failed" << Qt::endl;
        return 1;
    }
    (void)db.execScript(QStringLiteral("VACUUM ANALYZE"));
    const QString shows = scalar(db, QStringLiteral("SELECT count(*) FROM shows WHERE status <> 'cancelled'"));
    const QString tickets = scalar(db, QStringLiteral("SELECT count(*) FROM tickets"));
    const QString refunds = scalar(db, QStringLiteral("SELECT count(*) FROM refunds"));
    out() << "Seeded in " << clock.elapsed() / 1000 << " s: " << shows << " shows (not cancelled), " << made
          << " sales, " << tickets << " tickets, " << refunds << " refunds; PostgreSQL "
          << scalar(db, QStringLiteral("SHOW server_version")) << Qt::endl
          << "Running totals read by the reports: "
          << scalar(db, QStringLiteral("SELECT count(*) FROM report_quarters")) << " report_quarters rows, "
          << scalar(db, QStringLiteral("SELECT count(*) FROM report_payment_quarters")) << " report_payment_quarters rows, "
          << scalar(db, QStringLiteral("SELECT count(*) FROM show_takings")) << " show_takings rows" << Qt::endl
          << Qt::endl;

    const QString from = first.toString(Qt::ISODate);
    const QString to = first.addDays(MaxReportDays - 1).toString(Qt::ISODate);
    out() << "| report (" << from << " to " << to << ", " << MaxReportDays - 1 << " days) | rows | median of "
          << runs << " | min | max | target < 500 ms |" << Qt::endl
          << "|---|---:|---:|---:|---:|---|" << Qt::endl;
    int failures = 0;
    for (ReportKind kind : allReportKinds()) {
        QList<double> times;
        qsizetype rows = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto result = db.exec(QStringLiteral("SELECT marquee_report($1, $2::bigint, $3::date, $4::date)::text"),
                                  { reportKindName(kind), venue, from, to });
            times.append(double(t.nsecsElapsed()) / 1e6);
            if (!result) {
                err() << reportKindName(kind) << ": " << result.error().message << Qt::endl;
                return 1;
            }
            rows = QJsonDocument::fromJson(result->value(0, 0).toUtf8())
                       .object()
                       .value(QLatin1String("rows"))
                       .toArray()
                       .size();
        }
        std::sort(times.begin(), times.end());
        const double median = times.at(times.size() / 2);
        failures += median < 500 ? 0 : 1;
        out() << "| `" << reportKindName(kind) << "` | " << rows << " | " << QString::number(median, 'f', 1) << " ms | "
              << QString::number(times.first(), 'f', 1) << " ms | " << QString::number(times.last(), 'f', 1)
              << " ms | " << (median < 500 ? "met" : "**missed**") << " |" << Qt::endl;
    }
    return failures ? 2 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = qMax(1, option(args, QStringLiteral("--runs"), 5));
    const int sales = qMax(1, option(args, QStringLiteral("--sales"), 750000));
    const QString dir = qEnvironmentVariable("MARQUEE_TESTPG_DIR");
    QFile conninfo(dir + QStringLiteral("/conninfo"));
    if (dir.isEmpty() || !conninfo.open(QIODevice::ReadOnly)) {
        err() << "bench_reports: MARQUEE_TESTPG_DIR/conninfo is missing (start the harness's PostgreSQL, see the file)"
              << Qt::endl;
        return 1;
    }
    const QString adminUrl = QString::fromUtf8(conninfo.readAll()).trimmed();
    const QString name = QStringLiteral("bench_reports_%1").arg(QCoreApplication::applicationPid());
    if (Status s = createDatabase(adminUrl, name); !s) {
        err() << "cannot create the database: " << s.error().message << Qt::endl;
        return 1;
    }
    int status = 1;
    {
        auto db = PgConnection::connect(withDatabase(adminUrl, name));
        if (db)
            status = run(*db, runs, sales);
        else
            err() << db.error().message << Qt::endl;
    }
    (void)dropDatabase(adminUrl, name);
    return status;
}
