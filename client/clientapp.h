#pragma once

class QApplication;

namespace Marquee {

// Installs translations, parses the command line and shows the main window. Returns the exit code.
int runClient(QApplication &app);

} // namespace Marquee
