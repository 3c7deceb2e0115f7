package com.wheyprice.common.security;

import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.error.ProblemException;
import com.wheyprice.platform.api.ProblemType;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The person behind a request, read from their verified access token: user id ({@code sub}),
 * tier and session ({@code sid}). Service tokens carry no tier and are refused with a 403, so
 * endpoints meant for people are never acted on by a service.
 */
public record SignedInUser(UUID id, Tier tier, UUID sessionId) {

    public static SignedInUser of(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || token.getClaim("tier") == null) {
            throw new ProblemException(ProblemType.FORBIDDEN, "this endpoint is for signed-in people, not services");
        }
        String sid = token.getClaim("sid");
        return new SignedInUser(UUID.fromString(token.getSubject()), Tier.parse(token.getClaim("tier")),
                sid == null ? null : UUID.fromString(sid));
    }
}
