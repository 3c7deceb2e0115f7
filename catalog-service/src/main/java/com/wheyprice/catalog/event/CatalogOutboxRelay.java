package com.wheyprice.catalog.event;

import jakarta.inject.Singleton;

import com.wheyprice.catalog.api.event.CatalogStreams;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.event.OutboxRelay;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Relays {@link CatalogOutbox} to {@code <prefix>:catalog:<stream>}, every {@code CATALOG_OUTBOX_RELAY_INTERVAL} and after each change. */
@Singleton
public class CatalogOutboxRelay extends OutboxRelay {

    CatalogOutboxRelay(Database database, ReactiveRedisDataSource redis, RedisKeys keys) {
        super(database, redis, keys, "catalog_outbox", "catalog", CatalogStreams.FIELD);
    }

    @Override
    @Scheduled(every = "${catalog.outbox-relay-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    protected Uni<Void> scheduled() {
        return super.scheduled();
    }
}
