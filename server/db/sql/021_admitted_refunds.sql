-- A ticket admitted at the door has someone in its seat: a cashier's refund of it would free the
-- seat for a second sale while the first customer sits there. Such refunds need a manager or an
-- admin (ALREADY_ADMITTED for anyone else). marquee_refund (005) is wrapped, not copied: the check
-- runs under the same locks the refund takes first (the sale, then its tickets), so an admission
-- cannot slip in between the check and the refund.
ALTER FUNCTION marquee_refund(bigint, text, text, text, text, bigint, bigint[], text, integer)
    RENAME TO marquee_refund_unchecked;

CREATE FUNCTION marquee_refund(p_user bigint, p_role text, p_request text, p_hash text, p_terminal text,
                               p_sale bigint, p_tickets bigint[], p_reason text, p_window_seconds integer)
RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    replay jsonb;
    v_admitted bigint;
BEGIN
    replay := marquee_replay(p_user, p_request, p_hash);
    IF replay IS NOT NULL THEN
        RETURN replay;
    END IF;
    IF p_role NOT IN ('admin', 'manager') THEN
        PERFORM 1 FROM sales WHERE id = p_sale FOR UPDATE;
        PERFORM 1 FROM tickets WHERE sale_id = p_sale ORDER BY id FOR UPDATE;
        SELECT min(id) INTO v_admitted FROM tickets
         WHERE sale_id = p_sale AND status = 'valid' AND admitted_at IS NOT NULL
           AND (p_tickets IS NULL OR id = ANY (p_tickets));
        IF v_admitted IS NOT NULL THEN
            RETURN marquee_remember(p_user, p_request, p_hash, jsonb_build_object(
                'error', 'ALREADY_ADMITTED',
                'message', 'a ticket of this refund was admitted at the door: a manager must refund it',
                'details', jsonb_build_object('ticketId', v_admitted::text)));
        END IF;
    END IF;
    RETURN marquee_refund_unchecked(p_user, p_role, p_request, p_hash, p_terminal, p_sale, p_tickets, p_reason,
                                    p_window_seconds);
END $$;
