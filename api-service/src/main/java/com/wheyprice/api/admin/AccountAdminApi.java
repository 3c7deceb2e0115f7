package com.wheyprice.api.admin;

import static com.wheyprice.api.downstream.PathSegments.safe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.common.security.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** Account administration, answered by auth-service: users and their tiers, the audit log, personal-data key rotation. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin")
public class AccountAdminApi extends RelayingResource {

    AccountAdminApi(Downstreams downstreams) {
        super(downstreams.auth());
    }

    @GET
    @Path("/users")
    @Operation(summary = "Accounts, searchable by email")
    public Uni<Response> users(@Context HttpServerRequest request) {
        return relay(request, "/auth/admin/users", null);
    }

    @PUT
    @Path("/users/{id}/tier")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account's tier (audited)")
    public Uni<Response> tier(@PathParam("id") String id, byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/admin/users/" + safe(id) + "/tier", body);
    }

    @GET
    @Path("/audit")
    @Operation(summary = "The audit log, newest first")
    public Uni<Response> audit(@Context HttpServerRequest request) {
        return relay(request, "/auth/admin/audit", null);
    }

    @POST
    @Path("/pii-keys/rotate")
    @RolesAllowed(Roles.SUPER_ADMIN)
    @Operation(summary = "Re-encrypt personal data with the active key")
    public Uni<Response> rotatePiiKeys(@Context HttpServerRequest request) {
        return relay(request, "/auth/admin/pii-keys/rotate", null);
    }
}
