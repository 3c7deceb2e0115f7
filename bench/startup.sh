#!/usr/bin/env bash
# Start-up of each packaged service against a bare Quarkus application (bench/bare: REST, the
# reactive PostgreSQL client, health) on the same BOM, in the same run, so the figure that
# counts is a ratio that holds on any machine.
#
# Each service runs alone in production mode on its own PostgreSQL database and the local Redis,
# with the dev launcher's JVM options. Run 1 of a service migrates its new database and is shown
# but not counted; the later runs find the schema current, as a restarted or scaled-out instance
# does. ready_ms is wall time from process start until /q/health/ready answers 200 (database and
# Redis checked); quarkus is Quarkus's own "started in"; rss_mb is resident memory once ready.
#
# Usage: bench/startup.sh [runs-per-service] [extra JVM options...]
#        (build first: ./mvnw install -DskipTests; needs psql, openssl)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-4}
shift || true
port=18180
jvm_opts=(-XX:+UseSerialGC -Xms16m -Xmx256m -XX:+ExitOnOutOfMemoryError "$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
psql_admin() { psql -q -h 127.0.0.1 -U postgres -d postgres "$@"; }

# the secrets production requires, made up for the run
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/signing.pem" 2> /dev/null
export WHEY_ENVIRONMENT=production AUTH_SIGNING_KEY="$(cat "$work/signing.pem")"
export AUTH_PII_KEYS="k1:$(openssl rand -base64 32)" AUTH_BLIND_INDEX_KEY="$(openssl rand -base64 32)"
export NOTIFY_UNSUBSCRIBE_KEY="$(openssl rand -base64 32)" NOTIFY_WEBHOOK_KEY="$(openssl rand -base64 32)" QUARKUS_OTEL_SDK_DISABLED=true
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" HTTP_PORT=$port MANAGEMENT_PORT=$((port + 920))

# one timed start: prints ready_ms, quarkus and rss_mb
start_once() {
  local jar=$1 log=$work/log start pid ready_ms
  start=$(date +%s%N)
  java "${jvm_opts[@]}" -jar "$jar" > "$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do
    kill -0 "$pid" 2> /dev/null || { echo "$jar died:" >&2; tail "$log" >&2; exit 1; }
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 1
  echo "$ready_ms $(grep -ao 'started in [0-9.]*s' "$log" | grep -o '[0-9.]*s$') $(( $(ps -o rss= -p "$pid") / 1024 ))"
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

printf '%-22s %4s %9s %9s %7s\n' app run ready_ms quarkus rss_mb
declare -A ready rss
for app in bare api-service auth-service catalog-service scraper-service notification-service; do
  db=whey_bench_start_${app//-/_}
  psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  jar=$app/target/quarkus-app/quarkus-run.jar
  [ "$app" = bare ] && jar=bench/bare/target/quarkus-app/quarkus-run.jar
  : > "$work/$app"
  for run in $(seq 1 "$runs"); do
    read -r ready_ms quarkus rss_mb < <(DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$db" \
      BARE_DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$db" start_once "$jar")
    printf '%-22s %4s %9s %9s %7s\n' "$app" "$run" "$ready_ms" "$quarkus" "$rss_mb"
    [ "$run" -gt 1 ] && echo "$ready_ms $rss_mb" >> "$work/$app"
  done
  ready[$app]=$(cut -d' ' -f1 "$work/$app" | median)
  rss[$app]=$(cut -d' ' -f2 "$work/$app" | median)
  psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
done
echo
echo "median of runs 2..$runs; goal: ready within 1.5x the bare application, RSS under 200 MB"
printf '%-22s %9s %9s %7s\n' app ready_ms x_bare rss_mb
for app in bare api-service auth-service catalog-service scraper-service notification-service; do
  printf '%-22s %9s %9s %7s\n' "$app" "${ready[$app]}" "$(awk -v a="${ready[$app]}" -v b="${ready[bare]}" 'BEGIN { printf "%.2f", a / b }')" "${rss[$app]}"
done
