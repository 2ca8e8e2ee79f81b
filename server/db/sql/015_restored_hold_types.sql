-- Migration 15: a session's holds to recover at their ticket types (issue 10). Runs in the
-- migration's transaction (see server/db/schema.cpp).
--
-- marquee_session_start (migration 5) totals a recovered hold at the default type's prices
-- (show_prices) and leaves out the types, so a basket put back after a new sign-in showed every
-- seat as the default type at the default price, and a cashier who had picked Child saw one total
-- and was charged another. The session now starts through marquee_session_start_priced: the same
-- shift, and holds that carry what hold_reply carries (migration 11's marquee_priced): the total
-- of the seats at their types' prices (marquee_hold_seat_prices, as sell charges them) and each
-- seat's type as {"seat", "type", "name"}, by seat.

-- This user's active holds at this terminal, newest first, priced at their seats' types.
CREATE FUNCTION marquee_session_holds(p_user bigint, p_terminal text) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object(
               'hold', h.id, 'show', h.show_id, 'expires', (extract(epoch FROM h.expires_at) * 1000)::bigint,
               'seats', x.seats, 'total', x.total, 'currency', sh.currency, 'ticketTypes', x.types)
               ORDER BY h.created_at DESC), '[]')
      FROM holds h
      JOIN shows sh ON sh.id = h.show_id
      CROSS JOIN LATERAL (
          SELECT jsonb_agg(p.seat_id ORDER BY p.seat_id) AS seats, coalesce(sum(p.price), 0) AS total,
                 jsonb_agg(jsonb_build_object('seat', p.seat_id, 'type', p.ticket_type_id, 'name', p.ticket_type_name)
                           ORDER BY p.seat_id) AS types
            FROM marquee_hold_seat_prices(h.id) p
            JOIN show_seats ss ON ss.show_id = h.show_id AND ss.seat_id = p.seat_id AND ss.status = 'held') x
     WHERE h.user_id = p_user AND h.terminal_id = p_terminal AND h.status = 'active'
       AND h.expires_at > now() AND x.seats IS NOT NULL;
$$;

-- marquee_session_start with the holds of marquee_session_holds.
CREATE FUNCTION marquee_session_start_priced(p_user bigint, p_terminal text, p_float bigint, p_open_shift boolean)
RETURNS jsonb
LANGUAGE sql AS $$
    SELECT marquee_session_start(p_user, p_terminal, p_float, p_open_shift)
           || jsonb_build_object('holds', marquee_session_holds(p_user, p_terminal));
$$;
