package com.wheyprice.api.cache;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.api.config.ApiConfig;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XReadArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/**
 * The version of the catalog that cached answers belong to. Every api-service instance follows
 * catalog-service's change and price-drop streams and, on any event, moves the shared version on
 * in Redis, which makes every cached answer out of date at once. (Several instances moving it for
 * one event is harmless.) An event missed while no instance ran costs at most the cache's
 * fresh-for time.
 */
@ApplicationScoped
public class CatalogGeneration {

    private static final Logger LOG = Logger.getLogger(CatalogGeneration.class);
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final Duration AFTER_ERROR = Duration.ofSeconds(1);

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final boolean enabled;
    private final Map<String, String> positions = new HashMap<>();
    private volatile boolean stopping;

    CatalogGeneration(ReactiveRedisDataSource redis, RedisKeys keys, ApiConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.enabled = config.cache().enabled();
        positions.put(keys.key("catalog", "changes"), "$");
        positions.put(keys.key("catalog", "price-drops"), "$");
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
        return redis.value(Long.class).incr(key()).replaceWithVoid();
    }
}
