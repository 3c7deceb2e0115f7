package com.wheyprice.scraper.queue;

/**
 * A job as a worker holds it: the stream entry it came in (what gets acknowledged), the consumer
 * that holds it, and the job itself.
 */
public record QueuedJob(String entryId, String consumer, ScrapeJob job) {
}
