#!/usr/bin/env bash
# Builds the services' base image without a container engine or a public registry: a Java 17
# runtime cut down with jlink from this machine's JDK, the shared libraries it and curl (for
# health checks) need, CA certificates, and an unprivileged user 1001; assembled as an OCI image
# with umoci and pushed with skopeo to REGISTRY (default localhost:5000) as whey/jre:17.
# Where a public registry is reachable, eclipse-temurin:17-jre serves the same purpose
# (WHEY_BASE_IMAGE in ops/images.sh).
set -euo pipefail
registry="${REGISTRY:-localhost:5000}"
image="$registry/whey/jre:17"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs"/{opt,etc,tmp,app,usr/bin,proc,dev,sys}
chmod 1777 "$rootfs/tmp"

jdk=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
"$jdk/bin/jlink" --module-path "$jdk/jmods" \
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.naming.dns,jdk.management,jdk.localedata \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$rootfs/opt/java"
# The jlink image's trust store links to the host's; the image gets the certificates themselves.
cp --remove-destination -L /etc/ssl/certs/java/cacerts "$rootfs/opt/java/lib/security/cacerts"
cp -L "$(command -v curl)" "$rootfs/usr/bin/curl"
# A server has no display or sound; without these, none of the X11 and ALSA libraries come along.
rm -f "$rootfs"/opt/java/lib/{libawt_xawt.so,libsplashscreen.so,libjsound.so}

# Every shared library the runtime and curl load, with the dynamic loader, at their host paths.
{ find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \); echo "$rootfs/usr/bin/curl"; } |
  xargs -r ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// && $2 ~ /^\(/ {print $1}' |
  grep -v "^$rootfs" | sort -u |
  while read -r lib; do cp --parents -L "$lib" "$rootfs"; done
# Name lookup, and the glibc compatibility libraries native code in application jars links
# against (sqlite-jdbc's library needs libpthread, for one) though the runtime itself does not.
for lib in libnss_dns.so.2 libnss_files.so.2 libpthread.so.0 libdl.so.2 librt.so.1 libutil.so.1; do
  if [ -e "/lib/x86_64-linux-gnu/$lib" ]; then cp --parents -L "/lib/x86_64-linux-gnu/$lib" "$rootfs"; fi
done
printf 'root:x:0:0:root:/root:/sbin/nologin\napp:x:1001:1001:app:/app:/sbin/nologin\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\napp:x:1001:\n' > "$rootfs/etc/group"
printf 'hosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
chown 1001:1001 "$rootfs/app"

umoci init --layout "$work/oci"
umoci new --image "$work/oci:jre"
umoci unpack --image "$work/oci:jre" "$work/bundle" > /dev/null
cp -a "$rootfs/." "$work/bundle/rootfs/"
umoci repack --image "$work/oci:jre" "$work/bundle"
umoci config --image "$work/oci:jre" --config.user 1001:1001 --config.workingdir /app \
  --config.env PATH=/opt/java/bin:/usr/bin:/bin --config.env JAVA_HOME=/opt/java \
  --config.entrypoint /opt/java/bin/java --architecture amd64 --os linux \
  --config.label org.opencontainers.image.title=whey-jre --config.label org.opencontainers.image.base.name=jlink
skopeo copy --quiet --dest-tls-verify=false "oci:$work/oci:jre" "docker://$image"
echo "pushed $image"
