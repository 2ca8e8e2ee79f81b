-- Seeds sales for the reports' tests and bench straight into the server's schema (after its
-- migrations), the way the server writes them: auditoriums with a copy of a template auditorium's
-- layout, titles, shows with prices and seats, and sales with their holds, tickets, payments and
-- seat states; some refunds (whole sales and single tickets) with how they were paid back.
-- tests/server/test_reports.cpp also sells through the real protocol and checks that both agree.
--
--   SELECT marquee_seed_reports(venue, template auditorium, screens, first day, days, shows a day,
--                               sales, sales from, sales until, user)
--
-- Shows: `screens` new auditoriums, `shows a day` each from 10:00 local time, 110 minutes apart
-- (runtime 90, the cleaning gap 15), every 11th cancelled before it sold anything. Sales:
-- `sales` of 1 to 3 adjacent seats, spread over the shows in turn and evenly over
-- [sales from, sales until) (all hours of the day, so local days differ from UTC days). A third
-- paid by card, a third in cash, a third split (5.00 by card, the rest cash). Every 25th sale is
-- refunded whole, and every 40th (if not already) its first ticket, a day after the sale; the card
-- is refunded first, as the server does. Returns the number of sales made (fewer than asked when
-- the shows are full).
CREATE OR REPLACE FUNCTION marquee_seed_reports(p_venue bigint, p_template bigint, p_screens integer,
                                                p_first date, p_days integer, p_shows_per_day integer,
                                                p_sales integer, p_sales_from timestamptz,
                                                p_sales_until timestamptz, p_user bigint)
RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    tz text;
    cur text;
    tv integer;
    shows bigint;
    made bigint;
BEGIN
    SELECT timezone, currency INTO tz, cur FROM venues WHERE id = p_venue;
    SELECT max(version) INTO tv FROM layouts WHERE auditorium_id = p_template;

    CREATE TEMP TABLE seed_auditoriums (id bigint) ON COMMIT DROP;
    WITH a AS (
        INSERT INTO auditoriums (venue_id, name)
        SELECT p_venue, 'Seeded ' || i || ' ' || p_first FROM generate_series(1, p_screens) i RETURNING id)
    INSERT INTO seed_auditoriums SELECT id FROM a;
    INSERT INTO layouts (auditorium_id, version, document)
    SELECT a.id, 1, l.document FROM seed_auditoriums a, layouts l
     WHERE l.auditorium_id = p_template AND l.version = tv;
    INSERT INTO layout_seats (auditorium_id, layout_version, seat_id, label, category, blocked)
    SELECT a.id, 1, ls.seat_id, ls.label, ls.category, ls.blocked FROM seed_auditoriums a, layout_seats ls
     WHERE ls.auditorium_id = p_template AND ls.layout_version = tv;

    CREATE TEMP TABLE seed_titles (id bigint, n integer) ON COMMIT DROP;
    WITH t AS (
        INSERT INTO titles (name, runtime_minutes)
        SELECT 'Seeded film ' || i || ' ' || p_first, 90 FROM generate_series(1, 8) i RETURNING id)
    INSERT INTO seed_titles SELECT id, row_number() OVER (ORDER BY id) - 1 FROM t;

    CREATE TEMP TABLE seed_shows (id bigint, n bigint) ON COMMIT DROP;
    WITH s AS (
        INSERT INTO shows (auditorium_id, layout_version, title, title_id, starts_at, ends_at, status, currency)
        SELECT a.id, 1, 'Seeded film ' || (t.n + 1) || ' ' || p_first, t.id, x.starts, x.starts + interval '90 minutes',
               'on_sale', cur
          FROM seed_auditoriums a
          CROSS JOIN generate_series(0, p_days - 1) d
          CROSS JOIN generate_series(0, p_shows_per_day - 1) k
          CROSS JOIN LATERAL (SELECT ((p_first + d)::timestamp + interval '10 hours'
                                      + k * interval '110 minutes') AT TIME ZONE tz AS starts) x
          JOIN seed_titles t ON t.n = (a.id + d + k) % 8
        RETURNING id)
    INSERT INTO seed_shows SELECT id, row_number() OVER (ORDER BY id) - 1 FROM s;
    -- Every 11th show is cancelled (before it sold anything): left out of the occupancy reports.
    UPDATE shows SET status = 'cancelled' WHERE id IN (SELECT id FROM seed_shows WHERE n % 11 = 10);
    DELETE FROM seed_shows WHERE n % 11 = 10;
    UPDATE seed_shows s SET n = r.n FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM seed_shows) r
     WHERE r.id = s.id;

    -- Prices: 8.00, 9.50, 11.00, ... by category.
    INSERT INTO show_prices (show_id, category, amount)
    SELECT s.id, c.category, 800 + 150 * (c.rank - 1)
      FROM seed_shows s
      CROSS JOIN (SELECT category, dense_rank() OVER (ORDER BY category) AS rank
                    FROM (SELECT DISTINCT category FROM layout_seats
                           WHERE auditorium_id = p_template AND layout_version = tv) c0) c;
    INSERT INTO show_seats_all (show_id, seat_id, category, status)
    SELECT s.id, ls.seat_id, ls.category, CASE WHEN ls.blocked THEN 'blocked' ELSE 'available' END
      FROM seed_shows s JOIN shows sh ON sh.id = s.id
      JOIN layout_seats ls ON ls.auditorium_id = sh.auditorium_id AND ls.layout_version = 1;

    -- The plan: sale i goes to show i mod (shows), the next 1..3 free seats (by seat id).
    SELECT count(*) INTO shows FROM seed_shows;
    CREATE TEMP TABLE seed_plan ON COMMIT DROP AS
    SELECT i, show_id, size, sum(size) OVER (PARTITION BY show_id ORDER BY i) - size AS first_seat
      FROM (SELECT g.i, s.id AS show_id, 1 + (g.i + g.i / 7) % 3 AS size
              FROM generate_series(0, p_sales - 1) g (i) JOIN seed_shows s ON s.n = g.i % shows) p;
    CREATE TEMP TABLE seed_seats ON COMMIT DROP AS
    SELECT show_id, seat_id, category, row_number() OVER (PARTITION BY show_id ORDER BY seat_id) - 1 AS k
      FROM show_seats_all WHERE show_id IN (SELECT id FROM seed_shows) AND status = 'available';
    CREATE INDEX ON seed_seats (show_id, k);
    ANALYZE seed_shows;
    ANALYZE seed_plan;
    ANALYZE seed_seats;
    DELETE FROM seed_plan p USING (SELECT show_id, count(*) AS seats FROM seed_seats GROUP BY show_id) c
     WHERE c.show_id = p.show_id AND p.first_seat + p.size > c.seats;
    ALTER TABLE seed_plan ADD COLUMN at timestamptz, ADD COLUMN hold bigint, ADD COLUMN sale bigint,
                          ADD COLUMN total bigint, ADD COLUMN card bigint;
    UPDATE seed_plan SET at = p_sales_from + (p_sales_until - p_sales_from) * (i::double precision / p_sales),
                         hold = nextval(pg_get_serial_sequence('holds', 'id')),
                         sale = nextval(pg_get_serial_sequence('sales', 'id'));
    CREATE TEMP TABLE seed_tickets ON COMMIT DROP AS
    SELECT p.sale, p.show_id, s.seat_id, s.category, pr.amount AS price, s.k - p.first_seat AS nth,
           nextval(pg_get_serial_sequence('tickets', 'id')) AS id
      FROM seed_plan p
      JOIN seed_seats s ON s.show_id = p.show_id AND s.k >= p.first_seat AND s.k < p.first_seat + p.size
      JOIN show_prices pr ON pr.show_id = p.show_id AND pr.category = s.category;
    ANALYZE seed_tickets;
    UPDATE seed_plan p SET total = t.total FROM (SELECT sale, sum(price) AS total FROM seed_tickets GROUP BY sale) t
     WHERE t.sale = p.sale;
    UPDATE seed_plan SET card = CASE i % 3 WHEN 0 THEN total WHEN 1 THEN 0 ELSE least(500, total) END;

    INSERT INTO holds (id, show_id, user_id, terminal_id, created_at, expires_at, status, ended_at)
    OVERRIDING SYSTEM VALUE
    SELECT hold, show_id, p_user, 'seed', at - interval '2 minutes', at + interval '8 minutes', 'sold', at
      FROM seed_plan;
    INSERT INTO hold_seats (hold_id, show_id, seat_id)
    SELECT p.hold, t.show_id, t.seat_id FROM seed_plan p JOIN seed_tickets t ON t.sale = p.sale;
    INSERT INTO sales (id, show_id, hold_id, user_id, terminal_id, total, currency, created_at)
    OVERRIDING SYSTEM VALUE
    SELECT sale, show_id, hold, p_user, 'seed', total, cur, at FROM seed_plan;
    INSERT INTO payments (sale_id, method, amount, authorization_code, created_at)
    SELECT sale, 'card', card, 'SEED', at FROM seed_plan WHERE card > 0;
    INSERT INTO payments (sale_id, method, amount, tendered, change_due, created_at)
    SELECT sale, 'cash', total - card, (total - card + 999) / 1000 * 1000, (total - card + 999) / 1000 * 1000 - (total - card), at
      FROM seed_plan WHERE total > card;
    INSERT INTO tickets (id, sale_id, show_id, seat_id, category, price, code)
    OVERRIDING SYSTEM VALUE
    SELECT id, sale, show_id, seat_id, category, price, 'SEED' || id FROM seed_tickets;

    -- Refunds: whole sales (every 25th), or the first ticket (every 40th).
    CREATE TEMP TABLE seed_refunds ON COMMIT DROP AS
    SELECT p.sale, p.at + interval '1 day' AS at, p.card, nextval(pg_get_serial_sequence('refunds', 'id')) AS id,
           (p.i % 25 = 0) AS whole
      FROM seed_plan p WHERE p.i % 25 = 0 OR p.i % 40 = 7;
    ANALYZE seed_refunds;
    INSERT INTO refunds (id, sale_id, user_id, reason, amount, created_at, terminal_id)
    OVERRIDING SYSTEM VALUE
    SELECT r.id, r.sale, p_user, 'seeded', sum(t.price), r.at, 'seed'
      FROM seed_refunds r JOIN seed_tickets t ON t.sale = r.sale AND (r.whole OR t.nth = 0)
     GROUP BY r.id, r.sale, r.at;
    INSERT INTO refund_tickets (refund_id, ticket_id)
    SELECT r.id, t.id FROM seed_refunds r JOIN seed_tickets t ON t.sale = r.sale AND (r.whole OR t.nth = 0);
    UPDATE tickets t SET status = 'refunded', refunded_at = r.at
      FROM refund_tickets rt JOIN seed_refunds r ON r.id = rt.refund_id
     WHERE t.id = rt.ticket_id;
    INSERT INTO refund_payments (refund_id, method, amount)
    SELECT x.id, m.method, m.amount
      FROM (SELECT r.id, least(rf.amount, r.card) AS card, rf.amount - least(rf.amount, r.card) AS cash
              FROM seed_refunds r JOIN refunds rf ON rf.id = r.id) x
     CROSS JOIN LATERAL (VALUES ('card', x.card), ('cash', x.cash)) m (method, amount)
     WHERE m.amount > 0;

    -- Seat states as the server keeps them: valid tickets sold, the rest available.
    UPDATE show_seats_all s SET status = 'sold', ticket_id = t.id
      FROM tickets t
     WHERE t.sale_id IN (SELECT sale FROM seed_plan) AND t.status = 'valid'
       AND s.show_id = t.show_id AND s.seat_id = t.seat_id;
    SELECT count(*) INTO made FROM seed_plan;
    RETURN made;
END $$;
