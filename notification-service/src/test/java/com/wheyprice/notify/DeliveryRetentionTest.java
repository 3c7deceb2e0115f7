package com.wheyprice.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.db.Rows;
import com.wheyprice.common.retention.Retention;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A delivery finished more than 90 days ago goes; a newer one, or a dead one waiting for an admin, stays. */
@QuarkusTest
@QuarkusTestResource(value = NotifyTestResource.class, restrictToAnnotatedClass = true)
class DeliveryRetentionTest extends NotifyTestBase {

    @Inject
    Retention retention;

    private UUID delivery(String status, Instant updated) {
        UUID id = UUID.randomUUID();
        database.update("""
                INSERT INTO notification_delivery (id, delivery_key, event_id, kind, channel, user_id, topic, payload, status, attempts,
                                                   next_attempt_at, last_error, created_at, updated_at, endpoint_id)
                VALUES ($1, $2, $3, 'PRICE_ALERT', 'EMAIL', $4, NULL, '{}', $5, 1, $6, NULL, $6, $6, NULL)""", id, "key-" + id, UUID.randomUUID(),
                UUID.randomUUID(), status, updated).await().atMost(WAIT);
        return id;
    }

    private boolean exists(UUID id) {
        return database.first("SELECT COUNT(*) AS n FROM notification_delivery WHERE id = $1", row -> Rows.count(row, "n"), id)
                .await().atMost(WAIT) == 1;
    }

    @Test
    void aDeliveryFinishedLongAgoGoesAndTheRestStay() {
        Instant now = clock.instant();
        UUID sentLongAgo = delivery("SENT", now.minus(Duration.ofDays(91)));
        UUID skippedLongAgo = delivery("SKIPPED", now.minus(Duration.ofDays(91)));
        UUID sentRecently = delivery("SENT", now.minus(Duration.ofDays(89)));
        UUID deadLongAgo = delivery("DEAD", now.minus(Duration.ofDays(200)));

        assertThat(retention.apply(now).await().atMost(WAIT)).containsEntry("deliveries", 2L);

        assertThat(exists(sentLongAgo)).isFalse();
        assertThat(exists(skippedLongAgo)).isFalse();
        assertThat(exists(sentRecently)).isTrue();
        assertThat(exists(deadLongAgo)).as("waits for an admin however old").isTrue();
    }
}
