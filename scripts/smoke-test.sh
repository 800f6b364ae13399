#!/usr/bin/env bash
# End-to-end check of the real binary, as a new user would do it: add users with the CLI, start the server,
# log in, create accounts, and see the API's answers to a bad credit code, a stale version, another team's
# account and a duplicate. Usage: scripts/smoke-test.sh [path-to-cairn-binary]
set -euo pipefail
CAIRN="${1:-.build/debug/cairn}"
PORT="${CAIRN_SMOKE_PORT:-18080}"
source "$(dirname "$0")/cairn-server.sh"
DB="sqlite://$WORK/smoke.sqlite"
fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }
pass() { echo "smoke ok: $*"; }

printf '%s\n' 'harbor-lamp-71' | "$CAIRN" user add --database "$DB" --email admin@example.com --password-stdin --name 管理员 --role admin
printf '%s\n' 'river-stone-52' | "$CAIRN" user add --database "$DB" --email east@example.com --password-stdin --name 王磊 --role sales --team 华东
printf '%s\n' 'pine-cloud-33' | "$CAIRN" user add --database "$DB" --email south@example.com --password-stdin --name 林晓燕 --role sales --team 华南
if printf '%s\n' short | "$CAIRN" user add --database "$DB" --email bad --password-stdin --name x --role king 2>"$WORK/err"; then
  fail "user add accepted bad input"
fi
grep -q "email" "$WORK/err" || fail "user add error does not name the field: $(cat "$WORK/err")"
pass "cairn user add creates users and names bad fields"
if "$CAIRN" user add --database "$DB" --email x@example.com --password 'long-enough-1' --name x --role sales \
  </dev/null 2>/dev/null; then
  fail "user add took a password on the command line"
fi
if printf '%s\n' 1234567890 | "$CAIRN" user add --database "$DB" --email weak@example.com --password-stdin --name 弱 \
  --role sales 2>"$WORK/err"; then
  fail "user add accepted a guessable password"
fi
grep -q "password" "$WORK/err" || fail "the guessable password's error does not name the field: $(cat "$WORK/err")"
pass "cairn user add reads the password from stdin (or a prompt), never the command line, and refuses a guessable one"

start_server "$DB"

json() { python3 -c "import sys,json; d=json.load(sys.stdin); print($1)"; }
ADMIN=$(login admin@example.com harbor-lamp-71)
EAST=$(login east@example.com river-stone-52)
SOUTH=$(login south@example.com pine-cloud-33)
pass "login returns tokens"

code=$(curl -s -o "$WORK/created.json" -D "$WORK/created.h" -w '%{http_code}' "$BASE/api/v1/accounts" \
  -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"name":"北京某某科技有限公司","creditCode":"91350100M000100Y43","phone":"(010) 6552 1234"}')
[ "$code" = 201 ] || fail "create gave $code: $(cat "$WORK/created.json")"
grep -qi '^etag: "1"' "$WORK/created.h" || fail "no ETag on create"
ID=$(json 'd["id"]' <"$WORK/created.json")
pass "valid credit code: 201 with ETag"

code=$(curl -s -o "$WORK/bad.json" -w '%{http_code}' "$BASE/api/v1/accounts" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"name":"某某科技","creditCode":"91350100M000100Y44"}')
[ "$code" = 422 ] || fail "invalid credit code gave $code"
[ "$(json 'd["errors"][0]["field"]' <"$WORK/bad.json")" = creditCode ] || fail "wrong field: $(cat "$WORK/bad.json")"
pass "invalid credit code: 422 with errors[0].field == creditCode"

curl -sf -o /dev/null -X PATCH "$BASE/api/v1/accounts/$ID" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -H 'If-Match: "1"' -d '{"tier":"A"}' || fail "fresh PATCH failed"
code=$(curl -s -o /dev/null -w '%{http_code}' -X PATCH "$BASE/api/v1/accounts/$ID" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -H 'If-Match: "1"' -d '{"tier":"B"}')
[ "$code" = 412 ] || fail "stale PATCH gave $code"
pass "stale If-Match: 412"

SOUTH_ID=$(curl -sf "$BASE/api/v1/accounts" -H "Authorization: Bearer $SOUTH" -H 'Content-Type: application/json' \
  -d '{"name":"广州某某贸易有限公司"}' | json 'd["id"]')
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/accounts/$SOUTH_ID" -H "Authorization: Bearer $EAST")
[ "$code" = 404 ] || fail "华东 sales read another team's account: $code"
pass "华东 sales gets 404 for 华南's account"

code=$(curl -s -o "$WORK/dup.json" -w '%{http_code}' "$BASE/api/v1/accounts" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"name":"某某科技（北京）","phone":"010-6552-1234"}')
[ "$code" = 409 ] || fail "a duplicate account gave $code: $(cat "$WORK/dup.json")"
[ "$(json 'd["duplicates"][0]["id"]' <"$WORK/dup.json")" = "$ID" ] || fail "the 409 does not list $ID: $(cat "$WORK/dup.json")"
reasons=$(json '" ".join(r["code"] for r in d["duplicates"][0]["reasons"])' <"$WORK/dup.json")
[[ " $reasons " == *" match.company_core "* ]] || fail "no company-name reason: $(cat "$WORK/dup.json")"
pass "duplicate account: 409 duplicate_found listing the existing account with its reasons"

SCAN=$(curl -sf -X POST "$BASE/api/v1/duplicate-scans" -H "Authorization: Bearer $ADMIN" | json 'd["id"]')
for _ in $(seq 1 100); do
  status=$(curl -sf "$BASE/api/v1/duplicate-scans/$SCAN" -H "Authorization: Bearer $ADMIN" | json 'd["status"]')
  [ "$status" = running ] || break
  sleep 0.1
done
[ "$status" = done ] || fail "the duplicate scan ended $status"
"$CAIRN" jobs list --database "$DB" >"$WORK/jobs.out"
grep -q "duplicates.scan  done" "$WORK/jobs.out" || fail "cairn jobs list: $(cat "$WORK/jobs.out")"
code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE "$BASE/api/v1/accounts/$SOUTH_ID" -H "Authorization: Bearer $SOUTH" \
  -H 'If-Match: "1"')
[ "$code" = 403 ] || fail "a sales rep's delete gave $code"
curl -sf "$BASE/metrics" >"$WORK/metrics.txt"
# Every answer above was a deliberate 4xx or 2xx: /metrics counts them by the status the client got, none as a 500.
grep '^hb_requests' "$WORK/metrics.txt" | grep -q 'http_response_status_code="403"' ||
  fail "/metrics has no 403: $(grep '^hb_requests' "$WORK/metrics.txt")"
if grep '^hb_requests' "$WORK/metrics.txt" | grep -q 'http_response_status_code="500"'; then
  fail "/metrics counts a 500 that never happened: $(grep '^hb_requests' "$WORK/metrics.txt")"
fi
grep -q '^cairn_jobs{status="done"} 1' "$WORK/metrics.txt" || fail "/metrics has no job counts: $(grep cairn_job "$WORK/metrics.txt")"
grep -q '^cairn_job_run_seconds_count{kind="duplicates.scan"} 1' "$WORK/metrics.txt" ||
  fail "/metrics has no job run time: $(grep cairn_job "$WORK/metrics.txt")"
pass "a scan started over the API runs as a job: cairn jobs list and /metrics show it"

# Password checks run on threads of their own: a flood of wrong passwords must not stall everything else.
logins=()
for _ in $(seq 1 32); do
  curl -s -o /dev/null "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"east@example.com","password":"wrong-password"}' &
  logins+=($!)
done
sleep 0.5
took=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/healthz")
wait "${logins[@]}"
python3 -c "import sys; sys.exit(0 if float('$took') < 1.0 else 1)" ||
  fail "/healthz took ${took} s while 32 wrong passwords were being checked"
pass "32 wrong-password logins at once: /healthz still answers (in ${took} s)"

code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/test/clock")
[ "$code" = 404 ] || fail "a server started without --test-clock answers /test/clock with $code"
kill "$SERVER_PID" && wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
"$CAIRN" user team --database "$DB" --email east@example.com --team 华南 >"$WORK/team.out"
grep -q "华南" "$WORK/team.out" || fail "cairn user team: $(cat "$WORK/team.out")"
pass "cairn user team moves a user (and their records) to another team"

start_server "$DB" --test-clock 2026-11-23T09:00:00Z
[ "$(curl -sf "$BASE/test/clock" | json 'd["now"]')" = "2026-11-23T09:00:00.000Z" ] || fail "the test clock did not start at its instant"
moved=$(curl -sf "$BASE/test/clock" -H 'Content-Type: application/json' -d '{"advanceSeconds":3600}' | json 'd["now"]')
[ "$moved" = "2026-11-23T10:00:00.000Z" ] || fail "the test clock moved to $moved"
pass "serve --test-clock runs on a clock that /test/clock moves (and only such a server has that route)"
echo "smoke: 10 passed, 0 failed"
