#!/usr/bin/env bash
# scraper-service throughput (bench/README.md, "scraper-service"):
#   1. extraction: pages/s on one core over the extraction corpus, vs. a plain jsoup parse of the same pages
#   2. queue: jobs/s (enqueue + claim + ack) through JobQueue on the local Redis with 1 and 4 threads,
#      vs. redis-benchmark's PING and SET rates with the same number of connections in the same session
# Usage: bench/scraper.sh   (after ./mvnw install -DskipTests; REDIS_URL defaults to redis://127.0.0.1:6379)
set -euo pipefail
cd "$(dirname "$0")/.."
redis_url=${REDIS_URL:-redis://127.0.0.1:6379}
cp="bench/jmh/target/classes:$(cat bench/jmh/target/classpath.txt)"
jmh() { java -cp "$cp" org.openjdk.jmh.Main "$@"; }

echo "== extraction, one thread, pinned to CPU 0"
taskset -c 0 java -cp "$cp" org.openjdk.jmh.Main ExtractionBenchmark -t 1 -jvmArgsAppend -Dcorpus="$PWD/scraper-service/src/test/resources/pages"

for threads in 1 4; do
  echo "== queue through JobQueue, $threads thread(s)"
  jmh QueueBenchmark -t "$threads" -jvmArgsAppend -Dredis="$redis_url"
  host=$(echo "$redis_url" | sed -E 's#redis://([^:/]+).*#\1#'); port=$(echo "$redis_url" | sed -E 's#.*:([0-9]+).*#\1#')
  echo "== redis-benchmark, $threads connection(s)"
  redis-benchmark -h "$host" -p "$port" -c "$threads" -n 200000 --csv -t ping_mbulk,set
done
