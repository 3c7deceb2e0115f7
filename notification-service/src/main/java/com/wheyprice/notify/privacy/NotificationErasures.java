package com.wheyprice.notify.privacy;

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
 * notification-service's part of erasing a person: their preferences, webhooks and deliveries
 * (sent, pending or dead) are deleted, in one transaction with the receipt ({@link ErasureLedger}),
 * which keeps deliveries for them from being recorded after it
 * ({@link com.wheyprice.notify.delivery.DeliveryRepository#record}). Writes to the deliveries
 * are held meanwhile, so one recorded at the same moment is either deleted here or sees the
 * receipt.
 */
@ApplicationScoped
public class NotificationErasures implements ErasureReceipts {

    /** How this service names itself on a receipt. */
    public static final String SERVICE = "notification-service";

    private final ErasureLedger ledger;

    NotificationErasures(Database database, RevocationList revocations) {
        this.ledger = new ErasureLedger(database, revocations, SERVICE, "notification_erasure");
    }

    public Uni<Void> erase(UUID subject, Instant now) {
        return ledger.erase(subject, now, tx -> tx.update(tx.dialect().holdWrites("notification_delivery"))
                .chain(() -> tx.update("DELETE FROM notification_delivery WHERE user_id = $1", subject))
                .chain(() -> tx.update("DELETE FROM notification_webhook WHERE user_id = $1", subject))
                .chain(() -> tx.update("DELETE FROM notification_preference WHERE user_id = $1", subject)));
    }

    @Override
    public Uni<ErasureReceipt> receipt(UUID subject) {
        return ledger.receipt(subject);
    }
}
