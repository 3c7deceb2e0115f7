package com.wheyprice.notify.delivery;

/** How one attempt at a delivery went; a failure is retried, a skip is final. */
public record Outcome(Result result, String reason) {

    public enum Result {
        SENT, SKIPPED, FAILED
    }

    public static Outcome sent() {
        return new Outcome(Result.SENT, null);
    }

    /** Nothing to send, for good: the person has no account, turned this off, or had this topic today. */
    public static Outcome skipped(String reason) {
        return new Outcome(Result.SKIPPED, reason);
    }

    public static Outcome failed(String reason) {
        return new Outcome(Result.FAILED, reason);
    }
}
