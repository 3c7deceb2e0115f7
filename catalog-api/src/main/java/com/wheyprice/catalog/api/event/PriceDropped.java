package com.wheyprice.catalog.api.event;

import java.time.Instant;
import java.util.UUID;

/** A listing's price fell by more than catalog-service's threshold, in the same currency. */
public record PriceDropped(UUID id, int version, Instant at, Offer offer) implements CatalogEvent {

    public static final String TYPE = "price-drop";
    public static final int VERSION = 1;

    public static PriceDropped of(UUID id, Instant at, Offer offer) {
        return new PriceDropped(id, VERSION, at, offer);
    }

    @Override
    public int readableVersion() {
        return VERSION;
    }
}
