#include "layout.h"

#include <cmath>
#include <numbers>

namespace Marquee {

namespace {

constexpr double degreesToRadians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

Status checkSeatOptions(const RowSeatOptions &options)
{
    if (options.count < 1 || options.count > LayoutLimits::MaxSeatsPerRow)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("A row needs 1 to %1 seats, not %2.")
                             .arg(LayoutLimits::MaxSeatsPerRow)
                             .arg(options.count),
                         QStringLiteral("count"));
    if (!std::isfinite(options.spacing) || options.spacing < SeatSize
        || options.spacing > LayoutLimits::MaxCoordinate)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("The seat spacing must be at least the seat size (%1).")
                             .arg(SeatSize),
                         QStringLiteral("spacing"));
    if (options.firstNumber < 0 || options.firstNumber > 1000000)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("The first seat number must be between 0 and 1000000."),
                         QStringLiteral("firstNumber"));
    return {};
}

QString seatLabelAt(const RowSeatOptions &options, int orderInRow)
{
    const int number = options.numbering == SeatNumbering::Ascending
                           ? options.firstNumber + orderInRow
                           : options.firstNumber + (options.count - 1 - orderInRow);
    return QString::number(number);
}

Seat generatedSeat(const QString &rowId, const RowSeatOptions &options, int orderInRow,
                   LayoutPoint position)
{
    Seat seat;
    seat.label = seatLabelAt(options, orderInRow);
    seat.id = generatedSeatId(rowId, seat.label);
    seat.position = position;
    seat.categoryId = options.categoryId;
    seat.flags = options.flags;
    return seat;
}

} // namespace

qsizetype Layout::seatCount() const
{
    qsizetype count = 0;
    for (const Section &section : sections) {
        for (const Row &row : section.rows)
            count += row.seats.size();
    }
    return count;
}

const Category *Layout::category(const QString &id) const
{
    for (const Category &c : categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

SeatRef Layout::findSeat(const QString &seatId) const
{
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const Section &section = sections.at(s);
        for (qsizetype r = 0; r < section.rows.size(); ++r) {
            const Row &row = section.rows.at(r);
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                if (row.seats.at(i).id == seatId)
                    return SeatRef{&section, &row, &row.seats.at(i), SeatLocation{s, r, i}};
            }
        }
    }
    return {};
}

LayoutIndex::LayoutIndex(const Layout &layout)
{
    rebuild(layout);
}

void LayoutIndex::rebuild(const Layout &layout)
{
    m_layout = &layout;
    m_locations.clear();
    m_locations.reserve(layout.seatCount());
    for (qsizetype s = 0; s < layout.sections.size(); ++s) {
        const Section &section = layout.sections.at(s);
        for (qsizetype r = 0; r < section.rows.size(); ++r) {
            const Row &row = section.rows.at(r);
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                const QString &id = row.seats.at(i).id;
                if (!m_locations.contains(id))
                    m_locations.insert(id, SeatLocation{s, r, i});
            }
        }
    }
}

SeatLocation LayoutIndex::locate(const QString &seatId) const
{
    return m_locations.value(seatId);
}

SeatRef LayoutIndex::find(const QString &seatId) const
{
    if (!m_layout)
        return {};
    const auto it = m_locations.constFind(seatId);
    if (it == m_locations.cend())
        return {};
    const SeatLocation loc = it.value();
    const Section &section = m_layout->sections.at(loc.section);
    const Row &row = section.rows.at(loc.row);
    return SeatRef{&section, &row, &row.seats.at(loc.seat), loc};
}

const Seat *LayoutIndex::seat(const QString &seatId) const
{
    return find(seatId).seat;
}

bool isValidLayoutId(const QString &id)
{
    if (id.isEmpty() || id.size() > LayoutLimits::MaxIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                        || (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool isValidLayoutLabel(const QString &label, int maxLength)
{
    if (label.isEmpty() || label.size() > maxLength)
        return false;
    bool onlySpace = true;
    for (const QChar c : label) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Surrogate
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
        if (!c.isSpace())
            onlySpace = false;
    }
    return !onlySpace;
}

bool isValidColour(const QString &colour)
{
    if (colour.size() != 7 || colour.at(0) != QLatin1Char('#'))
        return false;
    for (qsizetype i = 1; i < colour.size(); ++i) {
        const char16_t u = colour.at(i).unicode();
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

bool isValidCoordinate(double value)
{
    return std::isfinite(value) && std::fabs(value) <= LayoutLimits::MaxCoordinate;
}

QString seatFlagName(SeatFlag flag)
{
    switch (flag) {
    case SeatFlag::Wheelchair:
        return QStringLiteral("wheelchair");
    case SeatFlag::Companion:
        return QStringLiteral("companion");
    case SeatFlag::RestrictedView:
        return QStringLiteral("restrictedView");
    case SeatFlag::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

bool seatFlagFromName(const QString &name, SeatFlag *flag)
{
    for (const SeatFlag f : allSeatFlags()) {
        if (seatFlagName(f) == name) {
            if (flag)
                *flag = f;
            return true;
        }
    }
    return false;
}

const QList<SeatFlag> &allSeatFlags()
{
    static const QList<SeatFlag> flags{SeatFlag::Wheelchair, SeatFlag::Companion,
                                       SeatFlag::RestrictedView, SeatFlag::Blocked};
    return flags;
}

QString rowKindName(RowKind kind)
{
    return kind == RowKind::Curved ? QStringLiteral("curved") : QStringLiteral("straight");
}

QString stageKindName(StageKind kind)
{
    return kind == StageKind::Stage ? QStringLiteral("stage") : QStringLiteral("screen");
}

QString generatedSeatId(const QString &rowId, const QString &seatLabel)
{
    return rowId + QLatin1Char('-') + seatLabel;
}

Result<Row> makeStraightRow(const QString &id, const QString &label, LayoutPoint firstSeat,
                            const RowSeatOptions &options, double directionDegrees)
{
    if (const Status status = checkSeatOptions(options); !status)
        return status.error();
    if (!isValidCoordinate(firstSeat.x) || !isValidCoordinate(firstSeat.y))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The first seat's position is out of range."),
                         QStringLiteral("firstSeat"));
    if (!std::isfinite(directionDegrees))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The direction is not finite."),
                         QStringLiteral("directionDegrees"));
    const double a = degreesToRadians(directionDegrees);
    const double dx = std::cos(a) * options.spacing;
    const double dy = std::sin(a) * options.spacing;

    Row row;
    row.id = id;
    row.label = label;
    row.kind = RowKind::Straight;
    row.seats.reserve(options.count);
    for (int i = 0; i < options.count; ++i)
        row.seats.append(generatedSeat(id, options, i, LayoutPoint{firstSeat.x + dx * i, firstSeat.y + dy * i}));
    return row;
}

Result<Row> makeCurvedRow(const QString &id, const QString &label, LayoutPoint centre, double radius,
                          const RowSeatOptions &options, double middleDegrees)
{
    if (const Status status = checkSeatOptions(options); !status)
        return status.error();
    if (!isValidCoordinate(centre.x) || !isValidCoordinate(centre.y))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The arc centre is out of range."),
                         QStringLiteral("centre"));
    if (!isValidCoordinate(radius) || radius <= 0.0)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The radius must be positive."),
                         QStringLiteral("radius"));
    if (!std::isfinite(middleDegrees))
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The middle angle is not finite."),
                         QStringLiteral("middleDegrees"));
    if (options.spacing > 2.0 * radius)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("The seat spacing is wider than the arc's diameter."),
                         QStringLiteral("spacing"));
    // The chord between neighbours is exactly `spacing`.
    const double step = 2.0 * std::asin(options.spacing / (2.0 * radius));
    if (step * (options.count - 1) >= 2.0 * std::numbers::pi)
        return makeError(ErrorCode::InvalidValue,
                         QStringLiteral("%1 seats do not fit on a circle of radius %2.")
                             .arg(options.count)
                             .arg(radius),
                         QStringLiteral("count"));
    const double middle = degreesToRadians(middleDegrees);
    const double first = middle - step * (options.count - 1) / 2.0;

    Row row;
    row.id = id;
    row.label = label;
    row.kind = RowKind::Curved;
    row.centre = centre;
    row.radius = radius;
    row.seats.reserve(options.count);
    for (int i = 0; i < options.count; ++i) {
        const double a = first + step * i;
        row.seats.append(generatedSeat(
            id, options, i, LayoutPoint{centre.x + radius * std::sin(a), centre.y + radius * std::cos(a)}));
    }
    return row;
}

} // namespace Marquee
