#!/usr/bin/env bash
# catalog-service read latency and throughput on PostgreSQL with 100k listings and 10M observations
# (bench/catalog/load.sql), next to a raw `pgbench -S` on the same machine in the same run.
# Usage: bench/catalog/bench.sh [seconds-per-run] [--load]   (build first; needs wrk, psql, pgbench)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
db=whey_bench_catalog
port=18382
psql_admin() { psql -q -h 127.0.0.1 -U postgres -d postgres "$@"; }
exists=$(psql_admin -Atc "SELECT 1 FROM pg_database WHERE datname = '$db'")
start_service() {
  if curl -fs -o /dev/null "http://127.0.0.1:$((port + 920))/q/health/ready"; then
    echo "port $port is already serving; stop that process first" >&2
    exit 1
  fi
  WHEY_ENVIRONMENT=production DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$db" HTTP_PORT=$port MANAGEMENT_PORT=$((port + 920)) REDIS_KEY_PREFIX="bench-$$" \
    java -XX:+UseSerialGC -Xmx512m -jar catalog-service/target/quarkus-app/quarkus-run.jar > /tmp/whey-catalog-bench.log 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$((port + 920))/q/health/ready"; do sleep 0.3; done
}
if [ -z "$exists" ] || [ "${2:-}" = "--load" ]; then
  psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  start_service; kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "loading (about a minute)..."; psql -q -h 127.0.0.1 -U postgres -d "$db" -f bench/catalog/load.sql
fi
psql_admin -c "ALTER DATABASE $db RESET ALL"
start_service
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
variant=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc "SELECT md5('variant1')::uuid")
run() {
  local name=$1 path=$2
  wrk -t2 -c8 -d5s "http://127.0.0.1:$port$path" > /dev/null
  echo "== $name: GET $path"
  wrk -t2 -c8 -d"${seconds}s" --latency "http://127.0.0.1:$port$path" | grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx'
}
run "product detail" "/catalog/products/product-1"
run "1-year daily history (2 listings x 365 days)" "/catalog/variants/$variant/history?days=365"
run "search, best value, first page" "/catalog/products?limit=20"
run "search by brand" "/catalog/products?brand=brand-7&limit=20"
run "search by text" "/catalog/products?q=gold%201&limit=20"
echo "== pgbench -S (scale 10, 8 clients, same machine)"
psql_admin -c "DROP DATABASE IF EXISTS whey_bench_pgbench WITH (FORCE)" -c "CREATE DATABASE whey_bench_pgbench"
pgbench -q -i -s 10 -h 127.0.0.1 -U postgres whey_bench_pgbench > /dev/null 2>&1
pgbench -S -c 8 -j 2 -T "$seconds" -h 127.0.0.1 -U postgres whey_bench_pgbench 2>/dev/null | grep -E 'tps|latency average'
psql_admin -c "DROP DATABASE IF EXISTS whey_bench_pgbench WITH (FORCE)"
