#!/usr/bin/env bash
# The load bench of docs/BENCHMARKS.md, in one go: builds Release binaries, starts its own
# PostgreSQL (synchronous_commit on) and fresh marquee-servers, runs every scenario with
# marquee-bench and the pgbench baselines in the same run, and rewrites the generated part of
# docs/BENCHMARKS.md (between the "bench:begin/end" markers; everything else is kept).
#
#   tests/bench/run-bench.sh            # the full run (~15 minutes on 2 cores)
#   tests/bench/run-bench.sh --quick    # a shorter run with smaller figures, to try the script
#
# Environment: MARQUEE_BENCH_BUILD (build dir, default build/bench), MARQUEE_BENCH_OUT (markdown
# file, default docs/BENCHMARKS.md), MARQUEE_BENCH_SECONDS (seconds per throughput run, default 15).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${MARQUEE_BENCH_BUILD:-$ROOT/build/bench}
OUT=${MARQUEE_BENCH_OUT:-$ROOT/docs/BENCHMARKS.md}
RUN_SECONDS=${MARQUEE_BENCH_SECONDS:-15}
CONCURRENCY=(1 8 32 64)
SHOWS=2000
RUSH_TERMINALS=1000
PUSH_TERMINALS=1000
PUSH_CHANGES=100
EXPIRY_SEATS=100000
IDLE_COUNTS=(1000 10000)
if [[ ${1:-} == --quick ]]; then
  RUN_SECONDS=4; CONCURRENCY=(1 8); SHOWS=400; RUSH_TERMINALS=200; PUSH_TERMINALS=200
  PUSH_CHANGES=20; EXPIRY_SEATS=10000; IDLE_COUNTS=(1000)
fi
PORT=${MARQUEE_BENCH_PORT:-18765}
HTTP_PORT=$((PORT + 1))

log() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

# --- build (Release, only what the bench needs; -j1: others compile on this machine too) ---------
if [[ ! -f $BUILD/CMakeCache.txt ]]; then
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DMARQUEE_BUILD_CLIENT=OFF -DBUILD_TESTING=ON >/dev/null
fi
cmake --build "$BUILD" --target marquee-server marquee-bench marquee-testpg -j1 >/dev/null
SERVER=$BUILD/server/marquee-server
BENCH=$BUILD/tests/bench/marquee-bench
TESTPG=$BUILD/tests/support/marquee-testpg
command -v pgbench >/dev/null || { log "pgbench is missing (Debian: postgresql-client)"; exit 1; }

# 10,000 terminals need 10,000 sockets in the bench and in the server.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
log "open files: $(ulimit -n)"

WORK=$(mktemp -d /tmp/marquee-bench-XXXXXX)
SERVER_PID=
cleanup() {
  stop_server
  "$TESTPG" stop "$WORK/pg" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- PostgreSQL: a fresh cluster of our own (fsync and synchronous_commit on) ----------------------
"$TESTPG" start "$WORK/pg" >/dev/null
ADMIN=$(cat "$WORK/pg/conninfo")
db_url() { echo "${ADMIN%/*}/$1"; }
PG_VERSION=$(psql "$ADMIN" -Atc "SHOW server_version")
SYNC=$(psql "$ADMIN" -Atc "SHOW synchronous_commit")

new_database() { # name shows
  psql "$ADMIN" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null 2>&1
  "$BENCH" seed --database-url "$(db_url "$1")" --shows "$2" --users 1000
}

start_server() { # database
  "$SERVER" --database-url "$(db_url "$1")" --listen 127.0.0.1 --port "$PORT" --http-port "$HTTP_PORT" \
    --rate-limit 1000000 --user-rate-limit 1000000 --idle-timeout 3600 >>"$WORK/server.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  log "the server did not start:"; tail -20 "$WORK/server.log" >&2; exit 1
}

stop_server() {
  if [[ -n $SERVER_PID ]]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}

bench() { # scenario args... -> the RESULT line
  local line
  line=$("$BENCH" "$@" --url "ws://127.0.0.1:$PORT" 2>>"$WORK/bench.log" | grep '^RESULT' | tail -1)
  echo "$line" >>"$WORK/results.txt"
  log "$line"
  echo "$line"
}

get() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; } # RESULT-line key

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

pgbench_run() { # script clients database -> "tps p50 p99 max" (latency of one hold+release, ms)
  local prefix="$WORK/pgbench-log-$RANDOM" out tps
  out=$(cd "$WORK" && pgbench -M prepared -n -f "$ROOT/tests/bench/$1" -D shows="$SHOWS" -D rows=15 -D per_row=20 \
    -c "$2" -j 2 -T "$RUN_SECONDS" -l --log-prefix="$prefix" "$(db_url "$3")" 2>&1)
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out")
  local stats
  stats=$(cat "$prefix".* | awk '{print $3}' | sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "0 0 0"; exit }
    p50 = v[int(NR * 0.50 + 0.5) > 0 ? int(NR * 0.50 + 0.5) : 1]; p99 = v[int(NR * 0.99 + 0.5) > 0 ? int(NR * 0.99 + 0.5) : 1]
    printf "%.2f %.2f %.2f", p50 / 1000, p99 / 1000, v[NR] / 1000 }')
  rm -f "$prefix".*
  log "pgbench $1 -c $2: tps=$tps latency p50/p99/max=$stats"
  printf '%.0f %s\n' "${tps:-0}" "$stats"
}

checkpoint() { psql "$(db_url "$1")" -qc "CHECKPOINT" >/dev/null; }

# --- 1 + 2: throughput against the pgbench baselines ------------------------------------------------
log "seeding $SHOWS shows x 300 seats"
new_database bench_tp "$SHOWS"
start_server bench_tp
declare -A TP
for c in "${CONCURRENCY[@]}"; do
  checkpoint bench_tp
  TP[m$c]=$(bench throughput --database-url "$(db_url bench_tp)" --terminals "$c" --seconds "$RUN_SECONDS" --shows "$SHOWS")
  checkpoint bench_tp
  TP[a$c]=$(pgbench_run pgbench-seed-design.sql "$c" bench_tp)
  checkpoint bench_tp
  TP[b$c]=$(pgbench_run pgbench-own-sql.sql "$c" bench_tp)
done
stop_server

# --- 3: on-sale rush ---------------------------------------------------------------------------------
new_database bench_live 400
start_server bench_live
RUSH=$(bench rush --database-url "$(db_url bench_live)" --terminals "$RUSH_TERMINALS" --shows 400)
stop_server

# --- 4: push latency, and the LISTEN/NOTIFY floor --------------------------------------------------------
start_server bench_live
PUSH=$(bench push --database-url "$(db_url bench_live)" --terminals "$PUSH_TERMINALS" --shows 400 --changes "$PUSH_CHANGES" --interval-ms 20)
FLOOR=$(bench notify-floor --database-url "$(db_url bench_live)" --rounds 2000)
stop_server

# --- 5: 100k holds expiring at once --------------------------------------------------------------------
new_database bench_expiry 400
start_server bench_expiry
EXPIRY=$(bench expiry --database-url "$(db_url bench_expiry)" --terminals 100 --shows 400 --count "$EXPIRY_SEATS" --expire-in 40)
stop_server

# --- 6: memory with idle subscribed terminals ----------------------------------------------------------
declare -A IDLE
for n in "${IDLE_COUNTS[@]}"; do
  start_server bench_live
  sleep 1
  IDLE[$n]=$(bench idle --database-url "$(db_url bench_live)" --terminals "$n" --shows 400 --spread 20 --server-pid "$SERVER_PID")
  stop_server
done

# --- the report ------------------------------------------------------------------------------------------
yes_no() { if awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { exit !((op == "<" && v < t) || (op == ">=" && v >= t)) }'; then echo "met"; else echo "**missed**"; fi; }
CPU=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
RAM=$(free -h | awk '/^Mem:/ { print $2 }')
QT=$(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || echo "?")
{
  echo "<!-- bench:begin (generated by tests/bench/run-bench.sh; edits here are overwritten) -->"
  echo "## Load bench: server against the raw-SQL baseline"
  echo
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($CPU), $RAM RAM, $(uname -r);"
  echo "PostgreSQL $PG_VERSION (synchronous_commit=$SYNC, fsync on), Qt $QT, Release build."
  echo "Everything on 127.0.0.1, on this one machine: PostgreSQL, marquee-server, the load generator and pgbench share the same cores."
  echo
  echo "Command: \`tests/bench/run-bench.sh${1:+ $1}\` (marquee-bench in \`tests/bench/\`; the server started as"
  echo "\`marquee-server --database-url URL --listen 127.0.0.1 --rate-limit 1000000 --user-rate-limit 1000000\`, default 8 database connections)."
  echo
  echo "### 1-2. Throughput: holds of 4 adjacent seats on $SHOWS shows x 300 seats, each followed by its release"
  echo
  echo "marquee: real terminals (WebSocket, signed in, each subscribed to one show), one request in flight each;"
  echo "latency of the hold request, send to reply. pgbench -M prepared, one transaction = one hold + its release;"
  echo "(a) the seed design (4 single-seat UPDATEs + INSERT of the booking in one transaction, then the release),"
  echo "(b) the server's own SQL (\`marquee_hold\` + \`marquee_release\`). ${RUN_SECONDS} s per run, interleaved, CHECKPOINT before each."
  echo
  echo "| terminals / clients | marquee holds/s | hold p50 / p99 / max ms | pgbench (a) seed design holds/s | (a) p50 / p99 ms (hold+release) | pgbench (b) own SQL holds/s | (b) p50 / p99 ms | marquee / (a) | marquee / (b) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for c in "${CONCURRENCY[@]}"; do
    m=${TP[m$c]}; read -r at a50 a99 _ <<<"${TP[a$c]}"; read -r bt b50 b99 _ <<<"${TP[b$c]}"
    echo "| $c | $(get "$m" holds_per_s) | $(get "$m" hold_p50_ms) / $(get "$m" hold_p99_ms) / $(get "$m" hold_max_ms) | $at | $a50 / $a99 | $bt | $b50 / $b99 | $(ratio "$(get "$m" holds_per_s)" "$at") | $(ratio "$(get "$m" holds_per_s)" "$bt") |"
  done
  echo
  echo "Errors in the marquee runs: $(for c in "${CONCURRENCY[@]}"; do printf '%s ' "$(get "${TP[m$c]}" errors)"; done)(per concurrency); conflicts: $(for c in "${CONCURRENCY[@]}"; do printf '%s ' "$(get "${TP[m$c]}" conflicts)"; done)."
  echo
  echo "### 3. On-sale rush: $RUSH_TERMINALS terminals on one $(get "$RUSH" seats)-seat show, buying 1-6 seats (hold, then cash sale) until it is sold out"
  echo
  echo "| sell-out | holds | holds/s | attempts | conflict rate | hold p50 / p99 / max ms | sale p99 ms | seats sold (DB) | sold twice | maps equal to the DB | errors |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  echo "| $(get "$RUSH" sellout_s) s | $(get "$RUSH" holds) | $(get "$RUSH" holds_per_s) | $(get "$RUSH" hold_attempts) | $(get "$RUSH" conflict_rate) % | $(get "$RUSH" hold_p50_ms) / $(get "$RUSH" hold_p99_ms) / $(get "$RUSH" hold_max_ms) | $(get "$RUSH" sale_p99_ms) | $(get "$RUSH" db_sold) | $(get "$RUSH" double_sold) | $(get "$RUSH" maps_equal) / $(get "$RUSH" terminals_ready) | $(get "$RUSH" errors) |"
  echo
  echo "### 4. Push latency: one terminal changes a seat, $(get "$PUSH" listeners) subscribed terminals receive the delta"
  echo
  echo "Measured from the send of the change (hold or release) to the delta's arrival at each listener, one process clock;"
  echo "$(get "$PUSH" changes) changes one at a time, $(get "$PUSH" received) of $(get "$PUSH" expected) deltas received."
  echo
  echo "| | p50 ms | p99 ms | max ms |"
  echo "|---|---|---|---|"
  echo "| marquee: change sent -> delta at each of $(get "$PUSH" listeners) terminals | $(get "$PUSH" p50_ms) | $(get "$PUSH" p99_ms) | $(get "$PUSH" max_ms) |"
  echo "| marquee: writer's reply -> delta (0 when the delta came first) | $(get "$PUSH" after_reply_p50_ms) | $(get "$PUSH" after_reply_p99_ms) | $(get "$PUSH" after_reply_max_ms) |"
  echo "| floor: bare NOTIFY (autocommit) -> LISTENing libpq connection, $(get "$FLOOR" rounds) rounds | $(get "$FLOOR" p50_ms) | $(get "$FLOOR" p99_ms) | $(get "$FLOOR" max_ms) |"
  echo
  echo "### 5. Expiry: $(get "$EXPIRY" seeded) held seats (4 per hold, $(get "$EXPIRY" shows) shows) expiring at the same instant"
  echo
  echo "Seeded with SQL (holds, hold_seats, show_seats) before $(get "$EXPIRY" terminals_ready) terminals subscribed (every show watched once; their maps showed $(get "$EXPIRY" held_in_maps_before) held seats);"
  echo "times from the expiry instant. The sweeper runs every second, 1,000 seats per statement, the next batch at once when one was full."
  echo
  echo "| first push | all $(get "$EXPIRY" freed_seen) pushed | last sweep transaction began | held in the DB afterwards | active holds afterwards |"
  echo "|---|---|---|---|---|"
  echo "| $(get "$EXPIRY" first_push_s) s | $(get "$EXPIRY" all_pushed_s) s | $(awk -v v="$(get "$EXPIRY" last_sweep_started_ms)" 'BEGIN { printf "%.3f", v / 1000 }') s | $(get "$EXPIRY" db_still_held) | $(get "$EXPIRY" db_active_holds) |"
  echo
  echo "### 6. Memory: server RSS with idle subscribed terminals (20 shows watched)"
  echo
  echo "| terminals | connected | RSS before | RSS with them | peak (VmHWM) | per terminal |"
  echo "|---|---|---|---|---|---|"
  for n in "${IDLE_COUNTS[@]}"; do
    r=${IDLE[$n]}
    echo "| $n | $(get "$r" still_connected) | $(get "$r" rss_before_mb) MB | $(get "$r" rss_mb) MB | $(get "$r" hwm_mb) MB | $(get "$r" kb_per_terminal) KB |"
  done
  echo
  echo "### Targets"
  echo
  echo "| target | this run | |"
  echo "|---|---|---|"
  for c in 32 64; do
    [[ -n ${TP[m$c]:-} ]] || continue
    read -r at _ <<<"${TP[a$c]}"; read -r bt _ <<<"${TP[b$c]}"
    ra=$(ratio "$(get "${TP[m$c]}" holds_per_s)" "$at"); rb=$(ratio "$(get "${TP[m$c]}" holds_per_s)" "$bt")
    echo "| holds/s >= 1.0x pgbench seed design at $c | ${ra}x | $(yes_no "$ra" 1.0 '>=') |"
    echo "| holds/s >= 0.7x pgbench own SQL at $c | ${rb}x | $(yes_no "$rb" 0.7 '>=') |"
  done
  echo "| rush p99 hold latency < 50 ms | $(get "$RUSH" hold_p99_ms) ms | $(yes_no "$(get "$RUSH" hold_p99_ms)" 50 '<') |"
  echo "| rush: no double sale, all maps equal | $(get "$RUSH" double_sold) sold twice, $(get "$RUSH" maps_equal)/$(get "$RUSH" terminals_ready) maps equal | $([[ $(get "$RUSH" double_sold) == 0 && $(get "$RUSH" maps_equal) == "$(get "$RUSH" terminals_ready)" ]] && echo met || echo '**missed**') |"
  echo "| push p99 to $(get "$PUSH" listeners) terminals < 25 ms | $(get "$PUSH" p99_ms) ms | $(yes_no "$(get "$PUSH" p99_ms)" 25 '<') |"
  echo "| $(get "$EXPIRY" seeded) expiries free and pushed < 2 s | $(get "$EXPIRY" all_pushed_s) s | $(yes_no "$(get "$EXPIRY" all_pushed_s)" 2 '<') |"
  last=${IDLE_COUNTS[-1]}
  echo "| $last idle terminals < 500 MB RSS | $(get "${IDLE[$last]}" rss_mb) MB | $(yes_no "$(get "${IDLE[$last]}" rss_mb)" 500 '<') |"
  echo
  echo "Raw results of this run:"
  echo
  echo '```'
  cat "$WORK/results.txt"
  echo '```'
  echo "<!-- bench:end -->"
} >"$WORK/section.md"

# Keep everything outside the markers (other sections, the analysis written by hand).
mkdir -p "$(dirname "$OUT")"
if [[ -f $OUT ]] && grep -q '<!-- bench:begin' "$OUT"; then
  awk -v section="$WORK/section.md" '
    /<!-- bench:begin/ { while ((getline line < section) > 0) print line; skip = 1; next }
    /<!-- bench:end -->/ { skip = 0; next }
    !skip { print }' "$OUT" >"$WORK/out.md"
  cp "$WORK/out.md" "$OUT"
elif [[ -f $OUT ]]; then
  { cat "$OUT"; echo; cat "$WORK/section.md"; } >"$WORK/out.md" && cp "$WORK/out.md" "$OUT"
else
  { echo "# Benchmarks"; echo; cat "$WORK/section.md"; } >"$OUT"
fi
log "wrote $OUT"
