package com.wheyprice.scraper.fetch;

import java.time.Duration;

/** The domain is paused or booked up for longer than a worker should wait: the job goes back to the queue for {@code wait}. */
public class Postponed extends RuntimeException {

    private final Duration wait;

    public Postponed(String domain, Duration wait) {
        super(domain + " is not taking requests for another " + wait.toMillis() + " ms", null, false, false);
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }
}
