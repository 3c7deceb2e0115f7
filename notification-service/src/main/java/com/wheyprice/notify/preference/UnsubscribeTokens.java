package com.wheyprice.notify.preference;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.config.Environment;
import com.wheyprice.common.db.Database;
import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.config.NotifyConfig;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;

/**
 * The token in a message's unsubscribe link: who, which channel and which kind, with an
 * HMAC-SHA256 over them, so the link works without signing in (RFC 8058 one-click) and cannot be
 * forged for someone else. Production is given the key ({@code NOTIFY_UNSUBSCRIBE_KEY}); development
 * makes one on first start and keeps it in the database, so links survive restarts. Built at
 * start-up, so a production instance without its key never starts.
 */
@Startup
@ApplicationScoped
public class UnsubscribeTokens {

    /** What an unsubscribe token names. */
    public record Subject(UUID userId, Channel channel, Kind kind) {
    }

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Uni<byte[]> key;

    UnsubscribeTokens(NotifyConfig config, Environment environment, Database database, Clock clock) {
        this.key = config.unsubscribeKey().filter(value -> !value.isBlank())
                .map(value -> Uni.createFrom().item(() -> configured(value)))
                .orElseGet(() -> {
                    if (!environment.development()) {
                        throw new IllegalStateException("NOTIFY_UNSUBSCRIBE_KEY is required when WHEY_ENVIRONMENT=production");
                    }
                    return developmentKey(database, clock);
                })
                .memoize().indefinitely();
    }

    public Uni<String> issue(Subject subject) {
        String claim = subject.userId() + "|" + subject.channel() + "|" + subject.kind();
        return key.map(secret -> ENCODER.encodeToString(claim.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(secret, claim)));
    }

    /** What a token names, or empty when it is malformed or its signature is not ours. */
    public Uni<Optional<Subject>> read(String token) {
        return key.map(secret -> {
            int dot = token == null ? -1 : token.indexOf('.');
            if (dot < 1) {
                return Optional.<Subject>empty();
            }
            try {
                String claim = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
                if (!MessageDigest.isEqual(mac(secret, claim), DECODER.decode(token.substring(dot + 1)))) {
                    return Optional.<Subject>empty();
                }
                String[] parts = claim.split("\\|");
                return Optional.of(new Subject(UUID.fromString(parts[0]), Channel.valueOf(parts[1]), Kind.valueOf(parts[2])));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return Optional.<Subject>empty();
            }
        });
    }

    private static byte[] configured(String value) {
        byte[] secret = Base64.getDecoder().decode(value.trim());
        if (secret.length < 32) {
            throw new IllegalStateException("NOTIFY_UNSUBSCRIBE_KEY must be base64 of at least 32 bytes");
        }
        return secret;
    }

    private static Uni<byte[]> developmentKey(Database database, Clock clock) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        return database.update("INSERT INTO notification_dev_secret (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
                        "unsubscribe-key", Base64.getEncoder().encodeToString(fresh), clock.instant())
                .chain(() -> database.first("SELECT value FROM notification_dev_secret WHERE name = $1", row -> row.getString("value"),
                        "unsubscribe-key"))
                .map(stored -> Base64.getDecoder().decode(stored));
    }

    private static byte[] mac(byte[] secret, String claim) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(claim.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
