-- Kiosk and door (issue 13): the venue's no-orphan-seats rule, and admission at the door.

-- The rule that refuses a hold leaving a single free seat stranded in its row. Kiosks obey it
-- always; with no_orphan_seats on, the box office's holds get it as a warning that the cashier
-- may override. The server checks it (server/requests/seats.cpp).
ALTER TABLE venues ADD COLUMN no_orphan_seats boolean NOT NULL DEFAULT false;

DROP FUNCTION marquee_update_venue(bigint, text, text, bigint, integer, text);
CREATE FUNCTION marquee_update_venue(p_user bigint, p_request text, p_hash text, p_venue bigint, p_gap integer,
                                     p_timezone text, p_no_orphans boolean) RETURNS jsonb
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
                          timezone = coalesce(p_timezone, timezone),
                          no_orphan_seats = coalesce(p_no_orphans, no_orphan_seats)
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
            'timezone', jsonb_build_array(old.timezone, updated.timezone),
            'noOrphanSeats', jsonb_build_array(old.no_orphan_seats, updated.no_orphan_seats)));
    PERFORM pg_notify('marquee_changes', 'venue:' || p_venue);
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'venue', p_venue, 'cleaningGapMinutes', updated.cleaning_gap_minutes,
        'timezone', updated.timezone, 'noOrphanSeats', updated.no_orphan_seats));
END $$;

-- Admission: a ticket is admitted once; its status stays 'valid' (the one-valid-ticket-per-seat
-- index keeps guarding it) and admitted_at says it was used. The protocol shows it as "admitted".
ALTER TABLE tickets ADD COLUMN admitted_at timestamptz,
                    ADD COLUMN admitted_by text,   -- the door's terminal id
                    ADD COLUMN admitted_user bigint REFERENCES users;
CREATE INDEX tickets_admitted_by_show ON tickets (show_id) WHERE admitted_at IS NOT NULL;

-- A ticket as verify_ticket and the door show it: the ticket, its show, its seat's place by the
-- labels of the show's layout version, and the show's admission count.
CREATE FUNCTION marquee_ticket_json(p_ticket bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('id', t.id, 'code', t.code, 'seat', t.seat_id, 'category', t.category,
        'price', t.price, 'status', CASE WHEN t.status = 'valid' AND t.admitted_at IS NOT NULL THEN 'admitted' ELSE t.status END,
        'sale', t.sale_id, 'show', t.show_id, 'currency', sa.currency,
        'type', t.ticket_type_id, 'typeName', t.ticket_type_name,
        'admittedAt', (extract(epoch FROM t.admitted_at) * 1000)::bigint, 'admittedBy', t.admitted_by,
        'title', s.title, 'start', (extract(epoch FROM s.starts_at) * 1000)::bigint, 'showStatus', s.status,
        'place', (SELECT jsonb_build_object('section', sec ->> 'name', 'row', r ->> 'label', 'seat', seat ->> 'label')
                    FROM layouts l, jsonb_array_elements(l.document -> 'sections') sec,
                         jsonb_array_elements(sec -> 'rows') r, jsonb_array_elements(r -> 'seats') seat
                   WHERE l.auditorium_id = s.auditorium_id AND l.version = s.layout_version
                     AND seat ->> 'id' = t.seat_id LIMIT 1),
        'admitted', (SELECT count(*) FROM tickets x WHERE x.show_id = t.show_id AND x.status = 'valid'
                        AND x.admitted_at IS NOT NULL),
        'tickets', (SELECT count(*) FROM tickets x WHERE x.show_id = t.show_id AND x.status = 'valid'))
      FROM tickets t JOIN sales sa ON sa.id = t.sale_id JOIN shows s ON s.id = t.show_id
     WHERE t.id = p_ticket;
$$;

-- Admits the ticket with code p_code at door p_terminal, for show p_show (NULL: any show of the
-- day in the venue's time zone, or one running now). Refusals, in this order: NOT_FOUND,
-- ALREADY_REFUNDED, SHOW_CANCELLED, WRONG_SHOW, ALREADY_ADMITTED (with when and where). Every
-- answer is remembered under the request id: a retried scan gets the first answer.
CREATE FUNCTION marquee_admit_ticket(p_user bigint, p_request text, p_hash text, p_terminal text, p_code text,
                                     p_show bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    t tickets;
    s shows;
    tz text;
    j jsonb;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO t FROM tickets WHERE code = upper(p_code) FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no ticket ' || upper(p_code), '/body/code'));
    END IF;
    SELECT * INTO s FROM shows WHERE id = t.show_id;
    IF t.status = 'refunded' THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('ALREADY_REFUNDED', 'the ticket was refunded', '/body/code',
                            jsonb_build_object('ticket', marquee_ticket_json(t.id))));
    END IF;
    IF s.status = 'cancelled' THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('SHOW_CANCELLED', 'the ticket''s show is cancelled', '/body/code',
                            jsonb_build_object('ticket', marquee_ticket_json(t.id))));
    END IF;
    IF p_show IS NOT NULL AND NOT EXISTS (SELECT 1 FROM shows WHERE id = p_show) THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no show ' || p_show, '/body/showId'));
    END IF;
    SELECT v.timezone INTO tz FROM auditoriums a JOIN venues v ON v.id = a.venue_id WHERE a.id = s.auditorium_id;
    IF (p_show IS NOT NULL AND t.show_id <> p_show)
       OR (p_show IS NULL AND (s.starts_at AT TIME ZONE tz)::date <> (now() AT TIME ZONE tz)::date
           AND NOT (now() BETWEEN s.starts_at AND s.ends_at)) THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('WRONG_SHOW', CASE WHEN p_show IS NULL THEN 'the ticket is not for a show of today'
                                               ELSE 'the ticket is for another show' END, '/body/code',
                            jsonb_build_object('ticket', marquee_ticket_json(t.id))));
    END IF;
    IF t.admitted_at IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('ALREADY_ADMITTED', 'the ticket was admitted before', '/body/code',
                            jsonb_build_object('ticket', marquee_ticket_json(t.id))));
    END IF;
    UPDATE tickets SET admitted_at = now(), admitted_by = p_terminal, admitted_user = p_user WHERE id = t.id;
    PERFORM pg_notify('marquee_changes', 'admit:' || t.show_id);
    j := marquee_ticket_json(t.id);
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object('result', 'ok', 'ticket', j));
END $$;
