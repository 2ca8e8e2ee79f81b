// Tests of the seat layout model, its JSON format and its validator.
#include "layout.h"
#include "layoutjson.h"
#include "layoutvalidator.h"
#include "printers.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <optional>

using namespace Marquee;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

Row mustRow(Result<Row> row)
{
    EXPECT_TRUE(row.hasValue()) << (row ? std::string() : row.error().toString().toStdString());
    return row ? std::move(row).value() : Row{};
}

// A small valid layout: a straight stalls section with a wheelchair space and its companion, a
// curved circle section, two categories, an aisle and a screen.
Layout sampleLayout()
{
    Layout layout;
    layout.name = s("Sample");
    layout.version = 3;
    layout.stage = Stage{StageKind::Screen, {3.0, 0.0}, 8.0};
    layout.categories = {Category{s("std"), s("Standard"), s("#336699")},
                         Category{s("prem"), s("Premium"), s("#AA3300")}};

    Section stalls{s("stalls"), s("Stalls"), {}};
    RowSeatOptions options;
    options.count = 6;
    options.spacing = 1.1;
    options.categoryId = s("std");
    Row a = mustRow(makeStraightRow(s("stalls-A"), s("A"), {0.5, 3.0}, options));
    a.seats[0].flags = SeatFlag::Wheelchair;
    a.seats[1].flags = SeatFlag::Companion;
    a.seats[5].flags = SeatFlag::Blocked | SeatFlag::RestrictedView;
    stalls.rows.append(a);
    options.categoryId = s("prem");
    stalls.rows.append(mustRow(makeStraightRow(s("stalls-B"), s("B"), {0.5 + 1.0 / 3.0, 4.5}, options)));

    Section circle{s("circle"), s("Circle"), {}};
    options.count = 8;
    options.spacing = 1.05;
    options.numbering = SeatNumbering::Descending;
    circle.rows.append(mustRow(makeCurvedRow(s("circle-A"), s("A"), {3.0, -2.0}, 12.0, options)));

    layout.sections = {stalls, circle};
    layout.aisles = {Aisle{s("aisle-1"), s("Side aisle"), {-0.5, 2.0}, {-0.5, 12.0}, 1.2}};
    return layout;
}

std::string dump(const QList<Error> &errors)
{
    std::string out;
    for (const Error &e : errors)
        out += e.toString().toStdString() + "\n";
    return out;
}

int countErrors(const QList<Error> &errors, ErrorCode code, const QString &where)
{
    int n = 0;
    for (const Error &e : errors) {
        if (e.code == code && e.where == where)
            ++n;
    }
    return n;
}

#define EXPECT_HAS_ERROR(errors, code, where)                                                       \
    EXPECT_EQ(countErrors((errors), (code), QStringLiteral(where)), 1)                              \
        << "expected " << errorCodeName(code).toStdString() << " at " << (where) << ", got:\n"     \
        << dump(errors)

const Error *findError(const QList<Error> &errors, ErrorCode code, const QString &where = {})
{
    for (const Error &e : errors) {
        if (e.code == code && (where.isEmpty() || e.where == where))
            return &e;
    }
    return nullptr;
}

// A copy of `root` with the value at the JSON pointer replaced (or removed when nullopt).
QJsonValue withValue(const QJsonValue &root, QStringList tokens, const std::optional<QJsonValue> &value)
{
    const QString token = tokens.takeFirst();
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        const qsizetype index = token.toLongLong();
        if (tokens.isEmpty()) {
            if (value && index == array.size())
                array.append(*value);
            else if (value)
                array[index] = *value;
            else
                array.removeAt(index);
        } else {
            array[index] = withValue(array.at(index), tokens, value);
        }
        return array;
    }
    QJsonObject object = root.toObject();
    if (tokens.isEmpty()) {
        if (value)
            object.insert(token, *value);
        else
            object.remove(token);
    } else {
        object.insert(token, withValue(object.value(token), tokens, value));
    }
    return object;
}

QJsonObject withValue(const QJsonObject &root, const char *pointer, const std::optional<QJsonValue> &value)
{
    QStringList tokens = s(pointer).split(QLatin1Char('/'));
    tokens.removeFirst(); // leading ""
    return withValue(QJsonValue(root), tokens, value).toObject();
}

Layout bigLayout(int sections, int rowsPerSection, int seatsPerRow)
{
    Layout layout;
    layout.name = s("Big");
    layout.stage = Stage{StageKind::Stage, {0.0, -2.0}, 20.0};
    layout.categories = {Category{s("c"), s("C"), s("#000000")}};
    for (int sec = 0; sec < sections; ++sec) {
        Section section{QStringLiteral("s%1").arg(sec), QStringLiteral("Section %1").arg(sec), {}};
        for (int r = 0; r < rowsPerSection; ++r) {
            RowSeatOptions options;
            options.count = seatsPerRow;
            options.categoryId = s("c");
            const QString id = QStringLiteral("s%1-r%2").arg(sec).arg(r);
            section.rows.append(mustRow(makeStraightRow(
                id, QString::number(r + 1), {double(sec % 10) * (seatsPerRow + 3), double(sec / 10) * (rowsPerSection + 3) + r},
                options)));
        }
        layout.sections.append(section);
    }
    return layout;
}

QByteArray readResource(const char *name)
{
    QFile file(QStringLiteral(MARQUEE_SOURCE_DIR "/resources/layouts/") + s(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    return file.readAll();
}

} // namespace

// --- model ---

TEST(LayoutModel, CountsAndLookups)
{
    const Layout layout = sampleLayout();
    EXPECT_EQ(layout.seatCount(), 20);

    const LayoutIndex index(layout);
    EXPECT_EQ(index.size(), 20);
    const SeatRef ref = index.find(s("circle-A-8"));
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref.section->id, s("circle"));
    EXPECT_EQ(ref.row->id, s("circle-A"));
    EXPECT_EQ(ref.seat->label, s("8"));
    EXPECT_EQ(ref.location, (SeatLocation{1, 0, 0})); // descending: the leftmost seat is number 8
    EXPECT_EQ(index.seat(s("stalls-B-3")), &layout.sections.at(0).rows.at(1).seats.at(2));
    EXPECT_FALSE(index.find(s("nope")));
    EXPECT_EQ(index.seat(s("nope")), nullptr);
    EXPECT_FALSE(index.locate(s("nope")).isValid());
    EXPECT_TRUE(index.contains(s("stalls-A-1")));

    const SeatRef linear = layout.findSeat(s("circle-A-8"));
    ASSERT_TRUE(linear);
    EXPECT_EQ(linear.seat, ref.seat);
    EXPECT_FALSE(layout.findSeat(s("nope")));

    ASSERT_NE(layout.category(s("prem")), nullptr);
    EXPECT_EQ(layout.category(s("prem"))->name, s("Premium"));
    EXPECT_EQ(layout.category(s("none")), nullptr);

    QStringList visited;
    layout.forEachSeat([&](const Section &section, const Row &row, const Seat &seat) {
        visited.append(section.id + QLatin1Char('/') + row.label + QLatin1Char('/') + seat.label);
    });
    ASSERT_EQ(visited.size(), 20);
    EXPECT_EQ(visited.first(), s("stalls/A/1"));
    EXPECT_EQ(visited.last(), s("circle/A/1"));
}

TEST(LayoutModel, StraightRowGenerator)
{
    RowSeatOptions options;
    options.count = 5;
    options.spacing = 1.5;
    options.categoryId = s("c");
    options.firstNumber = 11;
    const Row row = mustRow(makeStraightRow(s("r"), s("F"), {2.0, 7.0}, options));
    EXPECT_EQ(row.kind, RowKind::Straight);
    ASSERT_EQ(row.seats.size(), 5);
    for (int i = 0; i < 5; ++i) {
        EXPECT_DOUBLE_EQ(row.seats.at(i).position.x, 2.0 + 1.5 * i);
        EXPECT_DOUBLE_EQ(row.seats.at(i).position.y, 7.0);
        EXPECT_EQ(row.seats.at(i).label, QString::number(11 + i));
        EXPECT_EQ(row.seats.at(i).id, s("r-") + QString::number(11 + i));
        EXPECT_EQ(row.seats.at(i).categoryId, s("c"));
    }
    options.numbering = SeatNumbering::Descending;
    options.firstNumber = 1;
    const Row down = mustRow(makeStraightRow(s("r"), s("F"), {0.0, 0.0}, options, 90.0));
    EXPECT_EQ(down.seats.first().label, s("5"));
    EXPECT_EQ(down.seats.last().label, s("1"));
    EXPECT_NEAR(down.seats.last().position.x, 0.0, 1e-12);
    EXPECT_NEAR(down.seats.last().position.y, 6.0, 1e-12);

    options.count = 0;
    EXPECT_EQ(makeStraightRow(s("r"), s("F"), {}, options).error().code, ErrorCode::InvalidValue);
    options.count = 3;
    options.spacing = 0.5; // seats would overlap
    EXPECT_EQ(makeStraightRow(s("r"), s("F"), {}, options).error().where, s("spacing"));
}

TEST(LayoutModel, CurvedRowGeneratorPutsSeatsOnTheArc)
{
    const LayoutPoint centre{4.0, -6.0};
    const double radius = 9.5;
    RowSeatOptions options;
    options.count = 15;
    options.spacing = 1.02;
    options.categoryId = s("c");
    const Row row = mustRow(makeCurvedRow(s("arc"), s("K"), centre, radius, options));
    EXPECT_EQ(row.kind, RowKind::Curved);
    EXPECT_EQ(row.centre, centre);
    EXPECT_EQ(row.radius, radius);
    ASSERT_EQ(row.seats.size(), 15);
    for (qsizetype i = 0; i < row.seats.size(); ++i) {
        const LayoutPoint p = row.seats.at(i).position;
        EXPECT_NEAR(std::hypot(p.x - centre.x, p.y - centre.y), radius, 1e-9) << "seat " << i;
        EXPECT_GT(p.y, centre.y); // below the centre, away from the stage
        EXPECT_EQ(row.seats.at(i).label, QString::number(i + 1));
        if (i > 0) {
            const LayoutPoint q = row.seats.at(i - 1).position;
            EXPECT_NEAR(std::hypot(p.x - q.x, p.y - q.y), options.spacing, 1e-9);
            EXPECT_GT(p.x, q.x); // left to right
        }
    }
    // Symmetric about the vertical through the centre.
    EXPECT_NEAR(row.seats.at(7).position.x, centre.x, 1e-9);
    EXPECT_NEAR(row.seats.first().position.x - centre.x, centre.x - row.seats.last().position.x, 1e-9);

    Layout layout = sampleLayout();
    layout.sections = {Section{s("sec"), s("Sec"), {row}}};
    layout.categories = {Category{s("c"), s("C"), s("#123456")}};
    layout.aisles.clear();
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << dump(validateLayout(layout));

    // Descending numbering and a middle angle turned towards +x.
    options.numbering = SeatNumbering::Descending;
    const Row turned = mustRow(makeCurvedRow(s("arc"), s("K"), centre, radius, options, 90.0));
    EXPECT_EQ(turned.seats.first().label, s("15"));
    EXPECT_NEAR(turned.seats.at(7).position.x, centre.x + radius, 1e-9);
    EXPECT_NEAR(turned.seats.at(7).position.y, centre.y, 1e-9);

    EXPECT_EQ(makeCurvedRow(s("arc"), s("K"), centre, 0.0, options).error().where, s("radius"));
    EXPECT_EQ(makeCurvedRow(s("arc"), s("K"), centre, 0.4, options).error().where, s("spacing"));
    options.count = 100; // does not fit on a circle of radius 9.5
    EXPECT_EQ(makeCurvedRow(s("arc"), s("K"), centre, radius, options).error().where, s("count"));
}

// --- JSON round trips ---

TEST(LayoutJson, RoundTripOfHandBuiltLayout)
{
    Layout layout = sampleLayout();
    layout.sections[0].rows[0].seats[2].position = {0.1 + 0.2, -1.0 / 3.0};
    layout.sections[0].rows[0].seats[3].position = {1e-7, 12345.678901234567};

    const QJsonObject json = layoutToJson(layout);
    const Result<Layout> back = layoutFromJson(json);
    ASSERT_TRUE(back.hasValue()) << back.error().toString().toStdString();
    EXPECT_TRUE(*back == layout);
    EXPECT_EQ(layoutToJson(*back), json);

    const Result<Layout> fromText = layoutFromJsonText(layoutToJsonText(layout));
    ASSERT_TRUE(fromText.hasValue()) << fromText.error().toString().toStdString();
    EXPECT_TRUE(*fromText == layout);
    EXPECT_EQ(layoutToJsonText(*fromText), layoutToJsonText(layout));

    // Canonical details of the format.
    EXPECT_EQ(json.value(s("schemaVersion")).toInt(), 1);
    const QJsonObject seat0 = json[s("sections")][0][s("rows")][0][s("seats")][0].toObject();
    EXPECT_EQ(seat0.value(s("flags")).toArray(), QJsonArray{s("wheelchair")});
    const QJsonObject seat5 = json[s("sections")][0][s("rows")][0][s("seats")][5].toObject();
    EXPECT_EQ(seat5.value(s("flags")).toArray(), (QJsonArray{s("restrictedView"), s("blocked")}));
    EXPECT_FALSE(json[s("sections")][0][s("rows")][0][s("seats")][2].toObject().contains(s("flags")));
    EXPECT_FALSE(json[s("sections")][0][s("rows")][0].toObject().contains(s("radius")));
    EXPECT_EQ(json[s("sections")][1][s("rows")][0][s("kind")].toString(), s("curved"));
}

TEST(LayoutJson, RoundTripOfDemoLayouts)
{
    struct Demo
    {
        const char *file;
        qsizetype seats;
        qsizetype categories;
        qsizetype minSections;
    };
    const Demo demos[] = {{"studio.json", 120, 1, 1}, {"cinema.json", 300, 2, 2}, {"grand-hall.json", 2037, 3, 4}};
    for (const Demo &demo : demos) {
        SCOPED_TRACE(demo.file);
        const QByteArray text = readResource(demo.file);
        const Result<Layout> layout = layoutFromJsonText(text);
        ASSERT_TRUE(layout.hasValue()) << layout.error().toString().toStdString();
        EXPECT_TRUE(validateLayout(*layout).isEmpty()) << dump(validateLayout(*layout));
        EXPECT_EQ(layout->seatCount(), demo.seats);
        EXPECT_EQ(layout->categories.size(), demo.categories);
        EXPECT_GE(layout->sections.size(), demo.minSections);

        // export(import(x)) == x, both as JSON values and as the canonical text.
        const QJsonObject json = QJsonDocument::fromJson(text).object();
        EXPECT_EQ(layoutToJson(*layout), json);
        EXPECT_EQ(layoutToJsonText(*layout), text);
        // import(export(layout)) == layout
        const Result<Layout> again = layoutFromJson(layoutToJson(*layout));
        ASSERT_TRUE(again.hasValue());
        EXPECT_TRUE(*again == *layout);

        int wheelchairs = 0;
        int companions = 0;
        layout->forEachSeat([&](const Section &, const Row &, const Seat &seat) {
            wheelchairs += seat.flags.testFlag(SeatFlag::Wheelchair) ? 1 : 0;
            companions += seat.flags.testFlag(SeatFlag::Companion) ? 1 : 0;
        });
        EXPECT_GE(wheelchairs, 1);
        EXPECT_GE(companions, 1);
    }
}

TEST(LayoutJson, BestRowsAreOptionalAndExportedOnlyWhenSet)
{
    Layout layout = sampleLayout();
    const QJsonObject plain = layoutToJson(layout);
    EXPECT_FALSE(plain[s("sections")][0][s("rows")][0].toObject().contains(s("best")));
    EXPECT_FALSE(layoutToJsonText(layout).contains("\"best\""));

    layout.sections[0].rows[1].best = true;
    const QJsonObject json = layoutToJson(layout);
    EXPECT_EQ(json[s("sections")][0][s("rows")][1][s("best")], QJsonValue(true));
    EXPECT_FALSE(json[s("sections")][0][s("rows")][0].toObject().contains(s("best")));
    const Result<Layout> back = layoutFromJsonText(layoutToJsonText(layout));
    ASSERT_TRUE(back.hasValue()) << back.error().toString().toStdString();
    EXPECT_TRUE(back->sections[0].rows[1].best);
    EXPECT_FALSE(back->sections[0].rows[0].best);
    EXPECT_TRUE(*back == layout);

    // "best": false reads as not best (and is not written back).
    const Result<Layout> unset = layoutFromJson(withValue(plain, "/sections/0/rows/0/best", false));
    ASSERT_TRUE(unset.hasValue());
    EXPECT_FALSE(unset->sections[0].rows[0].best);
    EXPECT_EQ(layoutToJson(*unset), plain);

    // The demo layouts mark a band of best rows.
    const Result<Layout> hall = layoutFromJsonText(readResource("grand-hall.json"));
    ASSERT_TRUE(hall.hasValue());
    int best = 0;
    for (const Section &section : hall->sections) {
        for (const Row &row : section.rows)
            best += row.best ? 1 : 0;
    }
    EXPECT_GE(best, 3);
}

TEST(LayoutJson, GrandHallHasCurvedRowsAndBalcony)
{
    const Result<Layout> layout = layoutFromJsonText(readResource("grand-hall.json"));
    ASSERT_TRUE(layout.hasValue());
    int curved = 0;
    bool balcony = false;
    for (const Section &section : layout->sections) {
        balcony = balcony || section.name.startsWith(s("Balcony"));
        for (const Row &row : section.rows)
            curved += row.kind == RowKind::Curved ? 1 : 0;
    }
    EXPECT_GT(curved, 50);
    EXPECT_TRUE(balcony);
    EXPECT_EQ(layout->stage.kind, StageKind::Stage);
}

// --- JSON import errors ---

TEST(LayoutJson, ImportErrorsNameCodeAndPath)
{
    const QJsonObject good = layoutToJson(sampleLayout());
    ASSERT_TRUE(layoutFromJson(good).hasValue());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const QString seat = s("/sections/1/rows/0/seats/7");

    struct Case
    {
        const char *name;
        std::function<QJsonObject()> document;
        ErrorCode code;
        QString where;
    };
    const auto set = [&](const char *pointer, QJsonValue value) {
        return [&good, pointer, value] { return withValue(good, pointer, value); };
    };
    const auto remove = [&](const char *pointer) {
        return [&good, pointer] { return withValue(good, pointer, std::nullopt); };
    };
    const QList<Case> cases = {
        {"missing schemaVersion", remove("/schemaVersion"), ErrorCode::MissingField, s("/schemaVersion")},
        {"future schemaVersion", set("/schemaVersion", 2), ErrorCode::LayoutSchemaVersion, s("/schemaVersion")},
        {"schemaVersion as string", set("/schemaVersion", s("1")), ErrorCode::WrongType, s("/schemaVersion")},
        {"unknown top-level field", set("/colour", 1), ErrorCode::UnknownField, s("/colour")},
        {"unknown field name is escaped",
         [&good] {
             QJsonObject o = good;
             o.insert(s("a~b/c"), true);
             return o;
         },
         ErrorCode::UnknownField, s("/a~0b~1c")},
        {"missing name", remove("/name"), ErrorCode::MissingField, s("/name")},
        {"null name", set("/name", QJsonValue()), ErrorCode::WrongType, s("/name")},
        {"empty name", set("/name", s("")), ErrorCode::InvalidValue, s("/name")},
        {"fractional version", set("/version", 1.5), ErrorCode::WrongType, s("/version")},
        {"zero version", set("/version", 0), ErrorCode::InvalidValue, s("/version")},
        {"stage not an object", set("/stage", QJsonArray{}), ErrorCode::WrongType, s("/stage")},
        {"bad stage kind", set("/stage/kind", s("cinema")), ErrorCode::InvalidValue, s("/stage/kind")},
        {"non-finite stage width", set("/stage/width", inf), ErrorCode::InvalidValue, s("/stage/width")},
        {"colour word", set("/categories/1/colour", s("red")), ErrorCode::InvalidValue, s("/categories/1/colour")},
        {"colour not hex", set("/categories/0/colour", s("#12345g")), ErrorCode::InvalidValue,
         s("/categories/0/colour")},
        {"category id with space", set("/categories/0/id", s("a b")), ErrorCode::InvalidValue, s("/categories/0/id")},
        {"sections not an array", set("/sections", QJsonObject{}), ErrorCode::WrongType, s("/sections")},
        {"section not an object", set("/sections/1", 3), ErrorCode::WrongType, s("/sections/1")},
        {"unknown section field", set("/sections/0/seats", QJsonArray{}), ErrorCode::UnknownField,
         s("/sections/0/seats")},
        {"bad row kind", set("/sections/0/rows/1/kind", s("zigzag")), ErrorCode::InvalidValue,
         s("/sections/0/rows/1/kind")},
        {"curved row without radius", remove("/sections/1/rows/0/radius"), ErrorCode::MissingField,
         s("/sections/1/rows/0/radius")},
        {"curved row centre without y", remove("/sections/1/rows/0/centre/y"), ErrorCode::MissingField,
         s("/sections/1/rows/0/centre/y")},
        {"straight row with radius", set("/sections/0/rows/0/radius", 5), ErrorCode::UnknownField,
         s("/sections/0/rows/0/radius")},
        {"best row as string", set("/sections/0/rows/0/best", s("yes")), ErrorCode::WrongType,
         s("/sections/0/rows/0/best")},
        {"best row as number", set("/sections/1/rows/0/best", 1), ErrorCode::WrongType,
         s("/sections/1/rows/0/best")},
        {"best row null", set("/sections/0/rows/1/best", QJsonValue()), ErrorCode::WrongType,
         s("/sections/0/rows/1/best")},
        {"missing seat category", remove("/sections/1/rows/0/seats/7/category"), ErrorCode::MissingField,
         seat + s("/category")},
        {"numeric seat category", set("/sections/1/rows/0/seats/7/category", 5), ErrorCode::WrongType,
         seat + s("/category")},
        {"seat not an object", set("/sections/1/rows/0/seats/7", s("A1")), ErrorCode::WrongType, seat},
        {"unknown seat field", set("/sections/1/rows/0/seats/7/price", 1200), ErrorCode::UnknownField,
         seat + s("/price")},
        {"empty seat id", set("/sections/1/rows/0/seats/7/id", s("")), ErrorCode::InvalidValue, seat + s("/id")},
        {"seat label with newline", set("/sections/1/rows/0/seats/7/label", s("1\n2")), ErrorCode::InvalidValue,
         seat + s("/label")},
        {"NaN seat x", set("/sections/1/rows/0/seats/7/x", nan), ErrorCode::InvalidValue, seat + s("/x")},
        {"huge seat y", set("/sections/1/rows/0/seats/7/y", 1e300), ErrorCode::InvalidValue, seat + s("/y")},
        {"seat x as string", set("/sections/1/rows/0/seats/7/x", s("3")), ErrorCode::WrongType, seat + s("/x")},
        {"unknown flag", set("/sections/1/rows/0/seats/7/flags", QJsonArray{s("wheelchair"), s("vip")}),
         ErrorCode::InvalidValue, seat + s("/flags/1")},
        {"flags as string", set("/sections/1/rows/0/seats/7/flags", s("blocked")), ErrorCode::WrongType,
         seat + s("/flags")},
        {"flag not a string", set("/sections/1/rows/0/seats/7/flags", QJsonArray{1}), ErrorCode::WrongType,
         seat + s("/flags/0")},
        {"duplicate flag", set("/sections/1/rows/0/seats/7/flags", QJsonArray{s("blocked"), s("blocked")}),
         ErrorCode::InvalidValue, seat + s("/flags/1")},
        {"missing aisles", remove("/aisles"), ErrorCode::MissingField, s("/aisles")},
        {"aisle without from", remove("/aisles/0/from"), ErrorCode::MissingField, s("/aisles/0/from")},
        {"aisle point with z", set("/aisles/0/to/z", 1), ErrorCode::UnknownField, s("/aisles/0/to/z")},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const Result<Layout> result = layoutFromJson(c.document());
        ASSERT_FALSE(result.hasValue());
        EXPECT_EQ(errorCodeName(result.error().code), errorCodeName(c.code));
        EXPECT_EQ(result.error().where, c.where);
        EXPECT_FALSE(result.error().message.isEmpty());
    }
}

TEST(LayoutJson, SchemaVersionIsCheckedBeforeUnknownFields)
{
    QJsonObject json = layoutToJson(sampleLayout());
    json.insert(s("schemaVersion"), 7);
    json.insert(s("newField"), true);
    const Result<Layout> result = layoutFromJson(json);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::LayoutSchemaVersion);
}

TEST(LayoutJson, ImportLimits)
{
    const QJsonObject good = layoutToJson(sampleLayout());
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(QJsonObject{});
    Result<Layout> result = layoutFromJson(withValue(good, "/sections", many));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::TooManyItems);
    EXPECT_EQ(result.error().where, s("/sections"));

    for (int i = 101; i < 501; ++i)
        many.append(QJsonObject{});
    result = layoutFromJson(withValue(good, "/sections/0/rows", many));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::TooManyItems);
    EXPECT_EQ(result.error().where, s("/sections/0/rows"));

    for (int i = 501; i < 1001; ++i)
        many.append(QJsonObject{});
    result = layoutFromJson(withValue(good, "/sections/1/rows/0/seats", many));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::TooManyItems);
    EXPECT_EQ(result.error().where, s("/sections/1/rows/0/seats"));

    // 20,000 seats are fine, one more row is not.
    Layout big = bigLayout(1, 20, 1000);
    ASSERT_EQ(big.seatCount(), 20000);
    QJsonObject json = layoutToJson(big);
    ASSERT_TRUE(layoutFromJson(json).hasValue());
    const QJsonValue firstRow = json.value(s("sections"))[0][s("rows")][0];
    QJsonObject extraRow = firstRow.toObject();
    extraRow.insert(s("id"), s("extra"));
    extraRow.insert(s("label"), s("extra"));
    extraRow.insert(s("seats"), QJsonArray{firstRow[s("seats")][0]});
    json = withValue(json, "/sections/0/rows/20", extraRow);
    result = layoutFromJson(json);
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::TooManyItems);
    EXPECT_EQ(result.error().where, s("/sections/0/rows/20/seats"));
}

TEST(LayoutJson, ImportFromText)
{
    Result<Layout> result = layoutFromJsonText(QByteArray("{\"schemaVersion\": 1, \"name\": "));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::MalformedJson);
    EXPECT_TRUE(result.error().message.contains(s("offset"))) << result.error().message.toStdString();

    result = layoutFromJsonText(QByteArray("{\"x\": 1e999}"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::MalformedJson);
    EXPECT_TRUE(result.error().message.contains(s("11"))) << result.error().message.toStdString();

    result = layoutFromJsonText(QByteArray());
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::MalformedJson);

    result = layoutFromJsonText(QByteArray("[1, 2]"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::NotAnObject);

    result = layoutFromJsonText(QByteArray("{\"schemaVersion\": 1}"));
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, ErrorCode::MissingField);
    EXPECT_EQ(result.error().where, s("/name"));

    // Garbage of every kind never crashes.
    const QByteArray text = layoutToJsonText(sampleLayout());
    for (qsizetype cut = 0; cut < text.size() - 2; cut += 7)
        EXPECT_FALSE(layoutFromJsonText(text.left(cut)).hasValue());
}

// --- validation ---

TEST(LayoutValidator, ValidLayoutHasNoErrors)
{
    const Layout layout = sampleLayout();
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << dump(validateLayout(layout));
}

TEST(LayoutValidator, BlockedAndRestrictedSeatsAreFine)
{
    Layout layout = sampleLayout();
    for (Seat &seat : layout.sections[0].rows[1].seats)
        seat.flags = SeatFlag::Blocked | SeatFlag::RestrictedView;
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << dump(validateLayout(layout));
}

TEST(LayoutValidator, DuplicateIds)
{
    Layout layout = sampleLayout();
    layout.sections[0].rows[1].seats[2].id = s("stalls-A-1");   // seat vs seat
    layout.sections[1].rows[0].id = s("stalls");                // row vs section
    layout.aisles[0].id = s("circle-A-3");                      // aisle vs seat
    layout.categories[1].id = s("std");                         // categories among themselves
    for (Section &section : layout.sections) {
        for (Row &row : section.rows) {
            for (Seat &seat : row.seats)
                seat.categoryId = s("std");
        }
    }
    const QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutDuplicateId, "/sections/0/rows/1/seats/2/id");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutDuplicateId, "/sections/1/rows/0/id");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutDuplicateId, "/aisles/0/id");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutDuplicateId, "/categories/1/id");
    EXPECT_EQ(errors.size(), 4) << dump(errors);
    const Error *e = findError(errors, ErrorCode::LayoutDuplicateId, s("/sections/0/rows/1/seats/2/id"));
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->message.contains(s("seat 'B 3' in row 'B' of section 'Stalls'"))) << e->message.toStdString();
    EXPECT_TRUE(e->message.contains(s("seat 'A 1' in row 'A' of section 'Stalls'"))) << e->message.toStdString();
}

TEST(LayoutValidator, DuplicateLabels)
{
    Layout layout = sampleLayout();
    layout.sections[0].rows[0].seats[3].label = s("1");
    layout.sections[0].rows[1].label = s("A");
    layout.sections[1].name = s("Stalls");
    const QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutDuplicateLabel, "/sections/0/rows/0/seats/3/label");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutDuplicateLabel, "/sections/0/rows/1/label");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutDuplicateLabel, "/sections/1/name");
    EXPECT_EQ(errors.size(), 3) << dump(errors);
    EXPECT_TRUE(errors.first().message.contains(s("seat 'A 1' in row 'A' of section 'Stalls'")))
        << errors.first().message.toStdString();
}

TEST(LayoutValidator, SameLabelInDifferentRowsIsFine)
{
    Layout layout = sampleLayout();
    layout.sections[1].rows[0].label = s("B"); // row B exists in Stalls too, but not in Circle
    EXPECT_TRUE(validateLayout(layout).isEmpty());
}

TEST(LayoutValidator, Overlaps)
{
    Layout layout = sampleLayout();
    // B 2 is moved onto A 4 (another row), A 6 next to A 5 (same row).
    layout.sections[0].rows[1].seats[1].position = {3.8, 3.2};
    layout.sections[0].rows[0].seats[5].position.x = layout.sections[0].rows[0].seats[4].position.x + 0.9;
    const QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutOverlap, "/sections/0/rows/0/seats/5");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutOverlap, "/sections/0/rows/1/seats/1");
    EXPECT_EQ(errors.size(), 2) << dump(errors);
    const Error *e = findError(errors, ErrorCode::LayoutOverlap);
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->message.contains(s("seat 'A 6' in row 'A' of section 'Stalls'"))) << e->message.toStdString();

    // Across sections.
    layout = sampleLayout();
    layout.sections[1].rows[0].seats[0].position = layout.sections[0].rows[0].seats[0].position;
    const QList<Error> across = validateLayout(layout);
    EXPECT_HAS_ERROR(across, ErrorCode::LayoutOverlap, "/sections/1/rows/0/seats/0");

    // Exactly one seat size apart is touching, not overlapping.
    layout = sampleLayout();
    layout.sections[0].rows[0].seats[1].position.x = layout.sections[0].rows[0].seats[0].position.x + SeatSize;
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << dump(validateLayout(layout));
}

TEST(LayoutValidator, OverlapReportsAreCapped)
{
    Layout layout = bigLayout(1, 20, 100); // 2,000 seats, all on one spot
    for (Row &row : layout.sections[0].rows) {
        for (Seat &seat : row.seats)
            seat.position = {5.0, 5.0};
    }
    const QList<Error> errors = validateLayout(layout);
    EXPECT_EQ(errors.size(), MaxReportedOverlaps);
    EXPECT_EQ(errors.first().code, ErrorCode::LayoutOverlap);
}

TEST(LayoutValidator, UnknownCategory)
{
    Layout layout = sampleLayout();
    layout.sections[1].rows[0].seats[7].categoryId = s("vip");
    const QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutUnknownCategory, "/sections/1/rows/0/seats/7/category");
    EXPECT_EQ(errors.size(), 1) << dump(errors);
    EXPECT_TRUE(errors.first().message.contains(s("seat 'A 1' in row 'A' of section 'Circle'")))
        << errors.first().message.toStdString();
}

TEST(LayoutValidator, CompanionNeedsAWheelchairNeighbour)
{
    Layout layout = sampleLayout();
    layout.sections[0].rows[0].seats[3].flags = SeatFlag::Companion; // neighbours 3 and 5: no wheelchair
    layout.sections[0].rows[1].seats[0].flags = SeatFlag::Companion; // wheelchair is in row A, not B
    QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutCompanionWithoutWheelchair, "/sections/0/rows/0/seats/3/flags");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutCompanionWithoutWheelchair, "/sections/0/rows/1/seats/0/flags");
    EXPECT_EQ(errors.size(), 2) << dump(errors);

    // A wheelchair space on the right counts as well; two companions may share one.
    layout = sampleLayout();
    layout.sections[0].rows[0].seats[0].flags = SeatFlag::Companion;
    layout.sections[0].rows[0].seats[1].flags = SeatFlag::Wheelchair;
    layout.sections[0].rows[0].seats[2].flags = SeatFlag::Companion;
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << dump(validateLayout(layout));

    // Removing the wheelchair space leaves the companion alone.
    layout = sampleLayout();
    layout.sections[0].rows[0].seats[0].flags = {};
    errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutCompanionWithoutWheelchair, "/sections/0/rows/0/seats/1/flags");
}

TEST(LayoutValidator, EmptyRowsSectionsLayoutAndCategories)
{
    Layout layout = sampleLayout();
    layout.sections[0].rows[1].seats.clear();
    layout.sections[1].rows.clear();
    QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutEmpty, "/sections/0/rows/1/seats");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutEmpty, "/sections/1/rows");
    EXPECT_EQ(errors.size(), 2) << dump(errors);
    const Error *e = findError(errors, ErrorCode::LayoutEmpty);
    ASSERT_NE(e, nullptr);
    EXPECT_TRUE(e->message.contains(s("row 'B' of section 'Stalls'"))) << e->message.toStdString();

    layout.sections.clear();
    errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutEmpty, "/sections");
    EXPECT_EQ(errors.size(), 1) << dump(errors);

    layout = sampleLayout();
    layout.categories.clear();
    errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutEmpty, "/categories");
    EXPECT_EQ(countErrors(errors, ErrorCode::LayoutUnknownCategory, s("/sections/0/rows/0/seats/0/category")), 1);
}

TEST(LayoutValidator, InvalidGeometry)
{
    Layout layout = sampleLayout();
    layout.sections[0].rows[0].seats[2].position.x = std::numeric_limits<double>::quiet_NaN();
    layout.sections[0].rows[1].seats[4].position.y = std::numeric_limits<double>::infinity();
    layout.sections[0].rows[1].seats[5].position.y = 1e9;
    layout.sections[1].rows[0].radius = 0.0;
    layout.stage.width = -1.0;
    layout.aisles[0].width = 0.0;
    layout.aisles[0].to.x = std::numeric_limits<double>::quiet_NaN();
    QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/sections/0/rows/0/seats/2/x");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/sections/0/rows/1/seats/4/y");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/sections/0/rows/1/seats/5/y");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/sections/1/rows/0/radius");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/stage/width");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/aisles/0/width");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/aisles/0/to/x");
    EXPECT_EQ(errors.size(), 7) << dump(errors);

    layout = sampleLayout();
    layout.sections[1].rows[0].radius = -4.0;
    layout.sections[1].rows[0].centre.y = std::numeric_limits<double>::infinity();
    errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/sections/1/rows/0/radius");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/sections/1/rows/0/centre/y");

    // A straight row's unused radius is not checked.
    layout = sampleLayout();
    layout.sections[0].rows[0].radius = -1.0;
    EXPECT_TRUE(validateLayout(layout).isEmpty());
}

TEST(LayoutValidator, MalformedValues)
{
    Layout layout = sampleLayout();
    layout.name.clear();
    layout.version = 0;
    layout.categories[0].colour = s("blue");
    layout.sections[0].id = s("stalls one");
    layout.sections[0].rows[1].seats[0].label = s("  ");
    QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::InvalidValue, "/name");
    EXPECT_HAS_ERROR(errors, ErrorCode::InvalidValue, "/version");
    EXPECT_HAS_ERROR(errors, ErrorCode::InvalidValue, "/categories/0/colour");
    EXPECT_HAS_ERROR(errors, ErrorCode::InvalidValue, "/sections/0/id");
    EXPECT_HAS_ERROR(errors, ErrorCode::InvalidValue, "/sections/0/rows/1/seats/0/label");
    EXPECT_EQ(errors.size(), 5) << dump(errors);
}

TEST(LayoutValidator, TooManySeats)
{
    const Layout layout = bigLayout(1, 21, 1000);
    const QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::TooManyItems, "/sections");
    EXPECT_EQ(errors.size(), 1) << dump(errors);
}

TEST(LayoutValidator, TwentyThousandSeats)
{
    Layout layout = bigLayout(20, 20, 50);
    ASSERT_EQ(layout.seatCount(), LayoutLimits::MaxSeats);
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << dump(validateLayout(layout));

    const LayoutIndex index(layout);
    EXPECT_EQ(index.size(), LayoutLimits::MaxSeats);
    const SeatRef last = index.find(s("s19-r19-50"));
    ASSERT_TRUE(last);
    EXPECT_EQ(last.location, (SeatLocation{19, 19, 49}));

    // One overlap and one duplicate id among 20,000 seats are both found.
    Layout broken = layout;
    broken.sections[19].rows[19].seats[49].position = broken.sections[0].rows[0].seats[0].position;
    broken.sections[7].rows[3].seats[10].id = s("s2-r2-2");
    const QList<Error> errors = validateLayout(broken);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutOverlap, "/sections/19/rows/19/seats/49");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutDuplicateId, "/sections/7/rows/3/seats/10/id");
    EXPECT_EQ(errors.size(), 2) << dump(errors);

    const Result<Layout> back = layoutFromJsonText(layoutToJsonText(layout));
    ASSERT_TRUE(back.hasValue());
    EXPECT_TRUE(*back == layout);
}

// --- texts on the plan (the optional "labels" array) ---

namespace {

Layout sampleWithTexts()
{
    Layout layout = sampleLayout();
    layout.labels = {TextLabel{s("text-balcony"), s("Balcony"), {3.0, -4.5}, 1.5},
                     TextLabel{s("text-exit"), s("Exit ↗"), {12.0, 10.0}, 0.8}};
    return layout;
}

} // namespace

TEST(LayoutTexts, RoundTripAndOldDocumentsUnchanged)
{
    const Layout layout = sampleWithTexts();
    const QJsonObject json = layoutToJson(layout);
    EXPECT_EQ(json[s("labels")][1].toObject(),
              (QJsonObject{{s("id"), s("text-exit")}, {s("text"), s("Exit ↗")}, {s("x"), 12.0}, {s("y"), 10.0}, {s("size"), 0.8}}));
    const Result<Layout> back = layoutFromJsonText(layoutToJsonText(layout));
    ASSERT_TRUE(back.hasValue()) << back.error().toString().toStdString();
    EXPECT_EQ(*back, layout);
    EXPECT_TRUE(validateLayout(layout).isEmpty()) << dump(validateLayout(layout));

    // A layout without texts is written as before ("labels" left out) and documents without the
    // field still read.
    EXPECT_FALSE(layoutToJson(sampleLayout()).contains(s("labels")));
    QJsonObject old = layoutToJson(sampleLayout());
    ASSERT_TRUE(layoutFromJson(old).hasValue());
    EXPECT_TRUE(layoutFromJson(old)->labels.isEmpty());
    old.insert(s("labels"), QJsonArray{});
    EXPECT_TRUE(layoutFromJson(old).hasValue());
}

TEST(LayoutTexts, ImportIsStrict)
{
    const QJsonObject good = layoutToJson(sampleWithTexts());
    struct Case
    {
        const char *name;
        QJsonObject document;
        ErrorCode code;
        const char *where;
    };
    QJsonArray tooMany;
    for (int i = 0; i <= LayoutLimits::MaxTextLabels; ++i)
        tooMany.append(good[s("labels")][0]);
    const Case cases[] = {
        {"not an array", withValue(good, "/labels", s("Balcony")), ErrorCode::WrongType, "/labels"},
        {"not an object", withValue(good, "/labels/0", 3), ErrorCode::WrongType, "/labels/0"},
        {"unknown field", withValue(good, "/labels/0/colour", s("#000000")), ErrorCode::UnknownField, "/labels/0/colour"},
        {"missing text", withValue(good, "/labels/1/text", std::nullopt), ErrorCode::MissingField, "/labels/1/text"},
        {"empty text", withValue(good, "/labels/1/text", s(" ")), ErrorCode::InvalidValue, "/labels/1/text"},
        {"bad id", withValue(good, "/labels/0/id", s("a b")), ErrorCode::InvalidValue, "/labels/0/id"},
        {"size zero", withValue(good, "/labels/0/size", 0), ErrorCode::InvalidValue, "/labels/0/size"},
        {"size too big", withValue(good, "/labels/0/size", 101), ErrorCode::InvalidValue, "/labels/0/size"},
        {"x a string", withValue(good, "/labels/0/x", s("1")), ErrorCode::WrongType, "/labels/0/x"},
        {"y out of range", withValue(good, "/labels/0/y", 1e6), ErrorCode::InvalidValue, "/labels/0/y"},
        {"too many", withValue(good, "/labels", tooMany), ErrorCode::TooManyItems, "/labels"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        const Result<Layout> result = layoutFromJson(c.document);
        ASSERT_FALSE(result.hasValue());
        EXPECT_EQ(result.error().code, c.code) << result.error().toString().toStdString();
        EXPECT_EQ(result.error().where, s(c.where));
    }
}

TEST(LayoutTexts, Validated)
{
    Layout layout = sampleWithTexts();
    layout.labels[0].id = s("stalls"); // a section's id: one namespace
    layout.labels[1].text = s("\t");
    layout.labels[1].size = -1.0;
    layout.labels[1].position.x = std::numeric_limits<double>::infinity();
    const QList<Error> errors = validateLayout(layout);
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutDuplicateId, "/labels/0/id");
    EXPECT_HAS_ERROR(errors, ErrorCode::InvalidValue, "/labels/1/text");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/labels/1/size");
    EXPECT_HAS_ERROR(errors, ErrorCode::LayoutInvalidGeometry, "/labels/1/x");
    EXPECT_EQ(errors.size(), 4) << dump(errors);
    layout = sampleWithTexts();
    while (layout.labels.size() <= LayoutLimits::MaxTextLabels)
        layout.labels.append(TextLabel{QStringLiteral("t%1").arg(layout.labels.size()), s("T"), {0.0, 40.0 + double(layout.labels.size())}, 1.0});
    EXPECT_HAS_ERROR(validateLayout(layout), ErrorCode::TooManyItems, "/labels");
}
