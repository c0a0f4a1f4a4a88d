#!/usr/bin/env bash
# Rounds benchmark: seed data, then measure every scenario of bench/scenarios.conf.
#
#   bench/run.sh [--base-url http://localhost:8080] [--duration 20s] [--warmup 5s]
#                [--scenarios a,b] [--rate-fraction 0.6] [--skip-seed] [--list]
#                [--management-url http://localhost:9000]   (prod serves /q/* there; found by itself when left out)
#                [--start]   start the packaged service itself (bench/lib/service.sh), so that the summary also
#                            gives its launch-to-ready time; it is stopped at the end
#                [any other Bench.java option, e.g. --wrk-connections 32 --connections 64 --no-wrk]
#
# Rounds must already be running (./mvnw quarkus:dev, or java -jar backend/target/quarkus-app/quarkus-run.jar).
# Environment: BENCH_PASSWORD (password of the seeded accounts), BENCH_DB_URL or PG* variables
# (for the SQL seeds in bench/seed/), BENCH_* volumes (see bench/volumes.env).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA_DIR="$BENCH_DIR/results/data"
BASE_URL="http://localhost:8080"
MANAGEMENT_URL=""
SKIP_SEED=false
START_SERVICE=false
BENCH_ARGS=()

usage() { sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --base-url) BASE_URL="${2%/}"; shift 2 ;;
    --management-url) MANAGEMENT_URL="${2%/}"; shift 2 ;;
    --skip-seed) SKIP_SEED=true; shift ;;
    --start) START_SERVICE=true; shift ;;
    --list) exec java "$BENCH_DIR/src/Bench.java" --bench-dir "$BENCH_DIR" --list ;;
    -h|--help) usage; exit 0 ;;
    --no-wrk) BENCH_ARGS+=("$1"); shift ;;
    --*) [[ $# -ge 2 ]] || { echo "missing value for $1" >&2; exit 2; }
         BENCH_ARGS+=("$1" "$2"); shift 2 ;;
    *) echo "unexpected argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

command -v java >/dev/null || { echo "java (17+) is required" >&2; exit 1; }
SERVICE_PID=""
SERVICE_READY_SECONDS=""
# shellcheck source=lib/service.sh
source "$BENCH_DIR/lib/service.sh"
if $START_SERVICE; then
  api_port="${BASE_URL##*:}"; MANAGEMENT_URL="${MANAGEMENT_URL:-http://127.0.0.1:$((api_port + 1000))}"
  SERVICE_LOG="$BENCH_DIR/results/service.log"; mkdir -p "$BENCH_DIR/results"
  echo "== starting the packaged service on $BASE_URL (JVM options: $BENCH_JAVA_OPTS; log: $SERVICE_LOG)"
  start_service "$api_port" "${MANAGEMENT_URL##*:}" "$SERVICE_LOG"
  trap 'kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true' EXIT
  echo "   ready in $SERVICE_READY_SECONDS s"
else
  # Not started here: memory is still reported when the process listening on the API port is visible.
  SERVICE_PID="$(ss -Htlnp "sport = :${BASE_URL##*:}" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
fi

# Dev mode serves /q/* on the API port; the production package on its management port (9000 by default).
if [[ -z "$MANAGEMENT_URL" ]]; then
  if curl -fsS -m 5 -o /dev/null "$BASE_URL/q/health/live"; then MANAGEMENT_URL="$BASE_URL"
  else MANAGEMENT_URL="$(sed -E 's#:[0-9]+$##' <<<"$BASE_URL"):9000"; fi
fi
if ! curl -fsS -m 5 -o /dev/null "$MANAGEMENT_URL/q/health/live"; then
  cat >&2 <<EOF
Rounds is not answering at $MANAGEMENT_URL/q/health/live (pass --management-url if it serves /q/* elsewhere).
Start it first, from the repository root, e.g.:
  ./mvnw quarkus:dev                                   (dev mode; embedded PostgreSQL)
  ./mvnw -B package -DskipTests && java -jar backend/target/quarkus-app/quarkus-run.jar
or pass --base-url for a service running elsewhere.
EOF
  exit 1
fi
mkdir -p "$DATA_DIR"

# Volumes: defaults from volumes.env, overridden by the environment.
VOLUME_NAMES=()
while IFS='=' read -r name value; do
  [[ "$name" =~ ^BENCH_[A-Z0-9_]+$ ]] || continue
  [[ -n "${!name:-}" ]] || printf -v "$name" '%s' "$value"
  export "${name?}"
  VOLUME_NAMES+=("$name")
done < "$BENCH_DIR/volumes.env"

# Big volumes straight into PostgreSQL. Each bench/seed/sql/*.sql runs in name order and must be
# idempotent; then each bench/seed/export/<var>.sql is a query whose single column becomes
# results/data/<var>.txt for the scenario templates. Connection: BENCH_DB_URL
# (postgresql://user:pass@host:5432/rounds) or the usual PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE.
seed_sql() {
  shopt -s nullglob
  local seeds=("$BENCH_DIR"/seed/sql/*.sql) exports=("$BENCH_DIR"/seed/export/*.sql)
  shopt -u nullglob
  (( ${#seeds[@]} + ${#exports[@]} > 0 )) || return 0
  if [[ -z "${BENCH_DB_URL:-}" && -z "${PGHOST:-}${PGDATABASE:-}${PGSERVICE:-}" ]]; then
    echo "SQL seeding skipped: set BENCH_DB_URL (or PG* variables); scenarios needing its data will be skipped."
    return 0
  fi
  command -v psql >/dev/null || { echo "SQL seeding needs psql (apt-get install postgresql-client)" >&2; return 1; }
  local psql=(psql -X -q -v ON_ERROR_STOP=1)
  [[ -n "${BENCH_DB_URL:-}" ]] && psql+=(-d "$BENCH_DB_URL")
  local name var
  for name in "${VOLUME_NAMES[@]}"; do
    var="${name#BENCH_}"
    psql+=(-v "${var,,}=${!name}")
  done
  local f start
  for f in "${seeds[@]}"; do
    start=$SECONDS
    echo "seed: $(basename "$f")"
    "${psql[@]}" -f "$f"
    echo "      done in $((SECONDS - start))s"
  done
  for f in "${exports[@]}"; do
    var="$(basename "$f" .sql)"
    "${psql[@]}" -A -t -f "$f" > "$DATA_DIR/$var.txt.tmp"
    mv "$DATA_DIR/$var.txt.tmp" "$DATA_DIR/$var.txt"
    echo "export: $var.txt ($(grep -c . "$DATA_DIR/$var.txt" || true) values)"
  done
}

# The calendar scenarios need the first bench user's secret feed path and its current ETag. The token is derived
# with the service's key, so only the service can hand it out: ask it, as the user would.
export_calendar_feed() {
  local email="bench.user.00001@bench.example.com" token url path etag
  token="$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"password\":\"${BENCH_PASSWORD:-Bench-Password-2024!}\"}" \
    "$BASE_URL/api/v1/auth/login" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')" || true
  [[ -n "$token" ]] || { echo "calendar feed export skipped: $email could not log in"; return 0; }
  url="$(curl -sf -H "Authorization: Bearer $token" "$BASE_URL/api/v1/me/calendar-feed" \
    | sed -n 's/.*"url":"\([^"]*\)".*/\1/p')"
  path="/calendar/${url##*/calendar/}"
  etag="$(curl -sf -D - -o /dev/null "$BASE_URL$path" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')"
  [[ -n "$etag" ]] || { echo "calendar feed export skipped: no feed at $path"; return 0; }
  printf '%s\n' "$path" > "$DATA_DIR/calendar_feed_path.txt"
  printf '%s\n' "$etag" > "$DATA_DIR/calendar_feed_etag.txt"
  echo "export: calendar_feed_path.txt, calendar_feed_etag.txt"
}

if [[ "$SKIP_SEED" != true ]]; then
  echo "== seeding ($BASE_URL)"
  java "$BENCH_DIR/src/Seed.java" --base-url "$BASE_URL" --accounts "$BENCH_ACCOUNTS" --data-dir "$DATA_DIR"
  seed_sql
  export_calendar_feed
fi

java "$BENCH_DIR/src/Bench.java" --bench-dir "$BENCH_DIR" --base-url "$BASE_URL" --management-url "$MANAGEMENT_URL" ${BENCH_ARGS[@]+"${BENCH_ARGS[@]}"}

echo
echo "service: launch to ready ${SERVICE_READY_SECONDS:-not measured (started elsewhere; --start measures it)} ${SERVICE_READY_SECONDS:+s}"
if [[ -n "$SERVICE_PID" && -r "/proc/$SERVICE_PID/status" ]]; then
  echo "service: after the scenarios, $(service_memory "$SERVICE_PID")"
else
  echo "service: memory not measured (no process of this machine listens on ${BASE_URL##*:})"
fi
