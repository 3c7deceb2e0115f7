#!/usr/bin/env bash
# api-service: product detail through the public API, cached and uncached, against calling
# catalog-service directly, with wrk on the same 2-core machine (bench/README.md, "api-service").
# Usage: bench/api.sh [seconds-per-run]   (after ./mvnw install -DskipTests; needs wrk and a local Redis)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
base=18480
uncached=18490
data=$(mktemp -d /tmp/whey-api-bench.XXXX)
export WHEY_BASE_PORT=$base WHEY_DATA_DIR=$data API_RATE_LIMITS_ENABLED=false SCRAPER_SCHEDULE_ENABLED=false
java -jar devrun/target/devrun.jar start > "$data/suite.log" 2>&1 &
suite=$!
cleanup() {
  [ -n "${api_pid:-}" ] && kill "$api_pid" 2>/dev/null
  kill "$suite" 2>/dev/null; wait "$suite" 2>/dev/null || true
}
trap cleanup EXIT
until grep -q "all services ready" "$data/suite.log"; do
  kill -0 "$suite" 2>/dev/null || { cat "$data/suite.log"; exit 1; }
  sleep 0.5
done
# a second api-service with the response cache off, for the uncached relay
DATABASE_URL="jdbc:sqlite:$data/whey.db" HTTP_PORT=$uncached MANAGEMENT_PORT=$((uncached + 920)) API_CACHE_ENABLED=false WHEY_ENVIRONMENT=development \
  AUTH_URL=http://localhost:$((base + 1)) CATALOG_URL=http://localhost:$((base + 2)) SCRAPER_URL=http://localhost:$((base + 3)) \
  java -XX:+UseSerialGC -Xms16m -Xmx256m -jar api-service/target/quarkus-app/quarkus-run.jar > "$data/api-uncached.log" 2>&1 &
api_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$((uncached + 920))/q/health/ready"; do sleep 0.3; done

product=on-gold-standard-100-whey
etag=$(curl -fsI "http://127.0.0.1:$base/api/v1/products/$product" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
# one connection shows the latency a call adds; sixteen show throughput (and queueing) on 2 cores
run() {
  local name=$1 url=$2; shift 2
  wrk -t1 -c16 -d5s "$@" "$url" > /dev/null
  for connections in 1 16; do
    echo "== $name, $connections connection(s): $url"
    wrk -t1 -c"$connections" -d"${seconds}s" --latency "$@" "$url" | grep -E 'Requests/sec|50%|90%|99%|Non-2xx'
  done
}
run "catalog-service directly" "http://127.0.0.1:$((base + 2))/catalog/products/$product"
run "api-service, cache off (relay)" "http://127.0.0.1:$uncached/api/v1/products/$product"
run "api-service, cached" "http://127.0.0.1:$base/api/v1/products/$product"
run "api-service, cached, If-None-Match (304)" "http://127.0.0.1:$base/api/v1/products/$product" -H "If-None-Match: $etag"
