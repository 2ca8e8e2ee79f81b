#include "firstadmin.h"

#include "auth.h"
#include "logging.h"
#include "pgconnection.h"
#include "protocol/users.h"
#include "serverconfig.h"

#include <QtCore/QDir>
#include <QtCore/QFile>

namespace Marquee {

namespace {

Result<QString> passwordFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::InvalidValue,
            QStringLiteral("cannot read the admin password file %1: %2").arg(path, file.errorString()));
    const QString password
        = QString::fromUtf8(file.readLine(4 * MaxPasswordLength)).remove(u'\n').remove(u'\r');
    if (password.size() < MinPasswordLength || password.size() > MaxPasswordLength)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("the admin password in %1 must have %2 to %3 characters")
                             .arg(path)
                             .arg(MinPasswordLength)
                             .arg(MaxPasswordLength));
    return password;
}

Status writeOnce(const QString &path, const QString &password)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Internal, QStringLiteral("cannot create the directory of %1").arg(path));
    QFile file(path);
    // NewOnly: an old file is never overwritten; the mode is set as the file is created.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    if (file.write(password.toUtf8() + '\n') < 0 || !file.flush())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QString initialAdminPasswordPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("initial-admin-password"));
}

Status createFirstAdmin(PgConnection &db, const ServerConfig &config)
{
    auto users = db.exec(QStringLiteral("SELECT count(*) FROM users"));
    if (!users)
        return users.error();
    if (users->value(0, 0) != QLatin1String("0"))
        return {};
    const bool fromFile = !config.adminPasswordFile.isEmpty();
    if (!fromFile && config.dataDir.isEmpty()) {
        qCWarning(lcServer)
            << "first start: no user exists, but without a data directory or an admin password file"
               " no admin account is created";
        return {};
    }
    QString password;
    if (fromFile) {
        auto read = passwordFromFile(config.adminPasswordFile);
        if (!read)
            return read.error();
        password = *read;
    } else {
        password = generatePassword();
    }
    const QString path = initialAdminPasswordPath(config.dataDir);
    if (!fromFile && QFile::exists(path))
        return makeError(ErrorCode::Internal,
                         QStringLiteral("first start: %1 exists already; remove it (it belongs to an "
                                        "earlier database) and start again")
                             .arg(path));
    // Only while the table is empty: of several processes starting at once, one creates it.
    auto created
        = db.exec(QStringLiteral("INSERT INTO users (username, display_name, password_hash, role)"
                                 " SELECT 'admin', 'Administrator', $1, 'admin'"
                                 " WHERE NOT EXISTS (SELECT 1 FROM users) ON CONFLICT (username) DO NOTHING"
                                 " RETURNING id"),
                  { hashPassword(password, config.passwordIterations) });
    if (!created)
        return created.error();
    if (created->rowCount() == 0)
        return {};
    (void)db.exec(QStringLiteral("INSERT INTO audit_log (user_id, action, details) VALUES ($1, 'user_create',"
                                 " jsonb_build_object('user', $1::bigint, 'username', 'admin', 'role', "
                                 "'admin', 'firstStart', true))"),
                  { created->value(0, 0) });
    if (fromFile) {
        qCInfo(lcServer).noquote() << "first start: user admin created with the password from"
                                   << config.adminPasswordFile;
        return {};
    }
    if (Status written = writeOnce(path, password); !written) {
        (void)db.exec(QStringLiteral("DELETE FROM users WHERE id = $1"), { created->value(0, 0) });
        return written;
    }
    qCInfo(lcServer).noquote() << "first start: user admin created; its password is in" << path;
    return {};
}

} // namespace Marquee
