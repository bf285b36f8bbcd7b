#!/usr/bin/env bash
# Acknowledged writes under kill -9 (issue #15): progress notes are written one after another while the
# application is killed with SIGKILL and started again, and then while the embedded PostgreSQL's postmaster is
# killed with SIGKILL (the application's watchdog restarts it). Every note answered 2xx must be in the database
# afterwards. Loopback only; uses its own data directory. Prints one line of figures and exits 1 on a lost write.
#
#   scripts/kill9-check.sh [port] [seconds-per-phase]
#
# Needs the packaged application (./mvnw -q -o package -DskipTests) and curl.
set -euo pipefail
PORT=${1:-18601}
PHASE=${2:-20}
BASE="http://127.0.0.1:$PORT"
JAR=$(ls target/renda-*.jar | grep -v plain | head -1)
DATA=$(mktemp -d /tmp/renda-kill9.XXXXXX)
chmod 755 "$DATA"
LOG="$DATA/app.log"
ACKED="$DATA/acked.txt"
: >"$ACKED"
USER_PW="staff:demo2023"

start_app() {
  java -Xmx512m -jar "$JAR" --server.port="$PORT" --renda.data-dir="$DATA" >>"$LOG" 2>&1 &
  APP=$!
  for _ in $(seq 1 300); do
    if curl -fs "$BASE/actuator/health" | grep -q '"UP"'; then return 0; fi
    sleep 1
  done
  echo "application did not come up; see $LOG" >&2
  exit 2
}

APP=""
trap '[ -n "$APP" ] && kill "$APP" 2>/dev/null || true' EXIT
start_app
# a suggestion the demo unit may write progress notes on
CASE=""
for id in $(curl -fs -u "$USER_PW" "$BASE/api/v1/suggestions?status=REGISTERED&size=50" | grep -o '"id":[0-9]*' | cut -d: -f2); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -u "$USER_PW" -H 'Content-Type: application/json' \
    -d '{"note":"kill9 probe"}' "$BASE/api/v1/suggestions/$id/progress")
  if [ "$code" = 200 ]; then CASE=$id; break; fi
done
[ -n "$CASE" ] || { echo "no registered suggestion takes a progress note from the demo staff" >&2; exit 2; }

writer() {
  local n=0
  while [ ! -f "$DATA/stop" ]; do
    n=$((n + 1))
    local text="kill9-$$-$n"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u "$USER_PW" \
      -H 'Content-Type: application/json' -d "{\"note\":\"$text\"}" \
      "$BASE/api/v1/suggestions/$CASE/progress" || true)
    case "$code" in 2*) echo "$text" >>"$ACKED" ;; esac
    echo "$code" >>"$DATA/codes.txt"
  done
}
writer &
WRITER=$!

sleep "$PHASE"
kill -9 "$APP" # the application, mid-write
sleep 1
start_app
sleep "$PHASE"
PG=$(head -1 "$DATA/postgres/pgdata/postmaster.pid" 2>/dev/null || true)
if [ -n "$PG" ]; then kill -9 "$PG"; fi # the database, mid-write; the watchdog brings it back
sleep "$PHASE"
touch "$DATA/stop"
wait "$WRITER" || true

# the database is back when the application answers again (the watchdog restarts the postmaster)
DETAIL=""
for _ in $(seq 1 60); do
  if DETAIL=$(curl -fs -u "$USER_PW" "$BASE/api/v1/suggestions/$CASE"); then break; fi
  sleep 1
done
[ -n "$DETAIL" ] || { echo "the application did not answer after the database was killed; see $LOG" >&2; exit 3; }
lost=0
while read -r text; do
  grep -q "\"$text\"" <<<"$DETAIL" || { lost=$((lost + 1)); echo "lost: $text" >&2; }
done <"$ACKED"
writes=$(wc -l <"$DATA/codes.txt")
acked=$(wc -l <"$ACKED")
refused=$(grep -vc '^2' "$DATA/codes.txt" || true)
echo "writes $writes, acknowledged $acked, refused or unanswered $refused, acknowledged but lost $lost (kill -9 of the application once, of the postmaster once; data $DATA)"
[ "$lost" = 0 ]
