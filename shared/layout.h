#pragma once

// The seat layout of an auditorium: sections > rows > seats, price categories, aisles and the
// stage or screen. Plain values (QList members, defaulted ==); no QObject. The file format is
// described in docs/LAYOUT_FORMAT.md, JSON import/export lives in layoutjson.h and the semantic
// rules in layoutvalidator.h.

#include "result.h"

#include <QtCore/QFlags>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Marquee {

// Layout units: a seat is nominally SeatSize wide and SeatSize deep, centred on its position.
// x grows to the right, y grows away from the stage (downwards on screen, as in Qt's scene
// coordinates). Two seats overlap when their centres are closer than SeatSize.
inline constexpr double SeatSize = 1.0;

// Limits enforced by the importer and the validator (documented in docs/LAYOUT_FORMAT.md).
namespace LayoutLimits {
inline constexpr int MaxSections = 100;
inline constexpr int MaxRowsPerSection = 500;
inline constexpr int MaxSeatsPerRow = 1000;
inline constexpr int MaxSeats = 20000;
inline constexpr int MaxCategories = 50;
inline constexpr int MaxAisles = 200;
inline constexpr int MaxTextLabels = 200;
inline constexpr int MaxIdLength = 64;
inline constexpr int MaxLabelLength = 32;
inline constexpr int MaxNameLength = 100;
inline constexpr double MaxCoordinate = 100000.0; // |x|, |y|, radius and widths
inline constexpr double MaxTextSize = 100.0;      // a text label's height
} // namespace LayoutLimits

// The layout file format version written by layoutToJson().
inline constexpr int CurrentLayoutSchemaVersion = 1;

struct LayoutPoint
{
    double x = 0.0;
    double y = 0.0;
    friend bool operator==(const LayoutPoint &, const LayoutPoint &) = default;
};

enum class SeatFlag {
    Wheelchair = 0x1,     // a wheelchair space (no fixed seat)
    Companion = 0x2,      // a companion seat; must be next to a wheelchair space in its row
    RestrictedView = 0x4, // sold with a warning
    Blocked = 0x8,        // never for sale (technician, pillar, ...); fine for the validator
};
Q_DECLARE_FLAGS(SeatFlags, SeatFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(SeatFlags)

// A price category. Prices are not here: they belong to a show (per category, in minor units).
struct Category
{
    QString id;
    QString name;
    QString colour; // "#rrggbb"
    friend bool operator==(const Category &, const Category &) = default;
};

struct Seat
{
    QString id;         // unique within the layout
    QString label;      // unique within its row ("12")
    LayoutPoint position; // centre of the seat
    QString categoryId;
    SeatFlags flags;
    friend bool operator==(const Seat &, const Seat &) = default;
};

enum class RowKind { Straight, Curved };

struct Row
{
    QString id;    // unique within the layout
    QString label; // unique within its section ("F")
    RowKind kind = RowKind::Straight;
    // Curved rows only (ignored and not exported for straight rows): the centre of the arc the
    // seats sit on and its radius. Seats still carry explicit positions.
    LayoutPoint centre;
    double radius = 0.0;
    QList<Seat> seats; // in order from left to right as seen from the audience (by x)
    // One of the rows the layout recommends most (the band best-available seats look in first,
    // bestavailable.h). Optional in the format, exported only when set.
    bool best = false;
    friend bool operator==(const Row &, const Row &) = default;
};

struct Section
{
    QString id;   // unique within the layout
    QString name; // "Stalls"
    QList<Row> rows;
    friend bool operator==(const Section &, const Section &) = default;
};

// A walkway drawn as a line segment of the given width.
struct Aisle
{
    QString id; // unique within the layout (shares the namespace of sections, rows and seats)
    QString name;
    LayoutPoint from;
    LayoutPoint to;
    double width = SeatSize;
    friend bool operator==(const Aisle &, const Aisle &) = default;
};

// A text on the plan ("Balcony", "Exit", a section's name painted where it reads best): drawn,
// never sold. Optional in the format (documents without labels stay valid).
struct TextLabel
{
    QString id; // unique within the layout (shares the namespace of sections, rows, seats, aisles)
    QString text;
    LayoutPoint position; // the centre of the text
    double size = 1.0;    // the text's height in layout units, (0, MaxTextSize]
    friend bool operator==(const TextLabel &, const TextLabel &) = default;
};

enum class StageKind { Screen, Stage };

// The screen or stage, drawn as a horizontal bar of `width` centred on `position`.
struct Stage
{
    StageKind kind = StageKind::Screen;
    LayoutPoint position;
    double width = 10.0;
    friend bool operator==(const Stage &, const Stage &) = default;
};

// Where a seat is: indexes into Layout::sections, Section::rows and Row::seats.
struct SeatLocation
{
    qsizetype section = -1;
    qsizetype row = -1;
    qsizetype seat = -1;
    bool isValid() const { return seat >= 0; }
    friend bool operator==(const SeatLocation &, const SeatLocation &) = default;
};

// A seat with its section and row; all null when not found.
struct SeatRef
{
    const Section *section = nullptr;
    const Row *row = nullptr;
    const Seat *seat = nullptr;
    SeatLocation location;
    explicit operator bool() const { return seat != nullptr; }
};

struct Layout
{
    QString name;
    int version = 1; // layouts are versioned; a show pins the version it was scheduled with
    Stage stage;
    QList<Category> categories;
    QList<Section> sections;
    QList<Aisle> aisles;
    QList<TextLabel> labels;

    qsizetype seatCount() const;
    // The category with this id, or nullptr.
    const Category *category(const QString &id) const;
    // Linear search; for many look-ups build a LayoutIndex.
    SeatRef findSeat(const QString &seatId) const;

    // Calls f(const Section &, const Row &, const Seat &) for every seat, in order.
    template<typename F>
    void forEachSeat(F &&f) const
    {
        for (const Section &s : sections) {
            for (const Row &r : s.rows) {
                for (const Seat &seat : r.seats)
                    f(s, r, seat);
            }
        }
    }

    friend bool operator==(const Layout &, const Layout &) = default;
};

// O(1) seat look-up by id. The index refers to the layout it was built from: that layout must
// outlive the index and must not change while the index is used (rebuild() after a change).
// With duplicate ids (an invalid layout) the first seat wins.
class LayoutIndex
{
public:
    LayoutIndex() = default;
    explicit LayoutIndex(const Layout &layout);

    void rebuild(const Layout &layout);
    SeatRef find(const QString &seatId) const;
    const Seat *seat(const QString &seatId) const;
    SeatLocation locate(const QString &seatId) const; // invalid location when not found
    bool contains(const QString &seatId) const { return m_locations.contains(seatId); }
    qsizetype size() const { return m_locations.size(); }

private:
    const Layout *m_layout = nullptr;
    QHash<QString, SeatLocation> m_locations;
};

// Auditoriums and venues around the layout (the database is the source of truth for these).
struct Auditorium
{
    QString id;
    QString name;
    Layout layout; // the current layout version
    friend bool operator==(const Auditorium &, const Auditorium &) = default;
};

struct Venue
{
    QString id;
    QString name;
    QList<Auditorium> auditoriums;
    friend bool operator==(const Venue &, const Venue &) = default;
};

// --- format predicates shared by the importer, the validator and the layout editor ---

// 1..64 characters of [A-Za-z0-9._-].
bool isValidLayoutId(const QString &id);
// 1..maxLength characters, no control characters, not only white space.
bool isValidLayoutLabel(const QString &label, int maxLength = LayoutLimits::MaxLabelLength);
// "#rrggbb" (hex digits in either case).
bool isValidColour(const QString &colour);
// Finite and within +-LayoutLimits::MaxCoordinate.
bool isValidCoordinate(double value);

QString seatFlagName(SeatFlag flag);                // "wheelchair", "companion", ...
bool seatFlagFromName(const QString &name, SeatFlag *flag);
const QList<SeatFlag> &allSeatFlags();              // in canonical (export) order
QString rowKindName(RowKind kind);                  // "straight", "curved"
QString stageKindName(StageKind kind);              // "screen", "stage"

// --- row generators (demo layouts, layout editor) ---

enum class SeatNumbering {
    Ascending, // labels firstNumber..firstNumber+N-1 from left to right
    Descending // labels from right to left (the leftmost seat gets the highest number)
};

struct RowSeatOptions
{
    int count = 0;                 // 1..LayoutLimits::MaxSeatsPerRow
    double spacing = SeatSize;     // centre-to-centre distance (chord for curved rows), >= SeatSize
    SeatNumbering numbering = SeatNumbering::Ascending;
    int firstNumber = 1;           // >= 0
    QString categoryId;
    SeatFlags flags;
};

// The id the generators give a seat: "<rowId>-<label>".
QString generatedSeatId(const QString &rowId, const QString &seatLabel);

// A straight row of options.count seats starting at firstSeat (the leftmost seat) and going in
// direction directionDegrees (0 = along +x, 90 = along +y).
Result<Row> makeStraightRow(const QString &id, const QString &label, LayoutPoint firstSeat,
                            const RowSeatOptions &options, double directionDegrees = 0.0);

// A curved row of options.count seats on the arc of the given centre and radius, the seats
// spaced by options.spacing along the chord, symmetric about the direction middleDegrees as
// seen from the centre (0 = towards +y, i.e. away from a stage at the top; positive angles turn
// towards +x). Seats are ordered by increasing angle: from left (smaller x) to right for a row
// below its centre.
Result<Row> makeCurvedRow(const QString &id, const QString &label, LayoutPoint centre, double radius,
                          const RowSeatOptions &options, double middleDegrees = 0.0);

} // namespace Marquee
