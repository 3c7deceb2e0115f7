package com.wheyprice.api.flags;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.AuditAction;
import com.wheyprice.common.audit.AdminAudit;
import com.wheyprice.common.concurrency.Versions;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.db.Rows;
import com.wheyprice.common.db.SqlSession;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.flags.FeatureFlags;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The flags' one writer: each change is written with its audit row in one transaction (checked
 * against the version the admin read, when they send it), then published to the Redis hash the
 * services read through {@link FeatureFlags}. Publishing again is harmless, so a failed publish is
 * healed by the periodic republish of every flag.
 */
@ApplicationScoped
public class FlagStore {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final Database database;
    private final ReactiveRedisDataSource redis;
    private final String hash;
    private final Clock clock;
    private final AdminAudit audit;

    FlagStore(Database database, ReactiveRedisDataSource redis, RedisKeys keys, Clock clock, AdminAudit audit) {
        this.audit = audit;
        this.database = database;
        this.redis = redis;
        this.hash = FeatureFlags.hashKey(keys);
        this.clock = clock;
    }

    public Uni<List<Flag>> all() {
        return database.list("SELECT * FROM api_feature_flag ORDER BY name", FlagStore::flag);
    }

    /** Sets a flag (creating it if new); {@code expectedVersion} null means last write wins. */
    public Uni<Flag> set(String name, Flag.Change change, Long expectedVersion, UUID admin) {
        if (!NAME.matcher(name).matches()) {
            throw ProblemException.invalidField("name", "lower-case letters, digits and dashes, at most 64");
        }
        return database.inTransaction(tx -> tx.first("SELECT * FROM api_feature_flag WHERE name = $1", FlagStore::flag, name)
                        .chain(current -> write(tx, name, current, change, expectedVersion, admin)))
                .call(this::publish);
    }

    private Uni<Flag> write(SqlSession tx, String name, Flag current, Flag.Change change, Long expectedVersion, UUID admin) {
        if (expectedVersion != null && (current == null || current.version() != expectedVersion)) {
            throw Versions.stale();
        }
        if (current == null && (change.description() == null || change.description().isBlank())) {
            throw ProblemException.invalidField("description", "a new flag needs to say what it switches");
        }
        Instant now = clock.instant();
        int rollout = change.rolloutPercent() != null ? change.rolloutPercent() : current != null ? current.rolloutPercent() : 100;
        String description = change.description() != null ? change.description() : current.description();
        Flag next = new Flag(name, change.enabled(), rollout, description, admin, now, current == null ? 1 : current.version() + 1);
        Uni<Integer> saved = current == null
                ? tx.update("""
                        INSERT INTO api_feature_flag (name, enabled, rollout_percent, description, updated_by, updated_at, version)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)""", name, next.enabled(), rollout, description, admin, now, next.version())
                : tx.update("""
                        UPDATE api_feature_flag SET enabled = $2, rollout_percent = $3, description = $4, updated_by = $5, updated_at = $6,
                               version = $7
                         WHERE name = $1 AND version = $8""", name, next.enabled(), rollout, description, admin, now, next.version(),
                        current.version());
        return saved.chain(rows -> {
            if (rows != 1) {
                throw Versions.stale();
            }
            return tx.update("""
                    INSERT INTO api_feature_flag_change (id, name, enabled, rollout_percent, previous_enabled, previous_rollout_percent,
                                                         changed_by, changed_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""", UUID.randomUUID(), name, next.enabled(), rollout,
                    current == null ? null : current.enabled(), current == null ? null : current.rolloutPercent(), admin, now);
        }).call(() -> audit.record(tx, AuditAction.FLAG_CHANGE, "flags:" + name, current, next)).replaceWith(next);
    }

    /** Creates the seeds that do not exist yet, leaving admins' settings alone. */
    Uni<Void> seed(List<Flag.Seed> seeds) {
        Instant now = clock.instant();
        return database.inTransaction(tx -> Multi.createFrom().iterable(seeds)
                .onItem().transformToUniAndConcatenate(seed -> tx.update("""
                        INSERT INTO api_feature_flag (name, enabled, rollout_percent, description, updated_by, updated_at, version)
                        VALUES ($1, $2, $3, $4, NULL, $5, 1) ON CONFLICT (name) DO NOTHING""",
                        seed.name(), seed.enabled(), seed.rolloutPercent(), seed.description(), now))
                .collect().last()
                .replaceWithVoid());
    }

    /** Publishes every flag, so Redis holds what the database holds (after a Redis restart, or a publish that failed). */
    Uni<Void> publishAll() {
        return all().chain(flags -> flags.isEmpty() ? Uni.createFrom().voidItem()
                : redis.hash(String.class).hset(hash, flags.stream().collect(Collectors.toMap(Flag::name, FlagStore::published)))
                        .replaceWithVoid());
    }

    private Uni<Void> publish(Flag flag) {
        return redis.hash(String.class).hset(hash, Map.of(flag.name(), published(flag))).replaceWithVoid();
    }

    private static String published(Flag flag) {
        return new FeatureFlags.Flag(flag.enabled(), flag.rolloutPercent()).encode();
    }

    private static Flag flag(Row row) {
        return new Flag(row.getString("name"), Rows.bool(row, "enabled"), row.getInteger("rollout_percent"), row.getString("description"),
                Rows.uuid(row, "updated_by"), Rows.instant(row, "updated_at"), Rows.longValue(row, "version"));
    }
}
