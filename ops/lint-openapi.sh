#!/usr/bin/env bash
# Checks every service's OpenAPI document with tools nobody on the team wrote: @redocly/cli lint
# (redocly.yaml: the recommended rules, operation ids required) and a JSON Schema validation
# against the OpenAPI 3.1 schema (ops/openapi/validate-3.1.mjs). The documents are the ones each
# service writes at build time (<service>/target/openapi/openapi.json, the same document it
# serves), so run after `./mvnw package` or `verify`. Needs Node.js and npm; the tools' versions
# are pinned in ops/openapi/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

documents=()
for service in api-service auth-service catalog-service scraper-service notification-service; do
  document=$service/target/openapi/openapi.json
  [ -f "$document" ] || { echo "$document is missing: build the services first (./mvnw package)" >&2; exit 1; }
  documents+=("$document")
done

npm ci --prefix ops/openapi --no-audit --no-fund --silent
ops/openapi/node_modules/.bin/redocly lint --config redocly.yaml "${documents[@]}"
node ops/openapi/validate-3.1.mjs "${documents[@]}"
