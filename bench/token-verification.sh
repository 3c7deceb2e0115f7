#!/usr/bin/env bash
# What verifying a bearer token costs a resource server: the same catalog-service request
# (GET /go/{listingId}, a redirect) with no token and with a valid RS256 token from a real
# auth-service, which catalog-service verifies through quarkus-oidc against auth-service's JWKS.
# Needs the bench catalog (bench/catalog/bench.sh loads it). Usage: bench/token-verification.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
auth_port=18391
catalog_port=18392
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS whey_bench_auth_tv WITH (FORCE)" -c "CREATE DATABASE whey_bench_auth_tv"
WHEY_ENVIRONMENT=development DATABASE_URL=postgresql://postgres@127.0.0.1:5432/whey_bench_auth_tv HTTP_PORT=$auth_port MANAGEMENT_PORT=$((auth_port + 920)) \
  AUTH_URL=http://127.0.0.1:$auth_port AUTH_ISSUER=http://127.0.0.1:$auth_port REDIS_KEY_PREFIX="bench-tv-$$" \
  java -XX:+UseSerialGC -Xmx256m -jar auth-service/target/quarkus-app/quarkus-run.jar > /tmp/whey-tv-auth.log 2>&1 &
auth=$!
WHEY_ENVIRONMENT=production DATABASE_URL=postgresql://postgres@127.0.0.1:5432/whey_bench_catalog HTTP_PORT=$catalog_port MANAGEMENT_PORT=$((catalog_port + 920)) \
  AUTH_URL=http://127.0.0.1:$auth_port REDIS_KEY_PREFIX="bench-tv-$$" \
  java -XX:+UseSerialGC -Xmx512m -jar catalog-service/target/quarkus-app/quarkus-run.jar > /tmp/whey-tv-catalog.log 2>&1 &
catalog=$!
trap 'kill $auth $catalog 2>/dev/null; wait 2>/dev/null; psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS whey_bench_auth_tv WITH (FORCE)"' EXIT
for port in $auth_port $catalog_port; do until curl -fs -o /dev/null "http://127.0.0.1:$((port + 920))/q/health/ready"; do sleep 0.3; done; done
credentials='"email":"bench@whey.test","password":"a long and unusual passphrase 7"'
curl -fs -o /dev/null -H 'Content-Type: application/json' -d "{$credentials,\"displayName\":\"Bench\"}" "http://127.0.0.1:$auth_port/auth/register"
token=$(curl -fs -H 'Content-Type: application/json' -d "{$credentials}" "http://127.0.0.1:$auth_port/auth/login" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
listing=$(psql -h 127.0.0.1 -U postgres -d whey_bench_catalog -Atc "SELECT md5('listing1')::uuid")
url="http://127.0.0.1:$catalog_port/go/$listing"
wrk -t2 -c8 -d5s "$url" > /dev/null
wrk -t2 -c8 -d5s -H "Authorization: Bearer $token" "$url" > /dev/null
for round in 1 2; do
  for mode in anonymous bearer; do
    echo "== $mode (round $round)"
    if [ $mode = bearer ]; then header=(-H "Authorization: Bearer $token"); else header=(); fi
    wrk -t1 -c1 -d"${seconds}s" --latency "${header[@]}" "$url" | grep -E '50%|99%|Requests/sec|Non-2xx'
  done
done
