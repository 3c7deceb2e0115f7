package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static com.wheyprice.auth.AuthApi.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class LoginTest {

    @Test
    void correctPasswordGivesTokensThatOpenTheAccount() {
        String email = email();
        register(email, PASSWORD).then().statusCode(201);

        Response tokens = login(email.toUpperCase(), PASSWORD, ip()).then()
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", greaterThan(0))
                .body("refresh_token", startsWith("wrt_"))
                .extract().response();

        given().auth().oauth2(AuthApi.accessToken(tokens)).when().get("/auth/me").then()
                .statusCode(200)
                .body("email", equalTo(email))
                .body("tier", equalTo("USER"));
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        String email = email();
        register(email, PASSWORD).then().statusCode(201);

        Response wrongPassword = login(email, PASSWORD + "!", ip());
        Response unknownEmail = login(email(), PASSWORD, ip());

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownEmail.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.<String>path("detail")).isEqualTo(unknownEmail.path("detail"));
        assertThat(wrongPassword.<String>path("type")).isEqualTo("urn:whey:problem:unauthorized");
    }

    @Test
    void repeatedFailuresLockTheAccountWithRetryAfterAndTheRightPasswordDoesNotBypassIt() {
        String email = email();
        register(email, PASSWORD).then().statusCode(201);
        for (int i = 0; i < 5; i++) {
            login(email, "not the password " + i, ip()).then().statusCode(401);
        }

        login(email, PASSWORD, ip()).then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:whey:problem:too-many-requests"));
    }

    @Test
    void oneIpGuessingAcrossManyAccountsIsLockedOut() {
        String attacker = ip();
        for (int i = 0; i < 20; i++) {
            login(email(), PASSWORD, attacker).then().statusCode(401);
        }

        login(email(), PASSWORD, attacker).then().statusCode(429).header("Retry-After", notNullValue());
        String email = email();
        register(email, PASSWORD).then().statusCode(201);
        login(email, PASSWORD, ip()).then().statusCode(200);
    }

    @Test
    void loginBodyIsValidated() {
        given().contentType("application/json").body("{\"email\": \"\"}").when().post("/auth/login").then()
                .statusCode(400)
                .body("type", equalTo("urn:whey:problem:validation-failed"));
    }
}
