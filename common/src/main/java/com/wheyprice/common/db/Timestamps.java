package com.wheyprice.common.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one text form of an instant stored in SQLite ({@code 2026-11-21T13:47:05.123Z}), chosen so
 * that text order is time order, and the reader that accepts what either engine returns.
 */
public final class Timestamps {

    private static final DateTimeFormatter SQLITE_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return SQLITE_FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Reads a column value as an instant; {@code null} stays {@code null}. */
    public static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof String text) {
            return Instant.parse(text);
        }
        if (value instanceof Number epochMillis) {
            return Instant.ofEpochMilli(epochMillis.longValue());
        }
        throw new IllegalArgumentException("not an instant: " + value.getClass().getName());
    }
}
