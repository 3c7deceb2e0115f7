package com.wheyprice.common.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs a {@code @QuarkusTest} on a fresh database (PostgreSQL unless a subclass picks another)
 * with bearer tokens verified against a {@link TestIssuer}, which is injected into the test's
 * field of that type. Services add their own settings through {@link #extraConfig()}.
 */
public class TestIssuerResource implements QuarkusTestResourceLifecycleManager {

    private final QuarkusTestResourceLifecycleManager database = database();
    private TestIssuer issuer;

    /** The database to run on; PostgreSQL by default. */
    protected QuarkusTestResourceLifecycleManager database() {
        return new PostgresTestResource();
    }

    /** Settings of the service under test. */
    protected Map<String, String> extraConfig() {
        return Map.of();
    }

    @Override
    public Map<String, String> start() {
        issuer = new TestIssuer().start();
        Map<String, String> config = new HashMap<>(database.start());
        config.put("quarkus.oidc.auth-server-url", issuer.url());
        config.putAll(extraConfig());
        return config;
    }

    /** Where the issuer answers, for a service's own OIDC client (started before {@link #extraConfig()} is asked). */
    protected String issuerUrl() {
        return issuer.url();
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(issuer, new TestInjector.MatchesType(TestIssuer.class));
    }

    @Override
    public void stop() {
        issuer.close();
        database.stop();
    }
}
