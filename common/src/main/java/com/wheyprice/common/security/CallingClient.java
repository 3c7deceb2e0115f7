package com.wheyprice.common.security;

import java.util.Collection;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The service client a service-to-service call comes from, by its client-credentials token's
 * {@code client_id}. An endpoint that hands out personal data names the clients it serves, so a
 * service token as such (a scraper's, say) reads none of it.
 */
public final class CallingClient {

    private CallingClient() {
    }

    /** Fails with 403, saying {@code refusal}, unless the caller's token is one of {@code allowed}'s. */
    public static void require(SecurityIdentity identity, Collection<String> allowed, String refusal) {
        String client = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim("client_id") : null;
        if (client == null || !allowed.contains(client)) {
            throw new ProblemException(ProblemType.FORBIDDEN, refusal);
        }
    }
}
