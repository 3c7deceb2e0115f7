package com.wheyprice.common.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wheyprice.auth.api.Tier;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * A stand-in for auth-service as a token issuer: a real HTTP server with an OIDC discovery
 * document and a JWKS, and RS256 tokens shaped like auth-service's (sub, tier, groups, iss,
 * aud, exp, iat, jti). It also makes the tokens a verifier must refuse.
 */
public final class TestIssuer implements AutoCloseable {

    public static final String AUDIENCE = "whey";
    /** As long as auth-service's access tokens live by default ({@code AUTH_ACCESS_TOKEN_TTL}). */
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final KeyPair key = rsa();
    private final KeyPair otherKey = rsa();
    private final String keyId = "test-" + UUID.randomUUID();
    private HttpServer server;

    public TestIssuer start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, """
                {"issuer":"%1$s","jwks_uri":"%1$s/jwks","token_endpoint":"%1$s/token",
                 "id_token_signing_alg_values_supported":["RS256"],"response_types_supported":["code"],
                 "subject_types_supported":["public"]}""".formatted(url())));
        server.createContext("/jwks", exchange -> json(exchange, jwks()));
        // the client-credentials grant a calling service's OIDC client asks for
        server.createContext("/token", exchange -> json(exchange, """
                {"access_token":"%s","token_type":"Bearer","expires_in":300}""".formatted(serviceToken("test-client"))));
        server.start();
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String token(Tier tier) {
        return sign(claims(tier, url(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(5))), false);
    }

    /** A person's token of the given session, as auth-service issues one per session. */
    public String token(Tier tier, UUID session) {
        return token(tier, claims -> claims.claim("sid", session.toString()));
    }

    /** A well-signed token of this issuer with some claims changed, for the checks beyond the signature. */
    public String token(Tier tier, UnaryOperator<JwtClaimsBuilder> change) {
        return sign(change.apply(claims(tier, url(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)))), false);
    }

    /** A service's client-credentials token (role SERVICE, no tier), as auth-service issues it. */
    public String serviceToken(String clientId) {
        Instant now = Instant.now();
        return sign(Jwt.issuer(url()).subject(clientId).audience(AUDIENCE).claim("client_id", clientId).groups("SERVICE")
                .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5))).claim("jti", UUID.randomUUID().toString()), false);
    }

    public String expiredToken(Tier tier) {
        return sign(claims(tier, url(), AUDIENCE, Instant.now().minus(Duration.ofMinutes(5))), false);
    }

    public String tokenSignedByAnotherKey(Tier tier) {
        return sign(claims(tier, url(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(5))), true);
    }

    public String tokenFromIssuer(String issuer, Tier tier) {
        return sign(claims(tier, issuer, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5))), false);
    }

    public String tokenForAudience(String audience, Tier tier) {
        return sign(claims(tier, url(), audience, Instant.now().plus(Duration.ofMinutes(5))), false);
    }

    /** A token with {@code "alg": "none"} and no signature, which no verifier may accept. */
    public String unsignedToken(Tier tier) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long exp = Instant.now().plus(Duration.ofMinutes(5)).getEpochSecond();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"iss\":\"" + url() + "\",\"sub\":\"" + UUID.randomUUID() + "\",\"aud\":\""
                + AUDIENCE + "\",\"exp\":" + exp + ",\"tier\":\"" + tier + "\",\"groups\":[\"" + String.join("\",\"", tier.roles())
                + "\"]}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static JwtClaimsBuilder claims(Tier tier, String issuer, String audience, Instant expiresAt) {
        return Jwt.issuer(issuer)
                .subject(UUID.randomUUID().toString())
                .audience(audience)
                .claim("tier", tier.name())
                .claim("sid", UUID.randomUUID().toString())
                .groups(new HashSet<>(tier.roles()))
                .issuedAt(expiresAt.minus(LIFETIME))
                .expiresAt(expiresAt)
                .claim("jti", UUID.randomUUID().toString());
    }

    private String sign(JwtClaimsBuilder claims, boolean withOtherKey) {
        return claims.jws().keyId(keyId).sign((withOtherKey ? otherKey : key).getPrivate());
    }

    private String jwks() {
        RsaJsonWebKey jwk = new RsaJsonWebKey((RSAPublicKey) key.getPublic());
        jwk.setKeyId(keyId);
        jwk.setAlgorithm("RS256");
        jwk.setUse("sig");
        return new JsonWebKeySet(jwk).toJson();
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
