-- marquee_extend answers like marquee_hold: with the hold's total and the show's currency (the
-- extend_hold reply is a hold_reply, whose total every client checks). Otherwise as in migration 2.
CREATE OR REPLACE FUNCTION marquee_extend(p_user bigint, p_request text, p_hash text, p_hold bigint,
                                          p_ttl_seconds integer, p_cap_seconds integer) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    h holds;
    new_expiry timestamptz;
    changes jsonb;
    v bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    SELECT * INTO h FROM holds WHERE id = p_hold AND user_id = p_user;
    IF NOT FOUND OR h.status <> 'active' THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'HOLD_NOT_FOUND', 'message', 'no active hold ' || p_hold));
    END IF;
    PERFORM 1 FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold ORDER BY seat_id FOR UPDATE;
    SELECT * INTO h FROM holds WHERE id = p_hold FOR UPDATE;
    IF h.status <> 'active' OR h.expires_at <= now()
       OR NOT EXISTS (SELECT 1 FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold) THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'HOLD_EXPIRED', 'message', 'the hold has expired'));
    END IF;
    new_expiry := least(now() + make_interval(secs => p_ttl_seconds),
                        h.created_at + make_interval(secs => p_cap_seconds));
    IF new_expiry <= h.expires_at THEN
        RETURN marquee_remember(p_user, p_request, p_hash,
            jsonb_build_object('error', 'HOLD_EXTEND_LIMIT', 'message', 'the hold cannot be extended further',
                               'expires', (extract(epoch FROM h.expires_at) * 1000)::bigint));
    END IF;
    UPDATE holds SET expires_at = new_expiry, extended_count = extended_count + 1 WHERE id = p_hold;
    UPDATE show_seats SET hold_expires = new_expiry WHERE show_id = h.show_id AND hold_id = p_hold;
    changes := (SELECT jsonb_agg(jsonb_build_object('seat', seat_id, 'state', 'held', 'hold', p_hold, 'by', h.terminal_id,
                                                    'expires', (extract(epoch FROM new_expiry) * 1000)::bigint)
                                 ORDER BY seat_id)
                  FROM show_seats WHERE show_id = h.show_id AND hold_id = p_hold);
    v := marquee_record_change(h.show_id, changes);
    RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
        'result', 'ok', 'hold', p_hold, 'show', h.show_id, 'version', v, 'changes', changes,
        'expires', (extract(epoch FROM new_expiry) * 1000)::bigint,
        'total', (SELECT coalesce(sum(pr.amount), 0) FROM show_seats s
                    JOIN show_prices pr ON pr.show_id = s.show_id AND pr.category = s.category
                   WHERE s.show_id = h.show_id AND s.hold_id = p_hold),
        'currency', (SELECT currency FROM shows WHERE id = h.show_id)));
END $$;
