#pragma once

class QCoreApplication;

namespace Marquee {

// Parses the command line, brings up the database (embedded or external) and runs the server
// until it is asked to stop. Returns the process exit code.
int runServer(QCoreApplication &app);

} // namespace Marquee
