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
// A generated hall of exactly 5,000 seats, built with the row generators: 40 straight stalls rows
// (ids "st-A".."st-Z", "st-A1".."st-N1"; y = 4 + 1.2 r) of 80 seats in three blocks, 16 | 48 | 16,
// spaced 1.0 with 3.0 between the blocks (aisles; seat labels 1..80 from the left), and 20 curved
// circle rows ("ci-A".."ci-T", radius 110 + 1.2 r around (0, -40)) of 90 seats spaced 1.05,
// without gaps. A screen at (0, 0). The last stalls row has wheelchair spaces with companions at
// both ends of its middle block (seats 17 and 64 wheelchair, 18 and 63 companion); seat 1 of the
// first row is blocked. No best rows.
Marquee::Layout makeTestHall5000();
// validateLayout()'s problems, one a line; empty for a valid layout.
std::string validationProblems(const Marquee::Layout &layout);
