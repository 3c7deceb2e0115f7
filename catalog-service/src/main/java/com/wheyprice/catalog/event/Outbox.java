package com.wheyprice.catalog.event;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * Writes catalog events into the outbox table inside the transaction of the change they
 * announce; {@link OutboxRelay} then puts them on Redis streams. Each event carries its own id,
 * so consumers can drop the rare duplicate of at-least-once delivery.
 */
@ApplicationScoped
public class Outbox {

    /** Every change of an offer or the catalog (for cache invalidation). */
    public static final String CHANGES = "changes";
    /** Prices that fell by more than the threshold (for notifications and feeds). */
    public static final String PRICE_DROPS = "price-drops";
    /** Price alerts that fired (for telling their owners). */
    public static final String ALERTS = "alerts";

    private final ObjectMapper json;
    private final Clock clock;

    Outbox(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public Uni<Void> add(SqlSession tx, String stream, String type, Map<String, Object> data) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String payload;
        try {
            payload = json.writeValueAsString(Map.of("id", id.toString(), "type", type, "at", now.toString(), "data", data));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return tx.update("INSERT INTO catalog_outbox (id, stream, payload, created_at) VALUES ($1, $2, $3, $4)", id, stream, payload, now)
                .replaceWithVoid();
    }
}
