package com.wheyprice.catalog.event;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.catalog.api.event.CatalogEvent;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * Writes catalog events (the typed records of catalog-api) into the outbox table inside the
 * transaction of the change they announce; {@link OutboxRelay} then puts them on Redis streams.
 * Each event carries its own id, so consumers can drop the rare duplicate of at-least-once
 * delivery, and its schema version.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final Clock clock;

    Outbox(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /**
     * Adds the event {@code event} makes of a fresh id and the current instant to {@code stream}
     * (one of {@link com.wheyprice.catalog.api.event.CatalogStreams}).
     */
    public Uni<Void> add(SqlSession tx, String stream, BiFunction<UUID, Instant, CatalogEvent> event) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String payload;
        try {
            payload = json.writeValueAsString(event.apply(id, now));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return tx.update("INSERT INTO catalog_outbox (id, stream, payload, created_at) VALUES ($1, $2, $3, $4)", id, stream, payload, now)
                .replaceWithVoid();
    }
}
