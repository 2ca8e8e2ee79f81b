-- Migration 11: ticket types and price cards (issue 10). Runs in the migration's transaction (see
-- server/db/schema.cpp).
--
-- - A venue has ticket types (Adult, Child, ...; the first active one by position is its default)
--   and price cards: a price per layout category x ticket type. A card offers the active types it
--   has prices for and prices every offered type in every category it has.
-- - A show uses a card (shows.price_card_id) or, as before, plain prices (show_prices) that are the
--   default type's. show_prices stays the default type's price per category for card shows too
--   (kept in step by marquee_refresh_show_prices), so that list_shows, the plain hold (the hot
--   path, unchanged: no extra statement) and change_show_layout read what they read before.
-- - The type of each held seat lives on hold_seats (NULL: the show's default type). Totals and
--   sales read the seats' prices through marquee_hold_seat_prices(); tickets keep the price, the
--   type's id and its name as sold, so that a later change of the card changes no sale.
-- - Every mutating function returns one jsonb document, remembered under the request id, and
--   writes an audit row (ticket_type_create, ticket_type_update, price_card_create,
--   price_card_update, price_card_delete, show_price_card).

CREATE TABLE ticket_types (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id   bigint NOT NULL REFERENCES venues,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    note       text CHECK (length(note) BETWEEN 1 AND 200),
    position   integer NOT NULL,
    archived   boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ticket_types_unique_name ON ticket_types (venue_id, lower(name)) WHERE NOT archived;
CREATE INDEX ticket_types_by_venue ON ticket_types (venue_id, position, id);

CREATE TABLE price_cards (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id   bigint NOT NULL REFERENCES venues,
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    revision   integer NOT NULL DEFAULT 1,
    archived   boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX price_cards_unique_name ON price_cards (venue_id, lower(name)) WHERE NOT archived;

CREATE TABLE price_card_prices (
    card_id        bigint NOT NULL REFERENCES price_cards ON DELETE CASCADE,
    category       text NOT NULL,
    ticket_type_id bigint NOT NULL REFERENCES ticket_types,
    amount         bigint NOT NULL CHECK (amount >= 0), -- minor units of the venue's currency
    PRIMARY KEY (card_id, category, ticket_type_id)
);

ALTER TABLE shows ADD COLUMN price_card_id bigint REFERENCES price_cards;
CREATE INDEX shows_by_price_card ON shows (price_card_id) WHERE price_card_id IS NOT NULL;
ALTER TABLE hold_seats ADD COLUMN ticket_type_id bigint REFERENCES ticket_types;
ALTER TABLE tickets ADD COLUMN ticket_type_id bigint REFERENCES ticket_types;
ALTER TABLE tickets ADD COLUMN ticket_type_name text;

-- Every venue has a default type; existing venues and tickets get "Adult".
INSERT INTO ticket_types (venue_id, name, position) SELECT id, 'Adult', 1 FROM venues;
UPDATE tickets t SET ticket_type_id = tt.id, ticket_type_name = tt.name
  FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id JOIN ticket_types tt ON tt.venue_id = a.venue_id
 WHERE s.id = t.show_id;

CREATE FUNCTION marquee_venue_default_type() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_types (venue_id, name, position) VALUES (NEW.id, 'Adult', 1);
    RETURN NEW;
END $$;
CREATE TRIGGER venues_default_type AFTER INSERT ON venues FOR EACH ROW EXECUTE FUNCTION marquee_venue_default_type();

-- The venue of an auditorium's or a show's.
CREATE FUNCTION marquee_show_venue(p_show bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT a.venue_id FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id WHERE s.id = p_show;
$$;

-- The active types a show offers: its card's (those it has prices for), or the venue's default
-- alone for a show with plain prices. First: the show's default type.
CREATE FUNCTION marquee_show_types(p_show bigint) RETURNS SETOF ticket_types
LANGUAGE sql STABLE AS $$
    SELECT t.* FROM shows s JOIN auditoriums a ON a.id = s.auditorium_id
      JOIN ticket_types t ON t.venue_id = a.venue_id AND NOT t.archived
     WHERE s.id = p_show
       AND (s.price_card_id IS NULL
            OR EXISTS (SELECT 1 FROM price_card_prices cp WHERE cp.card_id = s.price_card_id AND cp.ticket_type_id = t.id))
     ORDER BY t.position, t.id
     LIMIT CASE WHEN (SELECT price_card_id FROM shows WHERE id = p_show) IS NULL THEN 1 END;
$$;

-- The seats of a hold with their type and price: the seat's type when the show's card prices it
-- (in an active type), else the show's default type at the default price (show_prices).
CREATE FUNCTION marquee_hold_seat_prices(p_hold bigint)
RETURNS TABLE (seat_id text, category text, ticket_type_id bigint, ticket_type_name text, price bigint)
LANGUAGE sql STABLE AS $$
    SELECT s.seat_id, s.category,
           CASE WHEN cp.amount IS NULL THEN d.id ELSE hs.ticket_type_id END,
           CASE WHEN cp.amount IS NULL THEN d.name ELSE t.name END,
           coalesce(cp.amount, pr.amount, 0)
      FROM holds h
      JOIN shows sh ON sh.id = h.show_id
      JOIN show_seats s ON s.show_id = h.show_id AND s.hold_id = h.id
      LEFT JOIN hold_seats hs ON hs.hold_id = h.id AND hs.seat_id = s.seat_id
      LEFT JOIN show_prices pr ON pr.show_id = s.show_id AND pr.category = s.category
      LEFT JOIN ticket_types t ON t.id = hs.ticket_type_id AND NOT t.archived
      LEFT JOIN price_card_prices cp
             ON cp.card_id = sh.price_card_id AND cp.category = s.category AND cp.ticket_type_id = t.id
      LEFT JOIN LATERAL (SELECT x.id, x.name FROM marquee_show_types(h.show_id) x LIMIT 1) d ON true
     WHERE h.id = p_hold;
$$;

-- Remembers (or re-remembers) the answer of a request.
CREATE FUNCTION marquee_restate(p_user bigint, p_request text, p_hash text, p_answer jsonb) RETURNS jsonb
LANGUAGE sql AS $$
    INSERT INTO idempotency (user_id, request_id, request_hash, response) VALUES (p_user, p_request, p_hash, p_answer)
    ON CONFLICT (user_id, request_id) DO UPDATE SET response = EXCLUDED.response
    RETURNING response;
$$;

-- A hold's answer (hold, hold_more, extend, set_ticket_types) with the total of its seats at their
-- types' prices and each seat's type; the remembered answer is updated to match.
CREATE FUNCTION marquee_priced(p_user bigint, p_request text, p_hash text, p_answer jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    answer jsonb;
BEGIN
    IF p_answer ? 'error' OR p_answer ? 'replayed' THEN
        RETURN p_answer;
    END IF;
    SELECT p_answer || jsonb_build_object('total', coalesce(sum(x.price), 0),
               'ticketTypes', coalesce(jsonb_agg(jsonb_build_object('seat', x.seat_id, 'type', x.ticket_type_id,
                                                                    'name', x.ticket_type_name) ORDER BY x.seat_id), '[]'))
      INTO answer FROM marquee_hold_seat_prices((p_answer ->> 'hold')::bigint) x;
    RETURN marquee_restate(p_user, p_request, p_hash, answer);
END $$;

-- The first step of a hold at a type: the first answer of a retried request, or the remembered
-- refusal of a type the show does not offer; NULL: go on (an unknown show is the hold's to answer).
CREATE FUNCTION marquee_type_check(p_user bigint, p_request text, p_hash text, p_show bigint, p_type bigint)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    IF p_type IS NULL OR NOT EXISTS (SELECT 1 FROM shows WHERE id = p_show)
       OR EXISTS (SELECT 1 FROM marquee_show_types(p_show) t WHERE t.id = p_type) THEN
        RETURN NULL;
    END IF;
    RETURN marquee_remember(p_user, p_request, p_hash,
        marquee_refusal('INVALID_VALUE', 'the show does not offer ticket type ' || p_type, '/body/ticketTypeId'));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Reading.

CREATE FUNCTION marquee_ticket_type_json(t ticket_types) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object('id', t.id, 'name', t.name, 'note', t.note, 'position', t.position,
                                                'archived', t.archived));
$$;

CREATE FUNCTION marquee_price_card_json(c price_cards) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object('id', c.id, 'name', c.name, 'revision', c.revision, 'archived', c.archived,
        'currency', (SELECT currency FROM venues WHERE id = c.venue_id),
        'prices', (SELECT coalesce(jsonb_agg(jsonb_build_object('category', p.category, 'type', p.ticket_type_id,
                                                                'amount', p.amount) ORDER BY p.category, t.position, t.id), '[]')
                     FROM price_card_prices p JOIN ticket_types t ON t.id = p.ticket_type_id WHERE p.card_id = c.id),
        'inUse', EXISTS (SELECT 1 FROM shows s WHERE s.price_card_id = c.id AND s.status <> 'cancelled' AND s.ends_at > now()));
$$;

CREATE FUNCTION marquee_list_pricing(p_venue bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN v.id IS NULL THEN marquee_refusal('NOT_FOUND', 'no venue ' || p_venue, '/body/venueId')
           ELSE jsonb_build_object('result', 'ok', 'currency', v.currency,
               'ticketTypes', (SELECT coalesce(jsonb_agg(marquee_ticket_type_json(t) ORDER BY t.archived, t.position, t.id), '[]')
                                 FROM ticket_types t WHERE t.venue_id = p_venue),
               'priceCards', (SELECT coalesce(jsonb_agg(marquee_price_card_json(c) ORDER BY c.archived, c.name, c.id), '[]')
                                FROM price_cards c WHERE c.venue_id = p_venue)) END
      FROM (SELECT 1) one LEFT JOIN venues v ON v.id = p_venue;
$$;

-- ---------------------------------------------------------------------------------------------
-- The default prices of the card shows that have not ended (show_prices: the default type's),
-- after a card or the venue's types changed. A card without an active type leaves them alone.
CREATE FUNCTION marquee_refresh_show_prices(p_venue bigint, p_card bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    s record;
    d bigint;
BEGIN
    FOR s IN SELECT sh.id, sh.price_card_id FROM shows sh JOIN auditoriums a ON a.id = sh.auditorium_id
              WHERE a.venue_id = p_venue AND sh.price_card_id IS NOT NULL AND sh.ends_at > now()
                AND sh.status <> 'cancelled' AND (p_card IS NULL OR sh.price_card_id = p_card) LOOP
        SELECT t.id INTO d FROM marquee_show_types(s.id) t LIMIT 1;
        CONTINUE WHEN d IS NULL;
        DELETE FROM show_prices WHERE show_id = s.id;
        INSERT INTO show_prices (show_id, category, amount)
        SELECT s.id, category, amount FROM price_card_prices WHERE card_id = s.price_card_id AND ticket_type_id = d;
    END LOOP;
END $$;

-- The categories of a layout version that a card has no price for (NULL: none).
CREATE FUNCTION marquee_card_gaps(p_card bigint, p_auditorium bigint, p_version integer) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_agg(DISTINCT c ->> 'id')
      FROM layouts l, jsonb_array_elements(l.document -> 'categories') c
     WHERE l.auditorium_id = p_auditorium AND l.version = p_version
       AND NOT EXISTS (SELECT 1 FROM price_card_prices p WHERE p.card_id = p_card AND p.category = c ->> 'id');
$$;

-- NULL when the card may be given to a show of the auditorium and layout version, else the refusal.
CREATE FUNCTION marquee_card_refusal(p_card bigint, p_auditorium bigint, p_version integer) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
    c price_cards;
    gaps jsonb;
BEGIN
    SELECT pc.* INTO c FROM price_cards pc JOIN auditoriums a ON a.venue_id = pc.venue_id
     WHERE pc.id = p_card AND a.id = p_auditorium;
    IF NOT FOUND THEN
        RETURN marquee_refusal('NOT_FOUND', 'no price card ' || p_card || ' in the show''s venue', '/body/priceCardId');
    END IF;
    IF c.archived THEN
        RETURN marquee_refusal('INVALID_VALUE', 'the price card ' || c.name || ' is archived', '/body/priceCardId');
    END IF;
    gaps := marquee_card_gaps(p_card, p_auditorium, p_version);
    IF gaps IS NOT NULL THEN
        RETURN marquee_refusal('INVALID_VALUE', 'the price card ' || c.name || ' has no prices for the categories '
            || (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(gaps) x) || ' of layout version ' || p_version,
            '/body/priceCardId', jsonb_build_object('categories', gaps));
    END IF;
    RETURN NULL;
END $$;

-- A show as list_shows lists it: as in migration 9, plus its price card.
CREATE OR REPLACE FUNCTION marquee_show_json(s shows) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'id', s.id, 'auditorium', s.auditorium_id, 'title', s.title, 'titleId', s.title_id,
        'start', (extract(epoch FROM s.starts_at) * 1000)::bigint,
        'end', (extract(epoch FROM s.ends_at) * 1000)::bigint, 'status', s.status,
        'layoutVersion', s.layout_version, 'currency', s.currency, 'priceCard', s.price_card_id,
        'prices', (SELECT coalesce(jsonb_object_agg(category, amount), '{}') FROM show_prices p WHERE p.show_id = s.id),
        'free', c.free, 'held', c.held, 'sold', c.sold))
      FROM (SELECT count(*) FILTER (WHERE status = 'available' OR (status = 'held' AND hold_expires <= now())) AS free,
                   count(*) FILTER (WHERE status = 'held' AND hold_expires > now()) AS held,
                   count(*) FILTER (WHERE status = 'sold') AS sold
              FROM show_seats ss WHERE ss.show_id = s.id) c;
$$;

-- ---------------------------------------------------------------------------------------------
-- Ticket types. A new type goes last unless given a position; positions are kept 1..n.

CREATE FUNCTION marquee_name_taken(p_what text, p_name text, p_where text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT marquee_refusal('NAME_TAKEN', 'the venue has an active ' || p_what || ' named ' || p_name, p_where);
$$;

-- Renumbers the venue's active types 1..n, p_type at p_position (NULL: where it is).
CREATE FUNCTION marquee_place_type(p_venue bigint, p_type bigint, p_position integer) RETURNS void
LANGUAGE sql AS $$
    UPDATE ticket_types t SET position = o.n
      FROM (SELECT x.id, row_number() OVER (ORDER BY
                CASE WHEN x.id = p_type AND p_position IS NOT NULL THEN p_position - 0.5 ELSE x.position END,
                CASE WHEN x.id = p_type THEN 0 ELSE 1 END, x.id) AS n
              FROM ticket_types x WHERE x.venue_id = p_venue AND NOT x.archived) o
     WHERE t.id = o.id;
$$;

CREATE FUNCTION marquee_create_ticket_type(p_user bigint, p_request text, p_hash text, p_venue bigint, p_name text,
                                           p_note text, p_position integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    created ticket_types;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    PERFORM 1 FROM venues WHERE id = p_venue FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no venue ' || p_venue, '/body/venueId'));
    END IF;
    IF EXISTS (SELECT 1 FROM ticket_types WHERE venue_id = p_venue AND NOT archived AND lower(name) = lower(p_name)) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_name_taken('ticket type', p_name, '/body/name'));
    END IF;
    INSERT INTO ticket_types (venue_id, name, note, position)
    VALUES (p_venue, p_name, nullif(p_note, ''),
            coalesce((SELECT max(position) FROM ticket_types WHERE venue_id = p_venue AND NOT archived), 0) + 1)
    RETURNING * INTO created;
    IF p_position IS NOT NULL THEN
        PERFORM marquee_place_type(p_venue, created.id, p_position);
        PERFORM marquee_refresh_show_prices(p_venue);
        SELECT * INTO created FROM ticket_types WHERE id = created.id;
    END IF;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'ticket_type_create', jsonb_build_object('venue', p_venue) || marquee_ticket_type_json(created));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'ticketType', marquee_ticket_type_json(created)));
END $$;

-- NULL: unchanged; '' clears the note. Archiving keeps the type on sold tickets; an archived
-- type is not offered any more (the default moves to the next one).
CREATE FUNCTION marquee_update_ticket_type(p_user bigint, p_request text, p_hash text, p_type bigint, p_name text,
                                           p_note text, p_position integer, p_archived boolean) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old ticket_types;
    updated ticket_types;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO old FROM ticket_types WHERE id = p_type;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no ticket type ' || p_type, '/body/ticketTypeId'));
    END IF;
    PERFORM 1 FROM venues WHERE id = old.venue_id FOR UPDATE;
    SELECT * INTO old FROM ticket_types WHERE id = p_type;
    IF NOT coalesce(p_archived, old.archived)
       AND EXISTS (SELECT 1 FROM ticket_types WHERE venue_id = old.venue_id AND id <> p_type AND NOT archived
                      AND lower(name) = lower(coalesce(p_name, old.name))) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_name_taken('ticket type',
            coalesce(p_name, old.name), CASE WHEN p_name IS NULL THEN '/body/archived' ELSE '/body/name' END));
    END IF;
    IF coalesce(p_archived, old.archived)
       AND NOT EXISTS (SELECT 1 FROM ticket_types WHERE venue_id = old.venue_id AND id <> p_type AND NOT archived) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('INVALID_VALUE',
            'a venue keeps at least one active ticket type', '/body/archived'));
    END IF;
    UPDATE ticket_types SET name = coalesce(p_name, name),
                            note = CASE WHEN p_note IS NULL THEN note ELSE nullif(p_note, '') END,
                            archived = coalesce(p_archived, archived),
                            position = CASE WHEN coalesce(p_archived, archived) AND NOT archived THEN position
                                            WHEN archived AND NOT coalesce(p_archived, archived)
                                                THEN (SELECT coalesce(max(position), 0) + 1 FROM ticket_types
                                                       WHERE venue_id = old.venue_id AND NOT archived)
                                            ELSE position END
     WHERE id = p_type;
    PERFORM marquee_place_type(old.venue_id, p_type, p_position);
    SELECT * INTO updated FROM ticket_types WHERE id = p_type;
    IF updated.position <> old.position OR updated.archived <> old.archived OR p_position IS NOT NULL THEN
        PERFORM marquee_refresh_show_prices(old.venue_id);
    END IF;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'ticket_type_update', jsonb_build_object('venue', old.venue_id, 'ticketType', p_type,
            'before', marquee_ticket_type_json(old), 'after', marquee_ticket_type_json(updated)));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'ticketType', marquee_ticket_type_json(updated)));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Price cards. p_prices: [{"category": id, "type": ticket type id, "amount": minor units,
-- "currency": code}] in the request's order (for the `where` of a refusal); the protocol has
-- refused duplicates and negative or fractional amounts.

-- NULL when the prices are a valid matrix of the venue, else the refusal.
CREATE FUNCTION marquee_card_prices_refusal(p_venue bigint, p_prices jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_currency text;
    bad record;
    missing jsonb;
BEGIN
    SELECT currency INTO v_currency FROM venues WHERE id = p_venue;
    SELECT p.o - 1 AS i, p.e ->> 'currency' AS currency, p.e ->> 'type' AS type,
           CASE WHEN NOT EXISTS (SELECT 1 FROM ticket_types t WHERE t.id = (p.e ->> 'type')::bigint
                                    AND t.venue_id = p_venue AND NOT t.archived) THEN 'type'
                ELSE 'currency' END AS problem
      INTO bad
      FROM jsonb_array_elements(p_prices) WITH ORDINALITY AS p (e, o)
     WHERE p.e ->> 'currency' <> v_currency
        OR NOT EXISTS (SELECT 1 FROM ticket_types t WHERE t.id = (p.e ->> 'type')::bigint
                          AND t.venue_id = p_venue AND NOT t.archived)
     ORDER BY p.o LIMIT 1;
    IF FOUND THEN
        RETURN CASE bad.problem
            WHEN 'type' THEN marquee_refusal('NOT_FOUND', 'the venue has no active ticket type ' || bad.type,
                                             '/body/prices/' || bad.i || '/ticketTypeId')
            ELSE marquee_refusal('CURRENCY_MISMATCH', 'prices of this venue are in ' || v_currency || ', not ' || bad.currency,
                                 '/body/prices/' || bad.i || '/price/currency') END;
    END IF;
    -- Every offered type in every category of the card.
    SELECT jsonb_agg(jsonb_build_object('category', c.category, 'ticketTypeId', t.type) ORDER BY c.category, t.type)
      INTO missing
      FROM (SELECT DISTINCT e ->> 'category' AS category FROM jsonb_array_elements(p_prices) e) c
     CROSS JOIN (SELECT DISTINCT e ->> 'type' AS type FROM jsonb_array_elements(p_prices) e) t
     WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p_prices) e
                        WHERE e ->> 'category' = c.category AND e ->> 'type' = t.type);
    IF missing IS NOT NULL THEN
        RETURN marquee_refusal('INVALID_VALUE', 'a card prices every ticket type it offers in every category it has: '
            || jsonb_array_length(missing) || ' prices are missing', '/body/prices', jsonb_build_object('missing', missing));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION marquee_create_price_card(p_user bigint, p_request text, p_hash text, p_venue bigint, p_name text,
                                          p_prices jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    refusal jsonb;
    created price_cards;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    PERFORM 1 FROM venues WHERE id = p_venue FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no venue ' || p_venue, '/body/venueId'));
    END IF;
    IF EXISTS (SELECT 1 FROM price_cards WHERE venue_id = p_venue AND NOT archived AND lower(name) = lower(p_name)) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_name_taken('price card', p_name, '/body/name'));
    END IF;
    refusal := marquee_card_prices_refusal(p_venue, p_prices);
    IF refusal IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, refusal);
    END IF;
    INSERT INTO price_cards (venue_id, name) VALUES (p_venue, p_name) RETURNING * INTO created;
    INSERT INTO price_card_prices (card_id, category, ticket_type_id, amount)
    SELECT created.id, e ->> 'category', (e ->> 'type')::bigint, (e ->> 'amount')::bigint
      FROM jsonb_array_elements(p_prices) e;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'price_card_create', jsonb_build_object('venue', p_venue) || marquee_price_card_json(created));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'priceCard', marquee_price_card_json(created)));
END $$;

-- A new name and/or the whole matrix (NULL: unchanged), at the given revision (NULL: any). The
-- card's shows that have not ended must keep a price for every category of their layout.
CREATE FUNCTION marquee_update_price_card(p_user bigint, p_request text, p_hash text, p_card bigint, p_revision integer,
                                          p_name text, p_prices jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    refusal jsonb;
    old price_cards;
    before jsonb;
    updated price_cards;
    gaps jsonb;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO old FROM price_cards WHERE id = p_card FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no price card ' || p_card, '/body/priceCardId'));
    END IF;
    IF old.archived THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('INVALID_VALUE', 'the price card is archived', '/body/priceCardId'));
    END IF;
    IF p_revision IS NOT NULL AND p_revision <> old.revision THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('STALE_REVISION',
            'the price card changed since revision ' || p_revision || ' (now ' || old.revision || ')', '/body/revision',
            jsonb_build_object('revision', old.revision)));
    END IF;
    IF p_name IS NOT NULL AND EXISTS (SELECT 1 FROM price_cards WHERE venue_id = old.venue_id AND id <> p_card
                                         AND NOT archived AND lower(name) = lower(p_name)) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_name_taken('price card', p_name, '/body/name'));
    END IF;
    before := marquee_price_card_json(old);
    IF p_prices IS NOT NULL THEN
        refusal := marquee_card_prices_refusal(old.venue_id, p_prices);
        IF refusal IS NOT NULL THEN
            RETURN marquee_remember(p_user, p_request, p_hash, refusal);
        END IF;
        DELETE FROM price_card_prices WHERE card_id = p_card;
        INSERT INTO price_card_prices (card_id, category, ticket_type_id, amount)
        SELECT p_card, e ->> 'category', (e ->> 'type')::bigint, (e ->> 'amount')::bigint
          FROM jsonb_array_elements(p_prices) e;
        SELECT jsonb_agg(DISTINCT g) INTO gaps
          FROM shows s, jsonb_array_elements_text(marquee_card_gaps(p_card, s.auditorium_id, s.layout_version)) g
         WHERE s.price_card_id = p_card AND s.status <> 'cancelled' AND s.ends_at > now();
        IF gaps IS NOT NULL THEN
            -- Undone with the statement's savepoint: nothing changed.
            RAISE EXCEPTION USING ERRCODE = 'MQ001', MESSAGE = gaps::text;
        END IF;
        PERFORM marquee_refresh_show_prices(old.venue_id, p_card);
    END IF;
    UPDATE price_cards SET name = coalesce(p_name, name), revision = revision + 1 WHERE id = p_card
    RETURNING * INTO updated;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'price_card_update', jsonb_build_object('venue', old.venue_id, 'priceCard', p_card,
            'before', before, 'after', marquee_price_card_json(updated)));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'priceCard', marquee_price_card_json(updated)));
EXCEPTION WHEN SQLSTATE 'MQ001' THEN
    RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('INVALID_VALUE',
        'shows that use this card need prices for the categories '
        || (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(SQLERRM::jsonb) x), '/body/prices',
        jsonb_build_object('categories', SQLERRM::jsonb)));
END $$;

-- Deletes a card that no show uses; archives one that only shows that have ended (or were
-- cancelled) used; refuses (PRICE_CARD_IN_USE) while a show that has not ended uses it.
CREATE FUNCTION marquee_delete_price_card(p_user bigint, p_request text, p_hash text, p_card bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old price_cards;
    using_shows jsonb;
    archived boolean;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO old FROM price_cards WHERE id = p_card FOR UPDATE;
    IF NOT FOUND OR old.archived THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no price card ' || p_card, '/body/priceCardId'));
    END IF;
    SELECT jsonb_agg(s.id::text ORDER BY s.starts_at, s.id) INTO using_shows FROM shows s
     WHERE s.price_card_id = p_card AND s.status <> 'cancelled' AND s.ends_at > now();
    IF using_shows IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('PRICE_CARD_IN_USE',
            'the price card is used by ' || jsonb_array_length(using_shows) || ' shows that have not ended',
            '/body/priceCardId', jsonb_build_object('showIds', using_shows)));
    END IF;
    archived := EXISTS (SELECT 1 FROM shows WHERE price_card_id = p_card);
    IF archived THEN
        UPDATE price_cards SET archived = true, revision = revision + 1 WHERE id = p_card;
    ELSE
        DELETE FROM price_cards WHERE id = p_card;
    END IF;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'price_card_delete', jsonb_build_object('venue', old.venue_id, 'priceCard', p_card,
            'archived', archived, 'before', marquee_price_card_json(old)));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'priceCard', p_card, 'archived', archived));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Shows with a card: schedule_show with priceCardId (the card's default prices go to
-- show_prices), update_show with priceCardId (audited as show_price_card).

CREATE FUNCTION marquee_schedule_show_card(p_user bigint, p_request text, p_hash text, p_auditorium bigint,
                                           p_title bigint, p_start timestamptz, p_layout integer, p_end timestamptz,
                                           p_card bigint, p_status text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    v_layout integer;
    refusal jsonb;
    v_default bigint;
    prices jsonb;
    answer jsonb;
    v_show bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    v_layout := coalesce(p_layout, (SELECT max(version) FROM layouts WHERE auditorium_id = p_auditorium));
    IF EXISTS (SELECT 1 FROM layouts WHERE auditorium_id = p_auditorium AND version = v_layout) THEN
        refusal := marquee_card_refusal(p_card, p_auditorium, v_layout);
        IF refusal IS NOT NULL THEN
            RETURN marquee_remember(p_user, p_request, p_hash, refusal);
        END IF;
    END IF;
    -- The default type of the card: its first active type.
    SELECT t.id INTO v_default FROM ticket_types t
     WHERE NOT t.archived AND EXISTS (SELECT 1 FROM price_card_prices p WHERE p.card_id = p_card AND p.ticket_type_id = t.id)
     ORDER BY t.position, t.id LIMIT 1;
    SELECT coalesce(jsonb_agg(jsonb_build_object('category', p.category, 'amount', p.amount, 'currency', v.currency)), '[]')
      INTO prices
      FROM price_card_prices p JOIN price_cards c ON c.id = p.card_id JOIN venues v ON v.id = c.venue_id
     WHERE p.card_id = p_card AND p.ticket_type_id = v_default
       AND EXISTS (SELECT 1 FROM layouts l, jsonb_array_elements(l.document -> 'categories') x
                    WHERE l.auditorium_id = p_auditorium AND l.version = v_layout AND x ->> 'id' = p.category);
    -- Scheduled as with plain prices (clashes, title, layout: the same answers), then given the card.
    answer := marquee_schedule_show(p_user, p_request, p_hash, p_auditorium, p_title, p_start, p_layout, p_end,
                                    prices, p_status);
    IF answer ? 'error' THEN
        RETURN answer;
    END IF;
    v_show := (answer -> 'show' ->> 'id')::bigint;
    UPDATE shows SET price_card_id = p_card WHERE id = v_show;
    UPDATE audit_log SET details = details || jsonb_build_object('priceCard', p_card)
     WHERE id = (SELECT max(id) FROM audit_log WHERE action = 'show_schedule' AND user_id = p_user);
    RETURN marquee_restate(p_user, p_request, p_hash, jsonb_build_object('result', 'ok',
        'show', (SELECT marquee_show_json(s) FROM shows s WHERE s.id = v_show)));
END $$;

CREATE FUNCTION marquee_update_show_card(p_user bigint, p_request text, p_hash text, p_show bigint,
                                         p_start timestamptz, p_end timestamptz, p_card bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old shows;
    refusal jsonb;
    answer jsonb;
BEGIN
    IF p_card IS NULL THEN
        RETURN marquee_update_show(p_user, p_request, p_hash, p_show, p_start, p_end);
    END IF;
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO old FROM shows WHERE id = p_show;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no show ' || p_show, '/body/showId'));
    END IF;
    IF old.status = 'cancelled' THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('SHOW_CANCELLED', 'the show is cancelled', '/body/showId'));
    END IF;
    refusal := marquee_card_refusal(p_card, old.auditorium_id, old.layout_version);
    IF refusal IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, refusal);
    END IF;
    IF p_start IS NOT NULL OR p_end IS NOT NULL THEN
        answer := marquee_update_show(p_user, p_request, p_hash, p_show, p_start, p_end);
        IF answer ? 'error' THEN
            RETURN answer;
        END IF;
    END IF;
    UPDATE shows SET price_card_id = p_card WHERE id = p_show;
    PERFORM marquee_refresh_show_prices(marquee_show_venue(p_show), p_card);
    IF old.price_card_id IS DISTINCT FROM p_card THEN
        INSERT INTO audit_log (user_id, action, details)
        VALUES (p_user, 'show_price_card', jsonb_build_object('show', p_show, 'from', old.price_card_id, 'to', p_card));
    END IF;
    RETURN marquee_restate(p_user, p_request, p_hash, jsonb_build_object('result', 'ok',
        'show', (SELECT marquee_show_json(s) FROM shows s WHERE s.id = p_show)));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Holds with types. The plain hold (marquee_hold, the hot path) is unchanged: its seats get the
-- default type (hold_seats.ticket_type_id NULL) and its total stays the default prices' sum.

-- hold with a ticketTypeId: the hold, then the type on its seats and the total at that type.
CREATE FUNCTION marquee_hold_typed(p_user bigint, p_request text, p_hash text, p_terminal text, p_show bigint,
                                   p_seats text[], p_ttl_seconds integer, p_type bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    answer jsonb;
BEGIN
    answer := marquee_type_check(p_user, p_request, p_hash, p_show, p_type);
    IF answer IS NOT NULL THEN
        RETURN answer;
    END IF;
    answer := marquee_hold(p_user, p_request, p_hash, p_terminal, p_show, p_seats, p_ttl_seconds);
    IF NOT answer ? 'error' THEN
        UPDATE hold_seats SET ticket_type_id = p_type WHERE hold_id = (answer ->> 'hold')::bigint;
    END IF;
    RETURN marquee_priced(p_user, p_request, p_hash, answer);
END $$;

-- hold with a holdId (migration 5's marquee_hold_more), the added seats at p_type (NULL: the
-- default), answered with the total at every seat's type.
CREATE FUNCTION marquee_hold_more_typed(p_user bigint, p_request text, p_hash text, p_show bigint, p_hold bigint,
                                        p_seats text[], p_type bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    answer jsonb;
BEGIN
    answer := marquee_type_check(p_user, p_request, p_hash, p_show, p_type);
    IF answer IS NOT NULL THEN
        RETURN answer;
    END IF;
    answer := marquee_hold_more(p_user, p_request, p_hash, p_show, p_hold, p_seats);
    IF NOT answer ? 'error' THEN
        UPDATE hold_seats SET ticket_type_id = p_type WHERE hold_id = p_hold AND seat_id = ANY (p_seats);
    END IF;
    RETURN marquee_priced(p_user, p_request, p_hash, answer);
END $$;

CREATE FUNCTION marquee_extend_typed(p_user bigint, p_request text, p_hash text, p_hold bigint,
                                     p_ttl_seconds integer, p_cap_seconds integer) RETURNS jsonb
LANGUAGE sql AS $$
    SELECT marquee_priced(p_user, p_request, p_hash,
                          marquee_extend(p_user, p_request, p_hash, p_hold, p_ttl_seconds, p_cap_seconds));
$$;

-- set_ticket_types: p_seats [{"seat": id, "type": ticket type id}] of the user's active hold.
-- No seat changes state: nothing is pushed.
CREATE FUNCTION marquee_set_ticket_types(p_user bigint, p_request text, p_hash text, p_hold bigint, p_seats jsonb)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    h holds;
    bad record;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO h FROM holds WHERE id = p_hold AND user_id = p_user FOR UPDATE;
    IF NOT FOUND OR h.status <> 'active' THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('HOLD_NOT_FOUND', 'no active hold ' || p_hold, '/body/holdId'));
    END IF;
    IF h.expires_at <= now() THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('HOLD_EXPIRED', 'the hold has expired', '/body/holdId'));
    END IF;
    SELECT p.o - 1 AS i, p.e ->> 'seat' AS seat, p.e ->> 'type' AS type,
           NOT EXISTS (SELECT 1 FROM show_seats s WHERE s.show_id = h.show_id AND s.seat_id = p.e ->> 'seat'
                          AND s.hold_id = p_hold) AS unknown
      INTO bad
      FROM jsonb_array_elements(p_seats) WITH ORDINALITY AS p (e, o)
     WHERE NOT EXISTS (SELECT 1 FROM show_seats s WHERE s.show_id = h.show_id AND s.seat_id = p.e ->> 'seat'
                          AND s.hold_id = p_hold)
        OR NOT EXISTS (SELECT 1 FROM marquee_show_types(h.show_id) t WHERE t.id = (p.e ->> 'type')::bigint)
     ORDER BY p.o LIMIT 1;
    IF FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash, CASE WHEN bad.unknown
            THEN marquee_refusal('UNKNOWN_SEAT', 'seat ' || bad.seat || ' is not in this hold', '/body/seats/' || bad.i || '/seatId')
            ELSE marquee_refusal('INVALID_VALUE', 'the show does not offer ticket type ' || bad.type,
                                 '/body/seats/' || bad.i || '/ticketTypeId') END);
    END IF;
    UPDATE hold_seats hs SET ticket_type_id = (p.e ->> 'type')::bigint
      FROM jsonb_array_elements(p_seats) p (e)
     WHERE hs.hold_id = p_hold AND hs.seat_id = p.e ->> 'seat';
    RETURN marquee_priced(p_user, p_request, p_hash, jsonb_build_object('result', 'ok', 'hold', p_hold,
        'show', h.show_id, 'expires', (extract(epoch FROM h.expires_at) * 1000)::bigint,
        'seats', (SELECT jsonb_agg(seat_id ORDER BY seat_id) FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold),
        'currency', (SELECT currency FROM shows WHERE id = h.show_id)));
END $$;

-- ---------------------------------------------------------------------------------------------
-- A sale: as in migration 2, each seat at its type's price, the type's id and name on the ticket.
CREATE OR REPLACE FUNCTION marquee_sell(p_user bigint, p_request text, p_hash text, p_terminal text,
                                        p_hold bigint, p_payments jsonb, p_email text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    h holds;
    v_total bigint;
    v_currency text;
    v_paid bigint;
    v_sale bigint;
    v_tickets jsonb;
    v_changes jsonb;
    v bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO h FROM holds WHERE id = p_hold AND user_id = p_user;
    IF NOT FOUND OR h.status NOT IN ('active', 'expired') THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'HOLD_NOT_FOUND', 'message', 'no active hold ' || p_hold));
    END IF;
    PERFORM 1 FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold ORDER BY seat_id FOR UPDATE;
    SELECT * INTO h FROM holds WHERE id = p_hold FOR UPDATE;
    IF h.status <> 'active' OR h.expires_at <= now()
       OR (SELECT count(*) FROM hold_seats WHERE hold_id = p_hold)
          <> (SELECT count(*) FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold) THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'HOLD_EXPIRED', 'message', 'the hold has expired; its seats may be free again'));
    END IF;
    SELECT coalesce(sum(price), 0) INTO v_total FROM marquee_hold_seat_prices(p_hold);
    SELECT currency INTO v_currency FROM shows WHERE id = h.show_id;
    SELECT coalesce(sum((p ->> 'amount')::bigint), 0) INTO v_paid FROM jsonb_array_elements(p_payments) p;
    IF v_paid <> v_total THEN
        -- Not remembered: the client may retry with corrected payments under the same id.
        RETURN jsonb_build_object('error', 'PAYMENT_MISMATCH',
                                  'message', 'payments add up to ' || v_paid || ', the seats cost ' || v_total,
                                  'total', v_total, 'currency', v_currency);
    END IF;

    INSERT INTO sales (show_id, hold_id, user_id, terminal_id, total, currency, email)
    VALUES (h.show_id, p_hold, p_user, p_terminal, v_total, v_currency, p_email)
    RETURNING id INTO v_sale;
    INSERT INTO payments (sale_id, method, amount, tendered, change_due, authorization_code)
    SELECT v_sale, p ->> 'method', (p ->> 'amount')::bigint, (p ->> 'tendered')::bigint,
           CASE WHEN p ? 'tendered' THEN (p ->> 'tendered')::bigint - (p ->> 'amount')::bigint END,
           p ->> 'authorization'
      FROM jsonb_array_elements(p_payments) p;
    WITH made AS (
        INSERT INTO tickets (sale_id, show_id, seat_id, category, price, code, ticket_type_id, ticket_type_name)
        SELECT v_sale, h.show_id, x.seat_id, x.category, x.price,
               upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 16)), x.ticket_type_id, x.ticket_type_name
          FROM marquee_hold_seat_prices(p_hold) x
         ORDER BY x.seat_id
        RETURNING id, seat_id, category, price, code, ticket_type_id, ticket_type_name),
    sold AS (
        UPDATE show_seats s SET status = 'sold', ticket_id = m.id, hold_id = NULL, hold_expires = NULL
          FROM made m
         WHERE s.show_id = h.show_id AND s.seat_id = m.seat_id
        RETURNING s.seat_id)
    SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('ticket', m.id, 'seat', m.seat_id, 'category', m.category,
                                        'price', m.price, 'code', m.code, 'type', m.ticket_type_id,
                                        'typeName', m.ticket_type_name)) ORDER BY m.seat_id),
           jsonb_agg(jsonb_build_object('seat', m.seat_id, 'state', 'sold') ORDER BY m.seat_id)
      INTO v_tickets, v_changes
      FROM made m;
    UPDATE holds SET status = 'sold', ended_at = now() WHERE id = p_hold;
    INSERT INTO audit_log (user_id, action, sale_id, details)
    VALUES (p_user, 'sale', v_sale, jsonb_build_object('terminal', p_terminal, 'total', v_total,
            'currency', v_currency, 'payments', p_payments, 'tickets', v_tickets));
    v := marquee_record_change(h.show_id, v_changes);
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'sale', v_sale, 'show', h.show_id, 'version', v, 'changes', v_changes,
        'tickets', v_tickets, 'total', v_total, 'currency', v_currency, 'payments', p_payments));
END $$;

-- copy_shows (migration 9) with the price cards: each copy uses its show's card.
CREATE FUNCTION marquee_copy_shows_card(p_user bigint, p_request text, p_hash text, p_auditoriums bigint[],
                                        p_from timestamptz, p_to timestamptz, p_days integer, p_max integer)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    answer jsonb;
    copied bigint[];
BEGIN
    answer := marquee_copy_shows(p_user, p_request, p_hash, p_auditoriums, p_from, p_to, p_days, p_max);
    IF answer ? 'error' OR answer ? 'replayed' THEN
        RETURN answer;
    END IF;
    SELECT coalesce(array_agg((c ->> 'id')::bigint), '{}') INTO copied FROM jsonb_array_elements(answer -> 'shows') c;
    -- The source of a copy: the show of its auditorium p_days earlier (shows of an auditorium never overlap).
    UPDATE shows c SET price_card_id = s.price_card_id
      FROM shows s
     WHERE c.id = ANY (copied) AND s.auditorium_id = c.auditorium_id AND s.status <> 'cancelled'
       AND s.starts_at = c.starts_at - make_interval(days => p_days) AND s.price_card_id IS NOT NULL;
    RETURN marquee_restate(p_user, p_request, p_hash, jsonb_build_object('result', 'ok',
        'shows', (SELECT coalesce(jsonb_agg(marquee_show_json(s) ORDER BY s.starts_at, s.id), '[]')
                    FROM shows s WHERE s.id = ANY (copied))));
END $$;
