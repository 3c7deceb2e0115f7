package com.wheyprice.auth.crypto;

import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import com.wheyprice.common.config.Environment;
import com.wheyprice.common.config.Secrets;
import com.wheyprice.common.db.Database;

import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * auth-service's secrets (signing key, PII keys, blind-index key), kept in development in
 * {@code auth_dev_secret}; see {@link Secrets}. Also reads the key rings those variables hold.
 */
@Singleton
public class AuthSecrets extends Secrets {

    AuthSecrets(Database database, Environment environment, Clock clock) {
        super(database, environment, clock, "auth_dev_secret");
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
