#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "marquee.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmbeddedPostgres, "marquee.server.embeddedpg", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayment, "marquee.server.payment", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "marquee.server.http", QtInfoMsg)
