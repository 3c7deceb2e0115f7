package com.wheyprice.auth.oidc;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.wheyprice.auth.token.SigningKeys;

/** The public keys that verify our tokens: the current signing key and the previous one. */
@Path("/auth/jwks")
@Tag(name = "oidc")
public class JwksResource {

    private final SigningKeys keys;

    JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "JSON Web Key Set of the current and previous signing keys")
    public Response jwks() {
        return Response.ok(keys.jwks()).cacheControl(DiscoveryResource.FIVE_MINUTES).build();
    }
}
