package com.wheyprice.scraper.fetch;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.redis.LuaScript;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * The per-domain limits every scraper instance shares through Redis: a request rate (GCRA: each
 * request reserves the next slot one interval after the previous one, so requests are spaced
 * evenly and a burst never exceeds one), a cap on requests in flight, and a pause a retailer
 * asked for with {@code Retry-After}. Times come from the Redis server's clock, so instances
 * with skewed clocks still agree.
 */
@ApplicationScoped
public class DomainThrottle {

    /**
     * Reserves the domain's next request slot if it comes within the longest acceptable wait.
     * Returns the wait in ms (≥ 0, slot reserved), or minus how long the domain is paused or
     * booked up (nothing reserved).
     */
    private static final LuaScript RESERVE = new LuaScript(LuaScript.NOW_MS + """
            local paused = redis.call('PTTL', KEYS[2])
            if paused > 0 then return -paused end
            local interval = tonumber(ARGV[1])
            local tat = tonumber(redis.call('GET', KEYS[1]) or now)
            if tat < now then tat = now end
            local wait = tat - now
            if wait > tonumber(ARGV[2]) then return -wait end
            redis.call('SET', KEYS[1], tat + interval, 'PX', wait + interval + 1000)
            return wait""");
    private static final LuaScript ENTER = new LuaScript(LuaScript.NOW_MS + """
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
            if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
              redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
              redis.call('PEXPIRE', KEYS[1], ARGV[3])
              return 1
            end
            return 0""");

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;

    DomainThrottle(ReactiveRedisDataSource redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** What the rate limit says about the next request to a domain. */
    public record Turn(boolean reserved, Duration delay) {
    }

    /** Reserves a slot for {@code limit} requests per {@code period} at {@code domain}, unless it is further away than {@code maxWait}. */
    public Uni<Turn> reserve(String domain, int limit, Duration period, Duration maxWait) {
        long interval = Math.max(1, period.toMillis() / Math.max(1, limit));
        return RESERVE.run(redis, List.of(keys.key("scrape", "rate", domain), pauseKey(domain)), Long.toString(interval),
                        Long.toString(maxWait.toMillis()))
                .map(response -> {
                    long wait = response.toLong();
                    return new Turn(wait >= 0, Duration.ofMillis(Math.abs(wait)));
                });
    }

    /** Stops every instance from requesting {@code domain} for {@code pause}. */
    public Uni<Void> pause(String domain, Duration pause) {
        return redis.value(String.class).psetex(pauseKey(domain), Math.max(1, pause.toMillis()), "retry-after").replaceWithVoid();
    }

    /** Takes one of the domain's {@code cap} in-flight places for at most {@code hold}; the token is null when all are taken. */
    public Uni<String> enter(String domain, int cap, Duration hold) {
        String token = UUID.randomUUID().toString();
        return ENTER.run(redis, List.of(slotsKey(domain)), token, Integer.toString(cap), Long.toString(hold.toMillis()))
                .map(response -> response.toInteger() == 1 ? token : null);
    }

    public Uni<Void> leave(String domain, String token) {
        return redis.sortedSet(String.class).zrem(slotsKey(domain), token).replaceWithVoid();
    }

    private String pauseKey(String domain) {
        return keys.key("scrape", "pause", domain);
    }

    private String slotsKey(String domain) {
        return keys.key("scrape", "slots", domain);
    }
}
