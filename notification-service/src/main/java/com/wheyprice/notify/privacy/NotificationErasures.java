package com.wheyprice.notify.privacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.platform.api.ErasureReceipt;

import io.smallrye.mutiny.Uni;

/**
 * notification-service's part of erasing a person: their preferences, webhooks and deliveries
 * (sent, pending or dead) are deleted, in one transaction with the receipt, which makes a second
 * erasure of the same person a no-op and keeps deliveries for them from being recorded after it
 * ({@link com.wheyprice.notify.delivery.DeliveryRepository#record}). Writes to the deliveries
 * are held meanwhile, so one recorded at the same moment is either deleted here or sees the
 * receipt.
 */
@ApplicationScoped
public class NotificationErasures {

    /** How this service names itself on a receipt. */
    public static final String SERVICE = "notification-service";

    private final Database database;

    NotificationErasures(Database database) {
        this.database = database;
    }

    public Uni<Void> erase(UUID subject, Instant now) {
        return database.inTransaction(tx -> tx.update(tx.dialect().holdWrites("notification_delivery"))
                .chain(() -> tx.update("INSERT INTO notification_erasure (subject, erased_at) VALUES ($1, $2) ON CONFLICT (subject) DO NOTHING",
                        subject, now))
                .chain(() -> tx.update("DELETE FROM notification_delivery WHERE user_id = $1", subject))
                .chain(() -> tx.update("DELETE FROM notification_webhook WHERE user_id = $1", subject))
                .chain(() -> tx.update("DELETE FROM notification_preference WHERE user_id = $1", subject)))
                .replaceWithVoid();
    }

    public Uni<ErasureReceipt> receipt(UUID subject) {
        return database.first("SELECT erased_at FROM notification_erasure WHERE subject = $1", row -> Rows.instant(row, "erased_at"), subject)
                .map(erasedAt -> new ErasureReceipt(SERVICE, subject, erasedAt));
    }
}
