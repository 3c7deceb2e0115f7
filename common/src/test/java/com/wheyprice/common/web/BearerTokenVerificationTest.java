package com.wheyprice.common.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.api.Revocation;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.redis.RedisKeys;
import com.wheyprice.common.testing.TestIssuer;
import com.wheyprice.common.testing.TestIssuerResource;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The shared verification setup every service uses: quarkus-oidc against the issuer's discovery
 * document and JWKS accepts a good token, refuses every kind of bad one with a problem+json 401,
 * and maps tiers to roles so a higher tier passes a lower tier's check.
 */
@QuarkusTest
@QuarkusTestResource(value = TestIssuerResource.class, restrictToAnnotatedClass = true)
class BearerTokenVerificationTest {

    TestIssuer issuer;

    @Inject
    RedisDataSource redis;

    @Inject
    RedisKeys keys;

    @Test
    void validTokenIsAcceptedAndCarriesItsTier() {
        given().auth().oauth2(issuer.token(Tier.PREMIUM)).when().get("/sample/secure/premium").then()
                .statusCode(200)
                .body(endsWith(" true"));
    }

    @Test
    void requestWithoutTokenIsA401ProblemAskingForBearer() {
        given().when().get("/sample/secure/user").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:whey:problem:unauthorized"));
    }

    @Test
    void expiredTokenIsRefused() {
        refused(issuer.expiredToken(Tier.USER));
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() {
        refused(issuer.tokenSignedByAnotherKey(Tier.USER));
    }

    @Test
    void unsignedAlgNoneTokenIsRefused() {
        refused(issuer.unsignedToken(Tier.ADMIN));
    }

    @Test
    void tokenFromAnotherIssuerIsRefused() {
        refused(issuer.tokenFromIssuer("https://evil.example", Tier.USER));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() {
        refused(issuer.tokenForAudience("someone-else", Tier.USER));
    }

    @Test
    void higherTiersIncludeLowerOnesAndLowerTiersAreForbidden() {
        given().auth().oauth2(issuer.token(Tier.ADMIN)).when().get("/sample/premium").then().statusCode(200);
        given().auth().oauth2(issuer.token(Tier.SUPER_ADMIN)).when().get("/sample/admin").then().statusCode(200);
        given().auth().oauth2(issuer.token(Tier.USER)).when().get("/sample/premium").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:whey:problem:forbidden"));
        given().auth().oauth2(issuer.token(Tier.PREMIUM)).when().get("/sample/admin").then().statusCode(403);
    }

    @Test
    void tokenIssuedInTheFutureIsRefused() {
        Instant later = Instant.now().plus(Duration.ofHours(1));
        refused(issuer.token(Tier.USER, claims -> claims.issuedAt(later).expiresAt(later.plus(Duration.ofMinutes(5)))));
    }

    @Test
    void tokenLivingLongerThanAccessTokensMayIsRefused() {
        Instant now = Instant.now();
        refused(issuer.token(Tier.USER, claims -> claims.issuedAt(now).expiresAt(now.plus(Duration.ofDays(30)))));
    }

    @Test
    void wellSignedTokenWithMalformedClaimsIsA401NotA500() {
        refused(issuer.token(Tier.USER, claims -> claims.claim("tier", "EMPEROR")));
        refused(issuer.token(Tier.USER, claims -> claims.subject("../../admin")));
        refused(issuer.token(Tier.USER, claims -> claims.claim("sid", "not-a-session")));
        refused(issuer.token(Tier.USER, claims -> claims.remove("sid")));
    }

    /**
     * A shopper signs out on one device: auth-service, in another process, ends the session and
     * publishes it to Redis. Within two seconds this service refuses the session's token too.
     */
    @Test
    void tokenOfASessionEndedElsewhereIsRefusedWithinTwoSeconds() {
        UUID session = UUID.randomUUID();
        String token = issuer.token(Tier.ADMIN, session);
        given().auth().oauth2(token).when().get("/sample/admin").then().statusCode(200);

        String member = new Revocation(session, Instant.now()).encode();
        redis.sortedSet(String.class).zadd(keys.key("auth", "revocations"), Instant.now().plus(Duration.ofMinutes(10)).toEpochMilli(), member);
        redis.value(Long.class).incr(keys.key("auth", "revocations", "version"));

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().auth().oauth2(token).when().get("/sample/admin").then().statusCode(401));
        given().auth().oauth2(issuer.token(Tier.ADMIN)).when().get("/sample/admin").then().statusCode(200);
    }

    private static void refused(String token) {
        given().auth().oauth2(token).when().get("/sample/secure/user").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
