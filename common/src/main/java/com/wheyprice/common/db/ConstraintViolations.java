package com.wheyprice.common.db;

import java.sql.SQLException;
import java.util.Optional;

import io.vertx.pgclient.PgException;

/**
 * Recognises, on either engine, a write the database refused because it clashes with existing
 * data (a unique key taken, a row still referenced or a reference to nothing), so it can be
 * answered as a conflict rather than as a server error.
 */
public final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /** What kind of clash {@code error} (or one of its causes) is, if it is one. */
    public static Optional<String> describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg) {
                return fromSqlState(pg.getSqlState());
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null && sql.getMessage().contains("SQLITE_CONSTRAINT")) {
                String message = sql.getMessage();
                return Optional.of(message.contains("FOREIGNKEY") ? "it is referenced by, or refers to, other data"
                        : message.contains("UNIQUE") || message.contains("PRIMARYKEY") ? "a unique value is already taken"
                        : "it breaks a rule of the data");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromSqlState(String state) {
        return switch (state == null ? "" : state) {
            case "23505" -> Optional.of("a unique value is already taken");
            case "23503" -> Optional.of("it is referenced by, or refers to, other data");
            case "23514", "23502" -> Optional.of("it breaks a rule of the data");
            default -> Optional.empty();
        };
    }
}
