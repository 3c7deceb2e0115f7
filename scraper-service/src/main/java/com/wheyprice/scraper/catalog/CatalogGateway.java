package com.wheyprice.scraper.catalog;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.catalog.api.scraping.ScrapeResults;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;

/**
 * The one way scraper-service talks to catalog-service: every call has a timeout and a circuit
 * breaker, so a catalog outage makes workers back off quickly instead of piling up; handing in
 * results is retried (it is idempotent by job id), claiming listings is not (a lost answer would
 * leave listings claimed until their lease ends, which is harmless, but a retry would claim more).
 */
@ApplicationScoped
public class CatalogGateway {

    private final CatalogInternalApi api;

    CatalogGateway(@RestClient CatalogInternalApi api) {
        this.api = api;
    }

    @WithSpan("catalog claim-due")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<List<DueListing>> claimDue(int limit) {
        return api.claimDue(limit);
    }

    @WithSpan("catalog claim")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<List<DueListing>> claim(UUID listingId, UUID retailerId) {
        return api.claim(listingId, retailerId);
    }

    @WithSpan("catalog scrape-results")
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @ExponentialBackoff
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Uni<ScrapeResults.Report> handIn(List<ScrapeResults.Result> results) {
        return api.results(new ScrapeResults.Batch(results));
    }
}
