package com.wheyprice.catalog.api;

/**
 * The name catalog-service reads other services' streams under (auth-service's erasures): its
 * Redis consumer group, and the consumer its unreadable events are dead-lettered as, which admins
 * read through api-service ({@code GET /api/v1/admin/event-dead-letters?consumer=CATALOG_SERVICE}).
 */
public final class CatalogEventConsumer {

    public static final String NAME = "catalog-service";

    private CatalogEventConsumer() {
    }
}
