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
 * Slows password guessing, for all replicas at once (state in Redis). Failed logins are counted
 * over a window per client address, per account from one address, and per account from all
 * addresses together; past each threshold every further failure locks that key for twice as
 * long as the last (up to a maximum). So one client guessing at an account locks out only
 * itself: the owner signing in from elsewhere is not held up, and the account as a whole is
 * locked only by guessing from more addresses than one client could use. Locked attempts are
 * answered 429 with {@code Retry-After} before any password is checked. Accounts are keyed by
 * their blind index, so Redis never holds an email address.
 */
@ApplicationScoped
public class LoginThrottle {

    /**
     * Counts a failure and, past the threshold, sets the lock; returns the lockout in ms (0 when
     * none). A sliding window (each failure keeps the count for another window) suits the keys
     * tied to one address; the account-wide count uses a fixed window, so that one slow client
     * guessing for hours never adds up to locking the owner out.
     */
    private static final LuaScript RECORD_FAILURE = new LuaScript("""
            local failures = redis.call('INCR', KEYS[1])
            if failures == 1 or ARGV[5] == 'sliding' then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
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

    /** Fails with a 429 when the address, the account from that address, or the account as a whole is locked out. */
    public Uni<Void> checkAllowed(String ip, String accountIndex) {
        return Uni.combine().all().unis(remaining("ip", ip), remaining("account-client", onAccountFrom(accountIndex, ip)),
                        remaining("account", accountIndex)).asTuple()
                .map(locks -> Math.max(locks.getItem1(), Math.max(locks.getItem2(), locks.getItem3())))
                .map(lockedForMillis -> {
                    if (lockedForMillis > 0) {
                        throw ProblemException.tooManyRequests("too many failed sign-ins; try again later",
                                Duration.ofMillis(lockedForMillis));
                    }
                    return null;
                });
    }

    public Uni<Void> recordFailure(String ip, String accountIndex) {
        return Uni.combine().all().unis(fail("ip", ip, config.ipFailures(), true),
                        fail("account-client", onAccountFrom(accountIndex, ip), config.accountFailures(), true),
                        fail("account", accountIndex, config.accountWideFailures(), false))
                .discardItems();
    }

    /** A successful sign-in forgets the account's failures (the address's stay: one address may try many accounts). */
    public Uni<Void> recordSuccess(String ip, String accountIndex) {
        return redis.key().del(failures("account-client", onAccountFrom(accountIndex, ip)), failures("account", accountIndex)).replaceWithVoid();
    }

    private Uni<Long> remaining(String kind, String id) {
        // The client reports a missing key (no lock) as an exception rather than as PTTL's -2.
        return redis.key().pttl(keys.key("auth", "login-lock", kind, id)).map(ttl -> Math.max(0L, ttl))
                .onFailure(RedisKeyNotFoundException.class).recoverWithItem(0L);
    }

    private Uni<Response> fail(String kind, String id, int threshold, boolean sliding) {
        return RECORD_FAILURE.run(redis, List.of(failures(kind, id), keys.key("auth", "login-lock", kind, id)),
                Long.toString(config.window().toMillis()), Integer.toString(threshold),
                Long.toString(config.baseLockout().toMillis()), Long.toString(config.maxLockout().toMillis()), sliding ? "sliding" : "fixed");
    }

    private String failures(String kind, String id) {
        return keys.key("auth", "login-failures", kind, id);
    }

    /** The id of one address's attempts on one account. */
    private static String onAccountFrom(String accountIndex, String ip) {
        return accountIndex + ":" + ip;
    }
}
