package com.wheyprice.common.db;

import java.time.Instant;
import java.util.UUID;

import com.wheyprice.platform.api.Money;

import io.vertx.mutiny.sqlclient.Row;

/**
 * Reads columns the same way on both engines: SQLite hands back text for ids and instants,
 * {@code Integer} or {@code Long} for numbers and 0/1 for booleans, where PostgreSQL hands back
 * {@code UUID}, {@code OffsetDateTime}, {@code Long} and {@code Boolean}.
 */
public final class Rows {

    private Rows() {
    }

    public static UUID uuid(Row row, String column) {
        Object value = row.getValue(column);
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        return UUID.fromString(value.toString());
    }

    public static Instant instant(Row row, String column) {
        return Timestamps.toInstant(row.getValue(column));
    }

    /** A whole number, or {@code null}. */
    public static Long longValue(Row row, String column) {
        Object value = row.getValue(column);
        return value == null ? null : ((Number) value).longValue();
    }

    /** A count or other number that is never {@code null}. */
    public static long count(Row row, String column) {
        Long value = longValue(row, column);
        return value == null ? 0L : value;
    }

    public static Boolean bool(Row row, String column) {
        Object value = row.getValue(column);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        return ((Number) value).intValue() != 0;
    }

    /** Money stored as integer minor units plus an ISO-4217 code; {@code null} when the amount is. */
    public static Money money(Row row, String amountColumn, String currencyColumn) {
        Long amount = longValue(row, amountColumn);
        return amount == null ? null : new Money(amount, row.getString(currencyColumn));
    }
}
