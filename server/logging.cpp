#include "logging.h"

Q_LOGGING_CATEGORY(lcServer, "marquee.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPayment, "marquee.server.payment", QtInfoMsg)
