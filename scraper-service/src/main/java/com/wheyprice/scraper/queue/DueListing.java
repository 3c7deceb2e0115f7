package com.wheyprice.scraper.queue;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A listing catalog-service asked us to scrape, as its internal API describes it: where, what to match, and the retailer's settings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DueListing(UUID listingId, String url, String retailerSku, String gtin, String sku, Retailer retailer) {

    /** The retailer's scraping settings. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Retailer(UUID id, String slug, String domain, String currency, String priceSelector, String listPriceSelector,
            String availabilitySelector, int maxRequestsPerMinute, String requestHeaders) {
    }

    /** The SKU to match offers against: the retailer's own when known, else the variant's. */
    public String matchSku() {
        return retailerSku != null ? retailerSku : sku;
    }
}
