package com.wheyprice.scraper.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.catalog.api.scraping.ScrapeResults;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;

/** catalog-service's internal API, called with a client-credentials token. Used only through {@link CatalogGateway}. */
@RegisterRestClient(configKey = "catalog")
@OidcClientFilter
@Path("/internal")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogInternalApi {

    @POST
    @Path("/listings/claim-due")
    Uni<List<DueListing>> claimDue(@QueryParam("limit") int limit);

    @POST
    @Path("/listings/claim")
    Uni<List<DueListing>> claim(@QueryParam("listingId") UUID listingId, @QueryParam("retailerId") UUID retailerId);

    @POST
    @Path("/scrape-results")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<ScrapeResults.Report> results(ScrapeResults.Batch batch);
}
