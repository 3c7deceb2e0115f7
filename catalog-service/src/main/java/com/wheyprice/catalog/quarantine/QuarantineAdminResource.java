package com.wheyprice.catalog.quarantine;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.QuarantinedPrice;
import com.wheyprice.catalog.api.query.QuarantineQuery;
import com.wheyprice.catalog.price.PriceResource;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.paging.Cursor;
import com.wheyprice.platform.api.Page;

import io.smallrye.mutiny.Uni;

/** Scraped prices held back as implausible, for admins: list them, and confirm or reject one before the next scrape decides. */
@Path("/catalog/admin/quarantine")
@Tag(name = "prices")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineAdminResource {

    private final Database database;
    private final PriceQuarantine quarantine;
    private final QuarantineDecisions decisions;

    QuarantineAdminResource(Database database, PriceQuarantine quarantine, QuarantineDecisions decisions) {
        this.database = database;
        this.quarantine = quarantine;
        this.decisions = decisions;
    }

    @GET
    @Operation(operationId = "listQuarantinedPrices", summary = "Held-back prices in one status (default PENDING), oldest first")
    public Uni<Page<QuarantinedPrice>> list(@Valid @BeanParam QuarantineQuery query) {
        QuarantinedPrice.Status wanted = ProblemException.enumField(QuarantinedPrice.Status.class, query.status(), "status");
        int limit = query.limit();
        return quarantine.list(database, wanted, Cursor.decodeInstant(query.after(), "after"), limit + 1)
                .map(rows -> Cursor.page(rows, limit, price -> Cursor.of(price.createdAt(), price.id())));
    }

    @POST
    @Path("/{id}/confirm")
    @Operation(operationId = "confirmQuarantinedPrice", summary = "Confirm a held-back price: it enters the history and, if it is the newest, becomes the listing's offer")
    public Uni<QuarantinedPrice> confirm(@PathParam("id") String id) {
        return decisions.confirm(PriceResource.uuid(id, "id"));
    }

    @POST
    @Path("/{id}/reject")
    @Operation(operationId = "rejectQuarantinedPrice", summary = "Reject a held-back price: it never becomes an offer")
    public Uni<QuarantinedPrice> reject(@PathParam("id") String id) {
        return decisions.reject(PriceResource.uuid(id, "id"));
    }
}
