package com.wheyprice.api.catalog;

import static com.wheyprice.api.downstream.PathSegments.safe;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.cache.CachedReads;
import com.wheyprice.api.downstream.DownstreamRequest;
import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.api.search.SearchAnalytics;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.Alert;
import com.wheyprice.catalog.api.AlertRequest;
import com.wheyprice.catalog.api.CatalogViews;
import com.wheyprice.catalog.api.ClickSource;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.DiscoveryRequests;
import com.wheyprice.catalog.api.PriceHistory;
import com.wheyprice.catalog.api.Suggestions;
import com.wheyprice.catalog.api.query.HistoryQuery;
import com.wheyprice.catalog.api.query.ProductQuery;
import com.wheyprice.catalog.api.query.QueryBounds;
import com.wheyprice.catalog.api.query.RankingQuery;
import com.wheyprice.catalog.api.query.SuggestQuery;
import com.wheyprice.common.flags.FeatureFlags;
import com.wheyprice.common.flags.Flags;
import com.wheyprice.platform.api.Created;
import com.wheyprice.platform.api.Problem;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * What shoppers read and do with the catalog: brands, categories, product search (counted by
 * {@link SearchAnalytics}), suggestions while typing, product detail
 * with offers, price history, best-value rankings, the affiliate redirect, and, signed in, price
 * alerts and product discovery submissions. Each call goes to catalog-service as it is, with
 * the caller's token, and its answer comes back unchanged; the public reads go through the
 * response cache (ETags, 304s, stale answers while catalog-service is down).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "catalog")
public class CatalogApi extends RelayingResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    private final CachedReads cached;
    private final FeatureFlags flags;
    private final CurrentIdentityAssociation identities;
    private final SearchAnalytics analytics;

    CatalogApi(Downstreams downstreams, CachedReads cached, FeatureFlags flags, CurrentIdentityAssociation identities,
            SearchAnalytics analytics) {
        super(downstreams.catalog());
        this.cached = cached;
        this.flags = flags;
        this.identities = identities;
        this.analytics = analytics;
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CatalogViews.Brand.class)))
    @GET
    @Path("/brands")
    @PermitAll
    @Operation(operationId = "listBrands", summary = "Brands, with their lab-test results")
    public Uni<Response> brands(@Context HttpServerRequest request) {
        return cached.get(request, "/catalog/brands");
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = CatalogViews.Brand.class)))
    @GET
    @Path("/brands/{slug}")
    @PermitAll
    @Operation(operationId = "getBrand", summary = "One brand")
    public Uni<Response> brand(@PathParam("slug") String slug, @Context HttpServerRequest request) {
        return cached.get(request, "/catalog/brands/" + safe(slug));
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CatalogViews.Category.class)))
    @GET
    @Path("/categories")
    @PermitAll
    @Operation(operationId = "listCategories", summary = "Product categories")
    public Uni<Response> categories(@Context HttpServerRequest request) {
        return cached.get(request, "/catalog/categories");
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = CatalogViews.ProductSummaryPage.class)))
    @GET
    @Path("/categories/{slug}/best-value")
    @PermitAll
    @Operation(operationId = "rankBestValue", summary = "A category's products ranked by price per 100 g of protein (protein=label or lab-tested)")
    public Uni<Response> bestValue(@PathParam("slug") String slug, @BeanParam RankingQuery query, @Context HttpServerRequest request) {
        DownstreamRequest call = DownstreamRequest.of(request, "/catalog/categories/" + safe(slug) + "/best-value", null);
        if (query.protein() != null) {
            return cached.get(request, call);
        }
        // the ranking formula the caller gets is a gradual rollout, sticky per user
        return identities.getDeferredIdentity().onFailure().recoverWithNull()
                .chain(identity -> flags.isOnFor(Flags.BEST_VALUE_LAB_TESTED,
                        identity == null || identity.isAnonymous() ? null : identity.getPrincipal().getName(), false))
                .chain(labTested -> cached.get(request, labTested ? call.withQueryParameter("protein", QueryBounds.LAB_TESTED) : call));
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = CatalogViews.ProductSummaryPage.class)))
    @GET
    @Path("/products")
    @PermitAll
    @Operation(operationId = "listProducts", summary = "Search products (text, brand, category, protein type, price), keyset-paginated")
    public Uni<Response> products(@BeanParam ProductQuery query, @Context HttpServerRequest request) {
        return cached.get(request, "/catalog/products").call(answer -> analytics.searched(query.q(), query.after() == null, answer));
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = Suggestions.class)))
    @GET
    @Path("/suggest")
    @PermitAll
    @Operation(operationId = "suggest", summary = "Brands and products for what a shopper has typed so far, for autocomplete")
    public Uni<Response> suggest(@BeanParam SuggestQuery query, @Context HttpServerRequest request) {
        return cached.get(request, "/catalog/suggest");
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = CatalogViews.ProductDetail.class)))
    @GET
    @APIResponse(responseCode = "404", description = "no such product",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Path("/products/{slugOrId}")
    @PermitAll
    @Operation(operationId = "getProduct", summary = "A product with its variants and every retailer's offer")
    public Uni<Response> product(@PathParam("slugOrId") String slugOrId, @Context HttpServerRequest request) {
        return cached.get(request, "/catalog/products/" + safe(slugOrId));
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = PriceHistory.class)))
    @GET
    @Path("/variants/{id}/history")
    @PermitAll
    @Operation(operationId = "getPriceHistory", summary = "A variant's price history per retailer")
    public Uni<Response> history(@PathParam("id") String id, @BeanParam HistoryQuery query, @Context HttpServerRequest request) {
        return cached.get(request, "/catalog/variants/" + safe(id) + "/history");
    }

    @APIResponse(responseCode = "302", description = "to the retailer's page, affiliate parameters applied",
            headers = @Header(name = "Location", description = "the retailer's product page",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @GET
    @Path("/go/{listingId}")
    @PermitAll
    @Operation(operationId = "goToRetailer", summary = "Affiliate redirect to a retailer's product page (the click is counted)")
    public Uni<Response> go(@PathParam("listingId") String listingId,
            @Parameter(description = "where the link was followed from; price alert messages send ALERT") @QueryParam("source") ClickSource source,
            @Context HttpServerRequest request) {
        return relay(request, "/go/" + safe(listingId), null);
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Alert.class)))
    @GET
    @Path("/alerts")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listAlerts", summary = "The caller's price alerts")
    public Uni<Response> alerts(@Context HttpServerRequest request) {
        return relay(request, "/catalog/alerts", null);
    }

    @APIResponse(responseCode = "201", description = "created; Location names it",
            headers = @Header(name = "Location", description = "the new alert", schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Created.class)))
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = AlertRequest.class)))
    @POST
    @Path("/alerts")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAlert", summary = "Set a price alert on a variant")
    public Uni<Response> createAlert(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/catalog/alerts", body);
    }

    @APIResponse(responseCode = "204", description = "deleted")
    @DELETE
    @Path("/alerts/{id}")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "deleteAlert", summary = "Delete one of the caller's price alerts")
    public Uni<Response> deleteAlert(@PathParam("id") String id, @Context HttpServerRequest request) {
        return relay(request, "/catalog/alerts/" + safe(id), null);
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = Discovery.class)))
    @GET
    @Path("/discoveries")
    @RolesAllowed(Roles.USER)
    @Operation(operationId = "listDiscoveries", summary = "Product pages the caller suggested, with their review state")
    public Uni<Response> discoveries(@Context HttpServerRequest request) {
        return relay(request, "/catalog/discoveries", null);
    }

    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Discovery.class)))
    @APIResponse(responseCode = "200", description = "already suggested",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Discovery.class)))
    @RequestBody(required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DiscoveryRequests.Submission.class)))
    @POST
    @Path("/discoveries")
    @RolesAllowed(Roles.USER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitDiscovery", summary = "Suggest a retailer's product page for the catalog")
    public Uni<Response> discover(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/catalog/discoveries", body);
    }
}
