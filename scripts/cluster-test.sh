#!/usr/bin/env bash
# Several `cairn serve` nodes on one PostgreSQL, as in a scaled-out deployment, on test clocks: every job runs
# exactly once, also when a node is killed mid-run; a schedule runs once per occurrence however many nodes look at
# it; a duplicate scan survives its server being killed mid-scan. Leases are a few seconds of test-clock time, so
# nothing waits for them in real time.
# Usage: CAIRN_TEST_POSTGRES_URL=postgres://… scripts/cluster-test.sh [path-to-cairn-binary]
set -euo pipefail
CAIRN="${1:-.build/debug/cairn}"
ADMIN_URL="${CAIRN_TEST_POSTGRES_URL:?cluster-test needs CAIRN_TEST_POSTGRES_URL (source scripts/postgres-test-server.sh)}"
PSQL="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/psql"
START="2026-11-23T09:00:00Z"
WORK="$(mktemp -d)"
declare -A PIDS=() PORTS=([a]=18181 [b]=18182)
cleanup() { for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
fail() { echo "CLUSTER FAIL: $*" >&2; for f in "$WORK"/*.log; do echo "--- $f" >&2; tail -20 "$f" >&2; done; exit 1; }
pass() { echo "cluster ok: $*"; }
export PGOPTIONS="-c client_min_messages=warning"
sql() { "$PSQL" "$DB" -v ON_ERROR_STOP=1 -qtAc "$1"; }

# fresh_database NAME: an empty database on the test server; sets DB.
fresh_database() {
  "$PSQL" "$ADMIN_URL" -qtAc "DROP DATABASE IF EXISTS $1" >/dev/null
  "$PSQL" "$ADMIN_URL" -qtAc "CREATE DATABASE $1" >/dev/null
  DB="${ADMIN_URL%/*}/$1?sslmode=disable"
}

# start_node NAME: `cairn serve` on the node's port, on a test clock, with leases of 3 s and 4 workers.
start_node() {
  local port="${PORTS[$1]}"
  "$CAIRN" serve --database "$DB" --port "$port" --test-clock "$START" --node-name "$1" \
    --job-lease-seconds 3 --job-poll-seconds 0.1 --job-workers 4 >>"$WORK/$1.log" 2>&1 &
  PIDS[$1]=$!
  disown "${PIDS[$1]}"  # killed on purpose below: no "Killed" line from the shell
  for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && return 0
    kill -0 "${PIDS[$1]}" 2>/dev/null || break
    sleep 0.1
  done
  fail "node $1 did not start"
}

# stop_nodes: a graceful stop of every running node (SIGTERM), waiting until each has exited.
stop_nodes() {
  for node in "${!PIDS[@]}"; do
    kill "${PIDS[$node]}" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "${PIDS[$node]}" 2>/dev/null || break; sleep 0.1; done
  done
  PIDS=()
}

# advance NAME SECONDS: moves one node's test clock forward.
advance() {
  curl -sf "http://127.0.0.1:${PORTS[$1]}/test/clock" -H 'Content-Type: application/json' \
    -d "{\"advanceSeconds\": $2}" >/dev/null || fail "could not move node $1's clock"
}

# wait_for SQL EXPECTED SECONDS: polls until the query answers EXPECTED.
wait_for() {
  local answer=""
  for _ in $(seq 1 $(($3 * 10))); do
    answer="$(sql "$1")"
    [ "$answer" = "$2" ] && return 0
    sleep 0.1
  done
  fail "waited $3 s for '$1' to be $2; it is $answer"
}

# check_one_run_per_job KIND_CONDITION EXPECTED: every matching job is done and wrote exactly one row.
check_one_run_per_job() {
  local jobs runs distinct doubles
  jobs="$(sql "SELECT count(*) FROM jobs WHERE $1 AND status = 'done'")"
  runs="$(sql "SELECT count(*) FROM job_test_runs r JOIN jobs j ON j.id = r.job_id WHERE $1")"
  distinct="$(sql "SELECT count(DISTINCT r.job_id) FROM job_test_runs r JOIN jobs j ON j.id = r.job_id WHERE $1")"
  doubles="$(sql "SELECT count(*) FROM (SELECT job_id FROM job_test_runs GROUP BY job_id HAVING count(*) > 1) d")"
  [ "$jobs" = "$2" ] && [ "$runs" = "$2" ] && [ "$distinct" = "$2" ] && [ "$doubles" = 0 ] ||
    fail "expected $2 jobs with one run each: $jobs done, $runs runs of $distinct jobs, $doubles jobs ran twice"
}

enqueue() {
  curl -sf "http://127.0.0.1:${PORTS[a]}/test/jobs" -H 'Content-Type: application/json' \
    -d "{\"count\": $1, \"workMilliseconds\": $2}" >/dev/null || fail "could not enqueue test jobs"
}

test_jobs="kind = 'test.write-row' AND unique_key IS NULL"

# 1. Two nodes share 1,000 due jobs.
fresh_database cairn_cluster_share
start_node a
start_node b
enqueue 1000 5
wait_for "SELECT count(*) FROM jobs WHERE $test_jobs AND status = 'done'" 1000 120
check_one_run_per_job "$test_jobs" 1000
nodes="$(sql "SELECT string_agg(node || ' ' || n, ', ') FROM (SELECT node, count(*) n FROM job_test_runs GROUP BY node ORDER BY node) x")"
[ "$(sql "SELECT count(DISTINCT node) FROM job_test_runs")" = 2 ] || fail "one node ran every job ($nodes)"
pass "two nodes, 1,000 jobs: one run each ($nodes)"
stop_nodes

# 2. The same with node a killed by SIGKILL mid-run: b takes a's expired leases over and finishes everything.
fresh_database cairn_cluster_kill
start_node a
start_node b
enqueue 1000 40
wait_for "SELECT count(*) >= 150 FROM job_test_runs WHERE node = 'a'" t 60
kill -9 "${PIDS[a]}"
unset 'PIDS[a]'
held="$(sql "SELECT count(*) FROM jobs WHERE status = 'running' AND lease_owner = 'a'")"
[ "$held" -gt 0 ] || fail "node a held no job when it was killed"
wait_for "SELECT count(*) FROM jobs WHERE $test_jobs AND status <> 'done' AND lease_owner IS DISTINCT FROM 'a'" 0 120
# a's leases (3 s on its clock) ran out: move b's clock past them.
advance b 10
wait_for "SELECT count(*) FROM jobs WHERE $test_jobs AND status = 'done'" 1000 60
check_one_run_per_job "$test_jobs" 1000
taken="$(sql "SELECT count(*) FROM jobs WHERE $test_jobs AND attempts >= 2")"
[ "$taken" -ge "$held" ] || fail "$held jobs were held by a, only $taken were run again"
pass "node a killed holding $held jobs: b ran them again, still one run per job"
stop_nodes

# 3. A schedule due every minute, two nodes, both clocks moved an hour: 60 runs, not 120.
fresh_database cairn_cluster_schedule
start_node a
start_node b
advance a 3600
advance b 3600
schedule="unique_key LIKE 'schedule:test.every-minute:%'"
wait_for "SELECT count(*) FROM jobs WHERE $schedule AND status = 'done'" 60 60
advance a 1
advance b 1
sleep 1
check_one_run_per_job "$schedule" 60
pass "a schedule every minute, two nodes, an hour later: 60 runs"
stop_nodes

# 4. A duplicate scan started over the API survives its server being killed mid-scan.
fresh_database cairn_cluster_scan
"$CAIRN" demo --database "$DB" --accounts 12000 >"$WORK/demo.log" 2>&1 || fail "demo data: $(tail -3 "$WORK/demo.log")"
printf '%s\n' 'amber-field-94' | "$CAIRN" user add --database "$DB" --email scan-admin@example.com --password-stdin --name 查重 --role admin >/dev/null
start_node a
TOKEN="$(curl -sf "http://127.0.0.1:${PORTS[a]}/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d '{"email":"scan-admin@example.com","password":"amber-field-94"}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')"
SCAN="$(curl -sf -X POST "http://127.0.0.1:${PORTS[a]}/api/v1/duplicate-scans" -H "Authorization: Bearer $TOKEN" |
  python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')"
JOB="$(sql "SELECT job_id FROM duplicate_scans WHERE id = '$SCAN'")"
[ "$(sql "SELECT kind FROM jobs WHERE id = '$JOB'")" = duplicates.scan ] || fail "scan $SCAN has no job row"
wait_for "SELECT status FROM jobs WHERE id = '$JOB'" running 30
kill -9 "${PIDS[a]}"
unset 'PIDS[a]'
state="$(sql "SELECT s.status || ' ' || j.status FROM duplicate_scans s JOIN jobs j ON j.id = s.job_id WHERE s.id = '$SCAN'")"
[ "$state" = "running running" ] || fail "the scan was not mid-way when killed: $state"
start_node a
advance a 10
wait_for "SELECT status FROM duplicate_scans WHERE id = '$SCAN'" done 120
attempts="$(sql "SELECT attempts || ' ' || status FROM jobs WHERE id = '$JOB'")"
[ "$attempts" = "2 done" ] || fail "the scan's job after the restart: $attempts"
records="$(sql "SELECT records FROM duplicate_scans WHERE id = '$SCAN'")"
pass "a scan killed mid-way finished after the restart (attempt 2, $records accounts)"
stop_nodes
