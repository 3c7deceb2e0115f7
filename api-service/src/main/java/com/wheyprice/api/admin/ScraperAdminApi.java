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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.api.downstream.Downstreams;
import com.wheyprice.api.downstream.RelayingResource;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.scraper.api.DeadLetter;
import com.wheyprice.scraper.api.DeadLetterPage;
import com.wheyprice.scraper.api.DeadLetterQuery;
import com.wheyprice.scraper.api.ExtractionPreview;
import com.wheyprice.scraper.api.ScraperRequests;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/**
 * Scraping administration, answered by scraper-service: scrape now, dead letters, and the
 * extraction preview for configuring a retailer.
 */
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "admin")
public class ScraperAdminApi extends RelayingResource {

    private static final String JSON = MediaType.APPLICATION_JSON;

    ScraperAdminApi(Downstreams downstreams) {
        super(downstreams.scraper());
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = ScraperRequests.Queued.class)))
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(implementation = ScraperRequests.ScrapeNow.class)))
    @POST
    @Path("/scrapes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scrapeNow", summary = "Scrape one listing ({listingId}) or all of one retailer's ({retailerId}) now")
    public Uni<Response> scrapeNow(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/admin/scrapes", body);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = DeadLetterPage.class)))
    @GET
    @Path("/dead-letters")
    @Operation(operationId = "listDeadLetters", summary = "Scrape jobs that failed every attempt")
    public Uni<Response> deadLetters(@BeanParam DeadLetterQuery query, @Context HttpServerRequest request) {
        return relay(request, "/admin/dead-letters", null);
    }

    @APIResponse(responseCode = "200", description = "queued again; the dead letter now names the new job",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = DeadLetter.class)))
    @POST
    @Path("/dead-letters/{id}/replay")
    @Operation(operationId = "replayDeadLetter", summary = "Queue a dead-lettered job again")
    public Uni<Response> replay(@PathParam("id") String id, @Context HttpServerRequest request) {
        return relay(request, "/admin/dead-letters/" + safe(id) + "/replay", null);
    }

    @APIResponse(responseCode = "200", content = @Content(mediaType = JSON, schema = @Schema(implementation = ExtractionPreview.class)))
    @RequestBody(required = true,
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ScraperRequests.ExtractionPreview.class)))
    @POST
    @Path("/extraction/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewExtraction", summary = "What the scraper would extract from a URL or from given HTML, with every candidate; stores nothing")
    public Uni<Response> preview(byte[] body, @Context HttpServerRequest request) {
        return relay(request, "/admin/extraction/preview", body);
    }
}
