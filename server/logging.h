#pragma once

#include <QtCore/QLoggingCategory>

// The server's logging categories, one per area (the database and operations layers have
// theirs in db/dblogging.h and net/netlogging.h); enable with QT_LOGGING_RULES, e.g.
// "marquee.server.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcPayment)
