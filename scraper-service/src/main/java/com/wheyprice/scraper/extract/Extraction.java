package com.wheyprice.scraper.extract;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.catalog.api.Availability;
import com.wheyprice.platform.api.Money;

/**
 * What the cascade found on a page: the price it trusts (or none, with the reason), the list
 * price, availability, the strategy that won, and every candidate each strategy saw, so an admin
 * configuring a retailer can tell why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Extraction(Money price, Money listPrice, Availability availability, Method method, boolean fromPrice, String problem,
        List<Candidate> candidates) {

    /** The strategies, in the order they are tried. */
    public enum Method {
        JSON_LD, MICRODATA, META, SELECTOR, NONE
    }

    /** One offer a strategy saw. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(Method method, Money price, Money listPrice, Availability availability, String sku, String gtin,
            boolean fromPrice) {

        /** Whether this offer is for the listing's product: its SKU or GTIN matches, or the page did not say. */
        boolean matches(String wantedSku, String wantedGtin) {
            boolean skuGiven = wantedSku != null && sku != null;
            boolean gtinGiven = wantedGtin != null && gtin != null;
            if (!skuGiven && !gtinGiven) {
                return true;
            }
            return (skuGiven && sku.equalsIgnoreCase(wantedSku)) || (gtinGiven && digits(gtin).equals(digits(wantedGtin)));
        }

        private static String digits(String gtin) {
            String only = gtin.replaceAll("\\D", "");
            return only.length() < 14 ? "0".repeat(14 - only.length()) + only : only;
        }
    }

    /** What the page offers to scrape. */
    public record Request(String html, String baseUrl, String priceSelector, String listPriceSelector, String availabilitySelector,
            String sku, String gtin, String currency) {
    }
}
