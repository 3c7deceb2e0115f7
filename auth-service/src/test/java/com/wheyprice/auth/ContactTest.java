package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.accessToken;
import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static com.wheyprice.auth.AuthApi.register;
import static com.wheyprice.auth.AuthApi.registeredId;
import static com.wheyprice.auth.AuthApi.serviceToken;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * notification-service learns a shopper's current address at send time, and nobody else can:
 * not another service's client, not the shopper's own token; an erased shopper has none.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class ContactTest {

    @Test
    void theNotifierReadsTheShoppersCurrentAddressNameAndTier() {
        String email = email();
        String id = registeredId(email);

        given().auth().oauth2(serviceToken(AuthTestResource.NOTIFIER_ID, AuthTestResource.NOTIFIER_SECRET))
                .when().get("/internal/accounts/" + id + "/contact").then().statusCode(200)
                .body("id", equalTo(id)).body("email", equalTo(email)).body("displayName", equalTo("Test User"))
                .body("tier", equalTo("USER")).body("emailVerified", equalTo(false));
    }

    @Test
    void otherServicesAndPeopleMayNotReadAddresses() {
        String email = email();
        String id = registeredId(email);
        Response tokens = login(email, PASSWORD, ip()).then().statusCode(200).extract().response();

        given().auth().oauth2(serviceToken(AuthTestResource.CLIENT_ID, AuthTestResource.CLIENT_SECRET))
                .when().get("/internal/accounts/" + id + "/contact").then().statusCode(403);
        given().auth().oauth2(accessToken(tokens)).when().get("/internal/accounts/" + id + "/contact").then().statusCode(403);
        given().when().get("/internal/accounts/" + id + "/contact").then().statusCode(401);
    }

    @Test
    void anErasedOrUnknownShopperHasNoAddress() {
        String email = email();
        String id = registeredId(email);
        Response tokens = login(email, PASSWORD, ip()).then().statusCode(200).extract().response();
        given().auth().oauth2(accessToken(tokens)).when().delete("/auth/me").then().statusCode(204);
        String notifier = serviceToken(AuthTestResource.NOTIFIER_ID, AuthTestResource.NOTIFIER_SECRET);

        given().auth().oauth2(notifier).when().get("/internal/accounts/" + id + "/contact").then().statusCode(404);
        given().auth().oauth2(notifier).when().get("/internal/accounts/" + UUID.randomUUID() + "/contact").then().statusCode(404);
    }
}
