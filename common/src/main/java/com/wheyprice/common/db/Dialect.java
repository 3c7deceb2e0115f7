package com.wheyprice.common.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The two engines the suite runs on, and the few places where they differ.
 *
 * <p>Repositories write SQL once, in PostgreSQL style with {@code $1…$n}. Everything that
 * cannot be written portably lives here as one named helper, so engine checks never leak
 * into repositories.
 */
public enum Dialect {
    POSTGRESQL("postgres") {
        @Override
        public String sql(String sql) {
            return sql;
        }

        @Override
        public Object bind(Object value) {
            if (value instanceof Instant instant) {
                return instant.atOffset(ZoneOffset.UTC);
            }
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            return value;
        }

        @Override
        public String dayOf(String column) {
            return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
        }

        @Override
        public String forUpdate() {
            return " FOR UPDATE";
        }

        @Override
        public String holdWrites(String table) {
            return "LOCK TABLE " + table + " IN SHARE ROW EXCLUSIVE MODE";
        }

        @Override
        public String fullTextMatch(String table, String alias, String placeholder) {
            return alias + ".document @@ to_tsquery('simple', " + placeholder + ")";
        }

        @Override
        public String fullTextFilter(String table, String alias, String placeholder) {
            // IS TRUE is no operator a GIN index serves: the planner must check the rows it found another way
            return "(" + fullTextMatch(table, alias, placeholder) + ") IS TRUE";
        }

        @Override
        public String fullTextQuery(List<List<String>> groups) {
            return groups.stream()
                    .map(group -> group.stream().map(word -> word.endsWith("*") ? word.substring(0, word.length() - 1) + ":*" : word)
                            .collect(Collectors.joining(" | ", "(", ")")))
                    .collect(Collectors.joining(" & "));
        }
    },

    SQLITE("sqlite") {
        @Override
        public String sql(String sql) {
            return SqlPlaceholders.toNumbered(sql);
        }

        @Override
        public Object bind(Object value) {
            if (value instanceof UUID id) {
                return id.toString();
            }
            if (value instanceof Enum<?> constant) {
                return constant.name();
            }
            if (value instanceof Instant instant) {
                return Timestamps.format(instant);
            }
            if (value instanceof OffsetDateTime time) {
                return Timestamps.format(time.toInstant());
            }
            if (value instanceof Boolean flag) {
                return flag ? 1 : 0;
            }
            if (value instanceof JsonObject || value instanceof JsonArray) {
                return value.toString();
            }
            return value;
        }

        @Override
        public String dayOf(String column) {
            return "substr(" + column + ", 1, 10)";
        }

        /** SQLite transactions here begin IMMEDIATE and so already hold the only write lock. */
        @Override
        public String forUpdate() {
            return "";
        }

        /** The transaction holds the only write lock already; the statement locks nothing more. */
        @Override
        public String holdWrites(String table) {
            return "SELECT 1";
        }

        @Override
        public String fullTextMatch(String table, String alias, String placeholder) {
            return alias + ".rowid IN (SELECT rowid FROM " + table + "_fts WHERE " + table + "_fts MATCH " + placeholder + ")";
        }

        @Override
        public String fullTextFilter(String table, String alias, String placeholder) {
            return fullTextMatch(table, alias, placeholder);
        }

        @Override
        public String fullTextQuery(List<List<String>> groups) {
            return groups.stream()
                    .map(group -> group.stream().map(word -> word.endsWith("*") ? "\"" + word.substring(0, word.length() - 1) + "\"*" : "\"" + word + "\"")
                            .collect(Collectors.joining(" OR ", "(", ")")))
                    .collect(Collectors.joining(" AND "));
        }
    };

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The engine's folder under {@code deployments/} and {@code db/migrations/}. */
    public String folder() {
        return folder;
    }

    /** The statement as this engine wants it: PostgreSQL's {@code $n} become SQLite's {@code ?n}. */
    public abstract String sql(String sql);

    /** A Java value in the form this engine's driver stores for the column conventions of the design. */
    public abstract Object bind(Object value);

    /** The suffix that locks the selected rows until the transaction ends. */
    public abstract String forUpdate();

    /**
     * A statement after which no other transaction writes to {@code table} until this one ends
     * (reads go on): one that wrote to it before has committed, and one that writes to it next waits.
     */
    public abstract String holdWrites(String table);

    /**
     * A condition that the row {@code alias} of the search table {@code table} holds the words of
     * the query bound at {@code placeholder} (made by {@link #fullTextQuery}), through the engine's
     * full-text index: on PostgreSQL the table's {@code document} tsvector, on SQLite the FTS5
     * table {@code <table>_fts} over it.
     */
    public abstract String fullTextMatch(String table, String alias, String placeholder);

    /**
     * The condition of {@link #fullTextMatch}, for rows another condition has already narrowed to
     * a few hundred at most (one brand's products): checked row by row, never by intersecting
     * with the full-text index. PostgreSQL's generic plan for a bound query cannot tell a common
     * word from a rare one and would intersect with thousands of index entries.
     */
    public abstract String fullTextFilter(String table, String alias, String placeholder);

    /**
     * The full-text query that every group matches, a group by any of its words; a word ending in
     * {@code *} matches every word it begins. Words are lower-case letters and digits only.
     */
    public abstract String fullTextQuery(List<List<String>> groups);

    /** An SQL expression giving the UTC calendar day ({@code YYYY-MM-DD}) of an instant column. */
    public abstract String dayOf(String column);
}
