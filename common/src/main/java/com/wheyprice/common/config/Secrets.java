package com.wheyprice.common.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import com.wheyprice.common.db.Database;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.mutiny.Uni;

/**
 * A service's secrets (signing keys, HMAC keys): each read from its environment variable or, in
 * development only, made once on first start and kept in the service's development-secret table
 * (columns {@code name, value, created_at}), so every restart and every replica uses the same one;
 * replicas starting together agree on the first one written. A secret missing in production stops
 * the service at once, naming its variable.
 *
 * <p>A service makes one bean of a subclass naming its table.
 */
public class Secrets {

    private final Database database;
    private final Environment environment;
    private final Clock clock;
    private final String insert;
    private final String select;

    protected Secrets(Database database, Environment environment, Clock clock, String table) {
        this.database = database;
        this.environment = environment;
        this.clock = clock;
        this.insert = "INSERT INTO " + table + " (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING";
        this.select = "SELECT value FROM " + table + " WHERE name = $1";
    }

    /** The secret of {@code variable}, kept under the variable's name in development. */
    public Uni<String> load(Optional<String> configured, String variable, Supplier<String> developmentValue) {
        return load(configured, variable, variable, developmentValue);
    }

    /**
     * The configured secret (trimmed), or in development the one kept as {@code developmentName}
     * (made from {@code developmentValue} the first time). Throws {@link ConfigurationException}
     * in production when none is configured.
     */
    public Uni<String> load(Optional<String> configured, String variable, String developmentName, Supplier<String> developmentValue) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Uni.createFrom().item(configured.get().trim());
        }
        if (!environment.development()) {
            throw new ConfigurationException(variable + " is required when WHEY_ENVIRONMENT=production");
        }
        return database.update(insert, developmentName, developmentValue.get(), clock.instant())
                .chain(() -> database.first(select, row -> row.getString("value"), developmentName));
    }

    /** 32 random bytes, base64: a key made for development. */
    public static String randomKeyBase64() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
