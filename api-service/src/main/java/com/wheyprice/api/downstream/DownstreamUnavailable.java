package com.wheyprice.api.downstream;

import java.util.concurrent.TimeoutException;

/**
 * A downstream service could not answer: no connection, a timeout, or an answer that says it
 * is down (502, 503, 504). Fault tolerance counts these for retries and the circuit breaker;
 * when the service did answer, its answer is kept so the client still receives it unchanged.
 */
public final class DownstreamUnavailable extends RuntimeException {

    private final transient Relayed answer;
    private final boolean timedOut;

    DownstreamUnavailable(String message, Relayed answer, Throwable cause) {
        super(message, cause, false, false);
        this.answer = answer;
        this.timedOut = cause instanceof TimeoutException;
    }

    /** Worth another try: it failed fast. A call that used up its whole timeout is not repeated, so a client never waits twice as long. */
    public boolean retryable() {
        return !timedOut;
    }

    /** The downstream service's own answer, or {@code null} when there was none. */
    public Relayed answer() {
        return answer;
    }
}
