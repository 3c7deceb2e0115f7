package com.wheyprice.catalog.api.event;

import java.time.Instant;
import java.util.UUID;

import com.wheyprice.platform.api.Money;

/**
 * A shopper's price alert fired: the variant's best offer reached the alert's target.
 *
 * @param userId    whose alert it is; their address is asked of auth-service at send time
 * @param listingId the offer that reached the target, for the link in the message
 */
public record AlertFired(UUID id, int version, Instant at, UUID alertId, UUID userId, UUID variantId, UUID listingId, Money price,
        Money target) implements CatalogEvent {

    public static final String TYPE = "alert-fired";
    public static final int VERSION = 1;

    public static AlertFired of(UUID id, Instant at, UUID alertId, UUID userId, UUID variantId, UUID listingId, Money price, Money target) {
        return new AlertFired(id, VERSION, at, alertId, userId, variantId, listingId, price, target);
    }

    @Override
    public int readableVersion() {
        return VERSION;
    }
}
