package com.wheyprice.devrun;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.wheyprice.auth.crypto.Argon2Hash;

/**
 * Client-credentials secrets for the services that call others, made afresh at every start of
 * the development suite: each caller gets its own secret, auth-service gets only their Argon2
 * hashes ({@code AUTH_CLIENTS}), and no secret is ever written to the repository or to disk.
 */
final class ServiceCredentials {

    static final List<String> CALLERS = List.of("scraper-service", "api-service", "notification-service");

    private final Map<String, String> secrets = new LinkedHashMap<>();

    ServiceCredentials() {
        SecureRandom random = new SecureRandom();
        for (String caller : CALLERS) {
            byte[] secret = new byte[32];
            random.nextBytes(secret);
            secrets.put(caller, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
        }
    }

    /** The secret of a calling service, or {@code null} for services that call nobody. */
    String secretOf(String service) {
        return secrets.get(service);
    }

    /**
     * The same credentials as a {@code .env} file for docker-compose.dev.yml: each caller's secret
     * ({@code SCRAPER_SERVICE_CLIENT_SECRET}, …) and auth-service's {@code AUTH_CLIENTS}, with
     * every {@code $} of the hashes doubled, as compose reads it.
     */
    String composeEnv() {
        StringBuilder env = new StringBuilder("# made by ./run.sh compose-env; keep it out of version control\n");
        secrets.forEach((caller, secret) -> env.append(caller.toUpperCase(Locale.ROOT).replace('-', '_')).append("_CLIENT_SECRET=")
                .append(secret).append('\n'));
        return env.append("AUTH_CLIENTS=").append(authClients().replace("$", "$$")).append('\n').toString();
    }

    /** {@code AUTH_CLIENTS} for auth-service. */
    String authClients() {
        Argon2Hash hash = new Argon2Hash(19456, 2, 1);
        return secrets.entrySet().stream().map(entry -> entry.getKey() + "=" + hash.hash(entry.getValue()))
                .collect(Collectors.joining(";"));
    }
}
