package com.wheyprice.catalog.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.BestOffersRebuilt;

import io.smallrye.mutiny.Uni;

/**
 * The rebuild command of the best-offer read model, for operators: after loading listings
 * behind the service's back (a bulk import, a restore of part of the data), or to check the
 * model. Searches keep answering while it runs; it replaces one chunk of products at a time.
 */
@Path("/catalog/admin/best-offers")
@Tag(name = "catalog")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class BestOfferResource {

    private final BestOffers bestOffers;

    BestOfferResource(BestOffers bestOffers) {
        this.bestOffers = bestOffers;
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Recreate every product's best offers from the listings")
    public Uni<BestOffersRebuilt> rebuild() {
        return bestOffers.rebuild().map(BestOffersRebuilt::new);
    }
}
