package com.wheyprice.catalog.discovery;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.DiscoveryRequests;
import com.wheyprice.common.security.SignedInUser;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Product discovery for shoppers: submit pages to track, see what became of them ({@link DiscoveryAdminResource} decides). */
@Path("/catalog/discoveries")
@Tag(name = "discovery")
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryResource {

    private final DiscoveryService discoveries;
    private final SecurityIdentity identity;

    DiscoveryResource(DiscoveryService discoveries, SecurityIdentity identity) {
        this.discoveries = discoveries;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a product page to be tracked (201), or learn it already is (200)")
    public Uni<Response> submit(@Valid @NotNull DiscoveryRequests.Submission submission) {
        return discoveries.submit(SignedInUser.of(identity).id(), submission.url(), submission.note())
                .map(result -> Response.status(result.duplicate() ? Response.Status.OK : Response.Status.CREATED).entity(result.discovery()).build());
    }

    @GET
    @Operation(summary = "Your submissions and what became of them")
    public Uni<List<Discovery>> mine() {
        return discoveries.submittedBy(SignedInUser.of(identity).id());
    }
}
