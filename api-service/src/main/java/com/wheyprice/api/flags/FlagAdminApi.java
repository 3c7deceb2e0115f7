package com.wheyprice.api.flags;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.common.concurrency.Versions;
import com.wheyprice.common.security.SignedInUser;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Admins read and set the feature flags. A change takes effect in every service within seconds,
 * without a restart, and is recorded with who made it. {@code If-Match} with the flag's ETag
 * guards against overwriting another admin's change; without it the last change wins, so an
 * emergency switch is one request.
 */
@Path("/api/v1/admin/flags")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin")
public class FlagAdminApi {

    private final FlagStore store;
    private final SecurityIdentity identity;

    FlagAdminApi(FlagStore store, SecurityIdentity identity) {
        this.store = store;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listFlags", summary = "Every feature flag")
    public Uni<List<Flag>> flags() {
        return store.all();
    }

    @APIResponse(responseCode = "200", description = "the flag as stored; ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Flag.class)))
    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setFlag", summary = "Set (or create) a flag: enabled, rollout percentage, description")
    public Uni<Response> set(@PathParam("name") String name, @Valid @NotNull Flag.Change change,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(ifMatch);
        return store.set(name, change, expected, SignedInUser.of(identity).id())
                .map(flag -> Response.ok(flag).tag(Versions.etag(flag.version()).replace("\"", "")).build());
    }
}
