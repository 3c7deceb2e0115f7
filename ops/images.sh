#!/usr/bin/env bash
# Builds the five service images with Jib (no container engine needed) and pushes them to
# REGISTRY (default localhost:5000) as whey/<service>:<version>-<short commit>, then checks each
# one (ops/check-images.sh). Without a registry on localhost:5000 it starts Debian's
# docker-registry there, keeping its data under target/registry. The base image is
# WHEY_BASE_IMAGE (default: whey/jre:17 in REGISTRY, built by ops/base-image.sh if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
export REGISTRY="${REGISTRY:-localhost:5000}"
export WHEY_REGISTRY="$REGISTRY"
export WHEY_GIT_SHA="${WHEY_GIT_SHA:-$(git rev-parse --short HEAD)}"
export WHEY_BASE_IMAGE="${WHEY_BASE_IMAGE:-$REGISTRY/whey/jre:17}"
version=$(./mvnw -q help:evaluate -Dexpression=project.version -DforceStdout)

if ! curl -fs -o /dev/null "http://$REGISTRY/v2/"; then
  [ "$REGISTRY" = localhost:5000 ] || { echo "no registry answers at $REGISTRY" >&2; exit 1; }
  mkdir -p target/registry
  printf 'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: %s\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:5000\n' \
    "$PWD/target/registry/data" > target/registry/config.yml
  nohup docker-registry serve target/registry/config.yml > target/registry/registry.log 2>&1 &
  for _ in $(seq 1 30); do curl -fs -o /dev/null "http://$REGISTRY/v2/" && break; sleep 0.5; done
  curl -fsS -o /dev/null "http://$REGISTRY/v2/"
  echo "started a registry on $REGISTRY (data in target/registry)"
fi
if [ "$WHEY_BASE_IMAGE" = "$REGISTRY/whey/jre:17" ] && ! skopeo inspect --tls-verify=false "docker://$WHEY_BASE_IMAGE" > /dev/null 2>&1; then
  ops/base-image.sh
fi

./mvnw -B -q package -DskipTests -pl auth-service,catalog-service,scraper-service,api-service,notification-service -am \
  -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true
ops/check-images.sh "$version-$WHEY_GIT_SHA"
