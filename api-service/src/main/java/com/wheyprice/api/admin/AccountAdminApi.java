package com.wheyprice.api.admin;

import static com.wheyprice.api.downstream.PathSegments.safe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.auth.api.Account;
import com.wheyprice.auth.api.AccountListQuery;
import com.wheyprice.auth.api.AccountPage;
import com.wheyprice.auth.api.AccountRequests;
import com.wheyprice.auth.api.AuditEntryPage;
import com.wheyprice.auth.api.AuditQuery;
import com.wheyprice.auth.api.KeyRotation;
import com.wheyprice.auth.api.Roles;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** Account administration, answered by auth-service: users and their tiers, the audit log, personal-data key rotation. */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin")
public class AccountAdminApi extends RelayingResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    AccountAdminApi(Downstreams downstreams) {
        super(downstreams.auth());
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountPage.class)))
    @GET
    @Path("/users")
    @Operation(operationId = "listUsers", summary = "Accounts, searchable by email")
    public Uni<Response> users(@BeanParam AccountListQuery query, @Context HttpServerRequest request) {
        return relay(request, "/auth/admin/users", null);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = Account.class)))
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AccountRequests.TierChange.class)))
    @PUT
    @Path("/users/{id}/tier")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setUserTier", summary = "Change an account's tier (audited)")
    public Uni<Response> tier(@PathParam("id") String id, byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/auth/admin/users/" + safe(id) + "/tier", body);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = AuditEntryPage.class)))
    @GET
    @Path("/audit")
    @Operation(operationId = "listAuditEntries", summary = "The audit trail of every service, newest first, optionally by actor, service, action, target and time")
    public Uni<Response> audit(@BeanParam AuditQuery query, @Context HttpServerRequest request) {
        return relay(request, "/auth/admin/audit", null);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = KeyRotation.class)))
    @POST
    @Path("/pii-keys/rotate")
    @RolesAllowed(Roles.SUPER_ADMIN)
    @Operation(operationId = "rotatePiiKeys", summary = "Re-encrypt personal data with the active key")
    public Uni<Response> rotatePiiKeys(@Context HttpServerRequest request) {
        return relay(request, "/auth/admin/pii-keys/rotate", null);
    }
}
