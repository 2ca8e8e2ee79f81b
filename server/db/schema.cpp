#include "schema.h"

#include "dblogging.h"
#include "pgconnection.h"

#include <QtCore/QFile>
#include <QtCore/QHash>

namespace Marquee {

namespace {

// Never edit a migration that has shipped: add a new one.
const char *const migration1 = R"sql(
CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text NOT NULL UNIQUE CHECK (length(username) BETWEEN 1 AND 64),
    display_name  text NOT NULL DEFAULT '',
    password_hash text NOT NULL,
    role          text NOT NULL CHECK (role IN ('admin', 'manager', 'cashier', 'kiosk')),
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Shared by every server process on this database (token signing key).
CREATE TABLE server_secrets (
    name  text PRIMARY KEY,
    value bytea NOT NULL
);

CREATE TABLE venues (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name     text NOT NULL UNIQUE,
    timezone text NOT NULL DEFAULT 'UTC',
    currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$')
);

CREATE TABLE auditoriums (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id bigint NOT NULL REFERENCES venues ON DELETE CASCADE,
    name     text NOT NULL,
    UNIQUE (venue_id, name)
);

-- Layouts are versioned; a show pins the version it was scheduled with.
CREATE TABLE layouts (
    auditorium_id bigint NOT NULL REFERENCES auditoriums ON DELETE CASCADE,
    version       integer NOT NULL CHECK (version > 0),
    document      jsonb NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (auditorium_id, version)
);

CREATE TABLE layout_seats (
    auditorium_id  bigint NOT NULL,
    layout_version integer NOT NULL,
    seat_id        text NOT NULL,
    label          text NOT NULL,
    category       text NOT NULL,
    blocked        boolean NOT NULL DEFAULT false,
    PRIMARY KEY (auditorium_id, layout_version, seat_id),
    FOREIGN KEY (auditorium_id, layout_version) REFERENCES layouts ON DELETE CASCADE
);

CREATE TABLE shows (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    auditorium_id  bigint NOT NULL,
    layout_version integer NOT NULL,
    title          text NOT NULL CHECK (length(title) > 0),
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    status         text NOT NULL DEFAULT 'on_sale'
                   CHECK (status IN ('scheduled', 'on_sale', 'closed', 'cancelled')),
    currency       text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    -- Increases by one with every change of a seat of this show, in commit order.
    version        bigint NOT NULL DEFAULT 0,
    CHECK (ends_at > starts_at),
    FOREIGN KEY (auditorium_id, layout_version) REFERENCES layouts (auditorium_id, version)
);
CREATE INDEX shows_by_start ON shows (starts_at);

CREATE TABLE show_prices (
    show_id  bigint NOT NULL REFERENCES shows ON DELETE CASCADE,
    category text NOT NULL,
    amount   bigint NOT NULL CHECK (amount >= 0), -- minor units of shows.currency
    PRIMARY KEY (show_id, category)
);

-- The state of every seat of every show.
CREATE TABLE show_seats (
    show_id      bigint NOT NULL REFERENCES shows ON DELETE CASCADE,
    seat_id      text NOT NULL,
    category     text NOT NULL,
    status       text NOT NULL DEFAULT 'available'
                 CHECK (status IN ('available', 'held', 'sold', 'blocked')),
    hold_id      bigint,
    hold_expires timestamptz,
    ticket_id    bigint,
    PRIMARY KEY (show_id, seat_id),
    CHECK ((status = 'held') = (hold_id IS NOT NULL AND hold_expires IS NOT NULL)),
    CHECK ((status = 'sold') = (ticket_id IS NOT NULL))
);
CREATE INDEX show_seats_hold_expiry ON show_seats (hold_expires) WHERE status = 'held';

CREATE TABLE holds (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    show_id        bigint NOT NULL REFERENCES shows,
    user_id        bigint NOT NULL REFERENCES users,
    terminal_id    text NOT NULL DEFAULT '',
    created_at     timestamptz NOT NULL DEFAULT now(),
    expires_at     timestamptz NOT NULL,
    extended_count integer NOT NULL DEFAULT 0,
    status         text NOT NULL DEFAULT 'active'
                   CHECK (status IN ('active', 'released', 'expired', 'sold')),
    ended_at       timestamptz
);

-- What each hold held, kept after it ends (audit trail of expired and released holds).
CREATE TABLE hold_seats (
    hold_id bigint NOT NULL REFERENCES holds,
    show_id bigint NOT NULL,
    seat_id text NOT NULL,
    PRIMARY KEY (hold_id, seat_id),
    FOREIGN KEY (show_id, seat_id) REFERENCES show_seats
);

CREATE TABLE sales (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    show_id     bigint NOT NULL REFERENCES shows,
    hold_id     bigint NOT NULL UNIQUE REFERENCES holds,
    user_id     bigint NOT NULL REFERENCES users,
    terminal_id text NOT NULL DEFAULT '',
    total       bigint NOT NULL CHECK (total >= 0),
    currency    text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    email       text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payments (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_id       bigint NOT NULL REFERENCES sales,
    method        text NOT NULL CHECK (method IN ('cash', 'card')),
    amount        bigint NOT NULL CHECK (amount > 0),
    tendered      bigint CHECK (tendered >= amount),
    change_due    bigint CHECK (change_due >= 0),
    authorization_code text,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tickets (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_id     bigint NOT NULL REFERENCES sales,
    show_id     bigint NOT NULL,
    seat_id     text NOT NULL,
    category    text NOT NULL,
    price       bigint NOT NULL CHECK (price >= 0),
    code        text NOT NULL UNIQUE,
    status      text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'refunded')),
    refunded_at timestamptz,
    FOREIGN KEY (show_id, seat_id) REFERENCES show_seats
);
-- The promise: at most one valid ticket per seat of a show, whatever the code does.
CREATE UNIQUE INDEX tickets_one_valid_per_seat ON tickets (show_id, seat_id) WHERE status = 'valid';

CREATE TABLE refunds (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sale_id    bigint NOT NULL REFERENCES sales,
    user_id    bigint NOT NULL REFERENCES users,
    reason     text NOT NULL CHECK (length(reason) > 0),
    amount     bigint NOT NULL CHECK (amount >= 0),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE refund_tickets (
    refund_id bigint NOT NULL REFERENCES refunds,
    ticket_id bigint NOT NULL UNIQUE REFERENCES tickets,
    PRIMARY KEY (refund_id, ticket_id)
);

CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL DEFAULT now(),
    user_id    bigint REFERENCES users,
    action     text NOT NULL,
    sale_id    bigint REFERENCES sales,
    refund_id  bigint REFERENCES refunds,
    details    jsonb NOT NULL DEFAULT '{}'
);

-- Every seat change, by show and version: the deltas that reconnecting terminals missed, and the
-- outbox that every server process reads after a notification.
CREATE TABLE seat_changes (
    show_id    bigint NOT NULL REFERENCES shows ON DELETE CASCADE,
    version    bigint NOT NULL,
    changes    jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (show_id, version)
);

-- The first answer to every mutating request, so that a retry gets it again.
CREATE TABLE idempotency (
    user_id      bigint NOT NULL REFERENCES users,
    request_id   text NOT NULL,
    request_hash text NOT NULL,
    response     jsonb NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, request_id)
);
)sql";

const char *const migration2 =
#include "schema_functions.sql.inc"
    ;

// The sweeper, faster (measured in docs/BENCHMARKS.md, "Expiry"): the holds a batch ends are
// closed by id, instead of checking every active expired hold of the database against show_seats
// in every batch (a scan of holds per batch, quadratic in a burst of expiries).
const char *const migration3 = R"sql(
CREATE OR REPLACE FUNCTION marquee_sweep(p_limit integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    s record;
    locked text[];
    ended bigint[] := '{}';
    batch_holds bigint[];
    changes jsonb;
    v bigint;
    out jsonb := '[]'::jsonb;
BEGIN
    FOR s IN
        SELECT show_id, array_agg(seat_id ORDER BY seat_id) AS seats
          FROM (SELECT show_id, seat_id FROM show_seats
                 WHERE status = 'held' AND hold_expires <= now()
                 ORDER BY hold_expires LIMIT p_limit) expired
         GROUP BY show_id ORDER BY show_id
    LOOP
        -- Seats that a hold or sale is busy with right now are left for the next round.
        SELECT array_agg(seat_id) INTO locked FROM (
            SELECT seat_id FROM show_seats WHERE show_id = s.show_id AND seat_id = ANY (s.seats)
             ORDER BY seat_id FOR UPDATE SKIP LOCKED) l;
        WITH freed AS (
            UPDATE show_seats ss SET status = 'available', hold_id = NULL, hold_expires = NULL
              FROM (SELECT seat_id, hold_id FROM show_seats
                     WHERE show_id = s.show_id AND seat_id = ANY (locked)) old
             WHERE ss.show_id = s.show_id AND ss.seat_id = old.seat_id
               AND ss.status = 'held' AND ss.hold_expires <= now()
            RETURNING ss.seat_id, old.hold_id)
        SELECT jsonb_agg(jsonb_build_object('seat', seat_id, 'state', 'available') ORDER BY seat_id),
               array_agg(DISTINCT hold_id)
          INTO changes, batch_holds FROM freed;
        IF changes IS NOT NULL THEN
            ended := ended || batch_holds;
            v := marquee_record_change(s.show_id, changes);
            out := out || jsonb_build_array(jsonb_build_object('show', s.show_id, 'version', v, 'changes', changes));
        END IF;
    END LOOP;
    -- A hold ends when none of its seats is held by it any more.
    UPDATE holds h SET status = 'expired', ended_at = now()
     WHERE h.id = ANY (ended) AND h.status = 'active' AND h.expires_at <= now()
       AND NOT EXISTS (SELECT 1 FROM hold_seats hs
                         JOIN show_seats ss ON ss.show_id = hs.show_id AND ss.seat_id = hs.seat_id
                        WHERE hs.hold_id = h.id AND ss.hold_id = h.id);
    RETURN out;
END $$;
)sql";

// Leaner marquee_hold and marquee_release: same answers, locks and records in 4-5 statements
// instead of ~20 (measured in docs/BENCHMARKS.md, "Hold SQL (database only)").
const char *const migration4 =
#include "schema_hold_v2.sql.inc"
    ;

// Migrations from 5 on are .sql files of their own (server/db/sql/), compiled in as resources.
const char *sqlResource(const char *name)
{
    static QHash<QByteArray, QByteArray> loaded;
    auto it = loaded.find(name);
    if (it == loaded.end()) {
        QFile file(QStringLiteral(":/sql/") + QLatin1String(name));
        QByteArray text;
        if (file.open(QIODevice::ReadOnly))
            text = file.readAll();
        else
            qCCritical(lcDatabase) << "migration" << name << "is missing from the resources";
        it = loaded.insert(name, text);
    }
    return it->constData();
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, "initial schema", migration1},
        {2, "seat operations", migration2},
        {3, "faster expiry sweep", migration3},
        {4, "leaner hold and release", migration4},
        {5, "shifts, refunds by tender, growing holds", sqlResource("005_shifts_refund_tender_growing_holds.sql")},
        {6, "extend answers with the total", sqlResource("006_extend_total.sql")},
        {7, "layout studio: drafts, uploads, publishing, shows moved between layout versions",
         sqlResource("007_layout_studio.sql")},
        {8, "users: session epochs, sign-in lockout, user management", sqlResource("008_users.sql")},
        {9, "programme: titles, cleaning gaps, scheduling without clashes, cancelling shows",
         sqlResource("009_programme.sql")},
        {10, "audit log: indexes for the viewer, expired holds audited by the sweeper",
         sqlResource("010_audit_index.sql")},
        {11, "ticket types and price cards, seats held and sold at the price of their ticket type",
         sqlResource("011_pricing.sql")},
        {12, "blocked and house seats per show, live show lists (NOTIFY on show changes)",
         sqlResource("012_show_seat_blocks.sql")},
        {13, "reports: one query per report, and the indexes they need", sqlResource("013_reports.sql")},
        {14, "reports read running totals that sales and refunds write; the books are append-only",
         sqlResource("014_report_rollups.sql")},
        {15, "holds recovered at sign-in with the ticket types and prices of their seats",
         sqlResource("015_restored_hold_types.sql")},
        {16, "group decisions: many seat operations per transaction, one version bump per show",
         sqlResource("016_group_decisions.sql")},
        {17, "expiry in one pass: the expired seats of all shows freed with a few set-based statements, one change per show",
         sqlResource("017_sweep_one_pass.sql")},
        {18, "sign_out revokes the session's token (revoked_sessions), on every process and across restarts",
         sqlResource("018_sign_out_revokes.sql")},
        {19, "crash-safe card payments: sell attempts and payment intents recorded before the card is charged, closed with the sale",
         sqlResource("019_payment_intents.sql")},
        {20, "kiosk and door: the venue's no-orphan-seats rule, tickets admitted at the door (once, when and where)",
         sqlResource("020_kiosk_door.sql")},
        {21, "a ticket admitted at the door is refunded by a manager or an admin only (its seat is occupied)",
         sqlResource("021_admitted_refunds.sql")},
        {22, "the transactional outbox: events written with the changes, stamped and published by one process; webhook endpoints; the sale's language for e-mailed tickets",
         sqlResource("022_outbox.sql")},
    };
    return list;
}

Result<int> migrate(PgConnection &connection)
{
    // One server at a time; the lock is released with the session or explicitly below.
    constexpr auto lockKey = "7431952066"; // arbitrary, fixed
    auto locked = connection.exec(QStringLiteral("SELECT pg_advisory_lock($1::bigint)"), {QLatin1String(lockKey)});
    if (!locked)
        return locked.error();
    const auto unlock = [&connection] {
        (void)connection.exec(QStringLiteral("SELECT pg_advisory_unlock($1::bigint)"), {QLatin1String(lockKey)});
    };

    const Status table = connection.execScript(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version integer PRIMARY KEY, name text NOT NULL,"
        " applied_at timestamptz NOT NULL DEFAULT now())"));
    if (!table) {
        unlock();
        return table.error();
    }
    auto current = connection.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!current) {
        unlock();
        return current.error();
    }
    int version = current->value(0, 0).toInt();
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        if (!m.sql || !*m.sql) {
            unlock();
            return makeError(ErrorCode::Internal, QStringLiteral("migration %1 has no SQL").arg(m.version));
        }
        qCInfo(lcDatabase) << "applying schema migration" << m.version << m.name;
        // The name is a constant of this file, quoted as an SQL literal all the same (migration 18's
        // has an apostrophe); the script has no parameters (several statements, one transaction).
        const QString script = QStringLiteral("BEGIN;\n") + QString::fromUtf8(m.sql)
            + QStringLiteral("\nINSERT INTO schema_migrations (version, name) VALUES (%1, '%2');\nCOMMIT;")
                  .arg(m.version)
                  .arg(QString::fromUtf8(m.name).replace(u'\'', QStringLiteral("''")));
        const Status applied = connection.execScript(script);
        if (!applied) {
            (void)connection.execScript(QStringLiteral("ROLLBACK"));
            unlock();
            return makeError(applied.error().code,
                             QStringLiteral("migration %1 failed: %2").arg(m.version).arg(applied.error().message));
        }
        version = m.version;
    }
    unlock();
    return version;
}

} // namespace Marquee
