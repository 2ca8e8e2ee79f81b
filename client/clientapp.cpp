#include "clientapp.h"

#include "localcache.h"
#include "mainwindow.h"
#include "serverconnection.h"
#include "signindialog.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtCore/QUuid>
#include <QtWidgets/QApplication>

namespace Marquee {

namespace {

QString terminalId()
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("terminal/id")).toString();
    if (id.isEmpty()) {
        id = QStringLiteral("box-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        settings.setValue(QStringLiteral("terminal/id"), id);
    }
    return id;
}

} // namespace

void installTranslation(QApplication &app, const QString &language)
{
    static QTranslator *current = nullptr;
    if (current) {
        QApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto *translator = new QTranslator(&app);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (translator->load(locale, QStringLiteral("marquee"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(translator);
        current = translator;
    } else {
        delete translator;
    }
}

namespace {

// The command line of `marquee`, defined once: for a real run and for --help and --version, which
// are answered before any QApplication exists (they need no display).
struct CommandLine
{
    CommandLine();

    QCommandLineParser parser;
    const QCommandLineOption help;
    const QCommandLineOption version;
    const QCommandLineOption server{QStringLiteral("server"), QCoreApplication::translate("main", "Server URL (ws:// or wss://)."),
                                    QStringLiteral("url")};
    const QCommandLineOption user{QStringLiteral("user"), QCoreApplication::translate("main", "Sign in as this user."), QStringLiteral("name")};
    const QCommandLineOption password{QStringLiteral("password"), QCoreApplication::translate("main", "Password for --user (demo only)."),
                                      QStringLiteral("password")};
    const QCommandLineOption terminal{QStringLiteral("terminal-id"), QCoreApplication::translate("main", "This terminal's id."),
                                      QStringLiteral("id")};
    const QCommandLineOption language{QStringLiteral("language"), QCoreApplication::translate("main", "User interface language (en, de)."),
                                      QStringLiteral("code")};
    const QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                        QCoreApplication::translate("main", "Save a PNG of the main window after a few seconds, then quit."),
                                        QStringLiteral("file")};
};

CommandLine::CommandLine()
    : help(parser.addHelpOption())
    , version(parser.addVersionOption())
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Marquee box office"));
    parser.addOptions({server, user, password, terminal, language, screenshot});
}

} // namespace

bool asksForHelpOrVersion(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    CommandLine commandLine;
    (void)commandLine.parser.parse(arguments); // errors are reported by the run that follows
    return commandLine.parser.isSet(commandLine.help) || commandLine.parser.isSet(commandLine.version)
        || commandLine.parser.isSet(QStringLiteral("help-all"));
}

int showHelpOrVersion(QCoreApplication &app)
{
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    // Options that QApplication would have taken for itself (-platform, -style) are no error here.
    (void)parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(app); // the help with Qt's own options; exits
    if (parser.isSet(commandLine.version))
        parser.showVersion(); // exits
    parser.showHelp(0); // exits
}

int runClient(QApplication &app)
{
    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);
    const QCommandLineOption &server = commandLine.server;
    const QCommandLineOption &user = commandLine.user;
    const QCommandLineOption &password = commandLine.password;
    const QCommandLineOption &terminal = commandLine.terminal;
    const QCommandLineOption &language = commandLine.language;
    const QCommandLineOption &screenshot = commandLine.screenshot;

    QSettings settings;
    const QString lang = parser.isSet(language) ? parser.value(language) : settings.value(QStringLiteral("ui/language")).toString();
    installTranslation(app, lang);

    ServerConnection connection(parser.isSet(terminal) ? parser.value(terminal) : terminalId());
    LocalCache cache(LocalCache::defaultPath());
    MainWindow window(&connection, &cache);
    window.show();

    SignInDialog signIn(&connection, &window);
    if (parser.isSet(server))
        signIn.setServerUrl(parser.value(server));
    QObject::connect(&signIn, &QDialog::rejected, &window, [&window, &connection] {
        if (!connection.isSignedIn())
            window.close();
    });
    QObject::connect(&window, &MainWindow::signInRequested, &signIn, [&signIn] { signIn.open(); });
    signIn.open();
    if (parser.isSet(user))
        signIn.signInAs(parser.value(user), parser.value(password));

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(6000, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace Marquee
