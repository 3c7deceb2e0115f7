package com.wheyprice.notify.preference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.notification.api.Channel;
import com.wheyprice.notification.api.Kind;
import com.wheyprice.notify.config.NotifyConfig;
import com.wheyprice.notify.crypto.SecretKeys;

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

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final Uni<byte[]> key;

    UnsubscribeTokens(NotifyConfig config, SecretKeys keys) {
        this.key = keys.key("unsubscribe-key", "NOTIFY_UNSUBSCRIBE_KEY", config.unsubscribeKey());
    }

    public Uni<String> issue(Subject subject) {
        String claim = subject.userId() + "|" + subject.channel() + "|" + subject.kind();
        return key.map(secret -> ENCODER.encodeToString(claim.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(SecretKeys.mac(secret, claim)));
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
                if (!MessageDigest.isEqual(SecretKeys.mac(secret, claim), DECODER.decode(token.substring(dot + 1)))) {
                    return Optional.<Subject>empty();
                }
                String[] parts = claim.split("\\|");
                return Optional.of(new Subject(UUID.fromString(parts[0]), Channel.valueOf(parts[1]), Kind.valueOf(parts[2])));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                return Optional.<Subject>empty();
            }
        });
    }
}
