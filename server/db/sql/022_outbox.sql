-- Migration 22: the transactional outbox, webhook endpoints and e-mailed tickets.
--
-- Every sale, refund, admission and show change writes an event row in the transaction that makes
-- the change (triggers below), so that nothing is published that was not committed and nothing
-- committed is lost. One server process at a time (the holder of an advisory lock) publishes:
-- it stamps the committed events with a sequence in the order it sees them (ids come from an
-- identity and are NOT in commit order: a reader tailing by id would skip a row committed late
-- with a lower id), then hands them to the consumers (each webhook endpoint, and the mailer) in
-- that order, keeping one cursor per consumer. docs/EVENTS.md documents the events.

-- ---- The sale's language (for the e-mailed tickets) -------------------------------------------------
ALTER TABLE sales ADD COLUMN language text CHECK (language IN ('en', 'de', 'fr', 'es'));
ALTER TABLE sell_attempts ADD COLUMN language text;

-- ISO 8601 in UTC with milliseconds, as the protocol writes times.
CREATE FUNCTION marquee_iso(p_at timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
$$;

-- ---- The outbox ------------------------------------------------------------------------------------
CREATE TABLE outbox (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Random, so unique without an index (an index on it would cost every sale a random insert).
    event_id       uuid NOT NULL DEFAULT gen_random_uuid(),
    type           text NOT NULL,
    aggregate_type text NOT NULL,
    aggregate_id   text NOT NULL,
    payload        jsonb NOT NULL,
    occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- Stamped by the publisher, 1, 2, 3, ... in the order the committed events became visible to it.
    seq            bigint UNIQUE CHECK (seq > 0)
);
CREATE INDEX outbox_unstamped ON outbox (id) WHERE seq IS NULL;

CREATE FUNCTION marquee_outbox_add(p_type text, p_aggregate_type text, p_aggregate_id text, p_payload jsonb)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    -- No NOTIFY here: it would serialise the commits of every sale on the notification queue's
    -- lock. Every change that writes an event is announced on marquee_changes after its commit
    -- anyway (seats, shows, admissions), which wakes the publisher; it also looks every second.
    INSERT INTO outbox (type, aggregate_type, aggregate_id, payload)
    VALUES (p_type, p_aggregate_type, p_aggregate_id, jsonb_strip_nulls(p_payload));
END $$;

CREATE FUNCTION marquee_money(p_amount bigint, p_currency text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object('amount', p_amount, 'currency', p_currency);
$$;

-- A show as its events carry it.
CREATE FUNCTION marquee_show_event(s shows) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('showId', s.id::text, 'venueId', a.venue_id::text, 'auditoriumId', a.id::text,
        'auditorium', a.name, 'title', s.title, 'titleId', s.title_id::text,
        'startsAt', marquee_iso(s.starts_at), 'endsAt', marquee_iso(s.ends_at), 'status', s.status,
        'currency', s.currency)
      FROM auditoriums a WHERE a.id = s.auditorium_id;
$$;

-- sale.completed: written at the commit of the sale (a deferred trigger), when its tickets and
-- payments are there. No ticket codes (they admit at the door) and no card data.
CREATE FUNCTION marquee_outbox_sale() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM marquee_outbox_add('sale.completed', 'sale', NEW.id::text,
        (SELECT marquee_show_event(s) FROM shows s WHERE s.id = NEW.show_id)
        || jsonb_build_object('saleId', NEW.id::text, 'terminalId', NEW.terminal_id, 'soldBy', NEW.user_id::text,
            'soldAt', marquee_iso(NEW.created_at), 'total', marquee_money(NEW.total, NEW.currency),
            'customerEmail', NEW.email, 'language', NEW.language,
            'tickets', (SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('ticketId', t.id::text,
                                'seatId', t.seat_id, 'category', t.category, 'ticketType', t.ticket_type_name,
                                'price', marquee_money(t.price, NEW.currency))) ORDER BY t.seat_id), '[]')
                          FROM tickets t WHERE t.sale_id = NEW.id),
            'payments', (SELECT coalesce(jsonb_agg(jsonb_build_object('method', p.method,
                                'amount', marquee_money(p.amount, NEW.currency)) ORDER BY p.id), '[]')
                           FROM payments p WHERE p.sale_id = NEW.id)));
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER sales_outbox AFTER INSERT ON sales
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marquee_outbox_sale();

-- sale.refunded: at the commit of the refund, with its tickets and how the money went back.
CREATE FUNCTION marquee_outbox_refund() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    sa sales;
BEGIN
    SELECT * INTO sa FROM sales WHERE id = NEW.sale_id;
    PERFORM marquee_outbox_add('sale.refunded', 'sale', NEW.sale_id::text, jsonb_build_object(
        'refundId', NEW.id::text, 'saleId', NEW.sale_id::text, 'showId', sa.show_id::text,
        'terminalId', NEW.terminal_id, 'refundedBy', NEW.user_id::text, 'refundedAt', marquee_iso(NEW.created_at),
        'reason', NEW.reason, 'amount', marquee_money(NEW.amount, sa.currency),
        'tickets', (SELECT coalesce(jsonb_agg(jsonb_build_object('ticketId', t.id::text, 'seatId', t.seat_id)
                                              ORDER BY t.seat_id), '[]')
                      FROM refund_tickets rt JOIN tickets t ON t.id = rt.ticket_id WHERE rt.refund_id = NEW.id),
        'payments', (SELECT coalesce(jsonb_agg(jsonb_build_object('method', rp.method,
                                               'amount', marquee_money(rp.amount, sa.currency)) ORDER BY rp.method), '[]')
                       FROM refund_payments rp WHERE rp.refund_id = NEW.id)));
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER refunds_outbox AFTER INSERT ON refunds
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION marquee_outbox_refund();

-- ticket.admitted: a ticket used at the door.
CREATE FUNCTION marquee_outbox_admission() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM marquee_outbox_add('ticket.admitted', 'ticket', NEW.id::text, jsonb_build_object(
        'ticketId', NEW.id::text, 'saleId', NEW.sale_id::text, 'showId', NEW.show_id::text, 'seatId', NEW.seat_id,
        'admittedAt', marquee_iso(NEW.admitted_at), 'terminalId', NEW.admitted_by,
        'admittedBy', NEW.admitted_user::text));
    RETURN NULL;
END $$;
CREATE TRIGGER tickets_admitted_outbox AFTER UPDATE OF admitted_at ON tickets
    FOR EACH ROW WHEN (OLD.admitted_at IS NULL AND NEW.admitted_at IS NOT NULL)
    EXECUTE FUNCTION marquee_outbox_admission();

-- show.scheduled, show.changed, show.cancelled. A seat change bumps shows.version: that is not a
-- show change (the WHEN clause keeps the seat path free of this trigger's work).
CREATE FUNCTION marquee_outbox_show() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed text[] := '{}';
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM marquee_outbox_add('show.scheduled', 'show', NEW.id::text, marquee_show_event(NEW));
        RETURN NULL;
    END IF;
    IF NEW.title IS DISTINCT FROM OLD.title OR NEW.title_id IS DISTINCT FROM OLD.title_id THEN
        changed := changed || 'title'::text;
    END IF;
    IF NEW.starts_at <> OLD.starts_at OR NEW.ends_at <> OLD.ends_at THEN
        changed := changed || 'time'::text;
    END IF;
    IF NEW.auditorium_id <> OLD.auditorium_id OR NEW.layout_version <> OLD.layout_version THEN
        changed := changed || 'auditorium'::text;
    END IF;
    IF NEW.status <> OLD.status THEN
        changed := changed || 'status'::text;
    END IF;
    IF NEW.price_card_id IS DISTINCT FROM OLD.price_card_id THEN
        changed := changed || 'prices'::text;
    END IF;
    PERFORM marquee_outbox_add(CASE WHEN NEW.status = 'cancelled' AND OLD.status <> 'cancelled' THEN 'show.cancelled'
                                    ELSE 'show.changed' END,
                               'show', NEW.id::text, marquee_show_event(NEW) || jsonb_build_object('changed', to_jsonb(changed)));
    RETURN NULL;
END $$;
CREATE TRIGGER shows_scheduled_outbox AFTER INSERT ON shows
    FOR EACH ROW EXECUTE FUNCTION marquee_outbox_show();
CREATE TRIGGER shows_changed_outbox AFTER UPDATE ON shows
    FOR EACH ROW WHEN (NEW.title IS DISTINCT FROM OLD.title OR NEW.title_id IS DISTINCT FROM OLD.title_id
                       OR NEW.starts_at <> OLD.starts_at OR NEW.ends_at <> OLD.ends_at
                       OR NEW.auditorium_id <> OLD.auditorium_id OR NEW.layout_version <> OLD.layout_version
                       OR NEW.status <> OLD.status OR NEW.price_card_id IS DISTINCT FROM OLD.price_card_id)
    EXECUTE FUNCTION marquee_outbox_show();

-- ---- Consumers: webhook endpoints and the mailer ----------------------------------------------------
CREATE TABLE webhook_endpoints (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url         text NOT NULL CHECK (url ~ '^https?://'),
    event_types text[] NOT NULL CHECK (cardinality(event_types) > 0),
    secret      text NOT NULL CHECK (length(secret) >= 16),
    active      boolean NOT NULL DEFAULT true,
    created_by  bigint REFERENCES users,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- One cursor per consumer: every event up to cursor_seq is done with (delivered, not for this
-- consumer, or given up after a day of failures). 'mail' is the mailer; 'webhook:<id>' an endpoint.
CREATE TABLE outbox_consumers (
    name              text PRIMARY KEY,
    webhook_id        bigint UNIQUE REFERENCES webhook_endpoints ON DELETE CASCADE,
    cursor_seq        bigint NOT NULL DEFAULT 0,
    delivered         bigint NOT NULL DEFAULT 0,
    given_up          bigint NOT NULL DEFAULT 0,
    last_delivered_at timestamptz,
    -- The failures of the event after the cursor, while it keeps failing.
    failing_seq       bigint,
    attempts          integer NOT NULL DEFAULT 0,
    failing_since     timestamptz,
    last_error        text,
    next_attempt_at   timestamptz
);
INSERT INTO outbox_consumers (name) VALUES ('mail');

-- Failed attempts, for the back office (the newest kept; older ones pruned with the events).
CREATE TABLE outbox_failures (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consumer   text NOT NULL REFERENCES outbox_consumers ON DELETE CASCADE,
    event_id   uuid NOT NULL,
    event_type text NOT NULL,
    seq        bigint NOT NULL,
    attempt    integer NOT NULL,
    error      text NOT NULL,
    gave_up    boolean NOT NULL DEFAULT false,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_failures_by_consumer ON outbox_failures (consumer, id);

-- The publisher's lock: a session-level advisory lock on its own connection, so that exactly one
-- server process publishes and another takes over when its holder's connection ends.
CREATE FUNCTION marquee_outbox_lead() RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()
                                        AND classid = 0 AND objid = 22015 AND objsubid = 1 AND granted) THEN
        RETURN true;
    END IF;
    RETURN pg_try_advisory_lock(22015);
END $$;

-- Stamps up to p_limit committed, unstamped events (in id order) with the next sequence numbers.
-- {"lead": false} when another process publishes; else {"lead": true, "top": the highest sequence}.
CREATE FUNCTION marquee_outbox_stamp(p_limit integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    top bigint;
    n integer;
BEGIN
    IF NOT marquee_outbox_lead() THEN
        RETURN jsonb_build_object('lead', false);
    END IF;
    SELECT coalesce(max(seq), 0) INTO top FROM outbox;
    WITH next AS (
        SELECT x.id, top + row_number() OVER (ORDER BY x.id) AS s
          FROM (SELECT id FROM outbox WHERE seq IS NULL ORDER BY id LIMIT p_limit) x)
    UPDATE outbox o SET seq = next.s FROM next WHERE o.id = next.id;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN jsonb_build_object('lead', true, 'top', top + n, 'more', n = p_limit);
END $$;

-- The consumers as the publisher works with them (secrets included: server use only).
CREATE FUNCTION marquee_outbox_consumers() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('name', c.name, 'webhook', w.id::text,
               'url', w.url, 'secret', w.secret, 'types', to_jsonb(w.event_types),
               'active', coalesce(w.active, true), 'cursor', c.cursor_seq, 'failingSeq', c.failing_seq,
               'attempts', c.attempts,
               'failingSince', (extract(epoch FROM c.failing_since) * 1000)::bigint,
               'nextAttemptAt', (extract(epoch FROM c.next_attempt_at) * 1000)::bigint)) ORDER BY c.name), '[]')
      FROM outbox_consumers c LEFT JOIN webhook_endpoints w ON w.id = c.webhook_id;
$$;

-- The next events after p_after of the given types (the mailer: only sales with an e-mail), up to
-- p_limit, and how far the scan got: {"events": [...], "scanned": seq} (a consumer with nothing
-- to do moves its cursor to "scanned").
CREATE FUNCTION marquee_outbox_events(p_after bigint, p_types text[], p_with_email boolean, p_limit integer)
RETURNS jsonb
LANGUAGE sql STABLE AS $$
    WITH picked AS (
        SELECT o.* FROM outbox o
         WHERE o.seq > p_after AND o.type = ANY (p_types)
           AND (NOT p_with_email OR o.payload ? 'customerEmail')
         ORDER BY o.seq LIMIT p_limit)
    SELECT jsonb_build_object(
        'events', (SELECT coalesce(jsonb_agg(jsonb_build_object('seq', p.seq, 'id', p.event_id::text, 'type', p.type,
                              'aggregateType', p.aggregate_type, 'aggregateId', p.aggregate_id,
                              'occurredAt', marquee_iso(p.occurred_at), 'data', p.payload) ORDER BY p.seq), '[]')
                     FROM picked p),
        'scanned', CASE WHEN (SELECT count(*) FROM picked) = p_limit THEN (SELECT max(seq) FROM picked)
                        ELSE (SELECT coalesce(max(seq), p_after) FROM outbox) END);
$$;

-- Events up to p_cursor are done with (p_delivered of them delivered): the consumer's failure, if
-- any, is over.
-- Written without waiting for the WAL flush (synchronous_commit off for this transaction only): a
-- cursor lost in a crash of PostgreSQL itself means deliveries repeated (at least once), never an
-- event lost; and the sale path keeps the disk to itself.
CREATE FUNCTION marquee_outbox_advance(p_consumer text, p_cursor bigint, p_delivered integer) RETURNS jsonb
LANGUAGE sql AS $$
    SELECT set_config('synchronous_commit', 'off', true);
    UPDATE outbox_consumers
       SET cursor_seq = greatest(cursor_seq, p_cursor), delivered = delivered + p_delivered,
           last_delivered_at = CASE WHEN p_delivered > 0 THEN now() ELSE last_delivered_at END,
           failing_seq = CASE WHEN p_cursor >= failing_seq THEN NULL ELSE failing_seq END,
           attempts = CASE WHEN p_cursor >= failing_seq THEN 0 ELSE attempts END,
           failing_since = CASE WHEN p_cursor >= failing_seq THEN NULL ELSE failing_since END,
           last_error = CASE WHEN p_cursor >= failing_seq THEN NULL ELSE last_error END,
           next_attempt_at = CASE WHEN p_cursor >= failing_seq THEN NULL ELSE next_attempt_at END
     WHERE name = p_consumer
    RETURNING jsonb_build_object('cursor', cursor_seq);
$$;

-- The event p_seq failed for the consumer (attempt p_attempt); retried at p_next, or given up
-- (the cursor moves past it).
CREATE FUNCTION marquee_outbox_failed(p_consumer text, p_seq bigint, p_attempt integer, p_error text,
                                      p_next_ms bigint, p_give_up boolean) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    e outbox;
BEGIN
    SELECT * INTO e FROM outbox WHERE seq = p_seq;
    INSERT INTO outbox_failures (consumer, event_id, event_type, seq, attempt, error, gave_up)
    VALUES (p_consumer, e.event_id, e.type, p_seq, p_attempt, left(p_error, 500), p_give_up);
    IF p_give_up THEN
        UPDATE outbox_consumers SET cursor_seq = greatest(cursor_seq, p_seq), given_up = given_up + 1,
               failing_seq = NULL, attempts = 0, failing_since = NULL, last_error = left(p_error, 500),
               next_attempt_at = NULL
         WHERE name = p_consumer;
    ELSE
        UPDATE outbox_consumers SET failing_seq = p_seq, attempts = p_attempt,
               failing_since = CASE WHEN failing_seq = p_seq THEN failing_since ELSE now() END,
               last_error = left(p_error, 500), next_attempt_at = to_timestamp(p_next_ms / 1000.0)
         WHERE name = p_consumer;
    END IF;
    RETURN jsonb_build_object('result', 'ok');
END $$;

-- Events every active consumer is done with and older than p_days go (the newest stamped one
-- stays: the sequence continues from it); so do failures older than p_days. An endpoint that was
-- deactivated for longer misses what was pruned meanwhile.
CREATE FUNCTION marquee_outbox_prune(p_days integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    n integer;
BEGIN
    DELETE FROM outbox
     WHERE seq < (SELECT coalesce(min(c.cursor_seq), 0) FROM outbox_consumers c
                    LEFT JOIN webhook_endpoints w ON w.id = c.webhook_id WHERE coalesce(w.active, true))
       AND seq < (SELECT max(seq) FROM outbox)
       AND occurred_at < now() - make_interval(days => p_days);
    GET DIAGNOSTICS n = ROW_COUNT;
    DELETE FROM outbox_failures WHERE at < now() - make_interval(days => p_days);
    RETURN jsonb_build_object('pruned', n);
END $$;

-- ---- Webhook endpoints through the protocol (admins) -------------------------------------------------
CREATE FUNCTION marquee_webhook_json(w webhook_endpoints) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('id', w.id::text, 'url', w.url, 'eventTypes', to_jsonb(w.event_types),
        'active', w.active, 'createdAt', marquee_iso(w.created_at),
        'delivery', jsonb_strip_nulls(jsonb_build_object('delivered', c.delivered, 'givenUp', c.given_up,
            'pending', (SELECT count(*) FROM outbox o WHERE (o.seq > c.cursor_seq OR o.seq IS NULL)
                                                        AND o.type = ANY (w.event_types)),
            'lastDeliveredAt', marquee_iso(c.last_delivered_at), 'failingSince', marquee_iso(c.failing_since),
            'attempts', c.attempts, 'lastError', c.last_error, 'nextAttemptAt', marquee_iso(c.next_attempt_at))),
        'recentFailures', (SELECT coalesce(jsonb_agg(jsonb_build_object('eventId', f.event_id::text,
                                   'eventType', f.event_type, 'sequence', f.seq, 'at', marquee_iso(f.at),
                                   'attempt', f.attempt, 'error', f.error) ORDER BY f.id DESC), '[]')
                             FROM (SELECT * FROM outbox_failures WHERE consumer = c.name ORDER BY id DESC LIMIT 20) f))
      FROM outbox_consumers c WHERE c.webhook_id = w.id;
$$;

CREATE FUNCTION marquee_webhooks() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('webhooks', coalesce(jsonb_agg(marquee_webhook_json(w) ORDER BY w.id), '[]'))
      FROM webhook_endpoints w;
$$;

-- p_active NULL keeps (update) or means true (create); p_types NULL keeps.
CREATE FUNCTION marquee_webhook_save(p_user bigint, p_request text, p_hash text, p_webhook bigint, p_url text,
                                     p_types text[], p_secret text, p_active boolean, p_max integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    w webhook_endpoints;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    IF p_webhook IS NULL THEN
        PERFORM pg_advisory_xact_lock(22016); -- the count below, against concurrent creations
        IF (SELECT count(*) FROM webhook_endpoints) >= p_max THEN
            RETURN marquee_remember(p_user, p_request, p_hash,
                marquee_refusal('TOO_MANY_ITEMS', 'at most ' || p_max || ' webhooks', '/body'));
        END IF;
        INSERT INTO webhook_endpoints (url, event_types, secret, active, created_by)
        VALUES (p_url, p_types, p_secret, coalesce(p_active, true), p_user) RETURNING * INTO w;
        -- A new endpoint gets the events from now on.
        INSERT INTO outbox_consumers (name, webhook_id, cursor_seq)
        VALUES ('webhook:' || w.id, w.id, (SELECT coalesce(max(seq), 0) FROM outbox));
    ELSE
        UPDATE webhook_endpoints SET url = coalesce(p_url, url), event_types = coalesce(p_types, event_types),
               secret = coalesce(p_secret, secret), active = coalesce(p_active, active), updated_at = now()
         WHERE id = p_webhook RETURNING * INTO w;
        IF NOT FOUND THEN
            RETURN marquee_remember(p_user, p_request, p_hash,
                marquee_refusal('NOT_FOUND', 'no webhook ' || p_webhook, '/body/webhookId'));
        END IF;
    END IF;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, CASE WHEN p_webhook IS NULL THEN 'webhook_create' ELSE 'webhook_update' END,
            jsonb_strip_nulls(jsonb_build_object('webhook', w.id, 'url', w.url, 'eventTypes', to_jsonb(w.event_types),
                'active', w.active, 'secretChanged', CASE WHEN p_webhook IS NOT NULL AND p_secret IS NOT NULL THEN true END)));
    PERFORM pg_notify('marquee_outbox', 'consumers');
    RETURN marquee_remember(p_user, p_request, p_hash,
                            jsonb_build_object('result', 'ok', 'webhook', marquee_webhook_json(w)));
END $$;

CREATE FUNCTION marquee_webhook_delete(p_user bigint, p_request text, p_hash text, p_webhook bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    w webhook_endpoints;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    DELETE FROM webhook_endpoints WHERE id = p_webhook RETURNING * INTO w;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no webhook ' || p_webhook, '/body/webhookId'));
    END IF;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'webhook_delete', jsonb_build_object('webhook', w.id, 'url', w.url));
    PERFORM pg_notify('marquee_outbox', 'consumers');
    RETURN marquee_remember(p_user, p_request, p_hash,
                            jsonb_build_object('result', 'ok', 'webhookId', w.id::text));
END $$;

-- ---- E-mailed tickets ---------------------------------------------------------------------------------
-- What the mailer needs of a sale (docs: /work brief; server/events/ticketmailer): the address, the
-- language, the venue, the show, its layout (row and seat labels, category names) and the valid
-- tickets with their codes. NULL when the sale has no e-mail.
CREATE FUNCTION marquee_sale_mail(p_sale bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object('saleId', sa.id::text, 'email', sa.email, 'language', sa.language,
        'venue', jsonb_build_object('name', v.name, 'timezone', v.timezone),
        'show', jsonb_build_object('id', s.id::text, 'title', s.title, 'startsAt', marquee_iso(s.starts_at),
                                   'auditorium', a.name),
        'layout', l.document, 'soldAt', marquee_iso(sa.created_at), 'total', marquee_money(sa.total, sa.currency),
        'tickets', (SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('code', t.code, 'seatId', t.seat_id,
                                'category', t.category, 'ticketType', t.ticket_type_name,
                                'price', marquee_money(t.price, sa.currency))) ORDER BY t.seat_id), '[]')
                      FROM tickets t WHERE t.sale_id = sa.id AND t.status = 'valid')))
      FROM sales sa JOIN shows s ON s.id = sa.show_id JOIN auditoriums a ON a.id = s.auditorium_id
      JOIN venues v ON v.id = a.venue_id
      JOIN layouts l ON l.auditorium_id = s.auditorium_id AND l.version = s.layout_version
     WHERE sa.id = p_sale AND sa.email IS NOT NULL;
$$;

-- ---- The sale's language through the sell path -------------------------------------------------------
-- marquee_sell (019) and marquee_payment_open (019) with the language; the attempt keeps it for the
-- reconciler; marquee_decide_one (016) passes it on.
DROP FUNCTION marquee_sell(bigint, text, text, text, bigint, jsonb, text);
DROP FUNCTION marquee_payment_open(bigint, text, text, text, bigint, bigint, jsonb, text, text, text, integer);

CREATE FUNCTION marquee_sell(p_user bigint, p_request text, p_hash text, p_terminal text,
                             p_hold bigint, p_payments jsonb, p_email text, p_language text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    h holds;
    v_total bigint;
    v_currency text;
    v_paid bigint;
    v_sale bigint;
    v_tickets jsonb;
    v_changes jsonb;
    v bigint;
    refusal jsonb;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    h := marquee_lock_hold(p_user, p_hold);
    refusal := marquee_hold_refusal(h, p_hold);
    IF refusal IS NULL AND (SELECT count(*) FROM hold_seats WHERE hold_id = p_hold)
                           <> (SELECT count(*) FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold) THEN
        -- The sweeper has freed some of its seats already.
        refusal := jsonb_build_object('error', 'HOLD_EXPIRED', 'message', 'the hold has expired; its seats may be free again');
    END IF;
    IF refusal IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, refusal);
    END IF;
    SELECT coalesce(sum(price), 0) INTO v_total FROM marquee_hold_seat_prices(p_hold);
    SELECT currency INTO v_currency FROM shows WHERE id = h.show_id;
    SELECT coalesce(sum((p ->> 'amount')::bigint), 0) INTO v_paid FROM jsonb_array_elements(p_payments) p;
    IF v_paid <> v_total THEN
        -- Not remembered: the client may retry with corrected payments under the same id.
        RETURN jsonb_build_object('error', 'PAYMENT_MISMATCH',
                                  'message', 'payments add up to ' || v_paid || ', the seats cost ' || v_total,
                                  'total', v_total, 'currency', v_currency);
    END IF;

    INSERT INTO sales (show_id, hold_id, user_id, terminal_id, total, currency, email, language)
    VALUES (h.show_id, p_hold, p_user, p_terminal, v_total, v_currency, p_email, p_language)
    RETURNING id INTO v_sale;
    INSERT INTO payments (sale_id, method, amount, tendered, change_due, authorization_code)
    SELECT v_sale, p ->> 'method', (p ->> 'amount')::bigint, (p ->> 'tendered')::bigint,
           CASE WHEN p ? 'tendered' THEN (p ->> 'tendered')::bigint - (p ->> 'amount')::bigint END,
           p ->> 'authorization'
      FROM jsonb_array_elements(p_payments) p;
    WITH made AS (
        INSERT INTO tickets (sale_id, show_id, seat_id, category, price, code, ticket_type_id, ticket_type_name)
        SELECT v_sale, h.show_id, x.seat_id, x.category, x.price,
               upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 16)), x.ticket_type_id, x.ticket_type_name
          FROM marquee_hold_seat_prices(p_hold) x
         ORDER BY x.seat_id
        RETURNING id, seat_id, category, price, code, ticket_type_id, ticket_type_name),
    sold AS (
        UPDATE show_seats s SET status = 'sold', ticket_id = m.id, hold_id = NULL, hold_expires = NULL
          FROM made m
         WHERE s.show_id = h.show_id AND s.seat_id = m.seat_id
        RETURNING s.seat_id)
    SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('ticket', m.id, 'seat', m.seat_id, 'category', m.category,
                                        'price', m.price, 'code', m.code, 'type', m.ticket_type_id,
                                        'typeName', m.ticket_type_name)) ORDER BY m.seat_id),
           jsonb_agg(jsonb_build_object('seat', m.seat_id, 'state', 'sold') ORDER BY m.seat_id)
      INTO v_tickets, v_changes
      FROM made m;
    UPDATE holds SET status = 'sold', ended_at = now() WHERE id = p_hold;
    -- The card payments' intents close with the sale.
    WITH closed AS (
        UPDATE sell_attempts SET state = 'completed', sale_id = v_sale, closed_at = now()
         WHERE user_id = p_user AND request_id = p_request AND state = 'open'
        RETURNING id)
    UPDATE payment_intents i SET status = 'sold', updated_at = now()
      FROM closed WHERE i.attempt_id = closed.id AND i.status = 'captured';
    INSERT INTO audit_log (user_id, action, sale_id, details)
    VALUES (p_user, 'sale', v_sale, jsonb_build_object('terminal', p_terminal, 'total', v_total,
            'currency', v_currency, 'payments', p_payments, 'tickets', v_tickets));
    v := marquee_record_change(h.show_id, v_changes);
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'sale', v_sale, 'show', h.show_id, 'version', v, 'changes', v_changes,
        'tickets', v_tickets, 'total', v_total, 'currency', v_currency, 'payments', p_payments));
END $$;

CREATE FUNCTION marquee_payment_open(p_user bigint, p_request text, p_hash text, p_terminal text, p_hold bigint,
                                     p_show bigint, p_payments jsonb, p_email text, p_currency text,
                                     p_owner text, p_lease_seconds integer, p_language text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    a sell_attempts;
BEGIN
    SELECT * INTO a FROM sell_attempts WHERE user_id = p_user AND request_id = p_request
                                          AND state IN ('open', 'voiding');
    IF FOUND THEN
        RETURN jsonb_build_object('unfinished', marquee_attempt_json(a));
    END IF;
    INSERT INTO sell_attempts (user_id, request_id, request_hash, terminal_id, hold_id, show_id, payments, email,
                               owner, lease_until, language)
    VALUES (p_user, p_request, p_hash, p_terminal, p_hold, p_show, p_payments, p_email,
            p_owner, now() + make_interval(secs => p_lease_seconds), p_language)
    RETURNING * INTO a;
    INSERT INTO payment_intents (attempt_id, position, reference, amount, currency)
    SELECT a.id, p.o - 1, 'sale-' || a.id || '-' || (p.o - 1), (p.e ->> 'amount')::bigint, p_currency
      FROM jsonb_array_elements(p_payments) WITH ORDINALITY AS p(e, o)
     WHERE p.e ->> 'method' = 'card';
    INSERT INTO audit_log (user_id, action, details)
    SELECT p_user, 'payment_intent', jsonb_build_object('attempt', a.id, 'hold', p_hold, 'terminal', p_terminal,
               'reference', i.reference, 'amount', i.amount, 'currency', i.currency)
      FROM payment_intents i WHERE i.attempt_id = a.id ORDER BY i.position;
    RETURN jsonb_build_object('opened', marquee_attempt_json(a));
END $$;

CREATE OR REPLACE FUNCTION marquee_attempt_json(a sell_attempts) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('attempt', a.id, 'user', a.user_id, 'request', a.request_id, 'hash', a.request_hash,
        'terminal', a.terminal_id, 'hold', a.hold_id, 'show', a.show_id, 'payments', a.payments,
        'email', a.email, 'language', a.language, 'state', a.state, 'sale', a.sale_id,
        'leaseLeft', greatest(0, ceil(extract(epoch FROM a.lease_until - now())))::bigint,
        'intents', (SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('intent', i.id,
                        'position', i.position, 'reference', i.reference, 'amount', i.amount,
                        'currency', i.currency, 'status', i.status, 'authorization', i.authorization_code))
                        ORDER BY i.position), '[]')
                      FROM payment_intents i WHERE i.attempt_id = a.id));
$$;

CREATE OR REPLACE FUNCTION marquee_decide_one(p_op text, a jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
    RETURN CASE p_op
        WHEN 'hold' THEN marquee_hold((a ->> 0)::bigint, a ->> 1, a ->> 2, a ->> 3, (a ->> 4)::bigint,
                                      (a ->> 5)::text[], (a ->> 6)::integer)
        WHEN 'hold_typed' THEN marquee_hold_typed((a ->> 0)::bigint, a ->> 1, a ->> 2, a ->> 3, (a ->> 4)::bigint,
                                                  (a ->> 5)::text[], (a ->> 6)::integer, (a ->> 7)::bigint)
        WHEN 'hold_more' THEN marquee_hold_more_typed((a ->> 0)::bigint, a ->> 1, a ->> 2, (a ->> 3)::bigint,
                                                      (a ->> 4)::bigint, (a ->> 5)::text[], (a ->> 6)::bigint)
        WHEN 'extend' THEN marquee_extend_typed((a ->> 0)::bigint, a ->> 1, a ->> 2, (a ->> 3)::bigint,
                                                (a ->> 4)::integer, (a ->> 5)::integer)
        WHEN 'release' THEN marquee_release((a ->> 0)::bigint, a ->> 1, a ->> 2, (a ->> 3)::bigint, (a ->> 4)::text[])
        WHEN 'sell' THEN marquee_sell((a ->> 0)::bigint, a ->> 1, a ->> 2, a ->> 3, (a ->> 4)::bigint,
                                      (a ->> 5)::jsonb, a ->> 6, a ->> 7)
    END;
END $$;
