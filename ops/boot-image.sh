#!/usr/bin/env bash
# Starts a pushed service image without a container engine, to show it runs: unpacks it with
# umoci and, as the image's user, in its working directory, in a chroot of its root filesystem
# (sharing this machine's network, so it reaches the local Redis), on SQLite and a free port,
# first runs the migration command the Kubernetes Job runs (k3s/base/migrate-job.yaml), then the
# image's entrypoint; succeeds once /q/health/live answers on its management port. Needs root
# (chroot, mounting /proc).
set -euo pipefail
image="${1:?usage: boot-image.sh <registry/whey/service:tag>}"
service=$(basename "${image%:*}")
work=$(mktemp -d)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null || true
  mountpoint -q "$work/bundle/rootfs/proc" && umount "$work/bundle/rootfs/proc"
  rm -rf "$work"
}
trap cleanup EXIT
skopeo copy --quiet --src-tls-verify=false "docker://$image" "oci:$work/oci:image"
umoci unpack --image "$work/oci:image" "$work/bundle" > /dev/null
rootfs="$work/bundle/rootfs"
mkdir -p "$rootfs/proc" && mount -t proc proc "$rootfs/proc"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
export MANAGEMENT_PORT
MANAGEMENT_PORT=$(free_port)

# Runs a command in the image as its runtime would: the OCI runtime config umoci wrote holds the
# entrypoint, environment, user and working directory; arguments after the port replace the entrypoint.
cat > "$work/run.py" <<'PY'
import json, os, sys
spec = json.load(open(sys.argv[1]))["process"]
if len(sys.argv) > 4:
    spec["args"] = sys.argv[4:]
env = dict(item.split("=", 1) for item in spec["env"])
env.update(HTTP_PORT=sys.argv[3], MANAGEMENT_PORT=os.environ["MANAGEMENT_PORT"], DATABASE_URL="jdbc:sqlite:/tmp/whey.db", REDIS_URL="redis://127.0.0.1:6379",
           REDIS_KEY_PREFIX="image-check-%d" % os.getpid(), WHEY_ENVIRONMENT="development")
os.chroot(sys.argv[2])
os.chdir(spec.get("cwd") or "/")
os.setgid(spec["user"]["gid"])
os.setuid(spec["user"]["uid"])
os.execve(spec["args"][0] if spec["args"][0].startswith("/") else
          next(os.path.join(d, spec["args"][0]) for d in env["PATH"].split(":") if os.path.exists(os.path.join(d, spec["args"][0]))),
          spec["args"], env)
PY
migrate=(java -cp "/app/app/*:/app/lib/main/*:/app/lib/boot/*" com.wheyprice.common.db.MigrateCommand "$service")
if ! python3 "$work/run.py" "$work/bundle/config.json" "$rootfs" "$port" "${migrate[@]}" > "$work/migrate.log" 2>&1 ||
  ! grep -q "$service: schema up to date" "$work/migrate.log"; then
  echo "FAIL $image: the migration Job's command did not migrate:" >&2
  tail -20 "$work/migrate.log" >&2
  exit 1
fi
echo "migrated with $image: $(tail -1 "$work/migrate.log")"
python3 "$work/run.py" "$work/bundle/config.json" "$rootfs" "$port" > "$work/boot.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/live"; then
    echo "booted $image: /q/health/live answered on management port $MANAGEMENT_PORT (service port $port)"
    exit 0
  fi
  kill -0 "$pid" 2> /dev/null || break
  sleep 0.5
done
echo "FAIL $image did not become live; its output:" >&2
tail -30 "$work/boot.log" >&2
exit 1
