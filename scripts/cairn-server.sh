# Shared by the scripts that drive a real `cairn` binary: a scratch folder, a server on a loopback port, clean-up.
# Source it after setting CAIRN (the binary) and PORT; it sets WORK and BASE and defines the functions below.
WORK="$(mktemp -d)"
BASE="http://127.0.0.1:$PORT"
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# start_server DATABASE [SERVE-OPTION...]: runs `cairn serve` on PORT with any extra options (e.g. --demo) and
# waits up to READY_SECONDS (default 10) until /readyz answers; exits 1 when it never does.
start_server() {
  "$CAIRN" serve --database "$1" --port "$PORT" "${@:2}" >"$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 $((${READY_SECONDS:-10} * 10))); do
    curl -sf "$BASE/readyz" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break  # it exited: no point waiting
    sleep 0.1
  done
  echo "server not ready: $(cat "$WORK/serve.log")" >&2
  exit 1
}

# login EMAIL PASSWORD: prints a bearer token.
login() {
  curl -sf "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])'
}
