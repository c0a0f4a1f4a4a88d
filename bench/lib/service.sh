# Starting the packaged service for a bench run (sourced by run.sh and start.sh).
#
# start_service PORT MANAGEMENT_PORT LOG: starts backend/target/quarkus-app/quarkus-run.jar in the production profile
# with $BENCH_JAVA_OPTS (default: the heap and AppCDS settings of backend/Dockerfile), waits for readiness and sets
# SERVICE_PID and SERVICE_READY_SECONDS (launch to /q/health/ready answering 200).
# Database: QUARKUS_DATASOURCE_* from the environment, else BENCH_DB_URL (postgresql://user[:pass]@host:port/db).
# Signing keys: ROUNDS_JWT_* from the environment, else a throwaway pair (production refuses the dev keys).

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_APP_DIR="${BENCH_APP_DIR:-$BENCH_ROOT/backend/target/quarkus-app}"
# Keep in step with JAVA_OPTS in backend/Dockerfile (the archive there is made for the image's own JVM).
BENCH_JAVA_OPTS="${BENCH_JAVA_OPTS--Xmx160m -XX:+UseSerialGC -XX:SharedArchiveFile=$BENCH_APP_DIR/app-cds.jsa}"

jdbc_from_bench_db_url() {
  local url="${BENCH_DB_URL:?set BENCH_DB_URL or QUARKUS_DATASOURCE_JDBC_URL}"
  local rest="${url#postgresql://}" credentials="" user password
  if [[ "$rest" == *@* ]]; then credentials="${rest%%@*}"; rest="${rest#*@}"; fi
  user="${credentials%%:*}"; password=""
  [[ "$credentials" == *:* ]] && password="${credentials#*:}"
  export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$rest"
  export QUARKUS_DATASOURCE_USERNAME="${user:-postgres}" QUARKUS_DATASOURCE_PASSWORD="$password"
}

start_service() {
  local port=$1 management_port=$2 log=$3
  [[ -f "$BENCH_APP_DIR/quarkus-run.jar" ]] || { echo "build the service first: ./mvnw -B package -DskipTests" >&2; return 1; }
  [[ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]] || jdbc_from_bench_db_url
  if [[ -z "${ROUNDS_JWT_PRIVATE_KEY_LOCATION:-}" ]]; then
    local keys; keys="$(mktemp -d)"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/signing.pem" 2>/dev/null
    openssl pkey -in "$keys/signing.pem" -pubout -out "$keys/signing.pub.pem" 2>/dev/null
    export ROUNDS_JWT_PRIVATE_KEY_LOCATION="$keys/signing.pem" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$keys/signing.pub.pem"
    export ROUNDS_JWT_KEY_ID=bench
  fi
  # The seed signs up every bench account from this one address, far beyond the production sign-up throttle.
  export ROUNDS_AUTH_SIGN_UP_THROTTLE_MAX_PER_ADDRESS="${ROUNDS_AUTH_SIGN_UP_THROTTLE_MAX_PER_ADDRESS:-1000000}"
  # As in backend/Dockerfile: two malloc arenas instead of one per busy thread (~50 MB less native memory).
  export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
  local started; started=$(date +%s%N)
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
  (cd "$BENCH_APP_DIR" && PORT="$port" MANAGEMENT_PORT="$management_port" QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    QUARKUS_LOG_CONSOLE_FORMAT='%d{HH:mm:ss.SSS} %-5p [%c{3.}] %s%e%n' \
    exec java $BENCH_JAVA_OPTS -jar quarkus-run.jar) > "$log" 2>&1 &
  SERVICE_PID=$!
  until curl -fsS -o /dev/null "http://127.0.0.1:$management_port/q/health/ready" 2>/dev/null; do
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "the service stopped while starting:" >&2; tail -20 "$log" >&2; return 1; }
    (( $(date +%s%N) - started < 120000000000 )) || { echo "the service was not ready within 120 s" >&2; return 1; }
    sleep 0.01
  done
  SERVICE_READY_SECONDS=$(awk -v ns=$(( $(date +%s%N) - started )) 'BEGIN { printf "%.2f", ns / 1e9 }')
}

# Resident memory of a process now and at its peak, in MB.
service_memory() {
  awk '/^VmRSS/ { rss = $2 } /^VmHWM/ { peak = $2 } END { printf "RSS %.0f MB (peak %.0f MB)", rss / 1024, peak / 1024 }' \
    "/proc/$1/status"
}
