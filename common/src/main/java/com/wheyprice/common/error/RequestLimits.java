package com.wheyprice.common.error;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.platform.api.Problem;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses an overlong URI (414), a body declared larger than the limit (413) and a body sent
 * without a declared length (411) before any other handler runs, with a problem+json body:
 * Vert.x and Quarkus answer the first two with an empty body, and Quarkus would cut a chunked
 * body off at the limit with an empty 413 only after reading it. Every client of a JSON API
 * knows its body's length. Vert.x's own line limit
 * ({@code quarkus.http.limits.max-initial-line-length}) is set well above
 * {@code HTTP_MAX_URI_LENGTH} so that this check, not Vert.x, answers.
 */
@ApplicationScoped
public class RequestLimits {

    private final ObjectMapper json;
    private final int maxUriLength;
    private final long maxBodyBytes;

    RequestLimits(ObjectMapper json, @ConfigProperty(name = "http.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.json = json;
        this.maxUriLength = maxUriLength;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            refuse(context, ProblemType.URI_TOO_LONG, "the request URI is longer than " + maxUriLength + " characters");
            return;
        }
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String transfer = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (declared == null && transfer != null && transfer.toLowerCase(Locale.ROOT).contains("chunked")) {
            refuse(context, ProblemType.LENGTH_REQUIRED, "a request body must come with a Content-Length, of at most " + maxBodyBytes + " bytes");
            return;
        }
        if (declared != null && declaredLength(declared) > maxBodyBytes) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, "the request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        context.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Answers, and has the connection closed after, so an unread body is never taken for the next request. */
    private void refuse(RoutingContext context, ProblemType type, String detail) {
        String path = context.request().path();
        Problem problem = ProblemResponses.problem(type, detail, path == null ? "" : path);
        try {
            context.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
