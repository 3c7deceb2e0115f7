package com.wheyprice.auth.social;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.AuthTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Without credentials a provider is off, and says which variables turn it on. */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class SocialProviderOffTest {

    @Test
    void providerWithoutCredentialsIsOffAndSaysSo() {
        given().when().get("/auth/social/providers").then()
                .statusCode(200)
                .body("find { it.id == 'facebook' }.enabled", equalTo(false));
        given().redirects().follow(false).when().get("/auth/social/facebook").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("AUTH_FACEBOOK_CLIENT_ID"));
    }
}
