#pragma once

#include <QtCore/QLoggingCategory>

// Logging categories of the database layer.
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)
Q_DECLARE_LOGGING_CATEGORY(lcEmbeddedPostgres)
