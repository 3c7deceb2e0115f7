package com.wheyprice.catalog.api.event;

import java.time.Instant;
import java.util.UUID;

/** A listing's price or availability changed. */
public record OfferChanged(UUID id, int version, Instant at, Offer offer) implements CatalogEvent {

    public static final String TYPE = "offer-changed";
    public static final int VERSION = 1;

    public static OfferChanged of(UUID id, Instant at, Offer offer) {
        return new OfferChanged(id, VERSION, at, offer);
    }

    @Override
    public int readableVersion() {
        return VERSION;
    }
}
