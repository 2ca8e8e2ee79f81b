#pragma once

#include "result.h"

namespace Marquee {

class PgConnection;

// The database schema as numbered migrations, applied in order at server start. Each migration
// runs in its own transaction; an advisory lock keeps two starting servers from racing.
struct Migration
{
    int version;
    const char *name;
    const char *sql;
};

const QList<Migration> &migrations();

// Applies every migration the database lacks. Returns the schema version reached.
Result<int> migrate(PgConnection &connection);

} // namespace Marquee
