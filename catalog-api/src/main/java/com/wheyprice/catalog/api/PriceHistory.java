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
     * Whether the best price now is a good one, per currency: the lows, and the share of the last
     * 90 days' observations that were cheaper than it (0 = never cheaper).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(requiredProperties = { "currency", "goodPrice" })
    public record Verdict(String currency, Money currentBest, Money allTimeLow, Money low30Days, Money low90Days,
            Integer percentile90Days, boolean goodPrice, Money pricePer100gProtein, Money pricePerServing) {
    }
}
