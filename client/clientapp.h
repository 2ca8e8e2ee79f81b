#pragma once

class QApplication;
class QCoreApplication;
class QString;

namespace Marquee {

// True when the command line asks for --help or --version. main() answers those with a
// QCoreApplication (showHelpOrVersion()), as a QApplication aborts where there is no display.
bool asksForHelpOrVersion(int argc, char *argv[]);
// Prints the help or the version (the same option definitions as runClient()) and exits.
int showHelpOrVersion(QCoreApplication &app);

// Parses the command line, installs the translation, signs in and shows the main window.
// Returns the exit code.
int runClient(QApplication &app);

// Switches the user interface language ("de", "en"; empty: the system's).
void installTranslation(QApplication &app, const QString &language);

} // namespace Marquee
