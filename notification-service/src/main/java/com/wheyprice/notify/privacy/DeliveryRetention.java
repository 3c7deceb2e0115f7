package com.wheyprice.notify.privacy;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.wheyprice.common.retention.RetentionConfig;
import com.wheyprice.common.retention.RetentionRule;

/**
 * Finished deliveries (sent or skipped) go {@code RETENTION_DELIVERIES} after they finished
 * (README's retention table): long after any repeat of their event, and long after the daily
 * limit of alert e-mails that reads them. Dead ones stay until an admin replays them.
 */
public class DeliveryRetention {

    @Produces
    @Singleton
    RetentionRule finishedDeliveries(RetentionConfig config) {
        return RetentionRule.deleting("deliveries", "notification_delivery", "id", "status IN ('SENT', 'SKIPPED') AND updated_at < $1",
                config.deliveries());
    }
}
