#!/usr/bin/env bash
# Probes a running Renda on loopback with sqlmap (Debian: apt-get install sqlmap) over the API's list parameters
# (q, sort, dir, page, size and filters) and a JSON body, signed in (HTTP Basic) as a staff user and, for the
# account list, as an administrator. Loopback only; bounded level and risk; prints one line per target and totals.
#   ./scripts/sqlmap-check.sh [base-url] [user] [password]      (ADMIN_USER / ADMIN_PASSWORD: admin / demo2023)
# Exit 0: nothing injectable; 1: findings (see the log); 2: cannot run.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
USER_NAME=${2:-staff}
PASSWORD=${3:-demo2023}
ADMIN_USER=${ADMIN_USER:-admin}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-demo2023}
LEVEL=${SQLMAP_LEVEL:-2}
# All techniques by default; SQLMAP_TECHNIQUE=BEU (no time-based or stacked) for a quick run on a busy machine.
TECHNIQUE=${SQLMAP_TECHNIQUE:-BEUSTQ}
case "$BASE" in
  http://127.*|http://localhost*|http://\[::1\]*) ;;
  *) echo "refusing: only a loopback instance may be probed" >&2; exit 2 ;;
esac
command -v sqlmap >/dev/null || { echo "sqlmap missing: apt-get install sqlmap" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl missing" >&2; exit 2; }
basic() { printf 'Authorization: Basic %s' "$(printf '%s:%s' "$1" "$2" | base64 -w0)"; }
STAFF_AUTH=$(basic "$USER_NAME" "$PASSWORD")
ADMIN_AUTH=$(basic "$ADMIN_USER" "$ADMIN_PASSWORD")
curl -fsS -o /dev/null -H "$STAFF_AUTH" "$BASE/api/v1/me" || { echo "cannot sign in at $BASE as $USER_NAME" >&2; exit 2; }
OUT=$(mktemp -d)
LOG="$OUT/run.log"
START=$(date +%s)
targets=0
total_requests=0

probe() { # auth, then sqlmap arguments
  local auth=$1; shift
  local t0=$(date +%s)
  targets=$((targets + 1))
  sqlmap "$@" --headers="$auth" --batch --level="$LEVEL" --risk=1 --technique="$TECHNIQUE" --threads=2 --time-sec=2 \
    --output-dir="$OUT" --disable-coloring --flush-session -t "$OUT/traffic-$targets.txt" \
    >"$OUT/target-$targets.log" 2>&1 || true
  cat "$OUT/target-$targets.log" >>"$LOG"
  local verdict="no injection"
  if grep -q "identified the following injection point" "$OUT/target-$targets.log"; then verdict="INJECTABLE"; fi
  local requests
  requests=$(grep -c '^HTTP request \[#' "$OUT/traffic-$targets.txt" 2>/dev/null || echo 0)
  total_requests=$((total_requests + requests))
  printf '%-70s %-12s %5ss %s\n' "$(echo "$*" | grep -oE 'https?://[^ ]+' | head -1 | sed "s|$BASE||")" "$verdict" \
    "$(( $(date +%s) - t0 ))" "($requests requests)"
}

for path in \
  "/api/v1/cases?q=x&state=ASSIGNED&sort=number&dir=asc&page=0&size=20" \
  "/api/v1/suggestions?q=x&sort=title&dir=desc&page=0&size=20" \
  "/api/v1/meetings?q=x&sort=startsAt&dir=asc" \
  "/api/v1/deputies?q=x&sort=name&dir=asc" \
  "/api/v1/people?q=x&sort=name&dir=desc" \
  "/api/v1/units?q=x&sort=name" \
  "/api/v1/outreach/opinions?q=x&page=0&size=20"; do
  probe "$STAFF_AUTH" -u "$BASE$path"
done
probe "$ADMIN_AUTH" -u "$BASE/api/v1/accounts?q=x&page=0&size=20"
# A JSON body (a progress note on the first suggestion) with its text marked as the injection point
SUGGESTION=$(curl -fsS -H "$STAFF_AUTH" "$BASE/api/v1/suggestions?size=1" | grep -oE '"id":[0-9]+' | head -1 | cut -d: -f2)
probe "$STAFF_AUTH" -u "$BASE/api/v1/suggestions/${SUGGESTION:-1}/progress" --method=POST \
  --data='{"note":"x*"}' -H "Content-Type: application/json"

FOUND=$(grep -c "identified the following injection point" "$LOG" || true)
echo "sqlmap $(sqlmap --version 2>/dev/null | head -1): $targets targets, level $LEVEL risk 1 techniques $TECHNIQUE, $total_requests requests," \
  "$(( $(date +%s) - START ))s, findings: $FOUND (log: $LOG)"
if [ "$FOUND" -gt 0 ]; then exit 1; fi
