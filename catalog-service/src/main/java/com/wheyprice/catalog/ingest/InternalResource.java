package com.wheyprice.catalog.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.catalog.api.scraping.ScrapeResults;
import com.wheyprice.catalog.config.CatalogConfig;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;

import io.smallrye.mutiny.Uni;

/** The scraper's side door, for services only (client-credentials tokens): claim due listings, hand results back. */
@Path("/internal")
@Tag(name = "internal")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
public class InternalResource {

    static final int MAX_CLAIM = 1000;

    private final Database database;
    private final DueListingRepository due;
    private final IngestService ingest;
    private final CatalogConfig config;
    private final Clock clock;

    InternalResource(Database database, DueListingRepository due, IngestService ingest, CatalogConfig config, Clock clock) {
        this.database = database;
        this.due = due;
        this.ingest = ingest;
        this.config = config;
        this.clock = clock;
    }

    @POST
    @Path("/listings/claim-due")
    @Operation(summary = "Claim up to `limit` due listings, oldest first, for a lease")
    public Uni<List<DueListing>> claimDue(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_CLAIM) {
            throw ProblemException.invalidField("limit", "must be between 1 and " + MAX_CLAIM);
        }
        Instant now = clock.instant();
        return database.inTransaction(tx -> due.claim(tx, now, now.plus(config.scrapeLease()), limit));
    }

    @POST
    @Path("/listings/claim")
    @Operation(summary = "Claim one listing (listingId) or all of a retailer's (retailerId) now, due or not, for a lease")
    public Uni<List<DueListing>> claimNow(@QueryParam("listingId") UUID listingId, @QueryParam("retailerId") UUID retailerId) {
        if ((listingId == null) == (retailerId == null)) {
            throw ProblemException.invalidField("listingId", "give exactly one of listingId and retailerId");
        }
        Instant now = clock.instant();
        return database.inTransaction(tx -> due.claimNow(tx, listingId, retailerId, now.plus(config.scrapeLease()), MAX_CLAIM));
    }

    @POST
    @Path("/scrape-results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand in a batch of scrape results; idempotent by job id")
    public Uni<ScrapeResults.Report> results(@Valid @NotNull ScrapeResults.Batch batch) {
        return ingest.ingest(batch);
    }
}
