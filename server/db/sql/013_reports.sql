-- Migration 13: reports for the back office (issue 10). Runs in the migration's transaction (see
-- server/db/schema.cpp).
--
-- marquee_report(kind, venue, from, to) answers get_report: one query per report, each returning
-- its rows as JSON (docs/PROTOCOL.md, "Reports"). The range is of local days in the venue's
-- timezone, [from, to). Shows are in a range by their start; sales and refunds by when they were
-- made. Money is in minor units of the venue's currency, summed in SQL (exact).
--
-- Indexes: the sales and refunds of a time range, the sales, tickets, payments and refunds of a
-- show or a sale, and a venue's shows by auditorium and start.

CREATE INDEX shows_by_auditorium_start ON shows (auditorium_id, starts_at);
CREATE INDEX sales_by_time ON sales (created_at) INCLUDE (show_id, total);
CREATE INDEX sales_by_show ON sales (show_id) INCLUDE (total);
CREATE INDEX tickets_by_sale ON tickets (sale_id);
CREATE INDEX payments_by_sale ON payments (sale_id) INCLUDE (method, amount);
CREATE INDEX refunds_by_time ON refunds (created_at) INCLUDE (sale_id, amount);
CREATE INDEX refunds_by_sale ON refunds (sale_id) INCLUDE (amount);

-- The shows of a venue that start in [p_lo, p_hi), cancelled ones left out, with their seats (the
-- seats of the show's layout version that the layout does not block) and their sold seats (valid
-- tickets; held seats are not sold). Inlined into the queries that use it.
CREATE FUNCTION marquee_report_shows(p_venue bigint, p_lo timestamptz, p_hi timestamptz)
RETURNS TABLE (id bigint, title_id bigint, title text, auditorium text, starts_at timestamptz,
               seats bigint, sold bigint)
LANGUAGE sql STABLE AS $$
    SELECT s.id, s.title_id, coalesce(t.name, s.title), a.name, s.starts_at, coalesce(c.seats, 0),
           (SELECT count(*) FROM tickets tk WHERE tk.show_id = s.id AND tk.status = 'valid')
      FROM auditoriums a
      JOIN shows s ON s.auditorium_id = a.id
      LEFT JOIN titles t ON t.id = s.title_id
      LEFT JOIN (SELECT ls.auditorium_id, ls.layout_version, count(*) FILTER (WHERE NOT ls.blocked) AS seats
                   FROM layout_seats ls JOIN auditoriums la ON la.id = ls.auditorium_id
                  WHERE la.venue_id = p_venue
                  GROUP BY ls.auditorium_id, ls.layout_version) c
             ON c.auditorium_id = s.auditorium_id AND c.layout_version = s.layout_version
     WHERE a.venue_id = p_venue AND s.starts_at >= p_lo AND s.starts_at < p_hi AND s.status <> 'cancelled';
$$;

CREATE FUNCTION marquee_report_show_occupancy(p_venue bigint, p_lo timestamptz, p_hi timestamptz) RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(json_agg(json_build_object(
                   'showId', r.id::text, 'title', r.title, 'auditorium', r.auditorium,
                   'start', (extract(epoch FROM r.starts_at) * 1000)::bigint, 'seats', r.seats, 'sold', r.sold)
                   ORDER BY r.starts_at, r.auditorium, r.id), '[]')
          FROM marquee_report_shows(p_venue, p_lo, p_hi) r
    );
END $$;

-- Per title: shows without a title record (older shows) by their title text.
CREATE FUNCTION marquee_report_title_occupancy(p_venue bigint, p_lo timestamptz, p_hi timestamptz) RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(json_agg(json_strip_nulls(json_build_object(
                   'titleId', g.title_id::text, 'title', g.title, 'shows', g.shows, 'seats', g.seats, 'sold', g.sold))
                   ORDER BY g.title, g.title_id), '[]')
          FROM (SELECT r.title_id, min(r.title) AS title, count(*) AS shows, sum(r.seats) AS seats, sum(r.sold) AS sold
                  FROM marquee_report_shows(p_venue, p_lo, p_hi) r
                 GROUP BY r.title_id, CASE WHEN r.title_id IS NULL THEN r.title END) g
    );
END $$;

-- Sales made in the range, by local day: how many, their tickets (refunded ones too), their total.
-- Summed by quarter hour first (every timezone's offset is a whole number of quarter hours), so
-- that only those are converted to local days, not every sale.
CREATE FUNCTION marquee_report_sales_by_day(p_venue bigint, p_lo timestamptz, p_hi timestamptz, p_tz text)
RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        WITH sold AS (
            SELECT sa.id, sa.total, floor(extract(epoch FROM sa.created_at) / 900)::bigint AS q
              FROM auditoriums a
              JOIN shows s ON s.auditorium_id = a.id
              JOIN sales sa ON sa.show_id = s.id
             WHERE a.venue_id = p_venue AND sa.created_at >= p_lo AND sa.created_at < p_hi),
        quarters AS (SELECT q, count(*) AS sales, sum(total) AS amount FROM sold GROUP BY q),
        counted AS (SELECT so.q, count(*) AS n FROM sold so JOIN tickets t ON t.sale_id = so.id GROUP BY so.q),
        days AS (SELECT (to_timestamp(qu.q * 900) AT TIME ZONE p_tz)::date AS day, sum(qu.sales) AS sales,
                        sum(qu.amount) AS amount, coalesce(sum(t.n), 0) AS tickets
                   FROM quarters qu LEFT JOIN counted t ON t.q = qu.q
                  GROUP BY 1)
        SELECT coalesce(json_agg(json_build_object('day', d.day, 'sales', d.sales, 'tickets', d.tickets,
                                                   'amount', d.amount) ORDER BY d.day), '[]')
          FROM days d
    );
END $$;

-- Payments of the sales made in the range, by method.
CREATE FUNCTION marquee_report_sales_by_payment(p_venue bigint, p_lo timestamptz, p_hi timestamptz) RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(json_agg(json_build_object('method', m.method, 'payments', m.payments, 'amount', m.amount)
                                 ORDER BY m.method), '[]')
          FROM (SELECT p.method, count(*) AS payments, sum(p.amount) AS amount
                  FROM auditoriums a
                  JOIN shows s ON s.auditorium_id = a.id
                  JOIN sales sa ON sa.show_id = s.id
                  JOIN payments p ON p.sale_id = sa.id
                 WHERE a.venue_id = p_venue AND sa.created_at >= p_lo AND sa.created_at < p_hi
                 GROUP BY p.method) m
    );
END $$;

-- Refunds made in the range, by local day: how many, their tickets, the amount and how it was paid
-- back (card as refund_payments says; the rest, and refunds from before migration 5, in cash).
CREATE FUNCTION marquee_report_refunds(p_venue bigint, p_lo timestamptz, p_hi timestamptz, p_tz text)
RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(json_agg(json_build_object('day', d.day, 'refunds', d.refunds, 'tickets', d.tickets,
                                                   'amount', d.amount, 'cash', d.amount - d.card, 'card', d.card)
                                 ORDER BY d.day), '[]')
          FROM (SELECT (r.created_at AT TIME ZONE p_tz)::date AS day, count(*) AS refunds, sum(r.amount) AS amount,
                       sum(x.tickets) AS tickets, sum(x.card) AS card
                  FROM refunds r
                  JOIN sales sa ON sa.id = r.sale_id
                  JOIN shows s ON s.id = sa.show_id
                  JOIN auditoriums a ON a.id = s.auditorium_id
                  CROSS JOIN LATERAL (
                      SELECT (SELECT count(*) FROM refund_tickets rt WHERE rt.refund_id = r.id) AS tickets,
                             coalesce((SELECT sum(rp.amount) FROM refund_payments rp
                                        WHERE rp.refund_id = r.id AND rp.method = 'card'), 0) AS card) x
                 WHERE a.venue_id = p_venue AND r.created_at >= p_lo AND r.created_at < p_hi
                 GROUP BY 1) d
    );
END $$;

-- The 20 shows starting in the range with the most revenue: their sales' totals less what was
-- refunded of them (whenever sold or refunded). Seats and sold seats for those 20 only.
CREATE FUNCTION marquee_report_top_shows(p_venue bigint, p_lo timestamptz, p_hi timestamptz) RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        WITH shown AS (
            SELECT s.id, s.auditorium_id, s.layout_version, s.title_id, s.title, a.name AS auditorium, s.starts_at
              FROM auditoriums a JOIN shows s ON s.auditorium_id = a.id
             WHERE a.venue_id = p_venue AND s.starts_at >= p_lo AND s.starts_at < p_hi AND s.status <> 'cancelled'),
        gross AS (SELECT sa.show_id, sum(sa.total) AS gross FROM sales sa WHERE sa.show_id IN (SELECT id FROM shown)
                   GROUP BY sa.show_id),
        -- From the refunds (fewer than the sales), each to its sale's show.
        refunded AS (SELECT x.show_id, sum(x.amount) AS refunded
                       FROM (SELECT (SELECT sa.show_id FROM sales sa WHERE sa.id = r.sale_id) AS show_id, r.amount
                               FROM refunds r) x
                      WHERE x.show_id IN (SELECT id FROM shown)
                      GROUP BY x.show_id),
        top AS (SELECT sh.*, coalesce(g.gross, 0) AS gross, coalesce(rf.refunded, 0) AS refunded
                  FROM shown sh LEFT JOIN gross g ON g.show_id = sh.id LEFT JOIN refunded rf ON rf.show_id = sh.id
                 ORDER BY coalesce(g.gross, 0) - coalesce(rf.refunded, 0) DESC, sh.starts_at, sh.id
                 LIMIT 20)
        SELECT coalesce(json_agg(json_build_object(
                   'showId', t.id::text, 'title', coalesce(ti.name, t.title), 'auditorium', t.auditorium,
                   'start', (extract(epoch FROM t.starts_at) * 1000)::bigint,
                   'seats', (SELECT count(*) FROM layout_seats ls WHERE ls.auditorium_id = t.auditorium_id
                                AND ls.layout_version = t.layout_version AND NOT ls.blocked),
                   'sold', (SELECT count(*) FROM tickets tk WHERE tk.show_id = t.id AND tk.status = 'valid'),
                   'gross', t.gross, 'refunded', t.refunded, 'revenue', t.gross - t.refunded)
                   ORDER BY t.gross - t.refunded DESC, t.starts_at, t.id), '[]')
          FROM top t LEFT JOIN titles ti ON ti.id = t.title_id
    );
END $$;

-- get_report: the venue's currency and timezone and the rows of one report, or NOT_FOUND.
-- p_from and p_to are local days of the venue; the request's decoding checked that p_to is after
-- p_from and at most 366 days later. Reports sum up to a year of sales: more memory for their
-- sorts and hashes than a seat operation needs, no JIT (its compile time is most of a short
-- query's), and plans made for the range and venue at hand (the report functions are PL/pgSQL
-- for that: a generic plan does not know whether a range is a day or a year).
CREATE FUNCTION marquee_report(p_kind text, p_venue bigint, p_from date, p_to date) RETURNS json
LANGUAGE plpgsql STABLE
SET work_mem = '64MB'
SET jit = off
SET plan_cache_mode = force_custom_plan
AS $$
DECLARE
    v venues;
    lo timestamptz;
    hi timestamptz;
BEGIN
    SELECT * INTO v FROM venues WHERE id = p_venue;
    IF NOT FOUND THEN
        RETURN marquee_refusal('NOT_FOUND', 'no venue ' || p_venue, '/body/venueId')::json;
    END IF;
    lo := p_from::timestamp AT TIME ZONE v.timezone;
    hi := p_to::timestamp AT TIME ZONE v.timezone;
    RETURN json_build_object('currency', v.currency, 'timezone', v.timezone, 'rows', CASE p_kind
        WHEN 'show_occupancy' THEN marquee_report_show_occupancy(p_venue, lo, hi)
        WHEN 'title_occupancy' THEN marquee_report_title_occupancy(p_venue, lo, hi)
        WHEN 'sales_by_day' THEN marquee_report_sales_by_day(p_venue, lo, hi, v.timezone)
        WHEN 'sales_by_payment' THEN marquee_report_sales_by_payment(p_venue, lo, hi)
        WHEN 'refunds' THEN marquee_report_refunds(p_venue, lo, hi, v.timezone)
        WHEN 'top_shows' THEN marquee_report_top_shows(p_venue, lo, hi)
        END);
END $$;
