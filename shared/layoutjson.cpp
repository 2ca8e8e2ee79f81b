#include "layoutjson.h"

#include "jsonlimits.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>

#include <climits>
#include <cmath>
#include <initializer_list>

namespace Marquee {

namespace {

// Field names, shared by reader and writer.
const QString kSchemaVersion = QStringLiteral("schemaVersion");
const QString kName = QStringLiteral("name");
const QString kVersion = QStringLiteral("version");
const QString kStage = QStringLiteral("stage");
const QString kCategories = QStringLiteral("categories");
const QString kSections = QStringLiteral("sections");
const QString kAisles = QStringLiteral("aisles");
const QString kKind = QStringLiteral("kind");
const QString kX = QStringLiteral("x");
const QString kY = QStringLiteral("y");
const QString kWidth = QStringLiteral("width");
const QString kId = QStringLiteral("id");
const QString kColour = QStringLiteral("colour");
const QString kRows = QStringLiteral("rows");
const QString kLabel = QStringLiteral("label");
const QString kSeats = QStringLiteral("seats");
const QString kCentre = QStringLiteral("centre");
const QString kRadius = QStringLiteral("radius");
const QString kCategory = QStringLiteral("category");
const QString kFlags = QStringLiteral("flags");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kLabels = QStringLiteral("labels");
const QString kText = QStringLiteral("text");
const QString kSize = QStringLiteral("size");
const QString kBest = QStringLiteral("best");

// A JSON-pointer reference token (RFC 6901): '~' -> "~0", '/' -> "~1".
QString pointerToken(const QString &key)
{
    QString token = key;
    token.replace(QLatin1Char('~'), QStringLiteral("~0"));
    token.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return token;
}

QString child(const QString &path, const QString &key)
{
    return path + QLatin1Char('/') + pointerToken(key);
}

QString child(const QString &path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Reads one document; the first problem wins (m_error), every read* returns false after it.
class Reader
{
public:
    Result<Layout> read(const QJsonObject &root);

private:
    bool fail(ErrorCode code, const QString &where, const QString &message)
    {
        m_error = makeError(code, message, where);
        return false;
    }

    bool checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<QString> allowed);
    bool field(const QJsonObject &object, const QString &path, const QString &key, QJsonValue *out);
    bool readObject(const QJsonObject &object, const QString &path, const QString &key, QJsonObject *out);
    bool readArray(const QJsonObject &object, const QString &path, const QString &key, qsizetype maxItems,
                   QJsonArray *out);
    bool readString(const QJsonObject &object, const QString &path, const QString &key, QString *out);
    bool readId(const QJsonObject &object, const QString &path, const QString &key, QString *out);
    bool readLabel(const QJsonObject &object, const QString &path, const QString &key, int maxLength,
                   QString *out);
    bool readNumber(const QJsonObject &object, const QString &path, const QString &key, double *out);
    bool readInteger(const QJsonObject &object, const QString &path, const QString &key, int *out);
    bool readPoint(const QJsonObject &object, const QString &path, const QString &key, LayoutPoint *out);
    bool asObject(const QJsonValue &value, const QString &path, QJsonObject *out);

    bool readStage(const QJsonObject &object, const QString &path, Stage *out);
    bool readCategory(const QJsonValue &value, const QString &path, Category *out);
    bool readSection(const QJsonValue &value, const QString &path, Section *out);
    bool readRow(const QJsonValue &value, const QString &path, Row *out);
    bool readSeat(const QJsonValue &value, const QString &path, Seat *out);
    bool readFlags(const QJsonValue &value, const QString &path, SeatFlags *out);
    bool readAisle(const QJsonValue &value, const QString &path, Aisle *out);
    bool readTextLabel(const QJsonValue &value, const QString &path, TextLabel *out);

    Error m_error;
    qsizetype m_seatCount = 0;
};

bool Reader::checkKeys(const QJsonObject &object, const QString &path, std::initializer_list<QString> allowed)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        bool known = false;
        for (const QString &a : allowed) {
            if (a == key) {
                known = true;
                break;
            }
        }
        if (!known)
            return fail(ErrorCode::UnknownField, child(path, key),
                        QStringLiteral("Unknown field \"%1\".").arg(key));
    }
    return true;
}

bool Reader::field(const QJsonObject &object, const QString &path, const QString &key, QJsonValue *out)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return fail(ErrorCode::MissingField, child(path, key),
                    QStringLiteral("The field \"%1\" is missing.").arg(key));
    *out = it.value();
    return true;
}

bool Reader::asObject(const QJsonValue &value, const QString &path, QJsonObject *out)
{
    if (!value.isObject())
        return fail(ErrorCode::WrongType, path, QStringLiteral("Expected an object, not %1.").arg(typeName(value)));
    *out = value.toObject();
    return true;
}

bool Reader::readObject(const QJsonObject &object, const QString &path, const QString &key, QJsonObject *out)
{
    QJsonValue value;
    return field(object, path, key, &value) && asObject(value, child(path, key), out);
}

bool Reader::readArray(const QJsonObject &object, const QString &path, const QString &key, qsizetype maxItems,
                       QJsonArray *out)
{
    QJsonValue value;
    if (!field(object, path, key, &value))
        return false;
    if (!value.isArray())
        return fail(ErrorCode::WrongType, child(path, key),
                    QStringLiteral("Expected an array, not %1.").arg(typeName(value)));
    *out = value.toArray();
    if (out->size() > maxItems)
        return fail(ErrorCode::TooManyItems, child(path, key),
                    QStringLiteral("At most %1 items are allowed here, not %2.").arg(maxItems).arg(out->size()));
    return true;
}

bool Reader::readString(const QJsonObject &object, const QString &path, const QString &key, QString *out)
{
    QJsonValue value;
    if (!field(object, path, key, &value))
        return false;
    if (!value.isString())
        return fail(ErrorCode::WrongType, child(path, key),
                    QStringLiteral("Expected a string, not %1.").arg(typeName(value)));
    *out = value.toString();
    return true;
}

bool Reader::readId(const QJsonObject &object, const QString &path, const QString &key, QString *out)
{
    if (!readString(object, path, key, out))
        return false;
    if (!isValidLayoutId(*out))
        return fail(ErrorCode::InvalidValue, child(path, key),
                    QStringLiteral("An id must be 1 to %1 characters of A-Z, a-z, 0-9, '.', '_' and '-'.")
                        .arg(LayoutLimits::MaxIdLength));
    return true;
}

bool Reader::readLabel(const QJsonObject &object, const QString &path, const QString &key, int maxLength,
                       QString *out)
{
    if (!readString(object, path, key, out))
        return false;
    if (!isValidLayoutLabel(*out, maxLength))
        return fail(ErrorCode::InvalidValue, child(path, key),
                    QStringLiteral("Expected 1 to %1 printable characters.").arg(maxLength));
    return true;
}

bool Reader::readNumber(const QJsonObject &object, const QString &path, const QString &key, double *out)
{
    QJsonValue value;
    if (!field(object, path, key, &value))
        return false;
    if (!value.isDouble())
        return fail(ErrorCode::WrongType, child(path, key),
                    QStringLiteral("Expected a number, not %1.").arg(typeName(value)));
    *out = value.toDouble();
    if (!isValidCoordinate(*out))
        return fail(ErrorCode::InvalidValue, child(path, key),
                    QStringLiteral("Expected a finite number between -%1 and %1.").arg(LayoutLimits::MaxCoordinate));
    return true;
}

bool Reader::readInteger(const QJsonObject &object, const QString &path, const QString &key, int *out)
{
    QJsonValue value;
    if (!field(object, path, key, &value))
        return false;
    const double d = value.toDouble();
    if (!value.isDouble() || !std::isfinite(d) || std::trunc(d) != d)
        return fail(ErrorCode::WrongType, child(path, key),
                    QStringLiteral("Expected an integer, not %1.").arg(typeName(value)));
    if (d < double(INT_MIN) || d > double(INT_MAX))
        return fail(ErrorCode::InvalidValue, child(path, key), QStringLiteral("The integer is out of range."));
    *out = int(d);
    return true;
}

bool Reader::readPoint(const QJsonObject &object, const QString &path, const QString &key, LayoutPoint *out)
{
    QJsonObject point;
    const QString pointPath = child(path, key);
    return readObject(object, path, key, &point) && checkKeys(point, pointPath, {kX, kY})
           && readNumber(point, pointPath, kX, &out->x) && readNumber(point, pointPath, kY, &out->y);
}

Result<Layout> Reader::read(const QJsonObject &root)
{
    const QString path; // the root's pointer is ""
    Layout layout;

    // The schema version first, so that a newer document says so rather than "unknown field".
    QJsonValue value;
    if (!field(root, path, kSchemaVersion, &value))
        return m_error;
    if (!value.isDouble())
        return makeError(ErrorCode::WrongType, QStringLiteral("Expected an integer, not %1.").arg(typeName(value)),
                         child(path, kSchemaVersion));
    if (value.toDouble() != double(CurrentLayoutSchemaVersion))
        return makeError(ErrorCode::LayoutSchemaVersion,
                         QStringLiteral("Unsupported layout schema version %1; this program reads version %2.")
                             .arg(value.toDouble())
                             .arg(CurrentLayoutSchemaVersion),
                         child(path, kSchemaVersion));

    if (!checkKeys(root, path, {kSchemaVersion, kName, kVersion, kStage, kCategories, kSections, kAisles, kLabels}))
        return m_error;
    if (!readLabel(root, path, kName, LayoutLimits::MaxNameLength, &layout.name))
        return m_error;
    if (!readInteger(root, path, kVersion, &layout.version))
        return m_error;
    if (layout.version < 1)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("The layout version must be at least 1."),
                         child(path, kVersion));

    QJsonObject stage;
    if (!readObject(root, path, kStage, &stage) || !readStage(stage, child(path, kStage), &layout.stage))
        return m_error;

    QJsonArray array;
    if (!readArray(root, path, kCategories, LayoutLimits::MaxCategories, &array))
        return m_error;
    layout.categories.resize(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!readCategory(array.at(i), child(child(path, kCategories), i), &layout.categories[i]))
            return m_error;
    }

    if (!readArray(root, path, kSections, LayoutLimits::MaxSections, &array))
        return m_error;
    layout.sections.resize(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!readSection(array.at(i), child(child(path, kSections), i), &layout.sections[i]))
            return m_error;
    }

    if (!readArray(root, path, kAisles, LayoutLimits::MaxAisles, &array))
        return m_error;
    layout.aisles.resize(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!readAisle(array.at(i), child(child(path, kAisles), i), &layout.aisles[i]))
            return m_error;
    }

    // Optional: documents written before text labels existed have none.
    if (root.contains(kLabels)) {
        if (!readArray(root, path, kLabels, LayoutLimits::MaxTextLabels, &array))
            return m_error;
        layout.labels.resize(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!readTextLabel(array.at(i), child(child(path, kLabels), i), &layout.labels[i]))
                return m_error;
        }
    }
    return layout;
}

bool Reader::readStage(const QJsonObject &object, const QString &path, Stage *out)
{
    QString kind;
    if (!checkKeys(object, path, {kKind, kX, kY, kWidth}) || !readString(object, path, kKind, &kind))
        return false;
    if (kind == stageKindName(StageKind::Screen))
        out->kind = StageKind::Screen;
    else if (kind == stageKindName(StageKind::Stage))
        out->kind = StageKind::Stage;
    else
        return fail(ErrorCode::InvalidValue, child(path, kKind),
                    QStringLiteral("The stage kind must be \"screen\" or \"stage\"."));
    return readNumber(object, path, kX, &out->position.x) && readNumber(object, path, kY, &out->position.y)
           && readNumber(object, path, kWidth, &out->width);
}

bool Reader::readCategory(const QJsonValue &value, const QString &path, Category *out)
{
    QJsonObject object;
    if (!asObject(value, path, &object) || !checkKeys(object, path, {kId, kName, kColour})
        || !readId(object, path, kId, &out->id)
        || !readLabel(object, path, kName, LayoutLimits::MaxNameLength, &out->name)
        || !readString(object, path, kColour, &out->colour))
        return false;
    if (!isValidColour(out->colour))
        return fail(ErrorCode::InvalidValue, child(path, kColour),
                    QStringLiteral("A colour must be written #rrggbb."));
    return true;
}

bool Reader::readSection(const QJsonValue &value, const QString &path, Section *out)
{
    QJsonObject object;
    QJsonArray rows;
    if (!asObject(value, path, &object) || !checkKeys(object, path, {kId, kName, kRows})
        || !readId(object, path, kId, &out->id)
        || !readLabel(object, path, kName, LayoutLimits::MaxNameLength, &out->name)
        || !readArray(object, path, kRows, LayoutLimits::MaxRowsPerSection, &rows))
        return false;
    out->rows.resize(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!readRow(rows.at(i), child(child(path, kRows), i), &out->rows[i]))
            return false;
    }
    return true;
}

bool Reader::readRow(const QJsonValue &value, const QString &path, Row *out)
{
    QJsonObject object;
    QString kind;
    if (!asObject(value, path, &object)
        || !checkKeys(object, path, {kId, kLabel, kKind, kCentre, kRadius, kSeats, kBest})
        || !readId(object, path, kId, &out->id)
        || !readLabel(object, path, kLabel, LayoutLimits::MaxLabelLength, &out->label)
        || !readString(object, path, kKind, &kind))
        return false;
    if (kind == rowKindName(RowKind::Straight)) {
        out->kind = RowKind::Straight;
        for (const QString &key : {kCentre, kRadius}) {
            if (object.contains(key))
                return fail(ErrorCode::UnknownField, child(path, key),
                            QStringLiteral("Only curved rows have \"%1\".").arg(key));
        }
    } else if (kind == rowKindName(RowKind::Curved)) {
        out->kind = RowKind::Curved;
        if (!readPoint(object, path, kCentre, &out->centre) || !readNumber(object, path, kRadius, &out->radius))
            return false;
    } else {
        return fail(ErrorCode::InvalidValue, child(path, kKind),
                    QStringLiteral("The row kind must be \"straight\" or \"curved\"."));
    }
    // Optional: documents written before best rows existed have none.
    out->best = false;
    if (const auto best = object.constFind(kBest); best != object.constEnd()) {
        if (!best.value().isBool())
            return fail(ErrorCode::WrongType, child(path, kBest),
                        QStringLiteral("Expected a boolean, not %1.").arg(typeName(best.value())));
        out->best = best.value().toBool();
    }

    QJsonArray seats;
    if (!readArray(object, path, kSeats, LayoutLimits::MaxSeatsPerRow, &seats))
        return false;
    if (m_seatCount + seats.size() > LayoutLimits::MaxSeats)
        return fail(ErrorCode::TooManyItems, child(path, kSeats),
                    QStringLiteral("A layout holds at most %1 seats.").arg(LayoutLimits::MaxSeats));
    m_seatCount += seats.size();
    out->seats.resize(seats.size());
    for (qsizetype i = 0; i < seats.size(); ++i) {
        if (!readSeat(seats.at(i), child(child(path, kSeats), i), &out->seats[i]))
            return false;
    }
    return true;
}

bool Reader::readSeat(const QJsonValue &value, const QString &path, Seat *out)
{
    QJsonObject object;
    if (!asObject(value, path, &object) || !checkKeys(object, path, {kId, kLabel, kX, kY, kCategory, kFlags})
        || !readId(object, path, kId, &out->id)
        || !readLabel(object, path, kLabel, LayoutLimits::MaxLabelLength, &out->label)
        || !readNumber(object, path, kX, &out->position.x) || !readNumber(object, path, kY, &out->position.y)
        || !readId(object, path, kCategory, &out->categoryId))
        return false;
    out->flags = {};
    const auto flags = object.constFind(kFlags);
    if (flags != object.constEnd())
        return readFlags(flags.value(), child(path, kFlags), &out->flags);
    return true;
}

bool Reader::readFlags(const QJsonValue &value, const QString &path, SeatFlags *out)
{
    if (!value.isArray())
        return fail(ErrorCode::WrongType, path, QStringLiteral("Expected an array, not %1.").arg(typeName(value)));
    const QJsonArray array = value.toArray();
    if (array.size() > allSeatFlags().size())
        return fail(ErrorCode::TooManyItems, path, QStringLiteral("Too many flags."));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString())
            return fail(ErrorCode::WrongType, child(path, i),
                        QStringLiteral("Expected a string, not %1.").arg(typeName(item)));
        SeatFlag flag{};
        if (!seatFlagFromName(item.toString(), &flag))
            return fail(ErrorCode::InvalidValue, child(path, i),
                        QStringLiteral("Unknown seat flag \"%1\"; expected wheelchair, companion, "
                                       "restrictedView or blocked.")
                            .arg(item.toString()));
        if (out->testFlag(flag))
            return fail(ErrorCode::InvalidValue, child(path, i),
                        QStringLiteral("The seat flag \"%1\" is given twice.").arg(item.toString()));
        *out |= flag;
    }
    return true;
}

bool Reader::readAisle(const QJsonValue &value, const QString &path, Aisle *out)
{
    QJsonObject object;
    return asObject(value, path, &object) && checkKeys(object, path, {kId, kName, kFrom, kTo, kWidth})
           && readId(object, path, kId, &out->id)
           && readLabel(object, path, kName, LayoutLimits::MaxNameLength, &out->name)
           && readPoint(object, path, kFrom, &out->from) && readPoint(object, path, kTo, &out->to)
           && readNumber(object, path, kWidth, &out->width);
}

bool Reader::readTextLabel(const QJsonValue &value, const QString &path, TextLabel *out)
{
    QJsonObject object;
    if (!asObject(value, path, &object) || !checkKeys(object, path, {kId, kText, kX, kY, kSize})
        || !readId(object, path, kId, &out->id)
        || !readLabel(object, path, kText, LayoutLimits::MaxNameLength, &out->text)
        || !readNumber(object, path, kX, &out->position.x) || !readNumber(object, path, kY, &out->position.y)
        || !readNumber(object, path, kSize, &out->size))
        return false;
    if (out->size <= 0.0 || out->size > LayoutLimits::MaxTextSize)
        return fail(ErrorCode::InvalidValue, child(path, kSize),
                    QStringLiteral("A text's size must be greater than 0 and at most %1.").arg(LayoutLimits::MaxTextSize));
    return true;
}

QJsonObject pointToJson(LayoutPoint p)
{
    QJsonObject o;
    o.insert(kX, p.x);
    o.insert(kY, p.y);
    return o;
}

// --- canonical text: objects and arrays that hold only scalars (or arrays/objects of scalars) go
// on one line, so a seat is one line.
bool isScalar(const QJsonValue &v)
{
    return !v.isArray() && !v.isObject();
}

bool isFlatContainer(const QJsonValue &v)
{
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (const QJsonValue item : a) {
            if (!isScalar(item))
                return false;
        }
        return true;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!isScalar(it.value()))
                return false;
        }
        return true;
    }
    return false;
}

bool fitsOnOneLine(const QJsonValue &v)
{
    if (isScalar(v) || isFlatContainer(v))
        return true;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!isScalar(it.value()) && !isFlatContainer(it.value()))
                return false;
        }
        return true;
    }
    return false;
}

QByteArray compact(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2); // strip "[" and "]"
}

void writeText(QByteArray &out, const QJsonValue &v, int depth)
{
    if (fitsOnOneLine(v)) {
        out += compact(v);
        return;
    }
    const QByteArray indent(qsizetype(depth + 1) * 2, ' ');
    const QByteArray closingIndent(qsizetype(depth) * 2, ' ');
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        out += "[\n";
        for (qsizetype i = 0; i < a.size(); ++i) {
            out += indent;
            writeText(out, a.at(i), depth + 1);
            out += i + 1 < a.size() ? ",\n" : "\n";
        }
        out += closingIndent + ']';
        return;
    }
    const QJsonObject o = v.toObject();
    out += "{\n";
    qsizetype i = 0;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it, ++i) {
        out += indent + compact(QJsonValue(it.key())) + ": ";
        writeText(out, it.value(), depth + 1);
        out += i + 1 < o.size() ? ",\n" : "\n";
    }
    out += closingIndent + '}';
}

} // namespace

Result<Layout> layoutFromJson(const QJsonObject &json)
{
    Reader reader;
    return reader.read(json);
}

Result<Layout> layoutFromJsonText(const QByteArray &text)
{
    // What QJsonDocument would accept silently: a key twice, a lone surrogate escape. The caller
    // has checked the size and depth it allows; these limits are QJsonDocument's own.
    if (const Status scanned = checkJsonLimits(text, JsonLimits { text.size(), 1024, 0 }); !scanned)
        return scanned.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::MalformedJson,
                         QStringLiteral("Malformed JSON at byte offset %1: %2.")
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!document.isObject())
        return makeError(ErrorCode::NotAnObject, QStringLiteral("A layout document must be a JSON object."));
    return layoutFromJson(document.object());
}

QJsonObject layoutToJson(const Layout &layout)
{
    QJsonObject root;
    root.insert(kSchemaVersion, CurrentLayoutSchemaVersion);
    root.insert(kName, layout.name);
    root.insert(kVersion, layout.version);

    QJsonObject stage;
    stage.insert(kKind, stageKindName(layout.stage.kind));
    stage.insert(kX, layout.stage.position.x);
    stage.insert(kY, layout.stage.position.y);
    stage.insert(kWidth, layout.stage.width);
    root.insert(kStage, stage);

    QJsonArray categories;
    for (const Category &category : layout.categories) {
        QJsonObject o;
        o.insert(kId, category.id);
        o.insert(kName, category.name);
        o.insert(kColour, category.colour);
        categories.append(o);
    }
    root.insert(kCategories, categories);

    QJsonArray sections;
    for (const Section &section : layout.sections) {
        QJsonArray rows;
        for (const Row &row : section.rows) {
            QJsonArray seats;
            for (const Seat &seat : row.seats) {
                QJsonObject s;
                s.insert(kId, seat.id);
                s.insert(kLabel, seat.label);
                s.insert(kX, seat.position.x);
                s.insert(kY, seat.position.y);
                s.insert(kCategory, seat.categoryId);
                if (seat.flags) {
                    QJsonArray flags;
                    for (const SeatFlag flag : allSeatFlags()) {
                        if (seat.flags.testFlag(flag))
                            flags.append(seatFlagName(flag));
                    }
                    s.insert(kFlags, flags);
                }
                seats.append(s);
            }
            QJsonObject r;
            r.insert(kId, row.id);
            r.insert(kLabel, row.label);
            r.insert(kKind, rowKindName(row.kind));
            if (row.kind == RowKind::Curved) {
                r.insert(kCentre, pointToJson(row.centre));
                r.insert(kRadius, row.radius);
            }
            if (row.best) // only when set: layouts without best rows are written as before
                r.insert(kBest, true);
            r.insert(kSeats, seats);
            rows.append(r);
        }
        QJsonObject s;
        s.insert(kId, section.id);
        s.insert(kName, section.name);
        s.insert(kRows, rows);
        sections.append(s);
    }
    root.insert(kSections, sections);

    QJsonArray aisles;
    for (const Aisle &aisle : layout.aisles) {
        QJsonObject o;
        o.insert(kId, aisle.id);
        o.insert(kName, aisle.name);
        o.insert(kFrom, pointToJson(aisle.from));
        o.insert(kTo, pointToJson(aisle.to));
        o.insert(kWidth, aisle.width);
        aisles.append(o);
    }
    root.insert(kAisles, aisles);

    if (!layout.labels.isEmpty()) { // optional: a layout without texts is written as before
        QJsonArray labels;
        for (const TextLabel &label : layout.labels) {
            QJsonObject o;
            o.insert(kId, label.id);
            o.insert(kText, label.text);
            o.insert(kX, label.position.x);
            o.insert(kY, label.position.y);
            o.insert(kSize, label.size);
            labels.append(o);
        }
        root.insert(kLabels, labels);
    }
    return root;
}

QByteArray layoutToJsonText(const Layout &layout)
{
    QByteArray out;
    writeText(out, layoutToJson(layout), 0);
    out += '\n';
    return out;
}

} // namespace Marquee
