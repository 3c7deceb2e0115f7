package com.wheyprice.api.downstream;

import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** A public resource whose endpoints are each answered by one service behind api-service (ADR 0004). */
public abstract class RelayingResource {

    private final DownstreamClient service;

    protected RelayingResource(DownstreamClient service) {
        this.service = service;
    }

    /** The client's request sent on to {@code path} of the service, and its answer sent back. */
    protected Uni<Response> relay(HttpServerRequest request, String path, byte[] body) {
        return Relays.relay(service, DownstreamRequest.of(request, path, body));
    }
}
