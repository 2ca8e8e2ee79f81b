#pragma once

class QDateTime;
class QString;
class QTime;

namespace Marquee {

// Times as a box office shows them: the user's locale, hours and minutes (no seconds).
QString formatTime(const QTime &time);
QString formatDateTime(const QDateTime &dateTime);

} // namespace Marquee
