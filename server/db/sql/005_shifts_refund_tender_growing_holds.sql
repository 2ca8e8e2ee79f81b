-- Migration 5: cash-drawer shifts, refunds paid back by tender, holds that grow, holds recovered
-- at sign-in. Runs in the migration's transaction (see server/schema.cpp).

-- A shift is one cash drawer's period at one terminal: opened at the first sign-in of a user there
-- (or the first sale or refund), kept across restarts and sign-ins, closed only by close_shift with
-- the counted cash. At most one shift per terminal is open.
CREATE TABLE shifts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    terminal_id   text NOT NULL CHECK (length(terminal_id) BETWEEN 1 AND 64),
    user_id       bigint NOT NULL REFERENCES users,
    opened_at     timestamptz NOT NULL DEFAULT now(),
    opening_float bigint NOT NULL DEFAULT 0 CHECK (opening_float >= 0), -- minor units of currency
    currency      text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    closed_at     timestamptz,
    closed_by     bigint REFERENCES users,
    expected_cash bigint,
    counted_cash  bigint CHECK (counted_cash >= 0),
    note          text,
    CHECK ((closed_at IS NULL) = (counted_cash IS NULL)),
    CHECK ((closed_at IS NULL) = (expected_cash IS NULL)),
    CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);
CREATE UNIQUE INDEX shifts_one_open_per_terminal ON shifts (terminal_id) WHERE closed_at IS NULL;

ALTER TABLE sales ADD COLUMN shift_id bigint REFERENCES shifts;
CREATE INDEX sales_by_shift ON sales (shift_id) WHERE shift_id IS NOT NULL;
ALTER TABLE refunds ADD COLUMN shift_id bigint REFERENCES shifts;
ALTER TABLE refunds ADD COLUMN terminal_id text NOT NULL DEFAULT '';
CREATE INDEX refunds_by_shift ON refunds (shift_id) WHERE shift_id IS NOT NULL;
ALTER TABLE audit_log ADD COLUMN shift_id bigint REFERENCES shifts;

-- How each refund was paid back: to the card first (up to what the sale's cards paid and was not
-- yet refunded to them), the rest in cash out of the drawer. Refunds made before this migration
-- have no rows here and count as cash.
CREATE TABLE refund_payments (
    refund_id bigint NOT NULL REFERENCES refunds,
    method    text NOT NULL CHECK (method IN ('cash', 'card')),
    amount    bigint NOT NULL CHECK (amount > 0),
    PRIMARY KEY (refund_id, method)
);

-- Active holds of a user at a terminal, for recovery at sign-in.
CREATE INDEX holds_active_by_user ON holds (user_id, terminal_id) WHERE status = 'active';

-- The open shift of a terminal, opened for p_user when there is none. The row is locked FOR SHARE
-- until the caller commits, so that close_shift (FOR UPDATE) waits for sales and refunds in flight
-- and never closes a drawer under them.
CREATE FUNCTION marquee_open_shift(p_user bigint, p_terminal text, p_float bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    s bigint;
BEGIN
    SELECT id INTO s FROM shifts WHERE terminal_id = p_terminal AND closed_at IS NULL FOR SHARE;
    IF FOUND THEN
        RETURN s;
    END IF;
    INSERT INTO shifts (terminal_id, user_id, opening_float, currency)
    VALUES (p_terminal, p_user, coalesce(p_float, 0),
            coalesce((SELECT currency FROM venues ORDER BY id LIMIT 1), 'EUR'))
    ON CONFLICT (terminal_id) WHERE closed_at IS NULL DO NOTHING
    RETURNING id INTO s;
    IF s IS NULL THEN
        -- Another transaction opened it a moment ago.
        SELECT id INTO s FROM shifts WHERE terminal_id = p_terminal AND closed_at IS NULL FOR SHARE;
    ELSE
        INSERT INTO audit_log (user_id, action, shift_id, details)
        VALUES (p_user, 'shift_open', s,
                jsonb_build_object('terminal', p_terminal, 'openingFloat', coalesce(p_float, 0)));
    END IF;
    RETURN s;
END $$;

-- Every sale of a non-kiosk user at a terminal belongs to that terminal's open shift.
CREATE FUNCTION marquee_sale_shift() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.shift_id IS NULL AND NEW.terminal_id <> ''
       AND (SELECT role FROM users WHERE id = NEW.user_id) <> 'kiosk' THEN
        NEW.shift_id := marquee_open_shift(NEW.user_id, NEW.terminal_id, 0);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER sales_shift BEFORE INSERT ON sales FOR EACH ROW EXECUTE FUNCTION marquee_sale_shift();

-- A shift's report: totals by tender, the cash the drawer should hold, and, once closed, what was
-- counted. Times in milliseconds since the epoch.
CREATE FUNCTION marquee_shift_report(p_shift bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    WITH sh AS (SELECT * FROM shifts WHERE id = p_shift),
    sale_totals AS (
        SELECT p.method, sum(p.amount) AS amount, count(DISTINCT p.sale_id) AS n
          FROM payments p JOIN sales sa ON sa.id = p.sale_id
         WHERE sa.shift_id = p_shift GROUP BY p.method),
    refund_totals AS (
        SELECT coalesce(rp.method, 'cash') AS method, sum(coalesce(rp.amount, r.amount)) AS amount,
               count(DISTINCT r.id) AS n
          FROM refunds r LEFT JOIN refund_payments rp ON rp.refund_id = r.id
         WHERE r.shift_id = p_shift AND (rp.refund_id IS NOT NULL OR r.amount > 0)
         GROUP BY coalesce(rp.method, 'cash')),
    cash AS (
        SELECT (SELECT opening_float FROM sh)
             + coalesce((SELECT amount FROM sale_totals WHERE method = 'cash'), 0)
             - coalesce((SELECT amount FROM refund_totals WHERE method = 'cash'), 0) AS expected)
    SELECT jsonb_build_object(
        'shift', sh.id, 'user', sh.user_id, 'userName', coalesce(nullif(u.display_name, ''), u.username),
        'terminal', sh.terminal_id, 'currency', sh.currency,
        'openedAt', (extract(epoch FROM sh.opened_at) * 1000)::bigint,
        'closedAt', (extract(epoch FROM sh.closed_at) * 1000)::bigint,
        'now', (extract(epoch FROM now()) * 1000)::bigint,
        'openingFloat', sh.opening_float,
        'expectedCash', coalesce(sh.expected_cash, (SELECT expected FROM cash)),
        'countedCash', sh.counted_cash,
        'sales', (SELECT coalesce(jsonb_agg(jsonb_build_object('method', method, 'amount', amount, 'count', n)), '[]')
                    FROM sale_totals),
        'refunds', (SELECT coalesce(jsonb_agg(jsonb_build_object('method', method, 'amount', amount, 'count', n)), '[]')
                      FROM refund_totals),
        'ticketsSold', (SELECT count(*) FROM tickets t JOIN sales sa ON sa.id = t.sale_id WHERE sa.shift_id = p_shift),
        'ticketsRefunded', (SELECT count(*) FROM refund_tickets rt JOIN refunds r ON r.id = rt.refund_id
                             WHERE r.shift_id = p_shift))
      FROM sh JOIN users u ON u.id = sh.user_id;
$$;

-- What a sign-in needs from the database in one round trip: the terminal's open shift (opened for
-- this user when there is none, unless p_open_shift is false: kiosks have no drawer) and this
-- user's active holds at this terminal, newest first.
CREATE FUNCTION marquee_session_start(p_user bigint, p_terminal text, p_float bigint, p_open_shift boolean)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    s bigint;
    existed boolean;
    shift jsonb;
    held jsonb;
BEGIN
    IF p_open_shift THEN
        existed := EXISTS (SELECT 1 FROM shifts WHERE terminal_id = p_terminal AND closed_at IS NULL);
        s := marquee_open_shift(p_user, p_terminal, p_float);
        SELECT jsonb_build_object('shift', sh.id, 'user', sh.user_id,
                                  'userName', coalesce(nullif(u.display_name, ''), u.username),
                                  'openedAt', (extract(epoch FROM sh.opened_at) * 1000)::bigint,
                                  'openingFloat', sh.opening_float, 'currency', sh.currency, 'new', NOT existed)
          INTO shift
          FROM shifts sh JOIN users u ON u.id = sh.user_id WHERE sh.id = s;
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'hold', h.id, 'show', h.show_id, 'expires', (extract(epoch FROM h.expires_at) * 1000)::bigint,
               'seats', x.seats, 'total', x.total, 'currency', sh.currency) ORDER BY h.created_at DESC), '[]')
      INTO held
      FROM holds h
      JOIN shows sh ON sh.id = h.show_id
      CROSS JOIN LATERAL (
          SELECT jsonb_agg(ss.seat_id ORDER BY ss.seat_id) AS seats, coalesce(sum(pr.amount), 0) AS total
            FROM show_seats ss
            LEFT JOIN show_prices pr ON pr.show_id = ss.show_id AND pr.category = ss.category
           WHERE ss.show_id = h.show_id AND ss.hold_id = h.id AND ss.status = 'held') x
     WHERE h.user_id = p_user AND h.terminal_id = p_terminal AND h.status = 'active'
       AND h.expires_at > now() AND x.seats IS NOT NULL;
    RETURN jsonb_build_object('shift', shift, 'holds', held);
END $$;

-- Closes the terminal's open shift with the counted cash.
CREATE FUNCTION marquee_close_shift(p_user bigint, p_request text, p_hash text, p_terminal text,
                                    p_counted bigint, p_currency text, p_note text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    sh shifts;
    report jsonb;
    expected bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO sh FROM shifts WHERE terminal_id = p_terminal AND closed_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'NOT_FOUND', 'message', 'no open shift at terminal ' || p_terminal));
    END IF;
    IF sh.currency <> p_currency THEN
        RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
            'error', 'CURRENCY_MISMATCH', 'message', 'the drawer counts ' || sh.currency || ', not ' || p_currency));
    END IF;
    expected := (marquee_shift_report(sh.id) ->> 'expectedCash')::bigint;
    UPDATE shifts SET closed_at = now(), closed_by = p_user, expected_cash = expected,
                      counted_cash = p_counted, note = nullif(p_note, '')
     WHERE id = sh.id;
    INSERT INTO audit_log (user_id, action, shift_id, details)
    VALUES (p_user, 'shift_close', sh.id,
            jsonb_build_object('terminal', p_terminal, 'expectedCash', expected, 'countedCash', p_counted,
                               'difference', p_counted - expected, 'currency', sh.currency, 'note', p_note));
    report := marquee_shift_report(sh.id);
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'report', report));
END $$;

-- Refunds a whole sale (p_tickets NULL) or some of its tickets; the seats become free. The money
-- goes back to the sale's cards first, the rest in cash, paid out of the drawer of the terminal's
-- open shift (the cashier's, also when a manager approves the refund at that terminal).
DROP FUNCTION marquee_refund(bigint, text, text, text, bigint, bigint[], text, integer);
CREATE FUNCTION marquee_refund(p_user bigint, p_role text, p_request text, p_hash text, p_terminal text,
                               p_sale bigint, p_tickets bigint[], p_reason text, p_window_seconds integer)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    sale sales;
    wanted bigint[];
    v_amount bigint;
    v_card_paid bigint;
    v_card_back bigint;
    v_card bigint;
    v_cash bigint;
    v_shift bigint;
    v_refund bigint;
    v_changes jsonb;
    v_payments jsonb;
    v bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    -- Refunds of one sale one after another: the card part depends on the earlier ones.
    SELECT * INTO sale FROM sales WHERE id = p_sale FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'NOT_FOUND', 'message', 'no sale ' || p_sale));
    END IF;
    IF p_role NOT IN ('admin', 'manager')
       AND now() > sale.created_at + make_interval(secs => p_window_seconds) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
            'error', 'REFUND_WINDOW_CLOSED',
            'message', 'sold more than ' || (p_window_seconds / 60) || ' minutes ago: a manager must refund it'));
    END IF;
    IF p_tickets IS NULL THEN
        SELECT array_agg(id ORDER BY id) INTO wanted FROM tickets WHERE sale_id = p_sale AND status = 'valid';
        IF wanted IS NULL THEN
            RETURN marquee_remember(p_user, p_request, p_hash,
                jsonb_build_object('error', 'ALREADY_REFUNDED', 'message', 'every ticket of this sale is refunded'));
        END IF;
    ELSE
        wanted := p_tickets;
        IF (SELECT count(*) FROM tickets WHERE sale_id = p_sale AND id = ANY (wanted)) <> cardinality(wanted) THEN
            RETURN marquee_remember(p_user, p_request, p_hash,
                jsonb_build_object('error', 'NOT_FOUND', 'message', 'some tickets are not part of sale ' || p_sale));
        END IF;
    END IF;
    PERFORM 1 FROM show_seats s
     WHERE s.show_id = sale.show_id
       AND s.seat_id IN (SELECT t.seat_id FROM tickets t WHERE t.id = ANY (wanted))
     ORDER BY s.seat_id FOR UPDATE;
    PERFORM 1 FROM tickets WHERE id = ANY (wanted) ORDER BY id FOR UPDATE;
    IF EXISTS (SELECT 1 FROM tickets WHERE id = ANY (wanted) AND status <> 'valid') THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'ALREADY_REFUNDED', 'message', 'a ticket has already been refunded'));
    END IF;
    SELECT sum(price) INTO v_amount FROM tickets WHERE id = ANY (wanted);
    SELECT coalesce(sum(amount), 0) INTO v_card_paid FROM payments WHERE sale_id = p_sale AND method = 'card';
    SELECT coalesce(sum(rp.amount), 0) INTO v_card_back
      FROM refund_payments rp JOIN refunds r ON r.id = rp.refund_id
     WHERE r.sale_id = p_sale AND rp.method = 'card';
    v_card := least(v_amount, greatest(v_card_paid - v_card_back, 0));
    v_cash := v_amount - v_card;
    IF p_role <> 'kiosk' AND coalesce(p_terminal, '') <> '' THEN
        v_shift := marquee_open_shift(p_user, p_terminal, 0);
    END IF;
    INSERT INTO refunds (sale_id, user_id, reason, amount, shift_id, terminal_id)
    VALUES (p_sale, p_user, p_reason, v_amount, v_shift, coalesce(p_terminal, ''))
    RETURNING id INTO v_refund;
    INSERT INTO refund_payments (refund_id, method, amount)
    SELECT v_refund, m, a FROM (VALUES ('card', v_card), ('cash', v_cash)) x (m, a) WHERE a > 0;
    SELECT coalesce(jsonb_agg(jsonb_build_object('method', m, 'amount', a) ORDER BY o), '[]')
      INTO v_payments
      FROM (VALUES ('cash', v_cash, 1), ('card', v_card, 2)) x (m, a, o) WHERE a > 0;
    INSERT INTO refund_tickets (refund_id, ticket_id) SELECT v_refund, x FROM unnest(wanted) x;
    UPDATE tickets SET status = 'refunded', refunded_at = now() WHERE id = ANY (wanted);
    WITH freed AS (
        UPDATE show_seats s SET status = 'available', ticket_id = NULL
         WHERE s.show_id = sale.show_id AND s.ticket_id = ANY (wanted)
        RETURNING s.seat_id)
    SELECT jsonb_agg(jsonb_build_object('seat', seat_id, 'state', 'available') ORDER BY seat_id)
      INTO v_changes FROM freed;
    INSERT INTO audit_log (user_id, action, sale_id, refund_id, shift_id, details)
    VALUES (p_user, 'refund', p_sale, v_refund, v_shift,
            jsonb_build_object('reason', p_reason, 'amount', v_amount, 'tickets', to_jsonb(wanted),
                               'terminal', p_terminal, 'payments', v_payments));
    v := marquee_record_change(sale.show_id, v_changes);
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'refund', v_refund, 'sale', p_sale, 'show', sale.show_id, 'version', v,
        'changes', v_changes, 'tickets', to_jsonb(wanted), 'amount', v_amount, 'currency', sale.currency,
        'payments', v_payments));
END $$;

-- Adds seats to an active hold of this user, all or none of the new ones; the hold keeps its
-- expiry. Lock order as everywhere: seats (seat_id order), then the hold, then the show row.
CREATE FUNCTION marquee_hold_more(p_user bigint, p_request text, p_hash text, p_show bigint, p_hold bigint,
                                  p_seats text[]) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    h holds;
    n integer;
    seats text[];
    unavailable jsonb;
    taken bigint[];
    v bigint;
    show_status text;
    expires_ms bigint;
    changes jsonb;
    all_seats jsonb;
    v_total bigint;
    v_currency text;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    IF coalesce(cardinality(p_seats), 0) = 0 THEN
        RAISE EXCEPTION 'marquee_hold_more: no seats' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT * INTO h FROM holds WHERE id = p_hold AND user_id = p_user;
    IF NOT FOUND OR h.status <> 'active' OR h.show_id <> p_show THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'HOLD_NOT_FOUND', 'message', 'no active hold ' || p_hold || ' for show ' || p_show));
    END IF;
    SELECT count(*), array_agg(seat_id ORDER BY seat_id),
           jsonb_agg(jsonb_build_object('seat', seat_id, 'state', status) ORDER BY seat_id) FILTER (WHERE NOT free),
           array_agg(DISTINCT hold_id) FILTER (WHERE status = 'held' AND hold_id <> p_hold)
      INTO n, seats, unavailable, taken
      FROM (SELECT s.seat_id, s.status, s.hold_id,
                   s.status = 'available' OR (s.status = 'held' AND s.hold_expires <= now() AND s.hold_id <> p_hold)
                       AS free
              FROM show_seats s
             WHERE s.show_id = h.show_id AND s.seat_id = ANY (p_seats)
             ORDER BY s.seat_id
               FOR UPDATE OF s) locked;
    SELECT * INTO h FROM holds WHERE id = p_hold FOR UPDATE;
    IF h.status <> 'active' OR h.expires_at <= now() THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'HOLD_EXPIRED', 'message', 'the hold has expired'));
    END IF;
    IF n <> cardinality(p_seats) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
            'error', 'UNKNOWN_SEAT', 'message', 'some seats are not seats of this show',
            'seats', (SELECT jsonb_agg(x) FROM unnest(p_seats) x
                       WHERE NOT EXISTS (SELECT 1 FROM show_seats s WHERE s.show_id = h.show_id AND s.seat_id = x))));
    END IF;
    SELECT status INTO show_status FROM shows WHERE id = h.show_id;
    IF show_status <> 'on_sale' THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'SHOW_CLOSED', 'message', 'the show is ' || show_status));
    END IF;
    IF unavailable IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
            'error', 'SEAT_UNAVAILABLE', 'message', 'some seats are taken; nothing was added to the hold',
            'seats', unavailable));
    END IF;
    IF taken IS NOT NULL THEN
        UPDATE holds SET status = 'expired', ended_at = now() WHERE id = ANY (taken) AND status = 'active';
    END IF;
    expires_ms := (extract(epoch FROM h.expires_at) * 1000)::bigint;
    INSERT INTO hold_seats (hold_id, show_id, seat_id)
    SELECT p_hold, h.show_id, x FROM unnest(seats) x
    ON CONFLICT (hold_id, seat_id) DO NOTHING;
    UPDATE show_seats s SET status = 'held', hold_id = p_hold, hold_expires = h.expires_at, ticket_id = NULL
     WHERE s.show_id = h.show_id AND s.seat_id = ANY (seats);
    SELECT jsonb_agg(jsonb_build_object('seat', x, 'state', 'held', 'hold', p_hold, 'by', h.terminal_id,
                                        'expires', expires_ms) ORDER BY x)
      INTO changes FROM unnest(seats) x;
    v := marquee_record_change(h.show_id, changes);
    SELECT jsonb_agg(s.seat_id ORDER BY s.seat_id), coalesce(sum(pr.amount), 0), min(sh.currency)
      INTO all_seats, v_total, v_currency
      FROM show_seats s
      JOIN shows sh ON sh.id = s.show_id
      LEFT JOIN show_prices pr ON pr.show_id = s.show_id AND pr.category = s.category
     WHERE s.show_id = h.show_id AND s.hold_id = p_hold;
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'hold', p_hold, 'show', h.show_id, 'version', v, 'changes', changes,
        'expires', expires_ms, 'seats', all_seats, 'total', v_total, 'currency', v_currency));
END $$;
