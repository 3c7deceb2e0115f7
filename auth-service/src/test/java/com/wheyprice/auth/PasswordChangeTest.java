package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.accessToken;
import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static com.wheyprice.auth.AuthApi.register;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A shopper changes their password: whoever else was signed in to the account is signed out, on the spot. */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class PasswordChangeTest {

    private static final String NEW_PASSWORD = "a brand new passphrase for whey 9";

    private static Response change(String token, String current, String next) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("currentPassword", current, "newPassword", next))
                .when().post("/auth/me/password");
    }

    @Test
    void theShopperChangesTheirPasswordAndEveryOtherDeviceIsSignedOut() {
        String email = email();
        register(email, PASSWORD).then().statusCode(202);
        String phone = accessToken(login(email, PASSWORD, ip()));
        String stolenLaptop = accessToken(login(email, PASSWORD, ip()));

        change(phone, PASSWORD, NEW_PASSWORD).then().statusCode(204);

        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> given().auth().oauth2(stolenLaptop).get("/auth/me").then().statusCode(401));
        given().auth().oauth2(phone).get("/auth/me").then().statusCode(200);
        login(email, PASSWORD, ip()).then().statusCode(401);
        login(email, NEW_PASSWORD, ip()).then().statusCode(200);
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndNamesTheField() {
        String email = email();
        register(email, PASSWORD).then().statusCode(202);
        String token = accessToken(login(email, PASSWORD, ip()));

        change(token, "not the password", NEW_PASSWORD).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("currentPassword"));

        login(email, PASSWORD, ip()).then().statusCode(200);
        given().auth().oauth2(token).get("/auth/me").then().statusCode(200);
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheOldOneStays() {
        String email = email();
        register(email, PASSWORD).then().statusCode(202);
        String token = accessToken(login(email, PASSWORD, ip()));

        change(token, PASSWORD, "password").then().statusCode(400).body("errors.field", hasItem("newPassword"));

        login(email, PASSWORD, ip()).then().statusCode(200);
    }

    @Test
    void aPasswordChangeNeedsASignedInUser() {
        given().contentType(ContentType.JSON).body(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .when().post("/auth/me/password").then().statusCode(401);
    }
}
