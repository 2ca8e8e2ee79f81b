-- Migration 9: the programme (issue 10). Runs in the migration's transaction (see
-- server/db/schema.cpp). Managers and admins keep titles (films or productions), set the cleaning
-- gap of a venue, schedule, move, copy, open and close sales of shows, cancel a show (its holds
-- are released at once) and refund all its tickets in one step.
--
-- - Clashes: two shows of one auditorium that are not cancelled never overlap, the venue's
--   cleaning gap after each show included. shows.clean_until (the end plus the gap, kept by a
--   trigger) and an exclusion constraint (btree_gist) make the database refuse a clash whatever
--   the code does; the functions look for clashes first so that they can name them
--   (SHOW_CLASH with {"showIds": [...]}), and turn a clash that a concurrent request committed
--   meanwhile (exclusion_violation) into the same answer.
-- - A venue's new cleaning gap applies to its shows that have not ended; if that makes two of them
--   clash, the change is refused.
-- Every function returns one jsonb document, {"result": "ok", ...} or {"error": "CODE", ...},
-- remembered under the request id (marquee_remember), and writes an audit_log row for its change.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE titles (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    runtime_minutes integer NOT NULL CHECK (runtime_minutes BETWEEN 1 AND 1000),
    age_rating      text CHECK (length(age_rating) BETWEEN 1 AND 10),
    format          text CHECK (length(format) BETWEEN 1 AND 20),
    description     text CHECK (length(description) BETWEEN 1 AND 2000),
    archived        boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE venues ADD COLUMN cleaning_gap_minutes integer NOT NULL DEFAULT 15
    CHECK (cleaning_gap_minutes BETWEEN 0 AND 240);
ALTER TABLE shows ADD COLUMN title_id bigint REFERENCES titles;
ALTER TABLE shows ADD COLUMN clean_until timestamptz;

-- The end of a show plus its venue's cleaning gap.
CREATE FUNCTION marquee_clean_until(p_auditorium bigint, p_end timestamptz) RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT p_end + make_interval(mins => v.cleaning_gap_minutes)
      FROM auditoriums a JOIN venues v ON v.id = a.venue_id WHERE a.id = p_auditorium;
$$;

-- Only when a show's times or auditorium are written (not at every seat change's version bump).
CREATE FUNCTION marquee_show_clean_until() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.clean_until := marquee_clean_until(NEW.auditorium_id, NEW.ends_at);
    RETURN NEW;
END $$;

UPDATE shows SET clean_until = marquee_clean_until(auditorium_id, ends_at);
ALTER TABLE shows ALTER COLUMN clean_until SET NOT NULL;
CREATE TRIGGER shows_clean_until BEFORE INSERT OR UPDATE OF starts_at, ends_at, auditorium_id, clean_until ON shows
    FOR EACH ROW EXECUTE FUNCTION marquee_show_clean_until();
ALTER TABLE shows ADD CONSTRAINT shows_no_clash
    EXCLUDE USING gist (auditorium_id WITH =, tstzrange(starts_at, clean_until) WITH &&)
    WHERE (status <> 'cancelled');
CREATE INDEX shows_by_title ON shows (title_id);

CREATE FUNCTION marquee_title_json(t titles) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'id', t.id, 'name', t.name, 'runtimeMinutes', t.runtime_minutes, 'ageRating', t.age_rating,
        'format', t.format, 'description', t.description, 'archived', t.archived));
$$;

-- A show as list_shows lists it (times in ms since the epoch; prices by category).
CREATE FUNCTION marquee_show_json(s shows) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'id', s.id, 'auditorium', s.auditorium_id, 'title', s.title, 'titleId', s.title_id,
        'start', (extract(epoch FROM s.starts_at) * 1000)::bigint,
        'end', (extract(epoch FROM s.ends_at) * 1000)::bigint, 'status', s.status,
        'layoutVersion', s.layout_version, 'currency', s.currency,
        'prices', (SELECT coalesce(jsonb_object_agg(category, amount), '{}') FROM show_prices p WHERE p.show_id = s.id),
        'free', c.free, 'held', c.held, 'sold', c.sold))
      FROM (SELECT count(*) FILTER (WHERE status = 'available' OR (status = 'held' AND hold_expires <= now())) AS free,
                   count(*) FILTER (WHERE status = 'held' AND hold_expires > now()) AS held,
                   count(*) FILTER (WHERE status = 'sold') AS sold
              FROM show_seats ss WHERE ss.show_id = s.id) c;
$$;

-- The shows (not cancelled, not p_except) of an auditorium that a show from p_start, clean at
-- p_clean_until, would clash with; NULL when none.
CREATE FUNCTION marquee_clashes(p_auditorium bigint, p_start timestamptz, p_clean_until timestamptz,
                                p_except bigint DEFAULT NULL) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_agg(s.id::text ORDER BY s.starts_at, s.id) FROM shows s
     WHERE s.auditorium_id = p_auditorium AND s.status <> 'cancelled' AND s.id IS DISTINCT FROM p_except
       AND tstzrange(s.starts_at, s.clean_until) && tstzrange(p_start, p_clean_until);
$$;

CREATE FUNCTION marquee_clash_refusal(p_show_ids jsonb, p_where text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT marquee_refusal('SHOW_CLASH',
        'the show would overlap ' || jsonb_array_length(p_show_ids) || ' other shows of the auditorium (cleaning gap included)',
        p_where, jsonb_build_object('showIds', p_show_ids));
$$;

-- The seats of a new show, as its layout version has them.
CREATE FUNCTION marquee_create_show_seats(p_show bigint, p_auditorium bigint, p_version integer) RETURNS void
LANGUAGE sql AS $$
    INSERT INTO show_seats_all (show_id, seat_id, category, status)
    SELECT p_show, seat_id, category, CASE WHEN blocked THEN 'blocked' ELSE 'available' END
      FROM layout_seats WHERE auditorium_id = p_auditorium AND layout_version = p_version;
$$;

-- ---------------------------------------------------------------------------------------------
-- Titles.

CREATE FUNCTION marquee_create_title(p_user bigint, p_request text, p_hash text, p_name text, p_runtime integer,
                                     p_age_rating text, p_format text, p_description text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    created titles;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    INSERT INTO titles (name, runtime_minutes, age_rating, format, description)
    VALUES (p_name, p_runtime, nullif(p_age_rating, ''), nullif(p_format, ''), nullif(p_description, ''))
    RETURNING * INTO created;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'title_create', jsonb_build_object('title', created.id) || marquee_title_json(created));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'title', marquee_title_json(created)));
END $$;

-- NULL: unchanged; '' clears an optional text. A new name is also the title text of its shows.
CREATE FUNCTION marquee_update_title(p_user bigint, p_request text, p_hash text, p_title bigint, p_name text,
                                     p_runtime integer, p_age_rating text, p_format text, p_description text,
                                     p_archived boolean) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old titles;
    updated titles;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO old FROM titles WHERE id = p_title FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no title ' || p_title, '/body/titleId'));
    END IF;
    UPDATE titles SET name = coalesce(p_name, name), runtime_minutes = coalesce(p_runtime, runtime_minutes),
                      age_rating = CASE WHEN p_age_rating IS NULL THEN age_rating ELSE nullif(p_age_rating, '') END,
                      format = CASE WHEN p_format IS NULL THEN format ELSE nullif(p_format, '') END,
                      description = CASE WHEN p_description IS NULL THEN description ELSE nullif(p_description, '') END,
                      archived = coalesce(p_archived, archived)
     WHERE id = p_title RETURNING * INTO updated;
    IF updated.name <> old.name THEN
        UPDATE shows SET title = updated.name WHERE title_id = p_title;
    END IF;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'title_update', jsonb_build_object('title', p_title, 'before', marquee_title_json(old),
                                                       'after', marquee_title_json(updated)));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'title', marquee_title_json(updated)));
END $$;

-- ---------------------------------------------------------------------------------------------
-- A venue's cleaning gap and time zone (NULL: unchanged).

CREATE FUNCTION marquee_update_venue(p_user bigint, p_request text, p_hash text, p_venue bigint, p_gap integer,
                                     p_timezone text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old venues;
    updated venues;
    clashing jsonb;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO old FROM venues WHERE id = p_venue FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no venue ' || p_venue, '/body/venueId'));
    END IF;
    BEGIN
        UPDATE venues SET cleaning_gap_minutes = coalesce(p_gap, cleaning_gap_minutes),
                          timezone = coalesce(p_timezone, timezone)
         WHERE id = p_venue RETURNING * INTO updated;
        IF updated.cleaning_gap_minutes <> old.cleaning_gap_minutes THEN
            UPDATE shows s SET clean_until = NULL -- the trigger sets it with the new gap
              FROM auditoriums a
             WHERE a.venue_id = p_venue AND s.auditorium_id = a.id AND s.status <> 'cancelled'
               AND s.clean_until > now();
        END IF;
    EXCEPTION WHEN exclusion_violation THEN
        SELECT jsonb_agg(DISTINCT x.id::text) INTO clashing
          FROM shows x JOIN auditoriums a ON a.id = x.auditorium_id
          JOIN shows y ON y.auditorium_id = x.auditorium_id AND y.id <> x.id AND y.status <> 'cancelled'
         WHERE a.venue_id = p_venue AND x.status <> 'cancelled' AND x.ends_at > now() - interval '1 day'
           AND tstzrange(x.starts_at, x.ends_at + make_interval(mins => p_gap))
               && tstzrange(y.starts_at, y.ends_at + make_interval(mins => p_gap));
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_clash_refusal(coalesce(clashing, '[]'), '/body/cleaningGapMinutes'));
    END;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'venue_update', jsonb_build_object('venue', p_venue,
            'cleaningGapMinutes', jsonb_build_array(old.cleaning_gap_minutes, updated.cleaning_gap_minutes),
            'timezone', jsonb_build_array(old.timezone, updated.timezone)));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'venue', p_venue, 'cleaningGapMinutes', updated.cleaning_gap_minutes,
        'timezone', updated.timezone));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Scheduling. p_prices: [{"category": id, "amount": minor units, "currency": code}] in the
-- request's order (for the `where` of a refusal).

CREATE FUNCTION marquee_schedule_show(p_user bigint, p_request text, p_hash text, p_auditorium bigint,
                                      p_title bigint, p_start timestamptz, p_layout integer, p_end timestamptz,
                                      p_prices jsonb, p_status text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    v_currency text;
    t titles;
    v_layout integer;
    v_end timestamptz;
    v_categories text[];
    bad record;
    missing jsonb;
    clashing jsonb;
    created shows;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT v.currency INTO v_currency FROM auditoriums a JOIN venues v ON v.id = a.venue_id WHERE a.id = p_auditorium;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no auditorium ' || p_auditorium, '/body/auditoriumId'));
    END IF;
    SELECT * INTO t FROM titles WHERE id = p_title;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no title ' || p_title, '/body/titleId'));
    END IF;
    IF t.archived THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('INVALID_VALUE', 'the title ' || t.name || ' is archived', '/body/titleId'));
    END IF;
    v_layout := coalesce(p_layout, (SELECT max(version) FROM layouts WHERE auditorium_id = p_auditorium));
    IF v_layout IS NULL OR NOT EXISTS (SELECT 1 FROM layouts WHERE auditorium_id = p_auditorium AND version = v_layout) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('NOT_FOUND',
            CASE WHEN v_layout IS NULL THEN 'the auditorium has no published layout'
                 ELSE 'the auditorium has no layout version ' || v_layout END, '/body/layoutVersion'));
    END IF;
    v_end := coalesce(p_end, p_start + make_interval(mins => t.runtime_minutes));

    -- Prices: one per category of the layout version, in the venue's currency.
    SELECT array_agg(DISTINCT c ->> 'id') INTO v_categories
      FROM layouts l, jsonb_array_elements(l.document -> 'categories') c
     WHERE l.auditorium_id = p_auditorium AND l.version = v_layout;
    v_categories := coalesce(v_categories, '{}');
    SELECT p.o - 1 AS i, p.e ->> 'category' AS category, p.e ->> 'currency' AS currency,
           CASE WHEN p.e ->> 'currency' <> v_currency THEN 'CURRENCY_MISMATCH'
                WHEN NOT (p.e ->> 'category' = ANY (v_categories)) THEN 'extra'
                ELSE 'duplicate' END AS problem
      INTO bad
      FROM jsonb_array_elements(p_prices) WITH ORDINALITY AS p (e, o)
     WHERE p.e ->> 'currency' <> v_currency OR NOT (p.e ->> 'category' = ANY (v_categories))
        OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_prices) WITH ORDINALITY AS q (e, o)
                    WHERE q.o < p.o AND q.e ->> 'category' = p.e ->> 'category')
     ORDER BY p.o LIMIT 1;
    IF FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash, CASE bad.problem
            WHEN 'CURRENCY_MISMATCH' THEN marquee_refusal('CURRENCY_MISMATCH',
                'prices of this venue are in ' || v_currency || ', not ' || bad.currency,
                '/body/prices/' || bad.i || '/price/currency')
            WHEN 'extra' THEN marquee_refusal('INVALID_VALUE',
                'layout version ' || v_layout || ' has no category ' || bad.category, '/body/prices/' || bad.i || '/category')
            ELSE marquee_refusal('INVALID_VALUE', 'a second price for ' || bad.category,
                '/body/prices/' || bad.i || '/category') END);
    END IF;
    SELECT jsonb_agg(c ORDER BY c) INTO missing FROM unnest(v_categories) c
     WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p_prices) e WHERE e ->> 'category' = c);
    IF missing IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('INVALID_VALUE',
            'no price for the categories ' || (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(missing) x)
            || ' of layout version ' || v_layout, '/body/prices', jsonb_build_object('categories', missing)));
    END IF;

    clashing := marquee_clashes(p_auditorium, p_start, marquee_clean_until(p_auditorium, v_end));
    IF clashing IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_clash_refusal(clashing, '/body/start'));
    END IF;
    BEGIN
        INSERT INTO shows (auditorium_id, layout_version, title, title_id, starts_at, ends_at, status, currency)
        VALUES (p_auditorium, v_layout, t.name, t.id, p_start, v_end, p_status, v_currency) RETURNING * INTO created;
    EXCEPTION WHEN exclusion_violation THEN -- scheduled meanwhile by someone else
        clashing := marquee_clashes(p_auditorium, p_start, marquee_clean_until(p_auditorium, v_end));
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_clash_refusal(coalesce(clashing, '[]'), '/body/start'));
    END;
    INSERT INTO show_prices (show_id, category, amount)
    SELECT created.id, e ->> 'category', (e ->> 'amount')::bigint FROM jsonb_array_elements(p_prices) e;
    PERFORM marquee_create_show_seats(created.id, p_auditorium, v_layout);
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'show_schedule', jsonb_build_object('show', created.id, 'auditorium', p_auditorium,
            'title', t.id, 'start', p_start, 'end', v_end, 'layoutVersion', v_layout, 'prices', p_prices,
            'status', p_status));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'show', marquee_show_json(created)));
END $$;

-- Moves or resizes a show (NULL: unchanged; a new start without an end keeps the length). Shows
-- with sold tickets move too: the tickets name the show, and the move is audited.
CREATE FUNCTION marquee_update_show(p_user bigint, p_request text, p_hash text, p_show bigint, p_start timestamptz,
                                    p_end timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old shows;
    updated shows;
    v_start timestamptz;
    v_end timestamptz;
    clashing jsonb;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO old FROM shows WHERE id = p_show FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no show ' || p_show, '/body/showId'));
    END IF;
    IF old.status = 'cancelled' THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('SHOW_CANCELLED', 'the show is cancelled', '/body/showId'));
    END IF;
    v_start := coalesce(p_start, old.starts_at);
    v_end := coalesce(p_end, CASE WHEN p_start IS NULL THEN old.ends_at ELSE p_start + (old.ends_at - old.starts_at) END);
    IF v_end <= v_start THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('INVALID_VALUE', 'the end must be after the start', '/body/end'));
    END IF;
    clashing := marquee_clashes(old.auditorium_id, v_start, marquee_clean_until(old.auditorium_id, v_end), p_show);
    IF clashing IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_clash_refusal(clashing, CASE WHEN p_start IS NULL THEN '/body/end' ELSE '/body/start' END));
    END IF;
    BEGIN
        UPDATE shows SET starts_at = v_start, ends_at = v_end WHERE id = p_show RETURNING * INTO updated;
    EXCEPTION WHEN exclusion_violation THEN
        clashing := marquee_clashes(old.auditorium_id, v_start, marquee_clean_until(old.auditorium_id, v_end), p_show);
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_clash_refusal(coalesce(clashing, '[]'), '/body/start'));
    END;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'show_move', jsonb_build_object('show', p_show,
            'from', jsonb_build_array(old.starts_at, old.ends_at), 'to', jsonb_build_array(v_start, v_end),
            'sold', (SELECT count(*) FROM tickets WHERE show_id = p_show AND status = 'valid')));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'show', marquee_show_json(updated)));
END $$;

-- scheduled -> on_sale -> closed (sales_closed on the wire) and back to on_sale; the same status
-- again changes nothing; cancelling is cancel_show.
CREATE FUNCTION marquee_set_show_status(p_user bigint, p_request text, p_hash text, p_show bigint, p_status text)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old shows;
    updated shows;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO old FROM shows WHERE id = p_show FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no show ' || p_show, '/body/showId'));
    END IF;
    IF old.status = 'cancelled' THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('SHOW_CANCELLED', 'the show is cancelled', '/body/showId'));
    END IF;
    IF old.status <> p_status AND (old.status, p_status) NOT IN (('scheduled', 'on_sale'), ('on_sale', 'closed'),
                                                                ('closed', 'on_sale')) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('INVALID_VALUE',
            'a show that is ' || old.status || ' cannot become ' || p_status, '/body/status'));
    END IF;
    UPDATE shows SET status = p_status WHERE id = p_show RETURNING * INTO updated;
    IF old.status <> p_status THEN
        INSERT INTO audit_log (user_id, action, details)
        VALUES (p_user, 'show_status', jsonb_build_object('show', p_show, 'from', old.status, 'to', p_status));
    END IF;
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'show', marquee_show_json(updated)));
END $$;

-- Cancels a show: no more holds or sales (SHOW_CLOSED), every active hold released with its seats
-- (one recorded change, so that watching terminals get a delta), the valid tickets listed for
-- refund_show. A second cancel is SHOW_CANCELLED. Lock order as everywhere: seats, show, holds.
CREATE FUNCTION marquee_cancel_show(p_user bigint, p_request text, p_hash text, p_show bigint, p_reason text)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    sh shows;
    v_changes jsonb;
    v bigint;
    released integer;
    sold jsonb;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    PERFORM 1 FROM show_seats_all WHERE show_id = p_show ORDER BY seat_id FOR UPDATE;
    SELECT * INTO sh FROM shows WHERE id = p_show FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no show ' || p_show, '/body/showId'));
    END IF;
    IF sh.status = 'cancelled' THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('SHOW_CANCELLED', 'the show is cancelled already', '/body/showId'));
    END IF;
    UPDATE shows SET status = 'cancelled' WHERE id = p_show;
    WITH ended AS (
        UPDATE holds SET status = 'released', ended_at = now()
         WHERE show_id = p_show AND status = 'active' RETURNING id)
    SELECT count(*) INTO released FROM ended;
    WITH freed AS (
        UPDATE show_seats s SET status = 'available', hold_id = NULL, hold_expires = NULL
         WHERE s.show_id = p_show AND s.status = 'held' RETURNING s.seat_id)
    SELECT jsonb_agg(jsonb_build_object('seat', seat_id, 'state', 'available') ORDER BY seat_id)
      INTO v_changes FROM freed;
    IF v_changes IS NOT NULL THEN
        v := marquee_record_change(p_show, v_changes);
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object('ticket', t.id, 'sale', t.sale_id, 'seat', t.seat_id,
                                                  'price', t.price) ORDER BY t.sale_id, t.seat_id), '[]')
      INTO sold FROM tickets t WHERE t.show_id = p_show AND t.status = 'valid';
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'show_cancel', jsonb_build_object('show', p_show, 'reason', p_reason,
            'releasedHolds', released, 'soldTickets', jsonb_array_length(sold)));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_strip_nulls(jsonb_build_object(
        'result', 'ok', 'show', p_show, 'version', v, 'changes', v_changes, 'releasedHolds', released,
        'soldTickets', sold, 'currency', sh.currency)));
END $$;

-- Refunds every valid ticket of a cancelled show, one sale after another through marquee_refund
-- (card parts back to the cards, the rest in cash from the refunding user's open shift at the
-- terminal), all in this transaction: all or nothing.
CREATE FUNCTION marquee_refund_show(p_user bigint, p_role text, p_request text, p_hash text, p_terminal text,
                                    p_show bigint, p_reason text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    sh shows;
    sale_id bigint;
    r jsonb;
    refunds jsonb := '[]';
    v_changes jsonb := '[]';
    v bigint;
    total bigint := 0;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO sh FROM shows WHERE id = p_show;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no show ' || p_show, '/body/showId'));
    END IF;
    IF sh.status <> 'cancelled' THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('INVALID_VALUE',
            'only a cancelled show is refunded in one step; cancel it first', '/body/showId'));
    END IF;
    FOR sale_id IN SELECT DISTINCT t.sale_id FROM tickets t
                    WHERE t.show_id = p_show AND t.status = 'valid' ORDER BY t.sale_id LOOP
        r := marquee_refund(p_user, p_role, 'refund_show:' || p_request || ':' || sale_id, p_hash, p_terminal,
                            sale_id, NULL, p_reason, 0);
        IF r ? 'error' THEN
            RAISE EXCEPTION 'refund of sale % failed: %', sale_id, r ->> 'message';
        END IF;
        refunds := refunds || jsonb_build_object('refund', r -> 'refund', 'sale', sale_id, 'amount', r -> 'amount');
        v_changes := v_changes || coalesce(r -> 'changes', '[]');
        v := (r ->> 'version')::bigint;
        total := total + (r ->> 'amount')::bigint;
    END LOOP;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'show_refund', jsonb_build_object('show', p_show, 'reason', p_reason, 'total', total,
            'refunds', refunds));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_strip_nulls(jsonb_build_object(
        'result', 'ok', 'show', p_show, 'version', v, 'changes', v_changes, 'refunds', refunds, 'total', total,
        'currency', sh.currency)));
END $$;

-- Copies every show (not cancelled) starting in [p_from, p_to), of the given auditoriums (NULL:
-- all), p_days later: same title, auditorium, layout version and prices, status scheduled. All or
-- nothing: a clash refuses the whole copy (SHOW_CLASH naming the shows in the way); at most
-- p_max shows (TOO_MANY_ITEMS).
CREATE FUNCTION marquee_copy_shows(p_user bigint, p_request text, p_hash text, p_auditoriums bigint[],
                                   p_from timestamptz, p_to timestamptz, p_days integer, p_max integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    unknown integer;
    sources bigint[];
    n integer;
    shift interval := make_interval(days => p_days);
    clashing jsonb;
    src shows;
    created shows;
    copies jsonb := '[]';
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT min(o) - 1 INTO unknown FROM unnest(p_auditoriums) WITH ORDINALITY AS x (id, o)
     WHERE NOT EXISTS (SELECT 1 FROM auditoriums a WHERE a.id = x.id);
    IF unknown IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('NOT_FOUND',
            'no auditorium ' || p_auditoriums[unknown + 1], '/body/auditoriumIds/' || unknown));
    END IF;
    SELECT coalesce(array_agg(id), '{}') INTO sources FROM shows
     WHERE status <> 'cancelled' AND starts_at >= p_from AND starts_at < p_to
       AND (p_auditoriums IS NULL OR auditorium_id = ANY (p_auditoriums));
    n := cardinality(sources);
    IF n > p_max THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('TOO_MANY_ITEMS',
            'at most ' || p_max || ' shows per copy, the range has ' || n, '/body/to'));
    END IF;
    SELECT jsonb_agg(DISTINCT c.id::text) INTO clashing
      FROM shows s
      CROSS JOIN LATERAL jsonb_array_elements_text(marquee_clashes(s.auditorium_id, s.starts_at + shift,
                                                                   marquee_clean_until(s.auditorium_id, s.ends_at + shift))) c (id)
     WHERE s.id = ANY (sources);
    IF clashing IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_clash_refusal(clashing, '/body/shiftDays'));
    END IF;
    BEGIN
        FOR src IN SELECT * FROM shows WHERE id = ANY (sources) ORDER BY starts_at, id LOOP
            INSERT INTO shows (auditorium_id, layout_version, title, title_id, starts_at, ends_at, status, currency)
            VALUES (src.auditorium_id, src.layout_version, src.title, src.title_id, src.starts_at + shift,
                    src.ends_at + shift, 'scheduled', src.currency)
            RETURNING * INTO created;
            INSERT INTO show_prices (show_id, category, amount)
            SELECT created.id, category, amount FROM show_prices WHERE show_id = src.id;
            PERFORM marquee_create_show_seats(created.id, created.auditorium_id, created.layout_version);
            copies := copies || jsonb_build_array(marquee_show_json(created));
        END LOOP;
    EXCEPTION WHEN exclusion_violation THEN -- scheduled meanwhile by someone else
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_clash_refusal('[]', '/body/shiftDays'));
    END;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'shows_copy', jsonb_build_object('from', p_from, 'to', p_to, 'days', p_days,
            'auditoriums', to_jsonb(p_auditoriums), 'copied', n,
            'shows', (SELECT jsonb_agg(c -> 'id') FROM jsonb_array_elements(copies) c)));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object('result', 'ok', 'shows', copies));
END $$;
