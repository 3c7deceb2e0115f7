package com.wheyprice.scraper.api;

import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.wheyprice.platform.api.CurrencyCode;

/** The bodies of scraper-service's admin calls; scraper-service validates them, api-service documents them. */
public final class ScraperRequests {

    private ScraperRequests() {
    }

    /** Scrape one listing or all of one retailer's listings now: exactly one of the two. */
    public record ScrapeNow(UUID listingId, UUID retailerId) {
    }

    /** How many listings were queued, and how many had a job queued already. */
    @Schema(requiredProperties = { "queued", "alreadyQueued" })
    public record Queued(int queued, int alreadyQueued) {
    }

    /** A page by {@code url}, or {@code html} with the {@code baseUrl} it came from; optional selectors, SKU/GTIN and currency. */
    @Schema(name = "ExtractionPreviewRequest")
    public record ExtractionPreview(@Size(max = 2000) String url, @Size(max = 3_000_000) String html, @Size(max = 2000) String baseUrl,
            @Size(max = 500) String priceSelector, @Size(max = 500) String listPriceSelector, @Size(max = 500) String availabilitySelector,
            @Size(max = 100) String sku, @Size(max = 20) String gtin, @Pattern(regexp = "[A-Z]{3}") @CurrencyCode String currency) {
    }
}
