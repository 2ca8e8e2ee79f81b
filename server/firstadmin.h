#pragma once

#include "result.h"

namespace Marquee {

class PgConnection;
struct ServerConfig;

// The first start on a database without any user: creates the user "admin" (role admin). Its
// password is read from config.adminPasswordFile when set (the first line, 10..200 characters);
// otherwise a random one is made and written once to <dataDir>/initial-admin-password (mode 0600,
// never overwritten) and the log says where. Does nothing when a user exists; without a data
// directory or password file no admin is created (a warning says so). Safe when several server
// processes start at once: one of them creates the admin.
Status createFirstAdmin(PgConnection &db, const ServerConfig &config);

// The file the first start writes the admin's password to.
QString initialAdminPasswordPath(const QString &dataDir);

} // namespace Marquee
