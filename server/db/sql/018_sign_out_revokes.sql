-- Migration 18: sign_out ends the token (issue 12, finding of an outside test). Runs in the
-- migration's transaction (see server/db/schema.cpp).
--
-- Before, sign_out released the session's holds but the token it had been given still resumed
-- for its whole lifetime (12 hours by default). A token names its session (TokenClaims::sessionId,
-- "sid"); sign_out now writes that id here, in the same transaction as the release, and `resume`
-- refuses a token whose session is listed (TOKEN_INVALID). The list lives in the database, so it
-- holds on every server process and across restarts; NOTIFY marquee_changes 'session:<id>' tells
-- every process to end live connections of that session at once. A row is needed only until the
-- token would have expired by itself; later sign-outs delete the rows past that.
CREATE TABLE revoked_sessions (
    session_id text PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX revoked_sessions_expiry ON revoked_sessions (expires_at);

-- Signs a session out: releases the user's active holds at the terminal (each its own idempotency
-- record, keyed by the sign_out request and the hold, as before) and revokes the session's token.
-- Answers the releases, [{show, version, changes, ...}], for the server to push.
CREATE FUNCTION marquee_sign_out(p_user bigint, p_request text, p_terminal text, p_session text,
                                 p_expires timestamptz) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    released jsonb;
BEGIN
    SELECT coalesce(jsonb_agg(marquee_release(p_user, 'sign_out:' || p_request || ':' || h.id, 'sign_out', h.id, NULL)
                              ORDER BY h.id), '[]'::jsonb)
      INTO released
      FROM holds h
     WHERE h.user_id = p_user AND h.terminal_id = p_terminal AND h.status = 'active';
    DELETE FROM revoked_sessions WHERE expires_at < now();
    INSERT INTO revoked_sessions (session_id, user_id, expires_at)
    VALUES (p_session, p_user, p_expires)
    ON CONFLICT (session_id) DO NOTHING;
    PERFORM pg_notify('marquee_changes', 'session:' || p_session);
    RETURN released;
END $$;
