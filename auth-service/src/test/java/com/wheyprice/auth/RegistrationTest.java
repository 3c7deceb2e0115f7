package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static com.wheyprice.auth.AuthApi.register;
import static com.wheyprice.auth.AuthApi.registeredId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.common.db.Database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class RegistrationTest {

    @Inject
    Database database;

    @Test
    void newAccountIsAnUnverifiedUserWithItsEmailNormalised() {
        String email = email();
        register(email.toUpperCase(), PASSWORD).then().statusCode(202).body("email", equalTo(email));
        String access = login(email, PASSWORD, ip()).then().statusCode(200).extract().path("access_token");

        given().auth().oauth2(access).when().get("/auth/me").then().statusCode(200)
                .body("email", equalTo(email)).body("displayName", equalTo("Test User"))
                .body("tier", equalTo("USER")).body("emailVerified", equalTo(false));
    }

    @Test
    void registeringATakenAddressAnswersAsANewOneAndTellsItsOwner() {
        String email = email();
        String owner = registeredId(email);
        Response again = register(email.toUpperCase(), "someone else's long passphrase");

        String fresh = email();
        Response newcomer = register(fresh, PASSWORD);
        assertThat(again.statusCode()).isEqualTo(newcomer.statusCode()).isEqualTo(202);
        assertThat(again.body().asString()).isEqualTo("{\"email\":\"" + email + "\"}");
        assertThat(newcomer.body().asString()).isEqualTo("{\"email\":\"" + fresh + "\"}");
        new AccountMailbox(database).open(owner, AccountMailKind.ALREADY_REGISTERED).then().statusCode(200)
                .body("to", equalTo(email)).body("kind", equalTo("ALREADY_REGISTERED"));
        login(email, "someone else's long passphrase", ip()).then().statusCode(401);
    }

    @Test
    void simultaneousRegistrationsOfOneEmailMakeExactlyOneAccount() throws Exception {
        String email = email();
        int attempts = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            statuses.add(pool.submit(() -> {
                start.await();
                return register(email, PASSWORD).statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            codes.add(status.get());
        }
        pool.shutdown();

        assertThat(codes).containsOnly(202);
        String id = registeredId(email);
        assertThat(new AccountMailbox(database).ids(id, AccountMailKind.VERIFY_ADDRESS)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "short", "password1234", "qwertyuiopasdf", "aaaaaaaaaaaaaaaa", "123456789012" })
    void weakPasswordsAreRefusedNamingThePasswordField(String password) {
        register(email(), password).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:whey:problem:validation-failed"))
                .body("errors.field", hasItem("password"));
    }

    @Test
    void passwordThatIsTheEmailIsRefused() {
        String email = "protein.shaker.2026@whey.test";
        register(email, email).then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void passphraseOfFourWordsIsAccepted() {
        register(email(), "oat whey milk jar").then().statusCode(202);
    }

    @Test
    void missingFieldsAreListed() {
        given().contentType(ContentType.JSON).body("{}").when().post("/auth/register").then()
                .statusCode(400)
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("displayName"));
    }

    @Test
    void overlongAndInvalidEmailsAreRefused() {
        String huge = "a".repeat(10_000) + "@whey.test";
        given().contentType(ContentType.JSON).body(Map.of("email", huge, "password", PASSWORD, "displayName", "x"))
                .when().post("/auth/register").then().statusCode(400).body("errors.field", hasItem("email"));
        given().contentType(ContentType.JSON).body(Map.of("email", "not an email", "password", PASSWORD, "displayName", "x"))
                .when().post("/auth/register").then().statusCode(400).body("errors.field", hasItem("email"));
    }

    @Test
    void nonJsonAndWrongContentTypeAreRefused() {
        given().contentType(ContentType.JSON).body("email=a@b.c").when().post("/auth/register").then()
                .statusCode(400).body("type", equalTo("urn:whey:problem:malformed-body"));
        given().contentType(ContentType.TEXT).body("{}").when().post("/auth/register").then()
                .statusCode(415).contentType("application/problem+json");
    }
}
