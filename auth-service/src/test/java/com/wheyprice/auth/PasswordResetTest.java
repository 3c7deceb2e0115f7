package com.wheyprice.auth;

import static com.wheyprice.auth.AuthApi.PASSWORD;
import static com.wheyprice.auth.AuthApi.accessToken;
import static com.wheyprice.auth.AuthApi.email;
import static com.wheyprice.auth.AuthApi.from;
import static com.wheyprice.auth.AuthApi.ip;
import static com.wheyprice.auth.AuthApi.login;
import static com.wheyprice.auth.AuthApi.refresh;
import static com.wheyprice.auth.AuthApi.refreshToken;
import static com.wheyprice.auth.AuthApi.registeredId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.common.db.Database;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Ana forgot her password. She asks for a link, sets a new password with it, and every session
 * of her account (hers on another device, or a thief's) ends. Nobody learns from the answers
 * whether an address has an account, and a link works once.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class PasswordResetTest {

    private static final String NEW_PASSWORD = "casein digests slowly overnight";

    @Inject
    Database database;

    private Response askForReset(String email) {
        return from(ip()).contentType(ContentType.JSON).body(Map.of("email", email)).when().post("/auth/password-reset");
    }

    private Response confirm(String token, String password) {
        return from(ip()).contentType(ContentType.JSON).body(Map.of("token", token, "newPassword", password))
                .when().post("/auth/password-reset/confirm");
    }

    @Test
    void anaSetsANewPasswordFromTheLinkAndEveryOldSessionEnds() {
        String email = email();
        String id = registeredId(email);
        Response oldSession = login(email, PASSWORD, ip()).then().statusCode(200).extract().response();

        askForReset(email.toUpperCase()).then().statusCode(202);
        Response mail = new AccountMailbox(database).open(id, AccountMailKind.PASSWORD_RESET).then().statusCode(200).extract().response();
        assertThat(mail.<String>path("to")).isEqualTo(email);
        assertThat(mail.<String>path("token")).startsWith("wlt_");
        confirm(mail.path("token"), NEW_PASSWORD).then().statusCode(204);

        login(email, PASSWORD, ip()).then().statusCode(401);
        login(email, NEW_PASSWORD, ip()).then().statusCode(200);
        refresh(refreshToken(oldSession)).then().statusCode(401);
        given().auth().oauth2(accessToken(oldSession)).when().get("/auth/me").then().statusCode(401);
        assertThat(new AccountMailbox(database).ids(id, AccountMailKind.PASSWORD_CHANGED)).hasSize(1);
    }

    @Test
    void aResetLinkWorksOnceAndOnlyItsNewestTokenWorks() {
        String email = email();
        String id = registeredId(email);
        askForReset(email).then().statusCode(202);
        AccountMailbox mailbox = new AccountMailbox(database);
        String first = mailbox.token(id, AccountMailKind.PASSWORD_RESET);
        String resent = mailbox.token(id, AccountMailKind.PASSWORD_RESET);

        confirm(first, NEW_PASSWORD).then().statusCode(400).body("errors.field", hasItem("token"));
        confirm(resent, NEW_PASSWORD).then().statusCode(204);
        confirm(resent, NEW_PASSWORD + " again").then().statusCode(400).body("errors.field", hasItem("token"));
        mailbox.open(id, AccountMailKind.PASSWORD_RESET).then().statusCode(404);
    }

    @Test
    void aWeakNewPasswordIsRefusedAndTheLinkStillWorks() {
        String email = email();
        String id = registeredId(email);
        askForReset(email).then().statusCode(202);
        String token = new AccountMailbox(database).token(id, AccountMailKind.PASSWORD_RESET);

        confirm(token, "password1234").then().statusCode(400).body("errors.field", hasItem("newPassword"));
        confirm(token, NEW_PASSWORD).then().statusCode(204);
    }

    @Test
    void anUnknownAddressIsAnsweredExactlyAsAKnownOne() {
        String known = email();
        registeredId(known);
        Response forKnown = askForReset(known);
        Response forUnknown = askForReset(email());

        assertThat(forUnknown.statusCode()).isEqualTo(forKnown.statusCode()).isEqualTo(202);
        assertThat(forUnknown.body().asString()).isEqualTo(forKnown.body().asString());
    }

    @Test
    void oneAddressGetsAFewLinksAWindowAndTheAnswerDoesNotSaySo() {
        String email = email();
        String id = registeredId(email);
        for (int i = 0; i < 5; i++) {
            askForReset(email).then().statusCode(202);
        }
        assertThat(new AccountMailbox(database).ids(id, AccountMailKind.PASSWORD_RESET)).hasSize(3);
    }

    @Test
    void oneClientAskingForManyAddressesIsSlowedDown() {
        String ip = ip();
        for (int i = 0; i < 20; i++) {
            from(ip).contentType(ContentType.JSON).body(Map.of("email", email())).when().post("/auth/password-reset").then().statusCode(202);
        }
        from(ip).contentType(ContentType.JSON).body(Map.of("email", email())).when().post("/auth/password-reset").then()
                .statusCode(429).contentType("application/problem+json");
    }

    @Test
    void theLinksPageAsksBeforeChangingAnythingAndItsFormSetsThePassword() {
        String email = email();
        String id = registeredId(email);
        askForReset(email).then().statusCode(202);
        String token = new AccountMailbox(database).token(id, AccountMailKind.PASSWORD_RESET);

        given().queryParam("token", token).when().get("/auth/pages/password-reset").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("name=\"newPassword\""));
        login(email, PASSWORD, ip()).then().statusCode(200);
        given().queryParam("token", token).contentType(ContentType.URLENC).formParam("newPassword", "password1234")
                .when().post("/auth/pages/password-reset").then().statusCode(200).body(containsString("newPassword"));
        given().queryParam("token", token).contentType(ContentType.URLENC).formParam("newPassword", NEW_PASSWORD)
                .when().post("/auth/pages/password-reset").then().statusCode(200).body(containsString("Your password is changed"));
        login(email, NEW_PASSWORD, ip()).then().statusCode(200);
    }

    @Test
    void hostileTokensAndBodiesChangeNothing() {
        confirm("wlt_forged", NEW_PASSWORD).then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("token"));
        confirm("x".repeat(10_000), NEW_PASSWORD).then().statusCode(400).body("errors.field", hasItem("token"));
        from(ip()).contentType(ContentType.JSON).body("{}").when().post("/auth/password-reset/confirm").then().statusCode(400)
                .body("errors.field", hasItem("token")).body("errors.field", hasItem("newPassword"));
        given().contentType(ContentType.URLENC).when().post("/auth/pages/password-reset").then().statusCode(200)
                .body(containsString("incomplete"));
        askForReset("not an address").then().statusCode(400).body("errors.field", hasItem("email"));
        given().auth().oauth2(AuthApi.serviceToken(AuthTestResource.CLIENT_ID, AuthTestResource.CLIENT_SECRET))
                .when().post("/internal/account-mails/" + UUID.randomUUID() + "/open").then().statusCode(403)
                .body("type", equalTo("urn:whey:problem:forbidden"));
    }
}
