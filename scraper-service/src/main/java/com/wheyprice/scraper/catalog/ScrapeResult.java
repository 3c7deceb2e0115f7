package com.wheyprice.scraper.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One result handed to catalog-service's ingest, in its wire shape; the job id makes handing it in twice harmless. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScrapeResult(String jobId, UUID listingId, Instant observedAt, Outcome outcome, Amount price, Amount listPrice,
        String availability, String error) {

    /** What happened to one scrape, as catalog-service records it. */
    public enum Outcome {
        OK, NO_PRICE, FAILED, BLOCKED
    }

    public record Amount(long amountMinor, String currency) {
    }

    public record Batch(List<ScrapeResult> results) {
    }

    /** How catalog took each result of a batch. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(int ingested, int duplicates, int unknownListings) {
    }
}
