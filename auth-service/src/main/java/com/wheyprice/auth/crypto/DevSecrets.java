package com.wheyprice.auth.crypto;

import java.time.Clock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.db.Database;

import io.smallrye.mutiny.Uni;

/**
 * Key material for development only: made once, on first start, and kept in the database so
 * every restart and every replica uses the same keys. Replicas starting together agree on the
 * first one written. Production never comes here; it takes its keys from the environment.
 */
@ApplicationScoped
public class DevSecrets {

    private final Database database;
    private final Clock clock;

    DevSecrets(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Uni<String> getOrCreate(String name, Supplier<String> generator) {
        return database.update("INSERT INTO auth_dev_secret (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
                        name, generator.get(), clock.instant())
                .chain(() -> database.first("SELECT value FROM auth_dev_secret WHERE name = $1", row -> row.getString("value"), name));
    }
}
