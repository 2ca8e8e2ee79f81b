#pragma once

#include <QtCore/QLoggingCategory>

// Logging categories of the operations endpoint (/healthz, /metrics).
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
