#include "translation.h"

#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QString>
#include <QtCore/QTranslator>
#include <QtWidgets/QApplication>

namespace Marquee {

namespace {

QString &installedLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

QString uiLanguage()
{
    return installedLanguage();
}

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
    QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English); // the sources are English; marquee_en has their plurals
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
    installedLanguage() = current ? QLocale::languageToCode(locale.language(), QLocale::ISO639Part1)
                                  : QStringLiteral("en");
    if (installedLanguage().isEmpty())
        installedLanguage() = QStringLiteral("en");
}

} // namespace Marquee
