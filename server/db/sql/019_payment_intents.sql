-- Migration 19: crash-safe card payments (issue 12, item 1). Runs in the migration's transaction
-- (see server/db/schema.cpp).
--
-- A sale with card payments is a sell attempt: recorded (with one payment intent per card payment:
-- which hold, which amount, which terminal reference) BEFORE the card terminal is asked for money,
-- each intent marked captured when the terminal approves, and the attempt closed in the sale's own
-- transaction (marquee_sell below). An attempt that its server process leaves open (a crash between
-- the approval and the commit, a void that did not get through) is found by the reconciler of any
-- server process once its lease has run out (marquee_payment_claim): it asks the terminal what
-- became of each charge and completes the sale if the hold is still good, or gives the money back.
-- Every step writes an audit row (actions payment_intent, payment_captured, payment_voided,
-- payment_reconciled).
--
-- States of an attempt:
--   open       the sell flow runs (no answer given yet): complete the sale if possible, else void;
--   voiding    a failure was answered: every captured charge must go back;
--   completed  the sale committed (sale_id), with every intent 'sold';
--   voided     nothing of it holds money any more.
-- States of an intent: created (the terminal may or may not have been asked), captured (approved:
-- money taken), sold, voided (given back), not_charged (the terminal says no money moved).
CREATE TABLE sell_attempts (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users,
    request_id    text NOT NULL,
    request_hash  text NOT NULL,
    terminal_id   text NOT NULL DEFAULT '',
    hold_id       bigint NOT NULL REFERENCES holds,
    show_id       bigint NOT NULL REFERENCES shows,
    payments      jsonb NOT NULL,       -- the sell request's payments, as marquee_sell takes them
    email         text,
    state         text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'voiding', 'completed', 'voided')),
    sale_id       bigint REFERENCES sales,
    owner         text NOT NULL,        -- the server process working on it
    lease_until   timestamptz NOT NULL, -- until then nobody else touches it
    created_at    timestamptz NOT NULL DEFAULT now(),
    closed_at     timestamptz,
    CHECK ((state = 'completed') = (sale_id IS NOT NULL)),
    CHECK ((state IN ('completed', 'voided')) = (closed_at IS NOT NULL))
);
-- One unfinished attempt per request: a retry finds it.
CREATE UNIQUE INDEX sell_attempts_unfinished ON sell_attempts (user_id, request_id) WHERE state IN ('open', 'voiding');
CREATE INDEX sell_attempts_due ON sell_attempts (lease_until) WHERE state IN ('open', 'voiding');

CREATE TABLE payment_intents (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attempt_id    bigint NOT NULL REFERENCES sell_attempts,
    position      integer NOT NULL,     -- index in the request's payments
    reference     text NOT NULL UNIQUE, -- the terminal's transaction reference
    amount        bigint NOT NULL CHECK (amount > 0),
    currency      text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status        text NOT NULL DEFAULT 'created'
                  CHECK (status IN ('created', 'captured', 'sold', 'voided', 'not_charged')),
    authorization_code text,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (attempt_id, position),
    CHECK (status NOT IN ('captured', 'sold') OR authorization_code IS NOT NULL)
);

-- An attempt as the server works with it.
CREATE FUNCTION marquee_attempt_json(a sell_attempts) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('attempt', a.id, 'user', a.user_id, 'request', a.request_id, 'hash', a.request_hash,
        'terminal', a.terminal_id, 'hold', a.hold_id, 'show', a.show_id, 'payments', a.payments,
        'email', a.email, 'state', a.state, 'sale', a.sale_id,
        'leaseLeft', greatest(0, ceil(extract(epoch FROM a.lease_until - now())))::bigint,
        'intents', (SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('intent', i.id,
                        'position', i.position, 'reference', i.reference, 'amount', i.amount,
                        'currency', i.currency, 'status', i.status, 'authorization', i.authorization_code))
                        ORDER BY i.position), '[]')
                      FROM payment_intents i WHERE i.attempt_id = a.id));
$$;

-- Opens the attempt of a sell request before any card is charged: {"opened": attempt} (with its
-- intents, status created), or {"unfinished": attempt} when the request already has one (a retry:
-- the caller reconciles it first). p_payments as marquee_sell takes them; card payments get intents
-- with the references 'sale-<attempt>-<position>'.
CREATE FUNCTION marquee_payment_open(p_user bigint, p_request text, p_hash text, p_terminal text, p_hold bigint,
                                     p_show bigint, p_payments jsonb, p_email text, p_currency text,
                                     p_owner text, p_lease_seconds integer) RETURNS jsonb
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
                               owner, lease_until)
    VALUES (p_user, p_request, p_hash, p_terminal, p_hold, p_show, p_payments, p_email,
            p_owner, now() + make_interval(secs => p_lease_seconds))
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

-- The terminal approved the intent's charge (or a lookup found it approved).
CREATE FUNCTION marquee_payment_captured(p_intent bigint, p_authorization text, p_how text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    i payment_intents;
    a sell_attempts;
BEGIN
    UPDATE payment_intents SET status = 'captured', authorization_code = p_authorization, updated_at = now()
     WHERE id = p_intent AND status = 'created'
    RETURNING * INTO i;
    IF FOUND THEN
        SELECT * INTO a FROM sell_attempts WHERE id = i.attempt_id;
        INSERT INTO audit_log (user_id, action, details)
        VALUES (a.user_id, 'payment_captured', jsonb_build_object('attempt', a.id, 'reference', i.reference,
                'amount', i.amount, 'currency', i.currency, 'authorization', p_authorization, 'how', p_how));
    END IF;
    RETURN jsonb_build_object('result', 'ok');
END $$;

-- No money of the intent is held any more: 'voided' (given back) or 'not_charged' (never taken).
-- The attempt is 'voided' once none of its intents holds money or may still (created, captured).
CREATE FUNCTION marquee_payment_released(p_intent bigint, p_status text, p_how text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    i payment_intents;
    a sell_attempts;
BEGIN
    UPDATE payment_intents SET status = p_status, updated_at = now()
     WHERE id = p_intent AND status IN ('created', 'captured')
    RETURNING * INTO i;
    IF FOUND THEN
        SELECT * INTO a FROM sell_attempts WHERE id = i.attempt_id FOR UPDATE;
        INSERT INTO audit_log (user_id, action, details)
        VALUES (a.user_id, 'payment_' || p_status, jsonb_build_object('attempt', a.id, 'reference', i.reference,
                'amount', i.amount, 'currency', i.currency, 'authorization', i.authorization_code, 'how', p_how));
        UPDATE sell_attempts SET state = 'voided', closed_at = now()
         WHERE id = a.id AND state IN ('open', 'voiding')
           AND NOT EXISTS (SELECT 1 FROM payment_intents WHERE attempt_id = a.id AND status IN ('created', 'captured'));
    END IF;
    RETURN jsonb_build_object('result', 'ok');
END $$;

-- The sell flow answered a failure (declined, timed out, the sale refused): every charge of the
-- attempt must go back. The owner keeps its lease while it voids.
CREATE FUNCTION marquee_payment_failed(p_attempt bigint, p_reason text) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE sell_attempts SET state = 'voiding' WHERE id = p_attempt AND state = 'open';
    IF FOUND THEN
        INSERT INTO audit_log (user_id, action, details)
        SELECT user_id, 'payment_failed', jsonb_build_object('attempt', id, 'hold', hold_id, 'reason', p_reason)
          FROM sell_attempts WHERE id = p_attempt;
    END IF;
    -- An attempt without intents left to settle is done at once.
    UPDATE sell_attempts SET state = 'voided', closed_at = now()
     WHERE id = p_attempt AND state = 'voiding'
       AND NOT EXISTS (SELECT 1 FROM payment_intents WHERE attempt_id = p_attempt AND status IN ('created', 'captured'));
    RETURN jsonb_build_object('result', 'ok');
END $$;

-- The reconciler's work: unfinished attempts whose lease has run out (their process died, or a
-- void did not get through), taken over by p_owner for p_lease_seconds. p_user/p_request: only
-- that request's attempt (a retried sell), which p_owner may take at once when it is its own (the
-- server keeps the attempts that one of its flows works on apart). Attempts another process works
-- on are skipped.
CREATE FUNCTION marquee_payment_claim(p_owner text, p_lease_seconds integer, p_limit integer,
                                      p_user bigint, p_request text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    claimed jsonb;
BEGIN
    WITH due AS (
        SELECT id FROM sell_attempts
         WHERE state IN ('open', 'voiding') AND (lease_until <= now() OR (p_user IS NOT NULL AND owner = p_owner))
           AND (p_user IS NULL OR (user_id = p_user AND request_id = p_request))
         ORDER BY lease_until
         LIMIT p_limit
           FOR UPDATE SKIP LOCKED),
    taken AS (
        UPDATE sell_attempts a SET owner = p_owner, lease_until = now() + make_interval(secs => p_lease_seconds)
          FROM due WHERE a.id = due.id
        RETURNING a.*)
    SELECT coalesce(jsonb_agg(marquee_attempt_json(t::sell_attempts) ORDER BY t.id), '[]') INTO claimed FROM taken t;
    RETURN claimed;
END $$;

-- Reconciliation's audit row: what was decided for an attempt, and why.
CREATE FUNCTION marquee_payment_reconciled(p_attempt bigint, p_outcome text, p_details jsonb) RETURNS jsonb
LANGUAGE sql AS $$
    INSERT INTO audit_log (user_id, action, sale_id, details)
    SELECT a.user_id, 'payment_reconciled', a.sale_id,
           jsonb_build_object('attempt', a.id, 'hold', a.hold_id, 'outcome', p_outcome) || coalesce(p_details, '{}')
      FROM sell_attempts a WHERE a.id = p_attempt
    RETURNING jsonb_build_object('result', 'ok');
$$;

-- marquee_sell (migration 11) closes the request's unfinished attempt in the sale's transaction:
-- a sale and its card payments' intents commit together or not at all. A hold that was sold is
-- HOLD_NOT_FOUND ("already sold"), an expired one HOLD_EXPIRED (before, an expired hold that the
-- sweeper had ended was HOLD_NOT_FOUND, and the losers of concurrent sells of one hold were told
-- HOLD_EXPIRED).
CREATE OR REPLACE FUNCTION marquee_sell(p_user bigint, p_request text, p_hash text, p_terminal text,
                                        p_hold bigint, p_payments jsonb, p_email text) RETURNS jsonb
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

    INSERT INTO sales (show_id, hold_id, user_id, terminal_id, total, currency, email)
    VALUES (h.show_id, p_hold, p_user, p_terminal, v_total, v_currency, p_email)
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

-- The user's hold, locked for a change in the seat writers' order (its seats in seat order, then
-- the hold), when it may still be sold or extended; all NULL when the user has no such hold.
CREATE FUNCTION marquee_lock_hold(p_user bigint, p_hold bigint) RETURNS holds
LANGUAGE plpgsql AS $$
DECLARE
    h holds;
BEGIN
    SELECT * INTO h FROM holds WHERE id = p_hold AND user_id = p_user;
    IF FOUND AND h.status IN ('active', 'expired') THEN
        PERFORM 1 FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold ORDER BY seat_id FOR UPDATE;
        SELECT * INTO h FROM holds WHERE id = p_hold FOR UPDATE;
    END IF;
    RETURN h;
END $$;

-- Why a hold (read as `h`, NULL when absent) cannot be sold or extended, or NULL if it can.
CREATE FUNCTION marquee_hold_refusal(h holds, p_hold bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN h.id IS NULL OR h.status = 'released' THEN
            jsonb_build_object('error', 'HOLD_NOT_FOUND', 'message', 'no active hold ' || p_hold)
        WHEN h.status = 'sold' THEN
            jsonb_build_object('error', 'HOLD_NOT_FOUND', 'message', 'the hold ' || p_hold || ' has been sold already')
        WHEN h.status = 'expired' OR h.expires_at <= now() THEN
            jsonb_build_object('error', 'HOLD_EXPIRED', 'message', 'the hold has expired; its seats may be free again')
    END;
$$;

-- marquee_extend (migration 6) with the same refusals as marquee_sell: an expired hold is
-- HOLD_EXPIRED whether or not the sweeper has ended it yet, a sold or released one HOLD_NOT_FOUND.
CREATE OR REPLACE FUNCTION marquee_extend(p_user bigint, p_request text, p_hash text, p_hold bigint,
                                          p_ttl_seconds integer, p_cap_seconds integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    h holds;
    new_expiry timestamptz;
    changes jsonb;
    v bigint;
    refusal jsonb;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    h := marquee_lock_hold(p_user, p_hold);
    refusal := marquee_hold_refusal(h, p_hold);
    IF refusal IS NULL AND NOT EXISTS (SELECT 1 FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold) THEN
        refusal := jsonb_build_object('error', 'HOLD_EXPIRED', 'message', 'the hold has expired; its seats may be free again');
    END IF;
    IF refusal IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, refusal);
    END IF;
    new_expiry := least(now() + make_interval(secs => p_ttl_seconds),
                        h.created_at + make_interval(secs => p_cap_seconds));
    IF new_expiry <= h.expires_at THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'HOLD_EXTEND_LIMIT', 'message', 'the hold cannot be extended further',
                               'expires', (extract(epoch FROM h.expires_at) * 1000)::bigint));
    END IF;
    UPDATE holds SET expires_at = new_expiry, extended_count = extended_count + 1 WHERE id = p_hold;
    UPDATE show_seats SET hold_expires = new_expiry WHERE show_id = h.show_id AND hold_id = p_hold;
    changes := (SELECT jsonb_agg(jsonb_build_object('seat', seat_id, 'state', 'held', 'hold', p_hold, 'by', h.terminal_id,
                                                    'expires', (extract(epoch FROM new_expiry) * 1000)::bigint)
                                 ORDER BY seat_id)
                  FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold);
    v := marquee_record_change(h.show_id, changes);
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'hold', p_hold, 'show', h.show_id, 'version', v, 'changes', changes,
        'expires', (extract(epoch FROM new_expiry) * 1000)::bigint,
        'total', (SELECT coalesce(sum(pr.amount), 0) FROM show_seats s
                    JOIN show_prices pr ON pr.show_id = s.show_id AND pr.category = s.category
                   WHERE s.show_id = h.show_id AND s.hold_id = p_hold),
        'currency', (SELECT currency FROM shows WHERE id = h.show_id)));
END $$;
