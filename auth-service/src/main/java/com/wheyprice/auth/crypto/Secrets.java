package com.wheyprice.auth.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.common.config.Environment;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.mutiny.Uni;

/**
 * Reads a secret from its environment variable or, in development only, from {@link DevSecrets};
 * a secret missing in production stops the service with the variable's name.
 */
@ApplicationScoped
public class Secrets {

    private final Environment environment;
    private final DevSecrets devSecrets;

    Secrets(Environment environment, DevSecrets devSecrets) {
        this.environment = environment;
        this.devSecrets = devSecrets;
    }

    public Uni<String> load(Optional<String> configured, String variable, Supplier<String> developmentValue) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            return Uni.createFrom().item(configured.get().trim());
        }
        if (!environment.development()) {
            return Uni.createFrom().failure(new ConfigurationException(variable + " is required when WHEY_ENVIRONMENT=production"));
        }
        return devSecrets.getOrCreate(variable, developmentValue);
    }

    public static String randomKeyBase64() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** {@code id:base64,id:base64} → key ids to key bytes, in the order given. */
    public static Map<String, byte[]> keyRing(String value, String variable) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (String entry : value.split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw new ConfigurationException(variable + " must be id:base64key pairs separated by commas");
            }
            String id = entry.substring(0, colon).trim();
            try {
                keys.put(id, Base64.getDecoder().decode(entry.substring(colon + 1).trim()));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(variable + ": key '" + id + "' is not valid base64");
            }
        }
        return keys;
    }
}
