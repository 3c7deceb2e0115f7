package com.wheyprice.common.db;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Where repositories run their SQL: the pool itself, or one transaction. Statements are written
 * in PostgreSQL style with {@code $1…$n}; parameters are plain Java values ({@code UUID},
 * {@code Instant}, {@code Boolean}, numbers, strings, enums) that the dialect binds for its engine.
 */
public interface SqlSession {

    Dialect dialect();

    Uni<RowSet<Row>> execute(String sql, Object... params);

    /** Every row, mapped. */
    default <T> Uni<List<T>> list(String sql, Function<Row, T> mapper, Object... params) {
        return execute(sql, params).map(rows -> {
            List<T> result = new ArrayList<>(rows.size());
            for (Row row : rows) {
                result.add(mapper.apply(row));
            }
            return result;
        });
    }

    /** The first row, mapped, or {@code null} when there is none. */
    default <T> Uni<T> first(String sql, Function<Row, T> mapper, Object... params) {
        return execute(sql, params).map(rows -> {
            var iterator = rows.iterator();
            return iterator.hasNext() ? mapper.apply(iterator.next()) : null;
        });
    }

    /** How many rows the statement changed. */
    default Uni<Integer> update(String sql, Object... params) {
        return execute(sql, params).map(RowSet::rowCount);
    }
}
