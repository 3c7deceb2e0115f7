package com.wheyprice.scraper.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.wheyprice.catalog.api.Availability;
import com.wheyprice.catalog.api.scraping.DueListing;
import com.wheyprice.catalog.api.scraping.ScrapeResults;
import com.wheyprice.common.testing.ConsumerPacts;
import com.wheyprice.platform.api.Money;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.core.model.RequestResponsePact;

/**
 * scraper-service's expectations of catalog-service's internal API, driven through its real
 * {@link CatalogGateway} against Pact's mock server and recorded as a pact in
 * {@code contracts/pacts}; catalog-service's build replays each interaction against its real
 * resources ({@code ConsumerPactsVerificationTest}) and fails when it no longer answers so.
 */
@QuarkusTest
@QuarkusTestResource(value = CatalogPactResource.class, restrictToAnnotatedClass = true)
class CatalogContractTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String BEARER = "Bearer [A-Za-z0-9._~+/=-]+";
    /** Fixed examples, so the recorded pact changes only when an expectation does. */
    private static final UUID LISTING = UUID.fromString("5f0d1c8e-3b7a-4c55-9d1e-2a6f8b9c0d11");
    private static final UUID RETAILER = UUID.fromString("8a2e4b6c-1d3f-4e5a-8b7c-9d0e1f2a3b44");
    private static final Instant OBSERVED = Instant.parse("2026-11-30T10:15:30Z");

    /** The pact is written afresh by every run, so a dropped expectation leaves it too. */
    @BeforeAll
    static void forgetThePreviousPact() throws IOException {
        Files.deleteIfExists(Path.of(System.getProperty("pact.rootDir", "target/pacts"), "scraper-service-catalog-service.json"));
    }

    @Inject
    CatalogGateway catalog;

    @Test
    void claimingDueListingsReadsTheListingAndItsRetailersScrapingSettings() {
        RequestResponsePact pact = ConsumerPactBuilder.consumer("scraper-service").hasPactWith("catalog-service")
                .given("a listing of an active retailer is due")
                .uponReceiving("a claim of due listings")
                .method("POST").path("/internal/listings/claim-due").query("limit=10")
                .matchHeader("Authorization", BEARER, "Bearer a-service-token")
                .willRespondWith().status(200)
                .body(PactDslJsonArray.arrayMinLike(1)
                        .uuid("listingId", LISTING)
                        .stringType("url", "https://shop.example.com/whey-1kg.html")
                        .object("retailer")
                        .uuid("id", RETAILER)
                        .stringType("slug", "shop")
                        .stringType("domain", "shop.example.com")
                        .stringType("currency", "INR")
                        .integerType("maxRequestsPerMinute", 30)
                        .closeObject()
                        .closeObject())
                .toPact();

        ConsumerPacts.verify(pact, CatalogPactResource.PORT, () -> {
            List<DueListing> due = catalog.claimDue(10).await().atMost(WAIT);
            assertThat(due).isNotEmpty();
            assertThat(due.get(0).retailer().maxRequestsPerMinute()).isPositive();
            assertThat(due.get(0).url()).startsWith("https://");
        });
    }

    @Test
    void handingInAResultIsTakenOncePerJob() {
        PactDslJsonBody result = new PactDslJsonBody();
        result.stringType("jobId", "job-1").uuid("listingId", LISTING)
                .datetime("observedAt", "yyyy-MM-dd'T'HH:mm:ss[.SSSSSSSSS]X", Date.from(OBSERVED), TimeZone.getTimeZone("UTC"))
                .stringValue("outcome", "OK").stringValue("availability", "IN_STOCK")
                .object("price").integerType("amountMinor", 459900).stringType("currency", "INR").stringType("formatted", "INR 4,599.00").closeObject();
        RequestResponsePact pact = ConsumerPactBuilder.consumer("scraper-service").hasPactWith("catalog-service")
                .given("a listing of an active retailer is due")
                .uponReceiving("a scrape result handed in")
                .method("POST").path("/internal/scrape-results")
                .matchHeader("Authorization", BEARER, "Bearer a-service-token")
                .matchHeader("Content-Type", "application/json(;.*)?", "application/json")
                .body(new PactDslJsonBody().minArrayLike("results", 1, result, 1))
                .willRespondWith().status(200)
                .body(new PactDslJsonBody().integerType("ingested", 1).integerType("duplicates", 0).integerType("unknownListings", 0))
                .toPact();

        ConsumerPacts.verify(pact, CatalogPactResource.PORT, () -> {
            ScrapeResults.Report report = catalog.handIn(List.of(new ScrapeResults.Result("job-" + UUID.randomUUID(), UUID.randomUUID(),
                    OBSERVED, ScrapeResults.Outcome.OK, new Money(459900, "INR"), null, Availability.IN_STOCK,
                    null))).await().atMost(WAIT);
            assertThat(report.ingested() + report.duplicates() + report.unknownListings()).isEqualTo(1);
        });
    }
}
