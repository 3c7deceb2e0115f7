package com.wheyprice.catalog;

import java.util.Map;

import com.wheyprice.common.testing.SqliteTestResource;
import com.wheyprice.common.testing.TestIssuerResource;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** catalog-service on a fresh PostgreSQL database with the demo catalog loaded and tokens from a test issuer. */
public class CatalogTestResource extends TestIssuerResource {

    @Override
    protected Map<String, String> extraConfig() {
        return Map.of("whey.environment", "development", "catalog.demo-data", "true", "outbox.relay-interval", "1s");
    }

    /** The same on the development engine, SQLite. */
    public static class OnSqlite extends CatalogTestResource {
        @Override
        protected QuarkusTestResourceLifecycleManager database() {
            return new SqliteTestResource();
        }
    }
}
