#!/usr/bin/env bash
# Mail dispatch bench: 10,000 due mails in the outbox, N instances of the packaged service on one PostgreSQL,
# a local SMTP receiver (src/SmtpSink.java); prints the time to drain the outbox and mails per second, and how
# many mails arrived twice (expected 0).
#
#   bench/mail-dispatch.sh [--mails 10000] [--instances 2] [--db-url postgresql://postgres@127.0.0.1:5432/rounds_bench_mail]
#
# Needs the packaged service (./mvnw -B package -DskipTests), java 17+, psql, and a PostgreSQL it may create the
# database in. Everything it starts it stops again.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
MAILS=10000
INSTANCES=2
DB_URL="postgresql://postgres@127.0.0.1:5432/rounds_bench_mail"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --mails) MAILS="$2"; shift 2 ;;
    --instances) INSTANCES="$2"; shift 2 ;;
    --db-url) DB_URL="$2"; shift 2 ;;
    *) sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
JAR="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
[[ -f "$JAR" ]] || { echo "build the service first: ./mvnw -B package -DskipTests" >&2; exit 1; }

source "$BENCH_DIR/lib/fresh-database.sh"
recreate_database "$DB_URL"
throwaway_signing_key

SMTP_PORT=$(free_port)
java "$BENCH_DIR/src/SmtpSink.java" "$SMTP_PORT" "$WORK/sink" &
PIDS+=($!)

start_instance() {
  local port=$1 management_port
  management_port=$(free_port)
  MANAGEMENT_PORTS+=("$management_port")
  PORT=$port QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT="$SMTP_PORT" ROUNDS_MAIL_DISPATCH_EVERY=200ms \
    ROUNDS_PUBLIC_BASE_URL=http://localhost:8080 ROUNDS_MAIL_LINK_SECRET=bench-link-secret \
    MANAGEMENT_PORT="$management_port" ROUNDS_JWT_PRIVATE_KEY_LOCATION="$WORK/signing-key.pem" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/signing-key.pub.pem" ROUNDS_JWT_KEY_ID=bench-mail \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false java -Xmx512m -jar "$JAR" > "$WORK/instance-$port.log" 2>&1 &
  PIDS+=($!)
}
PORTS=()
MANAGEMENT_PORTS=()
# All at once on the brand-new database: the migration takes turns (README, "Several instances").
for ((i = 0; i < INSTANCES; i++)); do PORTS+=("$(free_port)"); start_instance "${PORTS[-1]}"; done
for i in "${!PORTS[@]}"; do
  ready="http://127.0.0.1:${MANAGEMENT_PORTS[$i]}/q/health/ready"
  for _ in $(seq 1 240); do curl -fsS -o /dev/null "$ready" 2>/dev/null && break; sleep 0.5; done
  curl -fsS -o /dev/null "$ready" || { tail -30 "$WORK/instance-${PORTS[$i]}.log"; exit 1; }
done

echo "enqueueing $MAILS due mails for $INSTANCES instances..."
psql -X -q -d "$DB_URL" -v mails="$MAILS" <<'SQL'
INSERT INTO account (id, email, password_hash, display_name, roles, created_at, version)
SELECT gen_random_uuid(), 'bench.mail.' || n || '@example.org', 'x', 'Dr. Bench ' || n, 'ATTENDEE', now(), 0
FROM generate_series(1, 100) AS n;
INSERT INTO mail_outbox (id, recipient_account_id, kind, subject_key, occasion, data, created_at, next_attempt_at)
SELECT gen_random_uuid(), a.id, 'EVENT_CANCELLED', 'event:' || n, 'bench', '{"eventTitle":"Bench evening","when":"soon"}', now(), now()
FROM (SELECT id, row_number() OVER () AS r FROM account WHERE email LIKE 'bench.mail.%') a,
     generate_series(1, (:mails + 99) / 100) AS n
WHERE (n - 1) * 100 + a.r <= :mails;
SQL
START=$(date +%s.%N)
while true; do
  read -r received duplicates < "$WORK/sink" || true
  [[ "${received:-0}" -ge "$MAILS" ]] && break
  sleep 0.1
done
END=$(date +%s.%N)
UNSENT=$(psql -X -q -t -A -d "$DB_URL" -c "SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL")
sleep 1
read -r received duplicates < "$WORK/sink"
python3 - "$START" "$END" "$MAILS" "$INSTANCES" "$received" "$duplicates" "$UNSENT" <<'PY'
import sys
start, end, mails, instances, received, duplicates, unsent = sys.argv[1:]
seconds = float(end) - float(start)
print(f"mail-dispatch: {mails} mails, {instances} instances: drained in {seconds:.1f} s = {int(mails) / seconds:.0f} mails/s;"
      f" received {received}, duplicates {duplicates}, unsent rows {unsent}")
PY
