package com.wheyprice.scraper.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.catalog.api.Availability;
import com.wheyprice.platform.api.Money;

/**
 * What the scraper reads from a page, as an admin configuring a retailer sees it: the price it
 * trusts (or none, with the reason), the list price, availability, the strategy that decided, and
 * every offer each strategy saw. scraper-service writes it from its extraction result.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "availability", "method", "fromPrice", "candidates" })
public record ExtractionPreview(Money price, Money listPrice, Availability availability, Strategy method, boolean fromPrice, String problem,
        List<Offer> candidates) {

    /** The extraction strategies, in the order they are tried; {@code NONE} when none found a price. */
    public enum Strategy {
        JSON_LD, MICRODATA, META, SELECTOR, NONE
    }

    /** One offer a strategy saw on the page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ExtractionCandidate", requiredProperties = { "method", "availability", "fromPrice" })
    public record Offer(Strategy method, Money price, Money listPrice, Availability availability, String sku, String gtin, boolean fromPrice) {
    }
}
