#include "layouts.h"

#include "codec.h"
#include "layoutjson.h"

namespace Marquee {

using namespace Wire;

namespace {

// Standard base64 alphabet, padded: a multiple of 4 characters, '=' only at the end (at most 2).
bool isPaddedBase64(QStringView text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return false;
    qsizetype padding = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'=') {
            if (i < text.size() - 2)
                return false;
            ++padding;
            continue;
        }
        const bool alphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || c == u'+' || c == u'/';
        if (padding > 0 || !alphabet)
            return false;
    }
    return true;
}

QJsonObject versionShowToJson(const LayoutVersionShow &s)
{
    return { { L1("showId"), s.showId },
             { L1("title"), s.title },
             { L1("start"), toJsonValue(s.start) },
             { L1("status"), enumToString(showStatusNames, s.status) } };
}

LayoutVersionShow readVersionShow(Reader &r)
{
    LayoutVersionShow s;
    s.showId = r.id(L1("showId"));
    s.title = r.string(L1("title"), MaxNameLength);
    s.start = r.dateTime(L1("start"));
    s.status = r.enumeration(L1("status"), showStatusNames);
    return s;
}

QJsonObject versionToJson(const LayoutVersionInfo &v)
{
    QJsonObject o { { L1("layoutVersion"), v.layoutVersion },
                    { L1("name"), v.name },
                    { L1("seatCount"), v.seatCount },
                    { L1("createdAt"), toJsonValue(v.createdAt) },
                    { L1("shows"), toJsonArray(v.shows, versionShowToJson) } };
    insertOptional(o, L1("createdBy"), v.createdBy);
    return o;
}

LayoutVersionInfo readVersion(Reader &r)
{
    LayoutVersionInfo v;
    v.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxLayoutVersion);
    v.name = r.string(L1("name"), MaxNameLength);
    v.seatCount = r.integer(L1("seatCount"), 0, MaxSafeInteger);
    v.createdAt = r.dateTime(L1("createdAt"));
    v.createdBy = r.optString(L1("createdBy"), MaxNameLength);
    v.shows = r.objectListField<LayoutVersionShow>(L1("shows"), readVersionShow);
    return v;
}

QJsonObject draftInfoToJson(const LayoutDraftInfo &d)
{
    return { { L1("revision"), d.revision },       { L1("baseVersion"), d.baseVersion },
             { L1("seatCount"), d.seatCount },     { L1("savedAt"), toJsonValue(d.savedAt) },
             { L1("savedBy"), d.savedBy },         { L1("problems"), d.problems } };
}

LayoutDraftInfo readDraftInfo(Reader &r)
{
    LayoutDraftInfo d;
    d.revision = r.integer(L1("revision"), 1, MaxSafeInteger);
    d.baseVersion = r.integer(L1("baseVersion"), 0, MaxLayoutVersion);
    d.seatCount = r.integer(L1("seatCount"), 0, MaxSafeInteger);
    d.savedAt = r.dateTime(L1("savedAt"));
    d.savedBy = r.string(L1("savedBy"), MaxNameLength);
    d.problems = r.integer(L1("problems"), 0, MaxSafeInteger);
    return d;
}

QJsonObject problemToJson(const Error &e)
{
    return { { L1("code"), errorCodeName(e.code) }, { L1("message"), e.message }, { L1("where"), e.where } };
}

Error readProblem(Reader &r)
{
    Error e;
    e.code = readErrorCode(r, L1("code"));
    e.message = r.string(L1("message"), MaxTextLength * 4);
    if (const auto where = r.take(L1("where"), true))
        e.where = r.stringValue(*where, r.path(u"where"), MaxTextLength, true);
    return e;
}

} // namespace

QJsonObject ListLayoutVersionsRequest::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId } };
}

Result<ListLayoutVersionsRequest> ListLayoutVersionsRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListLayoutVersionsRequest m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    return finishRead(r, std::move(m));
}

QJsonObject ListLayoutVersionsReply::toJson() const
{
    QJsonObject o { { L1("auditoriumId"), auditoriumId }, { L1("versions"), toJsonArray(versions, versionToJson) } };
    if (draft)
        o.insert(L1("draft"), draftInfoToJson(*draft));
    return o;
}

Result<ListLayoutVersionsReply> ListLayoutVersionsReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListLayoutVersionsReply m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.versions = r.objectListField<LayoutVersionInfo>(L1("versions"), readVersion);
    m.draft = r.optNested(L1("draft"), readDraftInfo);
    return finishRead(r, std::move(m));
}

QJsonObject UploadLayoutRequest::toJson() const
{
    return { { L1("uploadId"), uploadId }, { L1("part"), part }, { L1("parts"), parts }, { L1("data"), data } };
}

Result<UploadLayoutRequest> UploadLayoutRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UploadLayoutRequest m;
    m.uploadId = r.id(L1("uploadId"));
    m.part = r.integer(L1("part"), 0, MaxUploadParts - 1);
    m.parts = r.integer(L1("parts"), 1, MaxUploadParts);
    if (r.ok() && m.part >= m.parts)
        r.fail(ErrorCode::InvalidValue, QStringLiteral("'part' counts from 0 and must be less than 'parts'"),
               QStringLiteral("/part"));
    m.data = r.string(L1("data"), MaxUploadPartChars);
    if (r.ok() && !isPaddedBase64(m.data)) {
        r.fail(ErrorCode::InvalidValue,
               QStringLiteral("expected base64 (A-Z a-z 0-9 + /, padded with = to a multiple of 4 characters)"),
               QStringLiteral("/data"));
    }
    return finishRead(r, std::move(m));
}

QJsonObject UploadLayoutReply::toJson() const
{
    return { { L1("uploadId"), uploadId }, { L1("received"), received }, { L1("parts"), parts } };
}

Result<UploadLayoutReply> UploadLayoutReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    UploadLayoutReply m;
    m.uploadId = r.id(L1("uploadId"));
    m.received = r.integer(L1("received"), 0, MaxSafeInteger);
    m.parts = r.integer(L1("parts"), 1, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

QJsonObject SaveLayoutDraftRequest::toJson() const
{
    QJsonObject o { { L1("auditoriumId"), auditoriumId },
                    { L1("baseVersion"), baseVersion },
                    { L1("revision"), revision } };
    if (layout)
        o.insert(L1("layout"), *layout);
    insertOptional(o, L1("uploadId"), uploadId);
    return o;
}

Result<SaveLayoutDraftRequest> SaveLayoutDraftRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SaveLayoutDraftRequest m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.baseVersion = r.integer(L1("baseVersion"), 0, MaxLayoutVersion);
    m.revision = r.integer(L1("revision"), 0, MaxSafeInteger);
    if (const auto layout = r.take(L1("layout"), false)) {
        if (!layout->isObject()) {
            r.fail(ErrorCode::NotAnObject,
                   QStringLiteral("a layout document is an object, got %1").arg(jsonTypeName(*layout)),
                   QStringLiteral("/layout"));
        } else {
            m.layout = layout->toObject();
            // The format is checked here (docs/LAYOUT_FORMAT.md); the layout rules are not: a draft
            // is work in progress, its problems come back in the reply.
            if (const auto decoded = layoutFromJson(*m.layout); !decoded) {
                Error error = decoded.error();
                error.where.prepend(QStringLiteral("/layout"));
                r.fail(error);
            }
        }
    }
    m.uploadId = r.optId(L1("uploadId"));
    if (r.ok() && m.layout.has_value() == m.uploadId.has_value())
        r.fail(ErrorCode::InvalidValue, QStringLiteral("give exactly one of 'layout' and 'uploadId'"), {});
    return finishRead(r, std::move(m));
}

QJsonObject SaveLayoutDraftReply::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId },
             { L1("revision"), revision },
             { L1("baseVersion"), baseVersion },
             { L1("seatCount"), seatCount },
             { L1("problems"), toJsonArray(problems, problemToJson) } };
}

Result<SaveLayoutDraftReply> SaveLayoutDraftReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    SaveLayoutDraftReply m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.revision = r.integer(L1("revision"), 1, MaxSafeInteger);
    m.baseVersion = r.integer(L1("baseVersion"), 0, MaxLayoutVersion);
    m.seatCount = r.integer(L1("seatCount"), 0, MaxSafeInteger);
    m.problems = r.objectListField<Error>(L1("problems"), readProblem);
    return finishRead(r, std::move(m));
}

QJsonObject GetLayoutDraftRequest::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId } };
}

Result<GetLayoutDraftRequest> GetLayoutDraftRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    GetLayoutDraftRequest m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    return finishRead(r, std::move(m));
}

QJsonObject GetLayoutDraftReply::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId },
             { L1("revision"), revision },
             { L1("baseVersion"), baseVersion },
             { L1("savedAt"), toJsonValue(savedAt) },
             { L1("savedBy"), savedBy },
             { L1("layout"), layout } };
}

Result<GetLayoutDraftReply> GetLayoutDraftReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    GetLayoutDraftReply m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.revision = r.integer(L1("revision"), 1, MaxSafeInteger);
    m.baseVersion = r.integer(L1("baseVersion"), 0, MaxLayoutVersion);
    m.savedAt = r.dateTime(L1("savedAt"));
    m.savedBy = r.string(L1("savedBy"), MaxNameLength);
    m.layout = r.object(L1("layout"));
    return finishRead(r, std::move(m));
}

QJsonObject DiscardLayoutDraftRequest::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId }, { L1("revision"), revision } };
}

Result<DiscardLayoutDraftRequest> DiscardLayoutDraftRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    DiscardLayoutDraftRequest m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.revision = r.integer(L1("revision"), 1, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

QJsonObject DiscardLayoutDraftReply::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId } };
}

Result<DiscardLayoutDraftReply> DiscardLayoutDraftReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    DiscardLayoutDraftReply m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    return finishRead(r, std::move(m));
}

QJsonObject PublishLayoutRequest::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId }, { L1("revision"), revision } };
}

Result<PublishLayoutRequest> PublishLayoutRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    PublishLayoutRequest m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.revision = r.integer(L1("revision"), 1, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

QJsonObject PublishLayoutReply::toJson() const
{
    return { { L1("auditoriumId"), auditoriumId },
             { L1("layoutVersion"), layoutVersion },
             { L1("seatCount"), seatCount } };
}

Result<PublishLayoutReply> PublishLayoutReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    PublishLayoutReply m;
    m.auditoriumId = r.id(L1("auditoriumId"));
    m.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxLayoutVersion);
    m.seatCount = r.integer(L1("seatCount"), 0, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

QJsonObject ChangeShowLayoutRequest::toJson() const
{
    return { { L1("showId"), showId }, { L1("layoutVersion"), layoutVersion } };
}

Result<ChangeShowLayoutRequest> ChangeShowLayoutRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ChangeShowLayoutRequest m;
    m.showId = r.id(L1("showId"));
    m.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxLayoutVersion);
    return finishRead(r, std::move(m));
}

QJsonObject ChangeShowLayoutReply::toJson() const
{
    return { { L1("showId"), showId }, { L1("layoutVersion"), layoutVersion }, { L1("version"), version },
             { L1("added"), added },   { L1("removed"), removed } };
}

Result<ChangeShowLayoutReply> ChangeShowLayoutReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ChangeShowLayoutReply m;
    m.showId = r.id(L1("showId"));
    m.layoutVersion = r.integer(L1("layoutVersion"), 1, MaxLayoutVersion);
    m.version = r.integer(L1("version"), 0, MaxSafeInteger);
    m.added = r.integer(L1("added"), 0, MaxSafeInteger);
    m.removed = r.integer(L1("removed"), 0, MaxSafeInteger);
    return finishRead(r, std::move(m));
}

} // namespace Marquee
