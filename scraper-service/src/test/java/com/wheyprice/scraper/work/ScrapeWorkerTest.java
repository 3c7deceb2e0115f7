package com.wheyprice.scraper.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.scraper.ScraperTestResource;
import com.wheyprice.scraper.TestRetailer;
import com.wheyprice.scraper.queue.JobQueue;
import com.wheyprice.scraper.queue.QueuedJob;
import com.wheyprice.scraper.queue.ScrapeJob;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** One job worked from fetch to acknowledgement, against the test retailer playing both the shop and catalog-service. */
@QuarkusTest
@QuarkusTestResource(value = ScraperTestResource.class, restrictToAnnotatedClass = true)
class ScrapeWorkerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RESULTS = "/internal/scrape-results";

    @Inject
    ScrapeWorker worker;

    @Inject
    JobQueue queue;

    @Inject
    Clock clock;

    TestRetailer retailer;

    /**
     * Catalog refuses the result more often than one call's own retries cover (restarting, or a
     * half-open circuit breaker letting one caller through). The worker offers the result again
     * instead of leaving the job to be fetched a second time: the retailer sees one request, and
     * catalog gets the result and the job is done.
     */
    @Test
    void aResultCatalogRefusesForAMomentIsOfferedAgainWithoutFetchingThePageTwice() {
        String path = "/whey-" + UUID.randomUUID();
        retailer.page(path, TestRetailer.Response.html("""
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@type":"Product","name":"Whey","offers":{"@type":"Offer","price":"2499.00",
                 "priceCurrency":"INR","availability":"https://schema.org/InStock"}}
                </script></head><body>Whey</body></html>"""));
        TestRetailer.Response unavailable = new TestRetailer.Response(503, Map.of("Content-Type", "application/problem+json"),
                "{\"type\":\"urn:whey:problem:service-unavailable\",\"status\":503}");
        TestRetailer.Response taken = new TestRetailer.Response(200, Map.of("Content-Type", "application/json"),
                "{\"ingested\":1,\"duplicates\":0,\"unknownListings\":0}");
        retailer.pageInTurn(RESULTS, List.of(unavailable, unavailable, unavailable, unavailable, taken));
        DueListing listing = new DueListing(UUID.randomUUID(), retailer.url() + path, null, null, null,
                new DueListing.Retailer(UUID.randomUUID(), "test-shop", "127.0.0.1", "INR", null, null, null, 600, null));
        assertThat(queue.enqueue(ScrapeJob.first(listing, null, clock.instant())).await().atMost(WAIT)).isTrue();
        List<QueuedJob> claimed = queue.claim("worker-test", 1).await().atMost(WAIT);
        assertThat(claimed).hasSize(1);

        worker.work(claimed.get(0)).await().atMost(WAIT);

        assertThat(retailer.hits(path)).as("the shop is asked once").hasSize(1);
        assertThat(retailer.hits(RESULTS)).as("catalog is offered the result until it takes it").hasSize(5);
        assertThat(queue.enqueue(ScrapeJob.first(listing, null, clock.instant())).await().atMost(WAIT))
                .as("the job is done, so the listing can be queued again").isTrue();
        queue.complete(queue.claim("worker-test", 1).await().atMost(WAIT).get(0)).await().atMost(WAIT);
    }
}
