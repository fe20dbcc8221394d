#!/usr/bin/env bash
# End-to-end check: starts the packaged service (target/quarkus-app, made by ./mvnw package or verify) in its prod
# profile on a database of its own, with the seeds, introspection and GraphiQL on and the dev-only JWT key, then runs
# real npm clients (clients.test.mjs) and GraphiQL in headless Chromium (graphiql.test.mjs) against it.
# Needs Node.js 20+ and npm (the npm registry, for npm ci), PostgreSQL (ALLIANCE_DB_* as for the tests) and Debian's
# chromium at /usr/bin/chromium (CHROMIUM to use another). The screenshot goes to E2E_SCREENSHOT_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ]; then
  echo "no $jar: run ./mvnw package (or verify) first" >&2
  exit 1
fi

export PGHOST="${ALLIANCE_DB_HOST:-127.0.0.1}" PGPORT="${ALLIANCE_DB_PORT:-5432}" PGUSER="${ALLIANCE_DB_USER:-postgres}"
export PGPASSWORD="${ALLIANCE_DB_PASSWORD:-}" PGDATABASE="${ALLIANCE_TEST_ADMIN_DB:-postgres}"
database="alliance_e2e_$(date +%s)_$$"
http_port="${E2E_PORT:-18080}"
log=target/e2e-app.log

psql -v ON_ERROR_STOP=1 -qc "create database $database"
app=""
cleanup() {
  if [ -n "$app" ]; then
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
  fi
  psql -qc "drop database if exists $database with (force)" || true
}
trap cleanup EXIT

ALLIANCE_DB_NAME="$database" ALLIANCE_SEED_ON_START=true ALLIANCE_GRAPHIQL=true ALLIANCE_FIELD_VISIBILITY=default \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION=dev/jwt/public.pem QUARKUS_HTTP_PORT="$http_port" \
  java -jar "$jar" >"$log" 2>&1 &
app=$!

for _ in $(seq 1 90); do
  curl -sf "http://localhost:$http_port/q/health/ready" >/dev/null && break
  sleep 1
done
if ! curl -sf "http://localhost:$http_port/q/health/ready" >/dev/null; then
  echo "the service did not become ready; the end of $log:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi

token="$(dev/token.sh editor e2e)"
cd e2e
npm ci --no-audit --no-fund --loglevel=error
E2E_BASE_URL="http://localhost:$http_port" E2E_TOKEN="$token" npm test
