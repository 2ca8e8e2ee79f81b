-- Migration 7: the layout studio (issue 9). Runs in the migration's transaction (see
-- server/db/schema.cpp). Managers create venues and auditoriums, save one shared draft per
-- auditorium, publish it as the auditorium's next layout version, and move shows onto it.
--
-- - Drafts are replaced whole, by revision (optimistic: a save, discard or publish names the
--   revision it was made on; another is STALE_DRAFT). auditoriums.draft_revision counts the
--   revisions handed out, so that one is never reused after a publish or a discard.
-- - Big layouts arrive in parts (client frames are limited to 64 KiB) and wait in layout_uploads,
--   per user, so that a client that reconnects to any server process carries on; 24 hours at most.
-- - Retired seats: a show moved onto another layout version keeps the rows of the seats that
--   vanished, because holds (hold_seats) and refunded tickets refer to them, with the status
--   'retired'. The table is now show_seats_all; show_seats is a view of the live seats, so that
--   every query and seat operation written before (hold, release, sell, refund, sweep, snapshots,
--   counts) ignores retired seats: holding one is UNKNOWN_SEAT. A seat that comes back in a later
--   version is revived.
-- Every function returns one jsonb document, {"result": "ok", ...} or {"error": "CODE",
-- "message": ..., "where": ..., "details": ...}, remembered under the request id (marquee_remember)
-- like the seat operations of migration 2, and writes an audit_log row for what it changes.

ALTER TABLE layouts ADD COLUMN created_by bigint REFERENCES users;
ALTER TABLE auditoriums ADD COLUMN draft_revision bigint NOT NULL DEFAULT 0;

CREATE TABLE layout_drafts (
    auditorium_id bigint PRIMARY KEY REFERENCES auditoriums ON DELETE CASCADE,
    revision      bigint NOT NULL CHECK (revision > 0),
    base_version  integer NOT NULL CHECK (base_version >= 0), -- 0: a new layout
    document      jsonb NOT NULL,
    seat_count    integer NOT NULL CHECK (seat_count >= 0),
    problems      integer NOT NULL CHECK (problems >= 0), -- what the validator found at the save
    saved_by      bigint NOT NULL REFERENCES users,
    saved_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE layout_uploads (
    user_id    bigint NOT NULL REFERENCES users,
    upload_id  text NOT NULL CHECK (length(upload_id) BETWEEN 1 AND 64),
    part       integer NOT NULL CHECK (part >= 0),
    parts      integer NOT NULL CHECK (parts BETWEEN 1 AND 128 AND part < parts),
    data       text NOT NULL, -- base64
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, upload_id, part)
);
CREATE INDEX layout_uploads_by_age ON layout_uploads (created_at);

ALTER TABLE show_seats RENAME TO show_seats_all;
ALTER TABLE show_seats_all DROP CONSTRAINT show_seats_status_check;
ALTER TABLE show_seats_all ADD CONSTRAINT show_seats_status_check
    CHECK (status IN ('available', 'held', 'sold', 'blocked', 'retired'));
CREATE VIEW show_seats AS SELECT * FROM show_seats_all WHERE status <> 'retired';

-- An error answer; null fields are left out.
CREATE FUNCTION marquee_refusal(p_code text, p_message text, p_where text DEFAULT NULL, p_details jsonb DEFAULT NULL)
RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object('error', p_code, 'message', p_message, 'where', p_where,
                                                'details', p_details));
$$;

-- The seats of a layout document (docs/LAYOUT_FORMAT.md) as layout_seats stores them: the label
-- is the row's and the seat's ("F 12").
CREATE FUNCTION marquee_layout_seats(p_document jsonb)
RETURNS TABLE (seat_id text, label text, category text, blocked boolean)
LANGUAGE sql IMMUTABLE AS $$
    SELECT seat ->> 'id', (r ->> 'label') || ' ' || (seat ->> 'label'), seat ->> 'category',
           coalesce(seat -> 'flags' ? 'blocked', false)
      FROM jsonb_array_elements(p_document -> 'sections') s,
           jsonb_array_elements(s -> 'rows') r,
           jsonb_array_elements(r -> 'seats') seat;
$$;

-- ---------------------------------------------------------------------------------------------
-- Venues and auditoriums. Names are unique (venues: among venues; auditoriums: in their venue).

CREATE FUNCTION marquee_create_venue(p_user bigint, p_request text, p_hash text, p_name text, p_currency text,
                                     p_timezone text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    v bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    BEGIN
        INSERT INTO venues (name, timezone, currency) VALUES (p_name, p_timezone, p_currency) RETURNING id INTO v;
    EXCEPTION WHEN unique_violation THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NAME_TAKEN', 'a venue called ' || p_name || ' exists', '/body/name'));
    END;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'venue_create',
            jsonb_build_object('venue', v, 'name', p_name, 'currency', p_currency, 'timezone', p_timezone));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object('result', 'ok', 'venue', v, 'name', p_name));
END $$;

CREATE FUNCTION marquee_rename_venue(p_user bigint, p_request text, p_hash text, p_venue bigint, p_name text)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old_name text;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT name INTO old_name FROM venues WHERE id = p_venue FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no venue ' || p_venue, '/body/venueId'));
    END IF;
    BEGIN
        UPDATE venues SET name = p_name WHERE id = p_venue;
    EXCEPTION WHEN unique_violation THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NAME_TAKEN', 'a venue called ' || p_name || ' exists', '/body/name'));
    END;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'venue_rename', jsonb_build_object('venue', p_venue, 'from', old_name, 'to', p_name));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'venue', p_venue, 'name', p_name));
END $$;

CREATE FUNCTION marquee_create_auditorium(p_user bigint, p_request text, p_hash text, p_venue bigint, p_name text)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    a bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    PERFORM 1 FROM venues WHERE id = p_venue FOR SHARE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no venue ' || p_venue, '/body/venueId'));
    END IF;
    BEGIN
        INSERT INTO auditoriums (venue_id, name) VALUES (p_venue, p_name) RETURNING id INTO a;
    EXCEPTION WHEN unique_violation THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NAME_TAKEN', 'the venue has an auditorium called ' || p_name, '/body/name'));
    END;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'auditorium_create', jsonb_build_object('auditorium', a, 'venue', p_venue, 'name', p_name));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'auditorium', a, 'venue', p_venue, 'name', p_name));
END $$;

CREATE FUNCTION marquee_rename_auditorium(p_user bigint, p_request text, p_hash text, p_auditorium bigint,
                                          p_name text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old_name text;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT name INTO old_name FROM auditoriums WHERE id = p_auditorium FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no auditorium ' || p_auditorium, '/body/auditoriumId'));
    END IF;
    BEGIN
        UPDATE auditoriums SET name = p_name WHERE id = p_auditorium;
    EXCEPTION WHEN unique_violation THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NAME_TAKEN', 'the venue has an auditorium called ' || p_name, '/body/name'));
    END;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'auditorium_rename', jsonb_build_object('auditorium', p_auditorium, 'from', old_name, 'to', p_name));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'auditorium', p_auditorium, 'name', p_name));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Uploads of big layout documents, part by part.

CREATE FUNCTION marquee_upload_layout(p_user bigint, p_request text, p_hash text, p_upload text, p_part integer,
                                      p_parts integer, p_data text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    known_parts integer;
    stored text;
    received integer;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    DELETE FROM layout_uploads WHERE created_at < now() - interval '24 hours';
    -- The parts of one upload one after another (the first part sets the number of parts).
    PERFORM pg_advisory_xact_lock(hashtextextended('layout_upload:' || p_user || ':' || p_upload, 0));
    SELECT parts INTO known_parts FROM layout_uploads WHERE user_id = p_user AND upload_id = p_upload LIMIT 1;
    IF FOUND AND known_parts <> p_parts THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('INVALID_VALUE',
            'upload ' || p_upload || ' has ' || known_parts || ' parts, not ' || p_parts, '/body/parts'));
    END IF;
    SELECT data INTO stored FROM layout_uploads WHERE user_id = p_user AND upload_id = p_upload AND part = p_part;
    IF FOUND AND stored <> p_data THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('INVALID_VALUE',
            'part ' || p_part || ' of upload ' || p_upload || ' was sent before with other data', '/body/data'));
    END IF;
    IF NOT FOUND THEN
        INSERT INTO layout_uploads (user_id, upload_id, part, parts, data) VALUES (p_user, p_upload, p_part, p_parts, p_data);
        INSERT INTO audit_log (user_id, action, details)
        VALUES (p_user, 'layout_upload', jsonb_build_object('upload', p_upload, 'part', p_part, 'parts', p_parts,
                                                            'characters', length(p_data)));
    END IF;
    SELECT count(*) INTO received FROM layout_uploads WHERE user_id = p_user AND upload_id = p_upload;
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'upload', p_upload, 'received', received, 'parts', p_parts));
END $$;

-- ---------------------------------------------------------------------------------------------
-- The draft. Every function locks the auditorium row first: the draft operations of one
-- auditorium (and its publishes) run one after another.

-- STALE_DRAFT with the current revision (0: no draft) and the current layout version (0: none).
CREATE FUNCTION marquee_stale_draft(p_auditorium bigint, p_message text) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT marquee_refusal('STALE_DRAFT', p_message, '/body/revision', jsonb_build_object(
        'revision', coalesce((SELECT revision FROM layout_drafts WHERE auditorium_id = p_auditorium), 0),
        'layoutVersion', coalesce((SELECT max(version) FROM layouts WHERE auditorium_id = p_auditorium), 0)));
$$;

-- A draft that is not (or no longer) there: STALE_DRAFT when the revision was handed out once
-- (it was published or discarded meanwhile), NOT_FOUND when it never was.
CREATE FUNCTION marquee_missing_draft(p_auditorium bigint, p_revision bigint, p_handed_out bigint) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p_revision <= p_handed_out
                THEN marquee_stale_draft(p_auditorium, 'draft revision ' || p_revision || ' was published or discarded')
                ELSE marquee_refusal('NOT_FOUND', 'auditorium ' || p_auditorium || ' has no draft of revision ' || p_revision,
                                     '/body/revision') END;
$$;

-- Saves the draft (p_document: the canonical layout document, decoded and validated by the
-- server; p_problem_count problems, the first of them listed in p_problems for the answer).
CREATE FUNCTION marquee_save_layout_draft(p_user bigint, p_request text, p_hash text, p_auditorium bigint,
                                          p_base integer, p_revision bigint, p_document jsonb, p_seat_count integer,
                                          p_problem_count integer, p_problems jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    handed_out bigint;
    current_revision bigint;
    v_revision bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT draft_revision INTO handed_out FROM auditoriums WHERE id = p_auditorium FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no auditorium ' || p_auditorium, '/body/auditoriumId'));
    END IF;
    IF p_base <> 0 AND NOT EXISTS (SELECT 1 FROM layouts WHERE auditorium_id = p_auditorium AND version = p_base) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('NOT_FOUND',
            'auditorium ' || p_auditorium || ' has no layout version ' || p_base, '/body/baseVersion'));
    END IF;
    current_revision := coalesce((SELECT revision FROM layout_drafts WHERE auditorium_id = p_auditorium), 0);
    IF current_revision <> p_revision THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_stale_draft(p_auditorium,
            CASE WHEN current_revision = 0 THEN 'there is no draft any more (published or discarded)'
                 ELSE 'the draft is at revision ' || current_revision || ', not ' || p_revision END));
    END IF;
    v_revision := handed_out + 1;
    UPDATE auditoriums SET draft_revision = v_revision WHERE id = p_auditorium;
    INSERT INTO layout_drafts (auditorium_id, revision, base_version, document, seat_count, problems, saved_by)
    VALUES (p_auditorium, v_revision, p_base, p_document, p_seat_count, p_problem_count, p_user)
    ON CONFLICT (auditorium_id) DO UPDATE
       SET revision = EXCLUDED.revision, base_version = EXCLUDED.base_version, document = EXCLUDED.document,
           seat_count = EXCLUDED.seat_count, problems = EXCLUDED.problems, saved_by = EXCLUDED.saved_by,
           saved_at = now();
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'layout_draft_save', jsonb_build_object('auditorium', p_auditorium, 'revision', v_revision,
            'baseVersion', p_base, 'seatCount', p_seat_count, 'problems', p_problem_count));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'auditorium', p_auditorium, 'revision', v_revision, 'baseVersion', p_base,
        'seatCount', p_seat_count, 'problems', p_problems));
END $$;

CREATE FUNCTION marquee_discard_layout_draft(p_user bigint, p_request text, p_hash text, p_auditorium bigint,
                                             p_revision bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    handed_out bigint;
    current_revision bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT draft_revision INTO handed_out FROM auditoriums WHERE id = p_auditorium FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no auditorium ' || p_auditorium, '/body/auditoriumId'));
    END IF;
    SELECT revision INTO current_revision FROM layout_drafts WHERE auditorium_id = p_auditorium;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_missing_draft(p_auditorium, p_revision, handed_out));
    END IF;
    IF current_revision <> p_revision THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_stale_draft(p_auditorium,
            'the draft is at revision ' || current_revision || ', not ' || p_revision));
    END IF;
    DELETE FROM layout_drafts WHERE auditorium_id = p_auditorium;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'layout_draft_discard', jsonb_build_object('auditorium', p_auditorium, 'revision', p_revision));
    RETURN marquee_remember(p_user, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'auditorium', p_auditorium));
END $$;

-- Publishes the draft of p_revision as the next version. p_problems: what the server's validator
-- found in that revision's document (a publish with problems is refused with the first one's
-- code; at most 100 listed); NULL when the server did not see that revision before this call
-- (then the draft changed meanwhile: STALE_DRAFT, not remembered, the client may try again).
CREATE FUNCTION marquee_publish_layout(p_user bigint, p_request text, p_hash text, p_auditorium bigint,
                                       p_revision bigint, p_problems jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    handed_out bigint;
    d layout_drafts;
    current_version integer;
    v integer;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    -- Under this lock the next version is computed: concurrent publishes get consecutive
    -- versions or STALE_DRAFT.
    SELECT draft_revision INTO handed_out FROM auditoriums WHERE id = p_auditorium FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no auditorium ' || p_auditorium, '/body/auditoriumId'));
    END IF;
    SELECT * INTO d FROM layout_drafts WHERE auditorium_id = p_auditorium;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_missing_draft(p_auditorium, p_revision, handed_out));
    END IF;
    IF d.revision <> p_revision THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_stale_draft(p_auditorium,
            'the draft is at revision ' || d.revision || ', not ' || p_revision));
    END IF;
    current_version := coalesce((SELECT max(version) FROM layouts WHERE auditorium_id = p_auditorium), 0);
    IF d.base_version <> current_version THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_stale_draft(p_auditorium,
            'the draft starts from layout version ' || d.base_version || ', but version ' || current_version
            || ' is the current one now'));
    END IF;
    IF p_problems IS NULL THEN
        RETURN marquee_stale_draft(p_auditorium, 'the draft changed while it was checked; publish again');
    END IF;
    IF jsonb_array_length(p_problems) > 0 THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal(
            p_problems -> 0 ->> 'code', p_problems -> 0 ->> 'message', '/layout' || (p_problems -> 0 ->> 'where'),
            jsonb_build_object('problems', p_problems)));
    END IF;
    v := current_version + 1;
    INSERT INTO layouts (auditorium_id, version, document, created_by)
    VALUES (p_auditorium, v, jsonb_set(d.document, '{version}', to_jsonb(v)), p_user);
    INSERT INTO layout_seats (auditorium_id, layout_version, seat_id, label, category, blocked)
    SELECT p_auditorium, v, s.seat_id, s.label, s.category, s.blocked FROM marquee_layout_seats(d.document) s;
    DELETE FROM layout_drafts WHERE auditorium_id = p_auditorium;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'layout_publish', jsonb_build_object('auditorium', p_auditorium, 'layoutVersion', v,
            'revision', p_revision, 'seatCount', d.seat_count));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'auditorium', p_auditorium, 'layoutVersion', v, 'seatCount', d.seat_count));
END $$;

-- ---------------------------------------------------------------------------------------------
-- Moves a show onto another published layout version of its auditorium. Held (unexpired) and
-- sold seats must all be in the new version, and every category of the new version must have a
-- price in the show; else LAYOUT_CONFLICT and nothing changes. The change is recorded in
-- seat_changes as [{"layout": version}]: every server process then reloads the show and sends its
-- terminals a snapshot, and no delta is ever given across it.
-- Lock order as everywhere: the show's seats (seat_id order), then the show row, then holds.
CREATE FUNCTION marquee_change_show_layout(p_user bigint, p_request text, p_hash text, p_show bigint,
                                           p_version integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    sh shows;
    conflicts jsonb;
    unpriced jsonb;
    ended_holds bigint[];
    revived integer;
    inserted integer;
    removed integer;
    marker jsonb;
    v bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    PERFORM 1 FROM shows WHERE id = p_show;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no show ' || p_show, '/body/showId'));
    END IF;
    PERFORM 1 FROM show_seats_all WHERE show_id = p_show ORDER BY seat_id FOR UPDATE;
    SELECT * INTO sh FROM shows WHERE id = p_show FOR UPDATE;
    IF sh.status NOT IN ('scheduled', 'on_sale') THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            marquee_refusal('SHOW_CLOSED', 'the show is ' || sh.status || '; its layout stays', '/body/showId'));
    END IF;
    IF NOT EXISTS (SELECT 1 FROM layouts WHERE auditorium_id = sh.auditorium_id AND version = p_version) THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('NOT_FOUND',
            'the show''s auditorium has no layout version ' || p_version, '/body/layoutVersion'));
    END IF;
    IF p_version = sh.layout_version THEN
        RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
            'result', 'ok', 'layoutVersion', p_version, 'version', sh.version, 'added', 0, 'removed', 0));
    END IF;

    SELECT jsonb_agg(s.seat_id ORDER BY s.seat_id) INTO conflicts
      FROM show_seats s
     WHERE s.show_id = p_show AND (s.status = 'sold' OR (s.status = 'held' AND s.hold_expires > now()))
       AND NOT EXISTS (SELECT 1 FROM layout_seats ls
                        WHERE ls.auditorium_id = sh.auditorium_id AND ls.layout_version = p_version
                          AND ls.seat_id = s.seat_id);
    IF conflicts IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('LAYOUT_CONFLICT',
            jsonb_array_length(conflicts) || ' seats that are held or sold in the show are not in layout version '
            || p_version, '/body/layoutVersion', jsonb_build_object('seatIds', conflicts)));
    END IF;
    SELECT jsonb_agg(c.id ORDER BY c.id) INTO unpriced
      FROM (SELECT DISTINCT category ->> 'id' AS id
              FROM layouts l, jsonb_array_elements(l.document -> 'categories') category
             WHERE l.auditorium_id = sh.auditorium_id AND l.version = p_version) c
     WHERE NOT EXISTS (SELECT 1 FROM show_prices p WHERE p.show_id = p_show AND p.category = c.id);
    IF unpriced IS NOT NULL THEN
        RETURN marquee_remember(p_user, p_request, p_hash, marquee_refusal('LAYOUT_CONFLICT',
            'the show has no price for the categories ' || (SELECT string_agg(x, ', ') FROM jsonb_array_elements_text(unpriced) x)
            || ' of layout version ' || p_version, '/body/layoutVersion', jsonb_build_object('categories', unpriced)));
    END IF;

    -- Free seats that vanish retire; expired holds lose them (their hold_seats rows stay).
    WITH gone AS (
        SELECT s.seat_id, s.hold_id FROM show_seats s
         WHERE s.show_id = p_show
           AND NOT EXISTS (SELECT 1 FROM layout_seats ls
                            WHERE ls.auditorium_id = sh.auditorium_id AND ls.layout_version = p_version
                              AND ls.seat_id = s.seat_id)),
    retired AS (
        UPDATE show_seats_all s SET status = 'retired', hold_id = NULL, hold_expires = NULL
          FROM gone WHERE s.show_id = p_show AND s.seat_id = gone.seat_id
        RETURNING s.seat_id)
    SELECT (SELECT count(*) FROM retired), array_agg(DISTINCT gone.hold_id) FILTER (WHERE gone.hold_id IS NOT NULL)
      INTO removed, ended_holds FROM gone;
    -- Seats that stay or come back take the new version's category; free ones its blocked flag.
    SELECT count(*) INTO revived FROM show_seats_all s
      JOIN layout_seats ls ON ls.seat_id = s.seat_id
     WHERE s.show_id = p_show AND s.status = 'retired'
       AND ls.auditorium_id = sh.auditorium_id AND ls.layout_version = p_version;
    UPDATE show_seats_all s
       SET category = ls.category,
           status = CASE WHEN s.status IN ('available', 'blocked', 'retired')
                         THEN CASE WHEN ls.blocked THEN 'blocked' ELSE 'available' END
                         ELSE s.status END
      FROM layout_seats ls
     WHERE s.show_id = p_show AND ls.auditorium_id = sh.auditorium_id AND ls.layout_version = p_version
       AND ls.seat_id = s.seat_id;
    INSERT INTO show_seats_all (show_id, seat_id, category, status)
    SELECT p_show, ls.seat_id, ls.category, CASE WHEN ls.blocked THEN 'blocked' ELSE 'available' END
      FROM layout_seats ls
     WHERE ls.auditorium_id = sh.auditorium_id AND ls.layout_version = p_version
       AND NOT EXISTS (SELECT 1 FROM show_seats_all s WHERE s.show_id = p_show AND s.seat_id = ls.seat_id);
    GET DIAGNOSTICS inserted = ROW_COUNT;
    IF ended_holds IS NOT NULL THEN
        UPDATE holds h SET status = 'expired', ended_at = now()
         WHERE h.id = ANY (ended_holds) AND h.status = 'active'
           AND NOT EXISTS (SELECT 1 FROM show_seats s WHERE s.show_id = p_show AND s.hold_id = h.id);
    END IF;
    UPDATE shows SET layout_version = p_version WHERE id = p_show;
    marker := jsonb_build_array(jsonb_build_object('layout', p_version));
    v := marquee_record_change(p_show, marker);
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_user, 'show_layout_change', jsonb_build_object('show', p_show, 'from', sh.layout_version,
            'to', p_version, 'added', inserted + revived, 'removed', removed));
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'show', p_show, 'version', v, 'changes', marker, 'layoutVersion', p_version,
        'added', inserted + revived, 'removed', removed));
END $$;
