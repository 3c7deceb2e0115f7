#!/usr/bin/env bash
# Password sign-in throughput of auth-service at the configured Argon2id cost, per core:
# the service is pinned to CPU 0 (taskset) and wrk runs on CPU 1. PostgreSQL (TEST_POSTGRES_URL's
# server) and the local Redis are used as in production. Usage: bench/auth-login.sh [seconds]
# Build first (./mvnw install -DskipTests); needs wrk, taskset, psql, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
port=18281
db=whey_bench_auth
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
log=$(mktemp)
WHEY_ENVIRONMENT=development DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$db" HTTP_PORT=$port MANAGEMENT_PORT=$((port + 920)) \
  AUTH_URL="http://127.0.0.1:$port" AUTH_ISSUER="http://127.0.0.1:$port" REDIS_KEY_PREFIX="bench-$$" \
  taskset -c 0 java -XX:+UseSerialGC -Xmx256m -jar auth-service/target/quarkus-app/quarkus-run.jar > "$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS '"$db"' WITH (FORCE)"; rm -f "$log"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$((port + 920))/q/health/ready"; do sleep 0.2; done
curl -fs -o /dev/null -H 'Content-Type: application/json' \
  -d '{"email":"bench@whey.test","password":"a long and unusual passphrase 7","displayName":"Bench"}' "http://127.0.0.1:$port/auth/register"
cat > /tmp/whey-login.lua <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email":"bench@whey.test","password":"a long and unusual passphrase 7"}'
LUA
echo "warm-up (5 s)"; taskset -c 1 wrk -t1 -c2 -d5s -s /tmp/whey-login.lua "http://127.0.0.1:$port/auth/login" > /dev/null
echo "measured ($seconds s): auth-service on 1 core, wrk 1 thread / 2 connections on the other"
taskset -c 1 wrk -t1 -c2 -d"${seconds}s" --latency -s /tmp/whey-login.lua "http://127.0.0.1:$port/auth/login"
