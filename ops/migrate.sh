#!/usr/bin/env bash
# Migrates every service's schema on DATABASE_URL without starting any service, in the order a
# deploy needs (auth, catalog, scraper, api, notification); each uses the migration scripts packaged in its own
# build (./mvnw -B install -DskipTests first). Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?set DATABASE_URL, e.g. postgresql://postgres@127.0.0.1:5432/whey}"
for service in auth-service catalog-service scraper-service api-service notification-service; do
  app="$service/target/quarkus-app"
  [ -d "$app" ] || { echo "$service is not built: run ./mvnw -B install -DskipTests" >&2; exit 1; }
  java -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" com.wheyprice.common.db.MigrateCommand "$service"
done
