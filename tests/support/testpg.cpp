// marquee-testpg start|stop DIR
//
// The PostgreSQL server of one test run (the ctest fixture "postgres"): `start` creates a fresh
// cluster in a new directory under the system's temporary directory, starts it on a free port of
// 127.0.0.1 (as an unprivileged user when run as root) and writes its admin connection URL to
// DIR/conninfo; `stop` stops it and deletes the cluster. Tests create their own databases on it.
#include "embeddedpostgres.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTextStream>

#include <cstdlib>
#include <sys/stat.h>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(text.toUtf8() + '\n') > 0;
}

Marquee::EmbeddedPostgres::Options clusterOptions(const QString &base)
{
    Marquee::EmbeddedPostgres::Options options;
    options.dataDir = base + QStringLiteral("/cluster");
    options.stopOnDestruction = false;
    return options;
}

int stop(const QString &stateDir)
{
    const QString base = readFile(stateDir + QStringLiteral("/base"));
    if (base.isEmpty())
        return 0; // nothing was started
    Marquee::EmbeddedPostgres cluster(clusterOptions(base));
    const Marquee::Status stopped = cluster.stop();
    if (!stopped) {
        err() << "marquee-testpg: " << stopped.error().message << Qt::endl;
        return 1;
    }
    QDir(base).removeRecursively();
    QFile::remove(stateDir + QStringLiteral("/base"));
    QFile::remove(stateDir + QStringLiteral("/conninfo"));
    return 0;
}

int start(const QString &stateDir)
{
    // A previous run that was killed may have left its server behind.
    if (stop(stateDir) != 0)
        return 1;
    if (!QDir().mkpath(stateDir)) {
        err() << "marquee-testpg: cannot create " << stateDir << Qt::endl;
        return 1;
    }
    // The cluster lives under a world-enterable directory so that, when we run as root, the
    // unprivileged PostgreSQL user can reach it.
    QByteArray pattern = QFile::encodeName(QDir::tempPath() + QStringLiteral("/marquee-testpg-XXXXXX"));
    if (!::mkdtemp(pattern.data()) || ::chmod(pattern.constData(), 0755) != 0) {
        err() << "marquee-testpg: cannot create a directory under " << QDir::tempPath() << Qt::endl;
        return 1;
    }
    const QString base = QFile::decodeName(pattern);
    writeFile(stateDir + QStringLiteral("/base"), base);

    Marquee::EmbeddedPostgres cluster(clusterOptions(base));
    const Marquee::Status started = cluster.start();
    if (!started) {
        err() << "marquee-testpg: PostgreSQL did not start: " << started.error().message << Qt::endl;
        return 1;
    }
    if (!writeFile(stateDir + QStringLiteral("/conninfo"), cluster.connectionUrl())) {
        err() << "marquee-testpg: cannot write " << stateDir << "/conninfo" << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "PostgreSQL for the tests runs on 127.0.0.1:" << cluster.port() << " in " << base
                        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 || (args[1] != QLatin1String("start") && args[1] != QLatin1String("stop"))) {
        err() << "usage: marquee-testpg start|stop STATE_DIR" << Qt::endl;
        return 2;
    }
    return args[1] == QLatin1String("start") ? start(args[2]) : stop(args[2]);
}
