#!/usr/bin/env bash
# The seed page's cURL polling loop, unchanged but for the host and the key,
# against scandash-sim. Usage: curl-loop.sh SCANDASH_SIM
set -euo pipefail
sim=$1
log=$(mktemp)
"$sim" --port 0 --speed 10 >"$log" 2>&1 &
sim_pid=$!
trap 'kill $sim_pid 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q "listening on" "$log" && break; sleep 0.1; done
BASE=$(sed -n 's/^scandash-sim listening on //p' "$log")
KEY=$(sed -n 's/^API key: //p' "$log")
SCAN_ID=$(curl -s -X POST "$BASE/v1/scan" -H "Authorization: Bearer $KEY" \
    -H "Content-Type: application/json" -d '{"url": "https://example.com", "type": "security"}' | jq -r .id)
echo "created $SCAN_ID on $BASE"

# --- the seed's loop ---
# Poll until terminal state
while true; do
  RESP=$(curl -s $BASE/v1/scan/$SCAN_ID \
    -H "Authorization: Bearer $KEY")
  STATUS=$(echo $RESP | jq -r '.status')
  echo "Status: $STATUS"
  case $STATUS in
    completed|partial|failed) break ;;
  esac
  sleep 5
done
echo $RESP | jq .
# --- end of the seed's loop ---

case $STATUS in completed|partial|failed) ;; *) exit 1 ;; esac
