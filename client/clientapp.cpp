#include "clientapp.h"

#include "localcache.h"
#include "mainwindow.h"
#include "serverconnection.h"
#include "signindialog.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QLibraryInfo>
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
    // Ours from the resources; Qt's own (standard buttons such as Close, Cancel, Yes; key names)
    // from Qt's translations directory (Debian: qt6-translations-l10n).
    static QTranslator *current = nullptr;
    static QTranslator *qtCurrent = nullptr;
    for (QTranslator **installed : {&current, &qtCurrent}) {
        if (*installed) {
            QApplication::removeTranslator(*installed);
            delete *installed;
            *installed = nullptr;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    const auto install = [&app, &locale](QTranslator **slot, const QString &name, const QString &directory) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QApplication::installTranslator(translator);
            *slot = translator;
        } else {
            delete translator;
        }
    };
    install(&qtCurrent, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(&current, QStringLiteral("marquee"), QStringLiteral(":/i18n"));
}

int runClient(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Marquee box office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"), QApplication::translate("main", "Server URL (ws:// or wss://)."),
                                    QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QApplication::translate("main", "Sign in as this user."), QStringLiteral("name"));
    const QCommandLineOption password(QStringLiteral("password"), QApplication::translate("main", "Password for --user (demo only)."),
                                      QStringLiteral("password"));
    const QCommandLineOption terminal(QStringLiteral("terminal-id"), QApplication::translate("main", "This terminal's id."),
                                      QStringLiteral("id"));
    const QCommandLineOption language(QStringLiteral("language"), QApplication::translate("main", "User interface language (en, de)."),
                                      QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a PNG of the main window after a few seconds, then quit."),
                                        QStringLiteral("file"));
    parser.addOptions({server, user, password, terminal, language, screenshot});
    parser.process(app);

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
