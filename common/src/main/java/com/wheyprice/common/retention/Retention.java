package com.wheyprice.common.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.wheyprice.common.db.Database;
import com.wheyprice.common.redis.LeaderLease;
import com.wheyprice.common.redis.RedisKeys;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.All;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A service's retention, every {@code RETENTION_INTERVAL} (the first one interval after start): the
 * {@link RetentionRule} beans the service produces, applied in batches of
 * {@code RETENTION_BATCH_SIZE} rows, each batch its own transaction, until a batch finds less than
 * a full one; on one instance at a time (a {@link LeaderLease}). What each rule removes is counted
 * in {@code whey_retention_deleted_total{service,kind}}.
 */
@Startup
@Singleton
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    private final String service;
    private final Database database;
    private final LeaderLease lease;
    private final List<RetentionRule> rules;
    private final int batch;
    private final MeterRegistry metrics;
    private final Clock clock;

    Retention(@ConfigProperty(name = "quarkus.application.name") String service, Database database, ReactiveRedisDataSource redis,
            RedisKeys keys, @All List<RetentionRule> rules, RetentionConfig config, MeterRegistry metrics, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.database = database;
        // held for the interval and renewed at each run: another instance takes over only once this one stops running
        this.lease = new LeaderLease(redis, keys.key(service, "retention-leader"), config.interval().multipliedBy(2));
        this.rules = List.copyOf(rules);
        this.batch = config.batchSize();
        this.metrics = metrics;
        // at zero from the start (the bean is made at start-up), so dashboards see every series before anything is old enough
        rules.forEach(rule -> counter(rule.kind()));
    }

    /** A scheduled run: on the leader only; a failure is logged, and the next run tries again. */
    @Scheduled(every = "${retention.interval:1h}", delayed = "${retention.interval:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return lease.lead()
                .chain(leads -> leads ? apply(clock.instant()).replaceWithVoid() : Uni.createFrom().voidItem())
                .onFailure().invoke(error -> LOG.warnf("%s retention paused: %s", service, error.getMessage()))
                .onFailure().recoverWithNull();
    }

    /** Applies every rule as of {@code now}, whoever leads; answers how many rows each removed. */
    public Uni<Map<String, Long>> apply(Instant now) {
        return Multi.createFrom().iterable(rules)
                .onItem().transformToUniAndConcatenate(rule -> drain(rule, now).map(total -> Map.entry(rule.kind(), total)))
                .collect().in(LinkedHashMap<String, Long>::new, (totals, entry) -> totals.put(entry.getKey(), entry.getValue()))
                .map(totals -> (Map<String, Long>) totals);
    }

    /** Batches of the rule until one is not full (that last one included); answers the rows removed in all. */
    private Uni<Long> drain(RetentionRule rule, Instant now) {
        Counter removed = counter(rule.kind());
        return Multi.createBy().repeating().uni(() -> database.inTransaction(tx -> rule.apply(tx, now, batch)))
                .whilst(done -> done == batch)
                .onItem().invoke(done -> removed.increment(done))
                .collect().with(Collectors.summingLong(Integer::longValue));
    }

    private Counter counter(String kind) {
        return metrics.counter("whey_retention_deleted_total", "service", service, "kind", kind);
    }
}
