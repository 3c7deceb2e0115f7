package com.wheyprice.auth.crypto;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.common.config.Secrets;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The keys that protect personal data, loaded once at start-up (after migrations): the AES key
 * ring for {@link PiiCipher} and the HMAC key of the {@link BlindIndex}.
 */
@ApplicationScoped
public class PiiKeys {

    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(30);

    private final AuthConfig config;
    private final AuthSecrets secrets;
    private volatile PiiCipher cipher;
    private volatile BlindIndex blindIndex;

    PiiKeys(AuthConfig config, AuthSecrets secrets) {
        this.config = config;
        this.secrets = secrets;
    }

    void load(@Observes @Priority(10) StartupEvent event) {
        String ring = secrets.load(config.piiKeys(), "AUTH_PII_KEYS", () -> "dev1:" + Secrets.randomKeyBase64())
                .await().atMost(LOAD_TIMEOUT);
        Map<String, byte[]> keys = AuthSecrets.keyRing(ring, "AUTH_PII_KEYS");
        List<String> ids = List.copyOf(keys.keySet());
        String active = config.piiActiveKey().orElse(ids.get(ids.size() - 1));
        try {
            cipher = new PiiCipher(keys, active);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("AUTH_PII_KEYS / AUTH_PII_ACTIVE_KEY: " + e.getMessage());
        }
        String index = secrets.load(config.blindIndexKey(), "AUTH_BLIND_INDEX_KEY", AuthSecrets::randomKeyBase64)
                .await().atMost(LOAD_TIMEOUT);
        blindIndex = new BlindIndex(Base64.getDecoder().decode(index));
    }

    public PiiCipher cipher() {
        return cipher;
    }

    public BlindIndex blindIndex() {
        return blindIndex;
    }
}
