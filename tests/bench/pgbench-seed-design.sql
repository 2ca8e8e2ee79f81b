-- Baseline (a), the "seed design": in one transaction one UPDATE per seat (4 round trips), then
-- the INSERT of the booking (the holds row), all or nothing; then the release in a second
-- transaction. One pgbench transaction = one hold + its release.
-- pgbench -M prepared -n -f pgbench-seed-design.sql -D first_show=1 -D shows=2000 -D rows=15 -D per_row=20
-- One show (the bench's 3,000-seat show of a 2,000-show seed):
--   -D first_show=2001 -D shows=1 -D rows=60 -D per_row=50
-- A conflict rolls back and still counts as a transaction in pgbench's tps: count the successful
-- holds from the holds table (run-bench.sh does).
\set show random(:first_show, :first_show + :shows - 1)
\set r random(1, :rows)
\set n1 random(1, :per_row - 3)
\set n2 :n1 + 1
\set n3 :n1 + 2
\set n4 :n1 + 3
\set uid :client_id + 1
\set hid random(1000000000000, 9000000000000000)
BEGIN;
WITH u AS (UPDATE show_seats SET status = 'held', hold_id = :hid, hold_expires = now() + interval '10 minutes' WHERE show_id = :show AND seat_id = format('R%s-%s', :r::int, :n1::int) AND status = 'available' RETURNING 1) SELECT count(*) AS u1 FROM u \gset
WITH u AS (UPDATE show_seats SET status = 'held', hold_id = :hid, hold_expires = now() + interval '10 minutes' WHERE show_id = :show AND seat_id = format('R%s-%s', :r::int, :n2::int) AND status = 'available' RETURNING 1) SELECT count(*) AS u2 FROM u \gset
WITH u AS (UPDATE show_seats SET status = 'held', hold_id = :hid, hold_expires = now() + interval '10 minutes' WHERE show_id = :show AND seat_id = format('R%s-%s', :r::int, :n3::int) AND status = 'available' RETURNING 1) SELECT count(*) AS u3 FROM u \gset
WITH u AS (UPDATE show_seats SET status = 'held', hold_id = :hid, hold_expires = now() + interval '10 minutes' WHERE show_id = :show AND seat_id = format('R%s-%s', :r::int, :n4::int) AND status = 'available' RETURNING 1) SELECT count(*) AS u4 FROM u \gset
\if :u1 + :u2 + :u3 + :u4 = 4
INSERT INTO holds (id, show_id, user_id, terminal_id, expires_at) OVERRIDING SYSTEM VALUE VALUES (:hid, :show, :uid, 'pgbench', now() + interval '10 minutes');
COMMIT;
BEGIN;
UPDATE show_seats SET status = 'available', hold_id = NULL, hold_expires = NULL WHERE show_id = :show AND seat_id IN (format('R%s-%s', :r::int, :n1::int), format('R%s-%s', :r::int, :n2::int), format('R%s-%s', :r::int, :n3::int), format('R%s-%s', :r::int, :n4::int)) AND hold_id = :hid;
UPDATE holds SET status = 'released', ended_at = now() WHERE id = :hid;
COMMIT;
\else
ROLLBACK;
\endif
