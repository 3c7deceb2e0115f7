package com.wheyprice.scraper.fetch;

import java.net.URI;
import java.time.Duration;

/**
 * A response as the scraper keeps it: the URL it came from, status, body text, the Retry-After it
 * asked for and the Location it points to, if any.
 */
public record FetchedPage(URI url, int status, String body, Duration retryAfter, String location) {

    public boolean redirect() {
        return status >= 300 && status < 400 && location != null;
    }
}
