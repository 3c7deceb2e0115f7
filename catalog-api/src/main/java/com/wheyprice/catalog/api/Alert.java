package com.wheyprice.catalog.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wheyprice.platform.api.Money;

/** A shopper's target price for a variant, and each time it fired. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "id", "variantId", "targetPrice", "armed", "createdAt", "fired" })
public record Alert(UUID id, UUID variantId, Money targetPrice, boolean armed, Instant createdAt, Instant lastFiredAt, List<Fired> fired) {

    /** One crossing: the price and listing that went at or below the target. */
    @Schema(requiredProperties = { "at", "listingId", "price" })
    public record Fired(Instant at, UUID listingId, Money price) {
    }
}
