#pragma once

// Protocol messages of the audit log (managers and admins, read-only): who did what and when,
// expired holds included. See docs/PROTOCOL.md, "Audit log".

#include "envelope.h"

#include <QtCore/QDateTime>

#include <optional>

namespace Marquee {

inline constexpr int MaxAuditEntriesPerPage = 1000;
inline constexpr int DefaultAuditEntriesPerPage = 200;

// The actions the server writes (audit_log.action), for filters. A filter naming another action
// is refused (INVALID_VALUE): a typo would otherwise read as "nothing happened".
const QStringList &auditActions();

struct AuditEntry
{
    QString id;
    QDateTime at;
    std::optional<QString> userId = std::nullopt; // absent: the server itself (none so far)
    std::optional<QString> userName = std::nullopt;
    QString action;
    std::optional<QString> saleId = std::nullopt;
    std::optional<QString> refundId = std::nullopt;
    QJsonObject details; // per action; see docs/PROTOCOL.md
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

struct ListAuditLogRequest
{
    MARQUEE_MESSAGE(ListAuditLogRequest, ListAuditLog);
    std::optional<QDateTime> from = std::nullopt; // at >= from
    std::optional<QDateTime> to = std::nullopt; // at < to
    std::optional<QString> userId = std::nullopt;
    QStringList actions; // empty: every action
    int limit = DefaultAuditEntriesPerPage; // 1..MaxAuditEntriesPerPage
    std::optional<QString> before = std::nullopt; // an entry id: the page after it (older entries)
};

struct ListAuditLogReply
{
    MARQUEE_MESSAGE(ListAuditLogReply, ListAuditLogReply);
    QList<AuditEntry> entries; // newest first
    bool more = false; // older entries match too: ask again with before = the last id
};

} // namespace Marquee
