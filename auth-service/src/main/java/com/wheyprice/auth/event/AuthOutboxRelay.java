package com.wheyprice.auth.event;

import jakarta.inject.Singleton;

import com.wheyprice.auth.api.event.AuthStreams;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.event.OutboxRelay;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Relays {@link AuthOutbox} to {@code <prefix>:auth:<stream>}, every {@code AUTH_OUTBOX_RELAY_INTERVAL} and after each change. */
@Singleton
public class AuthOutboxRelay extends OutboxRelay {

    AuthOutboxRelay(Database database, ReactiveRedisDataSource redis, RedisKeys keys) {
        super(database, redis, keys, "auth_outbox", "auth", AuthStreams.FIELD);
    }

    @Override
    @Scheduled(every = "${auth.outbox-relay-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    protected Uni<Void> scheduled() {
        return super.scheduled();
    }
}
