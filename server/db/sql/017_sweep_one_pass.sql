-- Migration 17: expiry in one pass (issue 11, item 3). Runs in the migration's transaction (see
-- server/db/schema.cpp).
--
-- marquee_sweep of migration 10 walked the shows of a batch one by one (a lock statement, an
-- UPDATE, a version bump and a seat_changes row per show, in a loop), picking the batch by expiry
-- time; the server called it again and again, 1,000 seats a time, while a batch came back full:
-- 100,000 expired seats were ~100 round trips one after another and ~100 deltas per show.
-- Now one call frees up to p_limit seats of ALL shows with a handful of set-based statements:
--
-- 1. One statement locks the expired seats in (show_id, seat_id) order, FOR UPDATE SKIP LOCKED,
--    LIMIT p_limit (the limit counts locked seats only: a seat that a hold, sale or block is busy
--    with is skipped and left for the next round), and one UPDATE frees them.
-- 2. The shows' rows are locked in id order (FOR NO KEY UPDATE, what an UPDATE of the version
--    takes, so that inserts referring to a show do not wait) and bumped ONCE per show, with ONE
--    seat_changes row per show holding all its freed seats.
-- 3. One UPDATE ends the holds none of whose seats is held by them any more (expired ones only).
-- 4. One INSERT ... SELECT writes the hold_expired audit rows, one per hold whose seats were
--    freed, with the same content as migration 10's.
-- The answer keeps its shape, [{show, version, changes}] per show, so the server pushes one merged
-- delta per show per sweep. now() is the transaction's start, as before: a seat is expired when
-- hold_expires <= now().
--
-- Lock order, kept by every seat writer (so that sweepers, single operations and the groups of
-- migration 16 of several server processes never deadlock): seats in (show_id, seat_id) order,
-- then show_takings rows (the sweeper takes none), then the shows' rows in id order, then holds
-- rows. The sweeper never waits for a seat (SKIP LOCKED); it may wait for a show's row while a
-- seat operation of that show commits, which holds no lock the sweeper has.
--
-- Indexes: show_seats_hold_expiry (hold_expires, partial: status = 'held') stays. Measured with
-- psql on this kind of machine (2 cores, PostgreSQL 15, other builds running: read the ratios), one
-- marquee_sweep(100000) over 100,000 expired seats of 334 shows in the bench's database (123,000
-- seats), the time of each step:
--   lock 150-220 ms, free 680-770 ms, shows and changes 390-530 ms, holds 210-360 ms, audit
--   950-1,000 ms; all of it 2.6-2.7 s, where migration 10's 100 batches of 1,000 took 6.4 s in
--   the same minutes (3.7 s on a quieter run).
--   Without the index: lock 256 ms (a scan of the table), free 684 ms: no faster, because the
--   seats' pages are full and the UPDATE cannot be HOT (a heap-only tuple needs room on its page)
--   whether the index exists or not; and the sweep and next_expiry (after every sweep, and every
--   second) would read all of show_seats_all, which grows with the programme (millions of rows
--   for a year of a 10-screen cinema) where the index holds only the held seats. The hold path
--   is unchanged by this migration (the index and its cost stay as they were).
-- End to end (marquee-bench expiry --count 100000, 334 shows, 100 terminals; RelWithDebInfo
-- build, same cluster, one run each): migration 10 with batches of 1,000: all pushed 4.82 s after
-- the expiry; this one with batches of 25,000 (the server's default): 2.70 s (first push 0.88 s);
-- one sweep of 100,000: 2.74 s (first push 2.49 s: a sweep's work is in these steps, not in round
-- trips). The steps' cost per seat (freeing and the audit rows above all) is what is left.
-- What made the difference besides the single pass: the seats are freed by their row ids from the
-- lock (a join back to show_seats_all read the whole table into a hash), the shows are looked up
-- in a list of distinct ids (not in the 100,000-element array of the seats' shows), a hold's end
-- is decided from the few expired seats left (not by probing every hold's seats), and the
-- changes and the answer are built as text.

-- The answer is json text, assembled from the changes' text: aggregating ~4 MB of jsonb into one
-- jsonb document took longer than everything else of the shows' step.
DROP FUNCTION marquee_sweep(integer);
CREATE FUNCTION marquee_sweep(p_limit integer) RETURNS json
LANGUAGE plpgsql
-- The sorts of 100,000 seats (by seat, by hold) stay in memory.
SET work_mem = '64MB'
AS $$
DECLARE
    -- Parallel arrays, one element per freed seat, in (show_id, seat_id) order (aggregated from
    -- the sorted locking query, as the PostgreSQL manual shows for ordered aggregates): the seats
    -- of a change and of an audit row are put in seat order by their place here, without a
    -- second sort of 100,000 texts.
    f_rows tid[];
    f_shows bigint[];
    f_seats text[];
    f_holds bigint[];
    hit_shows bigint[];
    hit_holds bigint[];
    out text;
BEGIN
    -- 1. Lock the expired seats in seat order, skipping busy ones. LockRows runs below the LIMIT,
    --    so skipped seats do not count, and it re-checks the WHERE clause on the latest version
    --    of a row that changed since the statement began (that version's ctid is returned).
    SELECT array_agg(ctid), array_agg(show_id), array_agg(seat_id), array_agg(hold_id)
      INTO f_rows, f_shows, f_seats, f_holds
      FROM (SELECT ctid, show_id, seat_id, hold_id FROM show_seats_all
             WHERE status = 'held' AND hold_expires <= now()
             ORDER BY show_id, seat_id
             LIMIT p_limit
               FOR UPDATE SKIP LOCKED) expired;
    IF f_rows IS NULL THEN
        RETURN '[]'::json;
    END IF;
    -- ... and free them, found by their row ids (a locked row stays where it is): no join, no
    -- scan of show_seats_all.
    UPDATE show_seats_all SET status = 'available', hold_id = NULL, hold_expires = NULL
     WHERE ctid = ANY (f_rows);

    -- 2. The shows' rows in id order, then one version bump and one seat_changes row per show.
    hit_shows := ARRAY(SELECT DISTINCT x FROM unnest(f_shows) x ORDER BY 1);
    PERFORM 1 FROM shows WHERE id = ANY (hit_shows) ORDER BY id FOR NO KEY UPDATE;
    WITH bumped AS (
        UPDATE shows s SET version = s.version + 1 WHERE s.id = ANY (hit_shows) RETURNING s.id, s.version),
    grouped AS ( -- the change as text (half the time of jsonb_agg of jsonb_build_object)
        SELECT f.show_id, '[' || string_agg('{"seat":' || to_json(f.seat_id) || ',"state":"available"}', ',' ORDER BY f.n)
                          || ']' AS changes
          FROM unnest(f_shows, f_seats) WITH ORDINALITY AS f (show_id, seat_id, n)
         GROUP BY f.show_id),
    recorded AS (
        INSERT INTO seat_changes (show_id, version, changes)
        SELECT b.id, b.version, g.changes::jsonb FROM bumped b JOIN grouped g ON g.show_id = b.id
        RETURNING show_id, version)
    SELECT '[' || string_agg(format('{"show":%s,"version":%s,"changes":%s}', r.show_id, r.version, g.changes), ','
                             ORDER BY r.show_id) || ']'
      INTO out FROM recorded r JOIN grouped g ON g.show_id = r.show_id;

    -- 3. A hold ends when none of its seats is held by it any more. Seats keep their hold's
    --    expiry (hold, extend and growing holds write both), so a seat still held by an expired
    --    hold is an expired held seat that this sweep did not free (skipped, or past the limit):
    --    one look at the few left in the expiry index instead of every hold's seats.
    hit_holds := ARRAY(SELECT DISTINCT x FROM unnest(f_holds) x);
    UPDATE holds h SET status = 'expired', ended_at = now()
     WHERE h.id = ANY (hit_holds) AND h.status = 'active' AND h.expires_at <= now()
       AND h.id NOT IN (SELECT hold_id FROM show_seats_all WHERE status = 'held' AND hold_expires <= now());

    -- 4. One hold_expired audit row per hold whose seats were freed (as migration 10 wrote them).
    INSERT INTO audit_log (user_id, action, details)
    SELECT h.user_id, 'hold_expired',
           jsonb_build_object('hold', h.id, 'show', h.show_id, 'title', sh.title, 'terminal', h.terminal_id,
                              'heldAt', (extract(epoch FROM h.created_at) * 1000)::bigint,
                              'expiresAt', (extract(epoch FROM h.expires_at) * 1000)::bigint,
                              'seats', jsonb_agg(f.seat ORDER BY f.n),
                              'labels', jsonb_agg(coalesce(ls.label, f.seat) ORDER BY f.n))
      FROM unnest(f_holds, f_seats) WITH ORDINALITY AS f (hold, seat, n)
      JOIN holds h ON h.id = f.hold
      JOIN shows sh ON sh.id = h.show_id
      LEFT JOIN layout_seats ls ON ls.auditorium_id = sh.auditorium_id
                               AND ls.layout_version = sh.layout_version AND ls.seat_id = f.seat
     GROUP BY h.id, sh.id
     ORDER BY h.id;
    RETURN out::json;
END $$;
