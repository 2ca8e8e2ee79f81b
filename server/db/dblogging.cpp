#include "dblogging.h"

Q_LOGGING_CATEGORY(lcDatabase, "marquee.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmbeddedPostgres, "marquee.server.embeddedpg", QtInfoMsg)
