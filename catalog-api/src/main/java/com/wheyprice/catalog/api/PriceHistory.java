package com.wheyprice.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.platform.api.Money;

/** A variant's prices over a window: one daily series per listing, and how today's best compares. */
@Schema(requiredProperties = { "variantId", "from", "to", "series", "verdicts" })
public record PriceHistory(UUID variantId, Instant from, Instant to, List<Series> series, List<Verdict> verdicts) {

    /** One UTC day of one listing: lowest, mean, highest and last price seen that day. */
    @Schema(requiredProperties = { "day", "low", "mean", "high", "last", "observations" })
    public record Day(String day, long low, long mean, long high, long last, int observations) {
    }

    @Schema(requiredProperties = { "listingId", "retailer", "currency", "days" })

    public record Series(UUID listingId, String retailer, String currency, List<Day> days) {
    }

    /**
     * Whether the best price now is a good one, per currency. The method is written in the schema's
     * description, so that the OpenAPI document tells every client how the verdict is reached.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "currency", "goodPrice" }, description = "Whether the best price now is a good one, in one currency. "
            + "percentile90Days is the percentile rank of currentBest among the variant's daily best prices (the lowest price at any "
            + "retailer each UTC day) over the 90 days before today: cheaper days count whole, days at the same price half, so 0 means "
            + "no earlier day was as cheap and a price that never moved stands at 50. A retailer that is always dearer than the others "
            + "does not move it. goodPrice is true when percentile90Days is 20 or below; without any earlier day, percentile90Days is "
            + "absent and goodPrice is false.")
    public record Verdict(String currency, Money currentBest, Money allTimeLow, Money low30Days, Money low90Days,
            Integer percentile90Days, boolean goodPrice, Money pricePer100gProtein, Money pricePerServing) {
    }
}
