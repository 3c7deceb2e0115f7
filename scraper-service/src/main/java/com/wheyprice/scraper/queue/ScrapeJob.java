package com.wheyprice.scraper.queue;

import java.time.Instant;
import java.util.UUID;

import com.wheyprice.catalog.api.scraping.DueListing;

/**
 * One scrape of one listing, as it travels through the queue. The job id is the idempotency key
 * catalog-service uses, so it stays the same across retries and take-overs of this scrape; a
 * replay from the dead-letter table is a new scrape and gets a new id. {@code traceparent} is the
 * W3C trace context of whoever enqueued it, so the scrape's trace joins theirs.
 */
public record ScrapeJob(String jobId, DueListing listing, int attempt, String traceparent, Instant enqueuedAt, String lastError) {

    public static ScrapeJob first(DueListing listing, String traceparent, Instant enqueuedAt) {
        return new ScrapeJob("scrape-" + UUID.randomUUID(), listing, 1, traceparent, enqueuedAt, null);
    }

    public ScrapeJob nextAttempt(String error) {
        return new ScrapeJob(jobId, listing, attempt + 1, traceparent, enqueuedAt, error);
    }
}
