#pragma once

#include <QtCore/QString>

class QApplication;

namespace Marquee {

// Switches the user interface language ("de", "en"; empty: the system's): Marquee's own
// translation from the resources of the executable (":/i18n") and Qt's (standard buttons, key
// names) from Qt's translations directory.
void installTranslation(QApplication &app, const QString &language);

// The two-letter code of the language the user interface speaks now ("de"): the one
// installTranslation() installed last, "en" when it found none (the sources are English) or was
// not called. Sales with an e-mail send it, so that the customer's mail is in the same language.
QString uiLanguage();

} // namespace Marquee
