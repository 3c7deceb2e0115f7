package com.wheyprice.common.db;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

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

    /** An SQL expression giving the UTC calendar day ({@code YYYY-MM-DD}) of an instant column. */
    public abstract String dayOf(String column);
}
