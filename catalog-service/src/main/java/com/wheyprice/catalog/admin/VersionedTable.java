package com.wheyprice.catalog.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.wheyprice.common.concurrency.Versions;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Rows of one catalog table with a {@code version} column: created at version 1, changed only
 * when the caller names the current version (compare-and-set in the UPDATE itself, so two
 * concurrent changes cannot both win), deleted the same way. Column names come from code,
 * never from requests; values are always bound.
 */
final class VersionedTable {

    private final String table;
    private final String what;

    VersionedTable(String table, String what) {
        this.table = table;
        this.what = what;
    }

    Uni<Row> insert(SqlSession sql, Map<String, Object> columns, Instant now) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("id", UUID.randomUUID());
        all.putAll(columns);
        all.put("version", 1L);
        all.put("created_at", now);
        all.put("updated_at", now);
        List<String> placeholders = new ArrayList<>();
        for (int i = 1; i <= all.size(); i++) {
            placeholders.add("$" + i);
        }
        return sql.first("INSERT INTO " + table + " (" + String.join(", ", all.keySet()) + ") VALUES (" + String.join(", ", placeholders)
                + ") RETURNING *", row -> row, all.values().toArray());
    }

    Uni<Row> find(SqlSession sql, UUID id) {
        return sql.first("SELECT * FROM " + table + " WHERE id = $1", row -> row, id).map(this::found);
    }

    Uni<Row> update(SqlSession sql, UUID id, long expectedVersion, Map<String, Object> columns, Instant now) {
        List<Object> params = new ArrayList<>(List.of(id, expectedVersion, now));
        String assignments = columns.entrySet().stream().map(column -> {
            params.add(column.getValue());
            return column.getKey() + " = $" + params.size();
        }).collect(Collectors.joining(", "));
        return sql.first("UPDATE " + table + " SET " + assignments + ", version = version + 1, updated_at = $3 WHERE id = $1 AND version = $2"
                        + " RETURNING *", row -> row, params.toArray())
                .chain(updated -> updated != null ? Uni.createFrom().item(updated) : staleOrMissing(sql, id));
    }

    Uni<Void> delete(SqlSession sql, UUID id, long expectedVersion) {
        return sql.update("DELETE FROM " + table + " WHERE id = $1 AND version = $2", id, expectedVersion)
                .chain(deleted -> deleted == 1 ? Uni.createFrom().voidItem() : staleOrMissing(sql, id).replaceWithVoid());
    }

    private Uni<Row> staleOrMissing(SqlSession sql, UUID id) {
        return find(sql, id).map(current -> {
            throw Versions.stale();
        });
    }

    private Row found(Row row) {
        if (row == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no such " + what);
        }
        return row;
    }
}
