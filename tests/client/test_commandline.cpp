// The built `marquee` binary answers --help and --version on a machine without a display (an
// installer's check, a terminal over ssh), where a QApplication would abort.
#include "printers.h"

#include <gtest/gtest.h>

#include <QtCore/QProcess>

namespace {

struct Finished
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    QString output;
};

Finished runWithoutDisplay(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(MARQUEE_CLIENT_BINARY), arguments);
    Finished run;
    if (!process.waitForFinished(30'000)) {
        process.kill();
        process.waitForFinished();
        run.output = QStringLiteral("(did not finish) ");
    }
    run.exitCode = process.exitCode();
    run.exitStatus = process.exitStatus();
    run.output += QString::fromLocal8Bit(process.readAll());
    return run;
}

} // namespace

TEST(CommandLine, HelpWorksWithoutADisplay)
{
    for (const QString &help : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Finished run = runWithoutDisplay({help});
        EXPECT_EQ(run.exitStatus, QProcess::NormalExit) << run.output.toStdString();
        EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();
        EXPECT_TRUE(run.output.contains(QStringLiteral("--server <url>"))) << run.output.toStdString();
        EXPECT_TRUE(run.output.contains(QStringLiteral("Marquee box office"))) << run.output.toStdString();
        EXPECT_TRUE(run.output.contains(QStringLiteral("--kiosk"))) << run.output.toStdString();
        // The door scanner for ushers.
        EXPECT_TRUE(run.output.contains(QStringLiteral("--door"))) << run.output.toStdString();
    }
}

TEST(CommandLine, VersionWorksWithoutADisplay)
{
    const Finished run = runWithoutDisplay({QStringLiteral("--version")});
    EXPECT_EQ(run.exitStatus, QProcess::NormalExit) << run.output.toStdString();
    EXPECT_EQ(run.exitCode, 0) << run.output.toStdString();
    EXPECT_TRUE(run.output.contains(QStringLiteral("marquee " MARQUEE_VERSION))) << run.output.toStdString();
}
