package com.wheyprice.common.retention;

import java.time.Duration;
import java.time.Instant;

import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/** One kind of data a service forgets or thins with age, a batch at a time. */
public interface RetentionRule {

    /** What the rule removes, as the metric's {@code kind} label names it. */
    String kind();

    /** Applies the rule, as of {@code now}, to at most {@code batch} rows within {@code tx}; answers how many it deleted or changed. */
    Uni<Integer> apply(SqlSession tx, Instant now, int batch);

    /**
     * Deletes the rows of {@code table} that {@code condition} holds for, {@code $1} in it being the
     * instant {@code age} before now; rows are picked by {@code key} (a column, or a row value
     * such as {@code (listing_id, observed_at)}).
     */
    static RetentionRule deleting(String kind, String table, String key, String condition, Duration age) {
        String statement = "DELETE FROM " + table + " WHERE " + key + " IN (SELECT " + key.replaceAll("[()]", "") + " FROM " + table + " WHERE "
                + condition + " LIMIT %d)";
        return new RetentionRule() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Uni<Integer> apply(SqlSession tx, Instant now, int batch) {
                return tx.update(statement.formatted(batch), now.minus(age));
            }
        };
    }
}
