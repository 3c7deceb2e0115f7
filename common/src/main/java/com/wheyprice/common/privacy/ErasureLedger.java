package com.wheyprice.common.privacy;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.security.revocation.RevocationList;
import com.wheyprice.platform.api.ErasureReceipt;

import io.smallrye.mutiny.Uni;

/**
 * How a service erases its part of a person when auth-service's {@code subject-erased} event
 * reaches it, and the receipt that proves it did. The person's tokens are refused here first
 * (auth-service announced their ended sessions just before the event, and this service's next
 * sync may be seconds away), so no request of theirs writes anything after the erasure. Then the
 * service's own deletes run in one transaction with the receipt row; the receipt table's primary
 * key on {@code subject} makes a repeated event a no-op.
 */
public final class ErasureLedger implements ErasureReceipts {

    private final Database database;
    private final RevocationList revocations;
    private final String service;
    private final String insert;
    private final String select;

    /**
     * @param service how the service names itself on a receipt
     * @param table   its receipt table: {@code subject} (primary key) and {@code erased_at}
     */
    public ErasureLedger(Database database, RevocationList revocations, String service, String table) {
        this.database = database;
        this.revocations = revocations;
        this.service = service;
        this.insert = "INSERT INTO " + table + " (subject, erased_at) VALUES ($1, $2) ON CONFLICT (subject) DO NOTHING";
        this.select = "SELECT erased_at FROM " + table + " WHERE subject = $1";
    }

    /** Erases the person with {@code part}, in the transaction that writes the receipt. */
    public Uni<Void> erase(UUID subject, Instant now, Function<SqlSession, Uni<?>> part) {
        return revocations.catchUp()
                .chain(() -> database.inTransaction(tx -> part.apply(tx).chain(() -> tx.update(insert, subject, now))))
                .replaceWithVoid();
    }

    @Override
    public Uni<ErasureReceipt> receipt(UUID subject) {
        return database.first(select, row -> Rows.instant(row, "erased_at"), subject)
                .map(erasedAt -> new ErasureReceipt(service, subject, erasedAt));
    }
}
