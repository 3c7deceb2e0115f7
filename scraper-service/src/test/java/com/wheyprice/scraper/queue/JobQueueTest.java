package com.wheyprice.scraper.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.scraper.ScraperTestResource;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.redis.client.Response;

/** The queue's promises against the real Redis: one job per listing, no job lost to a dead worker, retries, dead letters, no doubles. */
@QuarkusTest
@QuarkusTestResource(value = ScraperTestResource.class, restrictToAnnotatedClass = true)
class JobQueueTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    JobQueue queue;

    @Inject
    RedisDataSource redis;

    static DueListing listing() {
        return new DueListing(UUID.randomUUID(), "http://shop.test/p", null, null, null,
                new DueListing.Retailer(UUID.randomUUID(), "shop", "shop.test", "INR", null, null, null, 30, null));
    }

    /** Claims the listing's job for {@code consumer}; each test finishes what it claims, so no other job is waiting. */
    private QueuedJob claimJobOf(DueListing listing, String consumer) {
        List<QueuedJob> claimed = queue.claim(consumer, 10).await().atMost(WAIT);
        assertThat(claimed).hasSize(1);
        assertThat(claimed.get(0).job().listing()).isEqualTo(listing);
        return claimed.get(0);
    }

    @Test
    void aListingIsQueuedOnceUntilItsJobIsDone() {
        DueListing listing = listing();
        assertThat(queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT)).isTrue();
        assertThat(queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT)).isFalse();

        queue.complete(claimJobOf(listing, "dedupe")).await().atMost(WAIT);

        assertThat(queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT)).isTrue();
        queue.complete(claimJobOf(listing, "dedupe")).await().atMost(WAIT);
    }

    @Test
    void aJobWhoseWorkerDiedIsTakenOverAfterTheVisibilityTimeoutAndDoneOnce() {
        DueListing listing = listing();
        queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT);
        QueuedJob held = claimJobOf(listing, "dies");

        assertThat(queue.takeOverStale("survivor", 10).await().atMost(WAIT)).extracting(QueuedJob::entryId).doesNotContain(held.entryId());
        List<QueuedJob> taken = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            taken.addAll(queue.takeOverStale("survivor", 10).await().atMost(WAIT));
            return taken.stream().anyMatch(job -> job.entryId().equals(held.entryId()));
        });
        QueuedJob recovered = taken.stream().filter(job -> job.entryId().equals(held.entryId())).findFirst().orElseThrow();
        assertThat(recovered.job().jobId()).isEqualTo(held.job().jobId());
        queue.complete(recovered).await().atMost(WAIT);

        assertThat(queue.depths().await().atMost(WAIT).inFlight()).isZero();
        await().pollDelay(Duration.ofMillis(1200)).atMost(WAIT)
                .until(() -> queue.takeOverStale("late", 10).await().atMost(WAIT).isEmpty());
    }

    @Test
    void aJobKeptClaimedIsNotTakenOverUntilItsWorkerStopsKeepingIt() throws InterruptedException {
        DueListing listing = listing();
        queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT);
        QueuedJob held = claimJobOf(listing, "slow");

        for (int beat = 0; beat < 6; beat++) {
            Thread.sleep(400);
            assertThat(queue.keepClaimed(held, "no-lock", Duration.ofSeconds(1)).await().atMost(WAIT)).isTrue();
            assertThat(queue.takeOverStale("eager", 10).await().atMost(WAIT)).as("taken over while kept, after %d ms", 400 * (beat + 1))
                    .isEmpty();
        }
        List<QueuedJob> taken = new ArrayList<>();
        await().atMost(WAIT).until(() -> taken.addAll(queue.takeOverStale("eager", 10).await().atMost(WAIT)));
        assertThat(taken).extracting(QueuedJob::entryId).containsExactly(held.entryId());
        assertThat(queue.keepClaimed(held, "no-lock", Duration.ofSeconds(1)).await().atMost(WAIT))
                .as("the slow worker learns the job is no longer its own").isFalse();
        queue.complete(taken.get(0)).await().atMost(WAIT);
    }

    @Test
    void aRetryWaitsInTheDelayedSetThenComesBackAsTheNextAttempt() {
        DueListing listing = listing();
        ScrapeJob job = ScrapeJob.first(listing, null, Instant.EPOCH);
        queue.enqueue(job).await().atMost(WAIT);
        QueuedJob held = claimJobOf(listing, "retry");

        queue.retryLater(held, held.job().nextAttempt("HTTP 503"), Duration.ofMillis(300)).await().atMost(WAIT);
        assertThat(queue.depths().await().atMost(WAIT).retrying()).isPositive();
        assertThat(queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT)).as("still pending while it waits").isFalse();

        List<QueuedJob> again = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            queue.promoteDueRetries().await().atMost(WAIT);
            again.addAll(queue.claim("retry", 50).await().atMost(WAIT));
            return again.stream().anyMatch(queued -> queued.job().jobId().equals(job.jobId()));
        });
        QueuedJob second = again.stream().filter(queued -> queued.job().jobId().equals(job.jobId())).findFirst().orElseThrow();
        assertThat(second.job().attempt()).isEqualTo(2);
        assertThat(second.job().lastError()).isEqualTo("HTTP 503");
        queue.complete(second).await().atMost(WAIT);
    }

    /**
     * The retry's due time is compared with the Redis server's clock when retries are promoted, so
     * it must be set by that clock too. CI also runs this class with the JVM's clock moved away
     * from the server's; an instance whose clock runs ahead must not postpone its retries.
     */
    @Test
    void aRetryIsDueByTheRedisServersClockWhateverTheInstancesClockSays() {
        DueListing listing = listing();
        queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT);
        QueuedJob held = claimJobOf(listing, "retry-clock");

        queue.retryLater(held, held.job().nextAttempt("HTTP 503"), Duration.ofSeconds(30)).await().atMost(WAIT);

        Response time = redis.execute("TIME");
        long serverNowMs = time.get(0).toLong() * 1000 + time.get(1).toLong() / 1000;
        ScoredValue<String> retry = redis.sortedSet(String.class).zrangeWithScores(queue.delayed(), 0, -1).stream()
                .filter(scored -> scored.value().contains(listing.listingId().toString())).findFirst().orElseThrow();
        assertThat((long) retry.score() - serverNowMs).as("due in, by the server's clock (ms)").isBetween(25_000L, 30_000L);
        redis.sortedSet(String.class).zrem(queue.delayed(), retry.value());
    }

    @Test
    void aDeadLetteredJobLeavesTheQueueAndFreesItsListing() {
        DueListing listing = listing();
        queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT);
        QueuedJob held = claimJobOf(listing, "dead");
        long deadBefore = queue.depths().await().atMost(WAIT).deadLetters();

        queue.deadLetter(held, "HTTP 500 four times").await().atMost(WAIT);

        JobQueue.Depths after = queue.depths().await().atMost(WAIT);
        assertThat(after.deadLetters()).isEqualTo(deadBefore + 1);
        assertThat(queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT)).isTrue();
        queue.complete(claimJobOf(listing, "dead")).await().atMost(WAIT);
    }

    @Test
    void twoConsumersNeverReceiveTheSameJobAndTheStreamKeepsOnlyUnfinishedJobs() {
        Set<UUID> listings = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            DueListing listing = listing();
            listings.add(listing.listingId());
            queue.enqueue(ScrapeJob.first(listing, null, Instant.EPOCH)).await().atMost(WAIT);
        }
        List<QueuedJob> first = new ArrayList<>();
        List<QueuedJob> second = new ArrayList<>();
        List<QueuedJob> batch;
        do {
            batch = queue.claim("one", 7).await().atMost(WAIT);
            first.addAll(batch);
            List<QueuedJob> other = queue.claim("two", 5).await().atMost(WAIT);
            second.addAll(other);
            if (batch.isEmpty()) {
                batch = other;
            }
        } while (!batch.isEmpty());

        Set<String> firstIds = new HashSet<>(first.stream().map(QueuedJob::entryId).toList());
        assertThat(second).extracting(QueuedJob::entryId).noneMatch(firstIds::contains);
        List<QueuedJob> mine = new ArrayList<>(first);
        mine.addAll(second);
        assertThat(mine).extracting(job -> job.job().listing().listingId()).containsAll(listings);

        for (QueuedJob job : mine) {
            queue.complete(job).await().atMost(WAIT);
        }
        JobQueue.Depths depths = queue.depths().await().atMost(WAIT);
        assertThat(depths.queued()).isEqualTo(depths.inFlight());
        assertThat(depths.inFlight()).isZero();
    }
}
