package com.wheyprice.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Base64;
import java.util.Map;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * auth-service as the suite's OpenID provider: its discovery document and JWKS are what
 * quarkus-oidc (in this very service, as in every other) verifies tokens with, and services get
 * tokens through the client-credentials grant.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class OidcProviderTest {

    @Test
    void discoveryDocumentNamesIssuerJwksAndTokenEndpoint() {
        String issuer = given().when().get("/.well-known/openid-configuration").then()
                .statusCode(200)
                .body("jwks_uri", notNullValue())
                .body("grant_types_supported", hasItem("client_credentials"))
                .extract().path("issuer");
        given().when().get("/.well-known/openid-configuration").then()
                .body("jwks_uri", equalTo(issuer + "/auth/jwks"))
                .body("token_endpoint", equalTo(issuer + "/auth/token"));
    }

    @Test
    void jwksPublishesOnlyPublicRsaKeysWhoseIdSignsTheTokens() throws Exception {
        Response jwks = given().when().get("/auth/jwks").then()
                .statusCode(200)
                .body("keys", hasSize(1))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].use", equalTo("sig"))
                .body("keys[0].d", equalTo(null))
                .body("keys[0].p", equalTo(null))
                .extract().response();

        String token = AuthApi.accessToken(AuthApi.newSignedInUser());
        Map<?, ?> header = new ObjectMapper().readValue(Base64.getUrlDecoder().decode(token.split("\\.")[0]), Map.class);
        assertThat(header.get("alg")).isEqualTo("RS256");
        assertThat(header.get("kid")).isEqualTo(jwks.path("keys[0].kid"));
    }

    @Test
    void accessTokenCarriesTheDocumentedClaims() throws Exception {
        String token = AuthApi.accessToken(AuthApi.newSignedInUser());
        Map<String, Object> claims = new ObjectMapper().readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                new TypeReference<Map<String, Object>>() { });

        assertThat(claims).containsKeys("sub", "tier", "groups", "iss", "aud", "exp", "iat", "jti", "sid");
        assertThat(claims.get("tier")).isEqualTo("USER");
        assertThat(claims.get("groups")).asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("PUBLIC", "USER");
        assertThat(claims.get("aud")).isEqualTo("whey");
    }

    @Test
    void serviceGetsATokenWithBasicOrFormCredentials() {
        given().auth().preemptive().basic(AuthTestResource.CLIENT_ID, AuthTestResource.CLIENT_SECRET)
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then()
                .statusCode(200)
                .body("access_token", notNullValue())
                .body("refresh_token", equalTo(null));
        given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .formParam("client_id", AuthTestResource.CLIENT_ID).formParam("client_secret", AuthTestResource.CLIENT_SECRET)
                .when().post("/auth/token").then().statusCode(200);
    }

    @Test
    void serviceTokenIsNotAUserToken() {
        String token = given().auth().preemptive().basic(AuthTestResource.CLIENT_ID, AuthTestResource.CLIENT_SECRET)
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .post("/auth/token").path("access_token");

        given().auth().oauth2(token).when().get("/auth/me").then().statusCode(403);
    }

    @Test
    void wrongSecretOrUnknownClientIsRefused() {
        given().auth().preemptive().basic(AuthTestResource.CLIENT_ID, "wrong")
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then().statusCode(401);
        given().auth().preemptive().basic("nobody", AuthTestResource.CLIENT_SECRET)
                .contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
                .when().post("/auth/token").then().statusCode(401);
    }
}
