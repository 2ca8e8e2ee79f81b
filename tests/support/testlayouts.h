#pragma once

// Layouts for tests: the demo venues of resources/layouts, and the validator's verdict as text
// for assertion messages.

#include <string>

class QString;

namespace Marquee {
struct Layout;
}

// resources/layouts/<name>.json ("grand-hall"); an empty layout when it cannot be read.
Marquee::Layout loadDemoLayout(const QString &name);
// validateLayout()'s problems, one a line; empty for a valid layout.
std::string validationProblems(const Marquee::Layout &layout);
