package com.wheyprice.common.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request, REST or not, a request id before anything else runs: taken from
 * {@code X-Request-Id} or generated, put in the logging MDC and echoed on the response.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Above the framework's filters, so even their log lines carry the id. */
    static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(RequestIdFilter::assign, PRIORITY);
    }

    static void assign(RoutingContext context) {
        String id = RequestId.acceptOrGenerate(context.request().getHeader(RequestId.HEADER));
        MDC.put(RequestId.MDC_KEY, id);
        context.response().putHeader(RequestId.HEADER, id);
        context.next();
    }
}
