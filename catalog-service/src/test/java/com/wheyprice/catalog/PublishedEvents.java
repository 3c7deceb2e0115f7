package com.wheyprice.catalog;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.catalog.api.event.CatalogEvent;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamRange;

/** What catalog-service has published on one of its streams, read as any consumer reads it: with catalog-api's records. */
final class PublishedEvents {

    private PublishedEvents() {
    }

    /** Every event on {@code stream} ({@link CatalogStreams}), oldest first. */
    static List<CatalogEvent> on(RedisDataSource redis, RedisKeys keys, ObjectMapper json, String stream) {
        return redis.stream(String.class).xrange(keys.key("catalog", stream), StreamRange.of("-", "+")).stream()
                .map(entry -> read(json, entry.payload().get(CatalogStreams.FIELD))).toList();
    }

    private static CatalogEvent read(ObjectMapper json, String written) {
        try {
            return json.readValue(written, CatalogEvent.class);
        } catch (IOException e) {
            throw new AssertionError("not a catalog event: " + written, e);
        }
    }
}
