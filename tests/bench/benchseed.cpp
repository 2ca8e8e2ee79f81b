#include "benchseed.h"

#include "auth.h"
#include "schema.h"

#include <QtCore/QUrl>

namespace Marquee::Bench {

QString seatId(int row, int seat)
{
    return u'R' + QString::number(row) + u'-' + QString::number(seat);
}

QString benchUser(int index)
{
    return QStringLiteral("bench") + QString::number(index + 1);
}

QString withDatabase(const QString &url, const QString &database)
{
    QUrl u(url);
    u.setPath(u'/' + database);
    return u.toString(QUrl::FullyEncoded);
}

Status createDatabase(const QString &adminUrl, const QString &name)
{
    auto admin = PgConnection::connect(adminUrl);
    if (!admin)
        return admin.error();
    (void)admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(PgConnection::quoteIdentifier(name)));
    auto created = admin->exec(QStringLiteral("CREATE DATABASE %1").arg(PgConnection::quoteIdentifier(name)));
    if (!created)
        return created.error();
    return {};
}

Status dropDatabase(const QString &adminUrl, const QString &name)
{
    auto admin = PgConnection::connect(adminUrl);
    if (!admin)
        return admin.error();
    auto dropped = admin->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(PgConnection::quoteIdentifier(name)));
    if (!dropped)
        return dropped.error();
    return {};
}

QString scalar(PgConnection &db, const QString &sql, const QList<QString> &parameters)
{
    auto result = db.exec(sql, parameters);
    if (!result || result->rowCount() == 0)
        return {};
    return result->value(0, 0);
}

Status seedDatabase(PgConnection &db, const SeedOptions &o)
{
    auto migrated = migrate(db);
    if (!migrated)
        return migrated.error();
    // A cheap KDF: the bench signs in thousands of terminals; the cost of a real KDF is not what
    // is measured here.
    const QString hash = hashPassword(benchPassword(), 1);
    auto run = [&db](const QString &sql, const QList<QString> &parameters = {}) -> Status {
        auto r = db.exec(sql, parameters);
        if (!r)
            return r.error();
        return {};
    };
    const QList<std::pair<QString, QList<QString>>> steps = {
        {QStringLiteral("INSERT INTO users (username, display_name, password_hash, role)"
                        " SELECT 'bench' || n, 'Bench ' || n, $1, 'cashier' FROM generate_series(1, $2::int) n"),
         {hash, QString::number(o.users)}},
        {QStringLiteral("INSERT INTO venues (name, currency) VALUES ('Bench Cinema', 'EUR')"), {}},
        {QStringLiteral("INSERT INTO auditoriums (venue_id, name) VALUES (1, 'Screen'), (1, 'Arena')"), {}},
        {QStringLiteral("INSERT INTO layouts (auditorium_id, version, document) VALUES (1, 1, '{}'), (2, 1, '{}')"), {}},
        {QStringLiteral("INSERT INTO layout_seats (auditorium_id, layout_version, seat_id, label, category)"
                        " SELECT 1, 1, 'R' || r || '-' || n, r || '/' || n, 'std'"
                        " FROM generate_series(1, $1::int) r, generate_series(1, $2::int) n"),
         {QString::number(o.rows), QString::number(o.perRow)}},
        {QStringLiteral("INSERT INTO layout_seats (auditorium_id, layout_version, seat_id, label, category)"
                        " SELECT 2, 1, 'R' || r || '-' || n, r || '/' || n, 'std'"
                        " FROM generate_series(1, $1::int) r, generate_series(1, $2::int) n"),
         {QString::number(o.hotRows), QString::number(o.hotPerRow)}},
        {QStringLiteral("INSERT INTO shows (auditorium_id, layout_version, title, starts_at, ends_at, currency)"
                        " SELECT 1, 1, 'Bench show ' || n, now() + n * interval '3 hours',"
                        " now() + n * interval '3 hours' + interval '2 hours', 'EUR' FROM generate_series(1, $1::int) n"),
         {QString::number(o.shows)}},
        {QStringLiteral("INSERT INTO shows (auditorium_id, layout_version, title, starts_at, ends_at, currency)"
                        " VALUES (2, 1, 'On-sale rush', now() + interval '30 days', now() + interval '30 days 3 hours', 'EUR')"),
         {}},
        {QStringLiteral("INSERT INTO show_prices (show_id, category, amount) SELECT id, 'std', 1250 FROM shows"), {}},
        {QStringLiteral("INSERT INTO show_seats (show_id, seat_id, category)"
                        " SELECT s.id, ls.seat_id, ls.category FROM shows s"
                        " JOIN layout_seats ls ON ls.auditorium_id = s.auditorium_id AND ls.layout_version = s.layout_version"
                        " ORDER BY s.id, ls.seat_id"),
         {}},
        {QStringLiteral("VACUUM ANALYZE"), {}},
    };
    for (const auto &[sql, parameters] : steps) {
        if (Status s = run(sql, parameters); !s)
            return s;
    }
    return {};
}

Result<qint64> seedHeldSeats(PgConnection &db, int count, int expireInSeconds, int firstShow)
{
    const QString script = QStringLiteral(R"sql(
BEGIN;
CREATE TEMP TABLE bench_picked ON COMMIT DROP AS
    SELECT show_id, seat_id, (row_number() OVER (ORDER BY show_id, seat_id) - 1) / 4 AS grp
      FROM show_seats
     WHERE status = 'available' AND show_id IN (SELECT id FROM shows WHERE auditorium_id = 1 AND id >= %3)
     ORDER BY show_id, seat_id LIMIT %1;
CREATE TEMP TABLE bench_expiry ON COMMIT DROP AS SELECT now() + make_interval(secs => %2) AS at;
CREATE TEMP TABLE bench_groups ON COMMIT DROP AS
    SELECT grp, min(show_id) AS show_id, min(terminal) AS terminal FROM (
        SELECT grp, show_id, 'expiring-' || grp AS terminal FROM bench_picked) g GROUP BY grp;
INSERT INTO holds (show_id, user_id, terminal_id, expires_at)
    SELECT show_id, 1, terminal, (SELECT at FROM bench_expiry) FROM bench_groups ORDER BY grp;
CREATE TEMP TABLE bench_hold_ids ON COMMIT DROP AS
    SELECT h.id AS hold_id, g.grp FROM holds h JOIN bench_groups g ON g.terminal = h.terminal_id;
INSERT INTO hold_seats (hold_id, show_id, seat_id)
    SELECT i.hold_id, p.show_id, p.seat_id FROM bench_picked p JOIN bench_hold_ids i USING (grp);
UPDATE show_seats s SET status = 'held', hold_id = i.hold_id, hold_expires = (SELECT at FROM bench_expiry)
  FROM bench_picked p JOIN bench_hold_ids i USING (grp)
 WHERE s.show_id = p.show_id AND s.seat_id = p.seat_id;
CREATE TABLE IF NOT EXISTS bench_marks (name text PRIMARY KEY, at timestamptz);
INSERT INTO bench_marks SELECT 'expiry', at FROM bench_expiry
    ON CONFLICT (name) DO UPDATE SET at = EXCLUDED.at;
COMMIT;
)sql").arg(count).arg(expireInSeconds).arg(firstShow);
    if (Status s = db.execScript(script); !s) {
        (void)db.execScript(QStringLiteral("ROLLBACK"));
        return s.error();
    }
    (void)db.exec(QStringLiteral("VACUUM ANALYZE show_seats_all"));
    (void)db.exec(QStringLiteral("VACUUM ANALYZE holds"));
    const QString at = scalar(db, QStringLiteral("SELECT (extract(epoch FROM at) * 1000)::bigint FROM bench_marks WHERE name = 'expiry'"));
    bool ok = false;
    const qint64 ms = at.toLongLong(&ok);
    if (!ok)
        return makeError(ErrorCode::Internal, QStringLiteral("the held seats were not written"));
    return ms;
}

} // namespace Marquee::Bench
