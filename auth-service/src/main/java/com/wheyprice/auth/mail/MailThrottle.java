package com.wheyprice.auth.mail;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.common.redis.LuaScript;
import com.wheyprice.common.redis.RedisKeys;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the account e-mail flows from being used to flood a mailbox or to probe for accounts, for
 * all replicas at once (counts in Redis, per fixed window of {@code AUTH_MAIL_WINDOW}). A client
 * address over its limit is answered 429, which says nothing about any account; an e-mail address
 * over its limit is simply sent nothing more, with the usual answer, since a different answer would
 * tell whether it has an account. Addresses are keyed by their blind index, so Redis never holds one.
 */
@ApplicationScoped
public class MailThrottle {

    /** Counts one more request in the key's window; answers the count. */
    private static final LuaScript COUNT = new LuaScript("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count
            """);

    private final ReactiveRedisDataSource redis;
    private final RedisKeys keys;
    private final AuthConfig.Mail config;

    MailThrottle(ReactiveRedisDataSource redis, RedisKeys keys, AuthConfig config) {
        this.redis = redis;
        this.keys = keys;
        this.config = config.mail();
    }

    /** Counts a request from the client; fails with 429 once it made more than {@code AUTH_MAIL_PER_CLIENT} in the window. */
    public Uni<Void> fromClient(String ip) {
        return count("client", ip).invoke(count -> {
            if (count > config.perClient()) {
                throw ProblemException.tooManyRequests("too many account e-mail requests from this address; try again later", config.window());
            }
        }).replaceWithVoid();
    }

    /** Counts a message to the address (by its blind index); true while it is within {@code AUTH_MAIL_PER_ADDRESS} for the window. */
    public Uni<Boolean> toAddress(String addressIndex) {
        return count("address", addressIndex).map(count -> count <= config.perAddress());
    }

    private Uni<Long> count(String kind, String id) {
        return COUNT.run(redis, List.of(keys.key("auth", "mail-requests", kind, id)), Long.toString(config.window().toMillis()))
                .map(reply -> reply.toLong());
    }
}
