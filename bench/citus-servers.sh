#!/usr/bin/env bash
# The two databases of the Citus benchmark (bench/README.md "Citus"), both from Debian's PostgreSQL 15 binaries:
#   a single node on 127.0.0.1:56360 and a local Citus 13 cluster (coordinator 56350, workers 56351-56352,
#   citus.shard_count = 4), each with the application role renda_app (no superuser, no BYPASSRLS). The ports are
#   CitusBench's; a port already taken by another server (another clone's cluster) stops the script with exit 4
#   instead of loading a province into someone else's database.
#   bench/citus-servers.sh start | resume | stop   (data under /tmp/renda-bench-pg15 and /tmp/renda-bench-citus;
#   start begins empty, resume starts the data of an earlier start again, e.g. a generated province)
# The cluster script is found as by .ci/external-db (CITUS_CLUSTER, else ../shared/citus/cluster.sh beside this
# clone or beside the repository it was cloned from). Exit status 3: the cluster cannot be built here.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
BIN=/usr/lib/postgresql/15/bin
as_pg() { if [ "$(id -u)" = 0 ]; then su nobody -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
find_cluster() {
  [ -n "${CITUS_CLUSTER:-}" ] && { echo "$CITUS_CLUSTER"; return; }
  for c in "$root/../shared/citus/cluster.sh" \
           "$(origin=$(git remote get-url origin 2>/dev/null) && [ -d "$origin" ] && echo "$origin/../shared/citus/cluster.sh")"; do
    [ -n "$c" ] && [ -x "$c" ] && { echo "$c"; return; }
  done
  echo "$root/../shared/citus/cluster.sh"
}
CLUSTER=$(find_cluster)
export CITUS_BASE=/tmp/renda-bench-citus CITUS_PORT=56350
SINGLE_PORT=56360
single=/tmp/renda-bench-pg15

# Refuses ports another server holds (our own servers are stopped first, so any answer is someone else's).
ports_free() {
  for p in $CITUS_PORT $((CITUS_PORT+1)) $((CITUS_PORT+2)) $SINGLE_PORT; do
    if pg_isready -q -h 127.0.0.1 -p "$p" 2>/dev/null; then
      echo "PORT $p IS TAKEN by another server (not ours): stop it or wait; nothing started" >&2; exit 4
    fi
  done
}

# The servers answering on our ports must be ours (cluster.sh ignores a failed start of one node).
ours() {
  for p in $CITUS_PORT $((CITUS_PORT+1)) $((CITUS_PORT+2)); do
    d=$(psql -h 127.0.0.1 -p "$p" -U postgres -qAtc "show data_directory" 2>/dev/null || true)
    [ "$d" = "$CITUS_BASE/n$p" ] || { echo "port $p is served from $d, not $CITUS_BASE/n$p" >&2; exit 4; }
  done
  d=$(psql -h 127.0.0.1 -p "$SINGLE_PORT" -U postgres -qAtc "show data_directory" 2>/dev/null || true)
  [ "$d" = "$single/data" ] || { echo "port $SINGLE_PORT is served from $d, not $single/data" >&2; exit 4; }
}

role() {
  psql -h 127.0.0.1 -p "$1" -U postgres -qc \
    "create role renda_app login nosuperuser nobypassrls nocreatedb nocreaterole password 'renda_app'" >/dev/null
}

stop() {
  [ -x "$CLUSTER" ] && "$CLUSTER" stop >/dev/null 2>&1 || true
  [ -d "$single/data" ] && as_pg "$BIN/pg_ctl -D $single/data -m fast stop" >/dev/null 2>&1 || true
}

start() {
  [ -x "$CLUSTER" ] || { echo "CITUS CANNOT BE BUILT HERE: cluster.sh not found at $CLUSTER (set CITUS_CLUSTER)" >&2; exit 3; }
  stop
  ports_free
  rm -rf "$CITUS_BASE" "$single"
  "$CLUSTER" start >/dev/null || { echo "CITUS CANNOT BE BUILT HERE: $CLUSTER start failed" >&2; exit 3; }
  psql -h 127.0.0.1 -p $CITUS_PORT -U postgres -qc "alter system set citus.shard_count = 4" -c "select pg_reload_conf()" >/dev/null
  role $CITUS_PORT
  mkdir -p "$single"; [ "$(id -u)" = 0 ] && chown nobody "$single"
  as_pg "$BIN/initdb -D $single/data -U postgres -A trust >/dev/null"
  { echo "listen_addresses = '127.0.0.1'"; echo "max_connections = 200"; } >> "$single/data/postgresql.conf"
  as_pg "$BIN/pg_ctl -D $single/data -o '-p $SINGLE_PORT -k $single' -l $single/server.log -w start >/dev/null"
  role $SINGLE_PORT
  ours
}

resume() {
  [ -d "$single/data" ] && [ -d "$CITUS_BASE/n$CITUS_PORT" ] || { start; return; }
  [ -x "$CLUSTER" ] || { echo "CITUS CANNOT BE BUILT HERE: cluster.sh not found at $CLUSTER (set CITUS_CLUSTER)" >&2; exit 3; }
  stop
  ports_free
  "$CLUSTER" start >/dev/null || { echo "CITUS CANNOT BE BUILT HERE: $CLUSTER start failed" >&2; exit 3; }
  as_pg "$BIN/pg_ctl -D $single/data -o '-p $SINGLE_PORT -k $single' -l $single/server.log -w start >/dev/null"
  ours
}

case "${1:-}" in start) start ;; resume) resume ;; stop) stop ;; *) echo "usage: $0 start|resume|stop" >&2; exit 2 ;; esac
