-- Migration 10: the audit log viewer (issue 10). Runs in the migration's transaction (see
-- server/db/schema.cpp).
--
-- - Indexes for list_audit_log's filters: newest first by id (the primary key), by user and by
--   action (each with the id, for the page after a given entry).
-- - Expired holds are audited where they expire: the sweeper writes one `hold_expired` row per
--   hold whose seats it freed (the seats, their labels, the show, the terminal, the hold's user),
--   with one INSERT ... SELECT per sweep (not per hold, not per seat). The viewer thus reads one
--   table, and "why was this seat free again" has an answer with a time and a name.
--   (A show moved to another layout version also ends holds; it writes its own audit row.)

CREATE INDEX audit_log_by_user ON audit_log (user_id, id);
CREATE INDEX audit_log_by_action ON audit_log (action, id);

-- marquee_sweep of migration 3 plus the audit rows of the seats it freed.
CREATE OR REPLACE FUNCTION marquee_sweep(p_limit integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    s record;
    locked text[];
    ended bigint[] := '{}';
    batch_holds bigint[];
    seat_holds bigint[];
    seats text[];
    freed_holds bigint[] := '{}'; -- parallel arrays: the hold of each freed seat
    freed_seats text[] := '{}';
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
               array_agg(DISTINCT hold_id), array_agg(hold_id ORDER BY seat_id), array_agg(seat_id ORDER BY seat_id)
          INTO changes, batch_holds, seat_holds, seats FROM freed;
        IF changes IS NOT NULL THEN
            ended := ended || batch_holds;
            freed_holds := freed_holds || seat_holds;
            freed_seats := freed_seats || seats;
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
    IF cardinality(freed_seats) > 0 THEN
        INSERT INTO audit_log (user_id, action, details)
        SELECT h.user_id, 'hold_expired',
               jsonb_build_object('hold', h.id, 'show', h.show_id, 'title', sh.title, 'terminal', h.terminal_id,
                                  'heldAt', (extract(epoch FROM h.created_at) * 1000)::bigint,
                                  'expiresAt', (extract(epoch FROM h.expires_at) * 1000)::bigint,
                                  'seats', jsonb_agg(f.seat ORDER BY f.seat),
                                  'labels', jsonb_agg(coalesce(ls.label, f.seat) ORDER BY f.seat))
          FROM unnest(freed_holds, freed_seats) AS f(hold, seat)
          JOIN holds h ON h.id = f.hold
          JOIN shows sh ON sh.id = h.show_id
          LEFT JOIN layout_seats ls ON ls.auditorium_id = sh.auditorium_id
                                   AND ls.layout_version = sh.layout_version AND ls.seat_id = f.seat
         GROUP BY h.id, sh.id
         ORDER BY h.id;
    END IF;
    RETURN out;
END $$;
