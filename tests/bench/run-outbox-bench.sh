#!/usr/bin/env bash
# The outbox bench of docs/BENCHMARKS.md ("Outbox"): what the transactional outbox costs the sale
# path, and how fast its publisher delivers to one webhook endpoint on loopback.
#
#   tests/bench/run-outbox-bench.sh            # 3 rounds of 20 s per mode, a 20,000-event backlog
#   tests/bench/run-outbox-bench.sh --quick    # 1 round of 5 s, 2,000 events
#
# It builds Release binaries (build/bench), starts its own PostgreSQL (synchronous_commit on), seeds
# the bench data (2000 shows), starts one marquee-server and a webhook receiver in its own process
# (marquee-bench receive: answers every POST 200), and registers the receiver for sale.completed.
# 1. Sale path: `marquee-bench sales` (32 terminals, each: hold 2 seats, sell them cash) in three
#    modes, in turn (each round starting with the next mode), `rounds` times each after one
#    discarded warm-up round of each:
#      off        the outbox's sale trigger disabled: no event;
#      written    the trigger enabled, the endpoint paused: each sale writes its event in its
#                 transaction and the publisher stamps it (the sale path's own cost);
#      delivered  the trigger enabled, the endpoint active: the publisher also POSTs every event
#                 to the receiver while the sales go on (on a small machine the server, the
#                 receiver, PostgreSQL and the 32 terminals share the same cores).
# 2. Publisher: 20,000 sale.completed events written at once; time until the endpoint's cursor has
#    them all (each a signed POST, answered, in order).
# Prints a Markdown table; paste it into docs/BENCHMARKS.md with the date and commit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${MARQUEE_BENCH_BUILD:-$ROOT/build/bench}
ROUNDS=3 SECONDS_PER_RUN=20 TERMINALS=32 EVENTS=20000
if [[ ${1:-} == --quick ]]; then ROUNDS=1 SECONDS_PER_RUN=5 EVENTS=2000; fi
PORT=${MARQUEE_BENCH_PORT:-18765}
HTTP_PORT=$((PORT + 1))
RECEIVER_PORT=$((PORT + 2))

log() { printf '\033[1m[outbox-bench]\033[0m %s\n' "$*" >&2; }

if [[ ! -f $BUILD/CMakeCache.txt ]]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMARQUEE_BUILD_CLIENT=OFF -DBUILD_TESTING=ON >/dev/null
fi
cmake --build "$BUILD" --target marquee-server marquee-bench marquee-testpg -j1 >/dev/null
SERVER=$BUILD/server/marquee-server
BENCH=$BUILD/tests/bench/marquee-bench
TESTPG=$BUILD/tests/support/marquee-testpg

WORK=$(mktemp -d /tmp/marquee-outbox-bench.XXXXXX)
chmod 755 "$WORK"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$TESTPG" stop "$WORK/pg" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

log "PostgreSQL in $WORK/pg"
"$TESTPG" start "$WORK/pg" >/dev/null
ADMIN_URL=$(cat "$WORK/pg/conninfo")
DB_URL=${ADMIN_URL%/*}/outboxbench
psql -q "$ADMIN_URL" -c "CREATE DATABASE outboxbench" >/dev/null
"$BENCH" seed --database-url "$DB_URL" --shows 2000 --users 200 >/dev/null

"$SERVER" --listen 127.0.0.1 --port "$PORT" --http-port "$HTTP_PORT" --database-url "$DB_URL" \
  --rate-limit 1000000 --user-rate-limit 1000000 \
  >"$WORK/server.log" 2>&1 &
pids+=($!)
"$BENCH" receive --port "$RECEIVER_PORT" >"$WORK/receiver.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  curl -sf "http://127.0.0.1:$HTTP_PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done
WEBHOOK=$(psql -qtA "$DB_URL" -c "SELECT marquee_webhook_save((SELECT min(id) FROM users), 'bench', 'h', NULL,
  'http://127.0.0.1:$RECEIVER_PORT/hook', '{sale.completed}', 'bench-secret-0123456789abcdef', NULL, 50) #>> '{webhook,id}'")
log "webhook $WEBHOOK -> receiver on port $RECEIVER_PORT"

trigger() { psql -q "$DB_URL" -c "ALTER TABLE sales $1 TRIGGER sales_outbox" >/dev/null; }
endpoint() {
  psql -q "$DB_URL" -c "UPDATE webhook_endpoints SET active = $1 WHERE id = $WEBHOOK" \
    -c "SELECT pg_notify('marquee_outbox', 'consumers')" >/dev/null
}
value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p"; }
lagOf() { curl -s "http://127.0.0.1:$HTTP_PORT/metrics" | sed -n "s/^marquee_outbox_consumer_lag{consumer=\"webhook:$WEBHOOK\"} //p"; }
# Waits until the endpoint has every event (after a delivered run), so no backlog spills over.
drained() {
  for _ in $(seq 600); do
    [[ $(lagOf) == 0 ]] && return
    sleep 0.5
  done
}

MODES=(off written delivered)
declare -A rate p50 p99
for mode in "${MODES[@]}"; do rate[$mode]=""; p50[$mode]=""; p99[$mode]=""; done
for round in $(seq 0 "$ROUNDS"); do
  # The houses fill as the runs go on (more conflicts, fewer sales/s): each round starts with
  # another mode, so that no mode always runs on the fullest houses.
  order=("${MODES[@]:round % 3}" "${MODES[@]:0:round % 3}")
  for mode in "${order[@]}"; do
    case $mode in
      off) trigger DISABLE; endpoint false ;;
      written) trigger ENABLE; endpoint false ;;
      delivered) trigger ENABLE; endpoint true; drained ;;
    esac
    psql -q "$DB_URL" -c "VACUUM ANALYZE" >/dev/null
    line=$("$BENCH" sales --url "ws://127.0.0.1:$PORT" --database-url "$DB_URL" --shows 2000 --users 200 \
      --terminals "$TERMINALS" --seconds "$SECONDS_PER_RUN" --warmup 2 | grep '^RESULT')
    if [[ $mode == delivered ]]; then drained; fi
    if ((round == 0)); then log "warm-up, $mode: $line"; continue; fi
    log "round $round, $mode: $line"
    rate[$mode]+="$(value sales_per_s <<<"$line") "
    p50[$mode]+="$(value sale_p50_ms <<<"$line") "
    p99[$mode]+="$(value sale_p99_ms <<<"$line") "
  done
done
trigger ENABLE
endpoint true
drained
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A med
for mode in "${MODES[@]}"; do med[$mode]=$(median <<<"${rate[$mode]}"); done
cost() { awk -v a="$1" -v b="${med[off]}" 'BEGIN {printf "%.1f", (b - a) / b * 100}'; }

drain=$("$BENCH" outbox-drain --database-url "$DB_URL" --count "$EVENTS" --consumer "webhook:$WEBHOOK" | grep '^RESULT')
log "$drain"
lag=$(lagOf)

cat <<EOF
| measure | outbox off | event written | event written and delivered |
|---|---|---|---|
| sales/s, $TERMINALS terminals (median of $ROUNDS x ${SECONDS_PER_RUN} s) | ${med[off]} | ${med[written]} | ${med[delivered]} |
| sales/s of each run | ${rate[off]} | ${rate[written]} | ${rate[delivered]} |
| sale p50 ms (hold sent to sale answered; per run) | ${p50[off]} | ${p50[written]} | ${p50[delivered]} |
| sale p99 ms (per run) | ${p99[off]} | ${p99[written]} | ${p99[delivered]} |

Cost of the outbox on the sale path (event written): **$(cost "${med[written]}") %** of sales/s (target: at most 10 %);
with the deliveries on the same machine at the same time: $(cost "${med[delivered]}") %.

| publisher, one endpoint on loopback | |
|---|---|
| backlog of $EVENTS sale.completed events ($(value payload_bytes <<<"$drain") bytes of data each) delivered in | $(value seconds <<<"$drain") s |
| events delivered per second (signed POST, answered, in order, cursor written) | **$(value events_per_s <<<"$drain")** (target: 1,000) |
| lag of the endpoint after the run | ${lag:-?} events |
EOF
