package com.wheyprice.api.admin;

import static com.wheyprice.api.downstream.PathSegments.safe;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.DailyClicks;
import com.wheyprice.catalog.api.Discovery;
import com.wheyprice.catalog.api.DiscoveryPage;
import com.wheyprice.catalog.api.DiscoveryRequests;
import com.wheyprice.catalog.api.QuarantinePage;
import com.wheyprice.catalog.api.QuarantinedPrice;
import com.wheyprice.catalog.api.SearchIndexRebuilt;
import com.wheyprice.catalog.api.query.ClickQuery;
import com.wheyprice.catalog.api.query.DiscoveryQueueQuery;
import com.wheyprice.catalog.api.query.QuarantineQuery;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Catalog administration beyond the entries ({@link CatalogEntryRelay}), answered by
 * catalog-service: the discovery review queue, affiliate click statistics, the rebuild of what
 * searches read, and the quarantine of implausible scraped prices.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin")
public class CatalogAdminApi extends RelayingResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    CatalogAdminApi(Downstreams downstreams) {
        super(downstreams.catalog());
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = DiscoveryPage.class)))
    @GET
    @Path("/discoveries")
    @Operation(operationId = "listDiscoveriesForReview", summary = "Submitted product pages in one status (default PENDING), oldest first")
    public Uni<Response> discoveries(@BeanParam DiscoveryQueueQuery query, @Context HttpServerRequest request) {
        return relay(request, "/catalog/admin/discoveries", null);
    }

    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DiscoveryRequests.Approval.class)))
    @APIResponse(responseCode = "200", description = "approved; listingId names the new listing",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = Discovery.class)))
    @POST
    @Path("/discoveries/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveDiscovery", summary = "Approve a submission: its page becomes a listing of the given variant")
    public Uni<Response> approve(@PathParam("id") String id, byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/catalog/admin/discoveries/" + safe(id) + "/approve", body);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = Discovery.class)))
    @POST
    @Path("/discoveries/{id}/reject")
    @Operation(operationId = "rejectDiscovery", summary = "Reject a submission")
    public Uni<Response> reject(@PathParam("id") String id, @Context HttpServerRequest request) {
        return relay(request, "/catalog/admin/discoveries/" + safe(id) + "/reject", null);
    }

    @APIResponse(responseCode = "200",
            content = @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = DailyClicks.class)))
    @GET
    @Path("/clicks")
    @Operation(operationId = "listDailyClicks", summary = "Affiliate clicks per retailer per day")
    public Uni<Response> clicks(@BeanParam ClickQuery query, @Context HttpServerRequest request) {
        return relay(request, "/catalog/admin/clicks", null);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = SearchIndexRebuilt.class)))
    @POST
    @Path("/search-index/rebuild")
    @Operation(operationId = "rebuildSearchIndex", summary = "Recreate what searches read (best offers, search documents) from the catalog")
    public Uni<Response> rebuildSearchIndex(@Context HttpServerRequest request) {
        return relay(request, "/catalog/admin/search-index/rebuild", null);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = QuarantinePage.class)))
    @GET
    @Path("/quarantine")
    @Operation(operationId = "listQuarantinedPrices",
            summary = "Scraped prices held back as implausible, in one status (default PENDING), oldest first")
    public Uni<Response> quarantine(@BeanParam QuarantineQuery query, @Context HttpServerRequest request) {
        return relay(request, "/catalog/admin/quarantine", null);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = QuarantinedPrice.class)))
    @POST
    @Path("/quarantine/{id}/confirm")
    @Operation(operationId = "confirmQuarantinedPrice",
            summary = "Confirm a held-back price: it enters the history and, if it is the newest, becomes the listing's offer")
    public Uni<Response> confirmQuarantined(@PathParam("id") String id, @Context HttpServerRequest request) {
        return relay(request, "/catalog/admin/quarantine/" + safe(id) + "/confirm", null);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = QuarantinedPrice.class)))
    @POST
    @Path("/quarantine/{id}/reject")
    @Operation(operationId = "rejectQuarantinedPrice", summary = "Reject a held-back price: it never becomes an offer")
    public Uni<Response> rejectQuarantined(@PathParam("id") String id, @Context HttpServerRequest request) {
        return relay(request, "/catalog/admin/quarantine/" + safe(id) + "/reject", null);
    }
}
