#include "database.h"

#include "dblogging.h"
#include "pgpool.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Marquee {

namespace {

// Milliseconds since the epoch, as JSON numbers.
#define MQ_MS(expr) "(extract(epoch FROM " expr ") * 1000)::bigint"
// A user's name as people read it.
#define MQ_USER_NAME(u) "coalesce(nullif(" u ".display_name, ''), " u ".username)"

const QList<PreparedStatement> &statements()
{
    static const QList<PreparedStatement> list = {
        // Seat operations: one round trip each (see schema_functions.sql.inc).
        {"hold", "SELECT marquee_hold($1::bigint, $2, $3, $4, $5::bigint, $6::text[], $7::integer)::text"},
        {"extend", "SELECT marquee_extend_typed($1::bigint, $2, $3, $4::bigint, $5::integer, $6::integer)::text"},
        {"release", "SELECT marquee_release($1::bigint, $2, $3, $4::bigint, $5::text[])::text"},
        {"sell", "SELECT marquee_sell($1::bigint, $2, $3, $4, $5::bigint, $6::jsonb, $7, $8)::text"},
        {"refund",
         "SELECT marquee_refund($1::bigint, $2, $3, $4, $5, $6::bigint, $7::bigint[], $8, $9::integer)::text"},
        // sign_out: every active hold of the user at the terminal released, and the session's token
        // revoked ($4 its session id, $5 its expiry; server/db/sql/018_sign_out_revokes.sql).
        {"sign_out", "SELECT marquee_sign_out($1::bigint, $2, $3, $4, $5::timestamptz)::text"},
        // A group of seat operations decided in one transaction (server/db/sql/016_group_decisions.sql).
        {"decide", "SELECT marquee_decide($1::jsonb)::text"},
        {"hold_more",
         "SELECT marquee_hold_more_typed($1::bigint, $2, $3, $4::bigint, $5::bigint, $6::text[], $7::bigint)::text"},
        // A hold with a ticket type (server/db/sql/011_pricing.sql); the plain one is "hold".
        {"hold_typed",
         "SELECT marquee_hold_typed($1::bigint, $2, $3, $4, $5::bigint, $6::text[], $7::integer, $8::bigint)::text"},
        // Shifts (server/sql/005_...): the sign-in's shift and holds, reports, closing.
        {"session_start", "SELECT marquee_session_start_priced($1::bigint, $2, $3::bigint, $4::boolean)::text"},
        {"shift_report_open",
         "SELECT marquee_shift_report(id)::text FROM shifts WHERE terminal_id = $1 AND closed_at IS NULL"},
        {"shift_report_by_id", "SELECT marquee_shift_report(id)::text FROM shifts WHERE id = $1::bigint"},
        {"close_shift", "SELECT marquee_close_shift($1::bigint, $2, $3, $4, $5::bigint, $6, $7)::text"},
        {"sweep", "SELECT marquee_sweep($1::integer)::text"},
        // When the next hold expires (ms since the epoch; 0: no seat is held).
        {"next_expiry",
         "SELECT coalesce((extract(epoch FROM min(hold_expires)) * 1000)::bigint, 0)::text FROM show_seats WHERE status = 'held'"},
        {"replay", "SELECT marquee_replay($1::bigint, $2, $3)::text"},
        // Card payments' record (server/db/sql/019_payment_intents.sql, server/sellflow.h).
        {"payment_open",
         "SELECT marquee_payment_open($1::bigint, $2, $3, $4, $5::bigint, $6::bigint, $7::jsonb, $8, $9, $10, $11::integer, $12)::text"},
        {"payment_captured", "SELECT marquee_payment_captured($1::bigint, $2, $3)::text"},
        {"payment_released", "SELECT marquee_payment_released($1::bigint, $2, $3)::text"},
        {"payment_failed", "SELECT marquee_payment_failed($1::bigint, $2)::text"},
        {"payment_claim", "SELECT marquee_payment_claim($1, $2::integer, $3::integer, $4::bigint, $5)::text"},
        {"payment_reconciled", "SELECT marquee_payment_reconciled($1::bigint, $2, $3::jsonb)::text"},
        // A hold as the sell request needs it before any money moves.
        {"hold_for_sale",
         "SELECT json_build_object('hold', h.id, 'show', h.show_id, 'status', h.status,"
         " 'expired', h.expires_at <= now(), 'currency', sh.currency,"
         " 'total', (SELECT coalesce(sum(price), 0) FROM marquee_hold_seat_prices(h.id)))::text"
         " FROM holds h JOIN shows sh ON sh.id = h.show_id WHERE h.id = $1::bigint AND h.user_id = $2::bigint"},
        // Live state.
        {"load_show",
         "SELECT json_build_object('show', s.id, 'version', s.version, 'status', s.status,"
         " 'layoutVersion', s.layout_version, 'seats',"
         " (SELECT coalesce(json_agg(json_build_array(ss.seat_id, ss.status, h.terminal_id, " MQ_MS("ss.hold_expires")
         ", ss.hold_id, marquee_seat_block(ss.status, b.kind), b.note)), '[]') FROM show_seats ss"
         " LEFT JOIN holds h ON h.id = ss.hold_id"
         " LEFT JOIN show_seat_blocks b ON b.show_id = ss.show_id AND b.seat_id = ss.seat_id WHERE ss.show_id = s.id))::text"
         " FROM shows s WHERE s.id = $1::bigint"},
        {"show_status", "SELECT json_build_object('status', status)::text FROM shows WHERE id = $1::bigint"},
        {"changes_since",
         "SELECT coalesce(json_agg(json_build_object('version', version, 'changes', changes) ORDER BY version), '[]')::text"
         " FROM seat_changes WHERE show_id = $1::bigint AND version > $2::bigint"},
        {"show_versions",
         "SELECT coalesce(json_object_agg(id, version), '{}')::text FROM shows WHERE id = ANY ($1::bigint[])"},
        {"notify", "SELECT set_config('synchronous_commit', 'off', true) || pg_notify('marquee_changes', $1)"},
        // Webhooks (server/db/sql/022_outbox.sql): the list with how their deliveries go, saving
        // (create when $4 is NULL, else update; NULLs keep) and deleting.
        {"list_webhooks", "SELECT marquee_webhooks()::text"},
        {"save_webhook",
         "SELECT marquee_webhook_save($1::bigint, $2, $3, $4::bigint, $5, $6::text[], $7, $8::boolean, $9::integer)::text"},
        {"delete_webhook", "SELECT marquee_webhook_delete($1::bigint, $2, $3, $4::bigint)::text"},
        // Users and sessions.
        // sign_in's first step: the user (absent when unknown) and how long the name stays locked.
        {"sign_in_lookup",
         "SELECT json_build_object('user', (SELECT json_build_object('id', id, 'username', username, 'name', display_name,"
         "   'hash', password_hash, 'role', role, 'active', active, 'epoch', session_epoch) FROM users WHERE username = $1),"
         " 'lockedFor', coalesce((SELECT ceil(extract(epoch FROM locked_until - now()))::bigint FROM sign_in_failures"
         "   WHERE username = $1 AND locked_until > now()), 0))::text"},
        {"sign_in_failed", "SELECT marquee_sign_in_failed($1, $2::integer, $3::integer, $4::integer)::text"},
        {"signed_in", "SELECT marquee_signed_in($1::bigint)::text"},
        // resume's check: the token's user ($1) as it is now, and whether its session ($2) signed out.
        {"resume_user",
         "SELECT json_build_object('id', id, 'username', username, 'name', display_name, 'role', role,"
         " 'active', active, 'epoch', session_epoch,"
         " 'revoked', EXISTS (SELECT 1 FROM revoked_sessions WHERE session_id = $2))::text FROM users WHERE id = $1::bigint"},
        // The session epochs of users (signed in here), after the change feed was down.
        {"user_epochs",
         "SELECT coalesce(json_object_agg(id, session_epoch), '{}')::text FROM users WHERE id = ANY ($1::bigint[])"},
        // User management (server/db/sql/008_users.sql): one round trip each.
        {"list_users",
         "SELECT coalesce(json_agg(marquee_user_json(u) ORDER BY u.username), '[]')::text FROM users u"},
        {"create_user", "SELECT marquee_create_user($1::bigint, $2, $3, $4, $5, $6, $7)::text"},
        {"update_user", "SELECT marquee_update_user($1::bigint, $2, $3, $4::bigint, $5, $6, $7::boolean)::text"},
        {"reset_password", "SELECT marquee_reset_password($1::bigint, $2, $3, $4::bigint, $5)::text"},
        // change_password's first step: the first answer of a retried request, and the user.
        {"change_password_read",
         "SELECT json_build_object('replay', marquee_replay($1::bigint, $2, $3), 'user', (SELECT json_build_object("
         " 'active', active, 'epoch', session_epoch, 'hash', password_hash) FROM users WHERE id = $1::bigint))::text"},
        {"change_password", "SELECT marquee_change_password($1::bigint, $2, $3, $4)::text"},
        // The audit log, newest first: one page (limit $6) and whether older entries match too.
        // Filters: from $1, to $2, user $3, actions $4, entries older than id $5.
        {"list_audit_log",
         "SELECT json_build_object('more', count(*) > $6::integer, 'entries', coalesce(json_agg(json_build_object("
         " 'id', a.id, 'at', " MQ_MS("a.at") ", 'user', a.user_id, 'userName', " MQ_USER_NAME("u") ", 'action', a.action,"
         " 'sale', a.sale_id, 'refund', a.refund_id, 'details', a.details) ORDER BY a.id DESC)"
         " FILTER (WHERE a.n <= $6::integer), '[]'))::text"
         " FROM (SELECT x.*, row_number() OVER (ORDER BY x.id DESC) AS n FROM ("
         "   SELECT * FROM audit_log l"
         "    WHERE ($1::timestamptz IS NULL OR l.at >= $1::timestamptz)"
         "      AND ($2::timestamptz IS NULL OR l.at < $2::timestamptz)"
         "      AND ($3::bigint IS NULL OR l.user_id = $3::bigint)"
         "      AND ($4::text[] IS NULL OR l.action = ANY ($4::text[]))"
         "      AND ($5::bigint IS NULL OR l.id < $5::bigint)"
         "    ORDER BY l.id DESC LIMIT $6::integer + 1) x) a"
         " LEFT JOIN users u ON u.id = a.user_id"},
        // Catalogue.
        {"list_venues",
         "SELECT coalesce(json_agg(json_build_object('id', v.id, 'name', v.name, 'timezone', v.timezone,"
         " 'currency', v.currency, 'cleaningGapMinutes', v.cleaning_gap_minutes,"
         " 'noOrphanSeats', v.no_orphan_seats, 'auditoriums',"
         " (SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name,"
         "   'layoutVersion', (SELECT max(version) FROM layouts l WHERE l.auditorium_id = a.id),"
         "   'seatCount', (SELECT count(*) FROM layout_seats ls WHERE ls.auditorium_id = a.id AND ls.layout_version ="
         "      (SELECT max(version) FROM layouts l WHERE l.auditorium_id = a.id))) ORDER BY a.name), '[]')"
         "  FROM auditoriums a WHERE a.venue_id = v.id)) ORDER BY v.name), '[]')::text FROM venues v"},
        {"get_layout",
         "SELECT document::text FROM layouts WHERE auditorium_id = $1::bigint AND version = $2::integer"},
        {"list_shows",
         "SELECT coalesce(json_agg(marquee_show_json(s) ORDER BY s.starts_at, s.id), '[]')::text FROM shows s"
         " WHERE ($1::timestamptz IS NULL OR s.starts_at >= $1::timestamptz)"
         "   AND ($2::timestamptz IS NULL OR s.starts_at < $2::timestamptz)"
         "   AND ($3::bigint IS NULL OR s.auditorium_id = $3::bigint)"
         "   AND ($4::text IS NULL OR s.title ILIKE '%' || $4::text || '%')"},
        {"show_meta",
         "SELECT json_build_object('id', s.id, 'status', s.status, 'currency', s.currency, 'auditorium', s.auditorium_id,"
         " 'layoutVersion', s.layout_version, 'seats', (SELECT coalesce(json_agg(seat_id), '[]') FROM show_seats"
         " WHERE show_id = s.id))::text FROM shows s WHERE s.id = $1::bigint"},
        // Sales.
        {"find_sales",
         "SELECT coalesce(json_agg(json_build_object('sale', sa.id, 'show', sa.show_id, 'at', " MQ_MS("sa.created_at")
         ", 'terminal', sa.terminal_id, 'user', sa.user_id,"
         " 'userName', (SELECT coalesce(nullif(u.display_name, ''), u.username) FROM users u WHERE u.id = sa.user_id),"
         " 'total', sa.total, 'currency', sa.currency,"
         " 'tickets', (SELECT json_agg(json_build_object('id', t.id, 'code', t.code, 'seat', t.seat_id,"
         "   'category', t.category, 'price', t.price, 'status', CASE WHEN t.status = 'valid' AND t.admitted_at IS NOT NULL THEN 'admitted' ELSE t.status END, 'type', t.ticket_type_id,"
         "   'typeName', t.ticket_type_name) ORDER BY t.seat_id)"
         "   FROM tickets t WHERE t.sale_id = sa.id)) ORDER BY sa.created_at DESC), '[]')::text"
         " FROM (SELECT * FROM sales x"
         "        WHERE ($1::text IS NULL OR x.id = (SELECT sale_id FROM tickets WHERE code = upper($1::text)))"
         "          AND ($2::bigint IS NULL OR x.id = $2::bigint)"
         "          AND ($3::bigint IS NULL OR x.user_id = $3::bigint)"
         "          AND ($4::text IS NULL OR x.terminal_id = $4::text)"
         "        ORDER BY x.created_at DESC LIMIT $5::integer) sa"},
        {"verify_ticket", "SELECT marquee_ticket_json(t.id)::text FROM tickets t WHERE t.code = upper($1)"},
        // Admission at the door (server/db/sql/020_kiosk_door.sql).
        {"admit_ticket", "SELECT marquee_admit_ticket($1::bigint, $2, $3, $4, $5, $6::bigint)::text"},
        {"show_admissions",
         "SELECT json_build_object('show', s.id,"
         " 'admitted', (SELECT count(*) FROM tickets t WHERE t.show_id = s.id AND t.status = 'valid' AND t.admitted_at IS NOT NULL),"
         " 'tickets', (SELECT count(*) FROM tickets t WHERE t.show_id = s.id AND t.status = 'valid'))::text"
         " FROM shows s WHERE s.id = $1::bigint"},
        // The no-orphan-seats rule of a show's venue and the layout version the show uses.
        {"show_seating",
         "SELECT json_build_object('noOrphanSeats', v.no_orphan_seats, 'auditorium', s.auditorium_id,"
         " 'layoutVersion', s.layout_version, 'layout', l.document)::text"
         " FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id JOIN venues v ON v.id = a.venue_id"
         " JOIN layouts l ON l.auditorium_id = s.auditorium_id AND l.version = s.layout_version WHERE s.id = $1::bigint"},
        // A user's totals over a period (any terminal); refunds by how they were paid back (refunds
        // made before migration 5 have no tender rows and count as cash).
        {"shift_report",
         "SELECT json_build_object("
         " 'sales', (SELECT coalesce(json_agg(json_build_object('method', method, 'amount', amount, 'count', n)), '[]') FROM ("
         "   SELECT p.method, sum(p.amount) AS amount, count(DISTINCT p.sale_id) AS n FROM payments p"
         "     JOIN sales sa ON sa.id = p.sale_id WHERE sa.user_id = $1::bigint"
         "      AND sa.created_at >= $2::timestamptz AND sa.created_at < $3::timestamptz GROUP BY p.method) x),"
         " 'refunds', (SELECT coalesce(json_agg(json_build_object('method', method, 'amount', amount, 'count', n)), '[]') FROM ("
         "   SELECT coalesce(rp.method, 'cash') AS method, sum(coalesce(rp.amount, r.amount)) AS amount,"
         "          count(DISTINCT r.id) AS n FROM refunds r LEFT JOIN refund_payments rp ON rp.refund_id = r.id"
         "    WHERE r.user_id = $1::bigint AND r.created_at >= $2::timestamptz AND r.created_at < $3::timestamptz"
         "    GROUP BY coalesce(rp.method, 'cash')) y),"
         " 'ticketsSold', (SELECT count(*) FROM tickets t JOIN sales sa ON sa.id = t.sale_id WHERE sa.user_id = $1::bigint"
         "   AND sa.created_at >= $2::timestamptz AND sa.created_at < $3::timestamptz),"
         " 'ticketsRefunded', (SELECT count(*) FROM refund_tickets rt JOIN refunds r ON r.id = rt.refund_id"
         "   WHERE r.user_id = $1::bigint AND r.created_at >= $2::timestamptz AND r.created_at < $3::timestamptz),"
         " 'userName', (SELECT coalesce(nullif(display_name, ''), username) FROM users WHERE id = $1::bigint),"
         " 'currency', (SELECT currency FROM venues ORDER BY id LIMIT 1))::text"},
        // The layout studio (server/db/sql/007_layout_studio.sql): one round trip each.
        {"create_venue", "SELECT marquee_create_venue($1::bigint, $2, $3, $4, $5, $6)::text"},
        {"rename_venue", "SELECT marquee_rename_venue($1::bigint, $2, $3, $4::bigint, $5)::text"},
        {"create_auditorium", "SELECT marquee_create_auditorium($1::bigint, $2, $3, $4::bigint, $5)::text"},
        {"rename_auditorium", "SELECT marquee_rename_auditorium($1::bigint, $2, $3, $4::bigint, $5)::text"},
        {"upload_layout", "SELECT marquee_upload_layout($1::bigint, $2, $3, $4, $5::integer, $6::integer, $7)::text"},
        {"save_layout_draft",
         "SELECT marquee_save_layout_draft($1::bigint, $2, $3, $4::bigint, $5::integer, $6::bigint, $7::jsonb,"
         " $8::integer, $9::integer, $10::jsonb)::text"},
        {"discard_layout_draft", "SELECT marquee_discard_layout_draft($1::bigint, $2, $3, $4::bigint, $5::bigint)::text"},
        {"publish_layout", "SELECT marquee_publish_layout($1::bigint, $2, $3, $4::bigint, $5::bigint, $6::jsonb)::text"},
        {"change_show_layout", "SELECT marquee_change_show_layout($1::bigint, $2, $3, $4::bigint, $5::integer)::text"},
        // The parts of a user's upload, in order ('parts' is null when there is none).
        {"layout_upload",
         "SELECT json_build_object('parts', min(parts), 'received', count(*), 'data', json_agg(data ORDER BY part))::text"
         " FROM layout_uploads WHERE user_id = $1::bigint AND upload_id = $2 AND created_at > now() - interval '24 hours'"},
        // publish_layout's first step: the first answer of a retried request, or the draft to check.
        {"publish_read",
         "SELECT coalesce(marquee_replay($1::bigint, $2, $3), (SELECT jsonb_build_object('draft', jsonb_build_object("
         "  'revision', revision, 'document', document)) FROM layout_drafts WHERE auditorium_id = $4::bigint), '{}')::text"},
        {"layout_draft",
         "SELECT json_build_object('revision', d.revision, 'baseVersion', d.base_version, 'savedAt', " MQ_MS("d.saved_at")
         ", 'savedBy', " MQ_USER_NAME("u") ", 'document', d.document)::text"
         " FROM layout_drafts d JOIN users u ON u.id = d.saved_by WHERE d.auditorium_id = $1::bigint"},
        {"layout_versions",
         "SELECT json_build_object('auditorium', a.id,"
         " 'versions', (SELECT coalesce(json_agg(json_build_object('layoutVersion', l.version, 'name', l.document ->> 'name',"
         "   'seatCount', (SELECT count(*) FROM layout_seats ls WHERE ls.auditorium_id = a.id AND ls.layout_version = l.version),"
         "   'createdAt', " MQ_MS("l.created_at") ", 'createdBy', " MQ_USER_NAME("u") ","
         "   'shows', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'title', s.title,"
         "      'start', " MQ_MS("s.starts_at") ", 'status', s.status) ORDER BY s.starts_at, s.id), '[]') FROM shows s"
         "      WHERE s.auditorium_id = a.id AND s.layout_version = l.version AND s.status <> 'cancelled'))"
         "   ORDER BY l.version DESC), '[]') FROM layouts l LEFT JOIN users u ON u.id = l.created_by WHERE l.auditorium_id = a.id),"
         " 'draft', (SELECT json_build_object('revision', d.revision, 'baseVersion', d.base_version, 'seatCount', d.seat_count,"
         "   'savedAt', " MQ_MS("d.saved_at") ", 'savedBy', " MQ_USER_NAME("u") ", 'problems', d.problems)"
         "   FROM layout_drafts d JOIN users u ON u.id = d.saved_by WHERE d.auditorium_id = a.id))::text"
         " FROM auditoriums a WHERE a.id = $1::bigint"},
        // The programme (server/db/sql/009_programme.sql): one round trip each.
        {"list_titles",
         "SELECT coalesce(json_agg(marquee_title_json(t) ORDER BY t.name, t.id), '[]')::text FROM titles t"},
        {"create_title", "SELECT marquee_create_title($1::bigint, $2, $3, $4, $5::integer, $6, $7, $8)::text"},
        {"update_title",
         "SELECT marquee_update_title($1::bigint, $2, $3, $4::bigint, $5, $6::integer, $7, $8, $9, $10::boolean)::text"},
        {"update_venue", "SELECT marquee_update_venue($1::bigint, $2, $3, $4::bigint, $5::integer, $6, $7::boolean)::text"},
        {"schedule_show",
         "SELECT marquee_schedule_show($1::bigint, $2, $3, $4::bigint, $5::bigint, $6::timestamptz, $7::integer,"
         " $8::timestamptz, $9::jsonb, $10)::text"},
        {"schedule_show_card",
         "SELECT marquee_schedule_show_card($1::bigint, $2, $3, $4::bigint, $5::bigint, $6::timestamptz, $7::integer,"
         " $8::timestamptz, $9::bigint, $10)::text"},
        {"update_show",
         "SELECT marquee_update_show_card($1::bigint, $2, $3, $4::bigint, $5::timestamptz, $6::timestamptz,"
         " $7::bigint)::text"},
        {"set_show_status", "SELECT marquee_set_show_status($1::bigint, $2, $3, $4::bigint, $5)::text"},
        {"cancel_show", "SELECT marquee_cancel_show($1::bigint, $2, $3, $4::bigint, $5)::text"},
        {"refund_show", "SELECT marquee_refund_show($1::bigint, $2, $3, $4, $5, $6::bigint, $7)::text"},
        {"copy_shows",
         "SELECT marquee_copy_shows_card($1::bigint, $2, $3, $4::bigint[], $5::timestamptz, $6::timestamptz, $7::integer,"
         " $8::integer)::text"},
        // Blocked and house seats, live show lists (server/db/sql/012_show_seat_blocks.sql).
        {"block_seats", "SELECT marquee_block_seats($1::bigint, $2, $3, $4::bigint, $5::text[], $6, $7)::text"},
        {"unblock_seats", "SELECT marquee_unblock_seats($1::bigint, $2, $3, $4::bigint, $5::text[])::text"},
        {"shows_by_id",
         "SELECT coalesce(json_agg(marquee_show_json(s) ORDER BY s.starts_at, s.id), '[]')::text FROM shows s"
         " WHERE s.id = ANY ($1::bigint[])"},
        // Ticket types and price cards (server/db/sql/011_pricing.sql): one round trip each.
        {"list_pricing", "SELECT marquee_list_pricing($1::bigint)::text"},
        {"create_ticket_type",
         "SELECT marquee_create_ticket_type($1::bigint, $2, $3, $4::bigint, $5, $6, $7::integer)::text"},
        {"update_ticket_type",
         "SELECT marquee_update_ticket_type($1::bigint, $2, $3, $4::bigint, $5, $6, $7::integer, $8::boolean)::text"},
        {"create_price_card", "SELECT marquee_create_price_card($1::bigint, $2, $3, $4::bigint, $5, $6::jsonb)::text"},
        {"update_price_card",
         "SELECT marquee_update_price_card($1::bigint, $2, $3, $4::bigint, $5::integer, $6, $7::jsonb)::text"},
        {"delete_price_card", "SELECT marquee_delete_price_card($1::bigint, $2, $3, $4::bigint)::text"},
        {"set_ticket_types", "SELECT marquee_set_ticket_types($1::bigint, $2, $3, $4::bigint, $5::jsonb)::text"},
        // Reports (server/db/sql/013_reports.sql): one query per report.
        {"get_report", "SELECT marquee_report($1, $2::bigint, $3::date, $4::date)::text"},
        {"health", "SELECT '1'"},
    };
    return list;
}

#undef MQ_MS
#undef MQ_USER_NAME

} // namespace

Database::Database(const QString &url, int connections, QObject *parent)
    : QObject(parent)
    , m_pool(new PgPool(url, connections, statements(), this))
{
    connect(m_pool, &PgPool::healthChanged, this, &Database::healthChanged);
}

Database::~Database() = default;

void Database::start()
{
    m_pool->start();
}

bool Database::isHealthy() const
{
    return m_pool->isHealthy();
}

int Database::queued() const
{
    return m_pool->queued();
}

void Database::call(const QByteArray &statement, const QList<QByteArray> &parameters, Callback done)
{
    run(statement, parameters, std::move(done), 0);
}

void Database::run(const QByteArray &statement, const QList<QByteArray> &parameters, Callback done, int attempt)
{
    m_pool->execute(statement, parameters, [this, statement, parameters, done = std::move(done), attempt](PgReply &&reply) mutable {
        if (!reply.ok) {
            // 40P01 deadlock, 40001 serialization failure: rolled back, safe to run again.
            if ((reply.sqlState == QLatin1String("40P01") || reply.sqlState == QLatin1String("40001")) && attempt < 3) {
                qCWarning(lcDatabase).noquote() << statement << "retried after" << reply.sqlState;
                run(statement, parameters, std::move(done), attempt + 1);
                return;
            }
            const bool connection = reply.sqlState.startsWith(QLatin1String("08")) || reply.sqlState.isEmpty()
                || reply.sqlState.startsWith(QLatin1String("57P"));
            if (!connection)
                qCWarning(lcDatabase).noquote() << "statement" << statement << "failed:" << reply.sqlState << reply.message;
            done(makeError(connection ? ErrorCode::ServiceDegraded : ErrorCode::Internal,
                           connection ? QStringLiteral("the database is unreachable; retry shortly")
                                      : QStringLiteral("the database refused the request; nothing was changed")));
            return;
        }
        if (reply.result.rowCount() == 0 || reply.result.isNull(0, 0)) {
            done(QJsonValue(QJsonValue::Null));
            return;
        }
        const QByteArray text = reply.result.value(0, 0).toUtf8();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            // Statements that return plain text (notify, health).
            done(QJsonValue(QString::fromUtf8(text)));
            return;
        }
        done(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    });
}

QByteArray Database::textArray(const QStringList &items)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        QByteArray item = items[i].toUtf8();
        item.replace('\\', "\\\\").replace('"', "\\\"");
        out += '"' + item + '"';
    }
    return out + '}';
}

} // namespace Marquee
