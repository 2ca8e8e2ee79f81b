#!/usr/bin/env bash
# The load bench of docs/BENCHMARKS.md, in one go: builds Release binaries, starts its own
# PostgreSQL (synchronous_commit on) and fresh marquee-servers, runs every scenario with
# marquee-bench and the pgbench baselines in the same run, and rewrites the generated part of
# docs/BENCHMARKS.md (between the "bench:begin/end" markers; everything else is kept).
#
#   tests/bench/run-bench.sh            # the full run (~20 minutes on 2 cores)
#   tests/bench/run-bench.sh --quick    # a shorter run with smaller figures, to try the script
#
# Before and after in one run: the scenarios with targets (throughput at 32 and 64 terminals on
# spread shows, 64 terminals on one show, the rush, push, expiry) run twice, the server started with
# `--seat-groups off` (every seat operation alone in its transaction, nothing answered from memory:
# the design before issue 11) and with `--seat-groups on`. A server without that option runs once
# (the "after" column only; the report says so).
#
# Environment: MARQUEE_BENCH_BUILD (build dir, default build/bench), MARQUEE_BENCH_OUT (markdown
# file, default docs/BENCHMARKS.md), MARQUEE_BENCH_SECONDS (seconds per throughput run, default 15),
# MARQUEE_BENCH_SEAT_GROUPS (the server's option that switches group decisions, default --seat-groups).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${MARQUEE_BENCH_BUILD:-$ROOT/build/bench}
OUT=${MARQUEE_BENCH_OUT:-$ROOT/docs/BENCHMARKS.md}
RUN_SECONDS=${MARQUEE_BENCH_SECONDS:-15}
CONCURRENCY=(1 8 32 64)
TWICE=(32 64)          # the throughput concurrencies also measured with --seat-groups off
ONE_SHOW_TERMINALS=64  # all on the one 3,000-seat show (60 rows x 50, id SHOWS + 1)
SHOWS=2000
RUSH_TERMINALS=1000
PUSH_TERMINALS=1000
PUSH_CHANGES=100
EXPIRY_SEATS=100000
IDLE_COUNTS=(1000 10000)
if [[ ${1:-} == --quick ]]; then
  RUN_SECONDS=4; CONCURRENCY=(1 32); TWICE=(32); SHOWS=400; RUSH_TERMINALS=200; PUSH_TERMINALS=200
  PUSH_CHANGES=20; EXPIRY_SEATS=10000; IDLE_COUNTS=(1000)
fi
HOT_SHOW=$((SHOWS + 1)) HOT_ROWS=60 HOT_PER_ROW=50
SEAT_GROUPS=${MARQUEE_BENCH_SEAT_GROUPS:---seat-groups}
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

# off = before (each seat operation alone), on = after. Without the option: one run, "on" only.
if "$SERVER" --help 2>/dev/null | grep -qE -- "(^|[[:space:]])$SEAT_GROUPS([[:space:]=<]|\$)"; then
  MODES=(off on)
  MODES_NOTE="The server ran with \`$SEAT_GROUPS off\` (before: each seat operation alone in its transaction, nothing answered from memory) and with \`$SEAT_GROUPS on\` (after), one after the other in this run."
else
  MODES=(on)
  MODES_NOTE="**This server has no \`$SEAT_GROUPS\` option: the \"before\" runs were skipped** (every figure is the server as built, in the \"after\" column)."
  log "marquee-server has no $SEAT_GROUPS option: the before (off) runs are skipped"
fi
LAST_MODE=${MODES[-1]}
mode_args() { # mode -> the server's arguments for it
  if [[ ${#MODES[@]} -gt 1 ]]; then printf '%s\n%s\n' "$SEAT_GROUPS" "$1"; fi
}
twice() { local c; for c in "${TWICE[@]}"; do [[ $c == "$1" ]] && return 0; done; return 1; }

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

start_server() { # database mode
  local extra
  mapfile -t extra < <(mode_args "$2")
  log "server on $1 ($SEAT_GROUPS $2)"
  "$SERVER" --database-url "$(db_url "$1")" --listen 127.0.0.1 --port "$PORT" --http-port "$HTTP_PORT" \
    --rate-limit 1000000 --user-rate-limit 1000000 --idle-timeout 3600 "${extra[@]}" >>"$WORK/server.log" 2>&1 &
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

bench() { # mode scenario args... -> the RESULT line
  local line mode=$1
  shift
  line=$("$BENCH" "$@" --url "ws://127.0.0.1:$PORT" 2>>"$WORK/bench.log" | grep '^RESULT' | tail -1)
  if [[ ${#MODES[@]} -gt 1 ]]; then echo "[$SEAT_GROUPS $mode] $line"; else echo "$line"; fi >>"$WORK/results.txt"
  log "$line"
  echo "$line"
}

get() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; } # RESULT-line key
val() { local v; v=$(get "$1" "$2"); echo "${v:--}"; } # the same, "-" when not measured

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

holds_in() { psql "$(db_url "$1")" -Atc "SELECT count(*) FROM holds"; }

# script clients database [one] -> "tps p50 p99 max holds/s": tps counts every transaction (a
# conflict rolls back and still counts: decided attempts), holds/s the holds rows it inserted.
# Latency of one hold+release, ms. With "one": all clients on the one 3,000-seat show.
pgbench_run() {
  local prefix="$WORK/pgbench-log-$RANDOM" out tps before after
  local -a target=(-D first_show=1 -D shows="$SHOWS" -D rows=15 -D per_row=20)
  [[ ${4:-} == one ]] && target=(-D first_show="$HOT_SHOW" -D shows=1 -D rows="$HOT_ROWS" -D per_row="$HOT_PER_ROW")
  before=$(holds_in "$3")
  out=$(cd "$WORK" && pgbench -M prepared -n -f "$ROOT/tests/bench/$1" "${target[@]}" \
    -c "$2" -j 2 -T "$RUN_SECONDS" -l --log-prefix="$prefix" "$(db_url "$3")" 2>&1)
  after=$(holds_in "$3")
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out")
  local stats
  stats=$(cat "$prefix".* | awk '{print $3}' | sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "0 0 0"; exit }
    p50 = v[int(NR * 0.50 + 0.5) > 0 ? int(NR * 0.50 + 0.5) : 1]; p99 = v[int(NR * 0.99 + 0.5) > 0 ? int(NR * 0.99 + 0.5) : 1]
    printf "%.2f %.2f %.2f", p50 / 1000, p99 / 1000, v[NR] / 1000 }')
  rm -f "$prefix".*
  local holds
  holds=$(awk -v n=$((after - before)) -v t="$RUN_SECONDS" 'BEGIN { printf "%.0f", n / t }')
  log "pgbench $1 -c $2 ${4:-spread}: tps=$tps holds/s=$holds latency p50/p99/max=$stats"
  echo "pgbench $1 clients=$2 ${4:-spread}: tps=$tps holds_per_s=$holds latency_ms p50/p99/max=$stats" >>"$WORK/results.txt"
  printf '%.0f %s %s\n' "${tps:-0}" "$stats" "$holds"
}

checkpoint() { psql "$(db_url "$1")" -qc "CHECKPOINT" >/dev/null; }

# --- 1 + 2: throughput against the pgbench baselines, spread shows and one show -------------------------
log "seeding $SHOWS shows x 300 seats and one of 3,000"
new_database bench_tp "$SHOWS"
declare -A TP
for mode in "${MODES[@]}"; do
  start_server bench_tp "$mode"
  for c in "${CONCURRENCY[@]}"; do
    [[ $mode == "$LAST_MODE" ]] || twice "$c" || continue
    checkpoint bench_tp
    TP[$mode$c]=$(bench "$mode" throughput --database-url "$(db_url bench_tp)" --terminals "$c" --seconds "$RUN_SECONDS" --shows "$SHOWS")
    [[ $mode == "$LAST_MODE" ]] || continue
    checkpoint bench_tp
    TP[a$c]=$(pgbench_run pgbench-seed-design.sql "$c" bench_tp)
    checkpoint bench_tp
    TP[b$c]=$(pgbench_run pgbench-own-sql.sql "$c" bench_tp)
  done
  checkpoint bench_tp
  TP[${mode}one]=$(bench "$mode" throughput --one-show --database-url "$(db_url bench_tp)" --terminals "$ONE_SHOW_TERMINALS" --seconds "$RUN_SECONDS" --shows "$SHOWS")
  if [[ $mode == "$LAST_MODE" ]]; then
    checkpoint bench_tp
    TP[aone]=$(pgbench_run pgbench-seed-design.sql "$ONE_SHOW_TERMINALS" bench_tp one)
  fi
  stop_server
done

# --- 3: on-sale rush (a fresh database each time: the show sells out) ------------------------------------
declare -A RUSH PUSH PUSHSRV EXPIRY
for mode in "${MODES[@]}"; do
  new_database bench_live 400
  start_server bench_live "$mode"
  RUSH[$mode]=$(bench "$mode" rush --database-url "$(db_url bench_live)" --terminals "$RUSH_TERMINALS" --shows 400)
  stop_server
done

# --- 4: push latency, and the LISTEN/NOTIFY floor --------------------------------------------------------
# The server's own part from its histogram: change known committed -> frames written to every socket.
push_server_mean() {
  curl -s "http://127.0.0.1:$HTTP_PORT/metrics" | awk '
    /^marquee_push_latency_seconds_sum/ { s = $2 } /^marquee_push_latency_seconds_count/ { n = $2 }
    END { if (n > 0) printf "%.2f", s / n * 1000; else print "-" }'
}
for mode in "${MODES[@]}"; do
  start_server bench_live "$mode"
  PUSH[$mode]=$(bench "$mode" push --database-url "$(db_url bench_live)" --terminals "$PUSH_TERMINALS" --shows 400 --changes "$PUSH_CHANGES" --interval-ms 20)
  PUSHSRV[$mode]=$(push_server_mean)
  stop_server
done
FLOOR=$(bench - notify-floor --database-url "$(db_url bench_live)" --rounds 2000)

# --- 5: 100k holds expiring at once ----------------------------------------------------------------------
for mode in "${MODES[@]}"; do
  new_database bench_expiry 400
  start_server bench_expiry "$mode"
  EXPIRY[$mode]=$(bench "$mode" expiry --database-url "$(db_url bench_expiry)" --terminals 100 --shows 400 --count "$EXPIRY_SEATS" --expire-in 40)
  stop_server
done

# --- 6: memory with idle subscribed terminals ----------------------------------------------------------
declare -A IDLE
for n in "${IDLE_COUNTS[@]}"; do
  start_server bench_live "$LAST_MODE"
  sleep 1
  IDLE[$n]=$(bench "$LAST_MODE" idle --database-url "$(db_url bench_live)" --terminals "$n" --shows 400 --spread 20 --server-pid "$SERVER_PID")
  stop_server
done

# --- the report ------------------------------------------------------------------------------------------
unit() { if [[ $1 == - ]]; then echo "-"; else echo "$1$2"; fi; } # figure unit -> "figure unit", or "-"
yes_no() { # value target op -> met / **missed** / - (not measured)
  if [[ -z $1 || $1 == - ]]; then echo "-"; return; fi
  if awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { exit !((op == "<" && v < t) || (op == ">=" && v >= t)) }'; then echo "met"; else echo "**missed**"; fi
}
mode_label() {
  if [[ ${#MODES[@]} -eq 1 ]]; then echo "this build"
  elif [[ $1 == off ]]; then echo "before (\`$SEAT_GROUPS off\`)"
  else echo "after (\`$SEAT_GROUPS on\`)"; fi
}
# The figure of a RESULT line of each mode: "before | after" ("-" where not measured).
cols() { # array-name key [suffix-of-index]
  local -n results=$1
  printf '%s | %s' "$(val "${results[off${3:-}]:-}" "$2")" "$(val "${results[on${3:-}]:-}" "$2")"
}
p5099() { echo "$(val "$1" "${2}p50_ms") / $(val "$1" "${2}p99_ms")"; }
# marquee holds/s of a RESULT line over a pgbench figure.
over() { local m; m=$(get "$1" holds_per_s); if [[ -n $m ]]; then ratio "$m" "$2"; else echo "-"; fi; }
rush_ok() { # RESULT line -> "0 sold twice, n/n maps equal"
  [[ -n $1 ]] || { echo "-"; return; }
  echo "$(get "$1" double_sold) sold twice, $(get "$1" maps_equal)/$(get "$1" terminals_ready) maps equal"
}
CPU=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
RAM=$(free -h | awk '/^Mem:/ { print $2 }')
QT=$(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || echo "?")
read -r A1T A150 A199 _ A1H <<<"${TP[aone]}"
{
  echo "<!-- bench:begin (generated by tests/bench/run-bench.sh; edits here are overwritten) -->"
  echo "## Load bench: server against the raw-SQL baseline"
  echo
  echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($CPU), $RAM RAM, $(uname -r);"
  echo "PostgreSQL $PG_VERSION (synchronous_commit=$SYNC, fsync on), Qt $QT, Release build."
  echo "Everything on 127.0.0.1, on this one machine: PostgreSQL, marquee-server, the load generator and pgbench share the same cores."
  echo
  echo "Command: \`tests/bench/run-bench.sh${1:+ $1}\` (marquee-bench in \`tests/bench/\`; the server started as"
  echo "\`marquee-server --database-url URL --listen 127.0.0.1 --rate-limit 1000000 --user-rate-limit 1000000 [$SEAT_GROUPS off|on]\`, default 8 database connections)."
  echo "$MODES_NOTE"
  echo
  echo "### 1-2. Throughput: holds of 4 adjacent seats on $SHOWS shows x 300 seats, each followed by its release"
  echo
  echo "marquee: real terminals (WebSocket, signed in, each subscribed to one show), one request in flight each;"
  echo "latency of the hold request, send to reply. pgbench -M prepared, one transaction = one hold + its release;"
  echo "(a) the seed design (4 single-seat UPDATEs + INSERT of the booking in one transaction, then the release),"
  echo "(b) the server's own SQL (\`marquee_hold\` + \`marquee_release\`). ${RUN_SECONDS} s per run, interleaved, CHECKPOINT before each."
  echo "holds/s are successful holds (pgbench: the holds rows its run inserted). Before / after: the server with $SEAT_GROUPS off / on (before only at ${TWICE[*]})."
  echo
  echo "| terminals / clients | marquee holds/s before / after | hold p50 / p99 ms before | hold p50 / p99 / max ms after | pgbench (a) seed design holds/s | (a) p50 / p99 ms (hold+release) | pgbench (b) own SQL holds/s | (b) p50 / p99 ms | marquee / (a) before / after | marquee / (b) before / after |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  for c in "${CONCURRENCY[@]}"; do
    off=${TP[off$c]:-}; on=${TP[on$c]:-}
    read -r _ a50 a99 _ ah <<<"${TP[a$c]}"; read -r _ b50 b99 _ bh <<<"${TP[b$c]}"
    echo "| $c | $(val "$off" holds_per_s) / $(val "$on" holds_per_s) | $(p5099 "$off" hold_) | $(p5099 "$on" hold_) / $(val "$on" hold_max_ms) | $ah | $a50 / $a99 | $bh | $b50 / $b99 | $(over "$off" "$ah") / $(over "$on" "$ah") | $(over "$off" "$bh") / $(over "$on" "$bh") |"
  done
  echo
  echo "Errors in the marquee runs (after): $(for c in "${CONCURRENCY[@]}"; do printf '%s ' "$(val "${TP[on$c]}" errors)"; done)(per concurrency); conflicts: $(for c in "${CONCURRENCY[@]}"; do printf '%s ' "$(val "${TP[on$c]}" conflicts)"; done)."
  echo
  echo "**One show:** $ONE_SHOW_TERMINALS terminals (pgbench: clients) all on the one ${HOT_ROWS}x${HOT_PER_ROW} = $((HOT_ROWS * HOT_PER_ROW))-seat show (id $HOT_SHOW), the same holds of 4 adjacent seats each followed by its release."
  echo "Decided attempts/s: holds + conflicts answered (pgbench: its tps, which counts a rolled-back conflict as a transaction)."
  echo
  echo "| $ONE_SHOW_TERMINALS on one show | holds/s | decided attempts/s | conflicts | hold p50 / p99 / max ms | holds/s vs (a) | decided/s vs (a) |"
  echo "|---|---|---|---|---|---|---|"
  for mode in "${MODES[@]}"; do
    r=${TP[${mode}one]}
    echo "| marquee, $(mode_label "$mode") | $(val "$r" holds_per_s) | $(val "$r" decided_per_s) | $(val "$r" conflicts) | $(p5099 "$r" hold_) / $(val "$r" hold_max_ms) | $(over "$r" "$A1H") | $(ratio "$(get "$r" decided_per_s)" "$A1T") |"
  done
  echo "| pgbench (a) seed design, same show | $A1H | $A1T | $(awk -v t="$A1T" -v h="$A1H" 'BEGIN { if (t > 0) printf "%.1f %%", 100 * (t - h) / t; else print "-" }') | $A150 / $A199 (hold+release) | | |"
  echo
  echo "### 3. On-sale rush: $RUSH_TERMINALS terminals on one $(val "${RUSH[$LAST_MODE]}" seats)-seat show, buying 1-6 seats (hold, then cash sale) until it is sold out"
  echo
  echo "| server | sell-out | holds | holds/s | attempts | conflict rate | hold p50 / p99 / max ms | sale p99 ms | seats sold (DB) | sold twice | maps equal to the DB | errors |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  for mode in "${MODES[@]}"; do
    r=${RUSH[$mode]}
    echo "| $(mode_label "$mode") | $(val "$r" sellout_s) s | $(val "$r" holds) | $(val "$r" holds_per_s) | $(val "$r" hold_attempts) | $(val "$r" conflict_rate) % | $(p5099 "$r" hold_) / $(val "$r" hold_max_ms) | $(val "$r" sale_p99_ms) | $(val "$r" db_sold) | $(val "$r" double_sold) | $(val "$r" maps_equal) / $(val "$r" terminals_ready) | $(val "$r" errors) |"
  done
  echo
  P=${PUSH[$LAST_MODE]}
  echo "### 4. Push latency: one terminal changes a seat, $(val "$P" listeners) subscribed terminals receive the delta"
  echo
  echo "Measured from the send of the change (hold or release) to the delta's arrival at each listener, one process clock;"
  echo "$(val "$P" changes) changes one at a time, $(val "$P" received) of $(val "$P" expected) deltas received (after). Server and bench both run Qt's own (UNIX) event dispatcher (\`QT_NO_GLIB\`)."
  echo "The listeners live in the bench process ($(val "$P" listener_threads) listener thread(s), \`--listener-threads\`); they find the version in the raw frame"
  echo "(no JSON parse). What reading the frames costs them (their threads' CPU) is given apart below."
  echo
  echo "| | before | after |"
  echo "|---|---|---|"
  echo "| change sent -> delta at each listener, p50 / p99 / max ms | $(p5099 "${PUSH[off]:-}" "") / $(val "${PUSH[off]:-}" max_ms) | $(p5099 "$P" "") / $(val "$P" max_ms) |"
  echo "| change sent -> delta at the first listener, p50 / p99 ms | $(p5099 "${PUSH[off]:-}" first_) | $(p5099 "$P" first_) |"
  echo "| first -> last listener of a change, p50 / p99 ms | $(p5099 "${PUSH[off]:-}" spread_) | $(p5099 "$P" spread_) |"
  echo "| writer's reply -> delta (0 when the delta came first), p50 / p99 ms | $(p5099 "${PUSH[off]:-}" after_reply_) | $(p5099 "$P" after_reply_) |"
  echo "| server: change known committed -> frames written to every socket, mean ms (\`marquee_push_latency_seconds\`) | ${PUSHSRV[off]:--} | ${PUSHSRV[$LAST_MODE]:--} |"
  echo "| listeners' CPU per change (all $(val "$P" listeners) frames, their threads), ms | $(cols PUSH listener_cpu_ms_per_change) |"
  echo "| listeners' CPU per frame, us (of it the version tap on the raw text) | $(val "${PUSH[off]:-}" listener_cpu_us_per_frame) ($(val "${PUSH[off]:-}" tap_us_per_frame)) | $(val "$P" listener_cpu_us_per_frame) ($(val "$P" tap_us_per_frame)) |"
  echo
  echo "Floor: bare NOTIFY (autocommit) -> LISTENing libpq connection, $(val "$FLOOR" rounds) rounds: p50 $(val "$FLOOR" p50_ms) / p99 $(val "$FLOOR" p99_ms) / max $(val "$FLOOR" max_ms) ms."
  echo
  E=${EXPIRY[$LAST_MODE]}
  echo "### 5. Expiry: $(val "$E" seeded) held seats (4 per hold, $(val "$E" shows) shows) expiring at the same instant"
  echo
  echo "Seeded with SQL (holds, hold_seats, show_seats) before $(val "$E" terminals_ready) terminals subscribed (every show watched once; their maps showed $(val "$E" held_in_maps_before) held seats);"
  echo "times from the expiry instant."
  echo
  echo "| server | first push | all $(val "$E" freed_seen) pushed | last sweep transaction began | held in the DB afterwards | active holds afterwards |"
  echo "|---|---|---|---|---|---|"
  for mode in "${MODES[@]}"; do
    r=${EXPIRY[$mode]}
    echo "| $(mode_label "$mode") | $(val "$r" first_push_s) s | $(val "$r" all_pushed_s) s | $(awk -v v="$(get "$r" last_sweep_started_ms)" 'BEGIN { printf "%.3f", v / 1000 }') s | $(val "$r" db_still_held) | $(val "$r" db_active_holds) |"
  done
  echo
  echo "### 6. Memory: server RSS with idle subscribed terminals (20 shows watched)"
  echo
  echo "| terminals | connected | RSS before | RSS with them | peak (VmHWM) | per terminal |"
  echo "|---|---|---|---|---|---|"
  for n in "${IDLE_COUNTS[@]}"; do
    r=${IDLE[$n]}
    echo "| $n | $(val "$r" still_connected) | $(val "$r" rss_before_mb) MB | $(val "$r" rss_mb) MB | $(val "$r" hwm_mb) MB | $(val "$r" kb_per_terminal) KB |"
  done
  echo
  echo "### Targets (issue 11)"
  echo
  echo "Before: the server with \`$SEAT_GROUPS off\`; after: with it on; met? is the after column's."
  echo
  echo "| measure | before | after | target | met? |"
  echo "|---|---|---|---|---|"
  RB=${RUSH[off]:-}; RA=${RUSH[$LAST_MODE]}
  echo "| rush: hold p99, $RUSH_TERMINALS terminals | $(unit "$(val "$RB" hold_p99_ms)" " ms") | $(unit "$(val "$RA" hold_p99_ms)" " ms") | < 250 ms | $(yes_no "$(get "$RA" hold_p99_ms)" 250 '<') |"
  echo "| rush: sold out | $(unit "$(val "$RB" sellout_s)" " s") | $(unit "$(val "$RA" sellout_s)" " s") | < 10 s | $(yes_no "$(get "$RA" sellout_s)" 10 '<') |"
  echo "| rush: no seat sold twice, every map equal to the DB | $(rush_ok "$RB") | $(rush_ok "$RA") | 0, all | $([[ -n $RA && $(get "$RA" double_sold) == 0 && $(get "$RA" maps_equal) == "$(get "$RA" terminals_ready)" ]] && echo met || echo '**missed**') |"
  for c in "${TWICE[@]}"; do
    read -r _ _ _ _ ah <<<"${TP[a$c]}"
    ra=$(over "${TP[on$c]:-}" "$ah")
    echo "| holds/s vs pgbench seed design (a), $c terminals, spread shows | $(unit "$(over "${TP[off$c]:-}" "$ah")" x) | $(unit "$ra" x) | >= 1.2x | $(yes_no "$ra" 1.2 '>=') |"
  done
  ro=$(over "${TP[${LAST_MODE}one]}" "$A1H")
  echo "| holds/s vs pgbench seed design (a) on one show, $ONE_SHOW_TERMINALS terminals | $(unit "$(over "${TP[offone]:-}" "$A1H")" x) | $(unit "$ro" x) | >= 2x | $(yes_no "$ro" 2 '>=') |"
  EB=${EXPIRY[off]:-}
  echo "| $(val "$E" seeded) held seats expiring at once: all freed and pushed | $(unit "$(val "$EB" all_pushed_s)" " s") | $(unit "$(val "$E" all_pushed_s)" " s") | < 1 s | $(yes_no "$(get "$E" all_pushed_s)" 1 '<') |"
  echo "| push p99 to $(val "$P" listeners) terminals (listeners' own CPU per change beside it) | $(unit "$(val "${PUSH[off]:-}" p99_ms)" " ms") ($(unit "$(val "${PUSH[off]:-}" listener_cpu_ms_per_change)" " ms")) | $(val "$P" p99_ms) ms ($(val "$P" listener_cpu_ms_per_change) ms) | < 15 ms | $(yes_no "$(get "$P" p99_ms)" 15 '<') |"
  for c in "${TWICE[@]}"; do
    read -r _ _ _ _ bh <<<"${TP[b$c]}"
    rb=$(over "${TP[on$c]:-}" "$bh")
    echo "| holds/s vs pgbench own SQL (b), $c terminals (earlier target) | $(unit "$(over "${TP[off$c]:-}" "$bh")" x) | $(unit "$rb" x) | >= 0.7x | $(yes_no "$rb" 0.7 '>=') |"
  done
  last=${IDLE_COUNTS[-1]}
  echo "| $last idle terminals, server RSS (earlier target) | - | $(val "${IDLE[$last]}" rss_mb) MB | < 500 MB | $(yes_no "$(get "${IDLE[$last]}" rss_mb)" 500 '<') |"
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
