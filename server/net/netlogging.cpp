#include "netlogging.h"

Q_LOGGING_CATEGORY(lcHttp, "marquee.server.http", QtInfoMsg)
