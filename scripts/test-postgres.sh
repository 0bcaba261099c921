#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the store tests and print its URL.
# Installs Debian's postgresql package when it is missing (needs root). Prints nothing and exits 1
# when no server can be had; the tests then skip their PostgreSQL runs with a message.
set -uo pipefail
PORT=${MATERIEL_PG_PORT:-55432}
DIR=${MATERIEL_PG_DIR:-/tmp/materiel-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
fi
[ -n "$bin" ] || { echo "test-postgres: no PostgreSQL server available" >&2; exit 1; }
run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! run "$bin/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  rm -rf "$DIR"; mkdir -p "$DIR"; [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  run "$bin/initdb" -D "$DIR" -U postgres -A trust >/dev/null 2>&1 || { echo "test-postgres: initdb failed" >&2; exit 1; }
  run "$bin/pg_ctl" -D "$DIR" -l "$DIR/log" -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" -w start >/dev/null 2>&1 \
    || { echo "test-postgres: server did not start (see $DIR/log)" >&2; exit 1; }
fi
run "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='materiel_test'" 2>/dev/null | grep -q 1 \
  || run "$bin/createdb" -h 127.0.0.1 -p "$PORT" -U postgres materiel_test 2>/dev/null
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/materiel_test"
