#pragma once

#include "result.h"

namespace Marquee {

class PgConnection;

// Seeds the demo venue: three auditoriums (about 120, 300 and 2,000 seats, the last with curved
// rows, wheelchair/companion places and three price categories), shows today and tomorrow, and a
// demo user per role (password = user name). Safe to run at every start: what exists is kept.
// `passwordIterations` is for tests (a low KDF cost).
Status seedDemo(PgConnection &db, int passwordIterations = 0);

// The demo users, for the README and the demo script: {name, role}.
const QList<std::pair<QString, QString>> &demoUsers();

} // namespace Marquee
