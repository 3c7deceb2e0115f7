package com.wheyprice.auth.token;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.wheyprice.auth.api.Roles;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.auth.api.TokenResponse;
import com.wheyprice.auth.config.AuthConfig;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs the platform's access tokens: RS256 JWTs with {@code iss}, {@code aud}, {@code sub},
 * {@code iat}, {@code exp}, {@code jti}, the {@code tier} and, in {@code groups}, the roles that
 * tier includes. User tokens name their session in {@code sid}; service tokens carry
 * {@code client_id} and the {@code SERVICE} role.
 */
@ApplicationScoped
public class TokenIssuer {

    private final AuthConfig config;
    private final SigningKeys keys;
    private final Clock clock;

    TokenIssuer(AuthConfig config, SigningKeys keys, Clock clock) {
        this.config = config;
        this.keys = keys;
        this.clock = clock;
    }

    public TokenResponse forUser(UUID userId, Tier tier, UUID sessionId, String refreshToken) {
        JwtClaimsBuilder claims = base(userId.toString())
                .claim("tier", tier.name())
                .groups(new HashSet<>(tier.roles()))
                .claim("sid", sessionId.toString());
        return new TokenResponse(sign(claims), "Bearer", config.accessTokenTtl().toSeconds(), refreshToken);
    }

    public TokenResponse forClient(String clientId) {
        JwtClaimsBuilder claims = base(clientId)
                .claim("client_id", clientId)
                .groups(Set.of(Roles.SERVICE));
        return new TokenResponse(sign(claims), "Bearer", config.accessTokenTtl().toSeconds(), null);
    }

    private JwtClaimsBuilder base(String subject) {
        Instant now = clock.instant();
        return Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(subject)
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenTtl()))
                .claim("jti", UUID.randomUUID().toString());
    }

    private String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(keys.currentKeyId()).algorithm(SignatureAlgorithm.RS256).sign(keys.currentKey());
    }
}
