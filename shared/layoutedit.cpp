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
    for (Section &section : layout.sections) {
        for (Row &row : section.rows) {
            qsizetype moved = 0;
            for (Seat &seat : row.seats) {
                if (!seatIds.contains(seat.id))
                    continue;
                seat.position.x += dx;
                seat.position.y += dy;
                ++moved;
            }
            // A curved row moved whole keeps its arc.
            if (moved > 0 && moved == row.seats.size() && row.kind == RowKind::Curved) {
                row.centre.x += dx;
                row.centre.y += dy;
            }
        }
    }
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
