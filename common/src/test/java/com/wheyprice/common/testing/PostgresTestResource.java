package com.wheyprice.common.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Runs a {@code @QuarkusTest} against a fresh PostgreSQL database and the local Redis. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String url;

    @Override
    public Map<String, String> start() {
        url = TestPostgres.createDatabase();
        return Map.of("database.url", url,
                "quarkus.redis.hosts", TestRedis.URL,
                "redis.key-prefix", TestRedis.freshKeyPrefix());
    }

    @Override
    public void stop() {
        if (url != null) {
            TestPostgres.dropDatabase(url);
        }
    }
}
