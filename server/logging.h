#pragma once

#include <QtCore/QLoggingCategory>

// The server's logging categories, one per area; enable with QT_LOGGING_RULES, e.g.
// "marquee.server.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcEmbeddedPostgres)
Q_DECLARE_LOGGING_CATEGORY(lcPayment)
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
