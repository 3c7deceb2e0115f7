package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.testing.FreePorts;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A shopper signing in while Redis (which holds the sign-in throttle) cannot be reached is told
 * to come back shortly, with a 503 and {@code Retry-After}: not a 500 that reads like a bug.
 */
@QuarkusTest
@QuarkusTestResource(value = SignInWithoutRedisTest.RedisDown.class, restrictToAnnotatedClass = true)
class SignInWithoutRedisTest {

    /** auth-service as in the other tests, with Redis at a port nothing listens on. */
    public static class RedisDown extends AuthTestResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            config.put("quarkus.redis.hosts", "redis://127.0.0.1:" + FreePorts.any());
            return config;
        }
    }

    @Test
    void signInWhileRedisIsDownIsA503WithRetryAfter() {
        login(email(), PASSWORD, ip()).then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:whey:problem:service-unavailable"));
    }
}
