package com.wheyprice.common.security.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.wheyprice.auth.api.Revocation;
import com.wheyprice.common.redis.LuaScript;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;

/**
 * The ended sessions every resource server checks tokens against, kept in memory so the check
 * costs no round trip. auth-service publishes each one to a Redis sorted set (member: the
 * encoded {@link Revocation}; score: when Redis may forget it) and bumps a version counter;
 * every instance reads the counter every {@code AUTH_REVOCATION_SYNC_INTERVAL} and the whole
 * set when it moved, and reads the set first thing at start. What an instance once learnt it
 * keeps until no token it could match is still alive, so a Redis that restarts empty cannot
 * bring a revoked token back on a running instance; auth-service republishes what it holds in
 * its database to refill such a Redis.
 */
@ApplicationScoped
public class RevocationList {

    private static final Logger LOG = Logger.getLogger(RevocationList.class);
    /** Redis keeps a revocation a minute longer than any token it could match may live. */
    private static final Duration REDIS_MARGIN = Duration.ofMinutes(1);
    /** Adds members (ARGV[2..]) kept for ARGV[1] ms by the server's clock, forgets expired ones, and moves the version when anything is new. */
    private static final LuaScript PUBLISH = new LuaScript(LuaScript.NOW_MS + """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            local added = 0
            for i = 2, #ARGV do
              added = added + redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[i])
            end
            if added > 0 then redis.call('INCR', KEYS[2]) end
            return added""");

    private final ReactiveRedisDataSource redis;
    private final TokenPolicy policy;
    private final Clock clock;
    private final String setKey;
    private final String versionKey;
    /** Ended sessions, with when they ended. */
    private final Map<UUID, Instant> sessions = new ConcurrentHashMap<>();
    private volatile String seenVersion;
    private volatile Instant lastSync;
    private Cancellable sync;

    RevocationList(ReactiveRedisDataSource redis, RedisKeys keys, TokenPolicy policy, Clock clock) {
        this.redis = redis;
        this.policy = policy;
        this.clock = clock;
        this.setKey = keys.key("auth", "revocations");
        this.versionKey = keys.key("auth", "revocations", "version");
    }

    void start(@Observes StartupEvent started) {
        // Once at start, then every interval: an instance knows the current revocations before its first requests.
        Multi<Long> now = Multi.createFrom().item(0L);
        sync = Multi.createBy().concatenating().streams(now, Multi.createFrom().ticks().every(policy.revocationSyncInterval()))
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> refresh())
                .subscribe().with(ignored -> { }, error -> LOG.errorf(error, "revocation sync stopped"));
    }

    @PreDestroy
    void stop() {
        if (sync != null) {
            sync.cancel();
        }
    }

    /** Whether the session a token belongs to has ended. */
    public boolean revoked(UUID session) {
        return sessions.containsKey(session);
    }

    /** Whether the revocations were read from Redis recently enough to trust that none is missing. */
    public boolean fresh() {
        Instant synced = lastSync;
        return synced != null && !clock.instant().isAfter(synced.plus(policy.revocationStaleAfter()));
    }

    /**
     * Publishes revocations to every instance, and applies them here at once. Fails when Redis
     * cannot be written; the publisher's own record (auth-service's database) is then republished.
     */
    public Uni<Void> publish(List<Revocation> revocations) {
        if (revocations.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        revocations.forEach(this::learn);
        List<String> args = new ArrayList<>();
        args.add(Long.toString(policy.maxLifetime().plus(policy.clockSkew()).plus(REDIS_MARGIN).toMillis()));
        revocations.forEach(revocation -> args.add(revocation.encode()));
        return PUBLISH.run(redis, List.of(setKey, versionKey), args.toArray(String[]::new)).replaceWithVoid();
    }

    /** Reads the version, and the set when the version moved; keeps what it knew when Redis cannot be read. */
    Uni<Void> refresh() {
        return read(false)
                .onFailure().invoke(error -> LOG.debugf("revocations not refreshed (%s); keeping the ones known", error.getMessage()))
                .onFailure().recoverWithNull();
    }

    /**
     * Reads the whole set now, without waiting for the next sync, and fails when Redis cannot be
     * read. A service that hears of a change auth-service announced just before it (an erasure)
     * calls this first, so the person's tokens are refused here before it acts on the change.
     */
    public Uni<Void> catchUp() {
        return read(true);
    }

    private Uni<Void> read(boolean evenIfUnchanged) {
        return redis.value(String.class).get(versionKey)
                .chain(version -> !evenIfUnchanged && lastSync != null && Objects.equals(version, seenVersion)
                        ? Uni.createFrom().voidItem()
                        : redis.sortedSet(String.class).zrange(setKey, 0, -1).invoke(members -> {
                            members.forEach(this::learn);
                            seenVersion = version;
                        }).replaceWithVoid())
                .invoke(() -> {
                    lastSync = clock.instant();
                    forgetExpired();
                });
    }

    private void learn(String member) {
        try {
            learn(Revocation.decode(member));
        } catch (IllegalArgumentException e) {
            LOG.warnf("ignoring an unreadable revocation '%s'", member);
        }
    }

    /** Package-private for {@code TokenCheckBenchmark}, which fills the list without Redis. */
    void learn(Revocation revocation) {
        sessions.merge(revocation.session(), revocation.at(), (known, added) -> known.isAfter(added) ? known : added);
    }

    /** A session that ended longer ago than the longest token lifetime (and the skew) has no live token any more. */
    private void forgetExpired() {
        Instant horizon = clock.instant().minus(policy.maxLifetime()).minus(policy.clockSkew());
        sessions.values().removeIf(at -> at.isBefore(horizon));
    }
}
