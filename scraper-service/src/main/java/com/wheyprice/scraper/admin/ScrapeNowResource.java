package com.wheyprice.scraper.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.auth.api.Roles;
import com.wheyprice.common.audit.AdminAudit;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.scraper.api.ScraperRequests;
import com.wheyprice.scraper.catalog.CatalogGateway;
import com.wheyprice.scraper.schedule.ScrapeScheduler;

import io.smallrye.mutiny.Uni;

/** Admins ask for a scrape of one listing or of every listing of one retailer now, without waiting for their turn. */
@Path("/admin/scrapes")
@Tag(name = "admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScrapeNowResource {

    private final CatalogGateway catalog;
    private final ScrapeScheduler scheduler;
    private final Database database;
    private final AdminAudit audit;

    ScrapeNowResource(CatalogGateway catalog, ScrapeScheduler scheduler, Database database, AdminAudit audit) {
        this.catalog = catalog;
        this.scheduler = scheduler;
        this.database = database;
        this.audit = audit;
    }

    @POST
    @Operation(summary = "Scrape one listing or one retailer's listings now")
    public Uni<ScraperRequests.Queued> scrapeNow(ScraperRequests.ScrapeNow request) {
        if (request == null || (request.listingId() == null) == (request.retailerId() == null)) {
            throw ProblemException.invalidField("listingId", "give exactly one of listingId and retailerId");
        }
        String target = request.listingId() != null ? "listings:" + request.listingId() : "retailers:" + request.retailerId();
        return catalog.claim(request.listingId(), request.retailerId())
                .chain(listings -> scheduler.enqueue(listings).map(queued -> new ScraperRequests.Queued(queued, listings.size() - queued)))
                .call(queued -> database.inTransaction(tx -> audit.record(tx, AuditAction.SCRAPE_NOW, target, null, queued)));
    }
}
