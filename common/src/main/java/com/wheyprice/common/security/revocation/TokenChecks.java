package com.wheyprice.common.security.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.wheyprice.auth.api.Revocation;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.error.ProblemException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * What every service checks of a verified access token after quarkus-oidc has checked its
 * signature, issuer, audience and expiry: that it was not issued in the future or for longer
 * than access tokens live, that a person's token names a known tier and UUID subject and
 * session, and that its session has not ended (logout, refresh-token reuse, erasure, a tier
 * change: {@link Revocation}). Any
 * failure is a 401 like a bad signature. An admin's token is refused with a 503 while the
 * revocations cannot be read, since a demoted admin must not keep admin rights (ADR 0005).
 * Tokens that auth-service did not shape (a social provider's ID token during sign-in) carry
 * neither {@code tier} nor {@code client_id} and are left to their own tenant's checks.
 */
@ApplicationScoped
public class TokenChecks implements SecurityIdentityAugmentor {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final RevocationList revocations;
    private final TokenPolicy policy;
    private final Clock clock;

    TokenChecks(RevocationList revocations, TokenPolicy policy, Clock clock) {
        this.revocations = revocations;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || (token.getClaim("tier") == null && token.getClaim("client_id") == null)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(() -> {
            check(token);
            return identity;
        });
    }

    /** Package-private for {@code TokenCheckBenchmark}. */
    void check(JsonWebToken token) {
        Instant issuedAt = instant(token.getClaim("iat"), "iat");
        Instant expiresAt = instant(token.getClaim("exp"), "exp");
        if (issuedAt.isAfter(clock.instant().plus(policy.clockSkew()))) {
            throw refused("issued in the future");
        }
        if (Duration.between(issuedAt, expiresAt).compareTo(policy.maxLifetime().plus(policy.clockSkew())) > 0) {
            throw refused("lives longer than access tokens may");
        }
        Object tierClaim = token.getClaim("tier");
        if (tierClaim == null) {
            return;
        }
        Tier tier;
        try {
            tier = Tier.parse(tierClaim.toString());
        } catch (IllegalArgumentException e) {
            throw refused("names an unknown tier");
        }
        uuid(token.getSubject(), "sub");
        Object sid = token.getClaim("sid");
        if (revocations.revoked(uuid(sid == null ? null : sid.toString(), "sid"))) {
            throw refused("belongs to a session that has ended");
        }
        if (tier.includes(Tier.ADMIN) && !revocations.fresh()) {
            throw ProblemException.unavailable("admin rights cannot be checked right now; try again shortly", RETRY_AFTER);
        }
    }

    private static Instant instant(Object claim, String name) {
        if (claim instanceof JsonNumber number) {
            return Instant.ofEpochSecond(number.longValue());
        }
        if (claim instanceof Number number) {
            return Instant.ofEpochSecond(number.longValue());
        }
        throw refused("has no readable " + name);
    }

    private static UUID uuid(String value, String claim) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw refused("has a " + claim + " that is not a UUID");
        }
    }

    private static AuthenticationFailedException refused(String why) {
        return new AuthenticationFailedException("the access token " + why);
    }
}
