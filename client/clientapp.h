#pragma once

class QApplication;
class QString;

namespace Marquee {

// Parses the command line, installs the translation, signs in and shows the main window.
// Returns the exit code.
int runClient(QApplication &app);

// Switches the user interface language ("de", "en"; empty: the system's).
void installTranslation(QApplication &app, const QString &language);

} // namespace Marquee
