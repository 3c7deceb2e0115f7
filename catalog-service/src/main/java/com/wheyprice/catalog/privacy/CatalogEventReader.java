package com.wheyprice.catalog.privacy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.wheyprice.catalog.api.CatalogEventConsumer;
import com.wheyprice.common.event.EventSource;
import com.wheyprice.common.event.StreamReader;
import com.wheyprice.common.redis.EventDeadLetters;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.arc.All;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads, in the consumer group {@value #GROUP}, what other services publish that the catalog must
 * act on: auth-service's erasures. An instance that was down catches up with what its group has
 * not taken yet.
 */
@Singleton
public class CatalogEventReader extends StreamReader {

    public static final String GROUP = CatalogEventConsumer.NAME;

    CatalogEventReader(ReactiveRedisDataSource redis, RedisKeys keys, @All List<EventSource> sources, EventDeadLetters deadLetters, Clock clock) {
        super(redis, keys, sources, deadLetters, clock, GROUP, "catalog-" + UUID.randomUUID());
    }

    void start(@Observes StartupEvent event) {
        start();
    }

    void stop(@Observes ShutdownEvent event) {
        stop();
    }
}
