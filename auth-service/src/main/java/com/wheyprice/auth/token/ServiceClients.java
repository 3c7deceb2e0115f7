package com.wheyprice.auth.token;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.config.AuthConfig;
import com.wheyprice.auth.password.PasswordHasher;

import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.mutiny.Uni;

/**
 * The services allowed to get tokens with the client-credentials grant, from
 * {@code AUTH_CLIENTS} ({@code id=argon2-hash;id=argon2-hash}). Only hashes of the secrets are
 * configured; an unknown client is checked against the hasher's decoy, so the answer takes the same time.
 */
@ApplicationScoped
public class ServiceClients {

    private final Map<String, String> secretHashes;
    private final PasswordHasher hasher;

    ServiceClients(AuthConfig config, PasswordHasher hasher) {
        this.secretHashes = parse(config.clients().orElse(""));
        this.hasher = hasher;
    }

    static Map<String, String> parse(String value) {
        Map<String, String> clients = new LinkedHashMap<>();
        for (String entry : value.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0 || !entry.substring(equals + 1).trim().startsWith("$argon2id$")) {
                throw new ConfigurationException("AUTH_CLIENTS must be id=<argon2id hash> pairs separated by ';'");
            }
            clients.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
        }
        return Map.copyOf(clients);
    }

    /** Whether the client exists and the secret is its own. */
    public Uni<Boolean> authenticate(String clientId, String secret) {
        return hasher.verify(secret == null ? "" : secret, clientId == null ? null : secretHashes.get(clientId));
    }
}
