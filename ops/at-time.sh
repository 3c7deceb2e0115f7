#!/usr/bin/env bash
# Runs a command with the clock of every process it starts moved to INSTANT (UTC, ISO-8601), for
# checking that nothing depends on the hour or the date a run happens at:
#   ops/at-time.sh 2028-02-29T00:05:00Z ./mvnw -B verify
# libfaketime (Debian package faketime) shifts the wall clock by a fixed offset, so the Maven JVM,
# the test JVMs and every service they launch agree on the moved time, which ticks on from INSTANT.
# The monotonic clock moves by the same offset, so durations and timed waits stay right (leaving it
# alone, FAKETIME_DONT_FAKE_MONOTONIC, makes the JVM's timed waits return at once and its threads
# spin). PostgreSQL and Redis keep the real time: the platform never asks them for the time,
# except Redis's own time windows (LuaScript.NOW_MS), which compare Redis's clock with itself.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 INSTANT COMMAND [ARG…]" >&2; exit 2; }
command -v faketime > /dev/null || { echo "faketime is missing: apt-get install faketime" >&2; exit 2; }
target=$(date -u -d "$1" +%s) || { echo "not an instant: $1" >&2; exit 2; }
shift
offset=$((target - $(date -u +%s)))
echo "clock moved to $(date -u -d "@$target" +%Y-%m-%dT%H:%M:%SZ) (offset ${offset}s): $*" >&2
export NO_FAKE_STAT=1
exec faketime -f "$(printf '%+ds' "$offset")" "$@"
