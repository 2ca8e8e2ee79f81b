#include "clientapp.h"

#include "mainwindow.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>

namespace Marquee {

int runClient(QApplication &app)
{
    QSettings settings;
    const QString language = settings.value(QStringLiteral("ui/language")).toString();
    auto *translator = new QTranslator(&app);
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (translator->load(locale, QStringLiteral("marquee"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Marquee box office"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main", "Server URL (ws:// or wss://)."),
                                    QStringLiteral("url"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a PNG of the main window once shown, then quit."),
                                        QStringLiteral("file"));
    parser.addOptions({server, screenshot});
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace Marquee
