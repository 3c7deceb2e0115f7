package com.wheyprice.api.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.wheyprice.api.ApiTestResource;
import com.wheyprice.auth.api.Tier;
import com.wheyprice.common.testing.TestIssuer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * What api-service itself promises at the edge, with the services behind it down: a quick 503
 * problem instead of a hang, path parameters that cannot steer a call elsewhere, and the tier
 * rate limits with their headers.
 */
@QuarkusTest
@QuarkusTestResource(value = ApiTestResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayEdgeTest {

    TestIssuer issuer;

    @Test
    void aDownstreamServiceThatIsDownGetsAQuick503ProblemWithRetryAfter() {
        String token = issuer.token(Tier.USER);
        Instant start = Instant.now();
        given().auth().oauth2(token).get("/api/v1/products/on-gold-standard-100-whey")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:whey:problem:service-unavailable"))
                .body("detail", startsWith("catalog-service is unavailable"));
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));

    }

    @Test
    void aDownstreamServiceThatHangsGetsA503AfterOneTimeoutNotAfterEveryRetry() {
        String token = issuer.token(Tier.USER);
        for (String path : new String[] {"/api/v1/auth/me", "/api/v1/auth/me/sessions"}) {
            Instant start = Instant.now();
            given().auth().oauth2(token).get(path)
                    .then().statusCode(503).body("detail", startsWith("auth-service is unavailable"));
            assertThat(Duration.between(start, Instant.now())).as(path).isLessThan(Duration.ofMillis(1900));
        }
        Instant start = Instant.now();
        given().contentType("application/json").body("{\"email\":\"a@b.test\",\"password\":\"x\"}").post("/api/v1/auth/login")
                .then().statusCode(503);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(1900));
    }

    @Test
    void pathParametersThatCouldReachAnotherDownstreamPathAreNotFound() {
        String token = issuer.token(Tier.USER);
        for (String sneaky : new String[] {"..", "%2E%2E", "..%2Finternal%2Flistings%2Fclaim-due", "a%2Fb"}) {
            given().auth().oauth2(token).urlEncodingEnabled(false).get("/api/v1/brands/" + sneaky)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    /** Last: once this client's address is at its limit, anonymous calls of the other tests would be refused. */
    @Test
    @Order(Integer.MAX_VALUE)
    void anonymousClientsGetThePublicLimitPerMinuteThenA429() {
        // other tests' anonymous calls (a forged token counts as anonymous) share this client's address
        int remaining = Integer.parseInt(given().get("/api/v1/brands").then().statusCode(503)
                .header("RateLimit-Limit", Integer.toString(ApiTestResource.PUBLIC_PER_MINUTE)).extract().header("RateLimit-Remaining"));
        for (int left = remaining - 1; left >= 0; left--) {
            given().get("/api/v1/brands").then().statusCode(503).header("RateLimit-Remaining", Integer.toString(left));
        }
        Response refused = given().get("/api/v1/categories");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("urn:whey:problem:too-many-requests"))
                .header("RateLimit-Remaining", "0");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void signedInUsersAreCountedPerAccountAtTheirTiersLimit() {
        String alice = issuer.token(Tier.USER);
        String bob = issuer.token(Tier.USER);
        for (int i = 0; i < ApiTestResource.USER_PER_MINUTE; i++) {
            given().auth().oauth2(alice).get("/api/v1/brands").then().statusCode(503);
        }
        given().auth().oauth2(alice).get("/api/v1/brands").then().statusCode(429);
        given().auth().oauth2(bob).get("/api/v1/brands").then().statusCode(503)
                .header("RateLimit-Limit", Integer.toString(ApiTestResource.USER_PER_MINUTE));
        given().auth().oauth2(issuer.token(Tier.PREMIUM)).get("/api/v1/brands").then().statusCode(503)
                .header("RateLimit-Limit", "3000");
    }

    @Test
    void signedInOnlyEndpointsRefuseAnonymousCallersBeforeCallingDownstream() {
        given().auth().oauth2(issuer.token(Tier.USER)).get("/api/v1/alerts").then().statusCode(503);
        given().auth().oauth2(issuer.tokenSignedByAnotherKey(Tier.USER)).get("/api/v1/alerts").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
