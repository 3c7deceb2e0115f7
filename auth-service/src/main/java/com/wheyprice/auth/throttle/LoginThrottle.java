package com.wheyprice.auth.throttle;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.redis.LuaScript;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.RedisKeyNotFoundException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * Slows password guessing, for all replicas at once (state in Redis): failed logins are counted
 * per IP and per account over a window; past a threshold each further failure locks that IP or
 * account for twice as long as the last (up to a maximum). Locked attempts are answered 429 with
 * {@code Retry-After} before any password is checked. Accounts are keyed by their blind index,
 * so Redis never holds an email address.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Counts a failure and, past the threshold, sets the lock; returns the lockout in ms (0 when none). */
    private static final LuaScript RECORD_FAILURE = new LuaScript("""
            local failures = redis.call('INCR', KEYS[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            local threshold = tonumber(ARGV[2])
            if failures < threshold then
              return 0
            end
            local lockout = math.min(tonumber(ARGV[3]) * (2 ^ (failures - threshold)), tonumber(ARGV[4]))
            lockout = math.floor(lockout)
            redis.call('SET', KEYS[2], '1', 'PX', lockout)
            return lockout
            """);

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final AuthConfig.Throttle config;

    LoginThrottle(ReactiveRedisDataSource redis, RedisKeys keys, AuthConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.config = config.throttle();
    }

    /** Fails with a 429 when the IP or the account is locked out. */
    public Uni<Void> checkAllowed(String ip, String accountIndex) {
        return Uni.combine().all().unis(remaining("ip", ip), remaining("account", accountIndex)).asTuple()
                .map(locks -> Math.max(locks.getItem1(), locks.getItem2()))
                .map(lockedForMillis -> {
                    if (lockedForMillis > 0) {
                        throw ProblemException.tooManyRequests("too many failed sign-ins; try again later",
                                Duration.ofMillis(lockedForMillis));
                    }
                    return null;
                });
    }

    public Uni<Void> recordFailure(String ip, String accountIndex) {
        return Uni.combine().all().unis(fail("ip", ip, config.ipFailures()), fail("account", accountIndex, config.accountFailures()))
                .discardItems();
    }

    /** A successful sign-in forgets the account's failures (the IP's stay: one IP may try many accounts). */
    public Uni<Void> recordSuccess(String accountIndex) {
        return redis.key().del(keys.key("auth", "login-failures", "account", accountIndex)).replaceWithVoid();
    }

    private Uni<Long> remaining(String kind, String id) {
        // The client reports a missing key (no lock) as an exception rather than as PTTL's -2.
        return redis.key().pttl(keys.key("auth", "login-lock", kind, id)).map(ttl -> Math.max(0L, ttl))
                .onFailure(RedisKeyNotFoundException.class).recoverWithItem(0L);
    }

    private Uni<Response> fail(String kind, String id, int threshold) {
        return RECORD_FAILURE.run(redis, List.of(keys.key("auth", "login-failures", kind, id), keys.key("auth", "login-lock", kind, id)),
                Long.toString(config.window().toMillis()), Integer.toString(threshold),
                Long.toString(config.baseLockout().toMillis()), Long.toString(config.maxLockout().toMillis()));
    }
}
