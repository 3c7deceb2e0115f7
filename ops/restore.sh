#!/usr/bin/env bash
# Restores BACKUP (a whey-*.dump made by backup.sh) into a new database TARGET_DB on the server of
# DATABASE_URL, then checks that every table has the row count recorded at backup time. The
# target must not exist yet, so a restore never overwrites live data; exits non-zero when the
# counts differ.
set -euo pipefail
: "${DATABASE_URL:?set DATABASE_URL to any database on the target server}"
: "${BACKUP:?set BACKUP to a whey-*.dump file}"
: "${TARGET_DB:?set TARGET_DB to the name of the database to create}"
[[ "$TARGET_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "TARGET_DB must be a plain lower-case name" >&2; exit 2; }
counts="${BACKUP%.dump}.counts"
[ -f "$BACKUP" ] && [ -f "$counts" ] || { echo "need $BACKUP and $counts" >&2; exit 2; }
source "$(dirname "$0")/row-counts.sh"

target_url=$(printf '%s' "$DATABASE_URL" | sed -E "s#^(postgres(ql)?://[^/]+)/[^?]*#\1/$TARGET_DB#")
psql -X -q -v ON_ERROR_STOP=1 "$DATABASE_URL" -c "CREATE DATABASE $TARGET_DB"
pg_restore --no-owner --no-privileges --exit-on-error -d "$target_url" "$BACKUP"
restored=$(psql -X -q -t -A -v ON_ERROR_STOP=1 "$target_url" -c "$ROW_COUNTS_SQL")
if ! diff <(sort "$counts") <(printf '%s\n' "$restored" | sort); then
  echo "row counts of $TARGET_DB differ from the backup's (< backup, > restored)" >&2
  exit 1
fi
echo "restored $BACKUP into $TARGET_DB; row counts of all $(wc -l < "$counts") tables match"
