#!/usr/bin/env bash
# Webhook throughput bench: 10,000 due webhook messages, N instances of the packaged service on one PostgreSQL,
# a fast local receiver (src/WebhookSink.java); prints the time to drain the outbox and deliveries per second, and
# how many webhook-ids arrived twice (expected 0).
#
#   bench/webhook-throughput.sh [--messages 10000] [--instances 1] [--db-url postgresql://postgres@127.0.0.1:5432/rounds_bench_webhooks]
#
# Needs the packaged service (./mvnw -B package -DskipTests), java 17+, psql, and a PostgreSQL it may create the
# database in. Everything it starts it stops again.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
MESSAGES=10000
INSTANCES=1
DB_URL="postgresql://postgres@127.0.0.1:5432/rounds_bench_webhooks"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --messages) MESSAGES="$2"; shift 2 ;;
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

SINK_PORT=$(free_port)
java "$BENCH_DIR/src/WebhookSink.java" "$SINK_PORT" "$WORK/sink" &
PIDS+=($!)

start_instance() {
  local port=$1 management_port
  management_port=$(free_port)
  MANAGEMENT_PORTS+=("$management_port")
  PORT=$port QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    ROUNDS_WEBHOOKS_ALLOW_HTTP=true ROUNDS_WEBHOOKS_ALLOWED_PRIVATE_ADDRESSES=127.0.0.1 ROUNDS_WEBHOOKS_DISPATCH_EVERY=200ms \
    ROUNDS_PUBLIC_BASE_URL=http://localhost:8080 ROUNDS_MAIL_LINK_SECRET=bench-link-secret \
    MANAGEMENT_PORT="$management_port" ROUNDS_JWT_PRIVATE_KEY_LOCATION="$WORK/signing-key.pem" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/signing-key.pub.pem" ROUNDS_JWT_KEY_ID=bench-webhooks \
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

echo "enqueueing $MESSAGES due webhook messages for $INSTANCES instances..."
psql -X -q -d "$DB_URL" -v messages="$MESSAGES" -v url="http://127.0.0.1:$SINK_PORT/hook" <<'SQL'
INSERT INTO account (id, email, password_hash, display_name, roles, created_at, version)
VALUES (gen_random_uuid(), 'bench.webhooks@example.org', 'x', 'Bench organizer', 'ATTENDEE,ORGANIZER', now(), 0);
INSERT INTO webhook_subscription (id, owner_account_id, url, description, event_types, active, secret, created_at, updated_at)
SELECT gen_random_uuid(), id, :'url', 'bench sink', ARRAY['event.updated'], true,
       'whsec_' || encode(decode(md5(random()::text) || md5(random()::text), 'hex'), 'base64'), now(), now()
FROM account WHERE email = 'bench.webhooks@example.org';
INSERT INTO webhook_message (subscription_id, change_id, change_xid, event_type, object_id)
SELECT s.id, n, pg_current_xact_id(), 'event.updated', gen_random_uuid()
FROM webhook_subscription s, generate_series(1, :messages) AS n;
SQL
START=$(date +%s.%N)
while true; do
  read -r received duplicates < "$WORK/sink" || true
  [[ "${received:-0}" -ge "$MESSAGES" ]] && break
  sleep 0.1
done
END=$(date +%s.%N)
UNSENT=$(psql -X -q -t -A -d "$DB_URL" -c "SELECT count(*) FROM webhook_message WHERE delivered_at IS NULL")
sleep 1
read -r received duplicates < "$WORK/sink"
python3 - "$START" "$END" "$MESSAGES" "$INSTANCES" "$received" "$duplicates" "$UNSENT" <<'PY'
import sys
start, end, messages, instances, received, duplicates, unsent = sys.argv[1:]
seconds = float(end) - float(start)
print(f"webhook-throughput: {messages} messages, {instances} instances: drained in {seconds:.1f} s = {int(messages) / seconds:.0f} deliveries/s;"
      f" received {received}, duplicate webhook-ids {duplicates}, undelivered rows {unsent}")
PY
