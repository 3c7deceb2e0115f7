package com.wheyprice.api.downstream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

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
        return respond(service, request, answer -> Uni.createFrom().item(response(answer)), () -> unavailable(service.name()));
    }

    /**
     * Calls the service; what it answers goes through {@code onAnswer}, except an answer that says
     * it is down, which the client gets as it is. When it gives no answer, {@code onNoAnswer} decides.
     */
    public static Uni<Response> respond(DownstreamClient service, DownstreamRequest request, Function<Relayed, Uni<Response>> onAnswer,
            Supplier<Uni<Response>> onNoAnswer) {
        return service.call(request).chain(answer -> onAnswer.apply(answer))
                .onFailure(DownstreamUnavailable.class).recoverWithUni(error -> {
                    Relayed answer = ((DownstreamUnavailable) error).answer();
                    return answer != null ? Uni.createFrom().item(response(answer)) : onNoAnswer.get();
                })
                .onFailure(Relays::refusedByFaultTolerance).recoverWithUni(error -> onNoAnswer.get());
    }

    private static boolean refusedByFaultTolerance(Throwable failure) {
        return failure instanceof CircuitBreakerOpenException || failure instanceof BulkheadException;
    }

    /** The quick 503 problem for a service that gave no answer. */
    public static Uni<Response> unavailable(String service) {
        return Uni.createFrom().failure(ProblemException.unavailable(service + " is unavailable; try again shortly", RETRY_AFTER));
    }

    public static Response response(Relayed answer) {
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
