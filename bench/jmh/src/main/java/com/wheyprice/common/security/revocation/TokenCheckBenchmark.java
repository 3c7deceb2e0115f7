package com.wheyprice.common.security.revocation;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.wheyprice.auth.api.Revocation;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

/**
 * What the checks beyond the signature (TokenChecks: iat, lifetime, tier, UUIDs, and the lookup
 * among 10 000 ended sessions) add to verifying a token, against the baseline every resource
 * server already pays per request: jose4j verifying the RS256 signature and the standard claims,
 * as quarkus-oidc does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenCheckBenchmark {

    private static final int ENDED_SESSIONS = 10_000;

    private String token;
    private JwtConsumer verifier;
    private TokenChecks checks;

    @Setup
    public void setUp() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("RSA").genKeyPair();
        Instant now = Instant.now();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("http://auth");
        claims.setAudience("whey");
        claims.setSubject(UUID.randomUUID().toString());
        claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(now.plus(Duration.ofMinutes(5)).getEpochSecond()));
        claims.setClaim("tier", "PREMIUM");
        claims.setClaim("sid", UUID.randomUUID().toString());
        claims.setStringListClaim("groups", "USER", "PREMIUM");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        token = jws.getCompactSerialization();
        verifier = new JwtConsumerBuilder().setVerificationKey(key.getPublic()).setExpectedIssuer("http://auth").setExpectedAudience("whey")
                .setRequireExpirationTime().setRequireSubject().build();

        TokenPolicy policy = new TokenPolicy() {
            public Duration maxLifetime() {
                return Duration.ofMinutes(5);
            }

            public Duration clockSkew() {
                return Duration.ofSeconds(5);
            }

            public Duration revocationSyncInterval() {
                return Duration.ofMillis(500);
            }

            public Duration revocationStaleAfter() {
                return Duration.ofSeconds(10);
            }
        };
        RevocationList revocations = new RevocationList(null, new com.wheyprice.common.redis.RedisKeys(() -> "bench"), policy, Clock.systemUTC());
        for (int i = 0; i < ENDED_SESSIONS; i++) {
            revocations.learn(new Revocation(UUID.randomUUID(), now));
        }
        checks = new TokenChecks(revocations, policy, Clock.systemUTC());
    }

    /** The baseline: signature and standard claims, what quarkus-oidc does for every request. */
    @Benchmark
    public Object verifySignature() throws Exception {
        return verifier.processToClaims(token);
    }

    /** The same, then the platform's own checks on the verified token. */
    @Benchmark
    public Object verifySignatureThenCheck() throws Exception {
        DefaultJWTCallerPrincipal principal = new DefaultJWTCallerPrincipal(token, verifier.processToClaims(token));
        checks.check(principal);
        return principal;
    }
}
