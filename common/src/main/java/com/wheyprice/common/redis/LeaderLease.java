package com.wheyprice.common.redis;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Which instance of a service does a job that must run on one only (the scraper's scheduling, a
 * service's retention): the holder of a Redis lease with an expiry. The holder renews it on every
 * round; if it dies, the lease runs out and the next instance to ask takes it. Only the holder can
 * renew or release it (compare-and-set in Lua), so a paused old leader that wakes up cannot take
 * the lease back from its successor.
 */
public class LeaderLease {

    private static final LuaScript ACQUIRE_OR_RENEW = new LuaScript("""
            local holder = redis.call('GET', KEYS[1])
            if holder == false then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            if holder == ARGV[1] then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
              return 1
            end
            return 0""");
    private static final LuaScript RELEASE = new LuaScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""");

    private final ReactiveRedisDataSource redis;
    private final String key;
    private final long leaseMillis;
    private final String me = UUID.randomUUID().toString();

    /** The lease at Redis key {@code key}, held for {@code lease} after each renewal. */
    public LeaderLease(ReactiveRedisDataSource redis, String key, Duration lease) {
        this.redis = redis;
        this.key = key;
        this.leaseMillis = lease.toMillis();
    }

    /** Takes or renews the lease; tells whether this instance leads now. */
    public Uni<Boolean> lead() {
        return ACQUIRE_OR_RENEW.run(redis, List.of(key), me, Long.toString(leaseMillis)).map(response -> response.toInteger() == 1);
    }

    public Uni<Void> release() {
        return RELEASE.run(redis, List.of(key), me).replaceWithVoid();
    }
}
