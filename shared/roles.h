#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace Marquee {

// Who a user is to the box office. The names are those in the database and on the wire.
enum class Role { Admin, Manager, Cashier, Kiosk };

// "admin", "manager", "cashier", "kiosk".
QString roleName(Role role);
// The role for a name (exact, lowercase); nothing when the name is unknown.
std::optional<Role> roleFromName(QStringView name);
// Every role, in declaration order.
const QList<Role> &allRoles();

} // namespace Marquee
