package com.wheyprice.api.downstream;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.TokensHelper;
import io.smallrye.mutiny.Uni;

/**
 * api-service's own client-credentials access token ({@code AUTH_CLIENT_ID}, {@code AUTH_CLIENT_SECRET}),
 * for the internal APIs it calls as itself. One token is shared by every call and renewed shortly
 * before it expires, as the OIDC client filters do it.
 */
@ApplicationScoped
public class ServiceToken {

    private final OidcClient client;
    private final TokensHelper tokens = new TokensHelper();

    ServiceToken(OidcClient client) {
        this.client = client;
    }

    public Uni<String> accessToken() {
        return tokens.getTokens(client).map(Tokens::getAccessToken);
    }
}
