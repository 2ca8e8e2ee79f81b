#include "layoutedit.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace Marquee {

namespace {

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

LayoutPoint rotated(LayoutPoint p, LayoutPoint pivot, double cosA, double sinA)
{
    const double x = p.x - pivot.x;
    const double y = p.y - pivot.y;
    return {pivot.x + x * cosA - y * sinA, pivot.y + x * sinA + y * cosA};
}

// The letters rows are named with.
QString rowAlphabet(bool skipIAndO)
{
    QString letters;
    for (char16_t c = u'A'; c <= u'Z'; ++c) {
        if (skipIAndO && (c == u'I' || c == u'O'))
            continue;
        letters.append(QChar(c));
    }
    return letters;
}

// Gives the row's seats the labels of `options` and the ids that go with them.
void labelSeats(Row &row, const SeatLabelOptions &options)
{
    const QStringList labels = seatLabels(int(row.seats.size()), options);
    for (qsizetype i = 0; i < row.seats.size(); ++i) {
        row.seats[i].label = labels.at(i);
        row.seats[i].id = generatedSeatId(row.id, labels.at(i));
    }
}

Status checkSection(const QString &id, int rows)
{
    if (!isValidLayoutId(id))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The section needs an id of 1 to 64 letters, digits, '.', '_' or '-'."),
                         QStringLiteral("sectionId"));
    if (rows < 1 || rows > LayoutLimits::MaxRowsPerSection)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("A section has 1 to %1 rows.").arg(LayoutLimits::MaxRowsPerSection),
                         QStringLiteral("rows"));
    return {};
}

Status checkRowPitch(double rowPitch)
{
    if (!std::isfinite(rowPitch) || rowPitch < SeatSize || rowPitch > LayoutLimits::MaxCoordinate)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("Rows closer than a seat would overlap."),
                         QStringLiteral("rowPitch"));
    return {};
}

} // namespace

QString rowLabel(int index, const RowLabelOptions &options)
{
    if (options.style == RowLabelOptions::Style::Numbers)
        return QString::number(options.firstNumber + index);
    const QString letters = rowAlphabet(options.skipIAndO);
    const int n = int(letters.size());
    int start = int(letters.indexOf(options.firstLetter.toUpper()));
    if (start < 0) // a skipped or non-letter first letter: the next one that is used
        start = std::max<int>(0, int(std::count_if(letters.cbegin(), letters.cend(),
                                                   [&](QChar c) { return c < options.firstLetter.toUpper(); })));
    const int position = start + std::max(0, index);
    if (position < n)
        return QString(letters.at(position));
    if (options.style == RowLabelOptions::Style::LettersPaired && position < n + n * n) {
        const int rest = position - n;
        return QString(letters.at(rest / n)) + letters.at(rest % n);
    }
    // Theatre style: AA, BB, ... then AAA, BBB, ...
    return QString(position / n + 1, letters.at(position % n));
}

QStringList seatLabels(int count, const SeatLabelOptions &options)
{
    QStringList labels;
    if (count <= 0)
        return labels;
    labels.reserve(count);
    const int first = std::max(0, options.firstNumber);
    switch (options.scheme) {
    case SeatLabelOptions::Scheme::LeftToRight:
        for (int i = 0; i < count; ++i)
            labels.append(QString::number(first + i));
        return labels;
    case SeatLabelOptions::Scheme::RightToLeft:
        for (int i = 0; i < count; ++i)
            labels.append(QString::number(first + count - 1 - i));
        return labels;
    case SeatLabelOptions::Scheme::OddEven:
        break;
    }
    // Odd numbers on one side, even on the other, each counting outwards from the centre; the
    // middle seat of an odd count is on the odd side.
    const int firstOdd = first % 2 == 1 ? first : first + 1;
    const int firstEven = first % 2 == 0 ? first : first + 1;
    const int oddCount = (count + 1) / 2;
    const int evenCount = count - oddCount;
    QList<int> numbers(count);
    if (options.oddSide == SeatLabelOptions::Side::Right) {
        for (int k = 0; k < oddCount; ++k)
            numbers[evenCount + k] = firstOdd + 2 * k; // centre to the right
        for (int k = 0; k < evenCount; ++k)
            numbers[evenCount - 1 - k] = firstEven + 2 * k; // centre to the left
    } else {
        for (int k = 0; k < oddCount; ++k)
            numbers[oddCount - 1 - k] = firstOdd + 2 * k;
        for (int k = 0; k < evenCount; ++k)
            numbers[oddCount + k] = firstEven + 2 * k;
    }
    for (int number : std::as_const(numbers))
        labels.append(QString::number(number));
    return labels;
}

Result<Section> makeStraightBlock(const StraightBlockOptions &options)
{
    if (const Status status = checkSection(options.sectionId, options.rows); !status)
        return status.error();
    if (const Status status = checkRowPitch(options.rowPitch); !status)
        return status.error();
    if (!std::isfinite(options.rotationDegrees))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The rotation is not finite."), QStringLiteral("rotationDegrees"));
    const double a = radians(options.rotationDegrees);
    const double cosA = std::cos(a), sinA = std::sin(a);
    RowSeatOptions seats;
    seats.count = options.seatsPerRow;
    seats.spacing = options.seatPitch;
    seats.categoryId = options.categoryId;

    Section section;
    section.id = options.sectionId;
    section.name = options.sectionName.isEmpty() ? options.sectionId : options.sectionName; // renamed later
    section.rows.reserve(options.rows);
    for (int r = 0; r < options.rows; ++r) {
        const QString label = rowLabel(r, options.rowLabels);
        const double shift = options.stagger && r % 2 == 1 ? options.seatPitch / 2.0 : 0.0;
        const LayoutPoint first = rotated({options.origin.x + shift, options.origin.y + r * options.rowPitch}, options.origin, cosA, sinA);
        auto row = makeStraightRow(options.sectionId + u'-' + label, label, first, seats, options.rotationDegrees);
        if (!row)
            return row.error();
        labelSeats(*row, options.seatLabels);
        section.rows.append(std::move(*row));
    }
    return section;
}

Result<Section> makeCurvedBlock(const CurvedBlockOptions &options)
{
    if (const Status status = checkSection(options.sectionId, options.rows); !status)
        return status.error();
    if (const Status status = checkRowPitch(options.rowPitch); !status)
        return status.error();
    if (!std::isfinite(options.spanDegrees) || options.spanDegrees <= 0.0 || options.spanDegrees >= 360.0)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The span is between 0 and 360 degrees."), QStringLiteral("spanDegrees"));
    if (!std::isfinite(options.seatPitch) || options.seatPitch < SeatSize)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("Seats closer than a seat would overlap."), QStringLiteral("seatPitch"));
    if (!std::isfinite(options.firstRadius) || options.firstRadius * 2.0 < options.seatPitch)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The front row's radius is too small for one seat pitch."),
                         QStringLiteral("firstRadius"));
    const double span = radians(options.spanDegrees);

    Section section;
    section.id = options.sectionId;
    section.name = options.sectionName.isEmpty() ? options.sectionId : options.sectionName; // renamed later
    section.rows.reserve(options.rows);
    for (int r = 0; r < options.rows; ++r) {
        const double radius = options.firstRadius + r * options.rowPitch;
        // The angle one seat pitch (a chord) takes at this radius; as many seats as the span holds.
        const double step = 2.0 * std::asin(std::min(1.0, options.seatPitch / (2.0 * radius)));
        RowSeatOptions seats;
        seats.count = std::clamp(int(std::floor(span / step + 1e-9)) + 1, 1, LayoutLimits::MaxSeatsPerRow);
        seats.spacing = options.seatPitch;
        seats.categoryId = options.categoryId;
        const QString label = rowLabel(r, options.rowLabels);
        auto row = makeCurvedRow(options.sectionId + u'-' + label, label, options.centre, radius, seats, options.middleDegrees);
        if (!row)
            return row.error();
        labelSeats(*row, options.seatLabels);
        section.rows.append(std::move(*row));
    }
    return section;
}

bool setCurvedBlockCurve(CurvedBlockOptions &options, double curve, int frontRowSeats)
{
    if (!std::isfinite(curve) || curve <= 0.0 || curve > 1.0 || frontRowSeats < 2
        || frontRowSeats > LayoutLimits::MaxSeatsPerRow || !std::isfinite(options.seatPitch) || options.seatPitch <= 0.0)
        return false;
    // The sagitta over half the chord is tan(span / 4).
    const double span = 4.0 * std::atan(curve);
    const double step = span / double(frontRowSeats - 1);
    options.spanDegrees = span * 180.0 / std::numbers::pi;
    options.firstRadius = options.seatPitch / (2.0 * std::sin(step / 2.0));
    return true;
}

Result<Row> makeRowBetween(const QString &id, const QString &label, LayoutPoint start, LayoutPoint end, int count,
                           double curve, const SeatLabelOptions &labels, const QString &categoryId)
{
    if (count < 1 || count > LayoutLimits::MaxSeatsPerRow)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("A row has 1 to %1 seats.").arg(LayoutLimits::MaxSeatsPerRow),
                         QStringLiteral("count"));
    if (!std::isfinite(curve) || std::abs(curve) > 1.0)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The curve is between -1 and 1."), QStringLiteral("curve"));
    const double dx = end.x - start.x, dy = end.y - start.y;
    const double chord = std::hypot(dx, dy);
    RowSeatOptions seats;
    seats.count = count;
    seats.categoryId = categoryId;
    Result<Row> row = makeError(ErrorCode::Internal, QString());
    if (count == 1 || curve == 0.0) {
        seats.spacing = count == 1 ? SeatSize : chord / (count - 1);
        row = makeStraightRow(id, label, start, seats, std::atan2(dy, dx) * 180.0 / std::numbers::pi);
    } else {
        // The circle through both ends whose arc bows by the sagitta s towards the row's left-hand
        // normal (+y for a row drawn left to right).
        const double s = curve * chord / 2.0;
        const double radius = (chord * chord / 4.0 + s * s) / (2.0 * std::abs(s));
        const LayoutPoint normal{-dy / chord, dx / chord};
        const LayoutPoint middle{(start.x + end.x) / 2.0, (start.y + end.y) / 2.0};
        const double towardsCentre = s - std::copysign(radius, s);
        const LayoutPoint centre{middle.x + normal.x * towardsCentre, middle.y + normal.y * towardsCentre};
        const double a0 = std::atan2(start.y - centre.y, start.x - centre.x);
        const double a1 = std::atan2(end.y - centre.y, end.x - centre.x);
        const double am = std::atan2(middle.y + normal.y * s - centre.y, middle.x + normal.x * s - centre.x);
        const auto wrap = [](double a) { return std::remainder(a, 2.0 * std::numbers::pi); };
        double delta = wrap(a1 - a0);
        // Go the way that passes the arc's middle.
        if (std::abs(wrap(am - a0)) > std::abs(delta) || std::signbit(wrap(am - a0)) != std::signbit(delta))
            delta = delta > 0 ? delta - 2.0 * std::numbers::pi : delta + 2.0 * std::numbers::pi;
        const double stepAngle = delta / (count - 1);
        if (2.0 * radius * std::sin(std::abs(stepAngle) / 2.0) < SeatSize - 1e-9)
            return makeError(ErrorCode::InvalidValue, QStringLiteral("The seats would overlap: fewer seats, or a longer row."),
                             QStringLiteral("count"));
        Row curved;
        curved.id = id;
        curved.label = label;
        curved.kind = RowKind::Curved;
        curved.centre = centre;
        curved.radius = radius;
        for (int i = 0; i < count; ++i) {
            const double a = a0 + stepAngle * i;
            Seat seat;
            seat.position = {centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)};
            seat.categoryId = categoryId;
            curved.seats.append(seat);
        }
        row = curved;
    }
    if (!row)
        return row.error();
    labelSeats(*row, labels);
    return row;
}

void renumberRows(Section &section, const RowLabelOptions &options)
{
    for (qsizetype i = 0; i < section.rows.size(); ++i)
        section.rows[i].label = rowLabel(int(i), options);
}

void renumberSeats(Row &row, const SeatLabelOptions &options)
{
    const QStringList labels = seatLabels(int(row.seats.size()), options);
    for (qsizetype i = 0; i < row.seats.size(); ++i)
        row.seats[i].label = labels.at(i);
}

void moveSeats(Layout &layout, const QSet<QString> &seatIds, double dx, double dy)
{
    moveElements(layout, seatIds, dx, dy);
}

void rotateSection(Section &section, double degrees, LayoutPoint pivot)
{
    const double a = radians(degrees);
    const double cosA = std::cos(a), sinA = std::sin(a);
    for (Row &row : section.rows) {
        for (Seat &seat : row.seats)
            seat.position = rotated(seat.position, pivot, cosA, sinA);
        if (row.kind == RowKind::Curved)
            row.centre = rotated(row.centre, pivot, cosA, sinA);
    }
}

LayoutPoint sectionCentre(const Section &section)
{
    bool any = false;
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (const Row &row : section.rows) {
        for (const Seat &seat : row.seats) {
            if (!any) {
                minX = maxX = seat.position.x;
                minY = maxY = seat.position.y;
                any = true;
            }
            minX = std::min(minX, seat.position.x);
            maxX = std::max(maxX, seat.position.x);
            minY = std::min(minY, seat.position.y);
            maxY = std::max(maxY, seat.position.y);
        }
    }
    return {(minX + maxX) / 2.0, (minY + maxY) / 2.0};
}

} // namespace Marquee

// --- the layout studio's edits on a selection ---

namespace Marquee {

namespace {

bool isIdCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.'
           || u == u'_' || u == u'-';
}

// A label as a part of an id: characters an id may not hold become '_'.
QString idPart(const QString &label)
{
    QString part = label.left(LayoutLimits::MaxIdLength);
    for (QChar &c : part) {
        if (!isIdCharacter(c))
            c = u'_';
    }
    return part.isEmpty() ? QStringLiteral("_") : part;
}

double distanceBetween(LayoutPoint a, LayoutPoint b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

// Calls f(Row &row, const QList<qsizetype> &picked) for every row that holds selected seats, with
// the indexes of those seats. Only these rows are detached (written to).
template<typename F>
void forSelectedRows(Layout &layout, const QSet<QString> &ids, F &&f)
{
    if (ids.isEmpty())
        return;
    QList<qsizetype> picked;
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        for (qsizetype r = 0; r < layout.sections.at(s).rows.size(); ++r) {
            const Row &row = layout.sections.at(s).rows.at(r);
            picked.clear();
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                if (ids.contains(row.seats.at(i).id))
                    picked.append(i);
            }
            if (!picked.isEmpty())
                f(layout.sections[s].rows[r], std::as_const(picked));
        }
    }
}

// One thing that moves as a whole in align and distribute (see alignElements()).
struct Unit
{
    enum class Kind { Seats, Aisle, Text, Stage };
    Kind kind = Kind::Seats;
    qsizetype section = -1; // Seats
    qsizetype row = -1;     // Seats
    qsizetype index = -1;   // Aisle, Text
    QList<qsizetype> seats; // Seats: the selected ones
    double left = 0.0, right = 0.0, top = 0.0, bottom = 0.0;

    void include(LayoutPoint p, bool first)
    {
        left = first ? p.x : std::min(left, p.x);
        right = first ? p.x : std::max(right, p.x);
        top = first ? p.y : std::min(top, p.y);
        bottom = first ? p.y : std::max(bottom, p.y);
    }
    double centreX() const { return (left + right) / 2.0; }
    double centreY() const { return (top + bottom) / 2.0; }
};

QList<Unit> selectedUnits(const Layout &layout, const QSet<QString> &ids)
{
    QList<Unit> units;
    if (ids.isEmpty())
        return units;
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        const Section &section = layout.sections.at(s);
        for (qsizetype r = 0; r < section.rows.size(); ++r) {
            const Row &row = section.rows.at(r);
            Unit unit;
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                if (!ids.contains(row.seats.at(i).id))
                    continue;
                unit.include(row.seats.at(i).position, unit.seats.isEmpty());
                unit.seats.append(i);
            }
            if (unit.seats.isEmpty())
                continue;
            unit.section = s;
            unit.row = r;
            units.append(unit);
        }
    }
    for (qsizetype a = 0; a < layout.aisles.size(); ++a) {
        const Aisle &aisle = layout.aisles.at(a);
        if (!ids.contains(aisle.id))
            continue;
        Unit unit;
        unit.kind = Unit::Kind::Aisle;
        unit.index = a;
        unit.include(aisle.from, true);
        unit.include(aisle.to, false);
        units.append(unit);
    }
    for (qsizetype t = 0; t < layout.labels.size(); ++t) {
        if (!ids.contains(layout.labels.at(t).id))
            continue;
        Unit unit;
        unit.kind = Unit::Kind::Text;
        unit.index = t;
        unit.include(layout.labels.at(t).position, true);
        units.append(unit);
    }
    if (ids.contains(stageElementId())) {
        Unit unit;
        unit.kind = Unit::Kind::Stage;
        unit.include(layout.stage.position, true);
        units.append(unit);
    }
    return units;
}

// Maps every point of a unit; a curved row whose seats all take part keeps its arc.
template<typename Map>
void transformUnit(Layout &layout, const Unit &unit, Map &&map)
{
    switch (unit.kind) {
    case Unit::Kind::Seats: {
        Row &row = layout.sections[unit.section].rows[unit.row];
        for (const qsizetype i : unit.seats)
            row.seats[i].position = map(row.seats.at(i).position);
        if (row.kind == RowKind::Curved && unit.seats.size() == row.seats.size())
            row.centre = map(row.centre);
        break;
    }
    case Unit::Kind::Aisle: {
        Aisle &aisle = layout.aisles[unit.index];
        aisle.from = map(aisle.from);
        aisle.to = map(aisle.to);
        break;
    }
    case Unit::Kind::Text:
        layout.labels[unit.index].position = map(layout.labels.at(unit.index).position);
        break;
    case Unit::Kind::Stage:
        layout.stage.position = map(layout.stage.position);
        break;
    }
}

void translateUnit(Layout &layout, const Unit &unit, double dx, double dy)
{
    if (dx == 0.0 && dy == 0.0)
        return;
    transformUnit(layout, unit, [dx, dy](LayoutPoint p) { return LayoutPoint{p.x + dx, p.y + dy}; });
}

// An id that nothing uses and that begins no used id followed by '-'.
QString freshPrefixId(const QSet<QString> &used, const QString &base)
{
    for (int n = 1;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (used.contains(candidate))
            continue;
        const QString prefix = candidate + u'-';
        if (std::none_of(used.cbegin(), used.cend(), [&prefix](const QString &id) { return id.startsWith(prefix); }))
            return candidate;
    }
}

QString nextRowLabel(const Section &section)
{
    QSet<QString> labels;
    for (const Row &row : section.rows)
        labels.insert(row.label);
    for (int i = 0;; ++i) {
        const QString label = rowLabel(i);
        if (!labels.contains(label))
            return label;
    }
}

QString nextSeatLabel(const Row &row)
{
    QSet<QString> labels;
    int highest = 0;
    for (const Seat &seat : row.seats) {
        labels.insert(seat.label);
        bool ok = false;
        const int number = seat.label.toInt(&ok);
        if (ok)
            highest = std::max(highest, number);
    }
    for (int n = highest + 1;; ++n) {
        if (!labels.contains(QString::number(n)))
            return QString::number(n);
    }
}

// Gives a row, and its seats, ids of the form the generators use, fresh in `used`.
void giveFreshIds(Row &row, const QString &sectionId, QSet<QString> &used)
{
    row.id = uniqueElementId(used, sectionId + u'-' + idPart(row.label));
    used.insert(row.id);
    for (Seat &seat : row.seats) {
        seat.id = uniqueElementId(used, generatedSeatId(row.id, idPart(seat.label)));
        used.insert(seat.id);
    }
}

// Appends a section; with fresh ids when asked to or when one of its ids is taken. Its name is
// made unique. Returns its seats' ids.
QSet<QString> adoptSection(Layout &layout, Section section, QSet<QString> &used, bool freshIds)
{
    bool clash = used.contains(section.id) || !isValidLayoutId(section.id);
    for (const Row &row : std::as_const(section.rows)) {
        clash = clash || used.contains(row.id);
        for (const Seat &seat : row.seats)
            clash = clash || used.contains(seat.id);
    }
    if (freshIds || clash) {
        section.id = freshPrefixId(used, QStringLiteral("section"));
        used.insert(section.id);
        for (Row &row : section.rows)
            giveFreshIds(row, section.id, used);
    } else {
        used.insert(section.id);
        for (const Row &row : std::as_const(section.rows)) {
            used.insert(row.id);
            for (const Seat &seat : row.seats)
                used.insert(seat.id);
        }
    }
    section.name = freshSectionName(layout, section.name.isEmpty() ? section.id : section.name);
    QSet<QString> seatIds;
    for (const Row &row : std::as_const(section.rows)) {
        for (const Seat &seat : row.seats)
            seatIds.insert(seat.id);
    }
    layout.sections.append(std::move(section));
    return seatIds;
}

Status notFound(const QString &what, const QString &id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("There is no %1 \"%2\".").arg(what, id), QStringLiteral("id"));
}

Status checkText(const QString &text, int maxLength, const QString &field)
{
    if (!isValidLayoutLabel(text, maxLength))
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("Expected 1 to %1 printable characters.").arg(maxLength), field);
    return {};
}

Status checkPoint(LayoutPoint p, const QString &field)
{
    if (!isValidCoordinate(p.x) || !isValidCoordinate(p.y))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The position is out of range."), field);
    return {};
}

Status checkSeatRoom(const Layout &layout, qsizetype more)
{
    if (layout.seatCount() + more > LayoutLimits::MaxSeats)
        return makeError(ErrorCode::TooManyItems, QStringLiteral("A layout holds at most %1 seats.").arg(LayoutLimits::MaxSeats),
                         QStringLiteral("/sections"));
    return {};
}

qsizetype categoryIndex(const Layout &layout, const QString &categoryId)
{
    for (qsizetype i = 0; i < layout.categories.size(); ++i) {
        if (layout.categories.at(i).id == categoryId)
            return i;
    }
    return -1;
}

} // namespace

QString stageElementId()
{
    return QStringLiteral("#stage");
}

namespace {

template<typename Group>
QSet<QString> seatsOfGroups(const Layout &layout, const QSet<QString> &seatIds, Group &&group)
{
    QSet<QString> out;
    for (const Section &section : layout.sections) {
        for (const Row &row : section.rows) {
            for (const Seat &seat : row.seats) {
                if (!seatIds.contains(seat.id))
                    continue;
                group(section, row, out);
                break;
            }
        }
    }
    return out;
}

void addSeatsOf(const Row &row, QSet<QString> &out)
{
    for (const Seat &seat : row.seats)
        out.insert(seat.id);
}

} // namespace

QSet<QString> seatsOfRows(const Layout &layout, const QSet<QString> &seatIds)
{
    return seatsOfGroups(layout, seatIds, [](const Section &, const Row &row, QSet<QString> &out) { addSeatsOf(row, out); });
}

QSet<QString> seatsOfSections(const Layout &layout, const QSet<QString> &seatIds)
{
    return seatsOfGroups(layout, seatIds, [](const Section &section, const Row &, QSet<QString> &out) {
        for (const Row &row : section.rows)
            addSeatsOf(row, out);
    });
}

QSet<QString> elementIds(const Layout &layout)
{
    QSet<QString> ids;
    ids.reserve(layout.seatCount() + layout.aisles.size() + layout.labels.size() + 64);
    for (const Section &section : layout.sections) {
        ids.insert(section.id);
        for (const Row &row : section.rows) {
            ids.insert(row.id);
            for (const Seat &seat : row.seats)
                ids.insert(seat.id);
        }
    }
    for (const Aisle &aisle : layout.aisles)
        ids.insert(aisle.id);
    for (const TextLabel &label : layout.labels)
        ids.insert(label.id);
    return ids;
}

QString uniqueElementId(const QSet<QString> &usedIds, const QString &base)
{
    QString stem = base.left(LayoutLimits::MaxIdLength);
    if (!usedIds.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString suffix = u'-' + QString::number(n);
        const QString candidate = stem.left(LayoutLimits::MaxIdLength - suffix.size()) + suffix;
        if (!usedIds.contains(candidate))
            return candidate;
    }
}

QString freshSectionId(const Layout &layout)
{
    return freshPrefixId(elementIds(layout), QStringLiteral("section"));
}

QString freshSectionName(const Layout &layout, const QString &base)
{
    QSet<QString> names;
    for (const Section &section : layout.sections)
        names.insert(section.name);
    const QString stem = base.left(LayoutLimits::MaxNameLength - 6);
    if (!names.contains(stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = stem + u' ' + QString::number(n);
        if (!names.contains(candidate))
            return candidate;
    }
}

void moveElements(Layout &layout, const QSet<QString> &ids, double dx, double dy)
{
    for (const Unit &unit : selectedUnits(layout, ids))
        translateUnit(layout, unit, dx, dy);
}

void rotateElements(Layout &layout, const QSet<QString> &ids, double degrees, LayoutPoint pivot)
{
    const double a = radians(degrees);
    const double cosA = std::cos(a), sinA = std::sin(a);
    for (const Unit &unit : selectedUnits(layout, ids))
        transformUnit(layout, unit, [&](LayoutPoint p) { return rotated(p, pivot, cosA, sinA); });
}

std::optional<LayoutPoint> selectionCentre(const Layout &layout, const QSet<QString> &ids)
{
    const QList<Unit> units = selectedUnits(layout, ids);
    if (units.isEmpty())
        return std::nullopt;
    Unit all;
    for (qsizetype i = 0; i < units.size(); ++i) {
        all.include({units.at(i).left, units.at(i).top}, i == 0);
        all.include({units.at(i).right, units.at(i).bottom}, false);
    }
    return LayoutPoint{all.centreX(), all.centreY()};
}

void alignElements(Layout &layout, const QSet<QString> &ids, AlignEdge edge)
{
    const QList<Unit> units = selectedUnits(layout, ids);
    if (units.size() < 2)
        return;
    double target = 0.0;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const Unit &u = units.at(i);
        switch (edge) {
        case AlignEdge::Left:
            target = i == 0 ? u.left : std::min(target, u.left);
            break;
        case AlignEdge::Right:
            target = i == 0 ? u.right : std::max(target, u.right);
            break;
        case AlignEdge::Top:
            target = i == 0 ? u.top : std::min(target, u.top);
            break;
        case AlignEdge::Bottom:
            target = i == 0 ? u.bottom : std::max(target, u.bottom);
            break;
        }
    }
    for (const Unit &u : units) {
        switch (edge) {
        case AlignEdge::Left:
            translateUnit(layout, u, target - u.left, 0.0);
            break;
        case AlignEdge::Right:
            translateUnit(layout, u, target - u.right, 0.0);
            break;
        case AlignEdge::Top:
            translateUnit(layout, u, 0.0, target - u.top);
            break;
        case AlignEdge::Bottom:
            translateUnit(layout, u, 0.0, target - u.bottom);
            break;
        }
    }
}

void distributeElements(Layout &layout, const QSet<QString> &ids, DistributeAxis axis)
{
    QList<Unit> units = selectedUnits(layout, ids);
    if (units.size() < 3)
        return;
    const bool horizontal = axis == DistributeAxis::Horizontal;
    const auto centre = [horizontal](const Unit &u) { return horizontal ? u.centreX() : u.centreY(); };
    std::stable_sort(units.begin(), units.end(), [&](const Unit &a, const Unit &b) { return centre(a) < centre(b); });
    const double first = centre(units.constFirst());
    const double step = (centre(units.constLast()) - first) / double(units.size() - 1);
    for (qsizetype i = 1; i + 1 < units.size(); ++i) {
        const double shift = first + step * double(i) - centre(units.at(i));
        translateUnit(layout, units.at(i), horizontal ? shift : 0.0, horizontal ? 0.0 : shift);
    }
}

int removeElements(Layout &layout, const QSet<QString> &ids)
{
    if (ids.isEmpty())
        return 0;
    int removed = 0;
    for (qsizetype s = layout.sections.size() - 1; s >= 0; --s) {
        bool emptied = false;
        for (qsizetype r = layout.sections.at(s).rows.size() - 1; r >= 0; --r) {
            const Row &row = layout.sections.at(s).rows.at(r);
            const bool any = std::any_of(row.seats.cbegin(), row.seats.cend(),
                                         [&ids](const Seat &seat) { return ids.contains(seat.id); });
            if (!any)
                continue;
            QList<Seat> &seats = layout.sections[s].rows[r].seats;
            removed += int(seats.removeIf([&ids](const Seat &seat) { return ids.contains(seat.id); }));
            if (seats.isEmpty()) {
                layout.sections[s].rows.removeAt(r);
                emptied = true;
            }
        }
        if (emptied && layout.sections.at(s).rows.isEmpty())
            layout.sections.removeAt(s);
    }
    const auto aisleSelected = [&ids](const Aisle &aisle) { return ids.contains(aisle.id); };
    if (std::any_of(layout.aisles.cbegin(), layout.aisles.cend(), aisleSelected))
        removed += int(layout.aisles.removeIf(aisleSelected));
    const auto textSelected = [&ids](const TextLabel &label) { return ids.contains(label.id); };
    if (std::any_of(layout.labels.cbegin(), layout.labels.cend(), textSelected))
        removed += int(layout.labels.removeIf(textSelected));
    return removed;
}

Layout copyElements(const Layout &layout, const QSet<QString> &ids)
{
    Layout fragment;
    fragment.name = layout.name;
    fragment.version = layout.version;
    fragment.stage = layout.stage;
    QSet<QString> categories;
    for (const Section &section : layout.sections) {
        Section part{section.id, section.name, {}};
        for (const Row &row : section.rows) {
            Row copy = row;
            copy.seats.clear();
            for (const Seat &seat : row.seats) {
                if (!ids.contains(seat.id))
                    continue;
                copy.seats.append(seat);
                categories.insert(seat.categoryId);
            }
            if (!copy.seats.isEmpty())
                part.rows.append(copy);
        }
        if (!part.rows.isEmpty())
            fragment.sections.append(part);
    }
    for (const Category &category : layout.categories) {
        if (categories.contains(category.id))
            fragment.categories.append(category);
    }
    for (const Aisle &aisle : layout.aisles) {
        if (ids.contains(aisle.id))
            fragment.aisles.append(aisle);
    }
    for (const TextLabel &label : layout.labels) {
        if (ids.contains(label.id))
            fragment.labels.append(label);
    }
    return fragment;
}

QSet<QString> pasteElements(Layout &layout, const Layout &fragment, double dx, double dy)
{
    const auto shifted = [dx, dy](LayoutPoint p) { return LayoutPoint{p.x + dx, p.y + dy}; };
    QHash<QString, QString> categoryFor; // fragment category -> the one its seats get here
    for (const Category &category : fragment.categories) {
        if (categoryIndex(layout, category.id) >= 0)
            continue;
        if (layout.categories.size() < LayoutLimits::MaxCategories)
            layout.categories.append(category);
        else
            categoryFor.insert(category.id, layout.categories.constFirst().id);
    }
    QSet<QString> used = elementIds(layout);
    QSet<QString> added;
    for (Section section : fragment.sections) {
        for (Row &row : section.rows) {
            row.centre = shifted(row.centre);
            for (Seat &seat : row.seats) {
                seat.position = shifted(seat.position);
                seat.categoryId = categoryFor.value(seat.categoryId, seat.categoryId);
            }
        }
        added.unite(adoptSection(layout, std::move(section), used, true));
    }
    for (Aisle aisle : fragment.aisles) {
        if (layout.aisles.size() >= LayoutLimits::MaxAisles)
            break;
        aisle.id = uniqueElementId(used, aisle.id);
        aisle.from = shifted(aisle.from);
        aisle.to = shifted(aisle.to);
        used.insert(aisle.id);
        added.insert(aisle.id);
        layout.aisles.append(aisle);
    }
    for (TextLabel label : fragment.labels) {
        if (layout.labels.size() >= LayoutLimits::MaxTextLabels)
            break;
        label.id = uniqueElementId(used, label.id);
        label.position = shifted(label.position);
        used.insert(label.id);
        added.insert(label.id);
        layout.labels.append(label);
    }
    return added;
}

int setSeatsCategory(Layout &layout, const QSet<QString> &seatIds, const QString &categoryId)
{
    int changed = 0;
    forSelectedRows(layout, seatIds, [&](Row &row, const QList<qsizetype> &picked) {
        for (const qsizetype i : picked) {
            if (row.seats.at(i).categoryId != categoryId) {
                row.seats[i].categoryId = categoryId;
                ++changed;
            }
        }
    });
    return changed;
}

int setSeatsFlag(Layout &layout, const QSet<QString> &seatIds, SeatFlag flag, bool on)
{
    int changed = 0;
    forSelectedRows(layout, seatIds, [&](Row &row, const QList<qsizetype> &picked) {
        for (const qsizetype i : picked) {
            if (row.seats.at(i).flags.testFlag(flag) != on) {
                row.seats[i].flags.setFlag(flag, on);
                ++changed;
            }
        }
    });
    return changed;
}

void renumberElements(Layout &layout, const QSet<QString> &seatIds, const RowLabelOptions *rows,
                      const SeatLabelOptions *seats)
{
    if (rows) {
        for (qsizetype s = 0; s < layout.sections.size(); ++s) {
            int next = 0;
            for (qsizetype r = 0; r < layout.sections.at(s).rows.size(); ++r) {
                const Row &row = layout.sections.at(s).rows.at(r);
                const bool any = std::any_of(row.seats.cbegin(), row.seats.cend(),
                                             [&seatIds](const Seat &seat) { return seatIds.contains(seat.id); });
                if (!any)
                    continue;
                const QString label = rowLabel(next++, *rows);
                if (row.label != label)
                    layout.sections[s].rows[r].label = label;
            }
        }
    }
    if (seats) {
        forSelectedRows(layout, seatIds, [&](Row &row, const QList<qsizetype> &picked) {
            const QStringList labels = seatLabels(int(picked.size()), *seats);
            for (qsizetype k = 0; k < picked.size(); ++k)
                row.seats[picked.at(k)].label = labels.at(k);
        });
    }
}

Status setSeatLabel(Layout &layout, const QString &seatId, const QString &label)
{
    if (const Status status = checkText(label, LayoutLimits::MaxLabelLength, QStringLiteral("label")); !status)
        return status;
    const SeatLocation at = layout.findSeat(seatId).location;
    if (!at.isValid())
        return notFound(QStringLiteral("seat"), seatId);
    layout.sections[at.section].rows[at.row].seats[at.seat].label = label;
    return {};
}

Status setRowLabel(Layout &layout, const QString &rowId, const QString &label)
{
    if (const Status status = checkText(label, LayoutLimits::MaxLabelLength, QStringLiteral("label")); !status)
        return status;
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        for (qsizetype r = 0; r < layout.sections.at(s).rows.size(); ++r) {
            if (layout.sections.at(s).rows.at(r).id == rowId) {
                layout.sections[s].rows[r].label = label;
                return {};
            }
        }
    }
    return notFound(QStringLiteral("row"), rowId);
}

Status setRowsBest(Layout &layout, const QSet<QString> &rowIds, bool best)
{
    QSet<QString> found;
    for (const Section &section : std::as_const(layout.sections)) {
        for (const Row &row : section.rows) {
            if (rowIds.contains(row.id))
                found.insert(row.id);
        }
    }
    for (const QString &id : rowIds) {
        if (!found.contains(id))
            return notFound(QStringLiteral("row"), id);
    }
    for (Section &section : layout.sections) {
        for (Row &row : section.rows) {
            if (rowIds.contains(row.id))
                row.best = best;
        }
    }
    return {};
}

Status setSectionName(Layout &layout, const QString &sectionId, const QString &name)
{
    if (const Status status = checkText(name, LayoutLimits::MaxNameLength, QStringLiteral("name")); !status)
        return status;
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        if (layout.sections.at(s).id == sectionId) {
            layout.sections[s].name = name;
            return {};
        }
    }
    return notFound(QStringLiteral("section"), sectionId);
}

Result<QString> addCategory(Layout &layout, const QString &name, const QString &colour)
{
    if (const Status status = checkText(name, LayoutLimits::MaxNameLength, QStringLiteral("name")); !status)
        return status.error();
    if (!isValidColour(colour))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("A colour is written #rrggbb."), QStringLiteral("colour"));
    if (layout.categories.size() >= LayoutLimits::MaxCategories)
        return makeError(ErrorCode::TooManyItems,
                         QStringLiteral("A layout has at most %1 categories.").arg(LayoutLimits::MaxCategories),
                         QStringLiteral("/categories"));
    QString stem = idPart(name.trimmed().toLower());
    stem.replace(u'_', u'-');
    QSet<QString> used;
    for (const Category &category : std::as_const(layout.categories))
        used.insert(category.id);
    const QString id = uniqueElementId(used, stem.left(32));
    layout.categories.append(Category{id, name, colour});
    return id;
}

Status renameCategory(Layout &layout, const QString &categoryId, const QString &name)
{
    if (const Status status = checkText(name, LayoutLimits::MaxNameLength, QStringLiteral("name")); !status)
        return status;
    const qsizetype i = categoryIndex(layout, categoryId);
    if (i < 0)
        return notFound(QStringLiteral("category"), categoryId);
    layout.categories[i].name = name;
    return {};
}

Status recolourCategory(Layout &layout, const QString &categoryId, const QString &colour)
{
    if (!isValidColour(colour))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("A colour is written #rrggbb."), QStringLiteral("colour"));
    const qsizetype i = categoryIndex(layout, categoryId);
    if (i < 0)
        return notFound(QStringLiteral("category"), categoryId);
    layout.categories[i].colour = colour;
    return {};
}

Status removeCategory(Layout &layout, const QString &categoryId)
{
    const qsizetype i = categoryIndex(layout, categoryId);
    if (i < 0)
        return notFound(QStringLiteral("category"), categoryId);
    qsizetype users = 0;
    layout.forEachSeat([&](const Section &, const Row &, const Seat &seat) { users += seat.categoryId == categoryId ? 1 : 0; });
    if (users > 0)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("%1 seats still have the category \"%2\".").arg(users).arg(layout.categories.at(i).name),
                         QStringLiteral("id"));
    layout.categories.removeAt(i);
    return {};
}

Result<QString> addSeat(Layout &layout, LayoutPoint position, const QString &categoryId)
{
    if (const Status status = checkPoint(position, QStringLiteral("position")); !status)
        return status.error();
    if (const Status status = checkSeatRoom(layout, 1); !status)
        return status.error();
    SeatLocation nearest;
    double nearestDistance = 0.0;
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        for (qsizetype r = 0; r < layout.sections.at(s).rows.size(); ++r) {
            const QList<Seat> &seats = layout.sections.at(s).rows.at(r).seats;
            for (qsizetype i = 0; i < seats.size(); ++i) {
                const double d = distanceBetween(seats.at(i).position, position);
                if (!nearest.isValid() || d < nearestDistance) {
                    nearest = SeatLocation{s, r, i};
                    nearestDistance = d;
                }
            }
        }
    }
    Seat seat;
    seat.position = position;
    seat.categoryId = categoryId;
    if (nearest.isValid() && nearestDistance <= JoinDistance
        && layout.sections.at(nearest.section).rows.at(nearest.row).seats.size() < LayoutLimits::MaxSeatsPerRow) {
        const QSet<QString> used = elementIds(layout);
        Row &row = layout.sections[nearest.section].rows[nearest.row];
        // In the row's order: along the line from its first to its last seat.
        const LayoutPoint first = row.seats.constFirst().position;
        const LayoutPoint last = row.seats.constLast().position;
        const double length = distanceBetween(first, last);
        const LayoutPoint direction = length > 1e-9 ? LayoutPoint{(last.x - first.x) / length, (last.y - first.y) / length}
                                                    : LayoutPoint{1.0, 0.0};
        const auto along = [&](LayoutPoint p) { return (p.x - first.x) * direction.x + (p.y - first.y) * direction.y; };
        qsizetype at = 0;
        while (at < row.seats.size() && along(row.seats.at(at).position) < along(position))
            ++at;
        seat.label = nextSeatLabel(row);
        seat.id = uniqueElementId(used, generatedSeatId(row.id, idPart(seat.label)));
        row.seats.insert(at, seat);
        return seat.id;
    }
    Row row;
    row.label = QStringLiteral("1");
    seat.label = QStringLiteral("1");
    row.seats.append(seat);
    const Result<QString> rowId = addRow(layout, row);
    if (!rowId)
        return rowId.error();
    for (const Section &section : std::as_const(layout.sections)) {
        for (const Row &r : section.rows) {
            if (r.id == *rowId)
                return r.seats.constFirst().id;
        }
    }
    return makeError(ErrorCode::Internal, QStringLiteral("The new row went missing."));
}

Result<QString> addRow(Layout &layout, Row row)
{
    if (row.seats.isEmpty() || row.seats.size() > LayoutLimits::MaxSeatsPerRow)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("A row has 1 to %1 seats.").arg(LayoutLimits::MaxSeatsPerRow), QStringLiteral("count"));
    if (const Status status = checkSeatRoom(layout, row.seats.size()); !status)
        return status.error();
    for (const Seat &seat : std::as_const(row.seats)) {
        if (const Status status = checkPoint(seat.position, QStringLiteral("position")); !status)
            return status.error();
    }
    // The section whose seats come nearest to the row's ends or middle, within NewRowDistance.
    const QList<LayoutPoint> probes{row.seats.constFirst().position, row.seats.at(row.seats.size() / 2).position,
                                    row.seats.constLast().position};
    qsizetype target = -1;
    double best = NewRowDistance;
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        if (layout.sections.at(s).rows.size() >= LayoutLimits::MaxRowsPerSection)
            continue;
        for (const Row &other : layout.sections.at(s).rows) {
            for (const Seat &seat : other.seats) {
                for (const LayoutPoint probe : probes) {
                    const double d = distanceBetween(seat.position, probe);
                    if (d <= best) {
                        best = d;
                        target = s;
                    }
                }
            }
        }
    }
    QSet<QString> used = elementIds(layout);
    if (target < 0) {
        if (layout.sections.size() >= LayoutLimits::MaxSections)
            return makeError(ErrorCode::TooManyItems,
                             QStringLiteral("A layout has at most %1 sections.").arg(LayoutLimits::MaxSections),
                             QStringLiteral("/sections"));
        const QString id = freshPrefixId(used, QStringLiteral("section"));
        layout.sections.append(Section{id, freshSectionName(layout, QStringLiteral("Section")), {}});
        used.insert(id);
        target = layout.sections.size() - 1;
    }
    Section &section = layout.sections[target];
    row.label = nextRowLabel(section);
    giveFreshIds(row, section.id, used);
    // Front to back: by the rows' mean distance from the stage.
    const auto depth = [&layout](const Row &r) {
        double sum = 0.0;
        for (const Seat &seat : r.seats)
            sum += distanceBetween(seat.position, layout.stage.position);
        return r.seats.isEmpty() ? 0.0 : sum / double(r.seats.size());
    };
    const double mine = depth(row);
    qsizetype at = 0;
    while (at < section.rows.size() && depth(section.rows.at(at)) <= mine)
        ++at;
    const QString id = row.id;
    section.rows.insert(at, std::move(row));
    return id;
}

QString addSection(Layout &layout, Section section)
{
    QSet<QString> used = elementIds(layout);
    adoptSection(layout, std::move(section), used, false);
    return layout.sections.constLast().id;
}

Result<QString> addAisle(Layout &layout, LayoutPoint from, LayoutPoint to, double width, const QString &name)
{
    if (const Status status = checkPoint(from, QStringLiteral("from")); !status)
        return status.error();
    if (const Status status = checkPoint(to, QStringLiteral("to")); !status)
        return status.error();
    if (!isValidCoordinate(width) || width <= 0.0)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("An aisle's width must be positive."), QStringLiteral("width"));
    if (layout.aisles.size() >= LayoutLimits::MaxAisles)
        return makeError(ErrorCode::TooManyItems, QStringLiteral("A layout has at most %1 aisles.").arg(LayoutLimits::MaxAisles),
                         QStringLiteral("/aisles"));
    const QString aisleName = name.isEmpty() ? QStringLiteral("Aisle %1").arg(layout.aisles.size() + 1) : name;
    if (const Status status = checkText(aisleName, LayoutLimits::MaxNameLength, QStringLiteral("name")); !status)
        return status.error();
    Aisle aisle{uniqueElementId(elementIds(layout), QStringLiteral("aisle-%1").arg(layout.aisles.size() + 1)), aisleName,
                from, to, width};
    layout.aisles.append(aisle);
    return aisle.id;
}

Result<QString> addTextLabel(Layout &layout, const QString &text, LayoutPoint position, double size)
{
    if (const Status status = checkText(text, LayoutLimits::MaxNameLength, QStringLiteral("text")); !status)
        return status.error();
    if (const Status status = checkPoint(position, QStringLiteral("position")); !status)
        return status.error();
    if (!std::isfinite(size) || size <= 0.0 || size > LayoutLimits::MaxTextSize)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("A text's size is greater than 0 and at most %1.").arg(LayoutLimits::MaxTextSize),
                         QStringLiteral("size"));
    if (layout.labels.size() >= LayoutLimits::MaxTextLabels)
        return makeError(ErrorCode::TooManyItems,
                         QStringLiteral("A layout has at most %1 texts.").arg(LayoutLimits::MaxTextLabels), QStringLiteral("/labels"));
    TextLabel label{uniqueElementId(elementIds(layout), QStringLiteral("text-%1").arg(layout.labels.size() + 1)), text,
                    position, size};
    layout.labels.append(label);
    return label.id;
}

Status setTextLabel(Layout &layout, const QString &labelId, const QString &text, double size)
{
    if (const Status status = checkText(text, LayoutLimits::MaxNameLength, QStringLiteral("text")); !status)
        return status;
    if (!std::isfinite(size) || size <= 0.0 || size > LayoutLimits::MaxTextSize)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("A text's size is greater than 0 and at most %1.").arg(LayoutLimits::MaxTextSize),
                         QStringLiteral("size"));
    for (qsizetype i = 0; i < layout.labels.size(); ++i) {
        if (layout.labels.at(i).id == labelId) {
            layout.labels[i].text = text;
            layout.labels[i].size = size;
            return {};
        }
    }
    return notFound(QStringLiteral("text"), labelId);
}

} // namespace Marquee
