# The row count of every table of the public schema, as "table|count" lines in table order;
# sourced by backup.sh and restore.sh so both count the same way.
# shellcheck disable=SC2034
ROW_COUNTS_SQL="SELECT table_name || '|' || (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
