package com.wheyprice.auth.oidc;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.config.AuthConfig;

/**
 * The OpenID Connect discovery document: where every service's quarkus-oidc learns our issuer,
 * the JWKS ({@link JwksResource}) and the token endpoint.
 */
@Path("/.well-known/openid-configuration")
@Tag(name = "oidc")
public class DiscoveryResource {

    static final CacheControl FIVE_MINUTES = CacheControl.valueOf("public, max-age=300");

    private final AuthConfig config;

    DiscoveryResource(AuthConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OpenID Connect discovery document")
    public Response discovery() {
        String issuer = config.issuer();
        Map<String, Object> document = Map.of(
                "issuer", issuer,
                "jwks_uri", issuer + "/auth/jwks",
                "token_endpoint", issuer + "/auth/token",
                "grant_types_supported", List.of("refresh_token", "client_credentials"),
                "token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"),
                "id_token_signing_alg_values_supported", List.of("RS256"),
                "response_types_supported", List.of("code"),
                "subject_types_supported", List.of("public"),
                "claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "jti", "tier", "groups", "sid", "client_id"));
        return Response.ok(document).cacheControl(FIVE_MINUTES).build();
    }
}
