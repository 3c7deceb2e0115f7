package com.wheyprice.auth;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.wheyprice.auth.api.AccountMailKind;
import com.wheyprice.common.db.Database;
import com.wheyprice.common.testing.ProviderPactTest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * Every consumer's pact with auth-service (recorded in {@code contracts/pacts} by api-service's
 * {@code DownstreamContractTest} and notification-service's {@code AuthContactContractTest}),
 * replayed against auth-service's real resources: if signing in stopped answering the token
 * response or the problem api-service relays, the contact API stopped answering an address (or
 * answered an erased person), or opening an account message stopped minting its link, this
 * build fails. notification-service's requests carry a real
 * client-credentials token of its client.
 */
@QuarkusTest
@QuarkusTestResource(value = AuthTestResource.class, restrictToAnnotatedClass = true)
@Provider("auth-service")
@PactFolder("../contracts/pacts")
class ConsumerPactsVerificationTest extends ProviderPactTest {

    @Override
    protected String token(String consumer) {
        return AuthApi.serviceToken(AuthTestResource.NOTIFIER_ID, AuthTestResource.NOTIFIER_SECRET);
    }

    @Inject
    Database database;

    /** The shopper's account (registering again leaves it as it was); its id, for paths that name it. */
    @State("a shopper has an account")
    Map<String, Object> aShopperHasAnAccount(Map<String, Object> account) {
        String email = (String) account.get("email");
        String password = (String) account.getOrDefault("password", AuthApi.PASSWORD);
        AuthApi.register(email, password).then().statusCode(202);
        String id = given().auth().oauth2(AuthApi.accessToken(AuthApi.login(email, password, AuthApi.ip()))).get("/auth/me").path("id");
        return Map.of("id", id);
    }

    /** The shopper's account and a reset link written for it, not yet sent; the ids of both. */
    @State("a shopper asked for a password reset")
    Map<String, Object> aShopperAskedForAPasswordReset(Map<String, Object> account) {
        String id = (String) aShopperHasAnAccount(account).get("id");
        AuthApi.from(AuthApi.ip()).contentType(ContentType.JSON).body(Map.of("email", account.get("email"))).post("/auth/password-reset")
                .then().statusCode(202);
        UUID mailId = new AccountMailbox(database).ids(id, AccountMailKind.PASSWORD_RESET).get(0);
        return Map.of("id", id, "mailId", mailId.toString());
    }

    @State("no account has this id")
    void noAccountHasThisId() {
        // ids are random UUIDs; the all-zero one is never given out
    }
}
