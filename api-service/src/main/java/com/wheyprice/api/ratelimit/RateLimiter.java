package com.wheyprice.api.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.redis.LuaScript;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Counts a client's requests in Redis, shared by every api-service instance: a sliding window
 * log (the times of the requests of the last minute, in a sorted set), so a limit of N per minute
 * holds for every 60-second window, not only for calendar minutes. Times come from the Redis
 * server's clock, so instances with skewed clocks still agree.
 */
@ApplicationScoped
public class RateLimiter {

    static final Duration WINDOW = Duration.ofMinutes(1);

    /** Returns {allowed, remaining, ms until the oldest counted request leaves the window}. */
    private static final LuaScript TAKE = new LuaScript(LuaScript.NOW_MS + """
            local limit = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            local count = redis.call('ZCARD', KEYS[1])
            local allowed = 0
            if count < limit then
              redis.call('ZADD', KEYS[1], now, ARGV[3])
              redis.call('PEXPIRE', KEYS[1], window)
              count = count + 1
              allowed = 1
            end
            local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
            local reset = window
            if oldest[2] then reset = tonumber(oldest[2]) + window - now end
            return {allowed, limit - count, reset}""");

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;

    RateLimiter(ReactiveRedisDataSource redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** What the limit says about one more request from {@code client}. */
    public record Decision(boolean allowed, int limit, int remaining, Duration reset) {
    }

    public Uni<Decision> take(String client, int limit) {
        return TAKE.run(redis, List.of(keys.key("api", "rate", client)), Integer.toString(limit), Long.toString(WINDOW.toMillis()),
                        UUID.randomUUID().toString())
                .map(reply -> new Decision(reply.get(0).toInteger() == 1, limit, Math.max(0, reply.get(1).toInteger()),
                        Duration.ofMillis(Math.max(0, reply.get(2).toLong()))));
    }
}
