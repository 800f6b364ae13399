#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on loopback for the test suite and prints its URL.
# Usage: source scripts/postgres-test-server.sh   (exports CAIRN_TEST_POSTGRES_URL, stops the cluster on exit)
set -euo pipefail
PG_PORT="${CAIRN_TEST_POSTGRES_PORT:-55439}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "installing PostgreSQL…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
if (exec 3<>/dev/tcp/127.0.0.1/"$PG_PORT") 2>/dev/null; then
  echo "port $PG_PORT is already in use; set CAIRN_TEST_POSTGRES_PORT to a free port" >&2
  exit 1
fi
PG_DATA="$(mktemp -d)"
chown postgres:postgres "$PG_DATA"
chmod 700 "$PG_DATA"
runuser -u postgres -- "$PGBIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
  -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=500" start >/dev/null
stop_postgres() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$PG_DATA"; }
trap stop_postgres EXIT
export CAIRN_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres?sslmode=disable"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') running for tests at $CAIRN_TEST_POSTGRES_URL"
