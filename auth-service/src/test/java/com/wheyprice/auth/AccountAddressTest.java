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
 * Ravi proves his address from the link registration mailed him, later moves his account to a
 * new address (which he must prove too, while his old address is told), and hears of a sign-in
 * from somewhere his account was never used.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
class AccountAddressTest {

    @Inject
    Database database;

    private static Response me(String access) {
        return given().auth().oauth2(access).when().get("/auth/me");
    }

    @Test
    void raviVerifiesHisAddressOnceFromThePageTheLinkOpens() {
        String email = email();
        String id = registeredId(email);
        String access = accessToken(login(email, PASSWORD, ip()));
        String token = new AccountMailbox(database).token(id, AccountMailKind.VERIFY_ADDRESS);

        given().queryParam("token", token).when().get("/auth/pages/verify-email").then().statusCode(200).body(containsString("<form method=\"post\">"));
        me(access).then().body("emailVerified", equalTo(false));
        given().queryParam("token", token).contentType(ContentType.URLENC).when().post("/auth/pages/verify-email").then().statusCode(200)
                .body(containsString("Your address is verified"));
        me(access).then().body("emailVerified", equalTo(true));
        from(ip()).contentType(ContentType.JSON).body(Map.of("token", token)).when().post("/auth/verify-email").then().statusCode(400)
                .body("errors.field", hasItem("token"));
        given().auth().oauth2(access).when().post("/auth/me/verification-email").then().statusCode(409);
    }

    @Test
    void anUnverifiedOwnerCanAskForAnotherLinkAFewTimes() {
        String email = email();
        String id = registeredId(email);
        String access = accessToken(login(email, PASSWORD, ip()));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(access).when().post("/auth/me/verification-email").then().statusCode(202);
        }
        given().auth().oauth2(access).when().post("/auth/me/verification-email").then().statusCode(429);
        assertThat(new AccountMailbox(database).ids(id, AccountMailKind.VERIFY_ADDRESS)).hasSize(4);
    }

    @Test
    void raviMovesToANewAddressOnlyOnceHeConfirmsItAndTheOldOneIsTold() {
        String email = email();
        String id = registeredId(email);
        Response here = login(email, PASSWORD, ip()).then().statusCode(200).extract().response();
        Response elsewhere = login(email, PASSWORD, ip()).then().statusCode(200).extract().response();
        String newEmail = email();

        given().auth().oauth2(accessToken(here)).contentType(ContentType.JSON)
                .body(Map.of("newEmail", newEmail, "currentPassword", "not my password")).when().post("/auth/me/email").then()
                .statusCode(400).body("errors.field", hasItem("currentPassword"));
        given().auth().oauth2(accessToken(here)).contentType(ContentType.JSON)
                .body(Map.of("newEmail", newEmail.toUpperCase(), "currentPassword", PASSWORD)).when().post("/auth/me/email").then().statusCode(202);
        me(accessToken(here)).then().body("email", equalTo(email));

        AccountMailbox mailbox = new AccountMailbox(database);
        Response confirmation = mailbox.open(id, AccountMailKind.CONFIRM_NEW_ADDRESS).then().statusCode(200).extract().response();
        assertThat(confirmation.<String>path("to")).isEqualTo(newEmail);
        from(ip()).contentType(ContentType.JSON).body(Map.of("token", confirmation.path("token"))).when().post("/auth/email-change/confirm")
                .then().statusCode(204);

        me(accessToken(here)).then().statusCode(200).body("email", equalTo(newEmail)).body("emailVerified", equalTo(true));
        refresh(refreshToken(elsewhere)).then().statusCode(401);
        login(email, PASSWORD, ip()).then().statusCode(401);
        login(newEmail, PASSWORD, ip()).then().statusCode(200);
        mailbox.open(id, AccountMailKind.ADDRESS_CHANGED).then().statusCode(200).body("to", equalTo(email))
                .body("addressHint", equalTo(newEmail.charAt(0) + "***" + newEmail.substring(newEmail.indexOf('@'))));
    }

    @Test
    void movingToAnAddressThatHasAnAccountAnswersTheSameAndTellsThatAccountsOwner() {
        String email = email();
        registeredId(email);
        String taken = email();
        String other = registeredId(taken);
        String access = accessToken(login(email, PASSWORD, ip()));

        given().auth().oauth2(access).contentType(ContentType.JSON).body(Map.of("newEmail", taken, "currentPassword", PASSWORD))
                .when().post("/auth/me/email").then().statusCode(202);
        new AccountMailbox(database).open(other, AccountMailKind.ALREADY_REGISTERED).then().statusCode(200).body("to", equalTo(taken));
        me(access).then().body("email", equalTo(email));
    }

    @Test
    void aSignInFromANewDeviceAndAddressIsNewsButTheSamePlaceAgainIsNot() {
        String email = email();
        String id = registeredId(email);
        String home = ip();
        login(email, PASSWORD, home).then().statusCode(200);
        login(email, PASSWORD, home).then().statusCode(200);
        AccountMailbox mailbox = new AccountMailbox(database);
        int before = mailbox.ids(id, AccountMailKind.NEW_SIGN_IN).size();

        String away = ip();
        login(email, PASSWORD, away).then().statusCode(200);
        assertThat(mailbox.ids(id, AccountMailKind.NEW_SIGN_IN)).hasSize(before + 1);
        mailbox.open(id, AccountMailKind.NEW_SIGN_IN).then().statusCode(200).body("signIn.ip", equalTo(away)).body("tier", equalTo("USER"));
        login(email, PASSWORD, away).then().statusCode(200);
        assertThat(mailbox.ids(id, AccountMailKind.NEW_SIGN_IN)).hasSize(before + 1);
    }

    @Test
    void anErasedAccountsMessagesAreGoneAndNotSent() {
        String email = email();
        String id = registeredId(email);
        AccountMailbox mailbox = new AccountMailbox(database);
        UUID verification = mailbox.ids(id, AccountMailKind.VERIFY_ADDRESS).get(0);
        given().auth().oauth2(accessToken(login(email, PASSWORD, ip()))).when().delete("/auth/me").then().statusCode(204);

        mailbox.open(verification).then().statusCode(404);
        assertThat(mailbox.ids(id, AccountMailKind.VERIFY_ADDRESS)).isEmpty();
    }
}
