-- Migration 12: blocked and house seats per show, and live show lists (issue 10). Runs in the
-- migration's transaction (see server/db/schema.cpp).
--
-- - A manager blocks seats of one show (a camera position, a broken seat) or keeps them as house
--   seats with a note; both are status 'blocked' in show_seats_all (the seat status enum of the
--   protocol stays as it is), and show_seat_blocks says why, with the note. A blocked seat without
--   a row there is blocked by its layout (007). The show_seats view stays as it is (SELECT * of
--   007, frozen at its creation): the reasons live in their own table.
-- - Blocking and releasing are recorded changes like any other (the show's version bumps, a
--   seat_changes row), so that every server process pushes them as deltas; a change entry of a
--   blocked seat carries {"block": "blocked"|"house"|"layout", "note": ...}.
-- - Live show lists: a trigger NOTIFYs 'show:<id>' on the change feed (channel marquee_changes)
--   when a show is scheduled, deleted, or one of the fields list_shows lists changes (times,
--   status, title, auditorium, layout version, currency) or its prices change. Not on a version
--   bump: the column list keeps the trigger out of every hold's UPDATE shows SET version, and the
--   WHEN clause out of updates that change nothing listed.
-- Every function returns one jsonb document, {"result": "ok", ...} or {"error": "CODE", ...},
-- remembered under the request id (marquee_remember), and writes an audit_log row for its change.

CREATE TABLE show_seat_blocks (
    show_id    bigint NOT NULL,
    seat_id    text NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('blocked', 'house')),
    note       text CHECK (length(note) BETWEEN 1 AND 200),
    blocked_by bigint NOT NULL REFERENCES users,
    blocked_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (show_id, seat_id),
    FOREIGN KEY (show_id, seat_id) REFERENCES show_seats_all (show_id, seat_id) ON DELETE CASCADE
);

-- Why a seat of a show is blocked, as change entries and snapshots name it (NULL: not blocked).
-- A row of show_seat_blocks counts only while the seat is blocked (a layout change may free it).
CREATE FUNCTION marquee_seat_block(p_status text, p_kind text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_status = 'blocked' THEN coalesce(p_kind, 'layout') END;
$$;

-- Locks the named seats of a show in seat order (the lock order of every seat operation: seats,
-- then the show, then holds) and checks the show and the seats. NULL when all is well, else the
-- refusal: NOT_FOUND, SHOW_CANCELLED, UNKNOWN_SEAT (with the seats), SEAT_UNAVAILABLE (with the
-- seats and their states, as hold answers it) for seats that are held (hold not expired) or sold,
-- and also blocked ones when p_blocked_ok is false.
CREATE FUNCTION marquee_check_block_seats(p_show bigint, p_seats text[], p_blocked_ok boolean) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    n integer;
    unavailable jsonb;
    v_status text;
BEGIN
    SELECT count(*), jsonb_agg(jsonb_build_object('seat', seat_id, 'state', status) ORDER BY seat_id)
                       FILTER (WHERE NOT free)
      INTO n, unavailable
      FROM (SELECT s.seat_id, s.status,
                   s.status = 'available' OR (s.status = 'held' AND s.hold_expires <= now())
                   OR (p_blocked_ok AND s.status = 'blocked') AS free
              FROM show_seats s WHERE s.show_id = p_show AND s.seat_id = ANY (p_seats)
             ORDER BY s.seat_id FOR UPDATE OF s) locked;
    SELECT status INTO v_status FROM shows WHERE id = p_show FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_refusal('NOT_FOUND', 'no show ' || p_show, '/body/showId');
    END IF;
    IF v_status = 'cancelled' THEN
        RETURN marquee_refusal('SHOW_CANCELLED', 'the show is cancelled', '/body/showId');
    END IF;
    IF n <> cardinality(p_seats) THEN
        RETURN jsonb_build_object('error', 'UNKNOWN_SEAT', 'message', 'some seats are not seats of this show',
            'where', '/body/seatIds',
            'seats', (SELECT jsonb_agg(x ORDER BY x) FROM unnest(p_seats) x
                       WHERE NOT EXISTS (SELECT 1 FROM show_seats s WHERE s.show_id = p_show AND s.seat_id = x)));
    END IF;
    IF unavailable IS NOT NULL THEN
        RETURN jsonb_build_object('error', 'SEAT_UNAVAILABLE', 'message',
            CASE WHEN p_blocked_ok THEN 'some seats are held or sold; nothing was released'
                 ELSE 'some seats are held, sold or blocked; nothing was blocked' END,
            'where', '/body/seatIds', 'seats', unavailable);
    END IF;
    RETURN NULL;
END $$;

-- Blocks available seats of a show, all or nothing (p_kind 'blocked' or 'house'). A seat whose
-- hold has expired counts as available (its hold ends here, as a hold taking it over would do).
CREATE FUNCTION marquee_block_seats(p_user bigint, p_request text, p_hash text, p_show bigint, p_seats text[],
                                    p_kind text, p_note text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    refusal jsonb;
    seats text[];
    v_changes jsonb;
    v bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    refusal := marquee_check_block_seats(p_show, p_seats, false);
    IF refusal IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, refusal);
    END IF;
    SELECT array_agg(x ORDER BY x) INTO seats FROM unnest(p_seats) x;
    UPDATE holds SET status = 'expired', ended_at = now()
     WHERE status = 'active' AND id IN (SELECT hold_id FROM show_seats
                                         WHERE show_id = p_show AND seat_id = ANY (seats) AND status = 'held');
    UPDATE show_seats SET status = 'blocked', hold_id = NULL, hold_expires = NULL
     WHERE show_id = p_show AND seat_id = ANY (seats);
    INSERT INTO show_seat_blocks (show_id, seat_id, kind, note, blocked_by)
    SELECT p_show, x, p_kind, p_note, p_user FROM unnest(seats) x
        ON CONFLICT (show_id, seat_id) DO UPDATE
       SET kind = excluded.kind, note = excluded.note, blocked_by = excluded.blocked_by, blocked_at = now();
    SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('seat', x, 'state', 'blocked', 'block', p_kind,
                                                          'note', p_note)) ORDER BY x)
      INTO v_changes FROM unnest(seats) x;
    v := marquee_record_change(p_show, v_changes);
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'seats_block', jsonb_strip_nulls(jsonb_build_object('show', p_show, 'seats', to_jsonb(seats),
            'kind', p_kind, 'note', p_note)));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'show', p_show, 'version', v, 'changes', v_changes, 'blocked', to_jsonb(seats)));
END $$;

-- Releases blocked and house seats (and the layout's blocked seats, for this show) for sale;
-- available ones stay so; held or sold ones refuse the whole request.
CREATE FUNCTION marquee_unblock_seats(p_user bigint, p_request text, p_hash text, p_show bigint, p_seats text[])
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    refusal jsonb;
    released jsonb;
    v_changes jsonb;
    v bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    refusal := marquee_check_block_seats(p_show, p_seats, true);
    IF refusal IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, refusal);
    END IF;
    -- What was released, with why it was blocked (for the audit log).
    SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('seat', s.seat_id, 'block', coalesce(b.kind, 'layout'),
                                                          'note', b.note)) ORDER BY s.seat_id)
      INTO released
      FROM show_seats s LEFT JOIN show_seat_blocks b ON b.show_id = s.show_id AND b.seat_id = s.seat_id
     WHERE s.show_id = p_show AND s.seat_id = ANY (p_seats) AND s.status = 'blocked';
    DELETE FROM show_seat_blocks WHERE show_id = p_show AND seat_id = ANY (p_seats);
    IF released IS NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('result', 'ok', 'show', p_show, 'released', '[]'::jsonb));
    END IF;
    UPDATE show_seats SET status = 'available'
     WHERE show_id = p_show AND seat_id = ANY (p_seats) AND status = 'blocked';
    SELECT jsonb_agg(jsonb_build_object('seat', r ->> 'seat', 'state', 'available') ORDER BY r ->> 'seat')
      INTO v_changes FROM jsonb_array_elements(released) r;
    v := marquee_record_change(p_show, v_changes);
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'seats_unblock', jsonb_build_object('show', p_show,
            'seats', (SELECT jsonb_agg(r -> 'seat') FROM jsonb_array_elements(released) r), 'released', released));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'show', p_show, 'version', v, 'changes', v_changes,
        'released', (SELECT jsonb_agg(r -> 'seat') FROM jsonb_array_elements(released) r)));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Live show lists: 'show:<id>' on the change feed. Identical notifications of one transaction are
-- delivered once (a show scheduled with its prices is one).

CREATE FUNCTION marquee_notify_show() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('marquee_changes', 'show:' || CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    RETURN NULL;
END $$;

CREATE FUNCTION marquee_notify_show_prices() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('marquee_changes',
                      'show:' || CASE WHEN TG_OP = 'DELETE' THEN OLD.show_id ELSE NEW.show_id END);
    RETURN NULL;
END $$;

CREATE TRIGGER shows_listed_new AFTER INSERT OR DELETE ON shows
    FOR EACH ROW EXECUTE FUNCTION marquee_notify_show();
CREATE TRIGGER shows_listed_change
    AFTER UPDATE OF starts_at, ends_at, status, title, title_id, auditorium_id, layout_version, currency,
                    price_card_id ON shows
    FOR EACH ROW
    WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at OR OLD.ends_at IS DISTINCT FROM NEW.ends_at
          OR OLD.status IS DISTINCT FROM NEW.status OR OLD.title IS DISTINCT FROM NEW.title
          OR OLD.title_id IS DISTINCT FROM NEW.title_id OR OLD.auditorium_id IS DISTINCT FROM NEW.auditorium_id
          OR OLD.layout_version IS DISTINCT FROM NEW.layout_version OR OLD.currency IS DISTINCT FROM NEW.currency
          OR OLD.price_card_id IS DISTINCT FROM NEW.price_card_id)
    EXECUTE FUNCTION marquee_notify_show();
CREATE TRIGGER show_prices_listed AFTER INSERT OR UPDATE OR DELETE ON show_prices
    FOR EACH ROW EXECUTE FUNCTION marquee_notify_show_prices();
