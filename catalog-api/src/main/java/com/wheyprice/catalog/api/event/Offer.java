package com.wheyprice.catalog.api.event;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.catalog.api.Availability;
import com.wheyprice.platform.api.Money;

/**
 * A listing's offer after a scrape changed it, as {@link OfferChanged} and {@link PriceDropped} carry it.
 *
 * @param price         the current price; absent when the page showed none (the old price is kept)
 * @param previousPrice the price before this change; absent for a listing's first price
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Offer(UUID listingId, UUID variantId, UUID productId, Availability availability, Instant observedAt, Money price,
        Money previousPrice) {
}
