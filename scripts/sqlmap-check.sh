#!/usr/bin/env bash
# Probes a running Renda on loopback with sqlmap (Debian: apt-get install sqlmap) over the API's query
# parameters and JSON bodies, as a signed-in staff user. Loopback only; bounded level and risk.
#   ./scripts/sqlmap-check.sh [base-url] [user] [password]
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
USER_NAME=${2:-staff}
PASSWORD=${3:-demo2023}
case "$BASE" in
  http://127.*|http://localhost*) ;;
  *) echo "refusing: only a loopback instance may be probed" >&2; exit 2 ;;
esac
command -v sqlmap >/dev/null || { echo "sqlmap missing: apt-get install sqlmap" >&2; exit 2; }
OUT=$(mktemp -d)
AUTH="Authorization: Basic $(printf '%s:%s' "$USER_NAME" "$PASSWORD" | base64)"
urls=(
  "$BASE/api/v1/cases?q=x&sort=number&dir=asc&page=0&size=20"
  "$BASE/api/v1/suggestions?q=x&sort=title&dir=desc"
  "$BASE/api/v1/meetings?q=x&sort=startsAt"
  "$BASE/api/v1/deputies?q=x"
  "$BASE/api/v1/units?q=x"
  "$BASE/api/v1/accounts?q=x"
)
for u in "${urls[@]}"; do
  sqlmap -u "$u" --headers="$AUTH" --batch --level=2 --risk=1 --threads=2 --time-sec=2 \
    --output-dir="$OUT" --disable-coloring 2>&1 | tee -a "$OUT/run.log" | grep -E "injectable|all tested parameters" || true
done
# A JSON body (progress note) with every string field marked as an injection point
sqlmap -u "$BASE/api/v1/suggestions/1/progress" --method=POST --headers="$AUTH" \
  --data='{"note":"x*"}' --batch --level=2 --risk=1 --output-dir="$OUT" 2>&1 | tee -a "$OUT/run.log" \
  | grep -E "injectable|all tested parameters" || true
if grep -q "is vulnerable\|appears to be .* injectable" "$OUT/run.log"; then
  echo "FINDINGS: see $OUT/run.log"; exit 1
fi
echo "sqlmap: no injectable parameter found (log: $OUT/run.log)"
