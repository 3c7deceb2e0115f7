#!/usr/bin/env bash
# Runs the whole suite on the development defaults (README.md, "Run it").
#   ./run.sh         build when sources changed, start all five services and a development mail server, Ctrl-C stops them
#   ./run.sh stop    stop a suite started from this directory
#   ./run.sh compose-env > .env   fresh service credentials for docker-compose.dev.yml
set -euo pipefail
cd "$(dirname "$0")"
launcher=devrun/target/devrun.jar

case "${1:-start}" in
  stop) exec java -jar "$launcher" stop ;;
  compose-env) [ -f "$launcher" ] || ./mvnw -B -q install -DskipTests -pl devrun -am; exec java -jar "$launcher" compose-env ;;
  start) ;;
  *) echo "usage: ./run.sh [start|stop|compose-env]" >&2; exit 2 ;;
esac

if [ ! -f "$launcher" ] || [ -n "$(find pom.xml common ./*-api ./*-service devrun deployments -type f -newer "$launcher" -not -path '*/target/*' -print -quit)" ]; then
  echo "building the suite (first run, or sources changed since the last build)..."
  ./mvnw -B -q install -DskipTests
fi
exec java -jar "$launcher" start
