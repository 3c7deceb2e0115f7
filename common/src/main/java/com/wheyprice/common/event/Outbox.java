package com.wheyprice.common.event;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.common.db.SqlSession;

import io.smallrye.mutiny.Uni;

/**
 * Writes a service's events (the typed records of its {@code -api} module) into its outbox table
 * inside the transaction of the change they announce; the service's {@link OutboxRelay} then puts
 * them on Redis streams. So an event is published if and only if its change committed. Each event
 * carries its own id, so consumers can drop the rare duplicate of at-least-once delivery.
 *
 * <p>A service names its table in {@link OutboxConfig}; the table has the columns
 * {@code id, stream, payload, created_at}.
 */
@Singleton
public class Outbox {

    private final String insert;
    private final ObjectMapper json;
    private final Clock clock;

    Outbox(OutboxConfig config, ObjectMapper json, Clock clock) {
        this.insert = "INSERT INTO " + config.table() + " (id, stream, payload, created_at) VALUES ($1, $2, $3, $4)";
        this.json = json;
        this.clock = clock;
    }

    /** Adds the event {@code event} makes of a fresh id and the current instant to {@code stream}, one of the service's streams. */
    public Uni<Void> add(SqlSession tx, String stream, BiFunction<UUID, Instant, ?> event) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String payload;
        try {
            payload = json.writeValueAsString(event.apply(id, now));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return tx.update(insert, id, stream, payload, now).replaceWithVoid();
    }
}
