#include "audit.h"

#include "codec.h"

namespace Marquee {

using namespace Wire;

const QStringList &auditActions()
{
    static const QStringList actions = {
        QStringLiteral("sale"),
        QStringLiteral("refund"),
        QStringLiteral("hold_expired"),
        QStringLiteral("shift_open"),
        QStringLiteral("shift_close"),
        QStringLiteral("venue_create"),
        QStringLiteral("venue_rename"),
        QStringLiteral("auditorium_create"),
        QStringLiteral("auditorium_rename"),
        QStringLiteral("layout_upload"),
        QStringLiteral("layout_draft_save"),
        QStringLiteral("layout_draft_discard"),
        QStringLiteral("layout_publish"),
        QStringLiteral("show_layout_change"),
        QStringLiteral("user_create"),
        QStringLiteral("user_update"),
        QStringLiteral("user_password_reset"),
        QStringLiteral("user_password_change"),
        QStringLiteral("sign_in_locked"),
        QStringLiteral("title_create"),
        QStringLiteral("title_update"),
        QStringLiteral("venue_update"),
        QStringLiteral("show_schedule"),
        QStringLiteral("show_move"),
        QStringLiteral("show_status"),
        QStringLiteral("show_cancel"),
        QStringLiteral("show_refund"),
        QStringLiteral("shows_copy"),
        QStringLiteral("seats_block"),
        QStringLiteral("seats_unblock"),
        QStringLiteral("ticket_type_create"),
        QStringLiteral("ticket_type_update"),
        QStringLiteral("price_card_create"),
        QStringLiteral("price_card_update"),
        QStringLiteral("price_card_delete"),
        QStringLiteral("show_price_card"),
        // Card payments (docs/OPERATIONS.md, "Card payments").
        QStringLiteral("payment_intent"),
        QStringLiteral("payment_captured"),
        QStringLiteral("payment_failed"),
        QStringLiteral("payment_voided"),
        QStringLiteral("payment_not_charged"),
        QStringLiteral("payment_reconciled"),
    };
    return actions;
}

namespace {

QJsonObject entryToJson(const AuditEntry &e)
{
    QJsonObject o { { L1("id"), e.id },
                    { L1("at"), toJsonValue(e.at) },
                    { L1("action"), e.action },
                    { L1("details"), e.details } };
    insertOptional(o, L1("userId"), e.userId);
    insertOptional(o, L1("userName"), e.userName);
    insertOptional(o, L1("saleId"), e.saleId);
    insertOptional(o, L1("refundId"), e.refundId);
    return o;
}

AuditEntry readEntry(Reader &r)
{
    AuditEntry e;
    e.id = r.id(L1("id"));
    e.at = r.dateTime(L1("at"));
    e.userId = r.optId(L1("userId"));
    e.userName = r.optString(L1("userName"), MaxNameLength);
    e.action = r.string(L1("action"), MaxNameLength);
    e.saleId = r.optId(L1("saleId"));
    e.refundId = r.optId(L1("refundId"));
    e.details = r.object(L1("details"));
    return e;
}

QString readAction(Reader &r, const QJsonValue &value, const QString &where)
{
    const QString action = r.idValue(value, where);
    if (r.ok() && !auditActions().contains(action))
        r.fail(ErrorCode::InvalidValue, QStringLiteral("unknown action '%1'").arg(action), where);
    return action;
}

} // namespace

QJsonObject ListAuditLogRequest::toJson() const
{
    QJsonObject o;
    insertOptional(o, L1("from"), from);
    insertOptional(o, L1("to"), to);
    insertOptional(o, L1("userId"), userId);
    if (!actions.isEmpty())
        o.insert(L1("actions"), toJsonValue(actions));
    if (limit != DefaultAuditEntriesPerPage)
        o.insert(L1("limit"), limit);
    insertOptional(o, L1("before"), before);
    return o;
}

Result<ListAuditLogRequest> ListAuditLogRequest::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListAuditLogRequest m;
    m.from = r.optDateTime(L1("from"));
    m.to = r.optDateTime(L1("to"));
    checkTimeRange(r, m.from, m.to);
    m.userId = r.optId(L1("userId"));
    m.actions = r.optListField<QString>(L1("actions"), qsizetype(auditActions().size()), readAction);
    if (const auto limit = r.optInteger(L1("limit"), 1, MaxAuditEntriesPerPage))
        m.limit = int(*limit);
    m.before = r.optId(L1("before"));
    return finishRead(r, std::move(m));
}

QJsonObject ListAuditLogReply::toJson() const
{
    return { { L1("entries"), toJsonArray(entries, entryToJson) }, { L1("more"), more } };
}

Result<ListAuditLogReply> ListAuditLogReply::fromJson(const QJsonObject &body)
{
    Reader r(body, {}, isStrict(Type));
    ListAuditLogReply m;
    m.entries = r.objectListField<AuditEntry>(L1("entries"), readEntry);
    m.more = r.boolean(L1("more"), false);
    return finishRead(r, std::move(m));
}

} // namespace Marquee
