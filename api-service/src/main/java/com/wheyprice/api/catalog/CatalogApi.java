package com.wheyprice.api.catalog;

import static com.wheyprice.api.downstream.PathSegments.safe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.cache.CachedReads;
import com.wheyprice.api.downstream.DownstreamRequest;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.common.flags.FeatureFlags;
import com.wheyprice.common.flags.Flags;
import com.wheyprice.common.security.Roles;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * What shoppers read and do with the catalog: brands, categories, product search and detail
 * with offers, price history, best-value rankings, the affiliate redirect, and, signed in, price
 * alerts and product discovery submissions. Each call goes to catalog-service as it is, with
 * the caller's token, and its answer comes back unchanged; the public reads go through the
 * response cache (ETags, 304s, stale answers while catalog-service is down).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
public class CatalogApi extends RelayingResource {

    private final CachedReads cached;
    private final FeatureFlags flags;
    private final CurrentIdentityAssociation identities;

    CatalogApi(Downstreams downstreams, CachedReads cached, FeatureFlags flags, CurrentIdentityAssociation identities) {
        super(downstreams.catalog());
        this.cached = cached;
        this.flags = flags;
        this.identities = identities;
    }

    @GET
    @Path("/brands")
    @PermitAll
    @Operation(summary = "Brands, with their lab-test results")
    public Uni<Response> brands(@Context HttpServerRequest request) {
        return cached.get(request, "/catalog/brands");
    }

    @GET
    @Path("/brands/{slug}")
    @PermitAll
    @Operation(summary = "One brand")
    public Uni<Response> brand(@PathParam("slug") String slug, @Context HttpServerRequest request) {
        return cached.get(request, "/catalog/brands/" + safe(slug));
    }

    @GET
    @Path("/categories")
    @PermitAll
    @Operation(summary = "Product categories")
    public Uni<Response> categories(@Context HttpServerRequest request) {
        return cached.get(request, "/catalog/categories");
    }

    @GET
    @Path("/categories/{slug}/best-value")
    @PermitAll
    @Operation(summary = "A category's products ranked by price per 100 g of protein (protein=label or lab-tested)")
    public Uni<Response> bestValue(@PathParam("slug") String slug, @Context HttpServerRequest request) {
        DownstreamRequest call = DownstreamRequest.of(request, "/catalog/categories/" + safe(slug) + "/best-value", null);
        if (request.getParam("protein") != null) {
            return cached.get(request, call);
        }
        // the ranking formula the caller gets is a gradual rollout, sticky per user
        return identities.getDeferredIdentity().onFailure().recoverWithNull()
                .chain(identity -> flags.isOnFor(Flags.BEST_VALUE_LAB_TESTED,
                        identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName(), false))
                .chain(labTested -> cached.get(request, labTested ? call.withQueryParameter("protein", "lab-tested") : call));
    }

    @GET
    @Path("/products")
    @PermitAll
    @Operation(summary = "Search products (text, brand, category, protein type, price), keyset-paginated")
    public Uni<Response> products(@Context HttpServerRequest request) {
        return cached.get(request, "/catalog/products");
    }

    @GET
    @Path("/products/{slugOrId}")
    @PermitAll
    @Operation(summary = "A product with its variants and every retailer's offer")
    public Uni<Response> product(@PathParam("slugOrId") String slugOrId, @Context HttpServerRequest request) {
        return cached.get(request, "/catalog/products/" + safe(slugOrId));
    }

    @GET
    @Path("/variants/{id}/history")
    @PermitAll
    @Operation(summary = "A variant's price history per retailer")
    public Uni<Response> history(@PathParam("id") String id, @Context HttpServerRequest request) {
        return cached.get(request, "/catalog/variants/" + safe(id) + "/history");
    }

    @GET
    @Path("/go/{listingId}")
    @PermitAll
    @Operation(summary = "Affiliate redirect to a retailer's product page (the click is counted)")
    public Uni<Response> go(@PathParam("listingId") String listingId, @Context HttpServerRequest request) {
        return relay(request, "/go/" + safe(listingId), null);
    }

    @GET
    @Path("/alerts")
    @RolesAllowed(Roles.USER)
    @Operation(summary = "The caller's price alerts")
    public Uni<Response> alerts(@Context HttpServerRequest request) {
        return relay(request, "/catalog/alerts", null);
    }

    @POST
    @Path("/alerts")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a price alert on a variant")
    public Uni<Response> createAlert(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/catalog/alerts", body);
    }

    @DELETE
    @Path("/alerts/{id}")
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Delete one of the caller's price alerts")
    public Uni<Response> deleteAlert(@PathParam("id") String id, @Context HttpServerRequest request) {
        return relay(request, "/catalog/alerts/" + safe(id), null);
    }

    @GET
    @Path("/discoveries")
    @RolesAllowed(Roles.USER)
    @Operation(summary = "Product pages the caller suggested, with their review state")
    public Uni<Response> discoveries(@Context HttpServerRequest request) {
        return relay(request, "/catalog/discoveries", null);
    }

    @POST
    @Path("/discoveries")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suggest a retailer's product page for the catalog")
    public Uni<Response> discover(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/catalog/discoveries", body);
    }
}
