package com.wheyprice.scraper.queue;

/** A job as a worker holds it: the stream entry it came in (what gets acknowledged) and the job itself. */
public record QueuedJob(String entryId, ScrapeJob job) {
}
