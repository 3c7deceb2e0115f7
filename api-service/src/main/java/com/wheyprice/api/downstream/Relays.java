package com.wheyprice.api.downstream;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.wheyprice.common.error.ProblemException;

import io.smallrye.mutiny.Uni;

/**
 * Turns a downstream answer into the client's response, byte for byte, problem+json included.
 * When the service gave no answer (down, timed out, circuit open, too busy) the client gets a
 * 503 problem with {@code Retry-After} right away.
 */
public final class Relays {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private Relays() {
    }

    /** Calls the service with the client's request and answers the client. */
    public static Uni<Response> relay(DownstreamClient service, DownstreamRequest request) {
        return service.call(request).map(Relays::response)
                .onFailure(DownstreamUnavailable.class).recoverWithUni(error -> {
                    Relayed answer = ((DownstreamUnavailable) error).answer();
                    return answer != null ? Uni.createFrom().item(response(answer)) : unavailable(service.name());
                })
                .onFailure(failure -> failure instanceof CircuitBreakerOpenException || failure instanceof BulkheadException)
                .recoverWithUni(() -> unavailable(service.name()));
    }

    private static Uni<Response> unavailable(String service) {
        return Uni.createFrom().failure(ProblemException.unavailable(service + " is unavailable; try again shortly", RETRY_AFTER));
    }

    static Response response(Relayed answer) {
        Response.ResponseBuilder response = Response.status(answer.status());
        for (Map.Entry<String, List<String>> header : answer.headers().entrySet()) {
            for (String value : header.getValue()) {
                response.header(header.getKey(), value);
            }
        }
        if (answer.body().length > 0) {
            response.entity(answer.body());
        }
        return response.build();
    }
}
