#!/usr/bin/env bash
# Sign-up flood: does a flood of sign-ups (each an Argon2id hash) starve everyone else?
#
#   bench/signup-flood.sh [--base-url http://localhost:8080] [--rate 50] [--duration 20s] [--flood-connections 16]
#
# 1. quiet: GET /api/v1/events at a fixed rate (FixedRate.java, coordinated-omission safe), nothing else running;
# 2. flood: the same measurement while SignUpFlood.java signs up new accounts as fast as the service answers.
# Passes when the flood's p99 stays under 3x the quiet p99 and no GET /api/v1/events request fails.
# Run the service with the sign-up throttle out of the way (one address floods), e.g.
#   ROUNDS_AUTH_SIGN_UP_THROTTLE_MAX_PER_ADDRESS=1000000, so that every flood request really hashes a password.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BASE_URL="http://localhost:8080"
RATE=50
DURATION=20
FLOOD_CONNECTIONS=16
while [[ $# -gt 0 ]]; do
  case "$1" in
    --base-url) BASE_URL="${2%/}"; shift 2 ;;
    --rate) RATE="$2"; shift 2 ;;
    --duration) DURATION="${2%s}"; shift 2 ;;
    --flood-connections) FLOOD_CONNECTIONS="$2"; shift 2 ;;
    *) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
curl -sS -m 5 -o /dev/null "$BASE_URL/api/v1/specialties" || { echo "Rounds is not answering at $BASE_URL" >&2; exit 1; }

probe="flood.probe.$(date +%s%N)@bench.example.com"
token=$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"email\":\"$probe\",\"password\":\"Flood-Password-2026!\",\"displayName\":\"Dr. Probe\"}" \
  "$BASE_URL/api/v1/auth/signup" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
[[ -n "$token" ]] || { echo "could not sign up the probe account" >&2; exit 1; }

measure() {
  java "$BENCH_DIR/src/FixedRate.java" --rate "$RATE" --duration "${DURATION}s" --warmup 5s --connections 64 \
    --header "Authorization: Bearer $token" "$BASE_URL/api/v1/events?limit=20" | grep '^RESULT'
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

echo "== quiet: GET /api/v1/events at $RATE req/s for ${DURATION}s"
quiet=$(measure)
echo "== flood: the same, while $FLOOD_CONNECTIONS clients sign up as fast as they are answered"
flood_out=$(mktemp)
java "$BENCH_DIR/src/SignUpFlood.java" --base-url "$BASE_URL" --connections "$FLOOD_CONNECTIONS" \
  --duration "$((DURATION + 8))s" > "$flood_out" &
flood_pid=$!
sleep 2
flooded=$(measure)
wait "$flood_pid"
signups=$(grep '^RESULT' "$flood_out"); rm -f "$flood_out"

quiet_p99=$(field p99_ms "$quiet"); flood_p99=$(field p99_ms "$flooded")
quiet_errors=$(field errors "$quiet"); flood_errors=$(field errors "$flooded")
ratio=$(awk -v f="$flood_p99" -v q="$quiet_p99" 'BEGIN { printf "%.2f", (q > 0 ? f / q : 0) }')
echo
printf '%-28s %10s %10s %8s\n' "GET /api/v1/events" "p50 ms" "p99 ms" "errors"
printf '%-28s %10s %10s %8s\n' "quiet" "$(field p50_ms "$quiet")" "$quiet_p99" "$quiet_errors"
printf '%-28s %10s %10s %8s\n' "during sign-up flood" "$(field p50_ms "$flooded")" "$flood_p99" "$flood_errors"
echo "flood p99 / quiet p99: $ratio (must stay under 3)"
echo "sign-ups: ${signups#RESULT }"
if awk -v r="$ratio" 'BEGIN { exit !(r < 3) }' && [[ "$quiet_errors" == 0 && "$flood_errors" == 0 ]]; then
  echo "PASS"
else
  echo "FAIL"; exit 1
fi
