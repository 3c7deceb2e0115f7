#!/usr/bin/env bash
# Runs the whole suite on the development defaults (README.md, "Run it").
#   ./run.sh         build when sources changed, start all five services and a development mail server, Ctrl-C stops them
#   ./run.sh dev catalog-service   the same, with that one service in Quarkus dev mode (live reload, Dev UI)
#   ./run.sh stop    stop a suite started from this directory
#   ./run.sh compose-env > .env   fresh service credentials for docker-compose.dev.yml
set -euo pipefail
cd "$(dirname "$0")"
launcher=devrun/target/devrun.jar

command=${1:-start}
case "$command" in
  stop) exec java -jar "$launcher" stop ;;
  compose-env) [ -f "$launcher" ] || ./mvnw -B -q install -DskipTests -pl devrun -am; exec java -jar "$launcher" compose-env ;;
  start) ;;
  dev) [ -n "${2:-}" ] || { echo "usage: ./run.sh dev <service>   (e.g. ./run.sh dev catalog-service)" >&2; exit 2; } ;;
  *) echo "usage: ./run.sh [start | dev <service> | stop | compose-env]" >&2; exit 2 ;;
esac

# Builds the suite, showing the module being built and the time so far; the full log stays in data/.
build() {
  local log=data/build.log start=$SECONDS last="" now pid
  mkdir -p data
  echo "building the suite (first run, or sources changed since the last build); log: $log"
  ./mvnw -B install -DskipTests > "$log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2> /dev/null; do
    now=$(grep -o 'Building Whey :: .*\[[0-9]*/[0-9]*\]' "$log" | tail -1 | tr -s ' ' || true)
    if [ -n "$now" ] && [ "$now" != "$last" ]; then
      echo "  ${now#Building Whey :: } ($((SECONDS - start)) s)"
      last=$now
    fi
    sleep 1
  done
  if ! wait "$pid"; then
    tail -40 "$log"
    echo "the build failed; the whole log is in $log" >&2
    exit 1
  fi
  echo "built in $((SECONDS - start)) s"
}

if [ ! -f "$launcher" ] || [ -n "$(find pom.xml common ./*-api ./*-service devrun deployments -type f -newer "$launcher" -not -path '*/target/*' -print -quit)" ]; then
  build
fi
if [ "$command" = dev ]; then
  exec java -jar "$launcher" dev "$2"
fi
exec java -jar "$launcher" start
