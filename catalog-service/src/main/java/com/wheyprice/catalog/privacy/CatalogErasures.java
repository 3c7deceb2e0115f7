package com.wheyprice.catalog.privacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.platform.api.ErasureReceipt;

import io.smallrye.mutiny.Uni;

/**
 * catalog-service's part of erasing a person: their alerts (with what they fired) and alert
 * quota are deleted, their product suggestions and affiliate clicks stay, detached from them (the
 * suggestion's note, which they wrote, is cleared), and so do the suggestions they decided on as
 * an admin. All in one transaction with the receipt, which makes a second erasure of the same
 * person a no-op.
 */
@ApplicationScoped
public class CatalogErasures {

    /** How this service names itself on a receipt. */
    public static final String SERVICE = "catalog-service";

    private final Database database;

    CatalogErasures(Database database) {
        this.database = database;
    }

    public Uni<Void> erase(UUID subject, Instant now) {
        return database.inTransaction(tx -> tx.update("""
                        DELETE FROM catalog_alert_event WHERE alert_id IN (SELECT id FROM catalog_alert WHERE user_id = $1)""", subject)
                .chain(() -> tx.update("DELETE FROM catalog_alert WHERE user_id = $1", subject))
                .chain(() -> tx.update("DELETE FROM catalog_alert_quota WHERE user_id = $1", subject))
                .chain(() -> tx.update("UPDATE catalog_discovery SET submitted_by = NULL, note = NULL WHERE submitted_by = $1", subject))
                .chain(() -> tx.update("UPDATE catalog_discovery SET decided_by = NULL WHERE decided_by = $1", subject))
                .chain(() -> tx.update("UPDATE catalog_click SET user_id = NULL WHERE user_id = $1", subject))
                .chain(() -> tx.update("INSERT INTO catalog_erasure (subject, erased_at) VALUES ($1, $2) ON CONFLICT (subject) DO NOTHING",
                        subject, now)))
                .replaceWithVoid();
    }

    public Uni<ErasureReceipt> receipt(UUID subject) {
        return database.first("SELECT erased_at FROM catalog_erasure WHERE subject = $1", row -> Rows.instant(row, "erased_at"), subject)
                .map(erasedAt -> new ErasureReceipt(SERVICE, subject, erasedAt));
    }
}
