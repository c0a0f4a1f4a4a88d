#!/usr/bin/env bash
# Registration import bench: an organizer uploads an attendee CSV of N rows (Eventbrite's columns, every person new)
# for a published event with room for all; prints the time from the upload to the last row's outcome, rows per second,
# and the report's counts (expected: N created, nothing skipped).
#
#   bench/import.sh [--rows 10000] [--instances 1] [--db-url postgresql://postgres@127.0.0.1:5432/rounds_bench_import]
#
# Needs the packaged service (./mvnw -B package -DskipTests), java 17+, python3, psql, and a PostgreSQL it may create
# the database in. Everything it starts it stops again.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
ROWS=10000
INSTANCES=1
DB_URL="postgresql://postgres@127.0.0.1:5432/rounds_bench_import"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --instances) INSTANCES="$2"; shift 2 ;;
    --db-url) DB_URL="$2"; shift 2 ;;
    *) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
APP_DIR="${BENCH_APP_DIR:-$ROOT/backend/target/quarkus-app}"
[[ -f "$APP_DIR/quarkus-run.jar" ]] || { echo "build the service first: ./mvnw -B package -DskipTests" >&2; exit 1; }

source "$BENCH_DIR/lib/fresh-database.sh"
recreate_database "$DB_URL"
throwaway_signing_key
ADMIN_EMAIL=bench.import.organizer@example.org
ADMIN_PASSWORD=Bench-Import-Password-1

PORTS=()
MANAGEMENT_PORTS=()
for ((i = 0; i < INSTANCES; i++)); do
  PORTS+=("$(free_port)"); MANAGEMENT_PORTS+=("$(free_port)")
  # As the Dockerfile runs it (heap, collector, malloc arenas).
  MALLOC_ARENA_MAX=2 PORT="${PORTS[-1]}" MANAGEMENT_PORT="${MANAGEMENT_PORTS[-1]}" \
    QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    ROUNDS_ADMIN_EMAIL="$ADMIN_EMAIL" ROUNDS_ADMIN_PASSWORD="$ADMIN_PASSWORD" ROUNDS_IMPORTS_EVERY=200ms \
    ROUNDS_PUBLIC_BASE_URL=http://localhost:8080 ROUNDS_MAIL_LINK_SECRET=bench-link-secret \
    ROUNDS_JWT_PRIVATE_KEY_LOCATION="$WORK/signing-key.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/signing-key.pub.pem" \
    ROUNDS_JWT_KEY_ID=bench-import QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    java -Xmx160m -XX:+UseSerialGC -jar "$APP_DIR/quarkus-run.jar" > "$WORK/instance-$i.log" 2>&1 &
  PIDS+=($!)
done
for i in "${!PORTS[@]}"; do
  ready="http://127.0.0.1:${MANAGEMENT_PORTS[$i]}/q/health/ready"
  for _ in $(seq 1 240); do curl -fsS -o /dev/null "$ready" 2>/dev/null && break; sleep 0.5; done
  curl -fsS -o /dev/null "$ready" || { tail -30 "$WORK/instance-$i.log"; exit 1; }
done
API="http://127.0.0.1:${PORTS[0]}/api/v1"

TOKEN="$(curl -fsS -H 'Content-Type: application/json' \
  -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" "$API/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')"
EVENT_ID="$(python3 - "$ROWS" <<'PY' | curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d @- "$API/events" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
import datetime, json, sys
start = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(days=30)
print(json.dumps({"title": "Import bench evening", "city": "Baltimore", "venueName": "Bench Hall",
                  "venueAddress": "1 Bench Street", "timeZone": "America/New_York", "startsAt": start.isoformat(),
                  "endsAt": (start + datetime.timedelta(hours=3)).isoformat(), "capacity": int(sys.argv[1]) + 10}))
PY
)"
curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" "$API/events/$EVENT_ID/publish"

python3 - "$ROWS" > "$WORK/attendees.csv" <<'PY'
import sys
print("Order #,First Name,Last Name,Email,Ticket Type")
for n in range(1, int(sys.argv[1]) + 1):
    print(f"{100000 + n},Bench,Physician {n},bench.import.{n:05d}@example.org,General admission")
PY
echo "importing $ROWS rows ($(wc -c < "$WORK/attendees.csv") bytes) with $INSTANCES instance(s)..."
START=$(date +%s.%N)
IMPORT_ID="$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: text/csv' \
  --data-binary @"$WORK/attendees.csv" "$API/events/$EVENT_ID/imports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
ACCEPTED=$(date +%s.%N)
while true; do
  curl -fsS -H "Authorization: Bearer $TOKEN" "$API/imports/$IMPORT_ID" > "$WORK/job.json"
  grep -q '"state":"COMPLETED"' "$WORK/job.json" && break
  sleep 0.2
done
END=$(date +%s.%N)
python3 - "$START" "$ACCEPTED" "$END" "$ROWS" "$INSTANCES" "$WORK/job.json" <<'PY'
import json, sys
start, accepted, end, rows, instances, job = sys.argv[1:]
report = json.load(open(job))
seconds = float(end) - float(start)
print(f"import: {rows} rows, {instances} instance(s): upload answered in {float(accepted) - float(start):.2f} s, every row"
      f" decided after {seconds:.1f} s = {int(rows) / seconds:.0f} rows/s; created {report['created']}, matched"
      f" {report['matched']}, already registered {report['alreadyRegistered']}, waitlisted {report['waitlisted']},"
      f" skipped {report['skipped']}")
PY
