package com.wheyprice.scraper.fetch;

/**
 * A page could not be had. {@code retryable} tells a passing failure (timeout, connection
 * refused, 5xx, 429) from one that trying again will not fix (robots.txt, a private address,
 * a page too large, too many redirects); {@code blocked} marks the ones where the retailer or
 * our own rules stood in the way rather than the network.
 */
public class FetchException extends RuntimeException {

    private final boolean retryable;
    private final boolean blocked;

    public FetchException(String message, boolean retryable, boolean blocked) {
        super(message, null, false, false);
        this.retryable = retryable;
        this.blocked = blocked;
    }

    public static FetchException retryable(String message) {
        return new FetchException(message, true, false);
    }

    public static FetchException failed(String message) {
        return new FetchException(message, false, false);
    }

    public static FetchException blocked(String message) {
        return new FetchException(message, false, true);
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean blocked() {
        return blocked;
    }
}
