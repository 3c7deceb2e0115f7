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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.wheyprice.common.testing.LoopbackClient;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class LoginTest {

    @Test
    void correctPasswordGivesTokensThatOpenTheAccount() {
        String email = email();
        register(email, PASSWORD).then().statusCode(202);

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
        register(email, PASSWORD).then().statusCode(202);

        Response wrongPassword = login(email, PASSWORD + "!", ip());
        Response unknownEmail = login(email(), PASSWORD, ip());

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownEmail.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.<String>path("detail")).isEqualTo(unknownEmail.path("detail"));
        assertThat(wrongPassword.<String>path("type")).isEqualTo("urn:whey:problem:unauthorized");
    }

    @Test
    void repeatedFailuresFromOneClientLockItOutWithRetryAfterAndTheRightPasswordDoesNotBypassIt() {
        String email = email();
        String attacker = ip();
        register(email, PASSWORD).then().statusCode(202);
        guessFiveTimes(email, attacker);

        login(email, PASSWORD, attacker).then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:whey:problem:too-many-requests"));
    }

    @Test
    void theOwnerSigningInFromElsewhereIsNotLockedOutByAnotherClientsGuesses() {
        String email = email();
        String attacker = ip();
        register(email, PASSWORD).then().statusCode(202);
        guessFiveTimes(email, attacker);
        login(email, "one more guess", attacker).then().statusCode(429);

        login(email, PASSWORD, ip()).then().statusCode(200);
    }

    /** As many wrong passwords as lock one client out of one account. */
    private static void guessFiveTimes(String email, String from) {
        for (int i = 0; i < 5; i++) {
            login(email, "not the password " + i, from).then().statusCode(401);
        }
    }

    @Test
    void guessingFromManyAddressesLocksTheAccountForEveryone() {
        String email = email();
        register(email, PASSWORD).then().statusCode(202);
        for (int i = 0; i < AuthTestResource.ACCOUNT_WIDE_FAILURES; i++) {
            login(email, "not the password " + i, ip()).then().statusCode(401);
        }

        login(email, PASSWORD, ip()).then().statusCode(429).header("Retry-After", notNullValue());
    }

    @Test
    void aForwardedAddressFromAPeerThatIsNoTrustedProxyIsIgnored() throws Exception {
        LoopbackClient guesser = new LoopbackClient(ThreadLocalRandom.current().nextInt(2, 255));
        for (int i = 0; i < 20; i++) {
            // a new made-up address each time: were it believed, no address would reach the lockout
            assertThat(guesser.send(RestAssured.port, "POST", "/auth/login", Map.of("X-Forwarded-For", ip()), credentials(email())).status())
                    .isEqualTo(401);
        }

        LoopbackClient.Response locked = guesser.send(RestAssured.port, "POST", "/auth/login", Map.of("X-Forwarded-For", ip()),
                credentials(email()));
        assertThat(locked.status()).as(locked.body()).isEqualTo(429);
    }

    private static String credentials(String email) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    @Test
    void oneIpGuessingAcrossManyAccountsIsLockedOut() {
        String attacker = ip();
        for (int i = 0; i < 20; i++) {
            login(email(), PASSWORD, attacker).then().statusCode(401);
        }

        login(email(), PASSWORD, attacker).then().statusCode(429).header("Retry-After", notNullValue());
        String email = email();
        register(email, PASSWORD).then().statusCode(202);
        login(email, PASSWORD, ip()).then().statusCode(200);
    }

    @Test
    void aDisplayNameThatWouldReadDifferentlyThanItIsStoredIsRefused() {
        for (String name : List.of("Eve\u202Egnp.exe", "Two\nlines", "Nul\u0000")) {
            given().contentType("application/json")
                    .body("{\"email\":\"" + email() + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\""
                            + name.replace("\n", "\\n").replace("\u0000", "\\u0000") + "\"}")
                    .when().post("/auth/register").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("displayName"));
        }
    }

    @Test
    void loginBodyIsValidated() {
        given().contentType("application/json").body("{\"email\": \"\"}").when().post("/auth/login").then()
                .statusCode(400)
                .body("type", equalTo("urn:whey:problem:validation-failed"));
    }
}
