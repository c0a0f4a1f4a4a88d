#!/usr/bin/env bash
# Start-up bench: starts the packaged service N times on an already migrated database and prints, for each start,
# launch to /q/health/ready and where the time went (from the service's own log timestamps).
#
#   bench/start.sh [--starts 3] [--port 18080] [--management-port 19000]
#
# Database as for bench/run.sh (BENCH_DB_URL or QUARKUS_DATASOURCE_*); JVM options from BENCH_JAVA_OPTS (default: the
# Dockerfile's). The first start migrates a new database and is reported, but the figures that count are the others.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/service.sh
source "$BENCH_DIR/lib/service.sh"
STARTS=3
PORT=18080
MANAGEMENT_PORT=19000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --starts) STARTS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --management-port) MANAGEMENT_PORT="$2"; shift 2 ;;
    *) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT
echo "JVM options: $BENCH_JAVA_OPTS"
for ((i = 0; i <= STARTS; i++)); do
  launched_ms=$(( $(date +%s%N) / 1000000 ))
  start_service "$PORT" "$MANAGEMENT_PORT" "$LOG"
  memory=$(service_memory "$SERVICE_PID")
  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
  label="start $i"; (( i == 0 )) && label="warm-up"
  python3 - "$label" "$launched_ms" "$SERVICE_READY_SECONDS" "$memory" "$LOG" <<'PY'
import re, sys, datetime
label, launched_ms, ready, memory, log = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
day = datetime.datetime.fromtimestamp(launched_ms / 1000, datetime.timezone.utc).date()
def at(line):
    m = re.match(r"(\d\d):(\d\d):(\d\d)\.(\d\d\d) ", line)
    if not m: return None
    h, mi, s, ms = map(int, m.groups())
    t = datetime.datetime(day.year, day.month, day.day, h, mi, s, ms * 1000, tzinfo=datetime.timezone.utc)
    return t.timestamp() * 1000 - launched_ms
first = schema_start = schema_end = started = None
for line in open(log, errors="replace"):
    t = at(line)
    if t is None: continue
    first = t if first is None else first
    if "[liq." in line or "[li." in line or "SchemaMigration" in line:
        schema_start = t if schema_start is None else schema_start
        schema_end = t
    if "started in" in line: started = t
parts = [f"first log line {first / 1000:.2f} s"]
if schema_start is not None:
    parts.append(f"schema {(schema_end - schema_start) / 1000:.2f} s (log lines {schema_start / 1000:.2f}..{schema_end / 1000:.2f} s)")
if started is not None: parts.append(f"'started' logged {started / 1000:.2f} s")
print(f"{label}: ready in {ready:.2f} s; {memory}; " + "; ".join(parts))
PY
done
