# Shared by the outbox benches (mail-dispatch.sh, webhook-throughput.sh): a scratch directory and process list that
# are cleaned up on exit, free ports, a freshly created database, and a throwaway JWT signing key.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

WORK="$(mktemp -d)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

# Drops and creates the database named by the postgresql:// URL; sets JDBC_URL for the service.
recreate_database() {
  local db_url=$1 db_name="${1##*/}"
  psql -X -q -d "${db_url%/*}/postgres" -c "DROP DATABASE IF EXISTS $db_name" -c "CREATE DATABASE $db_name"
  JDBC_URL="jdbc:${db_url/postgresql:\/\/postgres@/postgresql://}"
}

# Production refuses the committed dev keys: the bench signs with a throwaway key of its own.
throwaway_signing_key() {
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/signing-key.pem" 2>/dev/null
  openssl rsa -in "$WORK/signing-key.pem" -pubout -out "$WORK/signing-key.pub.pem" 2>/dev/null
}
