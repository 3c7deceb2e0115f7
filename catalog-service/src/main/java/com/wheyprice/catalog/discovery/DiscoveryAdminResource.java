package com.wheyprice.catalog.discovery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.DiscoveryRequests;
import com.wheyprice.catalog.api.query.DiscoveryQueueQuery;
import com.wheyprice.catalog.price.PriceResource;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.common.security.SignedInUser;
import com.wheyprice.platform.api.Page;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/** The queue of shoppers' submissions, for admins: approve into a listing, or reject. */
@Path("/catalog/admin/discoveries")
@Tag(name = "discovery")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryAdminResource {

    private final DiscoveryService discoveries;
    private final SecurityIdentity identity;

    DiscoveryAdminResource(DiscoveryService discoveries, SecurityIdentity identity) {
        this.discoveries = discoveries;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Submissions in one status (default PENDING), oldest first")
    public Uni<Page<Discovery>> queue(@Valid @BeanParam DiscoveryQueueQuery query) {
        Discovery.Status wanted = ProblemException.enumField(Discovery.Status.class, query.status(), "status");
        int limit = query.limit();
        return discoveries.queue(wanted, Cursor.decodeInstant(query.after(), "after"), limit + 1)
                .map(rows -> Cursor.page(rows, limit, discovery -> Cursor.of(discovery.createdAt(), discovery.id())));
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve: create the listing for a variant (scraped at the next scheduler run)")
    public Uni<Discovery> approve(@PathParam("id") String id, @Valid @NotNull DiscoveryRequests.Approval approval) {
        return discoveries.approve(PriceResource.uuid(id, "id"), approval.variantId(), approval.retailerId(), SignedInUser.of(identity).id());
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Reject a submission")
    public Uni<Discovery> reject(@PathParam("id") String id) {
        return discoveries.reject(PriceResource.uuid(id, "id"), SignedInUser.of(identity).id());
    }
}
