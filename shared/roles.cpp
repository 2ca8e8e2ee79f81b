#include "roles.h"

namespace Marquee {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Cashier:
        return QStringLiteral("cashier");
    case Role::Kiosk:
        return QStringLiteral("kiosk");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (const Role candidate : allRoles()) {
        if (name == roleName(candidate))
            return candidate;
    }
    return std::nullopt;
}

const QList<Role> &allRoles()
{
    static const QList<Role> roles{Role::Admin, Role::Manager, Role::Cashier, Role::Kiosk};
    return roles;
}

} // namespace Marquee
