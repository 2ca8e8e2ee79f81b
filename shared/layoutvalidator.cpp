#include "layoutvalidator.h"

#include "layout.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <cmath>
#include <vector>

namespace Marquee {

namespace {

QString sectionPath(qsizetype s)
{
    return QStringLiteral("/sections/") + QString::number(s);
}

QString rowPath(qsizetype s, qsizetype r)
{
    return sectionPath(s) + QStringLiteral("/rows/") + QString::number(r);
}

QString seatPath(qsizetype s, qsizetype r, qsizetype i)
{
    return rowPath(s, r) + QStringLiteral("/seats/") + QString::number(i);
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

bool isPositiveSize(double value)
{
    return isValidCoordinate(value) && value > 0.0;
}

class Validator
{
public:
    explicit Validator(const Layout &layout) : m_layout(layout) {}
    QList<Error> run();

private:
    void add(ErrorCode code, const QString &where, const QString &message)
    {
        m_errors.append(makeError(code, message, where));
    }
    // Registers an element id in the layout-wide namespace; reports a duplicate.
    void checkId(const QString &id, const QString &where, const QString &what);
    void checkPoint(LayoutPoint p, const QString &xWhere, const QString &yWhere, const QString &what);
    void checkLayout();
    void checkCategories();
    void checkSections();
    void checkRow(qsizetype s, qsizetype r);
    void checkAisles();
    void checkTextLabels();
    void checkOverlaps();

    const Layout &m_layout;
    QList<Error> m_errors;
    QHash<QString, QString> m_ids; // id -> description of its first owner
    QSet<QString> m_categoryIds;
};

void Validator::checkId(const QString &id, const QString &where, const QString &what)
{
    if (!isValidLayoutId(id)) {
        add(ErrorCode::InvalidValue, where,
            QStringLiteral("The id of %1 must be 1 to %2 characters of A-Z, a-z, 0-9, '.', '_' and '-'.")
                .arg(what)
                .arg(LayoutLimits::MaxIdLength));
        return;
    }
    const auto it = m_ids.constFind(id);
    if (it != m_ids.cend()) {
        add(ErrorCode::LayoutDuplicateId, where,
            QStringLiteral("The id \"%1\" of %2 is already used by %3.").arg(id, what, it.value()));
        return;
    }
    m_ids.insert(id, what);
}

void Validator::checkPoint(LayoutPoint p, const QString &xWhere, const QString &yWhere, const QString &what)
{
    if (!isValidCoordinate(p.x))
        add(ErrorCode::LayoutInvalidGeometry, xWhere,
            QStringLiteral("The x coordinate of %1 is not finite or out of range.").arg(what));
    if (!isValidCoordinate(p.y))
        add(ErrorCode::LayoutInvalidGeometry, yWhere,
            QStringLiteral("The y coordinate of %1 is not finite or out of range.").arg(what));
}

QList<Error> Validator::run()
{
    checkLayout();
    checkCategories();
    checkSections();
    checkAisles();
    checkTextLabels();
    checkOverlaps();
    return m_errors;
}

void Validator::checkLayout()
{
    if (!isValidLayoutLabel(m_layout.name, LayoutLimits::MaxNameLength))
        add(ErrorCode::InvalidValue, QStringLiteral("/name"),
            QStringLiteral("The layout needs a name of 1 to %1 printable characters.").arg(LayoutLimits::MaxNameLength));
    if (m_layout.version < 1)
        add(ErrorCode::InvalidValue, QStringLiteral("/version"), QStringLiteral("The layout version must be at least 1."));
    const QString stage = m_layout.stage.kind == StageKind::Screen ? QStringLiteral("the screen")
                                                                   : QStringLiteral("the stage");
    checkPoint(m_layout.stage.position, QStringLiteral("/stage/x"), QStringLiteral("/stage/y"), stage);
    if (!isPositiveSize(m_layout.stage.width))
        add(ErrorCode::LayoutInvalidGeometry, QStringLiteral("/stage/width"),
            QStringLiteral("The width of %1 must be positive and finite.").arg(stage));
}

void Validator::checkCategories()
{
    if (m_layout.categories.isEmpty())
        add(ErrorCode::LayoutEmpty, QStringLiteral("/categories"), QStringLiteral("The layout defines no seat categories."));
    if (m_layout.categories.size() > LayoutLimits::MaxCategories)
        add(ErrorCode::TooManyItems, QStringLiteral("/categories"),
            QStringLiteral("A layout has at most %1 categories.").arg(LayoutLimits::MaxCategories));
    for (qsizetype i = 0; i < m_layout.categories.size(); ++i) {
        const Category &category = m_layout.categories.at(i);
        const QString path = QStringLiteral("/categories/") + QString::number(i);
        const QString what = QStringLiteral("category ") + quoted(category.name);
        if (!isValidLayoutId(category.id))
            add(ErrorCode::InvalidValue, path + QStringLiteral("/id"),
                QStringLiteral("The id of %1 is not a valid id.").arg(what));
        else if (m_categoryIds.contains(category.id))
            add(ErrorCode::LayoutDuplicateId, path + QStringLiteral("/id"),
                QStringLiteral("The id \"%1\" of %2 is already used by another category.").arg(category.id, what));
        m_categoryIds.insert(category.id);
        if (!isValidLayoutLabel(category.name, LayoutLimits::MaxNameLength))
            add(ErrorCode::InvalidValue, path + QStringLiteral("/name"),
                QStringLiteral("Category \"%1\" needs a name of 1 to %2 printable characters.")
                    .arg(category.id)
                    .arg(LayoutLimits::MaxNameLength));
        if (!isValidColour(category.colour))
            add(ErrorCode::InvalidValue, path + QStringLiteral("/colour"),
                QStringLiteral("The colour of %1 must be written #rrggbb.").arg(what));
    }
}

void Validator::checkSections()
{
    if (m_layout.sections.isEmpty()) {
        add(ErrorCode::LayoutEmpty, QStringLiteral("/sections"), QStringLiteral("The layout has no sections."));
        return;
    }
    if (m_layout.sections.size() > LayoutLimits::MaxSections)
        add(ErrorCode::TooManyItems, QStringLiteral("/sections"),
            QStringLiteral("A layout has at most %1 sections.").arg(LayoutLimits::MaxSections));
    const qsizetype seats = m_layout.seatCount();
    if (seats > LayoutLimits::MaxSeats)
        add(ErrorCode::TooManyItems, QStringLiteral("/sections"),
            QStringLiteral("The layout has %1 seats; at most %2 are allowed.").arg(seats).arg(LayoutLimits::MaxSeats));

    QHash<QString, qsizetype> names;
    for (qsizetype s = 0; s < m_layout.sections.size(); ++s) {
        const Section &section = m_layout.sections.at(s);
        const QString path = sectionPath(s);
        const QString what = describeSection(section);
        checkId(section.id, path + QStringLiteral("/id"), what);
        if (!isValidLayoutLabel(section.name, LayoutLimits::MaxNameLength))
            add(ErrorCode::InvalidValue, path + QStringLiteral("/name"),
                QStringLiteral("Section \"%1\" needs a name of 1 to %2 printable characters.")
                    .arg(section.id)
                    .arg(LayoutLimits::MaxNameLength));
        else if (names.contains(section.name))
            add(ErrorCode::LayoutDuplicateLabel, path + QStringLiteral("/name"),
                QStringLiteral("Two sections are called %1 (sections %2 and %3).")
                    .arg(quoted(section.name))
                    .arg(names.value(section.name) + 1)
                    .arg(s + 1));
        else
            names.insert(section.name, s);

        if (section.rows.isEmpty())
            add(ErrorCode::LayoutEmpty, path + QStringLiteral("/rows"), QStringLiteral("%1 has no rows.").arg(what));
        if (section.rows.size() > LayoutLimits::MaxRowsPerSection)
            add(ErrorCode::TooManyItems, path + QStringLiteral("/rows"),
                QStringLiteral("%1 has more than %2 rows.").arg(what).arg(LayoutLimits::MaxRowsPerSection));
        for (qsizetype r = 0; r < section.rows.size(); ++r)
            checkRow(s, r);
    }
}

void Validator::checkRow(qsizetype s, qsizetype r)
{
    const Section &section = m_layout.sections.at(s);
    const Row &row = section.rows.at(r);
    const QString path = rowPath(s, r);
    const QString what = describeRow(section, row);

    checkId(row.id, path + QStringLiteral("/id"), what);
    if (!isValidLayoutLabel(row.label, LayoutLimits::MaxLabelLength)) {
        add(ErrorCode::InvalidValue, path + QStringLiteral("/label"),
            QStringLiteral("Row \"%1\" of %2 needs a label of 1 to %3 printable characters.")
                .arg(row.id, describeSection(section))
                .arg(LayoutLimits::MaxLabelLength));
    } else {
        for (qsizetype earlier = 0; earlier < r; ++earlier) {
            if (section.rows.at(earlier).label == row.label) {
                add(ErrorCode::LayoutDuplicateLabel, path + QStringLiteral("/label"),
                    QStringLiteral("%1 appears twice (rows %2 and %3 of the section).")
                        .arg(what)
                        .arg(earlier + 1)
                        .arg(r + 1));
                break;
            }
        }
    }
    if (row.kind == RowKind::Curved) {
        checkPoint(row.centre, path + QStringLiteral("/centre/x"), path + QStringLiteral("/centre/y"),
                   QStringLiteral("the arc centre of ") + what);
        if (!isPositiveSize(row.radius))
            add(ErrorCode::LayoutInvalidGeometry, path + QStringLiteral("/radius"),
                QStringLiteral("The radius of curved %1 must be positive and finite.").arg(what));
    }
    if (row.seats.isEmpty())
        add(ErrorCode::LayoutEmpty, path + QStringLiteral("/seats"), QStringLiteral("%1 has no seats.").arg(what));
    if (row.seats.size() > LayoutLimits::MaxSeatsPerRow)
        add(ErrorCode::TooManyItems, path + QStringLiteral("/seats"),
            QStringLiteral("%1 has more than %2 seats.").arg(what).arg(LayoutLimits::MaxSeatsPerRow));

    QHash<QString, qsizetype> labels;
    labels.reserve(row.seats.size());
    for (qsizetype i = 0; i < row.seats.size(); ++i) {
        const Seat &seat = row.seats.at(i);
        const QString seatWhere = seatPath(s, r, i);
        const QString seatWhat = describeSeat(section, row, seat);
        checkId(seat.id, seatWhere + QStringLiteral("/id"), seatWhat);
        if (!isValidLayoutLabel(seat.label, LayoutLimits::MaxLabelLength))
            add(ErrorCode::InvalidValue, seatWhere + QStringLiteral("/label"),
                QStringLiteral("Seat \"%1\" in %2 needs a label of 1 to %3 printable characters.")
                    .arg(seat.id, what)
                    .arg(LayoutLimits::MaxLabelLength));
        else if (labels.contains(seat.label))
            add(ErrorCode::LayoutDuplicateLabel, seatWhere + QStringLiteral("/label"),
                QStringLiteral("%1 appears twice (seats %2 and %3 of the row).")
                    .arg(seatWhat)
                    .arg(labels.value(seat.label) + 1)
                    .arg(i + 1));
        else
            labels.insert(seat.label, i);
        checkPoint(seat.position, seatWhere + QStringLiteral("/x"), seatWhere + QStringLiteral("/y"), seatWhat);
        if (!m_categoryIds.contains(seat.categoryId))
            add(ErrorCode::LayoutUnknownCategory, seatWhere + QStringLiteral("/category"),
                QStringLiteral("%1 has the category \"%2\", which the layout does not define.")
                    .arg(seatWhat, seat.categoryId));
        if (seat.flags.testFlag(SeatFlag::Companion)) {
            const bool left = i > 0 && row.seats.at(i - 1).flags.testFlag(SeatFlag::Wheelchair);
            const bool right = i + 1 < row.seats.size() && row.seats.at(i + 1).flags.testFlag(SeatFlag::Wheelchair);
            if (!left && !right)
                add(ErrorCode::LayoutCompanionWithoutWheelchair, seatWhere + QStringLiteral("/flags"),
                    QStringLiteral("%1 is a companion seat but neither of its neighbours in the row is a "
                                   "wheelchair space.")
                        .arg(seatWhat));
        }
    }
}

void Validator::checkAisles()
{
    if (m_layout.aisles.size() > LayoutLimits::MaxAisles)
        add(ErrorCode::TooManyItems, QStringLiteral("/aisles"),
            QStringLiteral("A layout has at most %1 aisles.").arg(LayoutLimits::MaxAisles));
    for (qsizetype i = 0; i < m_layout.aisles.size(); ++i) {
        const Aisle &aisle = m_layout.aisles.at(i);
        const QString path = QStringLiteral("/aisles/") + QString::number(i);
        const QString what = QStringLiteral("aisle ") + quoted(aisle.name);
        checkId(aisle.id, path + QStringLiteral("/id"), what);
        if (!isValidLayoutLabel(aisle.name, LayoutLimits::MaxNameLength))
            add(ErrorCode::InvalidValue, path + QStringLiteral("/name"),
                QStringLiteral("Aisle \"%1\" needs a name of 1 to %2 printable characters.")
                    .arg(aisle.id)
                    .arg(LayoutLimits::MaxNameLength));
        checkPoint(aisle.from, path + QStringLiteral("/from/x"), path + QStringLiteral("/from/y"),
                   QStringLiteral("the start of ") + what);
        checkPoint(aisle.to, path + QStringLiteral("/to/x"), path + QStringLiteral("/to/y"),
                   QStringLiteral("the end of ") + what);
        if (!isPositiveSize(aisle.width))
            add(ErrorCode::LayoutInvalidGeometry, path + QStringLiteral("/width"),
                QStringLiteral("The width of %1 must be positive and finite.").arg(what));
    }
}

void Validator::checkTextLabels()
{
    if (m_layout.labels.size() > LayoutLimits::MaxTextLabels)
        add(ErrorCode::TooManyItems, QStringLiteral("/labels"),
            QStringLiteral("A layout has at most %1 texts.").arg(LayoutLimits::MaxTextLabels));
    for (qsizetype i = 0; i < m_layout.labels.size(); ++i) {
        const TextLabel &label = m_layout.labels.at(i);
        const QString path = QStringLiteral("/labels/") + QString::number(i);
        const QString what = QStringLiteral("text ") + quoted(label.text);
        checkId(label.id, path + QStringLiteral("/id"), what);
        if (!isValidLayoutLabel(label.text, LayoutLimits::MaxNameLength))
            add(ErrorCode::InvalidValue, path + QStringLiteral("/text"),
                QStringLiteral("Text \"%1\" needs 1 to %2 printable characters.")
                    .arg(label.id)
                    .arg(LayoutLimits::MaxNameLength));
        checkPoint(label.position, path + QStringLiteral("/x"), path + QStringLiteral("/y"), what);
        if (!isPositiveSize(label.size) || label.size > LayoutLimits::MaxTextSize)
            add(ErrorCode::LayoutInvalidGeometry, path + QStringLiteral("/size"),
                QStringLiteral("The size of %1 must be greater than 0 and at most %2.").arg(what).arg(LayoutLimits::MaxTextSize));
    }
}

// Seats on a grid of SeatSize cells: two seats closer than SeatSize lie in the same or in
// neighbouring cells, so each seat is compared with the seats of 9 cells only. A cell can hold
// only a handful of seats that do not overlap, and overlaps are capped, so this stays linear.
void Validator::checkOverlaps()
{
    struct Placed
    {
        LayoutPoint p;
        SeatLocation loc;
    };
    std::vector<Placed> placed;
    placed.reserve(size_t(m_layout.seatCount()));
    QHash<quint64, std::vector<int>> grid;
    const auto cellKey = [](qint64 cx, qint64 cy) {
        return (quint64(quint32(qint32(cx))) << 32) | quint64(quint32(qint32(cy)));
    };
    // Centres exactly SeatSize apart touch and are fine; allow for rounding.
    const double minDistance = SeatSize * (1.0 - 1e-9);
    int reported = 0;

    for (qsizetype s = 0; s < m_layout.sections.size(); ++s) {
        const Section &section = m_layout.sections.at(s);
        for (qsizetype r = 0; r < section.rows.size(); ++r) {
            const Row &row = section.rows.at(r);
            for (qsizetype i = 0; i < row.seats.size(); ++i) {
                const Seat &seat = row.seats.at(i);
                if (!isValidCoordinate(seat.position.x) || !isValidCoordinate(seat.position.y))
                    continue; // reported as invalid geometry
                const qint64 cx = qint64(std::floor(seat.position.x / SeatSize));
                const qint64 cy = qint64(std::floor(seat.position.y / SeatSize));
                for (qint64 dx = -1; dx <= 1 && reported < MaxReportedOverlaps; ++dx) {
                    for (qint64 dy = -1; dy <= 1 && reported < MaxReportedOverlaps; ++dy) {
                        const auto cell = grid.constFind(cellKey(cx + dx, cy + dy));
                        if (cell == grid.cend())
                            continue;
                        for (const int other : cell.value()) {
                            const Placed &o = placed[size_t(other)];
                            const double distance =
                                std::hypot(o.p.x - seat.position.x, o.p.y - seat.position.y);
                            if (distance >= minDistance)
                                continue;
                            const Section &os = m_layout.sections.at(o.loc.section);
                            const Row &orow = os.rows.at(o.loc.row);
                            add(ErrorCode::LayoutOverlap, seatPath(s, r, i),
                                QStringLiteral("%1 overlaps %2 (centres %3 apart, less than the seat size %4).")
                                    .arg(describeSeat(section, row, seat),
                                         describeSeat(os, orow, orow.seats.at(o.loc.seat)))
                                    .arg(distance, 0, 'g', 4)
                                    .arg(SeatSize));
                            if (++reported >= MaxReportedOverlaps)
                                break;
                        }
                    }
                }
                if (reported >= MaxReportedOverlaps)
                    return;
                grid[cellKey(cx, cy)].push_back(int(placed.size()));
                placed.push_back(Placed{seat.position, SeatLocation{s, r, i}});
            }
        }
    }
}

} // namespace

QString describeSection(const Section &section)
{
    return QStringLiteral("section ") + quoted(section.name);
}

QString describeRow(const Section &section, const Row &row)
{
    return QStringLiteral("row ") + quoted(row.label) + QStringLiteral(" of ") + describeSection(section);
}

QString describeSeat(const Section &section, const Row &row, const Seat &seat)
{
    return QStringLiteral("seat ") + quoted(row.label + QLatin1Char(' ') + seat.label) + QStringLiteral(" in ")
           + describeRow(section, row);
}

QList<Error> validateLayout(const Layout &layout)
{
    return Validator(layout).run();
}

} // namespace Marquee
