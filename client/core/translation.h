#pragma once

class QApplication;
class QString;

namespace Marquee {

// Switches the user interface language ("de", "en"; empty: the system's): Marquee's own
// translation from the resources of the executable (":/i18n") and Qt's (standard buttons, key
// names) from Qt's translations directory.
void installTranslation(QApplication &app, const QString &language);

} // namespace Marquee
