#!/usr/bin/env bash
# Measures, for each packaged service, the wall time from process start until /q/health/ready
# answers 200, Quarkus's own "started in" figure, and the resident memory once ready.
# Each service runs alone, on a fresh SQLite file and the local Redis, with the JVM options
# the dev launcher uses. Usage: bench/startup.sh [runs-per-service]   (build first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=18180
jvm_opts=(-XX:+UseSerialGC -Xms16m -Xmx256m -XX:+ExitOnOutOfMemoryError)
printf '%-16s %4s %12s %14s %9s\n' service run ready_ms quarkus_start rss_mb
for service in api-service auth-service catalog-service scraper-service; do
  for run in $(seq 1 "$runs"); do
    work=$(mktemp -d)
    start=$(date +%s%N)
    DATABASE_URL="jdbc:sqlite:$work/bench.db" REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" HTTP_PORT=$port MANAGEMENT_PORT=$((port + 920)) \
      java "${jvm_opts[@]}" -jar "$service/target/quarkus-app/quarkus-run.jar" > "$work/log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$((port + 920))/q/health/ready"; do
      kill -0 "$pid" 2>/dev/null || { echo "$service died:"; tail "$work/log"; exit 1; }
      sleep 0.02
    done
    ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
    sleep 1
    rss_mb=$(( $(ps -o rss= -p "$pid") / 1024 ))
    quarkus=$(grep -o 'started in [0-9.]*s' "$work/log" | grep -o '[0-9.]*s$')
    printf '%-16s %4s %12s %14s %9s\n' "$service" "$run" "$ready_ms" "$quarkus" "$rss_mb"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$work"
  done
done
