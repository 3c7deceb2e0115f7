package com.wheyprice.auth.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.net.IpNetworks;
import com.wheyprice.common.retention.RetentionRule;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Cuts the IP addresses of one table's rows older than {@code age} to their networks ({@link IpNetworks}). */
record IpTruncation(String kind, String table, String timeColumn, Duration age) implements RetentionRule {

    @Override
    public Uni<Integer> apply(SqlSession tx, Instant now, int batch) {
        return tx.list("SELECT id, ip FROM " + table + " WHERE " + timeColumn + " < $1 AND ip IS NOT NULL AND ip NOT LIKE '%/%' LIMIT " + batch,
                        row -> new Object[] { Rows.uuid(row, "id"), row.getString("ip") }, now.minus(age))
                .chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> tx.update("UPDATE " + table + " SET ip = $2 WHERE id = $1", (UUID) row[0],
                                IpNetworks.network((String) row[1])))
                        .collect().last()
                        .replaceWith(rows.size()));
    }
}
