#!/usr/bin/env bash
# Runs the demo from a build directory: marquee-server on its embedded PostgreSQL with the demo
# venue, and the box office signed in as the demo cashier. Closing the box office stops the
# server (and its PostgreSQL). Without a display the box office runs under Xvfb and saves a
# screenshot instead.
#
# Environment: MARQUEE_DEMO_PORT (default 8765), MARQUEE_DATA_DIR (the server's default).
set -euo pipefail
build=${1:?usage: run-demo.sh BUILD_DIR}
server_bin=$build/server/marquee-server
client_bin=$build/client/marquee
port=${MARQUEE_DEMO_PORT:-8765}
log=$build/demo-server.log

"$server_bin" --demo --listen 127.0.0.1 --port "$port" --http-port $((port + 1)) >"$log" 2>&1 &
server_pid=$!
cleanup() {
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The first start creates the PostgreSQL cluster and hashes the demo passwords: give it time.
echo "Starting marquee-server (log: $log)..."
for _ in $(seq 1 240); do
  if grep -q "marquee-server ready" "$log" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "marquee-server stopped; its log:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
grep -q "marquee-server ready" "$log" || { echo "marquee-server did not become ready; see $log" >&2; exit 1; }
echo "marquee-server is ready on ws://127.0.0.1:$port (health: http://127.0.0.1:$((port + 1))/healthz)"
echo "Demo users (password = user name): cashier, cashier2, manager, admin, kiosk"

client_args=(--server "ws://127.0.0.1:$port" --user cashier --password cashier)
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$client_bin" "${client_args[@]}"
else
  shot=$build/demo-screenshot.png
  echo "No display: running the box office under Xvfb; its screenshot goes to $shot"
  xvfb-run -a -s "-screen 0 1400x900x24" "$client_bin" "${client_args[@]}" --screenshot "$shot"
  echo "Screenshot saved: $shot"
fi
