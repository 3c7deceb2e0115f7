package com.wheyprice.api.cache;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wheyprice.api.config.ApiConfig;
import com.wheyprice.catalog.api.event.CatalogEvent;
import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XReadArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The version of the catalog that cached answers belong to. Every api-service instance follows
 * catalog-service's change and price-drop streams and, on any event, moves the shared version on
 * in Redis, which makes every cached answer out of date at once. (Several instances moving it for
 * one event is harmless.) An event missed while no instance ran costs at most the cache's
 * fresh-for time.
 *
 * <p>Each event is read with catalog-api's records. One this build cannot read (a newer type or
 * schema version) still moves the version on, since something changed, and is dead-lettered
 * under {@value #CONSUMER} so an admin sees it.
 */
@ApplicationScoped
public class CatalogGeneration {

    /** This consumer's name in the event dead letters. */
    public static final String CONSUMER = "api-cache";
    private static final Logger LOG = Logger.getLogger(CatalogGeneration.class);
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final Duration AFTER_ERROR = Duration.ofSeconds(1);

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final ObjectMapper json;
    private final EventDeadLetters deadLetters;
    private final boolean enabled;
    private final Map<String, String> positions = new HashMap<>();
    private volatile boolean stopping;

    CatalogGeneration(ReactiveRedisDataSource redis, RedisKeys keys, ObjectMapper json, EventDeadLetters deadLetters, ApiConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.deadLetters = deadLetters;
        this.enabled = config.cache().enabled();
        positions.put(keys.key("catalog", CatalogStreams.CHANGES), "$");
        positions.put(keys.key("catalog", CatalogStreams.PRICE_DROPS), "$");
    }

    /** The key of the shared version number. */
    String key() {
        return keys.key("api", "cache", "generation");
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            follow();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void follow() {
        if (stopping) {
            return;
        }
        redis.stream(String.class).xread(Map.copyOf(positions), new XReadArgs().block(BLOCK).count(500))
                .chain(this::advance)
                .subscribe().with(ignored -> follow(), error -> {
                    if (!stopping) {
                        LOG.warnf("following catalog events: %s; again in %s", error.getMessage(), AFTER_ERROR);
                        Uni.createFrom().voidItem().onItem().delayIt().by(AFTER_ERROR).subscribe().with(ignored -> follow());
                    }
                });
    }

    private Uni<Void> advance(List<StreamMessage<String, String, String>> events) {
        if (events == null || events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        events.forEach(event -> positions.put(event.key(), event.id()));
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(this::deadLetterIfUnreadable)
                .collect().last()
                .chain(() -> redis.value(Long.class).incr(key()))
                .replaceWithVoid();
    }

    private Uni<Void> deadLetterIfUnreadable(StreamMessage<String, String, String> entry) {
        String event = entry.payload().get(CatalogStreams.FIELD);
        String problem = problemReading(event);
        return problem == null ? Uni.createFrom().voidItem() : deadLetters.add(CONSUMER, entry.key(), entry.id(), event, problem);
    }

    /** Why {@code event} cannot be read with this build's catalog-api, or {@code null} when it can. */
    String problemReading(String event) {
        if (event == null) {
            return "the entry has no '" + CatalogStreams.FIELD + "' field";
        }
        try {
            CatalogEvent read = json.readValue(event, CatalogEvent.class);
            return read.unreadableReason();
        } catch (JsonProcessingException e) {
            return "not a catalog event this consumer knows: " + e.getOriginalMessage();
        }
    }
}
