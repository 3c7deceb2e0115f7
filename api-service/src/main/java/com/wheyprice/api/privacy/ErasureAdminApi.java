package com.wheyprice.api.privacy;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.downstream.DownstreamClient;
import com.wheyprice.api.downstream.DownstreamRequest;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.privacy.ErasureStatus.ServiceErasure;
import com.wheyprice.api.privacy.ErasureStatus.State;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.platform.api.ErasureReceipt;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Whether a person's erasure has reached every service that holds personal data about them,
 * for admins answering a data subject or checking the platform: each service is asked for its
 * {@link ErasureReceipt} with the admin's own token, all at once.
 */
@Path("/api/v1/admin/erasures")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin")
public class ErasureAdminApi {

    private static final Logger LOG = Logger.getLogger(ErasureAdminApi.class);

    /** A service that holds personal data, and where it answers for its part. */
    private record Holder(DownstreamClient client, String receipts) {
    }

    private final List<Holder> holders;
    private final ObjectMapper json;

    ErasureAdminApi(Downstreams downstreams, ObjectMapper json) {
        // auth-service first: its erasure is the request that starts the others' (ErasureStatus.of)
        this.holders = List.of(new Holder(downstreams.auth(), "/auth/admin/erasures/"),
                new Holder(downstreams.catalog(), "/catalog/admin/erasures/"),
                new Holder(downstreams.notification(), "/notifications/admin/erasures/"));
        this.json = json;
    }

    @GET
    @Path("/{subject}")
    @Operation(operationId = "getErasureStatus", summary = "How far a person's erasure has gone, service by service")
    public Uni<ErasureStatus> status(@PathParam("subject") UUID subject, @Context HttpServerRequest request) {
        List<Uni<ServiceErasure>> parts = holders.stream().map(holder -> part(holder, subject, request)).toList();
        return Uni.join().all(parts).andFailFast().map(answers -> ErasureStatus.of(subject, answers));
    }

    private Uni<ServiceErasure> part(Holder holder, UUID subject, HttpServerRequest request) {
        String path = holder.receipts() + subject;
        return holder.client().call(DownstreamRequest.of(request, path, null))
                .map(answer -> {
                    if (answer.status() != 200) {
                        LOG.warnf("%s answered %d for %s", holder.client().name(), answer.status(), path);
                        return new ServiceErasure(holder.client().name(), State.UNREACHABLE, null);
                    }
                    ErasureReceipt receipt = read(answer.body());
                    return new ServiceErasure(holder.client().name(), receipt.erasedAt() == null ? State.PENDING : State.ERASED, receipt.erasedAt());
                })
                .onFailure().recoverWithItem(error -> new ServiceErasure(holder.client().name(), State.UNREACHABLE, null));
    }

    private ErasureReceipt read(byte[] body) {
        try {
            return json.readValue(body, ErasureReceipt.class);
        } catch (IOException e) {
            throw new IllegalStateException("not an erasure receipt: " + e.getMessage(), e);
        }
    }
}
