package com.wheyprice.catalog.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An admin created, changed or deleted a catalog entry.
 *
 * @param kind    the admin kind, as in {@code /admin/catalog/<kind>} ({@code brands}, {@code products}, …)
 * @param entryId the entry's id
 */
public record CatalogChanged(UUID id, int version, Instant at, String kind, UUID entryId) implements CatalogEvent {

    public static final String TYPE = "catalog-changed";
    public static final int VERSION = 1;

    public static CatalogChanged of(UUID id, Instant at, String kind, UUID entryId) {
        return new CatalogChanged(id, VERSION, at, kind, entryId);
    }

    @Override
    public int readableVersion() {
        return VERSION;
    }
}
