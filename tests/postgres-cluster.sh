#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the server tests' second run (.ci/run): Debian's postgresql binaries,
# data under /tmp, port 55432, trust authentication on localhost only. Run as root (CI) or as any user;
# PostgreSQL refuses to run as root, so as root it runs as the postgres user the package created.
#   tests/postgres-cluster.sh start   # idempotent; prints the connection string the tests take
#   tests/postgres-cluster.sh stop
set -euo pipefail
port=55432
data=${EVALWORKFLOWS_PG_DATA:-/tmp/evalworkflows-pg}
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then
      mkdir -p "$data"
      [ "$(id -u)" = 0 ] && chown postgres "$data"
      as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$port;Username=postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
    ;;
esac
