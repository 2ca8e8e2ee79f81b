// ThreadSanitizer build only (MARQUEE_SANITIZE=thread): proves that offLoop()'s annotations and
// tests/tsan.supp hide no race of our own.
//   tsan_canary clean   200 jobs through offLoop() sharing Qt values by copy: no report expected
//   tsan_canary race    the same jobs, and a counter that the jobs and the event loop both write
//                       without a lock: ThreadSanitizer must report it
#include "offloop.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <cstdio>
#include <cstring>

namespace {

int unguarded = 0; // the planted race of "race"

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool race = argc > 1 && std::strcmp(argv[1], "race") == 0;
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    QObject context;
    constexpr int jobs = 200;
    int answered = 0;
    for (int i = 0; i < jobs; ++i) {
        const QString text = QString::number(i);
        const QJsonObject row{{QStringLiteral("text"), text}};
        const std::function<void(qsizetype)> reply = [&answered, &app](qsizetype size) {
            if (size > 0 && ++answered == jobs)
                app.quit();
        };
        Marquee::offLoop(
            &pool, &context,
            [text, row, race]() -> QString { // not a QStringBuilder (offLoop() refuses one)
                if (race)
                    ++unguarded;
                return text + row.value(QLatin1String("text")).toString();
            },
            [reply](const QString &joined) { reply(joined.size()); });
        if (race)
            ++unguarded;
    }
    app.exec(); // until the last answer
    pool.waitForDone();
    std::printf("%d of %d jobs answered on the loop\n", answered, jobs);
    return answered == jobs ? 0 : 1;
}
