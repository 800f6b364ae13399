#!/usr/bin/env bash
# A connection flood against the real binary: thousands of idle connections plus some that send their headers or
# bodies a byte at a time; a new client must still be served within a second, and the slow ones must be closed.
# Usage: scripts/connection-flood-test.sh [path-to-cairn-binary] [--full]
#   default (CI): the server may hold 1,024 file handles, 3,000 idle and 100 slow connections, short timeouts
#                 (so the cap, the closing of connections idle longest and both timeouts are all exercised);
#   --full:       the server with its own limits and default timeouts; two client processes (each bound by its own
#                 file-handle limit) hold 10,000 idle connections each, then 200 slow ones; timeouts not waited for.
set -euo pipefail
CAIRN="${1:-.build/debug/cairn}"
PORT="${CAIRN_FLOOD_PORT:-18095}"
source "$(dirname "$0")/cairn-server.sh"
DB="sqlite://$WORK/flood.sqlite"

if [ "${2:-}" = "--full" ]; then
  start_server "$DB"
  python3 "$(dirname "$0")/connection_flood.py" 127.0.0.1 "$PORT" --idle 10000 --hold 60 &
  HOLDER=$!
  sleep 8
  python3 "$(dirname "$0")/connection_flood.py" 127.0.0.1 "$PORT" --idle 10000 --slow 200 --max-wait 1
  kill "$HOLDER" 2>/dev/null || true
else
  # `ulimit` in a subshell: only the server gets the small limit.
  ( ulimit -n 1024; exec "$CAIRN" serve --database "$DB" --port "$PORT" --idle-timeout 2 --request-timeout 3 ) \
    >"$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do curl -sf "$BASE/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
  python3 "$(dirname "$0")/connection_flood.py" 127.0.0.1 "$PORT" --idle 3000 --slow 100 --slow-deadline 6 --max-wait 1
  grep -q "connection cap reached" "$WORK/serve.log" || { echo "FLOOD FAIL: the cap was never reached" >&2; exit 1; }
fi
curl -sf "$BASE/healthz" >/dev/null || { echo "FLOOD FAIL: /healthz does not answer after the flood" >&2; exit 1; }
echo "flood ok"
