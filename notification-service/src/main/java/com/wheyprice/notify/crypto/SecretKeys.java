package com.wheyprice.notify.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.config.Environment;
import com.wheyprice.common.db.Database;

import io.smallrye.mutiny.Uni;

/**
 * notification-service's HMAC keys (unsubscribe links, webhook secrets). Production is given each
 * one in its environment variable, base64 of at least 32 bytes, and refuses to start without it;
 * development makes one on first start and keeps it in the database, so links and secrets survive
 * restarts.
 */
@ApplicationScoped
public class SecretKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final Database database;
    private final Environment environment;
    private final Clock clock;

    SecretKeys(Database database, Environment environment, Clock clock) {
        this.database = database;
        this.environment = environment;
        this.clock = clock;
    }

    /**
     * The key named {@code name}: the configured one (from {@code variable}), or in development the
     * one kept in the database. Fails at once in production when none is configured.
     */
    public Uni<byte[]> key(String name, String variable, Optional<String> configured) {
        return configured.filter(value -> !value.isBlank())
                .map(value -> Uni.createFrom().item(() -> decoded(value, variable)))
                .orElseGet(() -> {
                    if (!environment.development()) {
                        throw new IllegalStateException(variable + " is required when WHEY_ENVIRONMENT=production");
                    }
                    return developmentKey(name);
                })
                .memoize().indefinitely();
    }

    /** HMAC-SHA256 of {@code message} under {@code key}. */
    public static byte[] mac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }

    private static byte[] decoded(String value, String variable) {
        byte[] secret = Base64.getDecoder().decode(value.trim());
        if (secret.length < 32) {
            throw new IllegalStateException(variable + " must be base64 of at least 32 bytes");
        }
        return secret;
    }

    private Uni<byte[]> developmentKey(String name) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return database.update("INSERT INTO notification_dev_secret (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
                        name, Base64.getEncoder().encodeToString(fresh), clock.instant())
                .chain(() -> database.first("SELECT value FROM notification_dev_secret WHERE name = $1", row -> row.getString("value"), name))
                .map(stored -> Base64.getDecoder().decode(stored));
    }
}
