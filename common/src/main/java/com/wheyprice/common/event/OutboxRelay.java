package com.wheyprice.common.event;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.DatabaseStartup;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.XAddArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Moves a service's {@link Outbox} rows onto the Redis streams {@code <prefix>:<namespace>:<stream>},
 * oldest first, each event in the entry field the service's contract names, and deletes each row
 * once Redis has it. A service may run it right after a change commits; it also runs every
 * {@link OutboxConfig#relayInterval()} for anything left while Redis was away. The streams are
 * capped at about {@value #MAX_STREAM_LENGTH} entries.
 *
 * <p>One pass runs at a time in a service instance, so the scheduled pass and a pass asked for
 * by a commit never publish the same row twice; a pass asked for while one runs makes the
 * running one go round again instead.
 */
@Singleton
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    private static final long MAX_STREAM_LENGTH = 100_000;

    private record Pending(UUID id, String stream, String payload) {
    }

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final Database database;
    private final DatabaseStartup startup;
    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final String table;
    private final String namespace;
    private final String field;

    private volatile boolean stopping;

    OutboxRelay(Database database, DatabaseStartup startup, ReactiveRedisDataSource redis, RedisKeys keys, OutboxConfig config) {
        this.database = database;
        this.startup = startup;
        this.redis = redis;
        this.keys = keys;
        this.table = config.table();
        this.namespace = config.namespace();
        this.field = config.field();
    }

    /**
     * One pass of the schedule: a failure (Redis away) is logged, and the next pass tries again. The
     * scheduler starts before the schema is migrated and runs while the service stops; those passes
     * do nothing.
     */
    @Scheduled(every = "${outbox.relay-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        if (!startup.migrated() || stopping) {
            return Uni.createFrom().voidItem();
        }
        return relay().onFailure().invoke(error -> LOG.warnf("outbox relay paused: %s", error.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Relays what is in the outbox now; returns how many events went out (0 when the pass already
     * running in this instance was asked to take them).
     */
    public Uni<Integer> relay() {
        return Uni.createFrom().deferred(() -> {
            again.set(true);
            if (!running.compareAndSet(false, true)) {
                return Uni.createFrom().item(0);
            }
            return passes(0).eventually(() -> running.set(false))
                    .chain(sent -> again.get() ? relay().map(more -> sent + more) : Uni.createFrom().item(sent));
        });
    }

    private Uni<Integer> passes(int sentBefore) {
        again.set(false);
        return pass().chain(sent -> again.get() ? passes(sentBefore + sent) : Uni.createFrom().item(sentBefore + sent));
    }

    private Uni<Integer> pass() {
        return database.list("SELECT id, stream, payload FROM " + table + " ORDER BY created_at, id LIMIT $1",
                        row -> new Pending(Rows.uuid(row, "id"), row.getString("stream"), row.getString("payload")), BATCH)
                .chain(pending -> Multi.createFrom().iterable(pending)
                        .onItem().transformToUniAndConcatenate(this::publish)
                        .collect().asList()
                        .map(List::size));
    }

    private Uni<Void> publish(Pending event) {
        return redis.stream(String.class).xadd(keys.key(namespace, event.stream()),
                        new XAddArgs().maxlen(MAX_STREAM_LENGTH).nearlyExactTrimming(), Map.of(field, event.payload()))
                .chain(() -> database.update("DELETE FROM " + table + " WHERE id = $1", event.id()))
                .replaceWithVoid();
    }
}
