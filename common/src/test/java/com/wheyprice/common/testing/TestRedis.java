package com.wheyprice.common.testing;

import java.util.UUID;

/**
 * The real local Redis for tests ({@code TEST_REDIS_URL}, default {@code redis://127.0.0.1:6379}),
 * with a key prefix of its own per test run so runs never see each other's keys.
 */
public final class TestRedis {

    public static final String URL = System.getenv().getOrDefault("TEST_REDIS_URL", "redis://127.0.0.1:6379");

    private TestRedis() {
    }

    public static String freshKeyPrefix() {
        return "whey-test-" + UUID.randomUUID();
    }
}
