package com.wheyprice.common.error;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;

/**
 * Tells a failure caused by a dependency being out of reach (Redis or PostgreSQL down, restarting,
 * or not resolvable) from a bug: the first is a 503 with {@code Retry-After} the client can act
 * on, the second a 500.
 */
final class Dependencies {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private Dependencies() {
    }

    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException || cause instanceof UnknownHostException
                    || cause instanceof ClosedChannelException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage());
            if (message.startsWith("Connection refused") || message.contains("Connection is closed")
                    || message.contains("Connection was closed")) {
                return true;
            }
        }
        return false;
    }
}
