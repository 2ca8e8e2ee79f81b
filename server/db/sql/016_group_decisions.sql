-- Migration 16: group decisions (issue 11). Runs in the migration's transaction (see
-- server/db/schema.cpp).
--
-- The server queues the seat operations that arrive while a show's transaction is in flight and
-- decides them many at a time: marquee_decide(ops) runs a group of up to a few hundred requests in
-- ONE transaction (one round trip, one commit, one fsync), in arrival order, each request all or
-- nothing on its own (each operation checks everything before it changes anything, so one
-- request's conflict never touches another), with ONE version bump and ONE seat_changes row per
-- show. Every request keeps its own idempotency record and audit rows, exactly as when it runs
-- alone; a group is atomic as a whole (a crash in the middle leaves none of it).
--
-- Group mode: marquee_decide sets the transaction-local setting marquee.group = 'on'. In it, the
-- seat operations do not bump the show's version themselves: marquee_next_version() and
-- marquee_record_change() give the version the group will commit (the show's row is locked by the
-- group from the start, so version + 1 is that version), and record nothing; the group gathers
-- the changes from the answers and writes one merged change per show at the end.
--
-- Lock order (every seat writer keeps it, so groups of several server processes, single
-- operations and the sweeper never deadlock): seats in (show_id, seat_id) order, then the
-- show_takings rows of the shows sold to, then the shows' rows in id order, then holds rows.

-- A hold's seats by the hold (sell, extend, release and the prices of a hold read them; each read
-- scanned all of the show's seats before, ~0.3 ms on a 3,000-seat show, several times per sale).
-- The columns it covers change in every seat operation anyway (no HOT update is lost by it).
CREATE INDEX show_seats_by_hold ON show_seats_all (hold_id) WHERE hold_id IS NOT NULL;

-- The version that a change of the show gets: bumped now; in a group, the group's one bump.
CREATE FUNCTION marquee_next_version(p_show bigint, p_on_sale_only boolean DEFAULT false) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v bigint;
BEGIN
    IF current_setting('marquee.group', true) = 'on' THEN
        SELECT version + 1 INTO v FROM shows WHERE id = p_show AND (NOT p_on_sale_only OR status = 'on_sale');
    ELSE
        UPDATE shows SET version = version + 1 WHERE id = p_show AND (NOT p_on_sale_only OR status = 'on_sale')
        RETURNING version INTO v;
    END IF;
    RETURN v;
END $$;

CREATE OR REPLACE FUNCTION marquee_record_change(p_show bigint, p_changes jsonb) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v bigint;
BEGIN
    v := marquee_next_version(p_show);
    IF current_setting('marquee.group', true) IS DISTINCT FROM 'on' THEN
        INSERT INTO seat_changes (show_id, version, changes) VALUES (p_show, v, p_changes);
    END IF;
    RETURN v;
END $$;

-- marquee_hold of migration 4, the version through marquee_next_version (group mode: no
-- seat_changes row of its own). Answers, locks and records are unchanged.
CREATE OR REPLACE FUNCTION marquee_hold(p_user bigint, p_request text, p_hash text, p_terminal text,
                                        p_show bigint, p_seats text[], p_ttl_seconds integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    grouped boolean := coalesce(current_setting('marquee.group', true), '') = 'on';
    prior_hash text;
    prior jsonb;
    n integer;
    seats text[];
    unavailable jsonb;
    taken bigint[];
    v_total bigint;
    v bigint;
    v_currency text;
    show_status text;
    expires timestamptz;
    expires_ms bigint;
    answer jsonb;
BEGIN
    SELECT request_hash, response INTO prior_hash, prior
      FROM idempotency WHERE user_id = p_user AND request_id = p_request;
    IF FOUND THEN
        IF prior_hash <> p_hash THEN
            RETURN jsonb_build_object('error', 'IDEMPOTENCY_CONFLICT',
                                      'message', 'request id ' || p_request || ' was used before with another body');
        END IF;
        RETURN prior || jsonb_build_object('replayed', true);
    END IF;

    IF coalesce(cardinality(p_seats), 0) = 0 THEN
        RAISE EXCEPTION 'marquee_hold: no seats' USING ERRCODE = 'invalid_parameter_value';
    END IF;

    SELECT count(*), array_agg(seat_id ORDER BY seat_id),
           jsonb_agg(jsonb_build_object('seat', seat_id, 'state', status) ORDER BY seat_id) FILTER (WHERE NOT free),
           array_agg(DISTINCT hold_id) FILTER (WHERE status = 'held'),
           coalesce(sum(price), 0)
      INTO n, seats, unavailable, taken, v_total
      FROM (SELECT s.seat_id, s.status, s.hold_id, pr.amount AS price,
                   s.status = 'available' OR (s.status = 'held' AND s.hold_expires <= now()) AS free
              FROM show_seats s
              LEFT JOIN show_prices pr ON pr.show_id = s.show_id AND pr.category = s.category
             WHERE s.show_id = p_show AND s.seat_id = ANY (p_seats)
             ORDER BY s.seat_id
               FOR UPDATE OF s) locked;

    IF n = cardinality(p_seats) AND unavailable IS NULL THEN
        v := marquee_next_version(p_show, true);
        IF v IS NOT NULL THEN
            SELECT currency INTO v_currency FROM shows WHERE id = p_show;
        END IF;
    END IF;
    IF v IS NULL THEN
        SELECT status INTO show_status FROM shows WHERE id = p_show;
        IF NOT FOUND THEN
            RETURN marquee_remember(p_user, p_request, p_hash,
                jsonb_build_object('error', 'NOT_FOUND', 'message', 'no show ' || p_show));
        END IF;
        IF show_status <> 'on_sale' THEN
            RETURN marquee_remember(p_user, p_request, p_hash,
                jsonb_build_object('error', 'SHOW_CLOSED', 'message', 'the show is ' || show_status));
        END IF;
        IF n <> cardinality(p_seats) THEN
            RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
                'error', 'UNKNOWN_SEAT', 'message', 'some seats are not seats of this show',
                'seats', (SELECT jsonb_agg(x) FROM unnest(p_seats) x
                           WHERE NOT EXISTS (SELECT 1 FROM show_seats s WHERE s.show_id = p_show AND s.seat_id = x))));
        END IF;
        RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
            'error', 'SEAT_UNAVAILABLE', 'message', 'some seats are taken; nothing was held',
            'seats', coalesce(unavailable, '[]'::jsonb)));
    END IF;

    IF taken IS NOT NULL THEN
        UPDATE holds SET status = 'expired', ended_at = now() WHERE id = ANY (taken) AND status = 'active';
    END IF;

    expires := now() + make_interval(secs => p_ttl_seconds);
    expires_ms := (extract(epoch FROM expires) * 1000)::bigint;
    WITH h AS (
        INSERT INTO holds (show_id, user_id, terminal_id, expires_at)
        VALUES (p_show, p_user, p_terminal, expires)
        RETURNING id),
    audit AS (
        INSERT INTO hold_seats (hold_id, show_id, seat_id)
        SELECT h.id, p_show, x FROM h, unnest(seats) x),
    held AS (
        UPDATE show_seats s
           SET status = 'held', hold_id = h.id, hold_expires = expires, ticket_id = NULL
          FROM h
         WHERE s.show_id = p_show AND s.seat_id = ANY (seats)),
    c AS (
        SELECT h.id, jsonb_agg(jsonb_build_object('seat', x, 'state', 'held', 'hold', h.id, 'by', p_terminal,
                                                  'expires', expires_ms) ORDER BY o) AS changes
          FROM h, unnest(seats) WITH ORDINALITY AS t (x, o)
         GROUP BY h.id),
    recorded AS (
        INSERT INTO seat_changes (show_id, version, changes) SELECT p_show, v, c.changes FROM c WHERE NOT grouped),
    a AS (
        SELECT jsonb_build_object('result', 'ok', 'hold', c.id, 'show', p_show, 'version', v, 'changes', c.changes,
                                  'expires', expires_ms, 'total', v_total, 'currency', v_currency) AS answer
          FROM c),
    remembered AS (
        INSERT INTO idempotency (user_id, request_id, request_hash, response)
        SELECT p_user, p_request, p_hash, a.answer FROM a)
    SELECT a.answer INTO answer FROM a;
    RETURN answer;
END $$;

-- marquee_release of migration 4, the version through marquee_next_version.
CREATE OR REPLACE FUNCTION marquee_release(p_user bigint, p_request text, p_hash text, p_hold bigint,
                                           p_seats text[]) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    grouped boolean := coalesce(current_setting('marquee.group', true), '') = 'on';
    prior_hash text;
    prior jsonb;
    v_show bigint;
    freed text[];
    remaining text[];
    v bigint;
    answer jsonb;
BEGIN
    SELECT request_hash, response INTO prior_hash, prior
      FROM idempotency WHERE user_id = p_user AND request_id = p_request;
    IF FOUND THEN
        IF prior_hash <> p_hash THEN
            RETURN jsonb_build_object('error', 'IDEMPOTENCY_CONFLICT',
                                      'message', 'request id ' || p_request || ' was used before with another body');
        END IF;
        RETURN prior || jsonb_build_object('replayed', true);
    END IF;

    SELECT min(show_id),
           array_agg(seat_id ORDER BY seat_id) FILTER (WHERE p_seats IS NULL OR seat_id = ANY (p_seats)),
           coalesce(array_agg(seat_id ORDER BY seat_id) FILTER (WHERE p_seats IS NOT NULL AND seat_id <> ALL (p_seats)),
                    '{}')
      INTO v_show, freed, remaining
      FROM (SELECT s.show_id, s.seat_id
              FROM holds h
              JOIN hold_seats hs ON hs.hold_id = h.id
              JOIN show_seats s ON s.show_id = h.show_id AND s.seat_id = hs.seat_id
             WHERE h.id = p_hold AND h.user_id = p_user AND h.status = 'active' AND s.hold_id = p_hold
             ORDER BY s.seat_id
               FOR UPDATE OF s) locked;
    IF v_show IS NULL THEN
        SELECT show_id INTO v_show FROM holds WHERE id = p_hold AND user_id = p_user AND status = 'active';
        IF NOT FOUND THEN
            RETURN marquee_remember(p_user, p_request, p_hash,
                jsonb_build_object('error', 'HOLD_NOT_FOUND', 'message', 'no active hold ' || p_hold));
        END IF;
    END IF;
    IF p_seats IS NOT NULL AND coalesce(cardinality(freed), 0) <> cardinality(p_seats) THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'UNKNOWN_SEAT', 'message', 'some seats are not in this hold'));
    END IF;
    IF freed IS NULL OR cardinality(freed) = 0 THEN
        IF cardinality(remaining) = 0 THEN
            UPDATE holds SET status = 'released', ended_at = now() WHERE id = p_hold;
        END IF;
        RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
            'result', 'ok', 'hold', p_hold, 'show', v_show, 'changes', '[]'::jsonb, 'remaining', '[]'::jsonb));
    END IF;

    v := marquee_next_version(v_show);
    WITH released AS (
        UPDATE show_seats SET status = 'available', hold_id = NULL, hold_expires = NULL
         WHERE show_id = v_show AND seat_id = ANY (freed)),
    ended AS (
        UPDATE holds SET status = 'released', ended_at = now()
         WHERE id = p_hold AND cardinality(remaining) = 0),
    c AS (
        SELECT jsonb_agg(jsonb_build_object('seat', x, 'state', 'available') ORDER BY o) AS changes
          FROM unnest(freed) WITH ORDINALITY AS t (x, o)),
    recorded AS (
        INSERT INTO seat_changes (show_id, version, changes) SELECT v_show, v, c.changes FROM c WHERE NOT grouped),
    a AS (
        SELECT jsonb_build_object('result', 'ok', 'hold', p_hold, 'show', v_show, 'version', v,
                                  'changes', c.changes, 'remaining', to_jsonb(remaining)) AS answer
          FROM c),
    remembered AS (
        INSERT INTO idempotency (user_id, request_id, request_hash, response)
        SELECT p_user, p_request, p_hash, a.answer FROM a)
    SELECT a.answer INTO answer FROM a;
    RETURN answer;
END $$;

-- One seat operation of a group, as the server's statements of the same name take it (their
-- parameters in order, as JSON strings or null): hold, hold_typed, hold_more, extend, release, sell.
CREATE FUNCTION marquee_decide_one(p_op text, a jsonb) RETURNS jsonb
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
                                      (a ->> 5)::jsonb, a ->> 6)
    END;
END $$;

-- A group: p_ops [{"op": name, "args": [...]}] in arrival order. Answers
-- {"answers": [one per op, in order], "shows": [{"show", "version", "changes"}] one per changed show}.
-- An answer's "version" is its show's version after the group.
CREATE FUNCTION marquee_decide(p_ops jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    named_holds bigint[];
    sold_holds bigint[];
    group_shows bigint[];
    op record;
    answer jsonb;
    answers jsonb := '[]';
    changed jsonb := '{}';   -- show id -> its changes, in order
    predicted jsonb := '{}'; -- show id -> the version its answers carry
    done record;
    v bigint;
    merged jsonb;
    out jsonb := '[]';
BEGIN
    PERFORM set_config('marquee.group', 'on', true);

    -- What the group touches: the holds it names (their shows and seats), the seats it asks for.
    SELECT array_agg(DISTINCT (e -> 'args' ->> CASE WHEN e ->> 'op' IN ('hold_more', 'sell') THEN 4 ELSE 3 END)::bigint)
               FILTER (WHERE e ->> 'op' IN ('hold_more', 'extend', 'release', 'sell')),
           array_agg(DISTINCT (e -> 'args' ->> 4)::bigint) FILTER (WHERE e ->> 'op' = 'sell')
      INTO named_holds, sold_holds
      FROM jsonb_array_elements(p_ops) e;

    -- 1. Seats, in (show, seat) order.
    PERFORM 1 FROM show_seats s
      JOIN (SELECT (e -> 'args' ->> CASE WHEN e ->> 'op' = 'hold_more' THEN 3 ELSE 4 END)::bigint AS show_id,
                   unnest((e -> 'args' ->> 5)::text[]) AS seat_id
              FROM jsonb_array_elements(p_ops) e
             WHERE e ->> 'op' IN ('hold', 'hold_typed', 'hold_more')
            UNION
            SELECT hs.show_id, hs.seat_id FROM hold_seats hs WHERE hs.hold_id = ANY (named_holds)) w
        ON s.show_id = w.show_id AND s.seat_id = w.seat_id
     ORDER BY s.show_id, s.seat_id
       FOR UPDATE OF s;

    -- 2. The takings of the shows sold to (a sale's rows update them), in show order. A show's first
    --    sale creates its row: created here first, so that it is locked before the show's row too
    --    (else a group that found no row would lock it after the show, while another holds it and
    --    waits for the show).
    IF sold_holds IS NOT NULL THEN
        INSERT INTO show_takings (show_id)
        SELECT DISTINCT show_id FROM holds WHERE id = ANY (sold_holds) ORDER BY show_id
        ON CONFLICT (show_id) DO NOTHING;
        PERFORM 1 FROM show_takings k
         WHERE k.show_id IN (SELECT show_id FROM holds WHERE id = ANY (sold_holds))
         ORDER BY k.show_id
           FOR UPDATE;
    END IF;

    -- 3. The shows, in id order: from here their versions are the group's to give.
    SELECT array_agg(DISTINCT x) INTO group_shows FROM (
        SELECT (e -> 'args' ->> CASE WHEN e ->> 'op' = 'hold_more' THEN 3 ELSE 4 END)::bigint AS x
          FROM jsonb_array_elements(p_ops) e WHERE e ->> 'op' IN ('hold', 'hold_typed', 'hold_more')
        UNION ALL
        SELECT show_id FROM holds WHERE id = ANY (named_holds)) g;
    PERFORM 1 FROM shows WHERE id = ANY (group_shows) ORDER BY id FOR NO KEY UPDATE;

    -- 4. Each request in arrival order, all or nothing on its own.
    FOR op IN SELECT e ->> 'op' AS name, e -> 'args' AS args FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS t (e, o)
               ORDER BY o
    LOOP
        answer := marquee_decide_one(op.name, op.args);
        IF answer IS NULL THEN
            RAISE EXCEPTION 'marquee_decide: unknown operation %', op.name USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NOT answer ? 'error' AND NOT answer ? 'replayed' AND answer ? 'version'
           AND jsonb_array_length(coalesce(answer -> 'changes', '[]')) > 0 THEN
            changed := jsonb_set(changed, ARRAY[answer ->> 'show'],
                                 coalesce(changed -> (answer ->> 'show'), '[]') || (answer -> 'changes'));
            predicted := jsonb_set(predicted, ARRAY[answer ->> 'show'], answer -> 'version');
        END IF;
        answers := answers || jsonb_build_array(answer);
    END LOOP;

    -- 5. One version and one record of changes per show: each seat's last change, in order.
    FOR done IN SELECT key::bigint AS show, value AS changes FROM jsonb_each(changed) ORDER BY key::bigint LOOP
        UPDATE shows SET version = version + 1 WHERE id = done.show RETURNING version INTO v;
        IF v IS DISTINCT FROM (predicted ->> done.show::text)::bigint THEN
            RAISE EXCEPTION 'marquee_decide: show % moved to version % during the group (expected %)',
                done.show, v, predicted ->> done.show::text USING ERRCODE = 'serialization_failure';
        END IF;
        SELECT jsonb_agg(last.c ORDER BY last.o) INTO merged
          FROM (SELECT DISTINCT ON (x.c ->> 'seat') x.c, x.o
                  FROM jsonb_array_elements(done.changes) WITH ORDINALITY AS x (c, o)
                 ORDER BY x.c ->> 'seat', x.o DESC) last;
        INSERT INTO seat_changes (show_id, version, changes) VALUES (done.show, v, merged);
        out := out || jsonb_build_array(jsonb_build_object('show', done.show, 'version', v, 'changes', merged));
    END LOOP;

    PERFORM set_config('marquee.group', '', true);
    RETURN jsonb_build_object('answers', answers, 'shows', out);
END $$;
