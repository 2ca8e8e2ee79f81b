#pragma once

// Protocol messages of the layout studio (managers and admins): layout versions and the shows
// that use them, the one shared draft per auditorium, uploads of big layouts in parts, publishing
// a draft as the next version, and moving a show onto another version. See docs/PROTOCOL.md,
// "Layout studio".

#include "catalogue.h"
#include "envelope.h"

#include <QtCore/QDateTime>

#include <optional>

namespace Marquee {

inline constexpr qint64 MaxLayoutVersion = 2147483647; // layout versions are 32-bit in the database
inline constexpr qint64 MaxUploadParts = 128;
inline constexpr qsizetype MaxUploadPartChars = 48000; // base64 characters of one upload_layout part
inline constexpr qsizetype MaxUploadBytes = 4 * 1024 * 1024; // a whole uploaded layout document
inline constexpr qsizetype MaxDraftProblems = 1000; // problems listed in save_layout_draft_reply
inline constexpr qsizetype MaxPublishProblems = 100; // problems listed in publish_layout's refusal

// A show that uses a layout version.
struct LayoutVersionShow
{
    QString showId;
    QString title;
    QDateTime start;
    ShowStatus status = ShowStatus::Scheduled;
    friend bool operator==(const LayoutVersionShow &, const LayoutVersionShow &) = default;
};

struct LayoutVersionInfo
{
    qint64 layoutVersion = 1;
    QString name; // the layout document's name
    qint64 seatCount = 0;
    QDateTime createdAt;
    std::optional<QString> createdBy; // the publisher's name; absent for layouts seeded without one
    QList<LayoutVersionShow> shows; // the shows (not cancelled) that use this version
    friend bool operator==(const LayoutVersionInfo &, const LayoutVersionInfo &) = default;
};

// The auditorium's draft, without its document.
struct LayoutDraftInfo
{
    qint64 revision = 1;
    qint64 baseVersion = 0; // the published version it started from; 0: none
    qint64 seatCount = 0;
    QDateTime savedAt;
    QString savedBy;
    qint64 problems = 0; // how many problems the validator finds in it
    friend bool operator==(const LayoutDraftInfo &, const LayoutDraftInfo &) = default;
};

struct ListLayoutVersionsRequest
{
    MARQUEE_MESSAGE(ListLayoutVersionsRequest, ListLayoutVersions);
    QString auditoriumId;
};

struct ListLayoutVersionsReply
{
    MARQUEE_MESSAGE(ListLayoutVersionsReply, ListLayoutVersionsReply);
    QString auditoriumId;
    QList<LayoutVersionInfo> versions; // newest first
    std::optional<LayoutDraftInfo> draft = std::nullopt;
};

// One part of a layout document too big for one frame (see save_layout_draft's uploadId).
struct UploadLayoutRequest
{
    MARQUEE_MESSAGE(UploadLayoutRequest, UploadLayout);
    QString uploadId; // chosen by the client, an entity id
    qint64 part = 0; // 0-based, < parts
    qint64 parts = 1; // 1..128, the same for every part of an upload
    QString data; // the part's bytes in base64 (standard alphabet, padded), at most 48,000 characters
};

struct UploadLayoutReply
{
    MARQUEE_MESSAGE(UploadLayoutReply, UploadLayoutReply);
    QString uploadId;
    qint64 received = 0; // parts stored so far
    qint64 parts = 1;
};

// Saves the auditorium's draft; exactly one of layout and uploadId.
struct SaveLayoutDraftRequest
{
    MARQUEE_MESSAGE(SaveLayoutDraftRequest, SaveLayoutDraft);
    QString auditoriumId;
    qint64 baseVersion = 0; // the published version the draft starts from; 0: none
    qint64 revision = 0; // the draft revision this save replaces; 0: there is no draft yet
    std::optional<QJsonObject> layout = std::nullopt; // the layout document (docs/LAYOUT_FORMAT.md)
    std::optional<QString> uploadId = std::nullopt; // or the document uploaded with upload_layout
};

struct SaveLayoutDraftReply
{
    MARQUEE_MESSAGE(SaveLayoutDraftReply, SaveLayoutDraftReply);
    QString auditoriumId;
    qint64 revision = 1; // the new revision
    qint64 baseVersion = 0;
    qint64 seatCount = 0;
    // What the validator finds (a draft may have problems; publishing one may not), `where` a
    // JSON pointer into the layout document; at most MaxDraftProblems.
    QList<Error> problems;
};

struct GetLayoutDraftRequest
{
    MARQUEE_MESSAGE(GetLayoutDraftRequest, GetLayoutDraft);
    QString auditoriumId;
};

struct GetLayoutDraftReply
{
    MARQUEE_MESSAGE(GetLayoutDraftReply, GetLayoutDraftReply);
    QString auditoriumId;
    qint64 revision = 1;
    qint64 baseVersion = 0;
    QDateTime savedAt;
    QString savedBy;
    QJsonObject layout; // opaque here; layoutjson.h decodes it
};

struct DiscardLayoutDraftRequest
{
    MARQUEE_MESSAGE(DiscardLayoutDraftRequest, DiscardLayoutDraft);
    QString auditoriumId;
    qint64 revision = 1;
};

struct DiscardLayoutDraftReply
{
    MARQUEE_MESSAGE(DiscardLayoutDraftReply, DiscardLayoutDraftReply);
    QString auditoriumId;
};

// Publishes the draft of this revision as the auditorium's next layout version.
struct PublishLayoutRequest
{
    MARQUEE_MESSAGE(PublishLayoutRequest, PublishLayout);
    QString auditoriumId;
    qint64 revision = 1;
};

struct PublishLayoutReply
{
    MARQUEE_MESSAGE(PublishLayoutReply, PublishLayoutReply);
    QString auditoriumId;
    qint64 layoutVersion = 1;
    qint64 seatCount = 0;
};

// Moves a show onto another published layout version of its auditorium.
struct ChangeShowLayoutRequest
{
    MARQUEE_MESSAGE(ChangeShowLayoutRequest, ChangeShowLayout);
    QString showId;
    qint64 layoutVersion = 1;
};

struct ChangeShowLayoutReply
{
    MARQUEE_MESSAGE(ChangeShowLayoutReply, ChangeShowLayoutReply);
    QString showId;
    qint64 layoutVersion = 1;
    qint64 version = 0; // the show's version after the change
    qint64 added = 0; // seats new to the show (or back in it)
    qint64 removed = 0; // seats gone from the show (free ones only)
};

} // namespace Marquee
