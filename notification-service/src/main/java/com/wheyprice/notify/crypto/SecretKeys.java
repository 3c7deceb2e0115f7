package com.wheyprice.notify.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Singleton;

import com.wheyprice.common.config.Environment;
import com.wheyprice.common.config.Secrets;
import com.wheyprice.common.db.Database;

import io.smallrye.mutiny.Uni;

/**
 * notification-service's HMAC keys (unsubscribe links, webhook secrets), each base64 of at least
 * 32 bytes, kept in development in {@code notification_dev_secret}; see {@link Secrets}.
 */
@Singleton
public class SecretKeys extends Secrets {

    private static final String ALGORITHM = "HmacSHA256";

    SecretKeys(Database database, Environment environment, Clock clock) {
        super(database, environment, clock, "notification_dev_secret");
    }

    /**
     * The key named {@code name}: the configured one (from {@code variable}), or in development the
     * one kept in the database. Fails at once in production when none is configured.
     */
    public Uni<byte[]> key(String name, String variable, Optional<String> configured) {
        return load(configured, variable, name, Secrets::randomKeyBase64).map(value -> decoded(value, variable)).memoize().indefinitely();
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
        byte[] secret = Base64.getDecoder().decode(value);
        if (secret.length < 32) {
            throw new IllegalStateException(variable + " must be base64 of at least 32 bytes");
        }
        return secret;
    }
}
