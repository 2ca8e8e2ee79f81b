-- Migration 8: users and sign-in security (issue 10). Runs in the migration's transaction (see
-- server/db/schema.cpp). Admins manage every user; managers list users and manage cashiers and
-- kiosks; everyone changes their own password.
--
-- - users.session_epoch: a user's session generation. Session tokens carry the epoch they were
--   issued at; disabling a user, changing their role, resetting or changing their password raises
--   it, and every server process refuses older tokens (at resume, and at each request through a
--   per-process cache that NOTIFY marquee_changes 'user:<id>:<epoch>' keeps current).
-- - sign_in_failures: failed sign-ins per user name (whether or not the user exists, so that a
--   lockout does not tell which names exist), shared by every server process: after max failures
--   within the window the name is locked for a while, even for the right password.
-- - Passwords never reach this file in clear: the functions get PBKDF2 hashes, and neither the
--   idempotency records nor the audit rows hold a password or a hash.
-- Every function returns one jsonb document, {"result": "ok", ...} or {"error": "CODE", ...},
-- remembered under the request id (marquee_remember) like the other mutating requests.

ALTER TABLE users ADD COLUMN session_epoch bigint NOT NULL DEFAULT 0 CHECK (session_epoch >= 0);
ALTER TABLE users ADD COLUMN last_sign_in_at timestamptz;

CREATE TABLE sign_in_failures (
    username     text PRIMARY KEY,
    failures     integer NOT NULL CHECK (failures > 0),
    window_start timestamptz NOT NULL, -- the first failure of the current window
    locked_until timestamptz
);
CREATE INDEX sign_in_failures_by_age ON sign_in_failures (window_start);

-- A user as list_users and the replies show them (times in ms since the epoch).
CREATE FUNCTION marquee_user_json(u users) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_strip_nulls(jsonb_build_object(
        'id', u.id, 'user', u.username, 'name', coalesce(nullif(u.display_name, ''), u.username),
        'role', u.role, 'active', u.active,
        'createdAt', (extract(epoch FROM u.created_at) * 1000)::bigint,
        'lastSignInAt', (extract(epoch FROM u.last_sign_in_at) * 1000)::bigint));
$$;

-- Raises the user's epoch (their sessions end on every server process at the commit).
CREATE FUNCTION marquee_end_sessions(p_user bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    e bigint;
BEGIN
    UPDATE users SET session_epoch = session_epoch + 1 WHERE id = p_user RETURNING session_epoch INTO e;
    PERFORM pg_notify('marquee_changes', 'user:' || p_user || ':' || e);
    RETURN e;
END $$;

-- Whether the actor (by the database's role, not the token's) may manage a user of this role: an
-- admin any, a manager cashiers and kiosks. NULL when the actor is unknown or disabled.
CREATE FUNCTION marquee_may_manage(p_actor bigint, p_role text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN NOT u.active THEN NULL
                WHEN u.role = 'admin' THEN true
                WHEN u.role = 'manager' THEN p_role IN ('cashier', 'kiosk')
                ELSE false END
      FROM users u WHERE u.id = p_actor;
$$;

CREATE FUNCTION marquee_forbidden(p_role text) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT marquee_refusal('FORBIDDEN', 'your role may not manage ' || p_role || ' accounts');
$$;

-- ---------------------------------------------------------------------------------------------
-- Sign-in failures.

-- A failed sign-in for a name: counts it (a new window when the last one is over) and locks the
-- name when it reaches p_max failures. Answers {"failures": n, "lockedFor": seconds or 0}.
CREATE FUNCTION marquee_sign_in_failed(p_username text, p_window integer, p_max integer, p_lock integer)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    r sign_in_failures;
BEGIN
    INSERT INTO sign_in_failures AS f (username, failures, window_start) VALUES (p_username, 1, now())
    ON CONFLICT (username) DO UPDATE SET
        failures = CASE WHEN f.window_start <= now() - make_interval(secs => p_window) OR f.locked_until <= now()
                        THEN 1 ELSE f.failures + 1 END,
        window_start = CASE WHEN f.window_start <= now() - make_interval(secs => p_window) OR f.locked_until <= now()
                            THEN now() ELSE f.window_start END,
        locked_until = CASE WHEN f.locked_until <= now() THEN NULL ELSE f.locked_until END
    RETURNING * INTO r;
    IF r.failures >= p_max AND r.locked_until IS NULL THEN
        UPDATE sign_in_failures SET locked_until = now() + make_interval(secs => p_lock)
         WHERE username = p_username RETURNING * INTO r;
        INSERT INTO audit_log (user_id, action, details)
        VALUES ((SELECT id FROM users WHERE username = p_username), 'sign_in_locked',
                jsonb_build_object('username', p_username, 'failures', r.failures, 'seconds', p_lock));
    END IF;
    -- Names nobody tried for a long time are forgotten.
    DELETE FROM sign_in_failures
     WHERE window_start < now() - make_interval(secs => 2 * greatest(p_window, p_lock))
       AND (locked_until IS NULL OR locked_until < now());
    RETURN jsonb_build_object('failures', r.failures, 'lockedFor',
        coalesce(ceil(extract(epoch FROM r.locked_until - now()))::bigint, 0));
END $$;

-- A successful sign-in: the failures are forgotten, the time is kept.
CREATE FUNCTION marquee_signed_in(p_user bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM sign_in_failures WHERE username = (SELECT username FROM users WHERE id = p_user);
    UPDATE users SET last_sign_in_at = now() WHERE id = p_user;
    RETURN jsonb_build_object('result', 'ok');
END $$;

-- ---------------------------------------------------------------------------------------------
-- Users.

CREATE FUNCTION marquee_create_user(p_actor bigint, p_request text, p_hash text, p_username text, p_name text,
                                    p_role text, p_password_hash text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    created users;
BEGIN
    replay := marquee_replay(p_actor, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    IF NOT coalesce(marquee_may_manage(p_actor, p_role), false) THEN
        RETURN marquee_remember(p_actor, p_request, p_hash, marquee_forbidden(p_role));
    END IF;
    BEGIN
        INSERT INTO users (username, display_name, password_hash, role)
        VALUES (p_username, p_name, p_password_hash, p_role) RETURNING * INTO created;
    EXCEPTION WHEN unique_violation THEN
        RETURN marquee_remember(p_actor, p_request, p_hash,
            marquee_refusal('NAME_TAKEN', 'a user called ' || p_username || ' exists', '/body/user'));
    END;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_actor, 'user_create', jsonb_build_object('user', created.id, 'username', p_username, 'name', p_name,
                                                       'role', p_role));
    RETURN marquee_remember(p_actor, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'user', marquee_user_json(created)));
END $$;

-- Changes a user's name, role or active flag (NULL: unchanged). Disabling and a new role end the
-- user's sessions. Nobody disables or demotes themselves; the last active admin stays one.
CREATE FUNCTION marquee_update_user(p_actor bigint, p_request text, p_hash text, p_user bigint, p_name text,
                                    p_role text, p_active boolean) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    old users;
    updated users;
    changes jsonb := '{}';
    refusal jsonb;
BEGIN
    replay := marquee_replay(p_actor, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    -- Every active admin is locked first, so that two admins demoting each other at once cannot
    -- leave none.
    PERFORM 1 FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE;
    SELECT * INTO old FROM users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        refusal := marquee_refusal('NOT_FOUND', 'no user ' || p_user, '/body/userId');
    ELSIF NOT coalesce(marquee_may_manage(p_actor, old.role), false) THEN
        refusal := marquee_forbidden(old.role);
    ELSIF p_role IS NOT NULL AND NOT coalesce(marquee_may_manage(p_actor, p_role), false) THEN
        refusal := marquee_forbidden(p_role);
    ELSIF p_user = p_actor AND p_active = false THEN
        refusal := marquee_refusal('INVALID_VALUE', 'you cannot disable yourself', '/body/active');
    ELSIF p_user = p_actor AND p_role IS NOT NULL AND p_role <> old.role THEN
        refusal := marquee_refusal('INVALID_VALUE', 'you cannot change your own role', '/body/role');
    ELSIF old.role = 'admin' AND old.active AND (p_active = false OR coalesce(p_role, 'admin') <> 'admin')
          AND NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND active AND id <> p_user) THEN
        refusal := marquee_refusal('INVALID_VALUE', 'the last active admin cannot be disabled or given another role',
                                   CASE WHEN p_active = false THEN '/body/active' ELSE '/body/role' END);
    END IF;
    IF refusal IS NOT NULL THEN
        RETURN marquee_remember(p_actor, p_request, p_hash, refusal);
    END IF;

    UPDATE users SET display_name = coalesce(p_name, display_name), role = coalesce(p_role, role),
                     active = coalesce(p_active, active)
     WHERE id = p_user RETURNING * INTO updated;
    IF updated.display_name IS DISTINCT FROM old.display_name THEN
        changes := changes || jsonb_build_object('name', jsonb_build_object('from', old.display_name, 'to', updated.display_name));
    END IF;
    IF updated.role <> old.role THEN
        changes := changes || jsonb_build_object('role', jsonb_build_object('from', old.role, 'to', updated.role));
    END IF;
    IF updated.active <> old.active THEN
        changes := changes || jsonb_build_object('active', jsonb_build_object('from', old.active, 'to', updated.active));
    END IF;
    IF (updated.active <> old.active AND NOT updated.active) OR updated.role <> old.role THEN
        PERFORM marquee_end_sessions(p_user);
        SELECT * INTO updated FROM users WHERE id = p_user;
    END IF;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_actor, 'user_update', jsonb_build_object('user', p_user, 'username', old.username, 'changes', changes));
    RETURN marquee_remember(p_actor, p_request, p_hash,
        jsonb_build_object('result', 'ok', 'user', marquee_user_json(updated)));
END $$;

-- A new password chosen by the server (hashed by it): the user's sessions end and a lockout of
-- the name is lifted. Not for oneself (change_password asks for the old one).
CREATE FUNCTION marquee_reset_password(p_actor bigint, p_request text, p_hash text, p_user bigint,
                                       p_password_hash text) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    target users;
BEGIN
    replay := marquee_replay(p_actor, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO target FROM users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND THEN
        RETURN marquee_remember(p_actor, p_request, p_hash,
            marquee_refusal('NOT_FOUND', 'no user ' || p_user, '/body/userId'));
    END IF;
    IF NOT coalesce(marquee_may_manage(p_actor, target.role), false) THEN
        RETURN marquee_remember(p_actor, p_request, p_hash, marquee_forbidden(target.role));
    END IF;
    IF p_user = p_actor THEN
        RETURN marquee_remember(p_actor, p_request, p_hash,
            marquee_refusal('INVALID_VALUE', 'use change_password for your own password', '/body/userId'));
    END IF;
    UPDATE users SET password_hash = p_password_hash WHERE id = p_user;
    PERFORM marquee_end_sessions(p_user);
    DELETE FROM sign_in_failures WHERE username = target.username;
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_actor, 'user_password_reset', jsonb_build_object('user', p_user, 'username', target.username));
    RETURN marquee_remember(p_actor, p_request, p_hash, jsonb_build_object('result', 'ok', 'user', p_user));
END $$;

-- The user's own new password (the old one was checked by the server): the user's other sessions
-- end; the server hands the session that asked a token of the new epoch.
CREATE FUNCTION marquee_change_password(p_actor bigint, p_request text, p_hash text, p_password_hash text)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    e bigint;
BEGIN
    replay := marquee_replay(p_actor, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay || jsonb_build_object('epoch', (SELECT session_epoch FROM users WHERE id = p_actor));
    END IF;
    UPDATE users SET password_hash = p_password_hash WHERE id = p_actor AND active;
    IF NOT FOUND THEN
        RETURN marquee_refusal('TOKEN_INVALID', 'the user no longer exists or is disabled');
    END IF;
    e := marquee_end_sessions(p_actor);
    INSERT INTO audit_log (user_id, action, details)
    VALUES (p_actor, 'user_password_change', jsonb_build_object('user', p_actor));
    RETURN marquee_remember(p_actor, p_request, p_hash, jsonb_build_object('result', 'ok', 'user', p_actor))
        || jsonb_build_object('epoch', e);
END $$;
