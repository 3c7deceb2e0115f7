package com.wheyprice.catalog.api.scraping;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A listing catalog-service hands the scraper ({@code POST /internal/listings/claim-due} and {@code /internal/listings/claim}): where to
 * fetch, what to match, and how its retailer wants to be treated.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DueListing(UUID listingId, String url, String retailerSku, String gtin, String sku, Retailer retailer) {

    /** The retailer's scraping settings. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Retailer(UUID id, String slug, String domain, String currency, String priceSelector, String listPriceSelector,
            String availabilitySelector, int maxRequestsPerMinute, String requestHeaders) {
    }

    /** The SKU to match offers against: the retailer's own when known, else the variant's. */
    public String matchSku() {
        return retailerSku != null ? retailerSku : sku;
    }
}
