-- Migration 14: reports read running totals that every sale and refund writes in its own
-- transaction (issue 10: each report over a year of a 10-screen cinema in < 500 ms). Runs in the
-- migration's transaction (see server/db/schema.cpp).
--
-- Migration 13 summed the books (sales, tickets, payments, refunds) at every report: over a year,
-- 750,000 sales and 1.5 million tickets, seconds per report. Now triggers keep two tables of
-- running totals, written in the transaction that writes the books (so a report never sees a
-- sale without its totals, and nothing is lost or counted twice on a rollback):
--
-- - report_quarters: per venue and quarter hour (of UTC; every timezone's offset is a whole
--   number of quarter hours, so local days are whole quarters): the sales made, their tickets and
--   total; their payments per method (report_payment_quarters); the refunds made, their tickets,
--   amount and what of it went back to a card. A year is at most 35,040 quarters.
-- - show_takings: per show: its valid tickets (sold seats), the totals of its sales (gross) and
--   of their refunds (refunded), whenever they were made.
--
-- Contention: a row of totals is locked from the trigger's update until the commit.
-- - report_quarters rows are shared by all the venue's sales of a quarter hour, so they are
--   striped: a transaction writes stripe pg_backend_pid() % 8 of its quarter (a server's pooled
--   connections keep their stripes, so sales rarely wait for each other here), and always only
--   that stripe. Reports sum the stripes.
-- - show_takings has one row per show: every sale and refund of a show already waits for the
--   show's row (marquee_record_change bumps its version) until its commit, and all of them lock
--   the takings row before the show's row (sale and refund rows are written before the seats
--   change), so the row adds no waiting and no lock-order cycle.
--
-- The books are append-only (a guard refuses deleting or truncating any of them, updating
-- payments, refunds and their tickets and payments, and changing a sale's show, hold, total or
-- currency or a ticket's sale, show or price; a ticket changes its status and a sale may move in
-- time, and the totals follow both), so the running totals cannot drift from them. marquee_rebuild_report_totals()
-- recomputes both tables from the books (this migration's backfill; tests compare the two).
--
-- A show's venue is its auditorium's at the time of the sale or refund.

CREATE TABLE report_quarters (
    venue_id       bigint NOT NULL REFERENCES venues ON DELETE CASCADE,
    q              bigint NOT NULL,              -- floor(seconds since 1970 / 900), UTC
    stripe         smallint NOT NULL,
    sales          bigint NOT NULL DEFAULT 0,
    sale_tickets   bigint NOT NULL DEFAULT 0,    -- refunded ones too
    sale_amount    bigint NOT NULL DEFAULT 0,
    refunds        bigint NOT NULL DEFAULT 0,
    refund_tickets bigint NOT NULL DEFAULT 0,
    refund_amount  bigint NOT NULL DEFAULT 0,
    refund_card    bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (venue_id, q, stripe)
);

CREATE TABLE report_payment_quarters (
    venue_id bigint NOT NULL REFERENCES venues ON DELETE CASCADE,
    q        bigint NOT NULL,                    -- of the sale the payment paid for
    stripe   smallint NOT NULL,
    method   text NOT NULL,
    payments bigint NOT NULL DEFAULT 0,
    amount   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (venue_id, q, method, stripe)
);

CREATE TABLE show_takings (
    show_id  bigint PRIMARY KEY REFERENCES shows ON DELETE CASCADE,
    sold     bigint NOT NULL DEFAULT 0,          -- valid tickets
    gross    bigint NOT NULL DEFAULT 0,
    refunded bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION marquee_quarter(p_at timestamptz) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT floor(extract(epoch FROM p_at) / 900)::bigint;
$$;

CREATE FUNCTION marquee_totals_stripe() RETURNS smallint
LANGUAGE sql STABLE PARALLEL RESTRICTED AS $$  -- the leader's pid, not a parallel worker's
    SELECT (pg_backend_pid() % 8)::smallint;
$$;

-- ---- Running totals, statement by statement (transition tables: one update per row of totals) ----

CREATE FUNCTION marquee_totals_sales() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_quarters AS r (venue_id, q, stripe, sales, sale_amount)
    SELECT a.venue_id, marquee_quarter(n.created_at), marquee_totals_stripe(), count(*), sum(n.total)
      FROM new_rows n JOIN shows s ON s.id = n.show_id JOIN auditoriums a ON a.id = s.auditorium_id
     GROUP BY 1, 2
        ON CONFLICT (venue_id, q, stripe)
        DO UPDATE SET sales = r.sales + excluded.sales, sale_amount = r.sale_amount + excluded.sale_amount;
    INSERT INTO show_takings AS t (show_id, gross)
    SELECT n.show_id, sum(n.total) FROM new_rows n GROUP BY 1
        ON CONFLICT (show_id) DO UPDATE SET gross = t.gross + excluded.gross;
    RETURN NULL;
END $$;

CREATE FUNCTION marquee_totals_payments() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_payment_quarters AS r (venue_id, q, stripe, method, payments, amount)
    SELECT a.venue_id, marquee_quarter(sa.created_at), marquee_totals_stripe(), n.method, count(*), sum(n.amount)
      FROM new_rows n JOIN sales sa ON sa.id = n.sale_id JOIN shows s ON s.id = sa.show_id
      JOIN auditoriums a ON a.id = s.auditorium_id
     GROUP BY 1, 2, 4
        ON CONFLICT (venue_id, q, method, stripe)
        DO UPDATE SET payments = r.payments + excluded.payments, amount = r.amount + excluded.amount;
    RETURN NULL;
END $$;

CREATE FUNCTION marquee_totals_new_tickets() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_quarters AS r (venue_id, q, stripe, sale_tickets)
    SELECT a.venue_id, marquee_quarter(sa.created_at), marquee_totals_stripe(), count(*)
      FROM new_rows n JOIN sales sa ON sa.id = n.sale_id JOIN shows s ON s.id = sa.show_id
      JOIN auditoriums a ON a.id = s.auditorium_id
     GROUP BY 1, 2
        ON CONFLICT (venue_id, q, stripe) DO UPDATE SET sale_tickets = r.sale_tickets + excluded.sale_tickets;
    INSERT INTO show_takings AS t (show_id, sold)
    SELECT n.show_id, count(*) FROM new_rows n WHERE n.status = 'valid' GROUP BY 1
        ON CONFLICT (show_id) DO UPDATE SET sold = t.sold + excluded.sold;
    RETURN NULL;
END $$;

-- A ticket's status changed (refunded): its show's sold seats follow.
CREATE FUNCTION marquee_totals_changed_tickets() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO show_takings AS t (show_id, sold)
    SELECT x.show_id, sum(x.d)
      FROM (SELECT n.show_id, 1 AS d FROM new_rows n WHERE n.status = 'valid'
            UNION ALL
            SELECT o.show_id, -1 FROM old_rows o WHERE o.status = 'valid') x
     GROUP BY 1
    HAVING sum(x.d) <> 0
        ON CONFLICT (show_id) DO UPDATE SET sold = t.sold + excluded.sold;
    RETURN NULL;
END $$;

CREATE FUNCTION marquee_totals_refunds() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_quarters AS r (venue_id, q, stripe, refunds, refund_amount)
    SELECT a.venue_id, marquee_quarter(n.created_at), marquee_totals_stripe(), count(*), sum(n.amount)
      FROM new_rows n JOIN sales sa ON sa.id = n.sale_id JOIN shows s ON s.id = sa.show_id
      JOIN auditoriums a ON a.id = s.auditorium_id
     GROUP BY 1, 2
        ON CONFLICT (venue_id, q, stripe)
        DO UPDATE SET refunds = r.refunds + excluded.refunds, refund_amount = r.refund_amount + excluded.refund_amount;
    INSERT INTO show_takings AS t (show_id, refunded)
    SELECT sa.show_id, sum(n.amount) FROM new_rows n JOIN sales sa ON sa.id = n.sale_id
     GROUP BY 1
        ON CONFLICT (show_id) DO UPDATE SET refunded = t.refunded + excluded.refunded;
    RETURN NULL;
END $$;

CREATE FUNCTION marquee_totals_refund_tickets() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_quarters AS r (venue_id, q, stripe, refund_tickets)
    SELECT a.venue_id, marquee_quarter(rf.created_at), marquee_totals_stripe(), count(*)
      FROM new_rows n JOIN refunds rf ON rf.id = n.refund_id JOIN sales sa ON sa.id = rf.sale_id
      JOIN shows s ON s.id = sa.show_id JOIN auditoriums a ON a.id = s.auditorium_id
     GROUP BY 1, 2
        ON CONFLICT (venue_id, q, stripe) DO UPDATE SET refund_tickets = r.refund_tickets + excluded.refund_tickets;
    RETURN NULL;
END $$;

CREATE FUNCTION marquee_totals_refund_payments() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_quarters AS r (venue_id, q, stripe, refund_card)
    SELECT a.venue_id, marquee_quarter(rf.created_at), marquee_totals_stripe(), sum(n.amount)
      FROM new_rows n JOIN refunds rf ON rf.id = n.refund_id JOIN sales sa ON sa.id = rf.sale_id
      JOIN shows s ON s.id = sa.show_id JOIN auditoriums a ON a.id = s.auditorium_id
     WHERE n.method = 'card'
     GROUP BY 1, 2
        ON CONFLICT (venue_id, q, stripe) DO UPDATE SET refund_card = r.refund_card + excluded.refund_card;
    RETURN NULL;
END $$;

-- A sale's time changed (tests age sales to pass the refund window): the sale, its tickets and
-- its payments move from their old quarter to the new one.
CREATE FUNCTION marquee_totals_moved_sales() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_quarters AS r (venue_id, q, stripe, sales, sale_tickets, sale_amount)
    SELECT a.venue_id, x.q, marquee_totals_stripe(), sum(x.d), sum(x.d * coalesce(tc.n, 0)), sum(x.d * x.total)
      FROM (SELECT n.id, n.show_id, n.total, marquee_quarter(n.created_at) AS q, 1 AS d FROM new_rows n
            UNION ALL
            SELECT o.id, o.show_id, o.total, marquee_quarter(o.created_at), -1 FROM old_rows o) x
      JOIN shows s ON s.id = x.show_id JOIN auditoriums a ON a.id = s.auditorium_id
      LEFT JOIN LATERAL (SELECT count(*) AS n FROM tickets t WHERE t.sale_id = x.id) tc ON true
     GROUP BY 1, 2
        ON CONFLICT (venue_id, q, stripe)
        DO UPDATE SET sales = r.sales + excluded.sales, sale_tickets = r.sale_tickets + excluded.sale_tickets,
                      sale_amount = r.sale_amount + excluded.sale_amount;
    INSERT INTO report_payment_quarters AS r (venue_id, q, stripe, method, payments, amount)
    SELECT a.venue_id, x.q, marquee_totals_stripe(), p.method, sum(x.d), sum(x.d * p.amount)
      FROM (SELECT n.id, n.show_id, marquee_quarter(n.created_at) AS q, 1 AS d FROM new_rows n
            UNION ALL
            SELECT o.id, o.show_id, marquee_quarter(o.created_at), -1 FROM old_rows o) x
      JOIN payments p ON p.sale_id = x.id
      JOIN shows s ON s.id = x.show_id JOIN auditoriums a ON a.id = s.auditorium_id
     GROUP BY 1, 2, 4
        ON CONFLICT (venue_id, q, method, stripe)
        DO UPDATE SET payments = r.payments + excluded.payments, amount = r.amount + excluded.amount;
    RETURN NULL;
END $$;

CREATE TRIGGER sales_totals AFTER INSERT ON sales REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marquee_totals_sales();
CREATE TRIGGER sales_totals_moved AFTER UPDATE ON sales REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marquee_totals_moved_sales();
CREATE TRIGGER payments_totals AFTER INSERT ON payments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marquee_totals_payments();
CREATE TRIGGER tickets_totals_new AFTER INSERT ON tickets REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marquee_totals_new_tickets();
CREATE TRIGGER tickets_totals_changed AFTER UPDATE ON tickets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marquee_totals_changed_tickets();
CREATE TRIGGER refunds_totals AFTER INSERT ON refunds REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marquee_totals_refunds();
CREATE TRIGGER refund_tickets_totals AFTER INSERT ON refund_tickets REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marquee_totals_refund_tickets();
CREATE TRIGGER refund_payments_totals AFTER INSERT ON refund_payments REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION marquee_totals_refund_payments();

-- The books are append-only: what would make the running totals drift is refused.
CREATE FUNCTION marquee_books_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% of % refused: the books are append-only (migration 14)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER sales_append_only BEFORE DELETE OR UPDATE OF id, show_id, hold_id, total, currency ON sales
    FOR EACH ROW EXECUTE FUNCTION marquee_books_append_only();
CREATE TRIGGER payments_append_only BEFORE UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION marquee_books_append_only();
CREATE TRIGGER refunds_append_only BEFORE UPDATE OR DELETE ON refunds
    FOR EACH ROW EXECUTE FUNCTION marquee_books_append_only();
CREATE TRIGGER refund_tickets_append_only BEFORE UPDATE OR DELETE ON refund_tickets
    FOR EACH ROW EXECUTE FUNCTION marquee_books_append_only();
CREATE TRIGGER refund_payments_append_only BEFORE UPDATE OR DELETE ON refund_payments
    FOR EACH ROW EXECUTE FUNCTION marquee_books_append_only();
CREATE TRIGGER tickets_append_only BEFORE DELETE OR UPDATE OF sale_id, show_id, price ON tickets
    FOR EACH ROW EXECUTE FUNCTION marquee_books_append_only();
DO $$
DECLARE
    book text;
BEGIN
    FOREACH book IN ARRAY ARRAY['sales', 'payments', 'tickets', 'refunds', 'refund_tickets', 'refund_payments'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT
                        EXECUTE FUNCTION marquee_books_append_only()', book || '_no_truncate', book);
    END LOOP;
END $$;

-- ---- The totals recomputed from the books (stripes spread by sale, as many servers would) ----

CREATE FUNCTION marquee_rebuild_report_totals() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE sales, payments, tickets, refunds, refund_tickets, refund_payments IN SHARE MODE;
    DELETE FROM report_quarters;
    DELETE FROM report_payment_quarters;
    DELETE FROM show_takings;

    INSERT INTO report_quarters (venue_id, q, stripe, sales, sale_tickets, sale_amount,
                                 refunds, refund_tickets, refund_amount, refund_card)
    SELECT x.venue_id, x.q, x.stripe, sum(x.sales), sum(x.sale_tickets), sum(x.sale_amount),
           sum(x.refunds), sum(x.refund_tickets), sum(x.refund_amount), sum(x.refund_card)
      FROM (SELECT a.venue_id, marquee_quarter(sa.created_at) AS q, (sa.id % 8)::smallint AS stripe,
                   1 AS sales, coalesce(tc.n, 0) AS sale_tickets, sa.total AS sale_amount,
                   0 AS refunds, 0 AS refund_tickets, 0 AS refund_amount, 0 AS refund_card
              FROM sales sa JOIN shows s ON s.id = sa.show_id JOIN auditoriums a ON a.id = s.auditorium_id
              LEFT JOIN (SELECT sale_id, count(*) AS n FROM tickets GROUP BY sale_id) tc ON tc.sale_id = sa.id
            UNION ALL
            SELECT a.venue_id, marquee_quarter(rf.created_at), (rf.sale_id % 8)::smallint,
                   0, 0, 0, 1, coalesce(rt.n, 0), rf.amount, coalesce(rp.card, 0)
              FROM refunds rf JOIN sales sa ON sa.id = rf.sale_id JOIN shows s ON s.id = sa.show_id
              JOIN auditoriums a ON a.id = s.auditorium_id
              LEFT JOIN (SELECT refund_id, count(*) AS n FROM refund_tickets GROUP BY refund_id) rt ON rt.refund_id = rf.id
              LEFT JOIN (SELECT refund_id, sum(amount) AS card FROM refund_payments WHERE method = 'card'
                          GROUP BY refund_id) rp ON rp.refund_id = rf.id) x
     GROUP BY 1, 2, 3;

    INSERT INTO report_payment_quarters (venue_id, q, stripe, method, payments, amount)
    SELECT a.venue_id, marquee_quarter(sa.created_at), (sa.id % 8)::smallint, p.method, count(*), sum(p.amount)
      FROM payments p JOIN sales sa ON sa.id = p.sale_id JOIN shows s ON s.id = sa.show_id
      JOIN auditoriums a ON a.id = s.auditorium_id
     GROUP BY 1, 2, 3, 4;

    INSERT INTO show_takings (show_id, sold, gross, refunded)
    SELECT x.show_id, sum(x.sold), sum(x.gross), sum(x.refunded)
      FROM (SELECT t.show_id, 1 AS sold, 0 AS gross, 0 AS refunded FROM tickets t WHERE t.status = 'valid'
            UNION ALL
            SELECT sa.show_id, 0, sa.total, 0 FROM sales sa
            UNION ALL
            SELECT sa.show_id, 0, 0, rf.amount FROM refunds rf JOIN sales sa ON sa.id = rf.sale_id) x
     GROUP BY 1;
END $$;

SELECT marquee_rebuild_report_totals();

-- ---- The reports, from the running totals ----

-- Inlined into the occupancy reports: the venue's shows starting in [p_lo, p_hi), cancelled ones
-- left out, with their seats (of the show's layout version, less those its layout blocks) and
-- their sold seats.
CREATE OR REPLACE FUNCTION marquee_report_shows(p_venue bigint, p_lo timestamptz, p_hi timestamptz)
RETURNS TABLE (id bigint, title_id bigint, title text, auditorium text, starts_at timestamptz,
               seats bigint, sold bigint)
LANGUAGE sql STABLE AS $$
    SELECT s.id, s.title_id, coalesce(t.name, s.title), a.name, s.starts_at, coalesce(c.seats, 0),
           coalesce(k.sold, 0)
      FROM auditoriums a
      JOIN shows s ON s.auditorium_id = a.id
      LEFT JOIN show_takings k ON k.show_id = s.id
      LEFT JOIN titles t ON t.id = s.title_id
      LEFT JOIN (SELECT ls.auditorium_id, ls.layout_version, count(*) FILTER (WHERE NOT ls.blocked) AS seats
                   FROM layout_seats ls JOIN auditoriums la ON la.id = ls.auditorium_id
                  WHERE la.venue_id = p_venue
                  GROUP BY ls.auditorium_id, ls.layout_version) c
             ON c.auditorium_id = s.auditorium_id AND c.layout_version = s.layout_version
     WHERE a.venue_id = p_venue AND s.starts_at >= p_lo AND s.starts_at < p_hi AND s.status <> 'cancelled';
$$;

-- The venue's quarters in [p_lo, p_hi) (local midnights: whole quarters), stripes summed.
CREATE FUNCTION marquee_report_quarters(p_venue bigint, p_lo timestamptz, p_hi timestamptz)
RETURNS SETOF report_quarters
LANGUAGE sql STABLE AS $$
    SELECT venue_id, q, 0::smallint, sum(sales)::bigint, sum(sale_tickets)::bigint, sum(sale_amount)::bigint,
           sum(refunds)::bigint, sum(refund_tickets)::bigint, sum(refund_amount)::bigint, sum(refund_card)::bigint
      FROM report_quarters
     WHERE venue_id = p_venue AND q >= marquee_quarter(p_lo) AND q < marquee_quarter(p_hi)
     GROUP BY venue_id, q;
$$;

CREATE OR REPLACE FUNCTION marquee_report_sales_by_day(p_venue bigint, p_lo timestamptz, p_hi timestamptz, p_tz text)
RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(json_agg(json_build_object('day', d.day, 'sales', d.sales, 'tickets', d.tickets,
                                                   'amount', d.amount) ORDER BY d.day), '[]')
          FROM (SELECT (to_timestamp(r.q * 900) AT TIME ZONE p_tz)::date AS day, sum(r.sales) AS sales,
                       sum(r.sale_tickets) AS tickets, sum(r.sale_amount) AS amount
                  FROM marquee_report_quarters(p_venue, p_lo, p_hi) r
                 WHERE r.sales > 0
                 GROUP BY 1) d
    );
END $$;

CREATE OR REPLACE FUNCTION marquee_report_sales_by_payment(p_venue bigint, p_lo timestamptz, p_hi timestamptz)
RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(json_agg(json_build_object('method', m.method, 'payments', m.payments, 'amount', m.amount)
                                 ORDER BY m.method), '[]')
          FROM (SELECT p.method, sum(p.payments) AS payments, sum(p.amount) AS amount
                  FROM report_payment_quarters p
                 WHERE p.venue_id = p_venue AND p.q >= marquee_quarter(p_lo) AND p.q < marquee_quarter(p_hi)
                 GROUP BY p.method
                HAVING sum(p.payments) > 0) m
    );
END $$;

CREATE OR REPLACE FUNCTION marquee_report_refunds(p_venue bigint, p_lo timestamptz, p_hi timestamptz, p_tz text)
RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        SELECT coalesce(json_agg(json_build_object('day', d.day, 'refunds', d.refunds, 'tickets', d.tickets,
                                                   'amount', d.amount, 'cash', d.amount - d.card, 'card', d.card)
                                 ORDER BY d.day), '[]')
          FROM (SELECT (to_timestamp(r.q * 900) AT TIME ZONE p_tz)::date AS day, sum(r.refunds) AS refunds,
                       sum(r.refund_tickets) AS tickets, sum(r.refund_amount) AS amount, sum(r.refund_card) AS card
                  FROM marquee_report_quarters(p_venue, p_lo, p_hi) r
                 WHERE r.refunds > 0
                 GROUP BY 1) d
    );
END $$;

CREATE OR REPLACE FUNCTION marquee_report_top_shows(p_venue bigint, p_lo timestamptz, p_hi timestamptz)
RETURNS json
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (
        WITH shown AS (
            SELECT s.id, s.auditorium_id, s.layout_version, s.title_id, s.title, a.name AS auditorium, s.starts_at,
                   coalesce(k.sold, 0) AS sold, coalesce(k.gross, 0) AS gross, coalesce(k.refunded, 0) AS refunded
              FROM auditoriums a JOIN shows s ON s.auditorium_id = a.id
              LEFT JOIN show_takings k ON k.show_id = s.id
             WHERE a.venue_id = p_venue AND s.starts_at >= p_lo AND s.starts_at < p_hi AND s.status <> 'cancelled'),
        top AS (SELECT * FROM shown ORDER BY gross - refunded DESC, starts_at, id LIMIT 20)
        SELECT coalesce(json_agg(json_build_object(
                   'showId', t.id::text, 'title', coalesce(ti.name, t.title), 'auditorium', t.auditorium,
                   'start', (extract(epoch FROM t.starts_at) * 1000)::bigint,
                   'seats', (SELECT count(*) FROM layout_seats ls WHERE ls.auditorium_id = t.auditorium_id
                                AND ls.layout_version = t.layout_version AND NOT ls.blocked),
                   'sold', t.sold, 'gross', t.gross, 'refunded', t.refunded, 'revenue', t.gross - t.refunded)
                   ORDER BY t.gross - t.refunded DESC, t.starts_at, t.id), '[]')
          FROM top t LEFT JOIN titles ti ON ti.id = t.title_id
    );
END $$;
