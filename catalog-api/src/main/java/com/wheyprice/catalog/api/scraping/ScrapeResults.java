package com.wheyprice.catalog.api.scraping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.catalog.api.Availability;
import com.wheyprice.platform.api.Money;

/**
 * catalog-service's internal ingest API ({@code POST /internal/scrape-results}): what the scraper
 * hands over, a batch of results each identified by its job id, so handing one in twice is
 * harmless; and how catalog took each.
 */
public final class ScrapeResults {

    private ScrapeResults() {
    }

    public static final int MAX_BATCH = 500;

    /** What happened to one scrape job. */
    public enum Outcome {
        /** A price (or an out-of-stock page) was read. */
        OK,
        /** The page was read but showed no price the extractor trusts. */
        NO_PRICE,
        /** The page could not be fetched. */
        FAILED,
        /** robots.txt, a captcha or a 403 stood in the way. */
        BLOCKED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @NotBlank @Size(max = 200) String jobId,
            @NotNull UUID listingId,
            @NotNull Instant observedAt,
            @NotNull Outcome outcome,
            @Valid Money price,
            @Valid Money listPrice,
            Availability availability,
            @Size(max = 1000) String error) {
    }

    public record Batch(@NotNull @NotEmpty @Size(max = MAX_BATCH) List<@Valid @NotNull Result> results) {
    }

    /** How each result of a batch was taken. */
    public enum Status {
        INGESTED, DUPLICATE, UNKNOWN_LISTING
    }

    public record ResultStatus(String jobId, Status status) {
    }

    public record Report(int ingested, int duplicates, int unknownListings, List<ResultStatus> results) {
    }
}
