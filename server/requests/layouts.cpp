// The layout studio: an auditorium's layout versions and the shows that use them, its one shared
// draft, uploads of big layouts, publishing the draft as the next version, and moving a show onto
// another version. Managers and admins only. The database does each change in one function
// (server/db/sql/007_layout_studio.sql); the server decodes and validates layouts itself (it
// never trusts the client), off the event loop.
#include "syncserver.h"

#include "database.h"
#include "layout.h"
#include "layoutjson.h"
#include "layoutvalidator.h"
#include "offloop.h"
#include "protocol.h"
#include "requestutil.h"
#include "serversession.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Marquee {

// A draft to save or to publish, as it goes through checkLayout() to storeDraft() or storePublish().
struct LayoutJob
{
    LayoutJob(qint64 user, QString id, QByteArray hash, qint64 auditorium, QString auditoriumId, qint64 revision,
              qint64 baseVersion)
        : user(user)
        , id(std::move(id))
        , hash(std::move(hash))
        , auditorium(auditorium)
        , auditoriumId(std::move(auditoriumId))
        , revision(revision)
        , baseVersion(baseVersion)
    {
    }

    qint64 user;
    QString id;
    QByteArray hash;
    qint64 auditorium;
    QString auditoriumId;
    qint64 revision;
    qint64 baseVersion; // of a draft to save
    // The document: an object (a frame's, or the stored draft's) or uploaded text; `where`
    // prefixes the pointers of its format errors.
    QJsonObject layout;
    QByteArray text;
    QString where;
    // What checkLayout() found.
    bool checked = false;
    std::optional<Error> error; // not a layout document
    QByteArray document; // canonical JSON
    qint64 seatCount = 0;
    QList<Error> problems; // the validator's
};

namespace {

// Uploaded text is checked for size, depth and list lengths before the JSON parser sees it.
const JsonLimits uploadLimits{MaxUploadBytes, 16, LayoutLimits::MaxSeats};

Result<Layout> decodeLayout(const LayoutJob &job)
{
    Result<Layout> layout = makeError(ErrorCode::Internal, QString());
    if (job.text.isNull()) {
        layout = layoutFromJson(job.layout);
    } else if (const Status limits = checkJsonLimits(job.text, uploadLimits); !limits) {
        layout = limits.error();
    } else {
        layout = layoutFromJsonText(job.text);
    }
    if (!layout) {
        Error error = layout.error();
        error.where.prepend(job.where);
        return error;
    }
    return layout;
}

// Decodes and validates the job's document (in a worker thread).
void check(LayoutJob &job)
{
    const Result<Layout> layout = decodeLayout(job);
    job.checked = true;
    if (!layout) {
        job.error = layout.error();
        return;
    }
    job.problems = validateLayout(*layout);
    job.seatCount = layout->seatCount();
    job.document = QJsonDocument(layoutToJson(*layout)).toJson(QJsonDocument::Compact);
}

QJsonArray problemsToJson(const QList<Error> &problems, qsizetype most)
{
    QJsonArray array;
    for (qsizetype i = 0; i < problems.size() && i < most; ++i) {
        const Error &p = problems.at(i);
        array.append(QJsonObject{{QStringLiteral("code"), errorCodeName(p.code)},
                                 {QStringLiteral("message"), p.message},
                                 {QStringLiteral("where"), p.where}});
    }
    return array;
}

QList<Error> problemsFromJson(const QJsonArray &array)
{
    QList<Error> problems;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Error problem;
        if (!errorCodeFromName(o.value(QLatin1String("code")).toString(), &problem.code))
            problem.code = ErrorCode::Internal;
        problem.message = o.value(QLatin1String("message")).toString();
        problem.where = o.value(QLatin1String("where")).toString();
        problems.append(problem);
    }
    return problems;
}

// The text of a complete upload: its parts' bytes in order.
Result<QByteArray> uploadedText(const Result<QJsonValue> &upload, const QString &uploadId)
{
    if (!upload)
        return upload.error();
    const QJsonObject o = upload->toObject();
    const QString where = QStringLiteral("/body/uploadId");
    if (o.value(QLatin1String("parts")).isNull())
        return makeError(ErrorCode::NotFound, QStringLiteral("no upload '%1' (uploads are kept for 24 hours)").arg(uploadId), where);
    const qint64 parts = o.value(QLatin1String("parts")).toInteger();
    const qint64 received = o.value(QLatin1String("received")).toInteger();
    if (received < parts)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("upload incomplete: %1 of %2 parts").arg(received).arg(parts), where);
    QByteArray text;
    for (const QJsonValue &part : o.value(QLatin1String("data")).toArray()) {
        text += QByteArray::fromBase64(part.toString().toLatin1());
        if (text.size() > MaxUploadBytes) {
            return makeError(ErrorCode::InvalidValue,
                             QStringLiteral("the uploaded layout has more than %1 bytes").arg(MaxUploadBytes), where);
        }
    }
    return text;
}

QByteArray publishAnswer(const QJsonObject &r, const QString &auditoriumId, const QString &id)
{
    PublishLayoutReply out;
    out.auditoriumId = auditoriumId;
    out.layoutVersion = r.value(QLatin1String("layoutVersion")).toInteger();
    out.seatCount = r.value(QLatin1String("seatCount")).toInteger();
    return encodeMessage(out, id);
}

} // namespace

void SyncServer::checkLayout(const Reply &reply, const std::shared_ptr<LayoutJob> &job, LayoutStep next)
{
    // Decoding and validating 20,000 seats takes a while: not on the event loop.
    offLoop(m_cpuPool, this, [job] { check(*job); }, [this, reply, job, next] { (this->*next)(reply, job); });
}

void SyncServer::handleListLayoutVersions(Session &session, const QString &id, const ListLayoutVersionsRequest &request)
{
    const auto auditorium = editableId(session, id, QStringLiteral("auditorium"), request.auditoriumId, QLatin1StringView("auditoriumId"));
    if (!auditorium)
        return;
    Reply reply = replier(session, id);
    m_database->call("layout_versions", {QByteArray::number(*auditorium)}, [reply, id, request](Result<QJsonValue> result) {
        if (!result || !result->isObject()) {
            reply(encodeError(result ? notFound(QStringLiteral("auditorium"), request.auditoriumId, QStringLiteral("/body/auditoriumId"))
                                     : result.error(),
                              id));
            return;
        }
        const QJsonObject o = result->toObject();
        ListLayoutVersionsReply out;
        out.auditoriumId = request.auditoriumId;
        for (const QJsonValue &v : o.value(QLatin1String("versions")).toArray()) {
            const QJsonObject vo = v.toObject();
            LayoutVersionInfo version;
            version.layoutVersion = vo.value(QLatin1String("layoutVersion")).toInteger();
            version.name = vo.value(QLatin1String("name")).toString();
            version.seatCount = vo.value(QLatin1String("seatCount")).toInteger();
            version.createdAt = fromMs(vo.value(QLatin1String("createdAt")));
            if (vo.value(QLatin1String("createdBy")).isString())
                version.createdBy = vo.value(QLatin1String("createdBy")).toString();
            for (const QJsonValue &s : vo.value(QLatin1String("shows")).toArray()) {
                const QJsonObject so = s.toObject();
                version.shows.append(LayoutVersionShow{QString::number(so.value(QLatin1String("id")).toInteger()),
                                                       so.value(QLatin1String("title")).toString(),
                                                       fromMs(so.value(QLatin1String("start"))),
                                                       showStatusFromName(so.value(QLatin1String("status")).toString())});
            }
            out.versions.append(version);
        }
        if (const QJsonObject d = o.value(QLatin1String("draft")).toObject(); !d.isEmpty()) {
            out.draft = LayoutDraftInfo{d.value(QLatin1String("revision")).toInteger(),
                                        d.value(QLatin1String("baseVersion")).toInteger(),
                                        d.value(QLatin1String("seatCount")).toInteger(),
                                        fromMs(d.value(QLatin1String("savedAt"))),
                                        d.value(QLatin1String("savedBy")).toString(),
                                        d.value(QLatin1String("problems")).toInteger()};
        }
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleUploadLayout(Session &session, const QString &id, const QByteArray &hash, const UploadLayoutRequest &request)
{
    if (!allowCatalogueEditing(session, id))
        return;
    Reply reply = replier(session, id);
    runOperation("upload_layout",
                 {QByteArray::number(session.claims->userId), id.toUtf8(), hash, request.uploadId.toUtf8(),
                  QByteArray::number(request.part), QByteArray::number(request.parts), request.data.toLatin1()},
                 reply, id, [reply, id, request](const QJsonObject &r) {
                     reply(encodeMessage(UploadLayoutReply{request.uploadId, r.value(QLatin1String("received")).toInteger(),
                                                           r.value(QLatin1String("parts")).toInteger()},
                                         id));
                 });
}

void SyncServer::handleSaveLayoutDraft(Session &session, const QString &id, const QByteArray &hash,
                                       const SaveLayoutDraftRequest &request)
{
    const auto auditorium = editableId(session, id, QStringLiteral("auditorium"), request.auditoriumId, QLatin1StringView("auditoriumId"));
    if (!auditorium)
        return;
    Reply reply = replier(session, id);
    auto job = std::make_shared<LayoutJob>(session.claims->userId, id, hash, *auditorium, request.auditoriumId,
                                           request.revision, request.baseVersion);
    if (request.layout) {
        job->layout = *request.layout;
        job->where = QStringLiteral("/body/layout");
        checkLayout(reply, job, &SyncServer::storeDraft);
        return;
    }
    job->where = QStringLiteral("/layout");
    m_database->call("layout_upload", {QByteArray::number(job->user), request.uploadId->toUtf8()},
                     [this, reply, job, uploadId = *request.uploadId](Result<QJsonValue> upload) {
                         auto text = uploadedText(upload, uploadId);
                         if (!text) {
                             reply(encodeError(text.error(), job->id));
                             return;
                         }
                         job->text = std::move(*text);
                         checkLayout(reply, job, &SyncServer::storeDraft);
                     });
}

void SyncServer::storeDraft(const Reply &reply, const std::shared_ptr<LayoutJob> &job)
{
    if (job->error) {
        reply(encodeError(*job->error, job->id));
        return;
    }
    runOperation("save_layout_draft",
                 {QByteArray::number(job->user), job->id.toUtf8(), job->hash, QByteArray::number(job->auditorium),
                  QByteArray::number(job->baseVersion), QByteArray::number(job->revision), job->document,
                  QByteArray::number(job->seatCount), QByteArray::number(job->problems.size()),
                  QJsonDocument(problemsToJson(job->problems, MaxDraftProblems)).toJson(QJsonDocument::Compact)},
                 reply, job->id, [reply, job](const QJsonObject &r) {
                     SaveLayoutDraftReply out;
                     out.auditoriumId = job->auditoriumId;
                     out.revision = r.value(QLatin1String("revision")).toInteger();
                     out.baseVersion = r.value(QLatin1String("baseVersion")).toInteger();
                     out.seatCount = r.value(QLatin1String("seatCount")).toInteger();
                     out.problems = problemsFromJson(r.value(QLatin1String("problems")).toArray());
                     reply(encodeMessage(out, job->id));
                 });
}

void SyncServer::handleGetLayoutDraft(Session &session, const QString &id, const GetLayoutDraftRequest &request)
{
    const auto auditorium = editableId(session, id, QStringLiteral("auditorium"), request.auditoriumId, QLatin1StringView("auditoriumId"));
    if (!auditorium)
        return;
    Reply reply = replier(session, id);
    m_database->call("layout_draft", {QByteArray::number(*auditorium)}, [reply, id, request](Result<QJsonValue> result) {
        if (!result || !result->isObject()) {
            reply(encodeError(result ? makeError(ErrorCode::NotFound,
                                                 QStringLiteral("auditorium '%1' has no draft").arg(request.auditoriumId),
                                                 QStringLiteral("/body/auditoriumId"))
                                     : result.error(),
                              id));
            return;
        }
        const QJsonObject d = result->toObject();
        GetLayoutDraftReply out;
        out.auditoriumId = request.auditoriumId;
        out.revision = d.value(QLatin1String("revision")).toInteger();
        out.baseVersion = d.value(QLatin1String("baseVersion")).toInteger();
        out.savedAt = fromMs(d.value(QLatin1String("savedAt")));
        out.savedBy = d.value(QLatin1String("savedBy")).toString();
        out.layout = d.value(QLatin1String("document")).toObject();
        reply(encodeMessage(out, id));
    });
}

void SyncServer::handleDiscardLayoutDraft(Session &session, const QString &id, const QByteArray &hash,
                                          const DiscardLayoutDraftRequest &request)
{
    const auto auditorium = editableId(session, id, QStringLiteral("auditorium"), request.auditoriumId, QLatin1StringView("auditoriumId"));
    if (!auditorium)
        return;
    Reply reply = replier(session, id);
    runOperation("discard_layout_draft",
                 {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*auditorium),
                  QByteArray::number(request.revision)},
                 reply, id, [reply, id, request](const QJsonObject &) {
                     reply(encodeMessage(DiscardLayoutDraftReply{request.auditoriumId}, id));
                 });
}

void SyncServer::handlePublishLayout(Session &session, const QString &id, const QByteArray &hash, const PublishLayoutRequest &request)
{
    const auto auditorium = editableId(session, id, QStringLiteral("auditorium"), request.auditoriumId, QLatin1StringView("auditoriumId"));
    if (!auditorium)
        return;
    Reply reply = replier(session, id);
    auto job = std::make_shared<LayoutJob>(session.claims->userId, id, hash, *auditorium, request.auditoriumId,
                                           request.revision, 0);
    job->where = QStringLiteral("/layout");
    // First the answer of a retry, or the draft; the validator runs on what is stored.
    m_database->call("publish_read", {QByteArray::number(job->user), id.toUtf8(), hash, QByteArray::number(job->auditorium)},
                     [this, reply, job](Result<QJsonValue> read) {
                         const QJsonObject r = read ? read->toObject() : QJsonObject();
                         if (!read || r.contains(QLatin1String("result")) || r.contains(QLatin1String("error"))) {
                             finishOperation(read, reply, job->id, [reply, job](const QJsonObject &answer) {
                                 reply(publishAnswer(answer, job->auditoriumId, job->id));
                             });
                             return;
                         }
                         const QJsonObject draft = r.value(QLatin1String("draft")).toObject();
                         if (draft.value(QLatin1String("revision")).toInteger() != job->revision) {
                             storePublish(reply, job); // not that revision: the database says why
                             return;
                         }
                         job->layout = draft.value(QLatin1String("document")).toObject();
                         checkLayout(reply, job, &SyncServer::storePublish);
                     });
}

void SyncServer::storePublish(const Reply &reply, const std::shared_ptr<LayoutJob> &job)
{
    QList<Error> problems = job->problems;
    if (job->error)
        problems.prepend(*job->error); // a stored draft is a layout document; if not, it is not published either
    runOperation("publish_layout",
                 {QByteArray::number(job->user), job->id.toUtf8(), job->hash, QByteArray::number(job->auditorium),
                  QByteArray::number(job->revision),
                  job->checked ? QJsonDocument(problemsToJson(problems, MaxPublishProblems)).toJson(QJsonDocument::Compact)
                               : QByteArray()},
                 reply, job->id, [reply, job](const QJsonObject &r) {
                     reply(publishAnswer(r, job->auditoriumId, job->id));
                 });
}

void SyncServer::handleChangeShowLayout(Session &session, const QString &id, const QByteArray &hash,
                                        const ChangeShowLayoutRequest &request)
{
    const auto show = editableId(session, id, QStringLiteral("show"), request.showId, QLatin1StringView("showId"));
    if (!show)
        return;
    Reply reply = replier(session, id);
    // The database records the change as [{"layout": version}]: committed() hands it to the show
    // cache, which reloads the show and sends every terminal that watches it a snapshot; the
    // other server processes do the same on the notification.
    runOperation("change_show_layout",
                 {QByteArray::number(session.claims->userId), id.toUtf8(), hash, QByteArray::number(*show),
                  QByteArray::number(request.layoutVersion)},
                 reply, id, [reply, id, request](const QJsonObject &r) {
                     ChangeShowLayoutReply out;
                     out.showId = request.showId;
                     out.layoutVersion = r.value(QLatin1String("layoutVersion")).toInteger();
                     out.version = r.value(QLatin1String("version")).toInteger();
                     out.added = r.value(QLatin1String("added")).toInteger();
                     out.removed = r.value(QLatin1String("removed")).toInteger();
                     reply(encodeMessage(out, id));
                 });
}

} // namespace Marquee
