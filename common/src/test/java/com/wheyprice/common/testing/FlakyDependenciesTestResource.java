package com.wheyprice.common.testing;

import java.net.URI;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs a {@code @QuarkusTest} against a Redis and a PostgreSQL that the test can take away and
 * bring back: an embedded Redis of its own, and the local PostgreSQL behind a {@link TcpProxy}.
 * Both are injected into the test's fields of those types.
 */
public class FlakyDependenciesTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedRedis redis;
    private TcpProxy postgresProxy;
    private String database;

    @Override
    public Map<String, String> start() {
        redis = new EmbeddedRedis().start();
        database = TestPostgres.createDatabase();
        URI direct = URI.create(database);
        postgresProxy = new TcpProxy(direct.getHost(), direct.getPort() < 0 ? 5432 : direct.getPort()).start();
        String proxied = database.replaceFirst("@[^/]+/", "@127.0.0.1:" + postgresProxy.port() + "/");
        return Map.of("database.url", proxied,
                "quarkus.redis.hosts", redis.url(),
                "redis.key-prefix", TestRedis.freshKeyPrefix());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(redis, new TestInjector.MatchesType(EmbeddedRedis.class));
        injector.injectIntoFields(postgresProxy, new TestInjector.MatchesType(TcpProxy.class));
    }

    @Override
    public void stop() {
        redis.stop();
        postgresProxy.stop();
        TestPostgres.dropDatabase(database);
    }
}
