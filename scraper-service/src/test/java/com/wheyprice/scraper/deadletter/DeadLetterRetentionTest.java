package com.wheyprice.scraper.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.retention.Retention;
import com.wheyprice.scraper.ScraperTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A dead letter replayed more than 30 days ago is done with; one replayed since, or never, stays for the admin. */
@QuarkusTest
@QuarkusTestResource(value = ScraperTestResource.class, restrictToAnnotatedClass = true)
class DeadLetterRetentionTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    Database database;

    @Inject
    Retention retention;

    @Inject
    Clock clock;

    private UUID deadLetter(Instant failed, Instant replayed) {
        UUID id = UUID.randomUUID();
        database.update("""
                INSERT INTO scraper_dead_letter (id, job_id, listing_id, url, retailer, attempts, error, job, failed_at, replayed_at)
                VALUES ($1, $2, $3, 'https://shop.example/p', 'shop', 5, 'gone', '{}', $4, $5)""", id, "job-" + id, UUID.randomUUID(), failed,
                replayed).await().atMost(WAIT);
        return id;
    }

    private boolean exists(UUID id) {
        return database.first("SELECT COUNT(*) AS n FROM scraper_dead_letter WHERE id = $1", row -> Rows.count(row, "n"), id)
                .await().atMost(WAIT) == 1;
    }

    @Test
    void aDeadLetterReplayedLongAgoGoesAndTheRestStay() {
        Instant now = clock.instant();
        UUID replayedLongAgo = deadLetter(now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(31)));
        UUID replayedRecently = deadLetter(now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(29)));
        UUID neverReplayed = deadLetter(now.minus(Duration.ofDays(300)), null);

        assertThat(retention.apply(now).await().atMost(WAIT)).containsEntry("dead-letters", 1L);

        assertThat(exists(replayedLongAgo)).isFalse();
        assertThat(exists(replayedRecently)).isTrue();
        assertThat(exists(neverReplayed)).as("waits for an admin however old").isTrue();
    }
}
