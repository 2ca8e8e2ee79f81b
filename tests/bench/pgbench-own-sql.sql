-- Baseline (b): the server's own hold SQL, straight from pgbench: marquee_hold (one round trip,
-- all or nothing, idempotency record, version bump and change record), then marquee_release.
-- One pgbench transaction = one hold + its release. No WebSocket, no JSON on the client, no NOTIFY.
-- pgbench -M prepared -n -f pgbench-own-sql.sql -D first_show=1 -D shows=2000 -D rows=15 -D per_row=20
\set show random(:first_show, :first_show + :shows - 1)
\set r random(1, :rows)
\set n1 random(1, :per_row - 3)
\set n2 :n1 + 1
\set n3 :n1 + 2
\set n4 :n1 + 3
\set uid :client_id + 1
\set rid random(1, 9000000000000000)
SELECT coalesce(marquee_hold(:uid, 'pgbench-h-' || :rid, 'h', 'pgbench', :show, ARRAY[format('R%s-%s', :r::int, :n1::int), format('R%s-%s', :r::int, :n2::int), format('R%s-%s', :r::int, :n3::int), format('R%s-%s', :r::int, :n4::int)], 600) ->> 'hold', '0') AS hid \gset
SELECT marquee_release(:uid, 'pgbench-r-' || :rid, 'r', :hid, NULL);
