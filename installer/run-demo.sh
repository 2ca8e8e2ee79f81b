#!/usr/bin/env bash
# Runs the demo from a build directory: marquee-server on its embedded PostgreSQL with the demo
# venue, and the box-office client. Closing the client stops the server (and its PostgreSQL).
# Without a display the client runs under Xvfb and saves a screenshot instead.
set -euo pipefail
build=${1:?usage: run-demo.sh BUILD_DIR}
server_bin=$build/server/marquee-server
client_bin=$build/client/marquee
log=$build/demo-server.log

"$server_bin" --demo >"$log" 2>&1 &
server_pid=$!
cleanup() {
  if kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Wait until the server says it is ready (first start creates its PostgreSQL cluster).
for _ in $(seq 1 120); do
  if grep -q "ready\|not implemented yet" "$log" 2>/dev/null; then break; fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "marquee-server stopped; its log ($log):" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "marquee-server is running (log: $log)"

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  "$client_bin"
else
  shot=$build/demo-screenshot.png
  echo "No display: running the client under Xvfb; screenshot in $shot"
  xvfb-run -a -s "-screen 0 1280x800x24" "$client_bin" --screenshot "$shot"
fi
