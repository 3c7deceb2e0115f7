package com.wheyprice.catalog.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import com.wheyprice.catalog.ingest.ScrapeResults;
import com.wheyprice.common.money.Money;

/** A shopper's target price for a variant, and each time it fired. */
public record Alert(UUID id, UUID variantId, Money targetPrice, boolean armed, Instant createdAt, Instant lastFiredAt, List<Fired> fired) {

    /** One crossing: the price and listing that went at or below the target. */
    public record Fired(Instant at, UUID listingId, Money price) {
    }

    /** The body that sets up an alert. */
    public record Request(@NotNull UUID variantId, @NotNull @Valid ScrapeResults.Amount targetPrice) {
    }
}
