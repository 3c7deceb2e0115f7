#!/usr/bin/env bash
# Backs the PostgreSQL database at DATABASE_URL up to BACKUP_DIR (default backups/) as
# whey-<UTC timestamp>.dump (pg_dump custom format) with a .counts file beside it: the row count of
# every table, taken in the same snapshot as the dump, which restore.sh checks against. Keeps the
# newest BACKUP_KEEP (default 14) backups and deletes older ones.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL, e.g. postgresql://postgres@127.0.0.1:5432/whey}"
dir="${BACKUP_DIR:-backups}"
keep="${BACKUP_KEEP:-14}"
mkdir -p "$dir"
name="$dir/whey-$(date -u +%Y%m%dT%H%M%SZ)"
[ ! -e "$name.dump" ] || { echo "$name.dump exists already; try again in a second" >&2; exit 1; }
source "$(dirname "$0")/row-counts.sh"

# One session holds a repeatable-read snapshot open; pg_dump and the row counts both read it.
coproc SNAPSHOT { psql -X -q -t -A -v ON_ERROR_STOP=1 "$DATABASE_URL"; }
# Bash unsets SNAPSHOT_PID as soon as psql has exited, which may be before the wait below.
snapshot_pid=$SNAPSHOT_PID
echo "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SELECT pg_export_snapshot();" >&"${SNAPSHOT[1]}"
read -r snapshot <&"${SNAPSHOT[0]}"
pg_dump --snapshot="$snapshot" -Fc -f "$name.dump.partial" "$DATABASE_URL"
echo "$ROW_COUNTS_SQL; SELECT '--end--';" >&"${SNAPSHOT[1]}"
: > "$name.counts.partial"
while read -r line <&"${SNAPSHOT[0]}" && [ "$line" != "--end--" ]; do
  echo "$line" >> "$name.counts.partial"
done
echo "COMMIT;" >&"${SNAPSHOT[1]}"
exec {SNAPSHOT[1]}>&-
wait "$snapshot_pid"
mv "$name.dump.partial" "$name.dump"
mv "$name.counts.partial" "$name.counts"
echo "backed up to $name.dump ($(wc -l < "$name.counts") tables)"

ls -1 "$dir"/whey-*.dump | sort | head -n -"$keep" | while read -r old; do
  rm -f "$old" "${old%.dump}.counts"
  echo "deleted old backup $old"
done
