package com.wheyprice.catalog.event;

import java.time.Clock;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.common.event.Outbox;

/**
 * catalog-service's outbox, table {@code catalog_outbox}: the typed events of catalog-api
 * ({@link com.wheyprice.catalog.api.event.CatalogEvent}) on the streams of
 * {@link com.wheyprice.catalog.api.event.CatalogStreams}.
 */
@Singleton
public class CatalogOutbox extends Outbox {

    CatalogOutbox(ObjectMapper json, Clock clock) {
        super("catalog_outbox", json, clock);
    }
}
