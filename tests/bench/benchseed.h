#pragma once

// The bench's data, written with SQL straight into the server's schema: venues, auditoriums,
// layouts, layout_seats, shows, show_prices, show_seats, users; and held seats for the expiry run.

#include "pgconnection.h"
#include "result.h"

#include <QtCore/QString>

namespace Marquee::Bench {

struct SeedOptions
{
    int shows = 2000; // regular shows of rows x perRow seats (ids 1..shows in a fresh database)
    int rows = 15;
    int perRow = 20;
    int hotRows = 60; // one on-sale show of hotRows x hotPerRow seats (id shows + 1)
    int hotPerRow = 50;
    int users = 1000; // cashiers bench1..benchN, password "bench"
};

// "R3-17": seat 17 of row 3 (1-based).
QString seatId(int row, int seat);
QString benchUser(int index); // 0-based index -> bench1..
inline QString benchPassword() { return QStringLiteral("bench"); }

// Migrates the schema and writes the data; the database must be empty.
Status seedDatabase(PgConnection &db, const SeedOptions &options);
// Holds `count` seats of the regular shows from `firstShow` on (4 seats per hold, holds rows and hold_seats
// included, as the server writes them) that all expire at the same instant, `expireInSeconds`
// from now. Returns that instant in ms since the epoch.
Result<qint64> seedHeldSeats(PgConnection &db, int count, int expireInSeconds, int firstShow = 1);

// The URL of another database on the same server.
QString withDatabase(const QString &url, const QString &database);
Status createDatabase(const QString &adminUrl, const QString &name);
Status dropDatabase(const QString &adminUrl, const QString &name);
// The first column of the first row, or an empty string.
QString scalar(PgConnection &db, const QString &sql, const QList<QString> &parameters = {});

} // namespace Marquee::Bench
