#!/usr/bin/env bash
# catalog-service read latency and throughput on PostgreSQL with 100k listings and 10M observations
# (bench/catalog/load.sql), next to a raw `pgbench -S` on the same machine in the same run.
# Usage: bench/catalog/bench.sh [seconds-per-run] [--load]   (build first; needs wrk, psql, pgbench, jq)
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
base="http://127.0.0.1:$port"
# One line per request shape: p50 and p99 with 1 connection (the service's own time), then
# throughput with 8 connections (wrk, PostgreSQL and the JVM share the cores).
printf '%-44s %10s %10s %12s %12s\n' shape "p50(1c)" "p99(1c)" "req/s(1c)" "req/s(8c)"
run() {
  local name=$1 path=$2 one eight
  wrk -t2 -c8 -d5s "$base$path" > /dev/null
  one=$(wrk -t1 -c1 -d"${seconds}s" --latency "$base$path")
  eight=$(wrk -t2 -c8 -d"${seconds}s" --latency "$base$path")
  if grep -q 'Non-2xx' <<< "$one$eight"; then echo "$name: non-2xx answers from $path" >&2; exit 1; fi
  printf '%-44s %10s %10s %12s %12s\n' "$name" "$(awk '$1 == "50%" {print $2}' <<< "$one")" "$(awk '$1 == "99%" {print $2}' <<< "$one")" \
    "$(awk '/Requests\/sec/ {print $2}' <<< "$one")" "$(awk '/Requests\/sec/ {print $2}' <<< "$eight")"
}
# The cursor of page 50 of the unfiltered search, walked page by page as a client would.
cursor=""
for _ in $(seq 1 49); do
  cursor=$(curl -fs "$base/catalog/products?limit=20${cursor:+&after=$cursor}" | jq -r '.next')
done
run "product detail (the baseline)" "/catalog/products/product-1"
run "1-year daily history" "/catalog/variants/$variant/history?days=365"
run "search: unfiltered first page" "/catalog/products?limit=20"
run "search: page 50 of a cursor walk" "/catalog/products?limit=20&after=$cursor"
run "search: text" "/catalog/products?q=whey+gold&limit=20"
run "search: a word in every product" "/catalog/products?q=whey&limit=20"
run "search: text + brand + in stock" "/catalog/products?q=whey+gold&brand=brand-7&inStock=true&limit=20"
run "search: text with a typo, while typing" "/catalog/products?q=hydor+whe&limit=20"
run "search: by brand" "/catalog/products?brand=brand-7&limit=20"
run "search: facets of a text search" "/catalog/products?q=whey+gold&limit=20&facets=true"
run "search: facets, unfiltered" "/catalog/products?limit=20&facets=true"
run "suggest" "/catalog/suggest?q=whey+go"
echo "== pgbench -S (scale 10, 8 clients, same machine)"
psql_admin -c "DROP DATABASE IF EXISTS whey_bench_pgbench WITH (FORCE)" -c "CREATE DATABASE whey_bench_pgbench"
pgbench -q -i -s 10 -h 127.0.0.1 -U postgres whey_bench_pgbench > /dev/null 2>&1
pgbench -S -c 8 -j 2 -T "$seconds" -h 127.0.0.1 -U postgres whey_bench_pgbench 2>/dev/null | grep -E 'tps|latency average'
psql_admin -c "DROP DATABASE IF EXISTS whey_bench_pgbench WITH (FORCE)"
