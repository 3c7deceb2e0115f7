package com.wheyprice.api.privacy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.DownstreamClient;
import com.wheyprice.api.downstream.DownstreamRequest;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.Relays;
import com.wheyprice.api.downstream.ServiceToken;
import com.wheyprice.auth.api.DataExport;
import com.wheyprice.catalog.api.CatalogPersonalData;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.notification.api.NotificationPersonalData;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Puts a person's data export together: auth-service's part asked for with the person's own
 * token (which it checks, so an ended session exports nothing), then catalog-service's and
 * notification-service's parts from their internal APIs with api-service's client-credentials
 * token, both at once. A part that cannot be had makes the export a 503, never a document that
 * silently leaves something out. Each part is a few hundred rows per person at most, so the
 * document is answered at once rather than mailed later.
 */
@ApplicationScoped
public class DataExports {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Downstreams downstreams;
    private final ServiceToken token;
    private final ObjectMapper json;
    private final Clock clock;

    DataExports(Downstreams downstreams, ServiceToken token, ObjectMapper json, Clock clock) {
        this.downstreams = downstreams;
        this.token = token;
        this.json = json;
        this.clock = clock;
    }

    /** The export of the signed-in {@code subject}, for the client request {@code request}. */
    public Uni<Response> of(HttpServerRequest request, UUID subject) {
        DownstreamClient auth = downstreams.auth();
        return Relays.respond(auth, DownstreamRequest.of(request, "/auth/me/export", null), answer -> {
            if (answer.status() != 200) {
                return Uni.createFrom().item(Relays.response(answer));
            }
            DataExport account = read(answer.body(), DataExport.class, auth);
            return Uni.combine().all()
                    .unis(part(downstreams.catalog(), subject, CatalogPersonalData.class, request),
                            part(downstreams.notification(), subject, NotificationPersonalData.class, request))
                    .asTuple()
                    .map(parts -> Response.ok(new PlatformDataExport(clock.instant(), account, parts.getItem1(), parts.getItem2())).build());
        }, () -> Relays.unavailable(auth.name()));
    }

    private <T> Uni<T> part(DownstreamClient service, UUID subject, Class<T> type, HttpServerRequest request) {
        return token.accessToken()
                .chain(serviceToken -> service.call(DownstreamRequest.asService("/internal/people/" + subject + "/data", serviceToken, request.path())))
                .map(answer -> {
                    if (answer.status() != 200) {
                        throw incomplete(service, "answered " + answer.status());
                    }
                    return read(answer.body(), type, service);
                })
                .onFailure(error -> !(error instanceof ProblemException)).transform(error -> incomplete(service, error.getMessage()));
    }

    private <T> T read(byte[] body, Class<T> type, DownstreamClient service) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw incomplete(service, "answered what its contract does not describe: " + e.getMessage());
        }
    }

    private static ProblemException incomplete(DownstreamClient service, String why) {
        return ProblemException.unavailable(service.name() + " could not give its part of the export (" + why + "); try again shortly", RETRY_AFTER);
    }
}
