package com.wheyprice.catalog.privacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.privacy.ErasureLedger;
import com.wheyprice.common.privacy.ErasureReceipts;
import com.wheyprice.common.security.revocation.RevocationList;
import com.wheyprice.platform.api.ErasureReceipt;

import io.smallrye.mutiny.Uni;

/**
 * catalog-service's part of erasing a person: their alerts (with what they fired) and alert
 * quota are deleted, their product suggestions and affiliate clicks stay, detached from them (the
 * suggestion's note, which they wrote, is cleared), and so do the suggestions they decided on as
 * an admin. All in one transaction with the receipt ({@link ErasureLedger}).
 */
@ApplicationScoped
public class CatalogErasures implements ErasureReceipts {

    /** How this service names itself on a receipt. */
    public static final String SERVICE = "catalog-service";

    private final ErasureLedger ledger;

    CatalogErasures(Database database, RevocationList revocations) {
        this.ledger = new ErasureLedger(database, revocations, SERVICE, "catalog_erasure");
    }

    public Uni<Void> erase(UUID subject, Instant now) {
        return ledger.erase(subject, now, tx -> tx.update("""
                        DELETE FROM catalog_alert_event WHERE alert_id IN (SELECT id FROM catalog_alert WHERE user_id = $1)""", subject)
                .chain(() -> tx.update("DELETE FROM catalog_alert WHERE user_id = $1", subject))
                .chain(() -> tx.update("DELETE FROM catalog_alert_quota WHERE user_id = $1", subject))
                .chain(() -> tx.update("UPDATE catalog_discovery SET submitted_by = NULL, note = NULL WHERE submitted_by = $1", subject))
                .chain(() -> tx.update("UPDATE catalog_discovery SET decided_by = NULL WHERE decided_by = $1", subject))
                .chain(() -> tx.update("UPDATE catalog_click SET user_id = NULL WHERE user_id = $1", subject)));
    }

    @Override
    public Uni<ErasureReceipt> receipt(UUID subject) {
        return ledger.receipt(subject);
    }
}
