package com.wheyprice.catalog.api.event;

import java.time.Instant;
import java.util.UUID;

import com.wheyprice.catalog.api.Discovery;

/**
 * An admin decided on a product page a shopper suggested: approved (it is now a listing, scraped
 * soon) or rejected. Its submitter is told.
 *
 * @param userId    who suggested it; their address is asked of auth-service at send time
 * @param decision  {@code APPROVED} or {@code REJECTED}
 * @param listingId the new listing, when approved
 * @param product   what the page is now tracked as (brand, product, flavour and size), when approved
 */
public record DiscoveryDecided(UUID id, int version, Instant at, UUID discoveryId, UUID userId, String url, Discovery.Status decision,
        UUID listingId, String product) implements CatalogEvent {

    public static final String TYPE = "discovery-decided";
    public static final int VERSION = 1;

    public static DiscoveryDecided of(UUID id, Instant at, UUID discoveryId, UUID userId, String url, Discovery.Status decision, UUID listingId,
            String product) {
        return new DiscoveryDecided(id, VERSION, at, discoveryId, userId, url, decision, listingId, product);
    }

    @Override
    public int readableVersion() {
        return VERSION;
    }
}
