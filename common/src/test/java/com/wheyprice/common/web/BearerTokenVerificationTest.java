package com.wheyprice.common.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.security.Tier;
import com.wheyprice.common.testing.TestIssuer;
import com.wheyprice.common.testing.TestIssuerResource;

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

    private static void refused(String token) {
        given().auth().oauth2(token).when().get("/sample/secure/user").then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
