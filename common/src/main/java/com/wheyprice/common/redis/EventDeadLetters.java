package com.wheyprice.common.redis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Where a stream consumer puts an event it cannot read (a type or schema version newer than its
 * copy of the provider's contract, or malformed JSON), so no event is ever dropped silently:
 * the Redis list {@code <prefix>:events:dead:<consumer>} keeps the newest {@value #KEPT} with the
 * reason, {@code whey_events_dead_lettered_total} counts them, and a warning names each. Admins
 * read the list through api-service's admin API.
 */
@ApplicationScoped
public class EventDeadLetters {

    /** One unreadable event as the consumer met it. */
    @Schema(requiredProperties = { "consumer", "stream", "entryId", "reason", "at" })
    public record DeadEvent(String consumer, String stream, String entryId, String event, String reason, Instant at) {
    }

    static final int KEPT = 10_000;
    private static final Logger LOG = Logger.getLogger(EventDeadLetters.class);

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final ObjectMapper json;
    private final MeterRegistry metrics;
    private final Clock clock;

    EventDeadLetters(ReactiveRedisDataSource redis, RedisKeys keys, ObjectMapper json, MeterRegistry metrics, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Keeps {@code event}, entry {@code entryId} of {@code stream}, which {@code consumer} could not read for {@code reason}. */
    public Uni<Void> add(String consumer, String stream, String entryId, String event, String reason) {
        DeadEvent dead = new DeadEvent(consumer, stream, entryId, event, reason, clock.instant());
        LOG.warnf("%s dead-lettered event %s of %s: %s", consumer, entryId, stream, reason);
        metrics.counter("whey_events_dead_lettered_total", "consumer", consumer, "stream", stream).increment();
        String member;
        try {
            member = json.writeValueAsString(dead);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        String key = key(consumer);
        return redis.list(String.class).lpush(key, member)
                .chain(() -> redis.list(String.class).ltrim(key, 0, KEPT - 1));
    }

    /** The newest {@code limit} dead events of {@code consumer}, newest first. */
    public Uni<List<DeadEvent>> newest(String consumer, int limit) {
        return redis.list(String.class).lrange(key(consumer), 0, limit - 1)
                .map(members -> members.stream().map(this::read).toList());
    }

    private DeadEvent read(String member) {
        try {
            return json.readValue(member, DeadEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable dead letter in Redis", e);
        }
    }

    private String key(String consumer) {
        return keys.key("events", "dead", consumer);
    }
}
