package com.wheyprice.common.request;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The request id that ties together a request's logs, its error responses and the calls it
 * makes to other services. It travels as {@code X-Request-Id} and lives in the logging MDC,
 * which Quarkus keeps per request on the Vert.x context.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Ids from clients are echoed into logs and headers, so only a safe, short alphabet is accepted. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {
    }

    /** The client's id when it is acceptable, a fresh one otherwise. */
    public static String acceptOrGenerate(String fromClient) {
        if (fromClient != null && ACCEPTABLE.matcher(fromClient).matches()) {
            return fromClient;
        }
        return UUID.randomUUID().toString();
    }

    /** The current request's id, or {@code null} outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
